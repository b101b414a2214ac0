#include "claimkb/query/term_tables.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>

#include "ascii_text.h"
#include "claimkb/core/file_bytes.h"
#include "claimkb/core/resources.h"
#include "claimkb/core/mapped_file.h"

namespace claimkb {
namespace {

using internal::AsciiLower;

Result<std::string> ReadFile(const std::string& path) {
  Result<std::string> text = ReadFileBytes(path);
  if (!text) {
    return MakeError(ErrorCode::kNotFound, fmt::format("cannot read {}", path),
                     "run data/crosslang/regenerate.py, or set CLAIMKB_CROSSLANG");
  }
  return text;
}

std::vector<std::string> SplitComma(std::string_view text) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t end = text.find(',', at);
    if (end == std::string_view::npos) end = text.size();
    if (end > at) out.emplace_back(text.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

const std::vector<std::string> kEmpty;

}  // namespace

std::string TermTables::DefaultDirectory() {
  if (const char* env = std::getenv("CLAIMKB_CROSSLANG"); env != nullptr && *env != '\0') {
    return env;
  }
  return FindResource("crosslang", "data/crosslang");
}

Result<std::shared_ptr<const TermTables>> TermTables::Load(const std::string& directory) {
  std::shared_ptr<TermTables> tables(new TermTables());
  for (const char* name : {"function_words_en.txt", "function_words_zh.txt"}) {
    auto text = ReadFile(directory + "/" + name);
    if (!text) return std::unexpected(text.error());
    std::istringstream in(*text);
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      tables->function_words_.insert(AsciiLower(line));
      if (static_cast<unsigned char>(line[0]) >= 0x80 && line.size() > 3) {
        tables->zh_phrases_.push_back(line);
      }
    }
  }
  std::stable_sort(tables->zh_phrases_.begin(), tables->zh_phrases_.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  const std::string ai_path = directory + "/ai_terms.tsv";
  auto ai = ReadFile(ai_path);
  if (!ai) return std::unexpected(ai.error());
  std::istringstream in(*ai);
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0) {
      return MakeError(ErrorCode::kParse,
                       fmt::format("{}:{}: expected english<TAB>chinese", ai_path, number));
    }
    const std::size_t tab2 = line.find('\t', tab + 1);
    std::string english = AsciiLower(line.substr(0, tab));
    std::string chinese =
        line.substr(tab + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab - 1);
    if (chinese.empty()) {
      return MakeError(ErrorCode::kParse,
                       fmt::format("{}:{}: empty Chinese term", ai_path, number));
    }
    auto add = [](std::vector<std::string>& list, const std::string& value) {
      if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
    };
    if (AsciiLower(chinese) != english) {
      add(tables->ai_en_zh_[english], chinese);
      add(tables->ai_zh_en_[chinese], english);
    }
    tables->max_zh_bytes_ = std::max(tables->max_zh_bytes_, chinese.size());
    tables->max_en_words_ =
        std::max(tables->max_en_words_,
                 static_cast<int>(std::count(english.begin(), english.end(), ' ')) + 1);
  }
  // Without the pinyin table (a directory of one's own made before it
  // existed) names in pinyin are simply not read.
  if (auto pinyin = internal::MappedFile::Open(directory + "/han_pinyin.tsv")) {
    tables->han_pinyin_ = std::move(*pinyin);
  }
  for (auto [name, table] : {std::pair{"cedict_en_zh.tsv", &tables->cedict_en_zh_},
                              std::pair{"cedict_zh_en.tsv", &tables->cedict_zh_en_}}) {
    auto mapped = internal::MappedFile::Open(directory + "/" + name);
    if (!mapped) {
      return MakeError(mapped.error().code, mapped.error().message,
                       "run data/crosslang/regenerate.py, or set CLAIMKB_CROSSLANG");
    }
    *table = std::move(*mapped);
  }
  return std::shared_ptr<const TermTables>(std::move(tables));
}

bool TermTables::IsFunctionWord(std::string_view word) const {
  return function_words_.find(word) != function_words_.end();
}

const std::vector<std::string>& TermTables::AiChinese(std::string_view english) const {
  auto it = ai_en_zh_.find(english);
  return it == ai_en_zh_.end() ? kEmpty : it->second;
}

const std::vector<std::string>& TermTables::AiEnglish(std::string_view chinese) const {
  auto it = ai_zh_en_.find(chinese);
  return it == ai_zh_en_.end() ? kEmpty : it->second;
}

std::size_t TermTables::LongestAiChinese(std::string_view text, std::size_t at) const {
  const std::size_t longest = std::min(max_zh_bytes_, text.size() - at);
  for (std::size_t n = longest; n >= 6; --n) {
    if (ai_zh_en_.count(text.substr(at, n)) > 0) return n;
  }
  return 0;
}

std::string_view TermTables::ValueOf(std::string_view file, std::string_view key) {
  // Lines are sorted by key as Python sorts strings (code points), which for
  // UTF-8 is byte order; comment lines ("#...") come first. The search runs
  // over byte offsets: an offset stands for the first line starting at or
  // after it, so no index of line starts is built.
  auto line_at = [&](std::size_t offset) {
    if (offset > 0 && file[offset - 1] != '\n') {
      const std::size_t next = file.find('\n', offset);
      offset = next == std::string_view::npos ? file.size() : next + 1;
    }
    return offset;
  };
  auto key_of = [&](std::size_t start) {
    std::size_t end = file.find_first_of("\t\n", start);
    if (end == std::string_view::npos) end = file.size();
    return file.substr(start, end - start);
  };
  // The first line that is neither a comment nor blank.
  std::size_t low = 0;
  while (low < file.size() && (file[low] == '#' || file[low] == '\n')) low = line_at(low + 1);
  // Invariant: every line starting before `low` has a key below `key`;
  // every line starting at or after line_at(high) does not.
  std::size_t high = file.size();
  while (low < high) {
    const std::size_t mid = low + (high - low) / 2;
    const std::size_t line = line_at(mid);
    if (line < file.size() && key_of(line) < key) {
      const std::size_t next = file.find('\n', line);
      low = next == std::string_view::npos ? file.size() : next + 1;
    } else {
      high = mid;
    }
  }
  const std::size_t found = line_at(low);
  if (found >= file.size() || key_of(found) != key) return {};
  const std::size_t value = found + key.size() + 1;
  if (value > file.size()) return {};
  std::size_t end = file.find('\n', value);
  if (end == std::string_view::npos) end = file.size();
  return file.substr(value, end - value);
}

std::vector<std::string> TermTables::Lookup(std::string_view file, std::string_view key) {
  return SplitComma(ValueOf(file, key));
}

std::vector<std::string> TermTables::Pinyin(std::string_view character, bool as_surname) const {
  // "单\tchan dan\tshan": the readings, then the surname readings.
  const std::string_view value = ValueOf(han_pinyin_.text(), character);
  const std::size_t tab = value.find('\t');
  std::string_view readings = value.substr(0, tab);
  if (as_surname && tab != std::string_view::npos && tab + 1 < value.size()) {
    readings = value.substr(tab + 1);  // A surname is read as one.
  }
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < readings.size()) {
    std::size_t end = readings.find(' ', start);
    if (end == std::string_view::npos) end = readings.size();
    if (end > start) out.emplace_back(readings.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::vector<std::string> TermTables::CedictChinese(std::string_view english) const {
  return Lookup(cedict_en_zh_.text(), english);
}

std::vector<std::string> TermTables::CedictEnglish(std::string_view chinese) const {
  return Lookup(cedict_zh_en_.text(), chinese);
}

bool TermTables::Knows(std::string_view english) const {
  return ai_en_zh_.count(english) > 0 || !CedictChinese(english).empty();
}

const TermTables::Readers& TermTables::PinyinReaders() const {
  std::call_once(readers_once_, [this] {
    // "单\tchan dan\tshan": a character, its readings, its surname readings.
    std::string_view file = han_pinyin_.text();
    auto add_all = [](std::string_view readings, const std::string& character,
                      std::map<std::string, std::vector<std::string>, std::less<>>* to) {
      std::size_t start = 0;
      while (start < readings.size()) {
        std::size_t end = readings.find(' ', start);
        if (end == std::string_view::npos) end = readings.size();
        if (end > start)
          (*to)[std::string(readings.substr(start, end - start))].push_back(character);
        start = end + 1;
      }
    };
    for (std::size_t at = 0; at < file.size();) {
      std::size_t end = file.find('\n', at);
      if (end == std::string_view::npos) end = file.size();
      const std::string_view line = file.substr(at, end - at);
      at = end + 1;
      if (line.empty() || line.front() == '#') continue;
      const std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      const std::string character(line.substr(0, tab));
      const std::string_view rest = line.substr(tab + 1);
      const std::size_t second = rest.find('\t');
      add_all(rest.substr(0, second), character, &readers_.plain);
      if (second != std::string_view::npos) {
        add_all(rest.substr(second + 1), character, &readers_.surname);
      }
    }
  });
  return readers_;
}

const std::vector<std::string>& TermTables::CharactersRead(std::string_view syllable,
                                                           bool as_surname) const {
  const auto& table = as_surname ? PinyinReaders().surname : PinyinReaders().plain;
  auto it = table.find(syllable);
  return it == table.end() ? kEmpty : it->second;
}

bool TermTables::IsPinyinSyllable(std::string_view syllable) const {
  return PinyinReaders().plain.count(syllable) > 0;
}

std::string TermTables::Lemma(std::string_view word) const {
  std::string w(word);
  // A possessive is its noun: agent's → agent.
  for (std::string_view suffix : {"'s", "\u2019s"}) {
    if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) {
      w.resize(w.size() - suffix.size());
      break;
    }
  }
  if (w.size() < 4 || Knows(w)) return w;
  // Irregular comparatives the suffix rules would get wrong (better → bet).
  if (w == "better" || w == "best") return "good";
  if (w == "worse" || w == "worst") return "bad";
  auto ends = [&](std::string_view suffix) {
    return w.size() > suffix.size() + 2 &&
           w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  std::vector<std::string> candidates;
  auto strip = [&](std::size_t n) { return w.substr(0, w.size() - n); };
  if (ends("ies")) candidates.push_back(strip(3) + "y");
  if (ends("es")) candidates.push_back(strip(2));
  if (ends("s") && !ends("ss")) candidates.push_back(strip(1));
  for (std::string_view suffix : {"er", "est"}) {
    if (!ends(suffix)) continue;
    std::string stem = strip(suffix.size());
    candidates.push_back(stem);                                     // cheaper → cheap
    candidates.push_back(stem + "e");                               // larger → large
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2]) {  // bigger → big
      candidates.push_back(stem.substr(0, stem.size() - 1));
    }
    if (!stem.empty() && stem.back() == 'i')
      candidates.push_back(stem.substr(0, stem.size() - 1) + "y");
  }
  // Verb forms: hallucinating → hallucinate, replaced → replace, fooled →
  // fool, running → run, applied → apply.
  for (std::string_view suffix : {"ing", "ed"}) {
    if (!ends(suffix)) continue;
    std::string stem = strip(suffix.size());
    candidates.push_back(stem);
    candidates.push_back(stem + "e");
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2]) {
      candidates.push_back(stem.substr(0, stem.size() - 1));
    }
    if (suffix == "ed" && !stem.empty() && stem.back() == 'i')
      candidates.push_back(stem.substr(0, stem.size() - 1) + "y");
  }
  for (const std::string& candidate : candidates) {
    if (Knows(candidate)) return candidate;
  }
  return w;
}

}  // namespace claimkb
