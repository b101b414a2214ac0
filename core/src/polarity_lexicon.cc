#include "polarity_lexicon.h"

#include <charconv>

#include "utf8_scan.h"

namespace claimkb::internal {

extern const std::string_view kPolarityEnTsv;
extern const std::string_view kPolarityZhTsv;

namespace {

// Chinese words are at most four ideographs (the generator keeps 2..4).
constexpr int kMaxChineseChars = 4;

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// True when the last character before byte `pos`, spaces skipped, is an
// ideograph: the word at `pos` sits in Chinese prose.
bool AfterIdeograph(std::string_view text, std::size_t pos) {
  while (pos > 0) {
    char32_t cp = 0;
    const std::size_t length = DecodeUtf8Before(text, pos, &cp);
    if (!IsSpaceChar(cp)) return IsCjkIdeograph(cp);
    pos -= length;
  }
  return false;
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

// Up to 16 bytes as two integers: the first eight, then the rest. UTF-8 of
// ideographs has no zero byte, so different words give different keys.
PolarityLexicon::PackedKey PolarityLexicon::Pack(std::string_view bytes) {
  PackedKey key;
  for (std::size_t i = 0; i < bytes.size() && i < 16; ++i) {
    std::uint64_t& half = i < 8 ? key.high : key.low;
    half = (half << 8) | static_cast<unsigned char>(bytes[i]);
  }
  return key;
}

void PolarityLexicon::FlatTable::Build(const std::vector<Slot>& entries) {
  std::size_t size = 16;
  shift_ = 60;
  while (size < entries.size() * 2) size *= 2, --shift_;  // At most half full.
  slots_.assign(size, Slot{});
  for (const Slot& entry : entries) {
    if (Find(entry.key) != nullptr) continue;
    std::size_t i = Home(entry.key);
    while (slots_[i].key.high != 0) i = (i + 1) & (size - 1);
    slots_[i] = entry;
  }
}

const PolarityLexicon::Slot* PolarityLexicon::FlatTable::Find(const PackedKey& key) const {
  if (slots_.empty()) return nullptr;
  std::size_t i = Home(key);
  while (slots_[i].key.high != 0) {
    if (slots_[i].key == key) return &slots_[i];
    i = (i + 1) & (slots_.size() - 1);
  }
  return nullptr;
}

const PolarityLexicon& PolarityLexicon::Default() {
  static const PolarityLexicon lexicon(kPolarityEnTsv, kPolarityZhTsv);
  return lexicon;
}

PolarityLexicon::PolarityLexicon(std::string_view english_tsv, std::string_view chinese_tsv) {
  ParseTsv(english_tsv, &english_);
  ParseTsv(chinese_tsv, &chinese_);
  chinese_first_.assign(0x10000, false);
  chinese_second_.assign(0x10000, false);
  std::vector<Slot> words, prefixes;
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
    prefixes.push_back({Pack(std::string_view(word).substr(0, second_end)), 1.0});
    words.push_back({Pack(word), score});
  }
  chinese_words_.Build(words);
  chinese_prefixes_.Build(prefixes);
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
      // "GPT-4o" and "3B" are names, not words; so is a capitalised word in
      // Chinese prose ("用 Excel 导出", "Perplexity 的回答"): English praise
      // or blame inside Chinese is written in lower case ("很 solid").
      if (!glued && !(IsAsciiUpper(c) && AfterIdeograph(text, pos))) {
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
        chinese_prefixes_.Find(Pack(text.substr(pos, ends[1] - pos))) == nullptr) {
      count = 0;
    } else {
      extend(kMaxChineseChars);
    }
    for (int n = count; n >= 2 && !matched; --n) {
      const Slot* slot = chinese_words_.Find(Pack(text.substr(pos, ends[n - 1] - pos)));
      if (slot == nullptr) continue;
      matches.push_back({pos, ends[n - 1], slot->score});
      pos = ends[n - 1];
      matched = true;
    }
    if (!matched) pos += length;
  }
  return matches;
}

}  // namespace claimkb::internal
