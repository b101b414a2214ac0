#include "claimkb/query/shared_aspect.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <unordered_map>

namespace claimkb {
namespace {

// Decodes one UTF-8 code point at `i`, advancing it; U+FFFD on bad bytes.
char32_t Next(std::string_view text, std::size_t& i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  int extra = byte < 0x80 ? 0 : byte < 0xE0 ? 1 : byte < 0xF0 ? 2 : 3;
  char32_t cp = extra == 0 ? byte : byte & (0x3F >> extra);
  ++i;
  for (; extra > 0; --extra, ++i) {
    if (i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
  }
  return cp;
}

bool IsHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF);
}

// The one-character entries of data/crosslang/function_words_zh.txt (npm
// `stopword`, MIT) and a few more grammar characters (它其而但被让从没): a
// bigram holding one of them is grammar, not an aspect ("的是", "我们").
constexpr std::u32string_view kFunctionChars =
    U"一不与个中为么之也了于什他们会你做儿共几分到又及各向吗吧含"
    U"呢和哇哪哼啊啥嗯嘛在地多她对小就已年并很得我或把按日时是更"
    U"月有来某此每的看着秒第等该说请谁跟还这那都它其而但被让从没";

bool IsFunctionChar(char32_t cp) { return kFunctionChars.find(cp) != std::u32string_view::npos; }

// English function words of three letters or more (a subset of
// data/crosslang/function_words_en.txt): shared by any two sentences.
constexpr std::array<std::string_view, 40> kFunctionWords = {
    "the",  "and",   "for",  "not",  "but",   "with", "that",  "this", "are",   "was",
    "were", "has",   "have", "had",  "its",   "it's", "you",   "they", "their", "them",
    "from", "into",  "than", "then", "there", "what", "which", "who",  "will",  "would",
    "can",  "could", "just", "more", "most",  "all",  "any",   "some", "very",  "about"};

}  // namespace

std::vector<std::uint64_t> ContentUnits(std::string_view text) {
  std::vector<std::uint64_t> units;
  char32_t previous = 0;  // The last Chinese content character, 0 after anything else.
  std::string word;
  auto end_word = [&] {
    if (word.size() >= 3 &&
        std::find(kFunctionWords.begin(), kFunctionWords.end(), word) == kFunctionWords.end()) {
      units.push_back(std::hash<std::string>{}(word) | (std::uint64_t{1} << 63));
    }
    word.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = Next(text, i);
    if (cp < 0x80 && std::isalpha(static_cast<int>(cp))) {
      word.push_back(static_cast<char>(std::tolower(static_cast<int>(cp))));
      previous = 0;
      continue;
    }
    end_word();
    if (IsHan(cp) && !IsFunctionChar(cp)) {
      if (previous != 0) units.push_back((std::uint64_t{previous} << 21) | cp);
      previous = cp;
    } else {
      previous = 0;
    }
  }
  end_word();
  std::sort(units.begin(), units.end());
  units.erase(std::unique(units.begin(), units.end()), units.end());
  // Kept per claim for a whole chunk of the link step (a hundred thousand
  // claims): the room push_back left is most of a list's memory.
  units.shrink_to_fit();
  return units;
}

void KeepDistinctiveUnits(std::vector<std::vector<std::uint64_t>>& units) {
  std::unordered_map<std::uint64_t, std::size_t> holders;
  for (const auto& one : units) {
    for (std::uint64_t unit : one) ++holders[unit];
  }
  const std::size_t most = std::max<std::size_t>(2, units.size() / 100);
  for (auto& one : units) {
    std::erase_if(one, [&](std::uint64_t unit) { return holders[unit] > most; });
    one.shrink_to_fit();  // Most units are common: the list keeps its few.
  }
}

std::vector<std::uint64_t> NameUnits(const std::vector<std::string>& names) {
  std::vector<std::uint64_t> units;
  for (const std::string& name : names) {
    const auto more = ContentUnits(name);
    units.insert(units.end(), more.begin(), more.end());
  }
  std::sort(units.begin(), units.end());
  units.erase(std::unique(units.begin(), units.end()), units.end());
  return units;
}

bool SharesAspect(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b,
                  const std::vector<std::uint64_t>& names) {
  auto x = a.begin();
  auto y = b.begin();
  int shared = 0;
  while (x != a.end() && y != b.end()) {
    if (*x < *y) {
      ++x;
    } else if (*y < *x) {
      ++y;
    } else {
      if (!std::binary_search(names.begin(), names.end(), *x) && ++shared == 2) return true;
      ++x;
      ++y;
    }
  }
  return false;
}

}  // namespace claimkb

namespace claimkb {
namespace {

constexpr auto kAspectClauseMarks =
    std::to_array<std::string_view>({"，", ",", "；", ";", "：", ":", "。", "！", "!", "？", "?"});

// Words ending in 上 that are discourse adverbs or verbs, not an aspect.
constexpr auto kNotAspectUp = std::to_array<std::string_view>(
    {"事实上", "实际上", "基本上", "总体上", "整体上", "本质上", "理论上", "技术上", "加上", "以上",
     "马上", "再加上", "赶上", "追上", "跟上", "比不上", "算不上", "谈不上", "称得上"});

// 在 inside a word: 正在, 现在, 存在, 实在, 所在, 自在, 在于.
constexpr auto kNotAtBefore = std::to_array<std::string_view>({"正", "现", "存", "实", "所", "自"});
// 上 as a verb or part of one after 在…: 上升, 上涨, 上线, 上市, 上手, 上传, 上榜.
constexpr auto kNotAspectAfterUp =
    std::to_array<std::string_view>({"升", "涨", "线", "市", "手", "传", "榜", "映", "了"});

bool EndsWithAny(std::string_view text, const auto& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view word) { return text.ends_with(word); });
}

}  // namespace

bool LabelsAFeature(std::string_view text, std::string_view surface) {
  if (surface.empty()) return false;
  std::string folded(text);
  for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string name(surface);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string_view rest = folded;
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '*' || rest.front() == '-' ||
                           rest.front() == '>' || rest.front() == '#')) {
    rest.remove_prefix(1);
  }
  if (!rest.starts_with(name)) return false;
  rest.remove_prefix(name.size());
  while (rest.starts_with(" ") || rest.starts_with("*")) rest.remove_prefix(1);
  for (std::string_view colon : {"：", ":"}) {
    if (!rest.starts_with(colon)) continue;
    rest.remove_prefix(colon.size());
    while (rest.starts_with(" ")) rest.remove_prefix(1);
    return !rest.empty();
  }
  return false;
}

bool NamesAnAspect(std::string_view text) {
  std::string folded(text);
  for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (folded.find("in terms of") != std::string::npos ||
      folded.find("when it comes to") != std::string::npos) {
    return true;
  }
  // Clauses, in order.
  std::vector<std::string_view> clauses;
  std::string_view rest = folded;
  while (!rest.empty()) {
    std::size_t cut = rest.size();
    std::size_t width = 0;
    for (std::string_view mark : kAspectClauseMarks) {
      const std::size_t at = rest.find(mark);
      if (at < cut) {
        cut = at;
        width = mark.size();
      }
    }
    clauses.push_back(rest.substr(0, cut));
    rest.remove_prefix(std::min(rest.size(), cut + width));
  }
  for (std::size_t c = 0; c < clauses.size(); ++c) {
    std::string_view clause = clauses[c];
    while (clause.ends_with(" ")) clause.remove_suffix(1);
    // A clause that names the aspect before the next: "…上，X 仍达不到".
    if (c + 1 < clauses.size() &&
        (clause.ends_with("方面") || clause.ends_with("层面") ||
         (clause.ends_with("上") && !EndsWithAny(clause, kNotAspectUp)))) {
      return true;
    }
    // 在…上 within the clause: "X 在情节构造上更抓人".
    for (std::size_t at = clause.find("在"); at != std::string_view::npos;
         at = clause.find("在", at + 1)) {
      if (EndsWithAny(clause.substr(0, at), kNotAtBefore)) continue;
      const std::string_view after = clause.substr(at + std::string_view("在").size());
      if (after.starts_with("于")) continue;
      const std::size_t up = after.find("上");
      // At most twelve characters of aspect (three bytes each).
      if (up == std::string_view::npos || up == 0 || up > 36) continue;
      const std::string_view following = after.substr(up + std::string_view("上").size());
      if (std::any_of(kNotAspectAfterUp.begin(), kNotAspectAfterUp.end(),
                      [&](std::string_view word) { return following.starts_with(word); })) {
        continue;
      }
      return true;
    }
  }
  return false;
}

bool SpeaksOfCost(std::string_view text) {
  std::string folded(text);
  for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  constexpr auto kCost = std::to_array<std::string_view>(
      {"昂贵", "成本", "花费", "开销", "费用", "价格", "便宜", "很贵", "太贵", "更贵", "expensive",
       "cost", "cheap", "price", "pricey"});
  return std::any_of(kCost.begin(), kCost.end(),
                     [&](std::string_view word) { return folded.find(word) != std::string::npos; });
}

bool SpeaksOfABarrier(std::string_view text) {
  std::string folded(text);
  for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  constexpr auto kBarrier =
      std::to_array<std::string_view>({"障碍", "瓶颈", "真问题", "根本问题", "关键问题", "barrier",
                                       "bottleneck", "obstacle", "blocker"});
  return std::any_of(kBarrier.begin(), kBarrier.end(),
                     [&](std::string_view word) { return folded.find(word) != std::string::npos; });
}

bool SpeaksOfPopularity(std::string_view text) {
  std::string folded(text);
  for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  constexpr auto kPopularity = std::to_array<std::string_view>(
      {"使用量", "用户量", "下载量", "市场份额", "需求巨大", "需求很大", "需求旺盛", "受欢迎",
       "火起来", "爆火", "走红", "popular", "adoption", "usage share", "market share"});
  return std::any_of(kPopularity.begin(), kPopularity.end(),
                     [&](std::string_view word) { return folded.find(word) != std::string::npos; });
}

}  // namespace claimkb
