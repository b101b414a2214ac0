// SubRip (.srt) → Episode. A cue is a number line, a timing line
// "00:00:01,000 --> 00:00:04,000" and its text up to a blank line. Speakers
// come from "<v Name>" tags, "[Name] text", ">> Name: text" and "Name: text"
// prefixes (the last only when the file uses them, see transcript_builder.h);
// <i>, <b>, <font> and {\an8} markup is stripped.
#ifndef CLAIMKB_CORE_SRC_SRT_READER_H_
#define CLAIMKB_CORE_SRC_SRT_READER_H_

#include <string>
#include <string_view>

#include "claimkb/core/episode.h"
#include "claimkb/core/result.h"

namespace claimkb::internal {

// `body` is the file's text without a BOM. Lenient where players are: the
// number line may be missing, a "." may stand for the ",", and text after a
// stray blank line inside a cue continues that cue. Errors: kParse naming the
// line of a bad timing line, of a cue that ends before it starts, of a number
// line without a timing line after it, and of text before the first cue;
// kNotADigest for a file without cue text.
Result<Episode> ReadSrt(std::string_view body, const std::string& path,
                        const std::string& content_hash);

// True when `line` (surrounding spaces allowed) is a cue number: digits only.
bool IsSrtCueNumber(std::string_view line);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_SRC_SRT_READER_H_
