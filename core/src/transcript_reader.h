// The digest parser's entry to the transcript formats: one call that says
// whether the text is WebVTT, SRT or a Podcasting 2.0 JSON transcript and, if
// so, reads it. Kept apart from digest_parser.cc so that the Markdown reader
// needs only a few lines to hand such files over.
#ifndef CLAIMKB_CORE_SRC_TRANSCRIPT_READER_H_
#define CLAIMKB_CORE_SRC_TRANSCRIPT_READER_H_

#include <optional>
#include <string>
#include <string_view>

#include "claimkb/core/episode.h"
#include "claimkb/core/result.h"

namespace claimkb::internal {

// `body` is the file's text after the parser's checks (size, NUL bytes,
// UTF-8), without a BOM; `content_hash` is ContentHash of the raw bytes.
// nullopt when the text is not a transcript format (SniffTranscriptFormat
// says kNone); otherwise what the format's reader made of it.
std::optional<Result<Episode>> ReadTranscriptFormat(std::string_view body, const std::string& path,
                                                    const std::string& content_hash);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_SRC_TRANSCRIPT_READER_H_
