// Small ASCII helpers the query side's text rules share: English marks and
// terms are matched whatever their case, and a rule asks whether any of its
// marks occurs. Chinese text passes through unchanged.
#ifndef CLAIMKB_QUERY_SRC_ASCII_TEXT_H_
#define CLAIMKB_QUERY_SRC_ASCII_TEXT_H_

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

namespace claimkb::internal {

// `text` with ASCII capitals lowered; other bytes (UTF-8 included) kept.
inline std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Whether any of `marks` occurs in `text`.
template <std::size_t N>
bool ContainsAny(std::string_view text, const std::array<std::string_view, N>& marks) {
  return std::any_of(marks.begin(), marks.end(), [&](std::string_view mark) {
    return text.find(mark) != std::string_view::npos;
  });
}

}  // namespace claimkb::internal

#endif  // CLAIMKB_QUERY_SRC_ASCII_TEXT_H_
