#include "claimkb/query/narration.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "ascii_text.h"

namespace claimkb {
namespace {

using internal::AsciiLower;
using internal::ContainsAny;

// "2024年", "24年", "8月", "8、9月": a date told in the claim. ASCII digits
// directly before 年 or 月 (a 、 between month numbers is part of the date).
bool HasDate(std::string_view text) {
  for (std::string_view unit : {std::string_view("年"), std::string_view("月")}) {
    for (std::size_t at = text.find(unit); at != std::string_view::npos;
         at = text.find(unit, at + unit.size())) {
      if (at > 0 && std::isdigit(static_cast<unsigned char>(text[at - 1]))) return true;
    }
  }
  return false;
}

// 那是 is left out ("那是因为" explains), and "used to" ("data used to train").
constexpr std::array<std::string_view, 25> kPastAnchors = {
    "当时",      "那时",      "那会",         "那年",    "那天",   "当年",      "后来",
    "起初",      "最初",      "一开始",       "曾经",    "早年",   "去年",      "前年",
    "上个月",    "自那以后",  "此后",         "那一年",  "之后就", "back then", "at the time",
    "years ago", "last year", "in the early", "at first"};

// 加入 is left out: "加入 RL 之后" adds a method, it tells no event.
// 进行了: "对 o3 未能解决的难题进行了新一轮的人工审查" tells what was done.
constexpr std::array<std::string_view, 31> kEventVerbs = {
    "发布了",   "宣布",      "推出了",   "上线了",   "收购",   "离开了",  "离职",     "创立",
    "创办",     "成立了",    "融资",     "卖给",     "出售",   "合作的",  "招募",     "挖走",
    "一起合作", "announced", "released", "launched", "joined", "founded", "acquired", "hired",
    "sold",     "shipped",   "挖人",     "成立之后", "成立后", "的成立",  "进行了"};

// An account of adoption ("尝试了 GPTs、采用了 MCP 标准"): what a team did with
// a thing, not what it is worth.
constexpr std::array<std::string_view, 4> kAdoption = {"采用了", "尝试了", "adopted", "tried out"};

constexpr std::array<std::string_view, 12> kFirstPersonUse = {
    "我用", "我们用", "我让", "我试了", "我试过",  "我们试了",
    "我把", "用它",   "拿它", "i used", "we used", "i asked"};

constexpr std::array<std::string_view, 35> kJudgement = {
    "认为",     "觉得",        "相信",       "看来",   "判断",       "主张",      "观点",
    "立场",     "我看",        "应该",       "应当",   "必须",       "显然",      "本质上",
    "根本",     "最大的",      "最好",       "最强",   "最重要",     "远远",      "关键在",
    "i think",  "i believe",   "in my view", "should", "must",       "clearly",   "the best",
    "the most", "the biggest", "不可能",     "值得",   "真正的问题", "i'd argue", "看作"};

// Others as the holders of the view: a crowd or an unnamed someone who says
// or thinks it.
constexpr std::array<std::string_view, 20> kOthersView = {"很多人说",
                                                          "很多人认为",
                                                          "很多人觉得",
                                                          "有人说",
                                                          "有人认为",
                                                          "有人觉得",
                                                          "大家都说",
                                                          "不少人认为",
                                                          "外界认为",
                                                          "一些人认为",
                                                          "许多人认为",
                                                          "人们常说",
                                                          "many people say",
                                                          "people say",
                                                          "some say",
                                                          "some people say",
                                                          "critics say",
                                                          "many think",
                                                          "conventional wisdom",
                                                          "it is often said"};

// Words about the standing of evidence: verification, proof, conjecture.
// 时点性 and 当前事实: a statement bound to the date it was made ("具有明显时点性，
// 不能…视为当前事实").
constexpr std::array<std::string_view, 27> kEvidenceCaveats = {
    "需要对照",   "需对照",       "有待核实",
    "未核实",     "需核实",       "需要核实",
    "需核对",     "未经证实",     "尚未证实",
    "尚未验证",   "有待验证",     "不能据此",
    "推演",       "假说",         "并非节目",
    "节目没有",   "节目未",       "不应当作",
    "证据边界",   "已具备的事实", "未公开",
    "时点性",     "当前事实",     "not verified",
    "unverified", "speculative",  "no evidence was given"};

// A line that files statements under a kind of statement ("“X 已经结束”和“谁能
// 追上”都是嘉宾的条件性预测", "均属于个人体验或市场观察"): it says what kind of
// claim they are, not whether they hold. A word that gathers (都是, 均为,
// 属于), then a noun of a kind of statement later in the same sentence.
constexpr std::array<std::string_view, 7> kFilingWords = {"都是", "均是", "均为", "都为",
                                                          "均属", "都属", "属于"};
constexpr std::array<std::string_view, 10> kKindsOfStatement = {
    "预测", "推测", "猜测", "推演", "判断", "主张", "看法", "个人体验", "观察", "假设"};

bool FilesStatementsByKind(std::string_view folded) {
  for (std::string_view filing : kFilingWords) {
    for (std::size_t at = folded.find(filing); at != std::string_view::npos;
         at = folded.find(filing, at + filing.size())) {
      std::string_view sentence = folded.substr(at + filing.size());
      for (std::string_view end : {"。", "；", "！", "? ", "？", ". ", "，"}) {
        sentence = sentence.substr(0, sentence.find(end));
      }
      if (ContainsAny(sentence, kKindsOfStatement)) return true;
    }
  }
  return false;
}

// "也不构成投资建议", "不构成事实背书": a disclaimer of what the page offers. Not
// "不构成威胁" (a verdict on what is not a threat): only the nouns of advice
// and endorsement.
constexpr std::array<std::string_view, 6> kDisclaimed = {"建议", "背书", "推荐",
                                                         "结论", "依据", "advice"};

bool Disclaims(std::string_view folded) {
  for (std::string_view denial :
       {std::string_view("不构成"), std::string_view("并不构成"),
        std::string_view("does not constitute"), std::string_view("is not investment")}) {
    for (std::size_t at = folded.find(denial); at != std::string_view::npos;
         at = folded.find(denial, at + denial.size())) {
      std::string_view rest = folded.substr(at + denial.size());
      for (std::string_view end : {"。", "；", "，", ". ", ";", ","}) {
        rest = rest.substr(0, rest.find(end));
      }
      if (ContainsAny(rest, kDisclaimed)) return true;
    }
  }
  return false;
}

// Words that call what the claim describes mistaken: "给了“多做预训=普遍变强”的
// 错觉" praises nothing, whatever its quoted words say.
constexpr std::array<std::string_view, 6> kIllusion = {"错觉",     "迷思", "假象",
                                                       "illusion", "myth", "fallacy"};

constexpr std::array<std::string_view, 8> kDenials = {"不是",   "并非",   "并不",  "未必",
                                                      "不代表", "不等于", "isn't", "is not"};

// A Markdown table row: cells between '|' state facts side by side.
bool IsTableRow(std::string_view text) { return std::count(text.begin(), text.end(), '|') >= 2; }

// "“Scaling Law 到头了”很多时候不是你发现了极限": a claim that opens with a
// quotation and denies it in the same clause answers the quoted view.
bool DeniesItsQuotation(std::string_view text) {
  while (text.starts_with(" ")) text.remove_prefix(1);
  if (!text.starts_with("“")) return false;
  const std::size_t close = text.find("”");
  if (close == std::string_view::npos) return false;
  std::string_view rest = text.substr(close + std::string_view("”").size());
  for (std::string_view end : {"，", "。", "；", ",", ";"}) {
    rest = rest.substr(0, rest.find(end));
  }
  return ContainsAny(AsciiLower(rest), kDenials);
}

// An image says what a thing is like ("预训练更像“crappy evolution”",
// "Transformer 像 cortical tissue"); an explanation gives the cause of a
// fact ("之所以还这么大，是因为互联网很脏"). Their tone is the image's or the
// cause's, not a verdict on what they describe.
// A role given ("预训练负责“吸收知识”") describes a division of labour too.
// An identity given: "ChatGPT-5 在某种意义上可以被认为是 O3.1".
// A division into kinds: "RL 目标函数又可分为客观奖励……和主观奖励" sorts, it
// does not weigh.
constexpr std::array<std::string_view, 21> kDescribing = {
    "更像",       "就像",           "好比",
    "类似于",     "可以被视为",     "之所以",
    "负责",       "可以被认为是",   "可以被看作",
    "可以看作",   "可看作",         "可被看作",
    "is like",    "akin to",        "is analogous",
    "the reason", "can be seen as", "可分为",
    "可以分为",   "可被分为",       "can be divided into"};

// "Transformer 像“cortical tissue”": 像 opening a quoted image. 像 alone is
// also "such as" ("像 GPT 这样的模型", "像“X”这样的问题"), and a denied
// likeness ("还不够像“可雇用的实习生”") is a verdict.
bool QuotedImage(std::string_view text) {
  for (std::string_view like : {std::string_view("像“"), std::string_view("像 “")}) {
    for (std::size_t at = text.find(like); at != std::string_view::npos;
         at = text.find(like, at + 1)) {
      const std::string_view before = text.substr(0, at);
      if (before.ends_with("不") || before.ends_with("够")) continue;
      std::string_view after = text.substr(at + like.size());
      const std::size_t close = after.find("”");
      if (close == std::string_view::npos) continue;
      after.remove_prefix(close + std::string_view("”").size());
      if (after.starts_with("这样") || after.starts_with("那样") || after.starts_with("之类")) {
        continue;
      }
      return true;
    }
  }
  return false;
}

// "X 并不是…，它是一个…框架", "X 并非一个新基准，而是对…的一次清洗": a denial
// corrected by what the thing is — a noun phrase opened by a classifier or
// by 对 — says what X is, not how good it is. A corrected verdict ("不是
// “无效”，而是“有效但昂贵”") is a verdict and is left alone.
constexpr std::array<std::string_view, 4> kCorrectedDenials = {"并不是", "不是", "并非", "不再是"};
constexpr std::array<std::string_view, 3> kCorrections = {"而是", "它是", "其实是"};
constexpr std::array<std::string_view, 9> kWhatItIs = {"一个", "一种", "一次", "一套", "一类",
                                                       "一门", "一场", "对",   "个"};

bool CorrectsWhatItIs(std::string_view text) {
  for (std::string_view denial : kCorrectedDenials) {
    const std::size_t at = text.find(denial);
    if (at == std::string_view::npos) continue;
    std::string_view rest = text.substr(at + denial.size());
    // The correction follows in the same sentence.
    rest = rest.substr(0, std::min(rest.find("。"), rest.find("；")));
    for (std::string_view correction : kCorrections) {
      for (std::size_t c = rest.find(correction); c != std::string_view::npos;
           c = rest.find(correction, c + 1)) {
        std::string_view complement = rest.substr(c + correction.size());
        while (complement.starts_with(" ")) complement.remove_prefix(1);
        if (std::any_of(kWhatItIs.begin(), kWhatItIs.end(),
                        [&](std::string_view opener) { return complement.starts_with(opener); })) {
          return true;
        }
      }
    }
  }
  return false;
}

// "后训练不再是预训练之后的一道轻量工序", "X 已不再是边缘流量，而是主流流量平台":
// a role the thing has left, denied without a word of verdict in what is
// denied, tells how its place changed; the extractor reads the bare
// negation as blame. "X 不再是最强的模型" denies a verdict and judges.
constexpr std::array<std::string_view, 2> kRoleLeft = {"不再是", "is no longer a"};
constexpr std::array<std::string_view, 12> kVerdictInRole = {"很", "不",   "没", "错", "好", "坏",
                                                             "最", "非常", "更", "强", "弱", "差"};

bool LeavesARole(std::string_view folded) {
  for (std::string_view mark : kRoleLeft) {
    const std::size_t at = folded.find(mark);
    if (at == std::string_view::npos) continue;
    std::string_view denied = folded.substr(at + mark.size());
    for (std::string_view end : {"，", "。", "；", "：", ",", ";", ":", "！", "!"}) {
      denied = denied.substr(0, denied.find(end));
    }
    while (denied.starts_with(" ")) denied.remove_prefix(1);
    if (denied.empty()) continue;
    if (std::none_of(kVerdictInRole.begin(), kVerdictInRole.end(), [&](std::string_view word) {
          return denied.find(word) != std::string_view::npos;
        })) {
      return true;
    }
  }
  return false;
}

// "RL 本质是搜索过程": what a thing is at heart, a noun phrase after 本质是,
// defines it. "本质上是错的" (an adjective with 的) and a complement with a
// degree, a negation or a verdict ("本质上是很好的方法", "本质上不是问题")
// judge.
constexpr std::array<std::string_view, 5> kAtHeart = {"本质上就是", "本质上是", "本质就是",
                                                      "本质是", "is essentially a"};
constexpr std::array<std::string_view, 8> kVerdictInComplement = {"很", "不", "没", "错",
                                                                  "好", "坏", "最", "非常"};

bool DefinesAtHeart(std::string_view text) {
  for (std::string_view mark : kAtHeart) {
    const std::size_t at = text.find(mark);
    if (at == std::string_view::npos) continue;
    std::string_view complement = text.substr(at + mark.size());
    for (std::string_view end : {"，", "。", "；", "：", ",", ";", ":", "！", "!", "（", "("}) {
      complement = complement.substr(0, complement.find(end));
    }
    while (complement.starts_with(" ")) complement.remove_prefix(1);
    while (complement.ends_with(" ") || complement.ends_with(".")) complement.remove_suffix(1);
    if (complement.empty() || complement.ends_with("的")) continue;
    if (std::any_of(kVerdictInComplement.begin(), kVerdictInComplement.end(),
                    [&](std::string_view word) {
                      return complement.find(word) != std::string_view::npos;
                    })) {
      continue;
    }
    return true;
  }
  return false;
}

// "Transformer实验8–64块（相当于今天2块）": a short line that states a number
// and weighs nothing — no degree, comparison, negation or verdict word — is a
// measurement; the tone read from it is not a verdict.
constexpr std::array<std::string_view, 22> kWeighing = {
    "更",   "最",   "很", "非常", "太",   "强",   "弱", "好", "差", "快", "慢",
    "领先", "落后", "超", "提升", "下降", "突破", "不", "没", "仅", "只", "比"};

// A role given by what a thing decides: "预训练权重……决定模型是否能举一反三"
// says what pre-training is for, not how well it does it.
bool DecidesWhether(std::string_view text) {
  const std::size_t decides = text.find("决定");
  return decides != std::string_view::npos && text.find("是否", decides) != std::string_view::npos;
}

bool StatesOnlyAMeasurement(std::string_view text) {
  bool digit = false;
  std::size_t han = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      digit = digit || std::isdigit(byte) != 0;
      ++i;
      continue;
    }
    const std::size_t width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
    // Ideographs (U+4E00..U+9FFF: E4 B8 80 .. E9 BF BF); punctuation is not counted.
    if (width == 3 && byte >= 0xE4 && byte <= 0xE9) ++han;
    i += width;
  }
  return digit && han <= 12 && !ContainsAny(text, kWeighing);
}

// An editor's words about the episode itself: what the discussion covered.
// 本页, 本文, 本总结: the summary page speaking of itself ("本页未做独立事件调查").
constexpr std::array<std::string_view, 10> kAboutTheEpisode = {
    "讨论", "本期",   "这期",         "节目",           "本页",
    "本文", "本总结", "this episode", "the discussion", "this page"};

// Verbs that give a view to its holder: "Amodei 认为……", "广密提出……".
constexpr std::array<std::string_view, 14> kAttribution = {
    "认为", "主张", "表示",   "指出",     "强调",   "坦言", "直言",
    "提出", "判断", "argues", "believes", "thinks", "says", "said"};

// A rebuttal: "Amodei 驳斥了 Sutton 对 LLM 样本效率低下的批评" carries the
// words of the view it rejects.
constexpr std::array<std::string_view, 7> kRebuttal = {
    "驳斥", "反驳", "否认", "refuted", "rebutted", "dismissed", "pushed back"};

// A hope or an expectation: "Sam Altman 对 GPT-5 最大的期待是“变得更聪明”",
// "我们希望它是一个非常好的基础模型".
constexpr std::array<std::string_view, 7> kWishes = {"希望",   "期待", "期望",        "hope",
                                                     "hoping", "wish", "look forward"};
// Verdicts measured against a hope: "不及期待", "超出期望", "没有希望" (hopeless),
// "有希望" (promising).
constexpr std::array<std::string_view, 10> kVerdictsOnHope = {
    "不及期", "超出期", "超过期", "低于期",   "高于期",
    "符合期", "辜负",   "有希望", "hopeless", "promising"};

// A denial of distinction: "并无特别突破", "不算特别干净", "not particularly
// good".
constexpr std::array<std::string_view, 10> kOnlyDistinctionDenied = {
    "并无特别", "没有特别",         "没什么特别",     "不是特别",        "不算特别",
    "并不特别", "not particularly", "not especially", "nothing special", "nothing remarkable"};

// Two sides of one verdict: a short predicate granted and withheld in one
// clause ("有效但昂贵", "powerful but expensive"), or a concession
// that goes on ("昂贵且仍在继续", "强，但仍不够", "yet still"). The stance read
// from such a claim is one of its two sides.
// Only 但 joins two predicates: 却, 不过 and 可是 mostly follow a subject
// ("X 却很好"), and a subject is no predicate granted.
constexpr std::array<std::string_view, 2> kContrasts = {"但是", "但"};
// Words that hold 但 without contrasting: "不但…而且" (not only), "非但".
constexpr std::array<std::string_view, 2> kNotContrastBefore = {"不", "非"};
constexpr std::array<std::string_view, 14> kGoesOn = {
    "且仍",   "但仍",   "却仍", "而仍",      "但依然",    "却依然",  "且依然",
    "但还是", "却还是", "但也", "yet still", "but still", "and yet", "but also"};
// Where a clause starts, for the length of what a contrast follows.
constexpr std::array<std::string_view, 16> kClauseMarks = {
    "，", ",", "。", "；", ";", "：", ":", "！", "!", "？", "?", "（", "(", "——", "、", "\n"};
// Marks that carry no words inside a clause.
constexpr std::array<std::string_view, 8> kQuoteMarks = {"“", "”", "\"", "‘", "’", "「", "」", " "};

std::string_view ClauseBefore(std::string_view text, std::size_t at) {
  std::size_t start = 0;
  for (std::string_view mark : kClauseMarks) {
    const std::size_t found = text.rfind(mark, at);
    if (found != std::string_view::npos && found + mark.size() <= at) {
      start = std::max(start, found + mark.size());
    }
  }
  return text.substr(start, at - start);
}

// Code points of `part` that are not quotes or spaces; ASCII words count one
// each.
std::size_t WordLength(std::string_view part) {
  std::size_t length = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < part.size();) {
    bool quote = false;
    for (std::string_view mark : kQuoteMarks) {
      if (part.substr(i).starts_with(mark)) {
        i += mark.size();
        quote = true;
        break;
      }
    }
    if (quote) {
      in_word = false;
      continue;
    }
    const auto byte = static_cast<unsigned char>(part[i]);
    if (byte < 0x80) {
      if (std::isalnum(byte) && !in_word) ++length;
      in_word = std::isalnum(byte) != 0;
      ++i;
      continue;
    }
    in_word = false;
    ++length;
    i += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
  }
  return length;
}

bool GrantsAndWithholds(std::string_view text) {
  for (std::string_view contrast : kContrasts) {
    for (std::size_t at = text.find(contrast); at != std::string_view::npos;
         at = text.find(contrast, at + contrast.size())) {
      const std::string_view clause = ClauseBefore(text, at);
      if (std::any_of(kNotContrastBefore.begin(), kNotContrastBefore.end(),
                      [&](std::string_view word) { return clause.ends_with(word); })) {
        continue;
      }
      if (text.substr(at).starts_with("但凡")) continue;
      // A short predicate right before the contrast, in its clause, and more
      // after: the Chinese words after any name ("X 有效但昂贵" grants 有效).
      // A name right before it ("GPT-5 但…") is no predicate.
      std::string_view predicate = clause;
      for (std::size_t i = predicate.size(); i > 0; --i) {
        if (static_cast<unsigned char>(predicate[i - 1]) < 0x80 && predicate[i - 1] != '"') {
          predicate.remove_prefix(i);
          break;
        }
      }
      const std::size_t length = WordLength(predicate);
      std::string_view after = text.substr(at + contrast.size());
      for (std::string_view mark : kClauseMarks) after = after.substr(0, after.find(mark));
      if (length >= 1 && length <= 4 && WordLength(after) >= 1) return true;
    }
  }
  // English: "powerful but expensive", a clause of at most three words
  // before "but".
  for (std::size_t at = text.find(" but "); at != std::string_view::npos;
       at = text.find(" but ", at + 1)) {
    const std::size_t length = WordLength(ClauseBefore(text, at));
    if (length >= 1 && length <= 3) return true;
  }
  return false;
}

// A concession cut from its main clause: "Sam Altman 认为 GPT-4 尽管强大"
// grants what the sentence went on to take back (the extractor cut the claim
// there). The last concessive word, with no clause after it.
constexpr std::array<std::string_view, 7> kConcessions = {
    "尽管", "虽然", "即使", "即便", "although", "even though", "despite"};

bool ConcessionWithoutMain(std::string_view folded) {
  std::size_t last = std::string_view::npos;
  std::size_t width = 0;
  for (std::string_view word : kConcessions) {
    const std::size_t at = folded.rfind(word);
    if (at != std::string_view::npos && (last == std::string_view::npos || at > last)) {
      last = at;
      width = word.size();
    }
  }
  if (last == std::string_view::npos) return false;
  const std::string_view rest = folded.substr(last + width);
  for (std::string_view mark : {"，", ",", "；", ";", "：", ":"}) {
    if (rest.find(mark) != std::string_view::npos) return false;
  }
  return true;
}

// A group as the holder of a view: "当时业内并没有……认为 GPT 那个路线就是 OK
// 的" tells what the industry thought, not what the speaker thinks. A group
// word, then a verb of thinking within the same sentence.
constexpr std::array<std::string_view, 8> kGroups = {"业内",   "业界", "行业里", "外界",
                                                     "市场上", "圈内", "圈里",   "the industry"};
constexpr std::array<std::string_view, 6> kThinking = {"认为", "觉得",     "相信",
                                                       "以为", "believed", "thought"};

bool GroupHoldsTheView(std::string_view folded) {
  for (std::string_view group : kGroups) {
    const std::size_t at = folded.find(group);
    if (at == std::string_view::npos) continue;
    std::string_view sentence = folded.substr(at + group.size());
    for (std::string_view end : {"。", "；", "! ", "！", ". "}) {
      sentence = sentence.substr(0, sentence.find(end));
    }
    if (ContainsAny(sentence, kThinking)) return true;
  }
  return false;
}

// Verbs that remedy a shortfall: "预训练用海量覆盖弥补了迁移能力的不足" names a
// shortfall the thing makes up for, and a criticism read from 不足 is praise.
constexpr std::array<std::string_view, 9> kRemedies = {
    "弥补", "克服了", "解决了", "修复了", "缓解了", "补足", "overcame", "fixes", "makes up for"};

// Absence before a name: "没有 pre-training 的 RL 是死胡同" argues that the
// name is needed.
constexpr std::array<std::string_view, 6> kAbsences = {"没有",   "缺少",    "缺乏",
                                                       "离不开", "without", "离开了"};

// "Scaling law 并非无效，而是需要指数级资源", "不是“无效”，而是“有效但昂贵”": a
// short verdict denied and corrected grants one side (not useless) and states
// the other.
constexpr std::array<std::string_view, 4> kDenyToCorrect = {"并不是", "不是", "并非", "not "};

bool DeniesAVerdictAndCorrects(std::string_view folded) {
  for (std::string_view denial : kDenyToCorrect) {
    for (std::size_t at = folded.find(denial); at != std::string_view::npos;
         at = folded.find(denial, at + denial.size())) {
      std::string_view rest = folded.substr(at + denial.size());
      const std::size_t correction = std::min(rest.find("而是"), rest.find("but rather"));
      if (correction == std::string_view::npos) continue;
      std::string_view denied = rest.substr(0, correction);
      while (denied.ends_with("，") || denied.ends_with(",") || denied.ends_with(" ")) {
        denied.remove_suffix(denied.ends_with(" ") || denied.ends_with(",") ? 1 : 3);
      }
      // One short word, quoted or not: 无效, “无效”, useless.
      const std::size_t length = WordLength(denied);
      if (length >= 1 && length <= 3) return true;
    }
  }
  return false;
}

}  // namespace

bool StatesTwoSides(std::string_view text) {
  const std::string folded = AsciiLower(text);
  return ContainsAny(folded, kGoesOn) || GrantsAndWithholds(folded) ||
         ConcessionWithoutMain(folded) || DeniesAVerdictAndCorrects(folded);
}

bool ExplainedByAbility(std::string_view text) {
  constexpr std::array<std::string_view, 8> kAbility = {
      "因为它能",       "因为它可以",      "因为它会",         "因为它太",
      "because it can", "because it's so", "because it is so", "since it can"};
  return ContainsAny(AsciiLower(text), kAbility);
}

bool DeniesOnlyDistinction(std::string_view text) {
  return ContainsAny(AsciiLower(text), kOnlyDistinctionDenied);
}

bool StatesAWish(std::string_view text) {
  const std::string folded = AsciiLower(text);
  return ContainsAny(folded, kWishes) && !ContainsAny(folded, kVerdictsOnHope);
}

bool DescribesTheEpisode(std::string_view text) {
  return ContainsAny(AsciiLower(text), kAboutTheEpisode);
}

bool AttributesView(std::string_view text) { return ContainsAny(AsciiLower(text), kAttribution); }

bool ReadsAgainstItsWords(std::string_view text) {
  const std::string folded = AsciiLower(text);
  return IsTableRow(text) || ContainsAny(folded, kIllusion) || ContainsAny(folded, kRebuttal) ||
         DeniesItsQuotation(text);
}

// What a thing is built on: "Apps SDK 构建于 MCP 之上" tells its foundation.
constexpr std::array<std::string_view, 4> kBuiltOn = {"构建于", "构建在", "建立于", "built on"};

// "Apps SDK 基于 MCP": 基于 after a name in its clause says what the thing is
// built on. Opening a clause ("基于这个判断，…", "（基于可验证奖励的…）") it
// gives a ground or a gloss instead.
bool StatesWhatItIsBuiltOn(std::string_view folded) {
  constexpr std::string_view kBasedOn = "基于";
  for (std::size_t at = folded.find(kBasedOn); at != std::string_view::npos;
       at = folded.find(kBasedOn, at + kBasedOn.size())) {
    std::string_view before = folded.substr(0, at);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (before.empty()) continue;
    bool opens = false;
    for (std::string_view mark : {"，", "。", "；", "：", "（", "(", ",", ";", ":", "“", "、"}) {
      if (before.ends_with(mark)) opens = true;
    }
    if (!opens) return true;
  }
  return false;
}

// "以前大家对这件事能不能做还没有广泛共识，X 展示了这种可能性": a denial
// anchored before a change (以前, 此前, "previously", "before
// that" opening the span, a negator later in its clause) tells how things
// stood until the thing changed them; the claim goes on to credit it, and
// the denial is no verdict on it. "比以前" compares with the past instead.
bool TellsTheStateBefore(std::string_view folded) {
  for (std::string_view anchor : {"以前", "此前", "previously", "before that"}) {
    for (std::size_t at = folded.find(anchor); at != std::string_view::npos;
         at = folded.find(anchor, at + anchor.size())) {
      if (folded.substr(0, at).ends_with("比")) continue;
      std::string_view clause = folded.substr(at + anchor.size());
      for (std::string_view end : {"，", "。", "；", "！", "？", ", ", ". ", "; "}) {
        clause = clause.substr(0, clause.find(end));
      }
      // What follows the clause, its end mark and closing marks left out.
      std::string_view after = folded.substr(at + anchor.size() + clause.size());
      bool trimmed = true;
      while (!after.empty() && trimmed) {
        trimmed = false;
        for (std::string_view mark : {"，", "。", "；", "！", "？", "”", ",", ".", ";", " "}) {
          if (after.starts_with(mark)) {
            after.remove_prefix(mark.size());
            trimmed = true;
          }
        }
      }
      if (after.empty()) continue;
      for (std::string_view negator : {"没", "不", "未", "无", "not ", "n't", "no "}) {
        if (clause.find(negator) != std::string_view::npos) return true;
      }
    }
  }
  return false;
}

bool DescribesRatherThanJudges(std::string_view text) {
  return ContainsAny(AsciiLower(text), kDescribing) || ContainsAny(AsciiLower(text), kBuiltOn) ||
         StatesWhatItIsBuiltOn(AsciiLower(text)) || TellsTheStateBefore(AsciiLower(text)) ||
         QuotedImage(text) || OnlyFindsItInteresting(text) || CorrectsWhatItIs(text) ||
         DefinesAtHeart(AsciiLower(text)) || StatesOnlyAMeasurement(text) || DecidesWhether(text) ||
         LeavesARole(AsciiLower(text));
}

bool OnlyFindsItInteresting(std::string_view text) {
  std::string folded = AsciiLower(text);
  while (!folded.empty() &&
         (folded.back() == ' ' || folded.back() == '.' || folded.back() == '!')) {
    folded.pop_back();
  }
  for (std::string_view stop : {std::string_view("。"), std::string_view("！")}) {
    if (folded.ends_with(stop)) folded.resize(folded.size() - stop.size());
  }
  // One clause: a comma or a full stop inside means more than the interest.
  for (std::string_view mark : {std::string_view("，"), std::string_view(","),
                                std::string_view("。"), std::string_view("；")}) {
    if (folded.find(mark) != std::string::npos) return false;
  }
  constexpr std::array<std::string_view, 6> kInterest = {
      "有意思", "有趣", "值得关注", "interesting", "fascinating", "intriguing"};
  return std::any_of(kInterest.begin(), kInterest.end(),
                     [&](std::string_view word) { return folded.ends_with(word); });
}

bool IsEvidenceCaveat(std::string_view text) {
  const std::string folded = AsciiLower(text);
  return ContainsAny(folded, kEvidenceCaveats) || FilesStatementsByKind(folded) ||
         Disclaims(folded);
}

bool ReportsOthersView(std::string_view text) {
  const std::string folded = AsciiLower(text);
  return ContainsAny(folded, kOthersView) || GroupHoldsTheView(folded);
}

bool RefersByPronoun(std::string_view text) {
  // Plural only: the extractor resolves a plural pronoun to the models and
  // products of the paragraph's previous line; a singular 它 or "it" is
  // often the law, the market or the sentence before ("它意味着……").
  constexpr std::array<std::string_view, 3> kChinese = {"它们", "这些模型", "这些产品"};
  if (ContainsAny(text, kChinese)) return true;
  // English pronouns as words of their own.
  const std::string folded = AsciiLower(text);
  for (std::string_view pronoun : {"they", "them"}) {
    for (std::size_t at = folded.find(pronoun); at != std::string::npos;
         at = folded.find(pronoun, at + 1)) {
      const std::size_t end = at + pronoun.size();
      const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(folded[at - 1]));
      const bool ends =
          end == folded.size() || !std::isalnum(static_cast<unsigned char>(folded[end]));
      if (starts && ends) return true;
    }
  }
  return false;
}

bool RemediesAProblem(std::string_view text) { return ContainsAny(AsciiLower(text), kRemedies); }

bool ArguesFromAbsence(std::string_view text, std::string_view surface) {
  if (surface.empty()) return false;
  const std::string folded = AsciiLower(text);
  const std::string name = AsciiLower(surface);
  for (std::string_view absence : kAbsences) {
    for (std::size_t at = folded.find(absence); at != std::string::npos;
         at = folded.find(absence, at + 1)) {
      std::string_view after = std::string_view(folded).substr(at + absence.size());
      while (after.starts_with(" ")) after.remove_prefix(1);
      if (after.starts_with(name)) return true;
    }
  }
  return false;
}

bool IsNarration(std::string_view text) {
  const std::string folded = AsciiLower(text);
  const bool narrative = HasDate(folded) || ContainsAny(folded, kPastAnchors) ||
                         ContainsAny(folded, kEventVerbs) || ContainsAny(folded, kAdoption) ||
                         ContainsAny(folded, kFirstPersonUse);
  return narrative && !ContainsAny(folded, kJudgement);
}

}  // namespace claimkb
