#include "claimkb/query/judged_head.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string>

#include "ascii_text.h"
#include "claimkb/core/opinion_holder.h"

namespace claimkb {
namespace {

using internal::AsciiLower;

bool IsWordByte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return std::isalnum(byte) || c == '_';
}

// Where one clause ends and the next begins: what a clause judges is named
// in that clause. "、" is no boundary: a list shares its clause; nor is a
// closing parenthesis: "将强化学习（RL）与预训练区分开来" is one clause.
constexpr auto kClauseEnds =
    std::to_array<std::string_view>({"，", ",", "。", "；", ";", "：", ":", "！", "!", "？", "?",
                                     "——", "—", "（", "(", "\n", ". ", "|", "｜"});

// Words that may open a clause before its subject: discourse markers,
// adverbs of time and degree, and the speaker's own opinion frame.
constexpr auto kLeadIns = std::to_array<std::string_view>(
    {"我觉得",   "我认为",   "我相信",   "我想",     "我直说",    "我看",     "我们觉得",
     "我们认为", "说实话",   "老实说",   "坦白说",   "其实",      "现在",     "目前",
     "如今",     "今天",     "所以",     "因此",     "因为",      "但是",     "可是",
     "不过",     "然而",     "而且",     "并且",     "那么",      "可以说",   "基本上",
     "实际上",   "事实上",   "总之",     "同时",     "此外",      "另外",     "当然",
     "显然",     "确实",     "真的",     "长期来看", "长期看",    "短期来看", "短期看",
     "整体上",   "总体上",   "首先",     "其次",     "最后",      "可能",     "也许",
     "或许",     "换句话说", "一方面",   "另一方面", "甚至",      "至少",     "最终",
     "后来",     "当时",     "那时",     "去年",     "今年",      "最近",     "过去",
     "未来",     "将来",     "但",       "而",       "那",        "这",       "也",
     "就",       "还",       "都",       "i think",  "i believe", "we think", "in my view",
     "honestly", "frankly",  "actually", "however",  "but",       "and",      "so",
     "yet",      "still",    "now",      "today",    "the",       "also",     "even",
     "maybe"});

// What joins two names in one list: "A 和 B 都很强" judges both.
constexpr auto kConnectives = std::to_array<std::string_view>(
    {"以及", "还有", "或者", "和", "与", "跟", "及", "或", "、", "/"});

// Opinion frames and markers of what a view is about: what follows is the
// judged thing ("Ilya 认为预训练……", "他对 RL 持批判态度", "对 X，田的立场是…").
constexpr auto kFrameEnds = std::to_array<std::string_view>(
    {"认为",  "觉得",   "相信",    "表示",     "指出",   "主张", "强调", "坦言",
     "直言",  "说",     "称",      "看来",     "对于",   "关于", "至于", "对",
     "think", "thinks", "believe", "believes", "argues", "says"});

// After the name: a circumstance ("X 时", "X 的时候", "X 之后"), what lies
// beyond it ("X 之外的对齐") or a generic
// head noun the name only modifies ("X 领域", "X 团队", "X 记忆").
constexpr auto kNotHeadAfter = std::to_array<std::string_view>(
    {"的时候", "时候", "之时", "时", "之后", "以后", "之前", "以前", "之外", "期间", "领域", "团队",
     "记忆", "标准", "社区", "论文"});

// A condition of absence opening a sentence: "没有 X，…", "without X, …".
constexpr auto kAbsence = std::to_array<std::string_view>(
    {"如果没有", "要是没有", "没有", "缺少", "缺乏", "without", "if there is no"});

// Quotes, brackets, spaces and Markdown marks carry no words.
constexpr auto kBlank =
    std::to_array<std::string_view>({" ", "\t", "“", "”", "\"", "‘", "’", "'", "「", "」", "『",
                                     "』", "《", "》", "*", "`", ">", "-"});

bool EatAny(std::string_view* text, std::string_view token) {
  return internal::EatWord(text, token);
}

template <std::size_t N>
bool EatOne(std::string_view* text, const std::array<std::string_view, N>& tokens) {
  return std::any_of(tokens.begin(), tokens.end(),
                     [&](std::string_view token) { return EatAny(text, token); });
}

bool EatOneOf(std::string_view* text, std::span<const std::string_view> tokens) {
  return std::any_of(tokens.begin(), tokens.end(),
                     [&](std::string_view token) { return EatAny(text, token); });
}

std::string_view TrimBlankEnd(std::string_view text) {
  for (bool trimmed = true; trimmed && !text.empty();) {
    trimmed = false;
    for (std::string_view blank : kBlank) {
      if (text.ends_with(blank)) {
        text.remove_suffix(blank.size());
        trimmed = true;
      }
    }
  }
  return text;
}

// A parenthesis glosses what stands before it ("Scaling Law（扩展规律）"):
// skipped like a blank.
bool EatParenthesis(std::string_view* text) {
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"},
                                    std::pair<std::string_view, std::string_view>{"(", ")"}}) {
    if (!text->starts_with(open)) continue;
    const std::size_t end = text->find(close);
    if (end == std::string_view::npos) return false;
    text->remove_prefix(end + close.size());
    return true;
  }
  return false;
}

// A span of time before the subject: "过去几个月", "最近两年", "未来三到五年",
// "这半年" — a lead-in word of time and a number of units, as "现在" is.
constexpr auto kTimeLeadIns =
    std::to_array<std::string_view>({"过去的", "过去", "最近", "未来的", "未来", "近", "这", "前"});
constexpr auto kCountWords = std::to_array<std::string_view>(
    {"几", "一", "两", "二", "三", "四", "五", "六", "七", "八", "九", "十", "半", "到", "至", "多"});
constexpr auto kTimeUnits = std::to_array<std::string_view>(
    {"个月", "个星期", "星期", "年", "月", "周", "天"});

bool EatTimeSpan(std::string_view* text) {
  std::string_view rest = *text;
  if (!EatOne(&rest, kTimeLeadIns)) return false;
  bool counted = false;
  while (EatOne(&rest, kCountWords)) counted = true;
  if (!counted || !EatOne(&rest, kTimeUnits)) return false;
  EatAny(&rest, "里");
  EatAny(&rest, "来");
  EatAny(&rest, "中");
  *text = rest;
  return true;
}

// The clause before the name holds only what may precede a subject.
bool OpensClause(std::string_view prefix, const std::vector<std::string>& others) {
  for (bool progress = true; progress && !prefix.empty();) {
    progress = EatOne(&prefix, kBlank) || EatParenthesis(&prefix) || EatTimeSpan(&prefix) ||
               EatOne(&prefix, kLeadIns) ||
               EatOne(&prefix, kConnectives) ||
               std::any_of(others.begin(), others.end(),
                           [&](const std::string& other) { return EatAny(&prefix, other); });
  }
  return prefix.empty();
}

bool FollowsFrame(std::string_view prefix) {
  prefix = TrimBlankEnd(prefix);
  for (std::string_view frame : kFrameEnds) {
    if (!prefix.ends_with(frame)) continue;
    // An English frame word must be a word of its own ("that" in "what").
    const std::size_t before = prefix.size() - frame.size();
    if (IsWordByte(frame.front()) && before > 0 && IsWordByte(prefix[before - 1])) continue;
    return true;
  }
  // "没有 RL 不行": an absence judges what is absent.
  for (std::string_view absence : kAbsence) {
    if (prefix.ends_with(absence)) return true;
  }
  // "最大的突破是 RLVR", "最强的是 rl": the superlative's focus.
  return prefix.ends_with("是") && prefix.find("最") != std::string_view::npos;
}

// "Rich Sutton 对 LLM 样本效率低下的批评", "Pass@k 对 RL 能力提升的质疑": after
// 对, a clause that ends in "的" and a short noun names someone's view of the
// thing (a noun phrase another verb takes, or a title), not a judgement.
bool NamesAViewOf(std::string_view prefix, std::string_view rest_of_clause) {
  prefix = TrimBlankEnd(prefix);
  if (!prefix.ends_with("对") && !prefix.ends_with("对于") && !prefix.ends_with("关于"))
    return false;
  // "对 X 的写法过于好了", "对 X 的描述不准确": the name owns a depiction or
  // a view of it, and the verdict that follows is on the depiction.
  constexpr auto kDepictions = std::to_array<std::string_view>(
      {"的写法", "的描写", "的描述", "的刻画", "的报道", "的叙述", "的评价", "的看法", "的印象"});
  if (std::any_of(kDepictions.begin(), kDepictions.end(), [&](std::string_view depiction) {
        return rest_of_clause.starts_with(depiction);
      })) {
    return true;
  }
  const std::size_t of = rest_of_clause.rfind("的");
  if (of == std::string_view::npos) return false;
  const std::string_view noun = rest_of_clause.substr(of + std::string_view("的").size());
  if (noun.empty() || noun.find(' ') != std::string_view::npos) return false;
  // At most three CJK characters (three bytes each): one noun.
  if (noun.size() <= 9) return true;
  // Up to six when it ends in a noun of analysis or opinion ("公开分析",
  // "早期的批评"): a longer noun phrase that still names a view of the thing.
  constexpr std::array<std::string_view, 8> kViewNouns = {"分析", "批评", "质疑", "看法",
                                                          "评价", "判断", "担忧", "解读"};
  return noun.size() <= 18 &&
         std::any_of(kViewNouns.begin(), kViewNouns.end(),
                     [&](std::string_view view) { return noun.ends_with(view); });
}

// "强化学习这一块，我们下力气还不够": a name set up as a topic (这一块, 这方面,
// 的话, 来说) whose comment has a person as its subject judges the person.
constexpr auto kTopicFrames = std::to_array<std::string_view>(
    {"这一块", "这块", "这方面", "这一方面", "这部分", "这件事", "的话", "来说"});
constexpr auto kPersonalSubjects =
    std::to_array<std::string_view>({"我们", "咱们", "他们", "她们", "你们", "大家", "人们", "我",
                                     "你", "他", "她", "we", "they", "people", "you"});

bool IsTopicOfAComment(std::string_view after) {
  if (!EatOne(&after, kTopicFrames)) return false;
  while (EatOne(&after, kBlank)) {
  }
  if (!EatAny(&after, "，") && !EatAny(&after, ",")) return false;
  while (EatOne(&after, kBlank) || EatOne(&after, kLeadIns)) {
  }
  return EatOne(&after, kPersonalSubjects);
}

// "他们首选的变成了——GPT、Claude还是Gemini": a clause that is nothing but
// names joined as alternatives (还是, "or") offers a choice; no stance is
// taken toward any of them.
bool IsOneOfAlternatives(std::string_view clause_on, std::string_view rest_of_clause,
                         const std::vector<std::string>& others) {
  std::string_view clause = clause_on;
  for (std::string_view end : kClauseEnds) clause = clause.substr(0, clause.find(end));
  if (clause.find("还是") == std::string_view::npos &&
      clause.find(" or ") == std::string_view::npos) {
    return false;
  }
  for (bool progress = true; progress && !rest_of_clause.empty();) {
    progress = EatOne(&rest_of_clause, kBlank) || EatOne(&rest_of_clause, kConnectives) ||
               EatAny(&rest_of_clause, "还是") || EatAny(&rest_of_clause, "or") ||
               std::any_of(others.begin(), others.end(), [&](const std::string& other) {
                 return EatAny(&rest_of_clause, other);
               });
  }
  while (EatOne(&rest_of_clause, kBlank)) {
  }
  return rest_of_clause.empty() || rest_of_clause == "." || rest_of_clause == "。";
}

// "Claude Code、Codex 等闭源产品把……": names before 等 are examples of the class
// the clause judges.
bool IsAnExample(std::string_view after, const std::vector<std::string>& others) {
  for (bool progress = true; progress && !after.empty();) {
    progress = EatOne(&after, kBlank) || EatOne(&after, kConnectives) ||
               std::any_of(others.begin(), others.end(),
                           [&](const std::string& other) { return EatAny(&after, other); });
  }
  return after.starts_with("等") || after.starts_with("之类") || after.starts_with("and other");
}

// "GPT-4 出来，然后那个 Bard 发布，应该说是一个失败": a name whose clause only
// tells that it came out, followed by the next event, sets the time of what
// the sentence goes on to judge.
constexpr auto kArrivals = std::to_array<std::string_view>(
    {"出来了", "出来", "发布了", "发布后", "发布", "推出了", "推出", "上线了", "上线", "问世",
     "面世", "came out", "was released", "launched"});

// The next clause goes on to the next event: "然后", "接着", "and then".
constexpr auto kThen =
    std::to_array<std::string_view>({"然后", "接着", "随后", "紧接着", "之后", "then", "and then"});

bool IsATimeAnchor(std::string_view after) {
  if (!EatOne(&after, kArrivals)) return false;
  while (EatOne(&after, kBlank)) {
  }
  // Only when the sentence goes on to another event: in "后来 X 发布了，很慢"
  // the next clause still speaks of X.
  if (!EatAny(&after, "，") && !EatAny(&after, ",")) return false;
  while (EatOne(&after, kBlank)) {
  }
  return EatOne(&after, kThen);
}

// "预训练需要提前半年到一年做架构下注", "预训练的架构决策需要提前半年": what a
// thing (or a part of it) requires is how it works, not how good it is. A need for more or better ("需要加强", "需要改进",
// "需要更多数据") is a verdict and is left alone.
constexpr auto kRequires = std::to_array<std::string_view>({"需要", "必须", "requires", "needs"});
constexpr auto kVerdictNeeds = std::to_array<std::string_view>(
    {"加强", "改进", "提升", "改善", "优化", "更多", "更好", "更强", "进一步", "大量",
     "improvement", "improving", "more", "better"});

bool StatesARequirement(std::string_view after) {
  // "预训练的架构决策需要提前半年": the requirement of a part of the name, a
  // noun of at most four ideographs after 的, is how the name works too.
  if (EatAny(&after, "的")) {
    std::size_t ideographs = 0;
    while (ideographs < 4 && after.size() >= 3 && static_cast<unsigned char>(after[0]) >= 0xE4 &&
           static_cast<unsigned char>(after[0]) <= 0xE9 &&
           !std::any_of(kRequires.begin(), kRequires.end(),
                        [&](std::string_view word) { return after.starts_with(word); })) {
      after.remove_prefix(3);
      ++ideographs;
    }
    if (ideographs == 0) return false;
  }
  while (EatOne(&after, kBlank) || EatOneOf(&after, internal::HolderAdverbs())) {
  }
  if (!EatOne(&after, kRequires)) return false;
  while (EatOne(&after, kBlank)) {
  }
  return !EatOne(&after, kVerdictNeeds);
}

// "基础模型侧的出发点是……", "模型端": a name before 侧 or 端 names a party
// of a market or a system (the side that makes foundation models), and the
// clause tells that party's aims or moves, not how good the thing is. Not
// 侧重 ("X 侧重推理" tells what X stresses) nor 端到端 (X's end-to-end
// design, an aspect of X).
bool NamesAParty(std::string_view after) {
  if (after.starts_with("侧")) return !after.starts_with("侧重");
  return after.starts_with("端") && !after.starts_with("端到端");
}

// "规模定律也是一篇，……那篇论文", "the X paper": a name that is a piece of
// writing (是一篇, X 这篇, "X paper") is the title of a publication; what is
// said of it (its influence, "这一点至关重要") judges the publication, not
// whether the idea holds. Only the name itself: "Claude 写了一篇报告" tells
// what Claude did.
constexpr auto kWritings = std::to_array<std::string_view>(
    {"一篇", "这篇", "那篇", "论文", "文章", "paper", "papers", "article"});

bool NamesAWriting(std::string_view after) {
  while (EatOne(&after, kBlank) || EatOneOf(&after, internal::HolderAdverbs())) {
  }
  EatAny(&after, "是");
  return EatOne(&after, kWritings);
}

bool IsHeadOccurrence(std::string_view text, std::size_t at, std::size_t length,
                      const std::vector<std::string>& others) {
  // The nearest clause boundary before the name; a parenthesis closed
  // before the name is a gloss inside the clause, not its start.
  std::size_t clause = 0;
  std::string_view opened_by;
  for (std::size_t limit = at;;) {
    clause = 0;
    opened_by = {};
    for (std::string_view end : kClauseEnds) {
      const std::size_t found = text.rfind(end, limit);
      if (found != std::string_view::npos && found + end.size() <= limit &&
          found + end.size() > clause) {
        clause = found + end.size();
        opened_by = end;
      }
    }
    const bool paren = opened_by == "（" || opened_by == "(";
    const std::string_view close = opened_by == "（" ? "）" : ")";
    if (!paren) break;
    const std::size_t closed = text.find(close, clause);
    if (closed == std::string_view::npos || closed >= at) break;
    limit = clause - opened_by.size();
  }
  // A name in a parenthesis is an aside (an example, a gloss): the
  // judgement outside it is of something else.
  if (opened_by == "（" || opened_by == "(") return false;
  // "没有 pre-training，RL 不会奏效": after a condition of absence the
  // judgement is of what is absent (its necessity), not of the name.
  if (clause > 0) {
    std::string_view opening = text.substr(0, clause);
    while (EatOne(&opening, kBlank) || EatOne(&opening, kLeadIns)) {
    }
    if (EatOne(&opening, kAbsence)) return false;
  }
  const std::string_view prefix = text.substr(clause, at - clause);
  if (!OpensClause(prefix, others) && !FollowsFrame(prefix)) return false;
  std::string_view after = text.substr(at + length);
  while (EatOne(&after, kBlank)) {
  }
  std::string_view rest_of_clause = after;
  for (std::string_view end : kClauseEnds) {
    rest_of_clause = rest_of_clause.substr(0, rest_of_clause.find(end));
  }
  if (NamesAViewOf(prefix, rest_of_clause)) return false;
  if (IsTopicOfAComment(after) ||
      IsOneOfAlternatives(text.substr(clause), rest_of_clause, others) ||
      IsAnExample(after, others) || IsATimeAnchor(after) || StatesARequirement(after)) {
    return false;
  }
  // "Claude 的记忆系统：……" labels a part of the name; what follows the
  // colon describes that part.
  if (after.starts_with("的")) {
    const std::size_t colon = std::min(after.find("："), after.find(":"));
    if (colon != std::string_view::npos) {
      bool ends_clause = true;
      for (std::string_view end : kClauseEnds) {
        const std::size_t found = after.find(end);
        if (found != std::string_view::npos && found < colon) ends_clause = false;
      }
      if (ends_clause) return false;
    }
  }
  // "pre-training + RL 是双支柱" judges the recipe, not either part of it.
  if (TrimBlankEnd(prefix).ends_with("+") || after.starts_with("+")) return false;
  if (internal::HoldsAView(after)) return false;
  if (NamesAParty(after) || NamesAWriting(after)) return false;
  return !EatOne(&after, kNotHeadAfter);
}

// "而不是直接采购 X", "rather than X": the option a choice passes over; "不是靠
// 某个特定 X，而是基模更好": the cause set aside for another.
constexpr auto kPassedOver = std::to_array<std::string_view>(
    {"而不是", "而非", "rather than", "instead of", "不是靠", "并非靠", "不是因为", "并非因为",
     "不是来自", "not because of", "not due to"});

// Verbs of using: "领先编码产品用 GPT-5 改变软件书写方式" names GPT-5 as the
// tool of what the products do.
constexpr auto kUsing =
    std::to_array<std::string_view>({"使用", "采用", "利用", "借助", "用", "using", "with"});

}  // namespace

bool NamedAsInstrument(std::string_view text, std::string_view surface) {
  if (surface.empty()) return false;
  const std::string folded = AsciiLower(text);
  const std::size_t at = folded.find(AsciiLower(surface));
  if (at == std::string::npos) return false;
  const std::string_view before = TrimBlankEnd(std::string_view(folded).substr(0, at));
  return std::any_of(kUsing.begin(), kUsing.end(), [&](std::string_view verb) {
    if (!before.ends_with(verb)) return false;
    // An English verb must be a word of its own ("with" in "forthwith").
    const std::size_t start = before.size() - verb.size();
    return !IsWordByte(verb.front()) || start == 0 || !IsWordByte(before[start - 1]);
  });
}

bool NamedAsPassedOver(std::string_view text, std::string_view surface) {
  if (surface.empty()) return false;
  const std::string folded = AsciiLower(text);
  const std::string name = AsciiLower(surface);
  const std::size_t at = folded.find(name);
  if (at == std::string::npos) return false;
  // The clause the first mention stands in, up to the name.
  std::size_t clause = 0;
  for (std::string_view end : kClauseEnds) {
    const std::size_t found = folded.rfind(end, at);
    if (found != std::string::npos && found + end.size() <= at) {
      clause = std::max(clause, found + end.size());
    }
  }
  const std::string_view prefix = std::string_view(folded).substr(clause, at - clause);
  return std::any_of(kPassedOver.begin(), kPassedOver.end(), [&](std::string_view mark) {
    return prefix.find(mark) != std::string_view::npos;
  });
}

namespace {

// Where the first whole-word occurrence of `name` starts in `folded`, or npos.
std::size_t FirstMention(std::string_view folded, std::string_view name) {
  for (std::size_t at = folded.find(name); at != std::string_view::npos;
       at = folded.find(name, at + 1)) {
    const std::size_t end = at + name.size();
    if ((IsWordByte(name.front()) && at > 0 && IsWordByte(folded[at - 1])) ||
        (IsWordByte(name.back()) && end < folded.size() && IsWordByte(folded[end]))) {
      continue;
    }
    return at;
  }
  return std::string_view::npos;
}

// Words by which a second clause agrees with the first ("X 很强，Y 也很强").
constexpr auto kAgreeing = std::to_array<std::string_view>(
    {"也", "都", "同样", "一样", "亦", "also", "too", "as well", "likewise"});

}  // namespace

bool NamedInTheNextClause(std::string_view text, std::string_view earlier, std::string_view later) {
  if (earlier.empty() || later.empty()) return false;
  const std::string folded = AsciiLower(text);
  const std::size_t first = FirstMention(folded, AsciiLower(earlier));
  const std::size_t second = FirstMention(folded, AsciiLower(later));
  if (first == std::string::npos || second == std::string::npos || second <= first) return false;
  // Exactly one clause boundary between the two names, and a comma or a
  // semicolon: a colon introduces what the first clause announces.
  const std::string_view between =
      std::string_view(folded).substr(first + earlier.size(), second - first - earlier.size());
  std::size_t boundaries = 0;
  bool plain = true;
  for (std::size_t at = 0; at < between.size();) {
    bool matched = false;
    for (std::string_view end : kClauseEnds) {
      if (!between.substr(at).starts_with(end)) continue;
      ++boundaries;
      plain = plain && (end == "，" || end == "," || end == "；" || end == ";");
      at += end.size();
      matched = true;
      break;
    }
    if (!matched) ++at;
  }
  if (boundaries != 1 || !plain) return false;
  // The later clause, to its end: a word of agreement joins the two verdicts.
  std::string_view clause = std::string_view(folded).substr(second + later.size());
  for (std::string_view end : kClauseEnds) clause = clause.substr(0, clause.find(end));
  return std::none_of(kAgreeing.begin(), kAgreeing.end(), [&](std::string_view word) {
    return clause.find(word) != std::string_view::npos;
  });
}

bool NamedInParenthesis(std::string_view text, std::string_view surface) {
  if (surface.empty()) return false;
  const std::string folded = AsciiLower(text);
  const std::size_t at = FirstMention(folded, AsciiLower(surface));
  if (at == std::string::npos) return false;
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"},
                                    std::pair<std::string_view, std::string_view>{"(", ")"}}) {
    const std::size_t opened = std::string_view(folded).rfind(open, at);
    if (opened == std::string::npos) continue;
    const std::size_t closed = std::string_view(folded).find(close, opened);
    if (closed == std::string::npos || closed > at) return true;
  }
  return false;
}

bool NamedAsOwnerOf(std::string_view text, std::string_view surface,
                    const std::vector<std::string_view>& others) {
  if (surface.empty()) return false;
  const std::string folded = AsciiLower(text);
  const std::size_t at = FirstMention(folded, AsciiLower(surface));
  if (at == std::string::npos) return false;
  std::string_view after = std::string_view(folded).substr(at + surface.size());
  while (EatOne(&after, kBlank)) {
  }
  if (!after.starts_with("的")) return false;
  after.remove_prefix(std::string_view("的").size());
  while (EatOne(&after, kBlank)) {
  }
  return std::any_of(others.begin(), others.end(), [&](std::string_view other) {
    return !other.empty() && after.starts_with(AsciiLower(other));
  });
}

bool NamedAsJudgedHead(std::string_view text, std::string_view surface,
                       const std::vector<std::string_view>& others) {
  if (surface.empty()) return true;
  const std::string folded = AsciiLower(text);
  const std::string name = AsciiLower(surface);
  std::vector<std::string> other_names;
  for (std::string_view other : others) {
    if (!other.empty()) other_names.push_back(AsciiLower(other));
  }
  for (std::size_t at = folded.find(name); at != std::string::npos;
       at = folded.find(name, at + 1)) {
    // A Latin name inside a longer word ("RL" in "RLHF") is another name.
    const std::size_t end = at + name.size();
    if ((IsWordByte(name.front()) && at > 0 && IsWordByte(folded[at - 1])) ||
        (IsWordByte(name.back()) && end < folded.size() && IsWordByte(folded[end]))) {
      continue;
    }
    // The first mention decides: the extractor reads the stance toward a
    // name from the judgement nearest its first mention, and a later clause
    // that names it again ("“pure RL”不太成立：RL 需要 pre-training") has its
    // own judgement, often another one.
    return IsHeadOccurrence(folded, at, name.size(), other_names);
  }
  return true;
}

}  // namespace claimkb
