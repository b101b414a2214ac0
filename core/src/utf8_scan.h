// Private helpers of the claim extractor for walking UTF-8 text code point by
// code point. The extractor scans bytes instead of using std::regex, which is
// far too slow for the hot loops over a whole corpus.
#ifndef CLAIMKB_CORE_UTF8_SCAN_H_
#define CLAIMKB_CORE_UTF8_SCAN_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace claimkb::internal {

// Decodes the code point that starts at byte `pos` of `text` into `*cp` and
// returns its length in bytes. An invalid or truncated sequence yields U+FFFD
// and length 1, so a caller always makes progress.
std::size_t DecodeUtf8At(std::string_view text, std::size_t pos, char32_t* cp);

// Whether some code point of `text` satisfies `test` (a sentence break, a
// clause mark).
template <class Test>
bool AnyCodePoint(std::string_view text, const Test& test) {
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t cp = 0;
    pos += DecodeUtf8At(text, pos, &cp);
    if (test(cp)) return true;
  }
  return false;
}

// Decodes the code point that ends just before byte `pos`; returns its length
// (0 when `pos` is 0).
std::size_t DecodeUtf8Before(std::string_view text, std::size_t pos, char32_t* cp);

// CJK ideographs (the unified blocks and extension A).
bool IsCjkIdeograph(char32_t cp);

// Letters, digits and ideographs: the characters that carry content, as
// opposed to punctuation, symbols and white space.
bool IsContentChar(char32_t cp);

// White space, ASCII and the ideographic space.
bool IsSpaceChar(char32_t cp);

inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
inline char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Code points in `text`.
int CountCodePoints(std::string_view text);

// `text` as code points (invalid sequences as U+FFFD), and back to UTF-8:
// for readers that look at characters around a position both ways.
std::u32string DecodeUtf32(std::string_view text);
std::string EncodeUtf8(std::u32string_view text);

// Content characters (see IsContentChar) in `text`.
int CountContentChars(std::string_view text);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_UTF8_SCAN_H_
