#include "sentence_splitter.h"

#include <algorithm>

#include "cue_scanner.h"
#include "utf8_scan.h"

namespace claimkb::internal {
namespace {

bool IsTerminator(char32_t cp) {
  return cp == U'。' || cp == U'！' || cp == U'？' || cp == U'；' || cp == '!' || cp == '?' ||
         cp == ';' || cp == U'…';
}

// Closing marks that belong to the sentence they follow: "……。”" ends after
// the quote, not before it.
bool IsTrailingCloser(char32_t cp) {
  return cp == U'”' || cp == U'’' || cp == U'」' || cp == U'』' || cp == U'）' || cp == ')' ||
         cp == '"' || cp == U'】';
}

bool IsOpenBracket(char32_t cp) { return cp == U'（' || cp == '(' || cp == U'【' || cp == '['; }
bool IsCloseBracket(char32_t cp) { return cp == U'）' || cp == ')' || cp == U'】' || cp == ']'; }
bool IsOpenQuote(char32_t cp) { return cp == U'“' || cp == U'「' || cp == U'『'; }
bool IsCloseQuote(char32_t cp) { return cp == U'”' || cp == U'」' || cp == U'』'; }

// Separators trimmed from both ends of a piece.
bool IsEdgeSeparator(char32_t cp) {
  return IsSpaceChar(cp) || cp == U'，' || cp == ',' || cp == U'、' || cp == U'；' || cp == ';' ||
         cp == U'：' || cp == ':' || cp == U'—' || cp == U'–' || cp == '-' || cp == U'·' ||
         cp == '*' || cp == '>';
}

// Separators a contrast marker must follow for a split: "X，但 Y" is two
// assertions, while "X 但 Y" without a pause is usually one.
bool IsClausePause(char32_t cp) {
  return cp == U'，' || cp == ',' || cp == U'；' || cp == ';' || cp == U'：' || cp == ':';
}

enum ContrastTag { kChineseMarker = 1, kErMarker, kEnglishMarker };

const CueScanner& ContrastScanner() {
  static const CueScanner scanner({
      {"但是", kChineseMarker},
      {"但", kChineseMarker},
      {"然而", kChineseMarker},
      {"却", kChineseMarker},
      {"不过", kChineseMarker},
      {"可是", kChineseMarker},
      {"而", kErMarker},
      {"but", kEnglishMarker},
      {"however", kEnglishMarker},
      {"yet", kEnglishMarker},
  });
  return scanner;
}

// 而 begins many words that do not contrast: 而且 (moreover), 而是 (but
// rather, part of 不是…而是…), 而非, 而已, 而言, 而后.
bool ErStartsWord(std::string_view text, std::size_t after) {
  if (after >= text.size()) return true;
  char32_t next = 0;
  DecodeUtf8At(text, after, &next);
  return next == U'且' || next == U'是' || next == U'非' || next == U'已' || next == U'言' ||
         next == U'后' || next == U'今' || next == U'又';
}

bool IsAbbreviationBefore(std::string_view text, std::size_t dot) {
  static constexpr std::string_view kAbbreviations[] = {"e.g", "i.e", "vs",  "etc", "mr",
                                                        "dr",  "no",  "fig", "al"};
  // The longest abbreviation has 3 bytes: looking further back only costs
  // time (quadratic on "a.a.a.a…") and never matches.
  constexpr std::size_t kLongest = 3;
  std::size_t start = dot;
  while (start > 0 && dot - start <= kLongest &&
         (IsAsciiAlpha(text[start - 1]) || text[start - 1] == '.')) {
    --start;
  }
  const std::string_view word = text.substr(start, dot - start);
  if (word.size() == 1) return true;  // An initial: "J. Smith".
  for (std::string_view abbreviation : kAbbreviations) {
    if (word.size() != abbreviation.size()) continue;
    bool equal = true;
    for (std::size_t i = 0; i < word.size(); ++i) {
      if (AsciiLower(word[i]) != abbreviation[i]) equal = false;
    }
    if (equal) return true;
  }
  return false;
}

// Whether the ASCII full stop at `pos` ends a sentence: it must be followed by
// white space or the end, and not close a decimal, an initial or "e.g".
bool IsSentenceDot(std::string_view text, std::size_t pos) {
  if (pos + 1 < text.size() && text[pos + 1] != ' ' && text[pos + 1] != '\t') return false;
  if (pos == 0) return false;
  if (IsAbbreviationBefore(text, pos)) return false;
  return true;
}

// Whether brackets and quotes in `text` pair up; when they do not (damaged
// text), the splitter ignores nesting rather than swallowing the paragraph.
bool Balanced(std::string_view text) {
  int brackets = 0;
  int quotes = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    pos += DecodeUtf8At(text, pos, &cp);
    if (IsOpenBracket(cp)) ++brackets;
    if (IsCloseBracket(cp) && --brackets < 0) return false;
    if (IsOpenQuote(cp)) ++quotes;
    if (IsCloseQuote(cp) && --quotes < 0) return false;
  }
  return brackets == 0 && quotes == 0;
}

std::vector<TextSpan> SplitSentences(std::string_view text) {
  std::vector<TextSpan> sentences;
  const bool track_nesting = Balanced(text);
  int depth = 0;
  std::size_t start = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    const std::size_t length = DecodeUtf8At(text, pos, &cp);
    if (track_nesting) {
      if (IsOpenBracket(cp) || IsOpenQuote(cp)) ++depth;
      if (IsCloseBracket(cp) || IsCloseQuote(cp)) --depth;
    }
    bool ends = false;
    if (depth == 0) {
      if (cp == '.') {
        ends = IsSentenceDot(text, pos);
      } else if (cp == '!' || cp == '?' || cp == ';') {
        ends = pos + 1 >= text.size() || text[pos + 1] == ' ' || (text[pos + 1] & 0x80) != 0;
      } else {
        ends = IsTerminator(cp);
      }
    }
    pos += length;
    if (!ends) continue;
    // Absorb repeated terminators and closing quotes or brackets.
    while (pos < text.size()) {
      char32_t next = 0;
      const std::size_t next_length = DecodeUtf8At(text, pos, &next);
      if (!IsTerminator(next) && next != '.' && !IsTrailingCloser(next)) break;
      pos += next_length;
    }
    sentences.push_back({start, pos});
    start = pos;
  }
  if (start < text.size()) sentences.push_back({start, text.size()});
  return sentences;
}

// Appends the pieces of one sentence, cut at contrast markers.
void SplitAtContrast(std::string_view text, TextSpan sentence, const SplitterOptions& options,
                     std::vector<TextSpan>* pieces) {
  const std::string_view body = text.substr(sentence.begin, sentence.end - sentence.begin);
  const bool track_nesting = Balanced(body);
  std::vector<std::size_t> cuts;  // Offsets in `body` where a new piece starts.
  int depth = 0;
  char32_t previous = 0;  // Last non-space code point.
  std::size_t pos = 0;
  while (pos < body.size()) {
    char32_t cp = 0;
    const std::size_t length = DecodeUtf8At(body, pos, &cp);
    CueMatch match;
    if (depth == 0 && IsClausePause(previous) && ContrastScanner().MatchAt(body, pos, &match)) {
      bool valid = true;
      if (match.tag == kErMarker) valid = !ErStartsWord(body, match.end);
      if (valid) cuts.push_back(pos);
    }
    if (track_nesting) {
      if (IsOpenBracket(cp) || IsOpenQuote(cp)) ++depth;
      if (IsCloseBracket(cp) || IsCloseQuote(cp)) --depth;
    }
    if (!IsSpaceChar(cp)) previous = cp;
    pos += length;
  }
  // Content characters before each cut, counted in one pass: counting each
  // half anew made a long sentence with many markers quadratic (issue 11).
  std::vector<int> before_cut;
  before_cut.reserve(cuts.size());
  int total = 0;
  std::size_t counted = 0;
  for (std::size_t cut : cuts) {
    total += CountContentChars(body.substr(counted, cut - counted));
    counted = cut;
    before_cut.push_back(total);
  }
  total += CountContentChars(body.substr(counted));
  std::size_t start = 0;
  int before_start = 0;
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    // Both halves must keep enough content; the remainder after the last cut
    // is checked against the whole rest, which is what would stand alone.
    const int left = before_cut[i] - before_start;
    const int right = total - before_cut[i];
    if (left < options.min_half_chars || right < options.min_half_chars + 1) continue;
    pieces->push_back({sentence.begin + start, sentence.begin + cuts[i]});
    start = cuts[i];
    before_start = before_cut[i];
  }
  pieces->push_back({sentence.begin + start, sentence.end});
}

// Appends `piece` cut into parts of at most `max_bytes`, each ending at the
// last clause pause or space before the limit (else at a code point). Text
// without sentence ends (a raw transcript, a hostile file) would otherwise be
// one claim of any length, and every later stage works per claim.
void AppendBounded(std::string_view text, TextSpan piece, std::size_t max_bytes,
                   std::vector<TextSpan>* pieces) {
  while (piece.end - piece.begin > max_bytes) {
    std::size_t cut = 0;
    std::size_t space = 0;
    std::size_t boundary = piece.begin;
    std::size_t pos = piece.begin;
    while (pos < piece.begin + max_bytes) {
      char32_t cp = 0;
      pos += DecodeUtf8At(text, pos, &cp);
      if (pos > piece.begin + max_bytes) break;
      boundary = pos;
      if (IsClausePause(cp)) cut = pos;
      if (IsSpaceChar(cp)) space = pos;
    }
    if (cut == 0) cut = space;
    if (cut == 0) cut = boundary;
    if (cut <= piece.begin) {
      char32_t cp = 0;
      cut = piece.begin + DecodeUtf8At(text, piece.begin, &cp);
    }
    pieces->push_back({piece.begin, cut});
    piece.begin = cut;
  }
  pieces->push_back(piece);
}

// Length of a list marker ("1）", "2)", "3、", "(4)", "（5）") at `pos`, or 0.
std::size_t ListMarkerLength(std::string_view text, std::size_t pos) {
  std::size_t cursor = pos;
  bool open = false;
  char32_t cp = 0;
  if (cursor < text.size()) {
    const std::size_t length = DecodeUtf8At(text, cursor, &cp);
    if (cp == '(' || cp == U'（') {
      open = true;
      cursor += length;
    }
  }
  const std::size_t digits_begin = cursor;
  while (cursor < text.size() && IsAsciiDigit(text[cursor]) && cursor - digits_begin < 2) ++cursor;
  if (cursor == digits_begin || cursor >= text.size()) return 0;
  const std::size_t length = DecodeUtf8At(text, cursor, &cp);
  if (cp == ')' || cp == U'）') return cursor + length - pos;
  if (!open && cp == U'、') return cursor + length - pos;
  return 0;
}

}  // namespace

TextSpan TrimClaimSpan(std::string_view text, TextSpan span) {
  bool changed = true;
  while (changed && span.begin < span.end) {
    changed = false;
    char32_t cp = 0;
    const std::size_t length = DecodeUtf8At(text, span.begin, &cp);
    if (IsEdgeSeparator(cp)) {
      span.begin += length;
      changed = true;
      continue;
    }
    const std::size_t marker = ListMarkerLength(text.substr(0, span.end), span.begin);
    if (marker > 0) {
      span.begin += marker;
      changed = true;
    }
  }
  while (span.end > span.begin) {
    char32_t cp = 0;
    const std::size_t length = DecodeUtf8Before(text, span.end, &cp);
    if (!IsEdgeSeparator(cp)) break;
    span.end -= length;
  }
  return span;
}

std::vector<TextSpan> SplitIntoClaims(std::string_view text, const SplitterOptions& options) {
  std::vector<TextSpan> sentences;
  for (const TextSpan& sentence : SplitSentences(text)) {
    if (options.split_contrast) {
      SplitAtContrast(text, sentence, options, &sentences);
    } else {
      sentences.push_back(sentence);
    }
  }
  std::vector<TextSpan> pieces;
  pieces.reserve(sentences.size());
  for (const TextSpan& sentence : sentences) {
    AppendBounded(text, sentence, std::max<std::size_t>(options.max_piece_bytes, 4), &pieces);
  }
  std::vector<TextSpan> trimmed;
  trimmed.reserve(pieces.size());
  for (const TextSpan& piece : pieces) {
    const TextSpan span = TrimClaimSpan(text, piece);
    if (span.end > span.begin) trimmed.push_back(span);
  }
  return trimmed;
}

}  // namespace claimkb::internal
