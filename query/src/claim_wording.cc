#include "claimkb/query/claim_wording.h"

#include <array>
#include <cstdint>

namespace claimkb {
namespace {

// One UTF-8 code point at `pos`; malformed bytes decode as themselves, one
// byte long, so that scanning always advances.
std::size_t Decode(std::string_view text, std::size_t pos, char32_t* cp) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  std::size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3
                                     : (byte >> 3) == 0x1E ? 4 : 1;
  if (pos + length > text.size()) length = 1;
  char32_t value = length == 1 ? byte : byte & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    value = (value << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
  }
  *cp = value;
  return length;
}

bool IsCjk(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

bool IsLatinLetter(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F);
}

// Sentence ends, as core's sentence splitter cuts them (core/src/
// sentence_splitter.cc; that file is private to core): the claim's sentence
// runs between two of these. A '.' ends a sentence only before a space.
bool EndsSentence(std::string_view text, std::size_t pos, char32_t cp, std::size_t length) {
  if (cp == U'。' || cp == U'！' || cp == U'？' || cp == U'；' || cp == '!' || cp == '?' ||
      cp == ';' || cp == U'…') {
    return true;
  }
  return cp == '.' && (pos + length == text.size() || text[pos + length] == ' ');
}

// The contrast markers the splitter cuts at (after a clause pause). 而 is
// left out: the splitter rejects most of its uses, and a citation that
// widens one sentence too many only quotes more.
constexpr std::array<std::string_view, 9> kMarkers = {
    "但是", "但", "然而", "却", "不过", "可是", "but", "however", "yet"};

bool IsPauseOrSpace(char32_t cp) {
  return cp == ' ' || cp == U'，' || cp == ',' || cp == U'；' || cp == ';' || cp == U'：' ||
         cp == ':' || cp == U'、';
}

// The pauses inside a sentence after which the splitter cuts at a marker
// (its "；" and ";" end a sentence first, so they never join two halves).
bool IsClausePause(char32_t cp) {
  return cp == U'，' || cp == ',' || cp == U'：' || cp == ':';
}

bool StartsWithMarker(std::string_view text) {
  for (std::string_view marker : kMarkers) {
    if (text.size() < marker.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < marker.size() && same; ++i) {
      char c = text[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      same = c == marker[i];
    }
    if (!same) continue;
    // "but" must be a word: not the start of "butter".
    const bool latin = static_cast<unsigned char>(marker[0]) < 0x80;
    if (latin && text.size() > marker.size()) {
      const char next = text[marker.size()];
      if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) continue;
    }
    return true;
  }
  return false;
}

// The last code point before `pos` that is not a space, or 0.
char32_t PreviousNonSpace(std::string_view text, std::size_t pos) {
  char32_t last = 0;
  for (std::size_t at = 0; at < pos;) {
    char32_t cp = 0;
    at += Decode(text, at, &cp);
    if (cp != ' ') last = cp;
  }
  return last;
}

// Whether `rest` (the text after a claim) is a clause pause then a marker:
// the claim was the first half of a contrast.
bool PauseThenMarker(std::string_view rest) {
  std::size_t pos = 0;
  bool paused = false;
  while (pos < rest.size()) {
    char32_t cp = 0;
    const std::size_t length = Decode(rest, pos, &cp);
    if (IsClausePause(cp)) {
      paused = true;
    } else if (cp != ' ') {
      break;
    }
    pos += length;
  }
  return paused && StartsWithMarker(rest.substr(pos));
}

std::string Trimmed(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    char32_t cp = 0;
    const std::size_t length = Decode(text, begin, &cp);
    if (!IsPauseOrSpace(cp)) break;
    begin += length;
  }
  std::size_t end = text.size();
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
  return std::string(text.substr(begin, end - begin));
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

bool MostlyCjk(std::string_view text) {
  int cjk = 0;
  int latin_words = 0;
  bool in_word = false;
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t cp = 0;
    pos += Decode(text, pos, &cp);
    if (IsCjk(cp)) ++cjk;
    const bool letter = IsLatinLetter(cp);
    if (letter && !in_word) ++latin_words;
    in_word = letter;
  }
  return cjk > 0 && cjk >= latin_words;
}

std::string ContrastSentence(std::string_view paragraph, std::size_t begin, std::size_t end) {
  if (begin > end || end > paragraph.size()) return "";
  const std::string_view claim = paragraph.substr(begin, end - begin);
  // The splitter cuts only at a marker that follows a clause pause, so
  // "…math. But it…" is two sentences, not a contrast split.
  const bool starts_contrast =
      StartsWithMarker(claim) && IsClausePause(PreviousNonSpace(paragraph, begin));
  const bool followed_by_contrast = PauseThenMarker(paragraph.substr(end));
  if (!starts_contrast && !followed_by_contrast) return std::string(claim);
  // Sentence start: just after the last sentence end before the claim.
  std::size_t sentence_begin = 0;
  for (std::size_t pos = 0; pos < begin;) {
    char32_t cp = 0;
    const std::size_t length = Decode(paragraph, pos, &cp);
    if (EndsSentence(paragraph, pos, cp, length) && pos + length <= begin) {
      sentence_begin = pos + length;
    }
    pos += length;
  }
  // Sentence end: through the first sentence end from the claim's start (a
  // second half ends with it; a first half holds none, or it would not have
  // been cut from the same sentence).
  std::size_t sentence_end = paragraph.size();
  for (std::size_t pos = begin; pos < paragraph.size();) {
    char32_t cp = 0;
    const std::size_t length = Decode(paragraph, pos, &cp);
    pos += length;
    if (EndsSentence(paragraph, pos - length, cp, length)) {
      sentence_end = pos;
      break;
    }
  }
  return Trimmed(paragraph.substr(sentence_begin, sentence_end - sentence_begin));
}

const Turn* TurnOf(const Claim& claim, const Episode& episode) {
  if (claim.section_index < 0 ||
      static_cast<std::size_t>(claim.section_index) >= episode.sections.size()) {
    return nullptr;
  }
  const Section& section = episode.sections[static_cast<std::size_t>(claim.section_index)];
  if (claim.turn_index < 0 || static_cast<std::size_t>(claim.turn_index) >= section.turns.size()) {
    return nullptr;
  }
  return &section.turns[static_cast<std::size_t>(claim.turn_index)];
}

const Paragraph* ParagraphOf(const Claim& claim, const Episode& episode) {
  const Turn* turn = TurnOf(claim, episode);
  if (turn == nullptr || claim.paragraph_index < 0 ||
      static_cast<std::size_t>(claim.paragraph_index) >= turn->paragraphs.size()) {
    return nullptr;
  }
  return &turn->paragraphs[static_cast<std::size_t>(claim.paragraph_index)];
}

ClaimWording WordingOf(const StoredClaim& stored, const Episode& episode) {
  const Claim& claim = stored.claim;
  ClaimWording wording;
  wording.text = claim.text;
  const Turn* turn = TurnOf(claim, episode);
  const Paragraph* paragraph = ParagraphOf(claim, episode);
  // The span is trusted only when it still holds the claim's text: a stored
  // paragraph from another extraction would widen to the wrong words.
  if (paragraph != nullptr && claim.span_begin >= 0 && claim.span_end >= claim.span_begin &&
      static_cast<std::size_t>(claim.span_end) <= paragraph->plain.size() &&
      std::string_view(paragraph->plain)
              .substr(static_cast<std::size_t>(claim.span_begin),
                      static_cast<std::size_t>(claim.span_end - claim.span_begin)) == claim.text) {
    std::string sentence =
        ContrastSentence(paragraph->plain, static_cast<std::size_t>(claim.span_begin),
                         static_cast<std::size_t>(claim.span_end));
    if (sentence != claim.text && !sentence.empty()) {
      wording.text = std::move(sentence);
      wording.widened = true;
    }
  }
  std::string path = episode.path;
  for (char& c : path) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  wording.verbatim = EndsWith(path, ".vtt") || EndsWith(path, ".srt") ||
                     EndsWith(path, ".json") || (turn != nullptr && turn->spoken);
  // A transcript's words are the speaker's own, in the language spoken.
  wording.translated = !wording.verbatim && !episode.title.empty() &&
                       MostlyCjk(wording.text) != MostlyCjk(episode.title);
  return wording;
}

}  // namespace claimkb
