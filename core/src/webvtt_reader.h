// WebVTT (https://www.w3.org/TR/webvtt1/) → Episode. Reads the "WEBVTT"
// header (its text, "WEBVTT - Title", becomes the title), skips NOTE, STYLE
// and REGION blocks, takes optional cue identifiers, timings in both the long
// ("00:01:02.500") and short ("01:02.500") forms, and cue text with its
// <v Speaker> voice tags; other markup is stripped (cue_text.h).
#ifndef CLAIMKB_CORE_SRC_WEBVTT_READER_H_
#define CLAIMKB_CORE_SRC_WEBVTT_READER_H_

#include <string>
#include <string_view>

#include "claimkb/core/episode.h"
#include "claimkb/core/result.h"

namespace claimkb::internal {

// `body` is the file's text without a BOM, starting with "WEBVTT"; `path` and
// `content_hash` go into the Episode and errors. Errors: kParse naming the
// line of a bad timing line, a cue that ends before it starts, or a block
// that is neither a cue nor a NOTE/STYLE/REGION block; kNotADigest for a file
// without cue text.
Result<Episode> ReadWebVtt(std::string_view body, const std::string& path,
                           const std::string& content_hash);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_SRC_WEBVTT_READER_H_
