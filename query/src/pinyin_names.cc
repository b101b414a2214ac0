#include "pinyin_names.h"

#include <algorithm>
#include <cctype>

namespace claimkb::internal {
namespace {

std::size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  return 4;
}

}  // namespace

std::vector<std::string> PinyinNames(const TermTables& tables, std::string_view name) {
  std::vector<std::string> syllables;
  for (std::size_t at = 0; at < name.size();) {
    const std::size_t length = Utf8Length(static_cast<unsigned char>(name[at]));
    // Chinese characters of the basic plane are three bytes, from U+4E00.
    if (length != 3 || at + 3 > name.size() || static_cast<unsigned char>(name[at]) < 0xE4 ||
        static_cast<unsigned char>(name[at]) > 0xE9) {
      return {};
    }
    std::vector<std::string> readings = tables.Pinyin(name.substr(at, 3), syllables.empty());
    if (readings.empty()) return {};
    syllables.push_back(readings.front());
    at += 3;
  }
  if (syllables.size() < 2 || syllables.size() > 4) return {};
  std::string given, spaced;
  for (std::size_t i = 1; i < syllables.size(); ++i) {
    given += syllables[i];
    spaced += " " + syllables[i];
  }
  return {syllables[0] + " " + given, given + " " + syllables[0], syllables[0] + spaced};
}

std::vector<std::vector<std::string>> PinyinSyllables(const TermTables& tables,
                                                      std::string_view word) {
  std::vector<std::vector<std::string>> readings;
  if (tables.IsPinyinSyllable(word)) readings.push_back({std::string(word)});
  // A syllable has at least one letter and at most six ("zhuang").
  for (std::size_t cut = 1; cut < word.size(); ++cut) {
    const std::string_view first = word.substr(0, cut);
    const std::string_view second = word.substr(cut);
    if (first.size() > 6 || second.size() > 6) continue;
    if (tables.IsPinyinSyllable(first) && tables.IsPinyinSyllable(second)) {
      readings.push_back({std::string(first), std::string(second)});
    }
  }
  return readings;
}

std::vector<std::string> NamesFromPinyin(const TermTables& tables, std::string_view surname,
                                         std::string_view given,
                                         const std::function<bool(std::string_view)>& occurs,
                                         std::size_t limit) {
  std::vector<std::string> names;
  if (!occurs || limit == 0) return names;
  auto add = [&](const std::string& name) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    return names.size() >= limit;
  };
  for (const std::string& family : tables.CharactersRead(surname, true)) {
    for (const std::vector<std::string>& syllables : PinyinSyllables(tables, given)) {
      for (const std::string& first : tables.CharactersRead(syllables.front(), false)) {
        // Each pair of characters is checked as it is added, so that the
        // second syllable's characters are tried only after a first that
        // the index holds next to the surname.
        if (!occurs(family + first)) continue;
        if (syllables.size() == 1) {
          if (add(family + first)) return names;
          continue;
        }
        for (const std::string& second : tables.CharactersRead(syllables.back(), false)) {
          if (occurs(first + second) && occurs(family + first + second) &&
              add(family + first + second)) {
            return names;
          }
        }
      }
    }
  }
  return names;
}

std::vector<PinyinMention> FindPinyinNames(const TermTables& tables, std::string_view text,
                                           const std::function<bool(std::string_view)>& occurs,
                                           std::size_t limit) {
  // Capitalised ASCII words: an upper-case letter, then lower-case ones
  // ("Zhang", not "AI" or "zhang"), as English writes a name.
  struct Word {
    std::size_t begin, end;
    std::string lower;
  };
  std::vector<Word> words;
  for (std::size_t at = 0; at < text.size();) {
    if (!std::isalpha(static_cast<unsigned char>(text[at]))) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    const std::string_view word = text.substr(at, end - at);
    const bool capitalised =
        word.size() >= 2 && std::isupper(static_cast<unsigned char>(word[0])) &&
        std::all_of(word.begin() + 1, word.end(),
                    [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    // A word glued to a digit or another script is no name ("Gemini3").
    const bool bounded =
        (at == 0 || static_cast<unsigned char>(text[at - 1]) < 0x80) &&
        (end == text.size() || static_cast<unsigned char>(text[end]) < 0x80) &&
        (at == 0 || !std::isdigit(static_cast<unsigned char>(text[at - 1]))) &&
        (end == text.size() || !std::isdigit(static_cast<unsigned char>(text[end])));
    if (capitalised && bounded) {
      std::string lower(word);
      std::transform(lower.begin(), lower.end(), lower.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      words.push_back({at, end, std::move(lower)});
    } else {
      words.push_back({at, end, {}});  // Breaks a pair.
    }
    at = end;
  }
  std::vector<PinyinMention> found;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const Word& a = words[i];
    const Word& b = words[i + 1];
    // One space between the two words, as a name is written.
    if (a.lower.empty() || b.lower.empty() || b.begin != a.end + 1 || text[a.end] != ' ') continue;
    PinyinMention mention{a.begin, b.end, {}};
    for (const auto& [surname, given] :
         {std::pair{&a.lower, &b.lower}, std::pair{&b.lower, &a.lower}}) {
      if (!tables.IsPinyinSyllable(*surname)) continue;
      for (std::string& name : NamesFromPinyin(tables, *surname, *given, occurs, limit)) {
        if (mention.names.size() >= limit) break;
        if (std::find(mention.names.begin(), mention.names.end(), name) == mention.names.end()) {
          mention.names.push_back(std::move(name));
        }
      }
    }
    if (mention.names.empty()) continue;
    found.push_back(std::move(mention));
    ++i;  // The second word is taken.
  }
  return found;
}

}  // namespace claimkb::internal
