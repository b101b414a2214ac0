#include "claimkb/query/limit_verdict.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

#include "ascii_text.h"
#include "claimkb/query/belief_conditional.h"

namespace claimkb {
namespace {

using internal::AsciiLower;

constexpr auto kLimitWords =
    std::to_array<std::string_view>({"墙",          "极限",         "尽头",
                                     "到头",        "尾声",         "见顶",
                                     "触顶",        "终点",         "饱和",
                                     "停滞",        "已经结束",     "已结束",
                                     "快结束",      "要结束",       "即将结束",
                                     "收益递减",    "回报递减",     "递减收益",
                                     "wall",        "plateau",      "diminishing returns",
                                     "hit a limit", "hits a limit", "hitting a limit"});

// Slowing gains, not a wall: "确实有收益递减，但没有墙" is said by one who
// denies the limit, so these read as their own, weaker verdict.
constexpr auto kDiminishingWords =
    std::to_array<std::string_view>({"收益递减", "回报递减", "递减收益", "diminishing returns"});

// Words that hold a limit word without naming a limit.
constexpr auto kNotALimit = std::to_array<std::string_view>({"防火墙", "firewall", "walled"});

constexpr auto kNegators = std::to_array<std::string_view>(
    {"没", "未", "不", "无", "非", "no ", "not ", "n't", "never", "without"});

// Words that open with a negator character and negate nothing.
constexpr auto kFalseNegators =
    std::to_array<std::string_view>({"不断", "不仅", "不少", "无论", "不管", "非常"});

// Clause ends: a verdict in one clause does not reach the next.
constexpr auto kClauseEnds = std::to_array<std::string_view>(
    {"，", "。", "；", "！", "？", "：", ", ", "; ", ". ", "! ", "? ", ": "});

// How far back from a limit word a negator may stand, in UTF-8 bytes:
// eight Chinese characters ("没有任何要结束", "没看到“墙").
constexpr std::size_t kNegatorReach = 24;

// Whether the text before `at` (the start of a limit word) in its clause,
// at most kNegatorReach bytes back, holds a negator.
bool DeniedAt(std::string_view folded, std::size_t at) {
  std::size_t from = at > kNegatorReach ? at - kNegatorReach : 0;
  // Start on a UTF-8 lead byte.
  while (from < at && (static_cast<unsigned char>(folded[from]) & 0xC0) == 0x80) ++from;
  std::string_view before = folded.substr(from, at - from);
  for (std::string_view end : kClauseEnds) {
    const std::size_t cut = before.rfind(end);
    if (cut != std::string_view::npos) before = before.substr(cut + end.size());
  }
  for (std::string_view negator : kNegators) {
    for (std::size_t pos = before.find(negator); pos != std::string_view::npos;
         pos = before.find(negator, pos + 1)) {
      const std::string_view rest = before.substr(pos);
      bool false_negator = false;
      for (std::string_view word : kFalseNegators) {
        if (rest.starts_with(word)) false_negator = true;
      }
      // An English negator is a word of its own ("no " not "piano ").
      const bool latin = negator.front() >= 'a' && negator.front() <= 'z' && negator != "n't";
      if (latin && pos > 0 && std::isalpha(static_cast<unsigned char>(before[pos - 1]))) {
        false_negator = true;
      }
      if (!false_negator) return true;
    }
  }
  return false;
}

// The clause around `at`, from the last clause end before it to the first
// after it.
std::string_view ClauseAround(std::string_view folded, std::size_t at) {
  std::size_t begin = 0;
  std::size_t end = folded.size();
  for (std::string_view mark : kClauseEnds) {
    const std::size_t before = folded.rfind(mark, at);
    if (before != std::string_view::npos && before + mark.size() <= at) {
      begin = std::max(begin, before + mark.size());
    }
    const std::size_t after = folded.find(mark, at);
    if (after != std::string_view::npos) end = std::min(end, after);
  }
  return folded.substr(begin, end - begin);
}

// Verbs that make a limit a topic of talk, not a verdict: "讲他怎么看待 Scaling
// Law 的极限", "we discussed the wall"; and saying that reports what someone
// says ("大多数说自己撞墙的人", "你就会说“我们撞墙了”", "很多人说 Scaling Law
// 走到头了"). 说 alone is left: it opens "说实话" and "比如说".
constexpr auto kTalkOf = std::to_array<std::string_view>(
    {"看待", "讨论", "谈到", "谈论", "聊到", "关于", "说自己", "会说", "就说", "说“", "说「",
     "人说", "discuss", "talk about", "about the", "say they", "says they", "would say"});

// Words before a limit word in its clause that leave it open: a time ("担心
// 模型何时撞墙", "until we hit a wall") or a question ("是否接近数据饱和").
constexpr auto kOpenBefore = std::to_array<std::string_view>(
    {"何时", "什么时候", "是否", "能否", "会不会", "是不是", "until", "when ", "whether"});

// Whether `at` stands inside a parenthesis: an aside or an example ("（例如数据
// 已撞墙）"), not the claim's verdict.
bool InParenthesis(std::string_view folded, std::size_t at) {
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"},
                             std::pair<std::string_view, std::string_view>{"(", ")"}}) {
    const std::size_t opened = folded.rfind(open, at);
    if (opened == std::string_view::npos) continue;
    const std::size_t closed = folded.rfind(close, at);
    if (closed == std::string_view::npos || closed < opened) return true;
  }
  return false;
}

// Whether the limit word `word` at `at` of `folded` is part of a word that
// names no limit (防火墙) or, in English, of a longer word ("walls of").
bool NotALimitAt(std::string_view folded, std::size_t at, std::string_view word) {
  for (std::string_view other : kNotALimit) {
    const std::size_t start = folded.rfind(other, at);
    if (start != std::string_view::npos && start + other.size() >= at + word.size() &&
        start <= at) {
      return true;
    }
  }
  return word.front() >= 'a' && word.front() <= 'z' && at > 0 &&
         std::isalpha(static_cast<unsigned char>(folded[at - 1]));
}

}  // namespace

std::string LimitWordIn(std::string_view text) {
  const std::string folded = AsciiLower(text);
  for (std::string_view word : kLimitWords) {
    for (std::size_t at = folded.find(word); at != std::string::npos;
         at = folded.find(word, at + word.size())) {
      if (!NotALimitAt(folded, at, word)) return std::string(text.substr(at, word.size()));
    }
  }
  return {};
}

std::vector<std::string_view> LimitSearchWords() {
  std::vector<std::string_view> words = {"撞墙", "hit a wall"};
  for (std::string_view word : kLimitWords) {
    // The English forms of one phrase are one search: its words are stemmed.
    if (word != "hits a limit" && word != "hitting a limit") words.push_back(word);
  }
  return words;
}

LimitVerdict VerdictOnALimit(std::string_view text) { return ReadLimitStatement(text).verdict; }

LimitStatement ReadLimitStatement(std::string_view text) {
  const std::string folded = AsciiLower(text);
  LimitStatement found;
  for (std::string_view word : kLimitWords) {
    for (std::size_t at = folded.find(word); at != std::string::npos;
         at = folded.find(word, at + word.size())) {
      const bool inside_other = NotALimitAt(folded, at, word);
      // "在这套方案撞墙之前", "until we hit a wall": the limit is when
      // something else holds, a time, not a verdict.
      const std::string_view clause = ClauseAround(folded, at);
      const std::string_view lead =
          clause.substr(0, static_cast<std::size_t>(folded.data() + at - clause.data()));
      const std::string_view rest = std::string_view(folded).substr(at + word.size());
      bool a_time = rest.starts_with("之前") || rest.starts_with("以前");
      for (std::string_view open : kOpenBefore) {
        if (lead.find(open) != std::string_view::npos) a_time = true;
      }
      // "不是说 scaling 会撞墙吗？": a question asks for a verdict, it gives none.
      const std::string_view after_clause =
          std::string_view(folded).substr(clause.data() + clause.size() - folded.data());
      // (A "?" that ends the text ends no clause: kClauseEnds wants "? ".)
      const bool asked = after_clause.starts_with("？") || after_clause.starts_with("?") ||
                         (after_clause.empty() && clause.ends_with("?"));
      if (inside_other || a_time || asked || InParenthesis(folded, at)) continue;
      bool talk = false;
      for (std::string_view verb : kTalkOf) {
        if (lead.find(verb) != std::string_view::npos) talk = true;
      }
      // "如果你认为它能修好，那你会觉得“我们还没撞墙”": the view of whoever
      // holds the belief, not the speaker's (belief_conditional.h).
      if (talk || InConsequentOfABelief(folded, at)) continue;
      if (DeniedAt(folded, at)) return {LimitVerdict::kNotReached, std::string(clause)};
      const bool diminishing = std::find(kDiminishingWords.begin(), kDiminishingWords.end(),
                                         word) != kDiminishingWords.end();
      if (!diminishing && found.verdict != LimitVerdict::kReached) {
        found = {LimitVerdict::kReached, std::string(clause)};
      } else if (diminishing && found.verdict == LimitVerdict::kNone) {
        found = {LimitVerdict::kDiminishing, std::string(clause)};
      }
    }
  }
  return found;
}

}  // namespace claimkb
