#include "claimkb/core/transcript_format.h"

#include "cue_timing.h"
#include "podcast_json_reader.h"
#include "srt_reader.h"

namespace claimkb {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The next line of `text` from `*pos`, without its line ending.
std::string_view NextLine(std::string_view text, std::size_t* pos) {
  std::size_t end = text.find('\n', *pos);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(*pos, end - *pos);
  *pos = end + 1;
  if (line.ends_with('\r')) line.remove_suffix(1);
  return line;
}

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

bool LooksLikeSrt(std::string_view text) {
  std::size_t pos = 0;
  std::string_view line;
  do {
    if (pos >= text.size()) return false;
    line = NextLine(text, &pos);
  } while (IsBlank(line));
  if (internal::IsSrtCueNumber(line)) {
    return pos < text.size() && internal::LooksLikeTimingLine(NextLine(text, &pos));
  }
  // A file without cue numbers: its first line must start with a clock time,
  // so that a Markdown diagram line "A --> B" is not taken for a cue.
  const std::size_t arrow = line.find("-->");
  return arrow != std::string_view::npos &&
         internal::ParseCueTime(line.substr(0, arrow)).has_value();
}

}  // namespace

const char* TranscriptFormatName(TranscriptFormat format) {
  switch (format) {
    case TranscriptFormat::kNone:
      return "none";
    case TranscriptFormat::kWebVtt:
      return "webvtt";
    case TranscriptFormat::kSrt:
      return "srt";
    case TranscriptFormat::kPodcastJson:
      return "podcast-json";
  }
  return "none";
}

TranscriptFormat SniffTranscriptFormat(std::string_view bytes) {
  if (bytes.starts_with(kBom)) bytes.remove_prefix(kBom.size());
  if (bytes.starts_with("WEBVTT") && (bytes.size() == 6 || bytes[6] == ' ' || bytes[6] == '\t' ||
                                      bytes[6] == '\r' || bytes[6] == '\n')) {
    return TranscriptFormat::kWebVtt;
  }
  if (LooksLikeSrt(bytes)) return TranscriptFormat::kSrt;
  const internal::JsonSegmentScan scan = internal::ScanJsonSegments(bytes);
  if (scan.has_segments && !scan.trailing_text) return TranscriptFormat::kPodcastJson;
  return TranscriptFormat::kNone;
}

}  // namespace claimkb
