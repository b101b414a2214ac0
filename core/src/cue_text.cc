#include "cue_text.h"

#include <algorithm>
#include <array>

#include "cue_timing.h"
#include "utf8_scan.h"

namespace claimkb::internal {
namespace {

// A speaker's name longer than this is a sentence with a colon in it.
constexpr int kMaxNameCodePoints = 24;
constexpr int kMaxNameWords = 4;
// How far into a line a "Name:" colon may be, in bytes (24 CJK code points).
constexpr std::size_t kMaxLabelBytes = 96;

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Decodes the character reference at `text[pos]` ('&'). Returns the bytes it
// occupied, 0 when it is not one we know (the '&' then stays as written).
std::size_t DecodeEntity(std::string_view text, std::size_t pos, std::string* out) {
  // Only the next few bytes can hold the ';' (a bounded search keeps a line
  // full of '&' linear).
  const std::size_t found = text.substr(pos + 1, 10).find(';');
  if (found == std::string_view::npos) return 0;
  const std::size_t semi = pos + 1 + found;
  const std::string_view name = text.substr(pos + 1, semi - pos - 1);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kNamed = {{
      {"amp", "&"},
      {"lt", "<"},
      {"gt", ">"},
      {"quot", "\""},
      {"apos", "'"},
      {"nbsp", " "},  // A space: white space is collapsed anyway.
      {"lrm", ""},    // Direction marks carry no text.
      {"rlm", ""},
  }};
  for (const auto& [entity, value] : kNamed) {
    if (name == entity) {
      out->append(value);
      return semi - pos + 1;
    }
  }
  if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    char32_t cp = 0;
    for (char c : digits) {
      int value = -1;
      if (c >= '0' && c <= '9') value = c - '0';
      if (hex && c >= 'a' && c <= 'f') value = c - 'a' + 10;
      if (hex && c >= 'A' && c <= 'F') value = c - 'A' + 10;
      if (value < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(value);
      if (cp > 0x10FFFF) return 0;
    }
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    AppendUtf8(cp, out);
    return semi - pos + 1;
  }
  return 0;
}

bool IsTagStart(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '/'; }

// Characters a speaker's name may hold besides letters, digits and ideographs.
bool IsNameChar(char32_t cp) {
  if (IsContentChar(cp)) return true;
  switch (cp) {
    case ' ':
    case '.':
    case '-':
    case '_':
    case '\'':
    case '&':
    case '(':
    case ')':
    case 0x2019:  // ’
    case 0x00B7:  // ·
    case 0xFF08:  // （
    case 0xFF09:  // ）
      return true;
    default:
      return false;
  }
}

bool IsPlausibleName(std::string_view name) {
  if (name.empty() || (name[0] >= 'a' && name[0] <= 'z')) return false;
  int code_points = 0;
  int words = 1;
  bool has_letter = false;
  for (std::size_t i = 0; i < name.size();) {
    char32_t cp = 0;
    i += DecodeUtf8At(name, i, &cp);
    if (!IsNameChar(cp)) return false;
    if (cp == ' ') ++words;
    if (IsContentChar(cp) && !(cp >= '0' && cp <= '9')) has_letter = true;
    ++code_points;
  }
  return has_letter && code_points <= kMaxNameCodePoints && words <= kMaxNameWords;
}

// The closing bracket for an opening one at the start of `text`; empty when
// `text` does not start with a bracket.
std::string_view ClosingBracket(std::string_view text, std::size_t* open_length) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kPairs = {{
      {"[", "]"},
      {"(", ")"},
      {"\xEF\xBC\x88", "\xEF\xBC\x89"},  // （ ）
      {"\xE3\x80\x90", "\xE3\x80\x91"},  // 【 】
  }};
  for (const auto& [open, close] : kPairs) {
    if (text.starts_with(open)) {
      *open_length = open.size();
      return close;
    }
  }
  return {};
}

constexpr std::string_view kFullColon = "\xEF\xBC\x9A";  // ：
constexpr std::string_view kNote = "\xE2\x99\xAA";       // ♪

bool IsWide(char32_t cp) {
  return IsCjkIdeograph(cp) || (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

}  // namespace

// Bracketed words that describe sound, not a speaker: "[Music] and now".
bool IsSoundWord(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kSounds = {
      "music", "applause", "laughter", "laughs", "laughing", "silence", "inaudible", "crosstalk",
      "noise", "cheering", "音乐",     "笑声",   "掌声",     "笑",      "鼓掌",      "音樂"};
  std::string lower;
  for (char c : word) lower.push_back(AsciiLower(c));
  for (std::string_view sound : kSounds) {
    if (lower == sound) return true;
  }
  return false;
}

CleanLine CleanCueLine(std::string_view raw) {
  CleanLine out;
  std::string text;
  text.reserve(raw.size());
  int ruby_text_depth = 0;  // Inside <rt>…</rt>, whose content is an annotation.
  // The next '>' and "}" at or after the current position, found again only
  // once passed, so a line full of unclosed '<' stays linear.
  std::size_t next_angle = raw.find('>');
  std::size_t next_brace = raw.find('}');
  std::size_t next_open = raw.find('<');  // The next '<' after the current one.
  const auto find_from = [&raw](char c, std::size_t from, std::size_t* cached) {
    if (*cached != std::string_view::npos && *cached < from) *cached = raw.find(c, from);
    return *cached;
  };
  std::size_t i = 0;
  while (i < raw.size()) {
    const char c = raw[i];
    if (c == '<' && i + 1 < raw.size() && IsTagStart(raw[i + 1])) {
      const std::size_t close = find_from('>', i + 1, &next_angle);
      const std::size_t open = find_from('<', i + 1, &next_open);
      // A tag holds no '<', and one that starts with a digit is a timestamp.
      const bool tag_like =
          close != std::string_view::npos && close < open &&
          (!IsAsciiDigit(raw[i + 1]) || ParseCueTime(raw.substr(i + 1, close - i - 1)).has_value());
      if (tag_like) {
        const std::string_view tag = raw.substr(i + 1, close - i - 1);
        const bool closing = tag.starts_with('/');
        const std::string_view body = closing ? tag.substr(1) : tag;
        const std::size_t name_end = body.find_first_of(" \t.");
        const std::string_view name = body.substr(0, name_end);
        if (!closing && name == "v" && out.voice.empty() && name_end != std::string_view::npos) {
          // "<v Name>" or "<v.class Name>": the annotation after the first space.
          const std::size_t space = body.find_first_of(" \t");
          if (space != std::string_view::npos) out.voice = std::string(Trim(body.substr(space)));
        }
        if (name == "rt") {
          ruby_text_depth = closing ? std::max(0, ruby_text_depth - 1) : ruby_text_depth + 1;
        }
        i = close + 1;
        continue;
      }
    }
    if (c == '{' && i + 1 < raw.size() && raw[i + 1] == '\\') {
      const std::size_t close = find_from('}', i + 2, &next_brace);
      if (close != std::string_view::npos) {
        i = close + 1;
        continue;
      }
    }
    if (ruby_text_depth > 0) {
      ++i;
      continue;
    }
    if (c == '&') {
      if (const std::size_t used = DecodeEntity(raw, i, &text)) {
        i += used;
        continue;
      }
    }
    text.push_back(c == '\t' ? ' ' : c);
    ++i;
  }
  // Collapse runs of spaces (tags removed between words leave doubles).
  std::string collapsed;
  collapsed.reserve(text.size());
  for (char c : text) {
    if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed.push_back(c);
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  out.text = std::move(collapsed);
  return out;
}

SpeakerPrefix FindSpeakerPrefix(std::string_view text) {
  SpeakerPrefix prefix;
  std::size_t pos = 0;
  bool chevron = false;
  if (text.starts_with(">>")) {
    // Broadcast captions mark each change of speaker with ">>".
    chevron = true;
    pos = 2;
    while (pos < text.size() && (text[pos] == '>' || IsSpace(text[pos]))) ++pos;
  }
  const std::string_view rest = text.substr(pos);
  prefix.skip = pos;
  if (rest.starts_with(kNote)) {
    prefix.kind = SpeakerPrefix::kNonSpeech;
    return prefix;
  }
  std::size_t open_length = 0;
  if (const std::string_view close = ClosingBracket(rest, &open_length); !close.empty()) {
    const std::size_t end = rest.find(close, open_length);
    if (end != std::string_view::npos) {
      const std::string_view inner = Trim(rest.substr(open_length, end - open_length));
      std::size_t after = end + close.size();
      while (after < rest.size() && IsSpace(rest[after])) ++after;
      if (rest.substr(after).starts_with(':')) ++after;
      if (rest.substr(after).starts_with(kFullColon)) after += kFullColon.size();
      while (after < rest.size() && IsSpace(rest[after])) ++after;
      if (after == rest.size()) {
        prefix.kind = SpeakerPrefix::kNonSpeech;  // "[Music]", "(laughs)", "【笑声】".
        return prefix;
      }
      // Only square brackets name speakers; "(laughs) yes" is text.
      const bool square = rest[0] == '[' || rest.starts_with("\xE3\x80\x90");
      if (square && IsPlausibleName(inner) && !IsSoundWord(inner)) {
        prefix.kind = SpeakerPrefix::kExplicit;
        prefix.name = std::string(inner);
        prefix.skip = pos + after;
      }
      return prefix;
    }
  }
  // "Name: text" or "Name：text"; an ASCII colon must be followed by a space so
  // that clock times and URLs are not read as labels.
  const std::size_t limit = std::min(rest.size(), kMaxLabelBytes);
  for (std::size_t i = 0; i < limit; ++i) {
    std::size_t colon_length = 0;
    if (rest[i] == ':' && i + 1 < rest.size() && IsSpace(rest[i + 1])) {
      colon_length = 1;
    } else if (rest.substr(i).starts_with(kFullColon)) {
      colon_length = kFullColon.size();
    } else {
      continue;
    }
    const std::string_view name = Trim(rest.substr(0, i));
    std::size_t after = i + colon_length;
    while (after < rest.size() && IsSpace(rest[after])) ++after;
    if (after < rest.size() && IsPlausibleName(name)) {
      prefix.kind = chevron ? SpeakerPrefix::kExplicit : SpeakerPrefix::kLabel;
      prefix.name = std::string(name);
      prefix.skip = pos + after;
    }
    break;
  }
  return prefix;
}

bool EndsSentence(std::string_view text) {
  text = Trim(text);
  std::size_t end = text.size();
  while (end > 0) {
    char32_t cp = 0;
    const std::size_t length = DecodeUtf8Before(text, end, &cp);
    switch (cp) {
      case '"':
      case '\'':
      case ')':
      case ']':
      case 0x201D:  // ”
      case 0x2019:  // ’
      case 0xFF09:  // ）
      case 0x300D:  // 」
      case 0x300F:  // 』
        end -= length;
        continue;
      case '.':
      case '?':
      case '!':
      case 0x2026:  // …
      case 0x3002:  // 。
      case 0xFF1F:  // ？
      case 0xFF01:  // ！
        return true;
      default:
        return false;
    }
  }
  return false;
}

void AppendCueText(std::string* text, std::string_view piece) {
  if (piece.empty()) return;
  if (!text->empty()) {
    char32_t before = 0;
    char32_t after = 0;
    DecodeUtf8Before(*text, text->size(), &before);
    DecodeUtf8At(piece, 0, &after);
    if (!(IsWide(before) && IsWide(after)) && text->back() != ' ') text->push_back(' ');
  }
  text->append(piece);
}

}  // namespace claimkb::internal
