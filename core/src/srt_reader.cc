#include "srt_reader.h"

#include <vector>

#include "cue_timing.h"
#include "transcript_builder.h"

namespace claimkb::internal {
namespace {

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

std::unexpected<Error> BadLine(const std::string& path, int line, std::string message) {
  return std::unexpected<Error>(Error{ErrorCode::kParse, std::move(message),
                                      "an SRT cue is a number line, a timing line such as "
                                      "\"00:00:01,000 --> 00:00:04,000\", then its text, and a "
                                      "blank line after it",
                                      path, line});
}

}  // namespace

bool IsSrtCueNumber(std::string_view line) {
  const std::size_t begin = line.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return false;
  const std::size_t end = line.find_last_not_of(" \t");
  for (std::size_t i = begin; i <= end; ++i) {
    if (line[i] < '0' || line[i] > '9') return false;
  }
  return true;
}

Result<Episode> ReadSrt(std::string_view body, const std::string& path,
                        const std::string& content_hash) {
  const std::vector<std::string_view> lines = SplitTranscriptLines(body);
  TranscriptSource source;
  source.path = path;
  source.content_hash = content_hash;
  source.line_count = static_cast<int>(lines.size());

  enum class State { kBetween, kAfterNumber, kPayload };
  State state = State::kBetween;
  CueLineCollector collector;
  CueTiming timing;
  int number_line = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const int number = static_cast<int>(i) + 1;
    const bool blank = IsBlank(line);
    // A number line directly followed by a timing line opens a cue even
    // where the blank line before it was forgotten.
    const bool opens_cue =
        IsSrtCueNumber(line) && i + 1 < lines.size() && LooksLikeTimingLine(lines[i + 1]);
    if (state == State::kPayload) {
      if (blank) {
        collector.EndCue();
        state = State::kBetween;
        continue;
      }
      if (opens_cue) {
        collector.EndCue();
        state = State::kBetween;
      } else if (!LooksLikeTimingLine(line)) {
        collector.Add(line, number, timing.start_ms, timing.end_ms);
        continue;
      } else {
        collector.EndCue();
      }
    }
    if (blank) {
      if (state == State::kAfterNumber) {
        return BadLine(path, number_line, "cue number has no timing line after it");
      }
      continue;
    }
    if (LooksLikeTimingLine(line)) {
      std::string problem;
      const std::optional<CueTiming> parsed = ParseCueTiming(line, &problem);
      if (!parsed) return BadLine(path, number, "bad SRT cue timing: " + problem);
      timing = *parsed;
      state = State::kPayload;
    } else if (state == State::kAfterNumber) {
      return BadLine(
          path, number,
          "expected a timing line after the cue number on line " + std::to_string(number_line));
    } else if (IsSrtCueNumber(line)) {
      number_line = number;
      state = State::kAfterNumber;
    } else if (!collector.empty()) {
      // Text after a blank line inside a cue: players show it with that cue.
      collector.Continue(line);
    } else {
      return BadLine(path, number, "text before the first SRT cue");
    }
  }
  if (state == State::kAfterNumber) {
    return BadLine(path, number_line, "cue number has no timing line after it");
  }
  return BuildTranscriptEpisode(collector.Take(), source);
}

}  // namespace claimkb::internal
