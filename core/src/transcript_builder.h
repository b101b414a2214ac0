// The one structure builder behind the three transcript readers (WebVTT, SRT,
// Podcasting 2.0 JSON). Each reader only turns its syntax into a list of
// timed cues; how cues become turns and paragraphs is decided here, once, so
// the three formats give the same Episode for the same conversation.
#ifndef CLAIMKB_CORE_SRC_TRANSCRIPT_BUILDER_H_
#define CLAIMKB_CORE_SRC_TRANSCRIPT_BUILDER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/episode.h"
#include "claimkb/core/result.h"

namespace claimkb::internal {

// One timed piece of text: a cue line of WebVTT or SRT, or a JSON segment.
struct TranscriptCue {
  int line = 0;                // 1-based line the text starts on.
  std::int64_t start_ms = 0;   // Media time of the cue.
  std::int64_t end_ms = 0;     // Never before start_ms.
  std::string speaker;         // A certain speaker (voice tag, "[Name]", JSON); may be empty.
  std::string label;           // Name of a "Name: " prefix, still to be confirmed; may be empty.
  std::size_t label_skip = 0;  // Bytes of `text` the "Name: " prefix takes.
  std::string text;            // Plain text; starts with the prefix when `label` is set.
};

// What the reader knows about the file besides its cues.
struct TranscriptSource {
  std::string path;          // As given to ParseDigest.
  std::string content_hash;  // ContentHash of the raw bytes.
  int line_count = 0;        // Lines in the file.
  std::string title;         // From the file itself (WebVTT header text); may be empty.
};

// Turns the text lines of WebVTT and SRT cues into TranscriptCues. Each
// line with its own speaker (a voice tag or a prefix) starts a cue; other
// lines continue the one before them within the same cue. YouTube's rolling
// captions repeat the previous cue's last line at the top of the next cue;
// that repetition is dropped, and so are sound descriptions ("[Music]").
class CueLineCollector {
 public:
  // Adds one raw text line of the cue timed [start_ms, end_ms].
  void Add(std::string_view raw, int line, std::int64_t start_ms, std::int64_t end_ms);
  // Marks the end of the current cue.
  void EndCue();
  // Appends raw text to the last cue (SRT text after a stray blank line).
  void Continue(std::string_view raw);
  bool empty() const { return cues_.empty(); }
  std::vector<TranscriptCue> Take() { return std::move(cues_); }

 private:
  std::vector<TranscriptCue> cues_;
  std::string previous_cue_last_line_;
  std::string current_cue_last_line_;
  bool first_line_of_cue_ = true;
  bool in_cue_ = false;  // The last cue may take continuation lines.
};

// The lines of `body` without their line endings ("\n", a trailing "\r" is
// dropped); a final line ending does not start another line.
std::vector<std::string_view> SplitTranscriptLines(std::string_view body);

// Builds the Episode: one kFullText section "Transcript" holding a Turn per
// change of speaker (or after a pause of kTurnPauseMs), each with the span of
// its cues as range, and a Paragraph per sentence (cues are joined until one
// ends a sentence). "Name: " labels count as speakers only when the file uses
// them (see the .cc); unlabelled cues continue the last speaker. The title is
// the file name without its extension unless `source.title` is set.
// kNotADigest when no cue holds any text.
Result<Episode> BuildTranscriptEpisode(std::vector<TranscriptCue> cues,
                                       const TranscriptSource& source);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_SRC_TRANSCRIPT_BUILDER_H_
