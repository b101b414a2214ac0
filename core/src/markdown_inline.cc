#include "markdown_inline.h"

#include <cstring>

namespace claimkb::internal {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsAsciiPunct(char c) {
  return c > 0 && std::strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) != nullptr;
}

std::size_t RunLength(std::string_view text, std::size_t i, char c) {
  std::size_t n = 0;
  while (i + n < text.size() && text[i + n] == c) ++n;
  return n;
}

// Link targets are searched only this far ahead, so that a line full of "["
// cannot make stripping quadratic.
constexpr std::size_t kMaxLinkSpan = 2048;

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string StripInline(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const char c = text[i];
    if (c == '\\' && i + 1 < n && IsAsciiPunct(text[i + 1])) {
      out += text[i + 1];
      i += 2;
      continue;
    }
    if (c == '`') {
      const std::size_t run = RunLength(text, i, '`');
      const std::size_t close = text.find(std::string(run, '`'), i + run);
      if (close != std::string_view::npos) {
        out += TrimView(text.substr(i + run, close - i - run));
        i = close + run;
      } else {
        out.append(run, '`');
        i += run;
      }
      continue;
    }
    // "[^1]": a footnote reference points to a source; it says nothing.
    if (c == '[' && i + 1 < n && text[i + 1] == '^') {
      const std::size_t close = text.find(']', i + 2);
      if (close != std::string_view::npos && close > i + 2 && close - i <= 34 &&
          text.substr(i + 2, close - i - 2).find_first_of(" \t[") == std::string_view::npos &&
          (close + 1 >= n || (text[close + 1] != ':' && text[close + 1] != '('))) {
        i = close + 1;
        continue;
      }
    }
    if (c == '[' || (c == '!' && i + 1 < n && text[i + 1] == '[')) {
      const std::size_t open = c == '!' ? i + 1 : i;
      if (text.substr(open, 2) == "[[") {
        const std::size_t close = text.find("]]", open + 2);
        if (close != std::string_view::npos && close - open < kMaxLinkSpan) {
          std::string_view inner = text.substr(open + 2, close - open - 2);
          const std::size_t bar = inner.find('|');
          if (bar != std::string_view::npos) inner = inner.substr(bar + 1);
          out += StripInline(inner);
          i = close + 2;
          continue;
        }
      }
      const std::size_t close = text.find(']', open + 1);
      if (close != std::string_view::npos && close - open < kMaxLinkSpan && close + 1 < n &&
          text[close + 1] == '(') {
        const std::size_t paren = text.find(')', close + 2);
        if (paren != std::string_view::npos && paren - close < kMaxLinkSpan) {
          out += StripInline(text.substr(open + 1, close - open - 1));
          i = paren + 1;
          continue;
        }
      }
      out += c;
      ++i;
      continue;
    }
    if (c == '*' || c == '=') {
      const std::size_t run = RunLength(text, i, c);
      const bool before_space = i == 0 || IsSpace(text[i - 1]);
      const bool after_space = i + run >= n || IsSpace(text[i + run]);
      // "==" marks come in pairs of exactly two; "=" alone is prose or maths.
      const bool is_mark = c == '*' ? run <= 3 : run == 2;
      if (is_mark && !(before_space && after_space)) {
        i += run;
        continue;
      }
      out.append(run, c);
      i += run;
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

std::vector<std::string> Highlights(std::string_view text) {
  std::vector<std::string> result;
  // Once a marker has no later partner, it never will: remembering that keeps
  // the scan linear on lines with many unmatched markers.
  bool no_more_bold = false;
  bool no_more_mark = false;
  std::size_t i = 0;
  while (i + 1 < text.size()) {
    if (text[i] == '`') {
      const std::size_t run = RunLength(text, i, '`');
      const std::size_t close = text.find(std::string(run, '`'), i + run);
      i = close == std::string_view::npos ? i + run : close + run;
      continue;
    }
    std::string_view marker;
    if (!no_more_mark && text.substr(i, 2) == "==") marker = "==";
    if (!no_more_bold && text.substr(i, 2) == "**") marker = "**";
    if (marker.empty()) {
      ++i;
      continue;
    }
    const std::size_t close = text.find(marker, i + 2);
    if (close == std::string_view::npos) {
      (marker == "**" ? no_more_bold : no_more_mark) = true;
      i += 2;
      continue;
    }
    std::string plain = StripInline(text.substr(i + 2, close - i - 2));
    const std::string_view trimmed = TrimView(plain);
    if (!trimmed.empty()) result.emplace_back(trimmed);
    i = close + 2;
  }
  return result;
}

}  // namespace claimkb::internal
