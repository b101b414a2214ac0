#include "utf8_scan.h"

#include "text_normalizer.h"

namespace claimkb::internal {

std::size_t DecodeUtf8At(std::string_view text, std::size_t pos, char32_t* cp) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  std::size_t length = 0;
  char32_t value = 0;
  if (lead < 0x80) {
    *cp = lead;
    return 1;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2;
    value = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    value = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    value = lead & 0x07;
  } else {
    *cp = 0xFFFD;
    return 1;
  }
  if (pos + length > text.size()) {
    *cp = 0xFFFD;
    return 1;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char next = byte(pos + i);
    if ((next & 0xC0) != 0x80) {
      *cp = 0xFFFD;
      return 1;
    }
    value = (value << 6) | (next & 0x3F);
  }
  *cp = value;
  return length;
}

std::size_t DecodeUtf8Before(std::string_view text, std::size_t pos, char32_t* cp) {
  if (pos == 0) return 0;
  std::size_t start = pos - 1;
  // Walk back over at most three continuation bytes to the lead byte.
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  const std::size_t length = DecodeUtf8At(text, start, cp);
  if (start + length != pos) {
    *cp = 0xFFFD;
    return 1;
  }
  return length;
}

bool IsCjkIdeograph(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FA1F);
}

bool IsContentChar(char32_t cp) {
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    return IsAsciiAlnum(c);
  }
  if (IsCjkIdeograph(cp)) return true;
  // Full-width letters and digits.
  if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
      (cp >= 0xFF41 && cp <= 0xFF5A)) {
    return true;
  }
  // Latin-1 and Latin Extended letters, Greek, Cyrillic, kana and Hangul.
  if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) return true;
  if (cp >= 0x370 && cp <= 0x4FF) return true;
  if (cp >= 0x3040 && cp <= 0x30FF) return true;
  if (cp >= 0xAC00 && cp <= 0xD7AF) return true;
  return false;
}

bool IsSpaceChar(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000 || cp == 0xA0;
}

int CountCodePoints(std::string_view text) {
  int count = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

int CountContentChars(std::string_view text) {
  int count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    pos += DecodeUtf8At(text, pos, &cp);
    if (IsContentChar(cp)) ++count;
  }
  return count;
}

std::u32string DecodeUtf32(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t cp = 0;
    pos += DecodeUtf8At(text, pos, &cp);
    out.push_back(cp);
  }
  return out;
}

std::string EncodeUtf8(std::u32string_view text) {
  std::string out;
  for (char32_t cp : text) AppendUtf8(cp, &out);
  return out;
}

}  // namespace claimkb::internal
