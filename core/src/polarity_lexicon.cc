#include "polarity_lexicon.h"

#include <charconv>

#include "utf8_scan.h"

namespace claimkb::internal {

extern const std::string_view kPolarityEnTsv;
extern const std::string_view kPolarityZhTsv;

namespace {

// Chinese words are at most four ideographs (the generator keeps 2..4).
constexpr int kMaxChineseChars = 4;

// Up to eight bytes (two ideographs of three or four bytes) as one key.
std::uint64_t PackPrefix(std::string_view bytes) {
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < bytes.size() && i < 8; ++i)
    key = (key << 8) | static_cast<unsigned char>(bytes[i]);
  return key;
}

template <typename Map>
void ParseTsv(std::string_view tsv, Map* out) {
  std::size_t pos = 0;
  while (pos < tsv.size()) {
    std::size_t end = tsv.find('\n', pos);
    if (end == std::string_view::npos) end = tsv.size();
    const std::string_view line = tsv.substr(pos, end - pos);
    pos = end + 1;
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) continue;
    std::string_view number = line.substr(tab + 1);
    number = number.substr(0, number.find('\t'));
    double score = 0;
    const auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), score);
    if (ec != std::errc() || score == 0) continue;
    out->emplace(std::string(line.substr(0, tab)), score);
  }
}

}  // namespace

const PolarityLexicon& PolarityLexicon::Default() {
  static const PolarityLexicon lexicon(kPolarityEnTsv, kPolarityZhTsv);
  return lexicon;
}

PolarityLexicon::PolarityLexicon(std::string_view english_tsv, std::string_view chinese_tsv) {
  ParseTsv(english_tsv, &english_);
  ParseTsv(chinese_tsv, &chinese_);
  chinese_first_.assign(0x10000, false);
  chinese_second_.assign(0x10000, false);
  for (const auto& [word, score] : chinese_) {
    char32_t first = 0;
    char32_t second = 0;
    const std::size_t first_length = DecodeUtf8At(word, 0, &first);
    if (first_length < word.size()) DecodeUtf8At(word, first_length, &second);
    // A character beyond the BMP sets no bit and is let through to the lookup.
    if (first < 0x10000) chinese_first_[first] = true;
    if (second < 0x10000) chinese_second_[second] = true;
    std::size_t second_end = 0;
    for (int n = 0; n < 2 && second_end < word.size(); ++n) {
      char32_t cp = 0;
      second_end += DecodeUtf8At(word, second_end, &cp);
    }
    chinese_prefixes_.insert(PackPrefix(std::string_view(word).substr(0, second_end)));
  }
}

std::vector<PolarityMatch> PolarityLexicon::Scan(std::string_view text) const {
  std::vector<PolarityMatch> matches;
  std::string word;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char c = text[pos];
    if (IsAsciiAlpha(c)) {
      // A whole ASCII word: letters, inner hyphens and apostrophes.
      std::size_t end = pos;
      while (end < text.size() &&
             (IsAsciiAlpha(text[end]) || ((text[end] == '-' || text[end] == '\'') &&
                                          end + 1 < text.size() && IsAsciiAlpha(text[end + 1])))) {
        ++end;
      }
      const bool glued = (pos > 0 && IsAsciiDigit(text[pos - 1])) ||
                         (end < text.size() && IsAsciiDigit(text[end]));
      if (!glued) {  // "GPT-4o" and "3B" are names, not words.
        word.assign(text.substr(pos, end - pos));
        for (char& ch : word) ch = AsciiLower(ch);  // Short: no allocation.
        if (const auto it = english_.find(word); it != english_.end())
          matches.push_back({pos, end, it->second});
      }
      pos = end;
      continue;
    }
    char32_t cp = 0;
    const std::size_t length = DecodeUtf8At(text, pos, &cp);
    if (!IsCjkIdeograph(cp) || (cp < 0x10000 && !chinese_first_[cp])) {
      pos += length;
      continue;
    }
    // Ends of the next kMaxChineseChars ideographs, to try the longest first.
    // The first two decide whether any word starts here; most positions
    // stop at that one lookup.
    std::size_t ends[kMaxChineseChars] = {};
    int count = 0;
    std::size_t cursor = pos;
    const auto extend = [&](int limit) {
      while (count < limit && cursor < text.size()) {
        char32_t next = 0;
        const std::size_t next_length = DecodeUtf8At(text, cursor, &next);
        if (!IsCjkIdeograph(next)) break;
        cursor += next_length;
        ends[count++] = cursor;
      }
    };
    extend(2);
    bool matched = false;
    char32_t second = 0;
    if (count == 2) DecodeUtf8At(text, ends[0], &second);
    if (count < 2 || (second < 0x10000 && !chinese_second_[second]) ||
        !chinese_prefixes_.contains(PackPrefix(text.substr(pos, ends[1] - pos)))) {
      count = 0;
    } else {
      extend(kMaxChineseChars);
    }
    for (int n = count; n >= 2 && !matched; --n) {
      const auto it = chinese_.find(text.substr(pos, ends[n - 1] - pos));
      if (it == chinese_.end()) continue;
      matches.push_back({pos, ends[n - 1], it->second});
      pos = ends[n - 1];
      matched = true;
    }
    if (!matched) pos += length;
  }
  return matches;
}

}  // namespace claimkb::internal
