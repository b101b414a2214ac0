#include "claimkb/query/term_tables.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "ascii_text.h"
#include "claimkb/core/resources.h"

namespace claimkb {
namespace {

using internal::AsciiLower;

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return MakeError(ErrorCode::kNotFound, fmt::format("cannot read {}", path),
                     "run data/crosslang/regenerate.py, or set CLAIMKB_CROSSLANG");
  }
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Starts of the data lines (not comments, not empty) of a sorted table.
std::vector<std::size_t> DataLines(const std::string& text) {
  std::vector<std::size_t> lines;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    if (end > at && text[at] != '#') lines.push_back(at);
    at = end + 1;
  }
  return lines;
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
  auto en_zh = ReadFile(directory + "/cedict_en_zh.tsv");
  if (!en_zh) return std::unexpected(en_zh.error());
  tables->cedict_en_zh_ = std::move(*en_zh);
  tables->cedict_en_zh_lines_ = DataLines(tables->cedict_en_zh_);
  auto zh_en = ReadFile(directory + "/cedict_zh_en.tsv");
  if (!zh_en) return std::unexpected(zh_en.error());
  tables->cedict_zh_en_ = std::move(*zh_en);
  tables->cedict_zh_en_lines_ = DataLines(tables->cedict_zh_en_);
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

std::vector<std::string> TermTables::Lookup(const std::string& file,
                                            const std::vector<std::size_t>& lines,
                                            std::string_view key) {
  // Lines are sorted by key as Python sorts strings (code points), which for
  // UTF-8 is byte order.
  auto key_of = [&](std::size_t start) {
    std::size_t tab = file.find('\t', start);
    return std::string_view(file).substr(start, tab - start);
  };
  auto it =
      std::lower_bound(lines.begin(), lines.end(), key,
                       [&](std::size_t start, std::string_view k) { return key_of(start) < k; });
  if (it == lines.end() || key_of(*it) != key) return {};
  const std::size_t value = *it + key.size() + 1;
  std::size_t end = file.find('\n', value);
  if (end == std::string::npos) end = file.size();
  return SplitComma(std::string_view(file).substr(value, end - value));
}

std::vector<std::string> TermTables::CedictChinese(std::string_view english) const {
  return Lookup(cedict_en_zh_, cedict_en_zh_lines_, english);
}

std::vector<std::string> TermTables::CedictEnglish(std::string_view chinese) const {
  return Lookup(cedict_zh_en_, cedict_zh_en_lines_, chinese);
}

bool TermTables::Knows(std::string_view english) const {
  return ai_en_zh_.count(english) > 0 || !CedictChinese(english).empty();
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
