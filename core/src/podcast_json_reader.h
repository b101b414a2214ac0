// Podcasting 2.0 JSON transcripts (the application/json type of the
// `podcast:transcript` tag) → Episode:
//
//   {"version": "1.0.0", "segments": [
//     {"speaker": "Ana", "startTime": 0.5, "endTime": 0.9, "body": "Hello"}, ...]}
//
// Segments are often single words; consecutive segments of one speaker are
// joined into sentences and turns by the transcript builder. Whisper-style
// segments ("start", "end", "text") are read the same way.
#ifndef CLAIMKB_CORE_SRC_PODCAST_JSON_READER_H_
#define CLAIMKB_CORE_SRC_PODCAST_JSON_READER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/episode.h"
#include "claimkb/core/result.h"

namespace claimkb::internal {

// Where the segments of a JSON transcript start, found by one linear scan of
// the bytes (the JSON library keeps no positions, and a claim must cite the
// line its segment starts on).
struct JsonSegmentScan {
  bool object = false;                // The text starts with "{".
  bool has_segments = false;          // The top-level object has a "segments" array.
  bool trailing_text = false;         // Something other than space follows the object.
  std::vector<std::size_t> segments;  // Byte offset of each "{" in that array.
};

// Never fails; on malformed JSON the result describes what was seen so far.
JsonSegmentScan ScanJsonSegments(std::string_view body);

// `body` is the file's text without a BOM. Errors: kParse for invalid JSON
// (at the line of the error), a missing "segments" array, a segment that is
// not an object, lacks its start or end time, has an impossible time or ends
// before it starts (at the segment's line); kNotADigest when no segment has
// text.
Result<Episode> ReadPodcastJson(std::string_view body, const std::string& path,
                                const std::string& content_hash);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_SRC_PODCAST_JSON_READER_H_
