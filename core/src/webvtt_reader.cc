#include "webvtt_reader.h"

#include <vector>

#include "cue_text.h"
#include "cue_timing.h"
#include "transcript_builder.h"

namespace claimkb::internal {
namespace {

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

// "NOTE", "STYLE" or "REGION" alone or followed by white space.
bool StartsBlock(std::string_view line, std::string_view keyword) {
  return line.starts_with(keyword) && (line.size() == keyword.size() ||
                                       line[keyword.size()] == ' ' || line[keyword.size()] == '\t');
}

std::unexpected<Error> BadLine(const std::string& path, int line, std::string message) {
  return std::unexpected<Error>(Error{ErrorCode::kParse, std::move(message),
                                      "a WebVTT cue is an optional identifier line, a timing "
                                      "line such as \"00:01:02.500 --> 00:01:05.000\", then its "
                                      "text, and a blank line after it",
                                      path, line});
}

}  // namespace

Result<Episode> ReadWebVtt(std::string_view body, const std::string& path,
                           const std::string& content_hash) {
  const std::vector<std::string_view> lines = SplitTranscriptLines(body);
  TranscriptSource source;
  source.path = path;
  source.content_hash = content_hash;
  source.line_count = static_cast<int>(lines.size());
  if (!lines.empty()) {
    // "WEBVTT - Interview with ..." : the header text is the file's own title.
    std::string_view header = lines[0].substr(std::min<std::size_t>(6, lines[0].size()));
    const std::size_t begin = header.find_first_not_of(" \t-");
    header = begin == std::string_view::npos ? std::string_view() : header.substr(begin);
    source.title = CleanCueLine(header).text;
  }

  enum class State { kHeader, kBetween, kAfterId, kPayload, kSkipBlock };
  State state = State::kHeader;
  CueLineCollector collector;
  CueTiming timing;
  int id_line = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const int number = static_cast<int>(i) + 1;
    const bool blank = IsBlank(line);
    switch (state) {
      case State::kHeader:
        // Header metadata ("Kind: captions") runs to the first blank line;
        // a timing line there is the first cue of a file that left it out.
        if (blank) {
          state = State::kBetween;
          break;
        }
        if (!LooksLikeTimingLine(line)) break;
        state = State::kBetween;
        [[fallthrough]];
      case State::kBetween:
      case State::kAfterId: {
        if (blank) {
          if (state == State::kAfterId) {
            return BadLine(path, id_line, "text outside a cue: no timing line after it");
          }
          break;
        }
        if (LooksLikeTimingLine(line)) {
          std::string problem;
          const std::optional<CueTiming> parsed = ParseCueTiming(line, &problem);
          if (!parsed) return BadLine(path, number, "bad WebVTT cue timing: " + problem);
          timing = *parsed;
          state = State::kPayload;
        } else if (state == State::kAfterId) {
          return BadLine(path, number,
                         "expected a cue timing line after the cue identifier on line " +
                             std::to_string(id_line));
        } else if (StartsBlock(line, "NOTE") || StartsBlock(line, "STYLE") ||
                   StartsBlock(line, "REGION")) {
          state = State::kSkipBlock;
        } else {
          id_line = number;
          state = State::kAfterId;
        }
        break;
      }
      case State::kPayload:
        if (blank) {
          collector.EndCue();
          state = State::kBetween;
        } else if (LooksLikeTimingLine(line)) {
          // Cue text may not contain "-->": this is the next cue, missing
          // its blank line.
          collector.EndCue();
          std::string problem;
          const std::optional<CueTiming> parsed = ParseCueTiming(line, &problem);
          if (!parsed) return BadLine(path, number, "bad WebVTT cue timing: " + problem);
          timing = *parsed;
        } else {
          collector.Add(line, number, timing.start_ms, timing.end_ms);
        }
        break;
      case State::kSkipBlock:
        if (blank) state = State::kBetween;
        break;
    }
  }
  if (state == State::kAfterId) {
    return BadLine(path, id_line, "text outside a cue: no timing line after it");
  }
  return BuildTranscriptEpisode(collector.Take(), source);
}

}  // namespace claimkb::internal
