#include "transcript_builder.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "cue_text.h"
#include "cue_timing.h"

namespace claimkb::internal {
namespace {

// A silence this long ends a turn even when the same person speaks on: it
// keeps each turn's range tight, so a claim's estimated moment stays close to
// where it was said. Conversational pauses are well under three seconds.
constexpr std::int64_t kTurnPauseMs = 3000;
// Unpunctuated ASR text never ends a sentence; cap a paragraph at a cue
// boundary once it is this long (about 200 Chinese characters).
constexpr std::size_t kMaxParagraphBytes = 600;

}  // namespace

void CueLineCollector::Add(std::string_view raw, int line, std::int64_t start_ms,
                           std::int64_t end_ms) {
  CleanLine clean = CleanCueLine(raw);
  if (clean.text.empty()) return;
  if (first_line_of_cue_ && clean.text == previous_cue_last_line_) return;
  first_line_of_cue_ = false;
  current_cue_last_line_ = clean.text;
  const SpeakerPrefix prefix = FindSpeakerPrefix(clean.text);
  if (prefix.kind == SpeakerPrefix::kNonSpeech) return;
  TranscriptCue cue;
  cue.line = line;
  cue.start_ms = start_ms;
  cue.end_ms = end_ms;
  cue.speaker = std::move(clean.voice);
  std::string_view text = clean.text;
  if (prefix.kind == SpeakerPrefix::kExplicit) {
    if (cue.speaker.empty()) cue.speaker = prefix.name;
    text.remove_prefix(prefix.skip);
  } else if (prefix.kind == SpeakerPrefix::kLabel && cue.speaker.empty()) {
    cue.label = prefix.name;
    cue.label_skip = prefix.skip;
  } else if (prefix.kind == SpeakerPrefix::kNone) {
    text.remove_prefix(prefix.skip);
  }
  if (!cue.speaker.empty() || !cue.label.empty() || !in_cue_) {
    cue.text = std::string(text);
    cues_.push_back(std::move(cue));
  } else {
    AppendCueText(&cues_.back().text, text);
  }
  in_cue_ = true;
}

void CueLineCollector::EndCue() {
  if (!first_line_of_cue_) previous_cue_last_line_ = current_cue_last_line_;
  first_line_of_cue_ = true;
  in_cue_ = false;
}

void CueLineCollector::Continue(std::string_view raw) {
  if (cues_.empty()) return;
  const CleanLine clean = CleanCueLine(raw);
  AppendCueText(&cues_.back().text, clean.text);
}

std::vector<std::string_view> SplitTranscriptLines(std::string_view body) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(start, end - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

Result<Episode> BuildTranscriptEpisode(std::vector<TranscriptCue> cues,
                                       const TranscriptSource& source) {
  // "Name: text" is read as a speaker label only when the file uses labels:
  // some cue has a certain speaker, or some label recurs. A single "Note: ..."
  // in an unlabelled file stays text.
  std::unordered_map<std::string, int> label_uses;
  bool uses_labels = false;
  for (const TranscriptCue& cue : cues) {
    if (!cue.speaker.empty()) uses_labels = true;
    if (!cue.label.empty() && ++label_uses[cue.label] >= 2) uses_labels = true;
  }

  Episode episode;
  episode.path = source.path;
  episode.content_hash = source.content_hash;
  episode.line_count = source.line_count;
  episode.title = source.title;
  if (episode.title.empty()) episode.title = std::filesystem::path(source.path).stem().string();
  if (episode.title.empty()) episode.title = source.path;

  Section section;
  section.kind = SectionKind::kFullText;
  section.title = "Transcript";
  section.line = 1;
  section.level = 2;

  std::string last_speaker;
  std::int64_t turn_start_ms = 0;
  std::int64_t turn_end_ms = 0;
  std::int64_t previous_end_ms = 0;
  std::int64_t first_ms = 0;
  std::int64_t last_ms = 0;
  bool paragraph_open = false;
  const auto close_turn = [&] {
    if (section.turns.empty()) return;
    section.turns.back().range = TimeRange{WholeSeconds(turn_start_ms), WholeSeconds(turn_end_ms)};
  };
  for (TranscriptCue& cue : cues) {
    std::string_view text = cue.text;
    std::string speaker = std::move(cue.speaker);
    if (!cue.label.empty() && uses_labels) {
      speaker = cue.label;
      text.remove_prefix(std::min(cue.label_skip, text.size()));
    }
    if (text.empty()) continue;
    // An unlabelled cue continues whoever spoke last (the transcript rule).
    if (speaker.empty()) {
      speaker = last_speaker;
    } else {
      last_speaker = speaker;
    }
    const bool first = section.turns.empty();
    if (first || speaker != section.turns.back().speaker ||
        cue.start_ms - previous_end_ms >= kTurnPauseMs) {
      close_turn();
      Turn turn;
      turn.speaker = speaker;
      // A transcript is spoken words: a cue nobody is named for is nobody's,
      // not the editor's.
      turn.spoken = speaker.empty();
      turn.line = cue.line;
      section.turns.push_back(std::move(turn));
      turn_start_ms = cue.start_ms;
      turn_end_ms = cue.end_ms;
      paragraph_open = false;
    }
    if (first) first_ms = cue.start_ms;
    turn_start_ms = std::min(turn_start_ms, cue.start_ms);
    turn_end_ms = std::max(turn_end_ms, cue.end_ms);
    first_ms = std::min(first_ms, cue.start_ms);
    last_ms = std::max(last_ms, cue.end_ms);
    previous_end_ms = cue.end_ms;

    std::vector<Paragraph>& paragraphs = section.turns.back().paragraphs;
    if (!paragraph_open) {
      Paragraph paragraph;
      paragraph.line = cue.line;
      paragraphs.push_back(std::move(paragraph));
      paragraph_open = true;
    }
    AppendCueText(&paragraphs.back().text, text);
    if (EndsSentence(text) || paragraphs.back().text.size() >= kMaxParagraphBytes) {
      paragraph_open = false;
    }
  }
  if (section.turns.empty()) {
    return std::unexpected<Error>(
        Error{ErrorCode::kNotADigest, "transcript holds no cue text", "", source.path, 0});
  }
  close_turn();
  for (Turn& turn : section.turns) {
    for (Paragraph& paragraph : turn.paragraphs) paragraph.plain = paragraph.text;
  }
  section.range = TimeRange{WholeSeconds(first_ms), WholeSeconds(last_ms)};
  episode.duration_s = WholeSeconds(last_ms);
  episode.sections.push_back(std::move(section));
  return episode;
}

}  // namespace claimkb::internal
