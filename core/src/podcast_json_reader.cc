#include "podcast_json_reader.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>

#include "transcript_builder.h"

namespace claimkb::internal {
namespace {

using nlohmann::json;

// Times past this (about 115 days) are not media times but broken numbers;
// refusing them also keeps the conversion to milliseconds in range.
constexpr double kMaxSeconds = 1e7;

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// 1-based line of a byte offset. Callers ask for increasing offsets, so the
// file is counted once however many segments it has.
class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}
  int LineOf(std::size_t offset) {
    if (offset < position_) {
      position_ = 0;
      line_ = 1;
    }
    offset = std::min(offset, text_.size());
    for (; position_ < offset; ++position_) {
      if (text_[position_] == '\n') ++line_;
    }
    return line_;
  }

 private:
  std::string_view text_;
  std::size_t position_ = 0;
  int line_ = 1;
};

std::unexpected<Error> BadSegment(const std::string& path, int line, std::string message) {
  return std::unexpected<Error>(Error{ErrorCode::kParse, std::move(message),
                                      "each segment needs \"startTime\" and \"endTime\" in "
                                      "seconds and a \"body\" string, e.g. {\"speaker\": \"Ana\", "
                                      "\"startTime\": 0.5, \"endTime\": 0.9, \"body\": \"Hello\"}",
                                      path, line});
}

// The first of `keys` that `segment` has.
const json* Field(const json& segment, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    const auto it = segment.find(key);
    if (it != segment.end()) return &*it;
  }
  return nullptr;
}

// Collapses white space (a body may hold line breaks) and trims.
std::string Squeeze(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const bool space = IsJsonSpace(c);
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

JsonSegmentScan ScanJsonSegments(std::string_view body) {
  JsonSegmentScan scan;
  std::size_t i = 0;
  while (i < body.size() && IsJsonSpace(body[i])) ++i;
  if (i == body.size() || body[i] != '{') return scan;
  scan.object = true;
  int depth = 0;
  int segments_depth = -1;       // Depth of the open "segments" array, -1 when none.
  std::string_view key;          // Key of the current member of the top-level object.
  std::string_view last_string;  // Last string seen at depth 1: a key if ':' follows.
  bool expect_element = false;   // Just after the array's "[" or a "," between its elements.
  for (; i < body.size(); ++i) {
    const char c = body[i];
    if (expect_element && !IsJsonSpace(c)) {
      if (c != ']') scan.segments.push_back(i);
      expect_element = false;
    }
    if (c == '"') {
      std::size_t j = i + 1;
      while (j < body.size() && body[j] != '"') j += body[j] == '\\' ? 2 : 1;
      if (depth == 1) last_string = body.substr(i + 1, std::min(j, body.size()) - i - 1);
      i = j;  // The loop steps past the closing quote.
      continue;
    }
    switch (c) {
      case ':':
        if (depth == 1) key = last_string;
        break;
      case ',':
        if (depth == 1) key = {};
        if (depth == segments_depth) expect_element = true;
        break;
      case '[':
      case '{':
        ++depth;
        if (c == '[' && depth == 2 && key == "segments") {
          // A repeated key replaces the earlier array, as in the JSON library.
          segments_depth = depth;
          scan.has_segments = true;
          scan.segments.clear();
          expect_element = true;
        }
        break;
      case ']':
      case '}':
        if (depth == segments_depth) segments_depth = -1;
        --depth;
        if (depth == 0) {
          for (std::size_t k = i + 1; k < body.size(); ++k) {
            if (!IsJsonSpace(body[k])) {
              scan.trailing_text = true;
              break;
            }
          }
          return scan;
        }
        break;
      default:
        break;
    }
  }
  return scan;
}

Result<Episode> ReadPodcastJson(std::string_view body, const std::string& path,
                                const std::string& content_hash) {
  LineCounter lines(body);
  json document;
  // The JSON library's one adapter here: its exceptions become kParse errors.
  try {
    document = json::parse(body);
  } catch (const json::parse_error& e) {
    std::string message = e.what();
    // Drop the library's "[json.exception.parse_error.101] " prefix.
    if (const std::size_t close = message.find("] "); close != std::string::npos) {
      message = message.substr(close + 2);
    }
    return std::unexpected<Error>(Error{ErrorCode::kParse, "invalid JSON transcript: " + message,
                                        "check the file with a JSON validator", path,
                                        lines.LineOf(e.byte > 0 ? e.byte - 1 : 0)});
  }
  const auto segments = document.is_object() ? document.find("segments") : document.end();
  if (!document.is_object() || segments == document.end() || !segments->is_array()) {
    return BadSegment(path, 1, "JSON transcript has no \"segments\" array");
  }
  const JsonSegmentScan scan = ScanJsonSegments(body);
  const bool have_offsets = scan.segments.size() == segments->size();

  TranscriptSource source;
  source.path = path;
  source.content_hash = content_hash;
  source.line_count = static_cast<int>(SplitTranscriptLines(body).size());
  std::vector<TranscriptCue> cues;
  cues.reserve(segments->size());
  for (std::size_t n = 0; n < segments->size(); ++n) {
    const json& segment = (*segments)[n];
    const int line = have_offsets ? lines.LineOf(scan.segments[n]) : 1;
    const std::string which = "segment " + std::to_string(n + 1);
    if (!segment.is_object()) return BadSegment(path, line, which + " is not an object");
    std::optional<double> times[2];
    const char* names[2][2] = {{"startTime", "start"}, {"endTime", "end"}};
    for (int k = 0; k < 2; ++k) {
      const json* value = Field(segment, {names[k][0], names[k][1]});
      if (value == nullptr || !value->is_number()) {
        return BadSegment(path, line, which + " has no numeric \"" + names[k][0] + "\" (seconds)");
      }
      const double seconds = value->get<double>();
      if (!std::isfinite(seconds) || seconds < 0 || seconds > kMaxSeconds) {
        return BadSegment(path, line,
                          which + " has an impossible \"" + names[k][0] + "\": " + value->dump());
      }
      times[k] = seconds;
    }
    if (*times[1] < *times[0]) {
      return BadSegment(path, line, which + " ends before it starts");
    }
    TranscriptCue cue;
    cue.line = line;
    cue.start_ms = std::llround(*times[0] * 1000);
    cue.end_ms = std::llround(*times[1] * 1000);
    if (const json* text = Field(segment, {"body", "text"})) {
      if (!text->is_string()) {
        return BadSegment(path, line, which + " has a \"body\" that is not text");
      }
      cue.text = Squeeze(text->get_ref<const std::string&>());
    }
    if (const json* speaker = Field(segment, {"speaker"}); speaker && speaker->is_string()) {
      cue.speaker = Squeeze(speaker->get_ref<const std::string&>());
    }
    cues.push_back(std::move(cue));
  }
  return BuildTranscriptEpisode(std::move(cues), source);
}

}  // namespace claimkb::internal
