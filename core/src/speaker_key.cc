#include "speaker_key.h"

#include <algorithm>
#include <array>
#include <optional>

#include "utf8_scan.h"

namespace claimkb::internal {
namespace {

constexpr std::array<std::string_view, 6> kLabelWords = {"发言人",  "说话人",  "讲者",
                                                         "Speaker", "SPEAKER", "speaker"};
// Longest first, so that "就是" is not read as "就" and "是".
constexpr std::array<std::string_view, 10> kJoiners = {
    "就是", "是", "为", "\xEF\xBC\x9D", "=", "\xE2\x86\x92", "->", "\xEF\xBC\x9A", ":", "is "};
constexpr std::array<std::string_view, 9> kRoles = {
    "主持人", "主播", "主持", "嘉宾", "the host ", "the guest ", "our host ", "host ", "guest "};

// Words a key writes for a speaker it cannot name.
constexpr std::array<std::string_view, 9> kNoOne = {
    "未标注", "未知", "未识别", "不详", "待定", "匿名", "Unknown", "Unnamed", "Unidentified"};

std::size_t SkipSpaces(std::string_view text, std::size_t at) {
  while (at < text.size()) {
    char32_t cp = 0;
    const std::size_t length = DecodeUtf8At(text, at, &cp);
    if (!IsSpaceChar(cp)) break;
    at += length;
  }
  return at;
}

std::optional<std::string_view> PrefixAt(std::string_view text, std::size_t at, const auto& words) {
  for (std::string_view word : words) {
    if (text.substr(at).starts_with(word)) return word;
  }
  return std::nullopt;
}

// How many ideographs run from `at`, and where the run ends.
int IdeographsAt(std::string_view text, std::size_t at, std::size_t* end) {
  int count = 0;
  char32_t cp = 0;
  while (at < text.size()) {
    const std::size_t length = DecodeUtf8At(text, at, &cp);
    if (!IsCjkIdeograph(cp)) break;
    at += length;
    ++count;
  }
  *end = at;
  return count;
}

// The name at `at`: two to four ideographs, or one to three capitalised
// words (with the Chinese name after them, if one follows a space); its end
// in `*end`.
std::optional<std::string> NameAt(std::string_view text, std::size_t at, std::size_t* end) {
  if (at >= text.size()) return std::nullopt;
  std::size_t i = at;
  if (const int count = IdeographsAt(text, at, &i); count > 0) {
    if (count < 2 || count > 4) return std::nullopt;
  } else {
    int words = 0;
    while (i < text.size() && text[i] >= 'A' && text[i] <= 'Z' && words < 3) {
      std::size_t j = i + 1;
      while (j < text.size() && (IsAsciiAlpha(text[j]) || text[j] == '\'' || text[j] == '-')) {
        ++j;
      }
      i = j;
      ++words;
      if (i + 1 < text.size() && text[i] == ' ' && text[i + 1] >= 'A' && text[i + 1] <= 'Z') ++i;
    }
    if (words == 0 || (i < text.size() && IsAsciiAlnum(text[i]))) return std::nullopt;
    // "Ruby 沈若冰": an English name and the Chinese one after it.
    std::size_t chinese_end = i;
    if (i + 1 < text.size() && text[i] == ' ') {
      const int ideographs = IdeographsAt(text, i + 1, &chinese_end);
      if (ideographs >= 2 && ideographs <= 4) i = chinese_end;
    }
  }
  *end = i;
  return std::string(text.substr(at, i - at));
}

}  // namespace

std::vector<SpeakerKeyPair> FindSpeakerKeyPairs(std::string_view line) {
  std::vector<SpeakerKeyPair> pairs;
  std::size_t at = 0;
  while (at < line.size()) {
    // The next label word, found by search rather than tried at every code
    // point: this runs on every line of every digest. (A whole UTF-8
    // sequence matches only where a character starts.)
    std::size_t next = std::string_view::npos;
    std::string_view word;
    for (std::string_view candidate : kLabelWords) {
      const std::size_t found = line.find(candidate, at);
      if (found < next) next = found, word = candidate;
    }
    if (next == std::string_view::npos) break;
    at = next;
    std::size_t i = at + word.size();
    while (i < line.size() && (line[i] == ' ' || line[i] == '_')) ++i;
    const std::size_t digits = i;
    while (i < line.size() && IsAsciiDigit(line[i]) && i - digits < 3) ++i;
    if (i == digits || (i < line.size() && IsAsciiDigit(line[i]))) {
      at = i;
      continue;
    }
    const std::string label(line.substr(at, i - at));
    i = SkipSpaces(line, i);
    const std::optional<std::string_view> joiner = PrefixAt(line, i, kJoiners);
    if (!joiner) {
      at = i;
      continue;
    }
    i = SkipSpaces(line, i + joiner->size());
    if (const std::optional<std::string_view> role = PrefixAt(line, i, kRoles)) {
      i = SkipSpaces(line, i + role->size());
    }
    std::size_t end = i;
    if (std::optional<std::string> name = NameAt(line, i, &end)) {
      // "说话人 3 = 未标注": the key says it does not know.
      if (std::find(kNoOne.begin(), kNoOne.end(), *name) == kNoOne.end()) {
        const bool colon = *joiner == ":" || *joiner == "\xEF\xBC\x9A";
        pairs.push_back({label, std::move(*name), colon});
      }
      at = end;
    } else {
      at = i;
    }
  }
  return pairs;
}

std::optional<std::string> FindNameForLabel(std::string_view line, std::string_view label) {
  if (label.empty()) return std::nullopt;
  for (std::size_t at = line.find(label); at != std::string_view::npos;
       at = line.find(label, at + 1)) {
    // The label as a word of its own: not inside a longer Latin word.
    if ((at > 0 && IsAsciiAlnum(line[at - 1])) ||
        (at + label.size() < line.size() && IsAsciiAlnum(line[at + label.size()]) &&
         IsAsciiAlnum(label.back()))) {
      continue;
    }
    std::size_t i = SkipSpaces(line, at + label.size());
    const std::optional<std::string_view> joiner = PrefixAt(line, i, kJoiners);
    // A colon after a label opens its words ("Tina：…"), never a key.
    if (!joiner || *joiner == ":" || *joiner == "\xEF\xBC\x9A") continue;
    i = SkipSpaces(line, i + joiner->size());
    if (const std::optional<std::string_view> role = PrefixAt(line, i, kRoles)) {
      i = SkipSpaces(line, i + role->size());
    }
    std::size_t end = i;
    if (std::optional<std::string> name = NameAt(line, i, &end)) {
      if (std::find(kNoOne.begin(), kNoOne.end(), *name) == kNoOne.end()) return name;
    }
  }
  return std::nullopt;
}

}  // namespace claimkb::internal
