#include "stance_classifier.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>

#include "change_frame.h"
#include "claimkb/core/opinion_holder.h"
#include "cue_scanner.h"
#include "polarity_lexicon.h"
#include "stance_features.h"
#include "utf8_scan.h"

namespace claimkb::internal {
namespace {

// Words of denied belief, weak negators whose reach is the rest of their
// clause (a weak negator's) and which deny a fault there too
// (DenyLexiconFaults).
constexpr std::string_view kDeniedBeliefs[] = {
    "不认为",         "并不认为",         "不觉得",          "don't think",
    "do not think",   "doesn't think",    "does not think",  "don't believe",
    "do not believe", "doesn't believe",  "does not believe"};

// Dismissals ("榜单第一又怎样", "so what if it tops the chart"): what they
// follow counts for nothing, and the question they ask is rhetorical, so
// they judge in a question too.
constexpr std::string_view kDismissals[] = {"又怎样", "又怎么样", "又如何", "又能怎样",
                                            "so what if"};

// Whether a matched cue is one of kDismissals. The scanner folds case and
// the list is lower case.
bool IsDismissal(std::string_view cue) {
  return std::any_of(std::begin(kDismissals), std::end(kDismissals), [&](std::string_view word) {
    return std::equal(cue.begin(), cue.end(), word.begin(), word.end(),
                      [](char a, char b) { return AsciiLower(a) == b; });
  });
}

enum StanceTag {
  kNeutralWord = 0,  // Words that contain a cue but are not one: 不仅, 不同, 非常.
  kPositive,
  kNegative,
  kNegator,          // Flips the next cue in its clause: 不, 没有, not.
  kWeakNegator,      // Flips like a negator, and is negative on its own: 未必, 难以.
  kWorseThan,        // "A 不如 B": A loses, B wins.
  kBetterThan,       // "A 超过 B": A wins, B loses.
  kCompare,          // 比 in "A 比 B 更强": marks where the compared side starts.
  kMore,             // 更强, 更好: praise, or a comparison after 比.
  kRelief,           // 缓解, 修复: praise, and turns problems in its clause into praise.
  kReducer,          // 降低, 减少: turns problems in its clause into praise.
  kSeeming,          // 看起来, 看似: the praise that follows is only appearance.
  kMixedCue,         // 有得有失, 利弊, 双刃剑: praise and blame at once.
  kWeakPositive,     // 仍有, 仍会: persistence, praise only when nothing else judges.
  kPivot,            // 但, 不过, 因此, however: what follows is the claim's point.
  kConcession,       // 虽然, 就算, even if: its clause yields to the rest.
  kRequirement,      // 需要, 在于, 取决于: the praise that follows is what is needed.
  kOpenQuestion,     // 是否, 能否, whether: what follows is asked, not asserted.
  kNotEqual,         // 不等于, 不代表: criticism, and the praise after it is only denied.
  kLack,             // 没有: flips the next cue; alone, what is missing is weak criticism.
  kPreferOver,       // "A 而不是 B", "A rather than B": A is preferred, B rejected.
  kLexPositive,      // A polarity-lexicon word that praises (no hand cue covers it).
  kLexNegative,      // A polarity-lexicon word that criticises.
  kCounterpoint,     // 倒是, 反倒: the clause sets one side against another.
  kCaveat,           // 只是: a mild turn; a pivot, or a caveat after praise.
  kDeniedStatement,  // 不能说, I wouldn't say: flips the first judgement of its clause.
};

// A cue found in the text: a hand cue, or a polarity-lexicon word with its
// weight (|score|).
struct StanceCue {
  std::size_t begin = 0;
  std::size_t end = 0;
  int tag = 0;
  double weight = 1.0;
};

// What words cannot convey, or can only call striking: a degree of what
// follows, never an inability or a fault (the stance cues and the frame read
// them alike).
constexpr std::string_view kDegreeNotFault[] = {
    "很难用语言", "难以用语言", "无法用语言", "没法用语言", "难以形容", "无法形容", "很难形容",
    "难以言表", "无以言表", "难以言喻", "无法言喻", "不可言喻", "hard to overstate",
    "impossible to overstate", "cannot overstate", "can't overstate", "hard to put into words",
    // "更夸张的是" opens what is even more striking: speech's amazement, not
    // an exaggeration blamed.
    "更夸张的是", "最夸张的是"};

const CueScanner& StanceScanner() {
  static const CueScanner scanner([] {
    std::vector<Cue> cues;
    const auto add = [&cues](std::initializer_list<std::string_view> words, int tag) {
      for (std::string_view word : words) cues.push_back({word, tag});
    };
    add({"不仅",     "不只",     "不断",     "不同",     "不少",        "不久",
         "不管",     "不论",     "不得不",   "非常",     "无论",        "毫无疑问",
         "不止",     "没想到",   "难道",     "难怪",     "不要说",      "无需",
         "不用说",   "很难说",   "not only", "no doubt", "nothing but", "problem-solving",
         "不言而喻", "值得注意", "值得一提", "点赞",     "转发支持",    "关注支持",
         "支持一下", "需求",     "提前",     "必需品",   "不可或缺",    "必不可少",
         "但凡",     "不但",     "大而全",   "做大而全", "可解释",      "难度",
         "防御",     "误差",     "心脏",     "强调"},
        kNeutralWord);
    // What words cannot convey ("很难用语言形容这个项目的投入程度") says how
    // large, not that something failed; the frame reads it as a degree.
    for (std::string_view word : kDegreeNotFault) cues.push_back({word, kNeutralWord});
    // "Not merely X" limits X without denying it: the judgement inside X
    // ("不能只是包一层容易被吞掉的界面") stands.
    add({"不能只是", "不能只", "不只是", "不仅仅", "不能仅仅", "不应只是", "不应该只是",
         "not just", "not merely"},
        kNeutralWord);
    add({"惊艳",
         "惊喜",
         "显著领先",
         "亮眼",
         "很强",
         "强大",
         "强项",
         "优势",
         "优点",
         "长处",
         "提升",
         "提高",
         "增强",
         "进步",
         "改进",
         "抓人",
         "出色",
         "优秀",
         "厉害",
         "不错",
         "好用",
         "满意",
         "认可",
         "支持",
         "看好",
         "喜欢",
         "推荐",
         "最高",
         "最强",
         "最好",
         "霸榜",
         "接近",
         "质变",
         "跃升",
         "飞跃",
         "起色",
         "适合",
         "很彻底",
         "非常彻底",
         "做得彻底",
         "原创",
         "有效",
         "高效",
         "实用",
         "简洁",
         "稳定",
         "可靠",
         "成功",
         "值得",
         "省掉",
         "节省",
         "加速",
         "兴奋",
         "乐观",
         "有望",
         "潜力",
         "夺金",
         "金牌",
         "聪明",
         "很快",
         "更快",
         "有用",
         "靠谱",
         "惊人",
         "震撼",
         "令人印象",
         "擅长",
         "能力强",
         "领跑",
         "第一梯队",
         "红利",
         "利好",
         "看涨",
         "成熟",
         "好看",
         "漂亮",
         "完整",
         "便宜",
         "省钱",
         "赋能",
         "解锁",
         "强劲",
         "神奇",
         "鲁棒",
         "跃迁",
         "越好",
         "前瞻",
         "点亮",
         "成立",
         "正确",
         "有意思",
         "好处",
         "合理",
         "前进",
         "很棒",
         "棒",
         "务实",
         "可依赖",
         "能打",
         "享受",
         "乐意",
         "慷慨",
         "连贯",
         "被低估",
         "有意义",
         "精彩",
         "巧妙",
         "优雅",
         "降低门槛",
         "门槛降低",
         "机会",
         "可解",
         "可行",
         "协作",
         "合作完成",
         "紧密合作",
         "深度合作",
         "深入合作",
         "更深合作",
         "良好合作",
         "创新",
         "很准",
         "准确",
         "精准",
         "很深入",
         "非常深入",
         "自动化了",
         "能自动化",
         "可以自动化",
         "可以做很多",
         "能做很多",
         "做大",
         "大量用",
         "大量使用",
         "重度使用",
         "重度用",
         "天天用",
         "每天都用",
         "离不开",
         "关键路径",
         "进展迅速",
         "突飞猛进",
         "里程碑",
         "有信心",
         "有把握",
         "值得期待",
         "振奋",
         "受益",
         "好评",
         "受欢迎",
         "杀手级",
         "扎实",
         "流畅",
         "丝滑",
         "顺畅",
         "轻松",
         "胜任",
         "佩服",
         "欣赏",
         "划算",
         "性价比高",
         "物超所值",
         "遥遥领先",
         "透明",
         "高效率",
         "证明了",
         "站得住",
         "经得起",
         "robust",
         "impressive",
         "amazing",
         "breakthrough",
         "best",
         "strong",
         "great",
         "excellent",
         "good",
         "improve",
         "improved",
         "improves",
         "improvement",
         "improvements",
         "leading",
         "state-of-the-art",
         "sota",
         "works",
         "work",
         "optimistic",
         "love",
         "powerful",
         "efficient",
         "reliable",
         "all you need",
         "superior",
         "exciting",
         "excited",
         "win",
         "wins",
         "useful",
         "incredible",
         "remarkable",
         "progress",
         "success",
         "successful",
         "faster",
         "smarter",
         "promising",
         "bullish",
         "brilliant",
         "solid",
         "tectonic",
         "game-changer",
         "game changer",
         "game-changing",
         "leap",
         "transformative",
         "impressed",
         "nailed",
         "excels",
         "stable",
         "accurate",
         "capable",
         "elegant",
         "productive",
         "fantastic",
         "wonderful",
         "awesome",
         "superb",
         "outstanding",
         "milestone",
         "confident",
         "innovative",
         "innovation",
         "helpful",
         "valuable",
         "effective",
         "大开眼界",
         "帮助",
         "有帮助",
         "helps",
         "甜点",
         "sweet spot",
         "跑通",
         "变强",
         "变好",
         "容易",
         "大招",
         "很好",
         "挺好",
         "真好",
         "好例子",
         "好办法",
         "好方法",
         "好主意",
         "简单有效",
         "eye-opening",
         "easy",
         "clever",
         "smart",
         "works well"},
        kPositive);
    add({"下降",
         "不够",
         "短板",
         "局限",
         "限制",
         "bug",
         "bugs",
         "buggy",
         "难",
         "困难",
         "逊色",
         "较弱",
         "弱",
         "变差",
         "更差",
         "糟",
         "缺陷",
         "缺失",
         "缺乏",
         "欠缺",
         "失败",
         "错误",
         "犯错",
         "幻觉",
         "hallucination",
         "hallucinations",
         "hallucinate",
         "hallucinates",
         "偏差",
         "挑战",
         "风险",
         "担忧",
         "担心",
         "危险",
         "泡沫",
         "瓶颈",
         "撞墙",
         "昂贵",
         "浪费",
         "失望",
         "不稳定",
         "不可靠",
         "误导",
         "未解",
         "走偏",
         "质疑",
         "怀疑",
         "批判",
         "不足",
         "痛点",
         "低效",
         "效率低",
         "人工介入",
         "仍需",
         "仍常需",
         "仍然需要",
         "暂少",
         "较少",
         "平铺",
         "太慢",
         "很慢",
         "变慢",
         "变长",
         "拖后腿",
         "吃力",
         "糟糕",
         "差劲",
         "崩溃",
         "退步",
         "下滑",
         "跌破",
         "脆弱",
         "不行",
         "没用",
         "做不到",
         "卡住",
         "炒作",
         "过度",
         "夸大",
         "虚高",
         "刷榜",
         "过拟合",
         "overfitting",
         "有限",
         "不容易",
         "行不通",
         "不现实",
         "不切实际",
         "悲观",
         "差距",
         "所缺",
         "缺少",
         "不好",
         "高估",
         "有保留",
         "仍有保留",
         "持保留",
         "存疑",
         "打折扣",
         "门槛高",
         "高门槛",
         "极限",
         "卡在",
         "稀缺",
         "停滞",
         "限流",
         "放缓",
         "减速",
         "倒退",
         "退化",
         "过时",
         "落伍",
         "缺点",
         "弱点",
         "劣势",
         "隐患",
         "代价",
         "难用",
         "翻车",
         "拉胯",
         "掉队",
         "失控",
         "焦虑",
         "恐慌",
         "威胁",
         "滥用",
         "作弊",
         "坍塌",
         "灾难",
         "收益递减",
         "边际递减",
         "有问题",
         "问题在于",
         "的问题是",
         "仍有限",
         "仍然有限",
         "依然有限",
         "仍有问题",
         "仍有差距",
         "仍有不足",
         "仍有局限",
         "仍有风险",
         "麻烦",
         "遗憾",
         "可惜",
         "不满",
         "吐槽",
         "落空",
         "worse",
         "worst",
         "weak",
         "weakness",
         "weaknesses",
         "limitation",
         "limitations",
         "limited",
         "fail",
         "fails",
         "failure",
         "failed",
         "struggle",
         "struggles",
         "bad",
         "terrible",
         "sucks",
         "slow",
         "expensive",
         "decline",
         "declined",
         "dropped",
         "overhyped",
         "bubble",
         "risk",
         "risky",
         "dangerous",
         "wrong",
         "mistake",
         "mistakes",
         "poor",
         "lack",
         "lacks",
         "brittle",
         "hype",
         "jagged",
         "hard",
         "difficult",
         "concern",
         "concerns",
         "worried",
         "bottleneck",
         "plateau",
         "plateaued",
         "stagnation",
         "stalled",
         "overrated",
         "disappointing",
         "disappointed",
         "unreliable",
         "flawed",
         "broken",
         "rate-limited",
         "rate limited",
         "throttled",
         "diminishing returns",
         "pessimistic",
         "unrealistic",
         "dead end",
         "problem",
         "problems",
         "catastrophic",
         "threat",
         "doesn't scale",
         "愚蠢",
         "蠢",
         "笨拙",
         "粗糙",
         "噪声",
         "噪音",
         "高方差",
         "易被",
         "容易被",
         "攻破",
         "分散注意力",
         "脏",
         "垃圾",
         "错了",
         "搞错",
         "做错",
         "错路",
         "误解",
         "误判",
         "误步",
         "误区",
         "误入",
         "失误",
         "误会",
         "耽误",
         "误用",
         "谬误",
         "难度更高",
         "难度高",
         "难度大",
         "难度很大",
         "碰壁",
         "朦胧",
         "模糊",
         "边缘化",
         "仍少",
         "还少",
         "太少",
         "缺",
         "滥",
         "递减",
         "荒谬",
         "胡言乱语",
         "无用",
         "徒劳",
         "空洞",
         "肤浅",
         "容易出错",
         "拒绝",
         "dumb",
         "stupid",
         "crappy",
         "slop",
         "bloat",
         "bloated",
         "noisy",
         "noise",
         "hazy",
         "misleading",
         "useless",
         "garbage",
         "nonsense",
         "fragile",
         "wasteful",
         "clunky",
         "hacky"},
        kNegative);
    add({"不",   "没",     "未",       "并非",    "并不",  "并无",   "不会",   "不是",    "不太",
         "毫无", "绝非",   "从未",     "别",      "不要",  "不可能", "还没",   "尚未",    "远未",
         "不再", "不算",   "不容易被", "不会被",  "并未",  "未能",   "not",    "no",      "never",
         "n't",  "cannot", "isn't",    "doesn't", "don't", "won't",  "hardly", "without", "nor"},
        kNegator);
    add({"未必",   "无法",     "不能",     "不应",     "不应该",      "不一定",   "难以",
         "很难",   "不见得",      "not necessarily", "仍未",
         "还不能", "不真正",   "并不真正", "不是真正", "not really",  "仍不能",          "还无法",
         "仍无法", "仍然无法", "还不会",   "not yet",  "still can't", "still cannot"},
        kWeakNegator);
    add({"不如", "逊于", "略逊于", "略逊", "逊色于", "达不到", "比不上", "不及", "落后于", "落后",
         "弱于", "差于", "赶不上", "not as good as", "worse than", "behind", "trails", "lags",
         "falls short of"},
        kWorseThan);
    add({"领先",  "领先于", "超过",     "超越",      "优于",        "胜过",         "强于",
         "好于",  "击败",   "碾压",     "甩开",      "better than", "outperforms",  "outperform",
         "beats", "beat",   "ahead of", "surpasses", "surpass",     "stronger than"},
        kBetterThan);
    add({"比"}, kCompare);
    add({"有得有失", "有得也有失", "有利有弊", "有利也有弊", "利弊", "利与弊", "喜忧参半",
         "好坏参半", "双刃剑", "褒贬不一", "有好有坏", "pros and cons", "double-edged", "mixed bag",
         "mixed blessing"},
        kMixedCue);
    add({"仍有", "仍会", "仍然有", "仍然会", "依然有", "依然会", "依旧有", "still has",
         "still have"},
        kWeakPositive);
    add({"但", "但是", "不过", "然而", "可是", "因而", "因此", "所以", "从而", "于是", "而是",
         "however", "but", "therefore", "hence", "nevertheless", "nonetheless"},
        kPivot);
    // "与其说 A，不如说 B" ("rather than A, say B"): A is denied and B is the
    // point. 不如说 is no "worse than" (不如) but a pivot, and 与其说 negates
    // what it introduces ("与其说 scaling 撞墙，不如说是换了个方向继续涨" praises).
    add({"不如说", "倒不如说", "还不如说"}, kPivot);
    add({"与其说"}, kNegator);
    // 只是 is a mild "but" (Analyze decides which side is the point).
    add({"只是"}, kCaveat);
    add({"虽然", "虽", "尽管", "即使", "就算", "哪怕", "即便", "纵然", "although", "though",
         "even if", "even though", "despite"},
        kConcession);
    add({"需要", "需", "在于", "取决于", "必须", "要求", "有待", "need", "needs", "needed",
         "require", "requires", "required"},
        kRequirement);
    add({"是否", "能否", "可否", "谁能", "谁最", "谁更", "哪个更", "哪个最", "whether"},
        kOpenQuestion);
    add({"没有", "并没有"}, kLack);
    // "不能说 X 不能打", "I wouldn't say it is not impressive": the statement
    // after it is denied, a negated one included (two denials praise). Alone
    // it judges nothing: "不能说" with no judgement after it is no criticism.
    add({"不能说", "也不能说", "并不能说", "不是说", "并不是说", "也不是说", "谈不上说",
         "wouldn't say", "would not say", "can't say", "cannot say", "won't say"},
        kDeniedStatement);
    add({"不等于", "不等同于", "不代表", "不意味着", "doesn't mean", "does not mean"}, kNotEqual);
    add({"看起来", "看似", "表面上", "貌似", "looks like", "seems"}, kSeeming);
    add({"更能", "更容易", "easier", "更强", "更好", "更聪明", "更稳", "更准", "更抓人", "更高效",
         "更可靠", "better", "stronger"},
        kMore);
    // 突破 praises alone ("明显的突破") and, like 克服, breaks through what its
    // clause names as a limit ("突破纯纵向 scaling 的瓶颈" praises).
    add({"缓解", "修复", "改善", "消除", "解决", "修了", "克服", "攻克", "化解", "穿越", "走出",
         "突破", "fixed", "fixes", "solved", "solves", "mitigates", "overcome", "overcomes"},
        kRelief);
    add({"降低", "减少", "减轻", "避免", "摆脱", "省去", "防止", "防", "规避", "绕开", "reduce",
         "reduces", "reduced", "avoid", "avoids"},
        kReducer);
    // Resisting a fault is a strength, not the fault ("抗污染能力更强",
    // "抗干扰"): 抗 before it names what the thing withstands.
    // Detecting one is a method ("污染检测智能体"), no fault of anything.
    add({"抗污染", "抗干扰", "抗噪", "抗风险", "抗攻击", "抗幻觉", "污染检测", "漏洞检测",
         "错误检测", "幻觉检测"},
        kNeutralWord);
    // Pushing something to its limit extends it ("把能做的事推到极限").
    add({"推到极限", "推向极限", "推至极限", "发挥到极致", "push the limits", "pushing the limits"},
        kPositive);
    // Closing a gap is progress ("缩小了差距"): 差距 is a problem it reduces.
    add({"缩小", "缩短"}, kReducer);
    add({"closes the gap", "closed the gap", "narrowed the gap", "narrowing the gap"}, kRelief);
    add({"而不是", "rather than", "instead of"}, kPreferOver);
    add({"倒是", "倒也", "反倒", "on the other hand"}, kCounterpoint);
    // A degree adverb before a one-character adjective judges ("非常稳",
    // "太慢"): the pairs are cues, the lone characters are too ambiguous.
    static const std::vector<std::string> degree_pairs = [] {
      std::vector<std::string> pairs;
      for (std::string_view adverb : {"很", "非常", "特别", "十分", "极", "极其", "相当", "挺",
                                      "太", "比较", "足够", "越来越"}) {
        for (std::string_view adjective :
             {"好", "强", "快", "稳", "准", "差", "弱", "慢", "难", "乱", "贵", "烂", "糟"}) {
          pairs.push_back(std::string(adverb) + std::string(adjective));
        }
      }
      return pairs;
    }();
    for (const std::string& pair : degree_pairs) {
      const std::string_view last = std::string_view(pair).substr(pair.size() - 3);
      const bool praise =
          last == "好" || last == "强" || last == "快" || last == "稳" || last == "准";
      cues.push_back({pair, praise ? kPositive : kNegative});
    }
    // 比 inside a word does not compare: 比如 introduces an example.
    add({"比如", "比方", "好比", "比例", "比赛", "比特", "比重", "无比", "比较", "对比"},
        kNeutralWord);
    // Evaluative phrases of the digests' summary style that neither the
    // cues above nor the projected lexicon cover (issue 8 dev files).
    add({"非常好", "有利于", "成为可能", "变得可行", "价值巨大", "很有价值", "非常有价值",
         "上升空间", "强有力", "更经济", "更便宜", "基本成形", "学习收益", "好得多", "好很多",
         "强得多", "强很多", "高得多"},
        kPositive);
    add({"存在问题", "问题开始显现", "饱和", "毫无意义", "没有意义", "细枝末节", "误识别", "过浅",
         "过窄", "覆盖面窄", "太窄", "脱节", "不成立", "难以验证", "无法验证"},
        kNegative);
    // A degree adverb before 有 and a noun ascribes a quality ("很有发言权",
    // "非常有潜力"): praise, unless the noun is a problem or a limit, or the
    // phrase is a modal ("很有可能") or a necessity ("很有必要").
    add({"很有", "非常有", "特别有", "十分有", "相当有", "挺有", "颇有", "极有"}, kPositive);
    add({"很有问题", "很有风险", "很有争议", "很有限", "非常有限", "相当有限", "十分有限",
         "很有难度", "很有压力", "颇有争议", "颇有微词"},
        kNegative);
    add({"很有可能", "非常有可能", "极有可能", "相当有可能", "颇有可能", "很有必要", "非常有必要",
         "很有关系"},
        kNeutralWord);
    // Superlatives and proneness the lists above lacked (issue 8 follow-up):
    // 最优 as 最好; what is prone to go wrong (容易出错, 容易导致).
    add({"最优", "最佳"}, kPositive);
    // Delight and eagerness (issue 8, fourth round): 酷 is praise in speech
    // ("太酷了", "很酷"), and being unable to wait for something wants it
    // ("等不及", "迫不及待"); read by parts, 不及 and 太 would judge wrongly.
    add({"很酷", "真酷", "太酷", "挺酷", "好酷", "酷炫", "太棒", "真棒", "等不及", "迫不及待",
         "令人惊叹"},
        kPositive);
    add({"容易出现", "容易导致", "容易陷入", "容易引发", "弃用"}, kNegative);
    // Proneness to be swayed (issue 8, seventh round): "容易受接待对象影响".
    add({"容易受", "容易受到", "易受", "易受到"}, kNegative);
    // A path that has run out: the end of a method's gains judges the method
    // ("预训练的 scaling 已接近尾声"); negated, it is praise ("还没碰墙",
    // "并未失效"). 接近尾声 must outrank the praise cue 接近 inside it.
    add({"接近尾声", "走到头", "到头了", "走到尽头", "见顶", "碰墙", "碰到墙", "撞到墙", "失效",
         "死胡同", "失去解释力", "hit a wall", "hits a wall", "hitting a wall",
         // A quoted wall is the metaphor ("我们没看到“墙”"); a bare 墙 is too
         // plain a word to judge.
         "“墙”"},
        kNegative);
    // More words for the same verdict, the one users ask about most ("who
    // thinks scaling has hit a wall?"). A bare 到头 or 尽头 is the end
    // itself, so that "还远没有到头" reads as the negated end (到头来 is "in
    // the end"); a ceiling judges only when it is reached, since a bare
    // 天花板 also names the best of a field ("行业天花板"); 不管用 is read
    // whole, or 不管 ("regardless") would hide it.
    add({"到头",
         "尽头",
         "触顶",
         "到天花板",
         "天花板已经到了",
         "天花板到了",
         "触及天花板",
         "碰到天花板",
         "撞上天花板",
         "撞到天花板",
         "撞了墙",
         "撞上墙",
         "不管用",
         "不好使",
         "已死",
         "已经死了",
         "is dead",
         "are dead",
         "hit the wall",
         "hits the wall",
         "hitting the wall",
         "hit a ceiling",
         "hit the ceiling",
         "plateauing",
         "run out of",
         "ran out of",
         "running out of",
         "see a wall",
         "seen a wall",
         "see any wall",
         "seen any wall"},
        kNegative);
    add({"到头来"}, kNeutralWord);
    // A benchmark used up or a name not earned ("被刷烂了", "名不副实",
    // "saturated"), and the colloquial verdicts of speech ("真香",
    // "no-brainer"); catching up with a leader is progress, as 逼近 is.
    add({"刷烂", "刷爆", "名不副实", "言过其实", "徒有虚名", "saturated", "over-hyped",
         "not even close"},
        kNegative);
    for (std::string_view dismissal : kDismissals) cues.push_back({dismissal, kNegative});
    // Not there yet, and years to wait ("落地还要再等几年", "still years away",
    // "it will take a decade"): the thing is not ready.
    add({"还要再等",      "还要等",       "还得等",         "还得再等",      "还早得很",
         "还为时尚早",    "为时尚早",     "为时过早",       "遥遥无期",      "还要很多年",
         "还需要很多年",  "还要好几年",   "还需要好几年",   "years away",    "decades away",
         "a decade away", "years out",    "a long way off", "take a decade", "takes a decade",
         "take decades",  "takes decades"},
        kNegative);
    add({"真香", "名副其实", "不负盛名", "no-brainer", "追上", "赶上", "追平", "比肩", "caught up",
         "catching up", "catches up"},
        kPositive);
    add({"nowhere near", "far from"}, kNegator);
    // Everyday verdicts of speech that the lists lacked (stance probe file
    // a, bench/stance_probe/): a method that no longer works, a distance
    // still to go, a stock run dry, a binding limit, nonsense and what cannot
    // be relied on, pitfalls, a model made dumber; what works much better,
    // value beyond question, and room left to grow.
    add({"不太行", "不大行",   "差得远",   "差得很远", "出错",     "见底",   "硬约束",
         "离谱",   "胡说八道", "靠不住",   "不靠谱",   "坑也不少", "坑不少", "很多坑",
         "有坑",   "踩坑",     "天方夜谭", "变傻",     "越训越傻", "sloppy", "wishful thinking"},
        kNegative);
    add({"稳得多", "快得多", "准得多", "好多了", "好了很多", "没得说", "顺手", "headroom",
         "room to grow", "空间还很大", "很大空间"},
        kPositive);
    // Idioms of verdict that carry no polar word of their own (stance probe
    // c, bench/stance_probe/, and their like): what breaks down, a drop, a
    // show without substance, a distance still to go ("离…还很远"); what
    // does more than its size, leaves the rest behind, or is undervalued.
    add({"fall apart",
         "falls apart",
         "fell apart",
         "falling apart",
         "falls off a cliff",
         "fall off a cliff",
         "fell off a cliff",
         "next to nothing",
         "a mess",
         "hot mess",
         "smoke and mirrors",
         "mostly marketing",
         "marketing stunt",
         "publicity stunt",
         "gimmick",
         "gimmicky",
         "vaporware",
         "half-baked",
         "cherry-picked",
         "underwhelming",
         "red flag",
         "falls flat",
         "fell flat",
         "so much for",
         "还很远",
         "还远着",
         "差远了",
         "远远不够",
         "噱头",
         "没法落地",
         "落不了地",
         "难以落地",
         "鸡肋",
         "被高估",
         "拉垮",
         "崩了",
         "就崩"},
        kNegative);
    add({"punches above its weight", "punch above its weight", "runs circles around",
         "run circles around", "sleeper hit", "moved the needle", "move the needle",
         "moves the needle", "underrated", "blown away", "blew me away", "best-in-class",
         "step change", "一骑绝尘", "吊打", "回不去了", "被低估"},
        kPositive);
    add({"lag behind", "lags behind", "lagging behind"}, kWorseThan);
    // What has only begun has its gains ahead ("RL 的 scaling 才刚刚开始"),
    // and what is far from over still pays.
    add({"管用", "好使", "才刚刚开始", "才刚开始", "才刚起步", "才起步", "just getting started",
         "only just begun", "just the beginning", "only the beginning", "far from over", "远未结束",
         "远没有结束", "远远没有结束", "没有天花板", "看不到天花板"},
        kPositive);
    // Denied belief governs its clause: "I don't think scaling has hit a
    // wall" denies the wall, however far it is.
    for (std::string_view belief : kDeniedBeliefs) cues.push_back({belief, kWeakNegator});
    add({"nobody", "no one"}, kNegator);
    // Excess judges whatever it qualifies ("过于狭隘", "过于乐观").
    add({"过于", "太过", "过分"}, kNegative);
    // Misrepresenting something as praise ("把 slop 说成 amazing") blames
    // the one who does it.
    add({"说成", "吹成", "包装成", "粉饰成", "吹捧"}, kNegative);
    // Plain evaluative words the lists lacked (issue 8, fifth round): 差
    // with a degree (the single character alone is also "difference" and
    // "short of", so it stays out), churn; popularity and being the
    // reference others are measured by.
    add({"很差", "越差", "太差", "较差", "极差", "最差", "更差劲", "越来越差", "非常差", "流失"},
        kNegative);
    add({"走红", "爆火", "大火", "流行起来", "风靡", "金标准", "黄金标准", "标杆", "首选"},
        kPositive);
    // Acceptability and connotation judge by name ("可接受的动态", "不是贬义"):
    // the negated forms read through the negator rules; 逼近 closes on a
    // leader as 接近 does.
    add({"可接受", "可以接受", "褒义", "逼近"}, kPositive);
    add({"贬义"}, kNegative);
    // What others cannot beat, shake or replace is praised (issue 8, fifth
    // round): "难以撼动", "不可替代". Read by parts, 难以/无法 flip nothing
    // and judge the thing negatively.
    add({"难以撼动", "无法撼动",      "不可撼动",  "难以超越",   "无法超越",
         "难以匹敌", "无法匹敌",      "无可匹敌",  "难以替代",   "无法替代",
         "不可替代", "无可替代",      "难以复制",  "无法复制",   "无人能及",
         "无出其右", "irreplaceable", "unmatched", "unbeatable", "hard to beat"},
        kPositive);
    // Words that hold a negator character without its sense (issue 8,
    // seventh round): 未来 is "the future", 特别 "especially", 识别
    // "recognise", 别人 "others", 不光 "not only". Read by parts, their
    // 未/别/不/没 flipped the next cue: "未来会更好" and "特别出色" were
    // criticism, "识别错误" praise.
    add({"未来", "未知", "未曾想", "前所未有", "特别",   "识别", "区别",   "类别", "级别",  "分别",
         "个别", "告别", "辨别",   "性别",     "鉴别",   "差别", "判别",   "派别", "别人",  "别的",
         "别处", "别家", "不光",   "不单",     "不仅是", "没错", "没准儿", "没准", "来得及"},
        kNeutralWord);
    // Plain blame and praise that every digest uses and no list above held
    // (issue 8, seventh round). 复杂 alone describes ("最复杂任务"); with a
    // degree it judges. 混淆 is a verb of blame except in 混淆矩阵. Running out
    // of time (来不及) is blame; read by parts, 不及 compared.
    add({"棘手",     "很复杂",     "非常复杂",      "太复杂",      "十分复杂", "相当复杂",
         "特别复杂", "越来越复杂", "过于复杂",      "变得复杂",    "混淆",     "污染",
         "不安全",   "成本高",     "成本很高",      "成本太高",    "成本过高", "代价高",
         "代价很高", "代价高昂",   "开销大",        "开销很大",    "来不及",   "奇怪",
         "unsafe",   "confusing",  "contamination", "contaminated"},
        kNegative);
    // 高成本 and 低成本 describe ("高成本的人工评审"); matched first, they
    // also keep 成本高 from reading across words ("高成本高用量").
    add({"混淆矩阵", "高成本", "低成本"}, kNeutralWord);
    // An invitation to try a thing recommends it; a bare 欢迎 greets
    // ("欢迎来到", "欢迎点赞") and judges nothing. Agreeing (同意) takes the
    // stance of what is agreed with, so it is no cue.
    add({"健康竞争", "健康发展", "很健康", "更健康", "健康的", "欢迎试用", "欢迎使用", "欢迎尝试",
         "欢迎大家试用", "欢迎大家使用", "无处不在", "飙升", "了不起"},
        kPositive);
    add({"不健康", "负担", "不建议", "不推荐", "严重", "硬伤"}, kNegative);
    add({"product-market fit", "market fit", "市场契合"}, kPositive);
    // Harm done to a thing blames, and the good it harms is what is lost
    // ("挤压长期创新空间", "削弱可靠性"), as with lack. 破坏性创新 is disruption.
    add({"削弱", "损害", "侵蚀", "破坏", "阻碍", "扼杀", "妨碍", "挤压", "拖累", "伤害", "weakens",
         "undermines", "hurts", "harms", "hinders"},
        kNegative);
    add({"破坏性创新"}, kNeutralWord);
    // Advice to be careful warns about what it names ("外推稳定动机尤其需要谨慎",
    // "同样应谨慎"): one cue, so that 需要 asks for nothing and 稳定 stays the
    // subject of the warning.
    add({"需要谨慎", "需谨慎", "应谨慎", "应该谨慎", "应当谨慎", "要谨慎", "必须谨慎", "务必谨慎",
         "保持谨慎", "谨慎对待", "持谨慎", "be careful", "be cautious"},
        kNegative);
    // Importance asserted of a thing praises it ("可逆性很关键", "是用户可达性的
    // 关键", "至关重要"); in the labelled claims 21 of 30 with 关键 or 重要 are
    // praise. A key question or problem only names one.
    add({"很关键", "非常关键", "十分关键", "尤为关键", "极为关键", "更关键", "最关键", "至关重要",
         "很重要", "非常重要", "十分重要", "尤为重要", "极为重要", "更重要", "最重要", "的关键",
         "是关键", "crucial", "essential"},
        kPositive);
    add({"的关键问题", "的关键难题", "最关键的问题", "最重要的问题", "的关键风险"}, kNeutralWord);
    // "X 的关键在于 Y" says what X needs, as 在于 alone does.
    add({"的关键在于", "关键在于", "的关键是要"}, kRequirement);
    // Descriptive lines read as verdicts (issue 8, eighth round). 复杂 with a
    // degree before 的 modifies a noun and says what kind of thing it is
    // ("一套很复杂的Agent框架"), as bare 复杂 does ("最复杂任务"); as a
    // predicate ("事情会很复杂") it still blames.
    add({"很复杂的", "非常复杂的", "十分复杂的", "相当复杂的", "特别复杂的", "越来越复杂的",
         "更复杂的", "最复杂的"},
        kNeutralWord);
    // What is unproven is asked, not asserted ("没有证明可用少量数据带来跨领域
    // 飞跃"): the praise after it is the open claim, as after 是否, and the
    // words alone state the evidence, not a verdict ("但无法证实").
    add({"没有证明", "并没有证明", "未证明", "尚未证明", "无法证明", "未被证明", "没有证实",
         "未经证实", "尚未证实", "无法证实", "未被证实", "未经验证", "尚未验证", "not proven",
         "unproven"},
        kOpenQuestion);
    // "当时强化学习还没现在这么成熟", "没有现在这么卷": a past state measured
    // against the present says the present is so; the word after it judges
    // as it stands, not denied.
    add({"没现在这么", "没有现在这么", "没现在那么", "没有现在那么", "没今天这么", "没有今天这么",
         "没如今这么", "没有如今这么", "不像现在这么", "不像现在那么", "不像今天这么",
         // With 还 in front, or the scanner's longer 还没 would take the negator.
         "还没现在这么", "还没有现在这么", "还没现在那么", "还没有现在那么", "还没今天这么",
         "还没有今天这么", "还不像现在这么"},
        kNeutralWord);
    return cues;
  }());
  return scanner;
}

bool IsClauseBreak(char32_t cp) {
  return cp == U'，' || cp == ',' || cp == U'；' || cp == ';' || cp == U'：' || cp == ':' ||
         cp == U'。' || cp == U'！' || cp == U'？' || cp == '!' || cp == '?' || cp == U'—';
}

// Sorted byte offsets where a new clause starts.
std::vector<std::size_t> ClauseStarts(std::string_view text) {
  std::vector<std::size_t> starts;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    pos += DecodeUtf8At(text, pos, &cp);
    if (IsClauseBreak(cp)) starts.push_back(pos);
  }
  return starts;
}

int ClauseOf(const std::vector<std::size_t>& starts, std::size_t pos) {
  return static_cast<int>(std::upper_bound(starts.begin(), starts.end(), pos) - starts.begin());
}

// Words right before a name that make it the source of what follows.
constexpr std::string_view kViewLeads[] = {"据", "正如", "according to"};

// Whether the person at `target` holds the view: a verb of saying, thinking
// or warning follows the name in its clause, within a few characters, or
// "据" / "正如" / "according to" comes right before it.
bool HoldsTheView(std::string_view text, const StanceTarget& target) {
  // Up to four Chinese characters (or twelve bytes of English) between.
  constexpr std::size_t kHolderReach = 12;
  if (HoldsAView(text.substr(target.end), kHolderReach)) return true;
  std::string_view before = text.substr(0, target.begin);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return std::any_of(std::begin(kViewLeads), std::end(kViewLeads),
                     [&](std::string_view lead) { return before.ends_with(lead); });
}

Stance FromCounts(int positive, int negative) {
  if (positive > 0 && negative > 0) return Stance::kMixed;
  if (positive > 0) return Stance::kPositive;
  if (negative > 0) return Stance::kNegative;
  return Stance::kNeutral;
}

// One cue's effect after negation.
struct Contribution {
  std::size_t pos = 0;
  int clause = 0;
  int polarity = 0;  // +1 praise, -1 criticism, for the subject of a comparison.
  bool comparative = false;
  std::size_t object_begin = 0;  // Comparisons: the compared side's bytes.
  std::size_t object_end = 0;
  std::size_t subject_limit = 0;  // Comparisons: the subject is named before this.
  bool weak = false;              // Counts only when no other cue judges: 仍有.
  bool praise_word = false;       // The cue praises before negation (好, 更强, 修复).
  bool kept = true;               // Survives the contrast and concession weighting.
  bool lexical = false;           // From the polarity lexicon, not a hand cue.
  double weight = 1.0;            // Lexicon words: |score|.
  bool negated = false;           // A negator flipped it.
  bool subject_follows = false;   // "不是 A 而是 B": the preferred side comes after.
  // A preference judges the things it names on either side, not the claim:
  // "不是做大而全，而是少数核心大赌注" reframes, it does not praise.
  bool sides_only = false;
  // A dismissal ("又怎样"): its rhetorical question still judges.
  bool dismisses = false;
};

// A marker that governs the rest of its clause from `end` on: a requirement
// (需要) or an open question (是否).
struct ClauseMarker {
  int clause = 0;
  std::size_t end = 0;
};

bool Governs(const std::vector<ClauseMarker>& markers, const Contribution& contribution) {
  return std::any_of(markers.begin(), markers.end(), [&](const ClauseMarker& marker) {
    return marker.clause == contribution.clause && marker.end <= contribution.pos;
  });
}

// The stance of the contributions that `use` accepts; weak cues count only
// when no other cue does.
template <typename Predicate>
Stance Tally(const std::vector<Contribution>& contributions, Predicate use) {
  int positive = 0;
  int negative = 0;
  int weak_positive = 0;
  int weak_negative = 0;
  for (const Contribution& contribution : contributions) {
    if (!use(contribution)) continue;
    int& count = contribution.weak ? (contribution.polarity > 0 ? weak_positive : weak_negative)
                                   : (contribution.polarity > 0 ? positive : negative);
    ++count;
  }
  if (positive + negative == 0) return FromCounts(weak_positive, weak_negative);
  return FromCounts(positive, negative);
}

// A negator's reach ends at 的 and at a closing quote: in "不泛化的风险" the
// 不 negates 泛化, not 风险.
bool EndsScope(std::string_view between) {
  return between.find("的") != std::string_view::npos ||
         between.find("”") != std::string_view::npos;
}

// The end of a place or time phrase that opens at `from` ("在较早灾难后",
// "在节目中", "在这个阶段里"), or npos when none does: 在 then, within a
// short phrase and before any punctuation, a closing locative.
std::size_t AdverbialPhraseEnd(std::string_view text, std::size_t from) {
  while (from < text.size() && text[from] == ' ') ++from;
  if (!text.substr(from).starts_with("在")) return std::string_view::npos;
  std::size_t pos = from + std::string_view("在").size();
  // 在于 ("lies in") and 在乎 ("cares about") are verbs, not a phrase.
  const std::string_view rest = text.substr(pos);
  if (rest.starts_with("于") || rest.starts_with("乎")) return std::string_view::npos;
  constexpr std::size_t kPhraseReach = 30;  // About ten CJK characters.
  while (pos < text.size() && pos - from <= kPhraseReach) {
    char32_t cp = 0;
    const std::size_t length = DecodeUtf8At(text, pos, &cp);
    if (length == 0) break;
    static constexpr std::u32string_view kClosing = U"后前中时里上下内外间";
    static constexpr std::u32string_view kStops = U"，。；：！？、,.;:!?";
    if (kStops.find(cp) != std::u32string_view::npos) break;
    if (kClosing.find(cp) != std::u32string_view::npos && pos > from + 3) return pos + length;
    pos += length;
  }
  return std::string_view::npos;
}

// Whether a problem noun follows right at `pos`: the praise word before it
// only says what kind of problem it is.
bool NamesProblemKind(std::string_view text, std::size_t pos) {
  const std::string_view rest = text.substr(pos);
  for (std::string_view noun : {"问题", "难题", "风险", "隐患", "漏洞", "瓶颈"}) {
    if (rest.starts_with(noun)) return true;
  }
  return false;
}

// Words of lack or harm, whose object is what is missing or lost.
bool IsLackWord(std::string_view word) {
  for (std::string_view lack : {"缺少", "缺乏",    "欠缺",       "lack",  "lacks", "削弱",   "损害",
                                "侵蚀", "破坏",    "阻碍",       "扼杀",  "妨碍",  "挤压",   "拖累",
                                "伤害", "weakens", "undermines", "hurts", "harms", "hinders"}) {
    if (word == lack) return true;
  }
  return false;
}

bool IsQuestion(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0) {
    char32_t cp = 0;
    const std::size_t length = DecodeUtf8Before(text, end, &cp);
    if (cp == U'？' || cp == '?') return true;
    if (cp != U'”' && cp != U'）' && cp != ')' && cp != ' ' && cp != '"') return false;
    end -= length;
  }
  return false;
}

// Maximum bytes between a negator and the cue it negates: about four CJK
// characters or a short English phrase ("not very good").
constexpr std::size_t kNegationReach = 14;

// Maximum bytes from a negator to the degree word of a comparison it denies:
// "没有外界传说中的那么" is about fifteen CJK characters.
constexpr std::size_t kDeniedDegreeReach = 45;

// Whether `between` (from a negator to a cue) ends in the degree word of a
// denied comparison: "没有大家说的那么严重", "没传说中那么好", "not as bad as":
// the negator denies that degree, however the comparison's standard is
// phrased in between.
bool DeniedDegreeBefore(std::string_view between) {
  if (between.size() > kDeniedDegreeReach) return false;
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  for (std::string_view degree : {"那么", "这么", "那样", "这样", "as"}) {
    if (!between.ends_with(degree)) continue;
    // "as" is a word: "has" is not.
    if (degree == "as" && between.size() > 2 && IsAsciiAlpha(between[between.size() - 3])) {
      continue;
    }
    return true;
  }
  return false;
}

// Maximum bytes from a praise word to the criticism whose subject it is
// ("提升0.1%已经变得毫无意义"): a short phrase.
constexpr std::size_t kPredicateReach = 24;

// Marks the contributions that a contrast or a concession outweighs. After a
// pivot (但, 不过, 因此, however) the rest of the claim is its point: what
// came before counts only when nothing after it judges. A concession clause
// (虽然, 就算, even if) counts only when nothing outside it judges.
void WeighContrast(const std::vector<std::size_t>& pivots, const std::vector<int>& concessions,
                   std::vector<Contribution>* contributions) {
  for (auto pivot = pivots.rbegin(); pivot != pivots.rend(); ++pivot) {
    const bool judged_after = std::any_of(contributions->begin(), contributions->end(),
                                          [&](const Contribution& c) { return c.pos > *pivot; });
    if (!judged_after) continue;
    for (Contribution& contribution : *contributions) {
      if (contribution.pos < *pivot) contribution.kept = false;
    }
    break;
  }
  const auto conceded = [&](const Contribution& c) {
    return std::find(concessions.begin(), concessions.end(), c.clause) != concessions.end();
  };
  const bool judged_outside =
      std::any_of(contributions->begin(), contributions->end(),
                  [&](const Contribution& c) { return c.kept && !conceded(c); });
  if (!judged_outside) return;
  for (Contribution& contribution : *contributions) {
    if (conceded(contribution)) contribution.kept = false;
  }
}

// Which contributions decide a target: those of its own clause (kept ones,
// or all of them when the weighting kept another target's clause), else the
// kept ones of the whole claim (clause -1).
struct TargetScope {
  int clause = -1;
  bool keeps_own_clause = false;
};

struct Analysis {
  Stance overall = Stance::kNeutral;
  std::vector<Stance> per_target;
  std::vector<ComparativeSide> sides;
  std::vector<TargetScope> scopes;
  std::size_t predicate_begin = 0;
  std::vector<Contribution> contributions;
  std::vector<std::size_t> clause_starts;
  bool pivot = false;
  bool concession = false;
  bool question = false;
  bool requirement = false;
  // A cue that names both sides (有得有失, 双刃剑) or a contrast word (但,
  // however) anywhere: the claim itself says it weighs two ways.
  bool weighs_both = false;
};

// What the compositional rules make of `cues` (sorted by position): the
// contributions they keep and the stance per target.
bool IsBlame(int tag);

// `holders[t]`: target t is a person who holds the view (HoldsTheView), read
// once by the caller for both passes.
Analysis Analyze(std::string_view text, const std::vector<StanceTarget>& targets,
                 const std::vector<bool>& holders, const std::vector<StanceCue>& cues) {
  Analysis result;
  result.per_target.assign(targets.size(), Stance::kNeutral);
  result.sides.assign(targets.size(), ComparativeSide::kNone);
  result.predicate_begin = text.size();

  const std::vector<std::size_t>& clause_starts = result.clause_starts = ClauseStarts(text);
  const auto clause_end = [&](int clause) {
    return clause < static_cast<int>(clause_starts.size()) ? clause_starts[clause] : text.size();
  };

  std::vector<Contribution> contributions;
  std::vector<int> relieved_clauses;
  std::vector<std::size_t> pivots;
  std::vector<std::size_t> contrasts;  // Every pivot word, also inside a phrase.
  std::vector<int> concessions;
  struct Caveat {
    int clause = 0;
    std::size_t pos = 0;
  };
  std::vector<Caveat> caveats;  // 只是 opening a clause.
  std::vector<ClauseMarker> requirements;
  std::vector<ClauseMarker> open_questions;
  std::vector<ClauseMarker> lacks;     // 缺少, 削弱: what follows is what is missing or lost.
  // Clauses that deny a problem's degree ("污染没有那么严重"), with where
  // the negator starts: the blame named before it describes the subject.
  std::vector<ClauseMarker> lesser_problems;
  const StanceCue* pending = nullptr;  // An unconsumed negator.
  const StanceCue* denied_statement = nullptr;  // An unconsumed 不能说.
  // The sign of a judgement in `clause` once a denied statement opened it
  // ("不能说 X 不能打"): flipped, and the statement used up. One of an earlier
  // clause never reaches a later judgement.
  const auto after_denied_statement = [&](int clause, int sign) {
    if (denied_statement == nullptr) return sign;
    if (ClauseOf(clause_starts, denied_statement->begin) != clause) return sign;
    denied_statement = nullptr;
    return -sign;
  };
  const StanceCue* compare = nullptr;  // The last 比.
  const StanceCue* denial = nullptr;   // The last 不是, for "不是 A 而是 B".
  const auto flush_pending = [&]() {
    // A weak negator or an absence judges on its own, and a denied statement
    // before it in its clause denies that too.
    const int sign = pending != nullptr && (pending->tag == kWeakNegator || pending->tag == kLack)
                         ? after_denied_statement(ClauseOf(clause_starts, pending->begin), -1)
                         : -1;
    if (pending != nullptr && pending->tag == kWeakNegator) {
      contributions.push_back({pending->begin, ClauseOf(clause_starts, pending->begin), sign});
    } else if (pending != nullptr && pending->tag == kLack) {
      // "我们没有这种机制": an absence counts only when nothing else judges.
      Contribution lack{pending->begin, ClauseOf(clause_starts, pending->begin), sign};
      lack.weak = true;
      contributions.push_back(lack);
    }
    pending = nullptr;
  };

  for (const StanceCue& match : cues) {
    if (match.tag == kNeutralWord) continue;
    // Cue words inside a name ("梯度下降", "Thinking Machines") are part of
    // the name, not a judgement.
    const bool in_name = std::any_of(targets.begin(), targets.end(), [&](const StanceTarget& t) {
      return match.begin < t.end && t.begin < match.end;
    });
    if (in_name) continue;
    const int clause = ClauseOf(clause_starts, match.begin);
    // Connectives join clauses; they do not predicate anything.
    if (match.tag == kPivot && denial != nullptr &&
        text.substr(match.begin, match.end - match.begin) == "而是" &&
        text.substr(denial->end, match.begin - denial->end).find("。") == std::string_view::npos) {
      // "不是 A 而是 B": B is preferred, A rejected, as in "B 而不是 A".
      Contribution preference{match.begin, clause, 1};
      preference.comparative = true;
      preference.subject_follows = true;
      preference.object_begin = denial->end;
      preference.object_end = match.begin;
      preference.praise_word = true;
      preference.sides_only = true;
      contributions.push_back(preference);
      denial = nullptr;
      pending = nullptr;
      continue;
    }
    if (match.tag == kPivot) contrasts.push_back(match.begin);
    if (match.tag == kPivot || match.tag == kMixedCue || match.tag == kCounterpoint)
      result.weighs_both = true;
    if (match.tag == kCounterpoint) continue;
    if (match.tag == kPivot) {
      // Only a pivot that opens a clause ("……，但……") weighs the claim; a
      // contrast inside a phrase ("有意思但未必正确") keeps both sides.
      const std::size_t opens = clause == 0 ? 0 : clause_starts[clause - 1];
      if (CountContentChars(text.substr(opens, match.begin - opens)) == 0) {
        flush_pending();
        pivots.push_back(match.begin);
        result.pivot = true;
      }
      continue;
    }
    if (match.tag == kConcession) {
      result.concession = true;
      concessions.push_back(clause);
      continue;
    }
    if (match.tag == kCaveat) {
      // Marks a contrast like any pivot word; whether it weighs the claim is
      // decided once every judgement is known (below).
      contrasts.push_back(match.begin);
      result.weighs_both = true;
      const std::size_t opens = clause == 0 ? 0 : clause_starts[clause - 1];
      if (CountContentChars(text.substr(opens, match.begin - opens)) == 0) {
        flush_pending();
        caveats.push_back({clause, match.begin});
      }
      continue;
    }
    result.predicate_begin = std::min(result.predicate_begin, match.begin);
    // A weak negator ("未必是……的最高") governs the rest of its clause; a
    // plain one only the next few characters.
    // A negator before a place or time phrase ("不会在较早灾难后停止",
    // "没有在节目中建立") denies the verb after the phrase, not the words in
    // it: those judge as they stand, and the reach counts from the phrase's end.
    const std::size_t phrase_end =
        pending != nullptr ? AdverbialPhraseEnd(text, pending->end) : std::string_view::npos;
    const bool in_phrase = phrase_end != std::string_view::npos && match.begin < phrase_end;
    const std::size_t reach_from = phrase_end != std::string_view::npos && !in_phrase ? phrase_end
                                   : pending != nullptr                               ? pending->end
                                                                                      : 0;
    // "没有大家说的那么严重", "not as bad as": a negator reaches the degree
    // it denies through what the comparison is measured against.
    const bool degree_bound = pending != nullptr && !in_phrase && pending->tag != kWeakNegator &&
                              match.begin >= reach_from &&
                              ClauseOf(clause_starts, pending->begin) == clause &&
                              DeniedDegreeBefore(text.substr(reach_from, match.begin - reach_from));
    if (pending != nullptr && !in_phrase && !degree_bound &&
        (ClauseOf(clause_starts, pending->begin) != clause ||
         (pending->tag != kWeakNegator &&
          (match.begin - reach_from > kNegationReach ||
           EndsScope(text.substr(reach_from, match.begin - reach_from)))))) {
      flush_pending();
    }
    if (degree_bound && IsBlame(match.tag)) {
      // The problem the subject names is the one said to be smaller than
      // thought ("污染没有那么严重"): it is no criticism of its own.
      lesser_problems.push_back({clause, pending->begin});
    }
    if (match.tag == kNegator && text.substr(match.begin, match.end - match.begin) == "不是")
      denial = &match;
    switch (match.tag) {
      case kDeniedStatement:
        // "不是说 A，而是 B" prefers B as "不是 A 而是 B" does.
        if (text.substr(match.begin, match.end - match.begin).ends_with("不是说")) denial = &match;
        denied_statement = &match;
        continue;
      case kNegator:
      case kLack:
      case kWeakNegator:
      case kSeeming:
        flush_pending();
        pending = &match;
        continue;
      case kCompare:
        compare = &match;
        continue;
      case kReducer:
        // A denied reduction ("没有降低风险", "无法减少错误") relieves nothing.
        if (pending != nullptr && pending->tag != kSeeming) {
          pending = nullptr;
        } else {
          relieved_clauses.push_back(clause);
        }
        continue;
      case kRequirement:
        requirements.push_back({clause, match.end});
        continue;
      case kOpenQuestion:
        open_questions.push_back({clause, match.end});
        continue;
      case kNotEqual:
        // "跑分高不等于好用": the claim denies the praise that follows.
        pending = nullptr;
        requirements.push_back({clause, match.end});
        contributions.push_back({match.begin, clause, -1});
        continue;
      case kMixedCue:
        // "有得有失" weighs both ways whatever negates it.
        pending = nullptr;
        contributions.push_back({match.begin, clause, 1});
        contributions.push_back({match.begin, clause, -1});
        continue;
      default:
        break;
    }
    if (pending != nullptr && pending->tag == kSeeming) {
      pending = nullptr;
      if (match.tag == kPositive || match.tag == kWeakPositive) continue;  // "看起来挺聪明".
    }
    const int sign = after_denied_statement(clause, pending != nullptr && !in_phrase ? -1 : 1);
    if (!in_phrase) pending = nullptr;
    if (match.tag == kNegative && sign > 0 &&
        IsLackWord(text.substr(match.begin, match.end - match.begin)))
      lacks.push_back({clause, match.end});
    Contribution contribution{match.begin, clause, 0};
    contribution.negated = sign < 0;
    contribution.praise_word = match.tag == kPositive || match.tag == kWeakPositive ||
                               match.tag == kRelief || match.tag == kMore ||
                               match.tag == kLexPositive;
    // "A 比 B 强": a judgement in the clause of a 比 compares A with B.
    auto mark_compared = [&](Contribution& judged) {
      if (compare == nullptr || ClauseOf(clause_starts, compare->begin) != clause) return;
      judged.comparative = true;
      judged.object_begin = compare->end;
      judged.object_end = match.begin;
      judged.subject_limit = compare->begin;
    };
    switch (match.tag) {
      case kPositive:
        contribution.polarity = sign;
        // A praise word that names the kind of a problem ("协作问题",
        // "稳定性风险") is the problem's topic: the claim names a problem.
        if (NamesProblemKind(text, match.end)) contribution.polarity = -sign;
        // "A 比 B 强": praise after 比 compares, as 更强 does.
        mark_compared(contribution);
        break;
      case kLexPositive:
      case kLexNegative:
        contribution.polarity = match.tag == kLexPositive ? sign : -sign;
        contribution.lexical = true;
        contribution.weight = match.weight;
        break;
      case kWeakPositive:
        // "但仍会……" names what is still wrong, "就算……仍会……" what holds.
        if (!pivots.empty() && ClauseOf(clause_starts, pivots.back()) == clause) continue;
        contribution.polarity = sign;
        contribution.weak = true;
        break;
      case kNegative:
        contribution.polarity = -sign;
        contribution.dismisses = IsDismissal(text.substr(match.begin, match.end - match.begin));
        break;
      case kRelief:
        contribution.polarity = sign;
        // A denied relief ("无法解决问题", "不想修复") is criticism, and the
        // problems of its clause stay problems.
        if (sign > 0) relieved_clauses.push_back(clause);
        break;
      case kMore:
        contribution.polarity = sign;
        mark_compared(contribution);
        break;
      case kWorseThan:
      case kBetterThan:
      case kPreferOver:
        contribution.polarity = match.tag == kWorseThan ? -sign : sign;
        contribution.sides_only = match.tag == kPreferOver;
        contribution.comparative = true;
        contribution.object_begin = match.end;
        contribution.object_end = clause_end(clause);
        contribution.subject_limit = match.begin;
        break;
      default:
        continue;
    }
    contributions.push_back(contribution);
  }
  flush_pending();
  std::erase_if(contributions, [&](const Contribution& c) {
    if (c.polarity >= 0 || c.comparative || c.negated) return false;
    return std::any_of(lesser_problems.begin(), lesser_problems.end(), [&](const ClauseMarker& m) {
      return m.clause == c.clause && c.pos < m.end;
    });
  });

  // What is lacking or harmed is not praised ("缺少同等成熟的中间层",
  // "挤压长期创新空间"): praise a few characters after a word of lack or
  // harm, in its clause, names what is missing or lost; that word already
  // blames.
  std::erase_if(contributions, [&](const Contribution& c) {
    if (c.polarity <= 0 || !c.praise_word || c.comparative || c.negated) return false;
    return std::any_of(lacks.begin(), lacks.end(), [&](const ClauseMarker& lack) {
      // The object may have its head after 的 ("削弱模型的可靠性"), so 的
      // does not end the reach here as it ends a negator's.
      return lack.clause == c.clause && lack.end <= c.pos && c.pos - lack.end <= kNegationReach;
    });
  });

  // Problems named in a clause that also relieves them are praise: "幻觉的痛
  // 感缓解了", "降低门槛".
  for (Contribution& contribution : contributions) {
    if (contribution.polarity < 0 && !contribution.comparative &&
        std::find(relieved_clauses.begin(), relieved_clauses.end(), contribution.clause) !=
            relieved_clauses.end()) {
      contribution.polarity = 1;
    }
  }

  // A decline of something bad is good ("可见的违规会下降", "errors
  // declined"): blame followed in its clause by a word of decline turns, with
  // the decline, into praise. A decline alone ("性能下降") stays blame.
  {
    static constexpr std::string_view kDeclines[] = {"下降", "下滑", "减弱", "declined",
                                                     "declines", "decline", "dropped"};
    const auto is_decline = [&](const Contribution& c) {
      const std::string_view at = text.substr(c.pos);
      return std::any_of(std::begin(kDeclines), std::end(kDeclines),
                         [&](std::string_view word) { return at.starts_with(word); });
    };
    for (Contribution& decline : contributions) {
      if (decline.polarity >= 0 || decline.comparative || decline.negated ||
          !is_decline(decline)) {
        continue;
      }
      for (Contribution& before : contributions) {
        if (&before == &decline || before.clause != decline.clause || before.pos >= decline.pos ||
            before.polarity >= 0 || before.comparative || before.negated || before.weak ||
            is_decline(before)) {
          continue;
        }
        before.polarity = 1;
        decline.polarity = 1;
      }
    }
  }

  // Praise or blame inside the compared side describes that side ("略逊于最
  // 强模型"): the comparison already accounts for it.
  std::erase_if(contributions, [&](const Contribution& contribution) {
    if (contribution.comparative) return false;
    return std::any_of(contributions.begin(), contributions.end(), [&](const Contribution& c) {
      return c.comparative && contribution.pos >= c.object_begin && contribution.pos < c.object_end;
    });
  });

  // What a requirement asks for is not yet praise ("关键在于稳定的推理"), while
  // "不需要人工介入" still judges; what an open question asks about is not
  // asserted ("是否需要最强模型").
  std::erase_if(contributions, [&](const Contribution& c) {
    const bool governed =
        (!c.comparative && c.praise_word && Governs(requirements, c)) || Governs(open_questions, c);
    result.requirement = result.requirement || governed;
    return governed;
  });

  // A question asks; it does not judge. Only its own clause is a question:
  // "X 仍然领先，这是怎么做到的？" still praises X.
  if (IsQuestion(text)) {
    result.question = true;
    const int last = ClauseOf(clause_starts, text.empty() ? 0 : text.size() - 1);
    std::erase_if(contributions,
                  [&](const Contribution& c) { return c.clause >= last && !c.dismisses; });
  }

  // Praise named as the subject of criticism right after it is criticised:
  // "进步停滞", "再提升0.1%已经变得毫无意义" — the later judgement is the
  // predicate. A contrast ("有意思但未必正确") or a coordination ("跃迁与风险
  // 同时大增") between them keeps both.
  for (Contribution& praise : contributions) {
    if (praise.polarity <= 0 || praise.comparative || praise.weak || praise.sides_only) continue;
    const bool criticised_after =
        std::any_of(contributions.begin(), contributions.end(), [&](const Contribution& c) {
          if (c.clause != praise.clause || c.pos <= praise.pos || c.polarity >= 0 ||
              c.comparative || c.weak || c.pos - praise.pos > kPredicateReach) {
            return false;
          }
          const std::string_view between = text.substr(praise.pos, c.pos - praise.pos);
          return std::none_of(contrasts.begin(), contrasts.end(),
                              [&](std::size_t at) { return at > praise.pos && at < c.pos; }) &&
                 between.find("与") == std::string_view::npos &&
                 between.find("和") == std::string_view::npos &&
                 between.find("、") == std::string_view::npos &&
                 between.find("及") == std::string_view::npos &&
                 between.find(" and ") == std::string_view::npos;
        });
    if (criticised_after) praise.kept = false;
  }
  // "A，只是 B": 只是 turns mildly. Criticism after praise is a caveat that
  // yields to the praise, as a concession does ("评测变好仍是正向证据，只是
  // 不能过度解读"); any other turn ("偶尔有小 bug，只是写代码很出色") makes
  // B the point, as 但 does.
  for (const Caveat& caveat : caveats) {
    int before = 0, after = 0;
    for (const Contribution& c : contributions) {
      if (!c.kept || c.weak || c.sides_only) continue;
      (c.pos < caveat.pos ? before : after) += c.polarity;
    }
    if (before > 0 && after < 0) {
      concessions.push_back(caveat.clause);
    } else {
      pivots.insert(std::upper_bound(pivots.begin(), pivots.end(), caveat.pos), caveat.pos);
      result.pivot = true;
    }
  }
  WeighContrast(pivots, concessions, &contributions);
  result.overall =
      Tally(contributions, [](const Contribution& c) { return c.kept && !c.sides_only; });
  result.scopes.assign(targets.size(), TargetScope{});

  // Whether a target is named where the weighting kept a judgement: then each
  // target speaks for its own clause, else the weighted whole speaks for all.
  const auto in_kept_clause = [&](const StanceTarget& target) {
    const int clause = ClauseOf(clause_starts, target.begin);
    return std::any_of(contributions.begin(), contributions.end(),
                       [&](const Contribution& c) { return c.kept && c.clause == clause; });
  };
  const bool any_target_kept = std::any_of(targets.begin(), targets.end(), in_kept_clause);

  for (std::size_t t = 0; t < targets.size(); ++t) {
    const StanceTarget& target = targets[t];
    const int clause = ClauseOf(clause_starts, target.begin);
    // A person who holds the view is neither judged nor compared by it:
    // "田渊栋先解释为什么模型榜首很难形成永久领先".
    if (holders[t]) {
      result.per_target[t] = Stance::kNeutral;
      continue;
    }
    bool decided = false;
    // Comparisons first: the compared side in the same clause, or the subject
    // named before the comparison, in its clause or the one before it.
    for (const Contribution& contribution : contributions) {
      if (!contribution.comparative) continue;
      if (target.begin >= contribution.object_begin && target.end <= contribution.object_end) {
        result.sides[t] = ComparativeSide::kObject;
        result.per_target[t] = contribution.polarity > 0 ? Stance::kNegative : Stance::kPositive;
        decided = true;
        break;
      }
    }
    if (!decided) {
      for (const Contribution& contribution : contributions) {
        if (contribution.comparative && contribution.subject_follows &&
            target.begin >= contribution.pos && clause - contribution.clause <= 1) {
          result.sides[t] = ComparativeSide::kSubject;
          result.per_target[t] = Stance::kPositive;
          decided = true;
          break;
        }
        if (!contribution.comparative || contribution.subject_follows ||
            target.end > contribution.subject_limit) {
          continue;
        }
        if (contribution.clause - clause > 1) continue;
        result.sides[t] = ComparativeSide::kSubject;
        result.per_target[t] = contribution.polarity > 0 ? Stance::kPositive : Stance::kNegative;
        decided = true;
        break;
      }
    }
    if (decided) continue;
    if (target.person) {
      // A person is judged only in their own clause: "哈萨比斯…站出来，
      // 警醒AI带来的风险" says nothing against Hassabis, though the claim is
      // negative.
      const Stance own = Tally(contributions, [&](const Contribution& c) {
        return c.clause == clause && !c.comparative;
      });
      result.scopes[t] = {clause, true};
      result.per_target[t] = own;
      continue;
    }
    // "X 有 bug，但很能打": X is judged by what outweighs its own clause,
    // unless another target is named where that judgement is.
    const bool keeps_own_clause = !in_kept_clause(target) && any_target_kept;
    const Stance in_clause = Tally(contributions, [&](const Contribution& c) {
      return c.clause == clause && !c.comparative && (c.kept || keeps_own_clause);
    });
    if (in_clause != Stance::kNeutral) result.scopes[t] = {clause, keeps_own_clause};
    result.per_target[t] = in_clause != Stance::kNeutral ? in_clause : result.overall;
  }
  result.contributions = std::move(contributions);
  return result;
}

// Words of the evaluative frame around a judgement (stance_features.h):
// counted for the model, never judged by the rules. Longest match first, so
// the compounds tagged kFrameNone ("能力", "最近", "不断") hide the short
// words inside them.
enum FrameTag {
  kFrameNone = 0,
  kFrameDegree,
  kFrameAbility,
  kFrameInability,
  kFrameNegator,
  kFrameProblem,
  kFrameRelieves,
  kFrameGain,
  kFrameImportance,
  kFramePassive,
};

const CueScanner& FrameScanner() {
  static const CueScanner scanner([] {
    std::vector<Cue> cues;
    const auto add = [&cues](std::initializer_list<std::string_view> words, int tag) {
      for (std::string_view word : words) cues.push_back({word, tag});
    };
    add({"很",     "非常",      "特别",   "十分", "极其",   "极为",         "相当",
         "挺",     "太",        "最",     "更",   "越来越", "尤其",         "格外",
         "如此",   "真正",      "明显",   "显著", "大幅",   "高度",         "very",
         "really", "extremely", "highly", "most", "truly",  "significantly"},
        kFrameDegree);
    add({"能", "可以", "能够", "得以", "足以", "can", "could", "able to", "enables", "allows"},
        kFrameAbility);
    add({"不能", "无法", "难以", "更难", "很难", "较难", "不可能", "未能", "没能", "不足以",
         "做不到", "跟不上", "达不到", "cannot", "can't", "unable", "fails to", "couldn't"},
        kFrameInability);
    add({"不", "没", "未", "非", "无", "别", "并非", "不是", "没有", "not", "no", "never",
         "without", "isn't", "doesn't", "don't"},
        kFrameNegator);
    add({"问题",  "风险",   "瓶颈",       "约束",        "挑战",      "局限",    "短板",
         "缺陷",  "漏洞",   "隐患",       "困难",        "难题",      "代价",    "污染",
         "焦虑",  "担忧",   "误判",       "错误",        "失败",      "失控",    "威胁",
         "危险",  "限制",   "problem",    "problems",    "risk",      "risks",   "bottleneck",
         "limitation", "limitations", "challenge", "failure", "threat",
         "bug",   "bugs"},
        kFrameProblem);
    add({"解决", "缓解", "修复", "降低", "减少", "避免", "克服", "消除", "改善", "突破", "fix",
         "fixes", "solve", "solves", "reduce", "reduces", "avoid", "mitigate", "mitigates"},
        kFrameRelieves);
    add({"赢得", "主导",  "带来",     "价值",     "进展",    "收益", "回报",  "推动",
         "促进", "帮助",  "受欢迎",   "流行",     "关注",    "采用", "增长",  "扩张",
         "获得", "释放",  "加快",     "胜出",     "领导",    "gain", "gains", "win",
         "wins", "value", "progress", "adoption", "popular", "helps"},
        kFrameGain);
    // Importance (issue 8, fifth round): "可逆性很关键", "数据非常重要", "核心支点".
    add({"关键", "重要", "核心", "至关", "要紧", "key", "important", "crucial", "essential",
         "critical", "vital"},
        kFrameImportance);
    // The 被 passive of Chinese is mostly adversative: what is done to its
    // subject befalls it ("可能被陌生人诱骗", "再次被覆盖", "被淘汰"). Verbs of
    // naming, regarding and using (被称为, 被视为, 被采用) and the word 被动
    // are not; 被低估 is praise, a hand cue.
    add({"被"}, kFramePassive);
    add({"被动", "被称为", "被称作", "被认为", "被视为", "被看作", "被当作", "被评为", "被誉为",
         "被选为", "被命名", "被叫做", "被用", "被广泛", "被低估", "被定义", "被描述", "被理解",
         "被接受", "被采用", "被引用"},
        kFrameNone);
    // Compounds that hold a frame word without its sense.
    add({"能力", "性能", "智能", "功能", "技能", "能源", "能耗", "可能", "潜能", "职能", "效能",
         "动能", "本能", "万能", "体能", "能否", "可以说", "最近", "最后", "最终", "最初", "最新",
         "更新", "更改", "更换", "更多", "很多", "很少", "更少", "最多", "最少", "太多", "太少",
         "不断", "不同", "不少", "不仅", "不久", "不管", "不论", "非常规", "无论", "无需", "未来",
         "未知", "无限", "毫无疑问", "无人", "非洲", "太空", "太阳", "非营利", "no one",
         "cannot only",
         // Negator characters inside words, as in the stance cues.
         "识别", "区别", "类别", "级别", "分别", "个别", "告别", "辨别", "性别", "鉴别", "差别",
         "判别", "派别", "别人", "别的", "别处", "别家", "不光", "不单", "没错",
         // "More like" likens (issue 8, eighth round): "更像行业趋势", "演化更
         // 像找到算法" say what a thing resembles, with no degree of quality.
         "更像", "更像是",
         // 更 before a verb or a copula is "all the more", not a degree of
         // quality ("Google就更把它当做一个工程项目", "更是如此").
         "更把", "更是", "更要", "更在于",
         // "Especially" brings in an example ("特别是在Transformer之后"), no
         // degree of anything.
         "特别是", "尤其是",
         // A degree inside an attribute that says what kind of thing it is,
         // as in the stance cues ("一套很复杂的Agent框架").
         "很复杂的", "非常复杂的", "十分复杂的", "相当复杂的", "特别复杂的", "越来越复杂的",
         "更复杂的", "最复杂的",
         // 问题 as a question asked or a task worked on, not a fault:
         // "成员会随问题流动", "然后回答问题", "因问题而异". A domain's problem
         // ("这仍然是一个科学问题") stays one: it is often the unsolved kind.
         "回答问题", "问问题", "提问题", "好问题", "随问题", "按问题", "根据问题", "围绕问题",
         "因问题", "问题驱动",
         // A fault withstood or detected, as in the stance cues ("抗污染", "污染检测").
         "抗污染", "抗干扰", "抗风险", "抗攻击", "抗幻觉", "污染检测", "漏洞检测", "错误检测",
         "幻觉检测",
         // 可以 that frames a statement rather than saying what something can
         // do: "产品可以定义成…", "这可以理解为…", "可以看作一次转向".
         "可以定义", "可以理解", "可以看作", "可以看成", "可以视为", "可以当作", "可以称为",
         "可以叫做", "可以分为", "可以概括", "可以归纳", "可以总结", "可以比作", "可以类比",
         "可以这么说", "可以这样说", "可以这样理解", "可以这么理解",
         // Perceiving is no ability of what is judged: "可以看到，…" opens an
         // observation, "直接与人交互能感受到的那一层" describes.
         "可以看到", "可以看出", "能看到", "能看出", "能感受到", "能感觉到", "可以感受到",
         "可以感觉到", "能听到", "能听出",
         // Going through items one by one ("逐个问题地审查") is a task, no fault.
         "逐个问题"},
        kFrameNone);
    // What words cannot convey is a degree, not an inability: "很难用语言形容
    // 这个项目的投入程度" says how large it was.
    for (std::string_view word : kDegreeNotFault) cues.push_back({word, kFrameDegree});
    return cues;
  }());
  return scanner;
}

struct FrameCounts {
  double degree = 0, degree_blame = 0, ability = 0, inability = 0, negator = 0, problem = 0,
         gain = 0, importance = 0, quantity = 0, passive = 0;
};

// Maximum bytes from a negator to the problem it denies: "没有发现污染",
// "几乎没有任何风险".
constexpr std::size_t kDeniedProblemReach = 15;

// Maximum bytes from a degree adverb to the cue it intensifies: "很糟",
// "更加不稳定", "very poorly".
constexpr std::size_t kDegreeReach = 9;

bool IsBlame(int tag) {
  return tag == kNegative || tag == kLexNegative || tag == kWeakNegator || tag == kWorseThan;
}

// `cues` (hand and lexicon, sorted by position) sign the degree adverbs: one
// that intensifies blame ("很糟", "更差") counts apart from the others, which
// mostly intensify praise or an unlisted evaluative word ("非常宽容").
// Whether a requirement or an open question (需要, 必须, 是否, 没有证明)
// opens before `pos` in the same clause.
bool Required(std::string_view text, const std::vector<StanceCue>& cues, std::size_t pos) {
  return std::any_of(cues.begin(), cues.end(), [&](const StanceCue& cue) {
    if ((cue.tag != kRequirement && cue.tag != kOpenQuestion) || cue.end > pos) return false;
    const std::vector<std::size_t> starts = ClauseStarts(text.substr(0, pos));
    return starts.empty() || starts.back() <= cue.end;
  });
}

FrameCounts CountFrames(std::string_view text, const std::vector<StanceCue>& cues) {
  FrameCounts counts;
  bool relieved = false;
  // Where the last negator (and the last negator or inability: 无法解决)
  // ended: a problem or a relief right after it is denied.
  std::size_t last_negator_end = std::string_view::npos;
  std::size_t last_denial_end = std::string_view::npos;
  for (const CueMatch& match : FrameScanner().Scan(text)) {
    switch (match.tag) {
      case kFrameDegree: {
        // A degree inside what is required or asked ("必须把经历升华为更一般的
        // 表示", "是否更好") intensifies nothing asserted, as the rules keep
        // no praise there (issue 8, eighth round).
        if (Required(text, cues, match.begin)) break;
        const auto next = std::find_if(cues.begin(), cues.end(), [&](const StanceCue& cue) {
          return cue.tag != kNeutralWord && cue.begin >= match.begin &&
                 cue.begin <= match.end + kDegreeReach;
        });
        if (next != cues.end() && IsBlame(next->tag)) {
          counts.degree_blame += 1;
        } else {
          counts.degree += 1;
        }
        break;
      }
      case kFrameAbility:
        counts.ability += 1;
        break;
      case kFrameInability:
        counts.inability += 1;
        last_denial_end = match.end;  // Denies a relief, as a negator does.
        break;
      case kFrameNegator:
        counts.negator += 1;
        last_negator_end = last_denial_end = match.end;
        break;
      case kFrameProblem:
        // A denied problem ("几乎没有发现污染迹象") is no problem of the
        // thing; the rules see the negation and the model should not count it.
        if (last_negator_end == std::string_view::npos || match.begin < last_negator_end ||
            match.begin - last_negator_end > kDeniedProblemReach ||
            EndsScope(text.substr(last_negator_end, match.begin - last_negator_end))) {
          counts.problem += 1;
        }
        break;
      case kFrameImportance:
        counts.importance += 1;
        break;
      case kFrameRelieves:
        // Denied ("无法解决问题"), it relieves nothing.
        if (last_denial_end == std::string_view::npos || match.begin < last_denial_end ||
            match.begin - last_denial_end > kNegationReach ||
            EndsScope(text.substr(last_denial_end, match.begin - last_denial_end))) {
          relieved = true;
        }
        break;
      case kFrameGain:
        counts.gain += 1;
        break;
      case kFramePassive:
        counts.passive = 1;  // Whether, not how often.
        break;
      default:
        break;
    }
  }
  // A relieved problem ("解决了幻觉问题") is praise, which the rules see.
  if (relieved) counts.problem = 0;
  // A figure (digits, a percentage): announcements, shares and dates, but
  // also scores and usage figures that praise; the model weighs it (trained
  // on tuned + dev it leans positive, not neutral as first supposed).
  counts.quantity =
      std::any_of(text.begin(), text.end(), [](char c) { return IsAsciiDigit(c) || c == '%'; })
          ? 1.0
          : 0.0;
  for (double* count : {&counts.degree, &counts.degree_blame, &counts.ability, &counts.inability,
                        &counts.negator, &counts.problem, &counts.gain, &counts.importance}) {
    *count = std::min(*count, 2.0);
  }
  return counts;
}

bool InScope(const TargetScope& scope, const Contribution& c) {
  if (scope.clause < 0) return c.kept && !c.sides_only;
  return c.clause == scope.clause && !c.comparative && (c.kept || scope.keeps_own_clause);
}

bool HasTopic(const std::vector<std::string>& topics, std::string_view topic) {
  return std::find(topics.begin(), topics.end(), topic) != topics.end();
}

// The model's features for the contributions of `scope` in `full` (hand cues
// and lexicon words), given the rules' verdict on the same scope.
// `length` is the claim's content characters / 40, capped at 2 (one count
// for the claim and all its targets).
std::vector<double> Features(const Analysis& full, const TargetScope& scope, Stance rule_verdict,
                             double length, const FrameCounts& frames, const ChangeCounts& changes,
                             const StanceContext& context) {
  std::vector<double> x(kFeatureCount, 0.0);
  x[kBias] = 1;
  x[kRulePositive] = rule_verdict == Stance::kPositive ? 1 : 0;
  x[kRuleNegative] = rule_verdict == Stance::kNegative ? 1 : 0;
  x[kRuleMixed] = rule_verdict == Stance::kMixed ? 1 : 0;
  double balance = 0;
  bool strong = false;
  bool any = false;
  for (const Contribution& c : full.contributions) {
    if (!InScope(scope, c)) continue;
    any = true;
    strong = strong || !c.weak;
    if (c.negated) x[kNegated] = 1;
    if (c.comparative) x[kComparative] = 1;
    if (c.lexical) {
      x[c.polarity > 0 ? kLexiconPositive : kLexiconNegative] += 1;
      balance += c.polarity * c.weight;
    } else if (!c.weak) {
      x[c.polarity > 0 ? kCuePositive : kCueNegative] += 1;
    }
  }
  for (int f : {kCuePositive, kCueNegative, kLexiconPositive, kLexiconNegative})
    x[f] = std::min(x[f], 3.0);
  x[kLexiconBalance] = std::clamp(balance, -2.0, 2.0);
  x[kWeakOnly] = any && !strong ? 1 : 0;
  // Qualified: the cue tags of this file (StanceTag) have a kPivot and a
  // kConcession too, and unqualified names would find those first and write
  // to the wrong slots (the requirement and modality features).
  x[StanceFeature::kPivot] = full.pivot ? 1 : 0;
  x[StanceFeature::kConcession] = full.concession ? 1 : 0;
  x[kQuestion] = full.question ? 1 : 0;
  x[kRequirementCue] = full.requirement ? 1 : 0;
  x[kModalityFirsthand] = context.modality == Modality::kFirsthand ? 1 : 0;
  x[kModalityReported] = context.modality == Modality::kReported ? 1 : 0;
  x[kModalitySpeculative] = context.modality == Modality::kSpeculative ? 1 : 0;
  x[kTopicEvaluation] = HasTopic(context.topics, "evaluation") ? 1 : 0;
  x[kTopicBusiness] = HasTopic(context.topics, "business") ? 1 : 0;
  x[kTopicSafety] = HasTopic(context.topics, "safety") ? 1 : 0;
  x[kTopicResearch] = HasTopic(context.topics, "research") ? 1 : 0;
  x[kTopicAgi] = HasTopic(context.topics, "agi") ? 1 : 0;
  x[kLength] = length;
  // Praise that is only required or asked about (kRequirementCue) is not
  // asserted, and neither is the frame around it ("是否需要最强的模型").
  const double asserted = full.requirement ? 0.0 : 1.0;
  // What a guess or a relayed view says something can do or bring ("我猜
  // 1B参数也能对话") is not the speaker's praise of it.
  const bool hedged =
      context.modality == Modality::kSpeculative || context.modality == Modality::kReported;
  const double own = hedged ? 0.0 : asserted;
  x[kDegree] = frames.degree * asserted;
  x[kDegreeBlame] = frames.degree_blame * asserted;
  x[kAbility] = frames.ability * own;
  x[kInability] = frames.inability;
  x[kNegatorWord] = frames.negator;
  x[kProblem] = frames.problem;
  x[kGain] = frames.gain * own;
  x[kImportance] = frames.importance * asserted;
  x[kQuantity] = frames.quantity;
  x[kCaveatFrame] = context.caveat_frame ? 1 : 0;
  x[kAdversativePassive] = frames.passive;
  x[kGoodChange] = std::min(changes.good, 2);
  x[kBadChange] = std::min(changes.bad, 2);
  return x;
}

// A mixed verdict with as much praise as blame in its scope, which the claim
// itself marks as weighing both ways (Analysis::weighs_both: 有得有失,
// "有意思但未必正确", "价格倒是便宜"). Unmarked praise and blame ("更难形成
// 完整闭环", "稳定性……都缺少直接证据") are mostly one judgement whose
// subject names the other, which the model weighs.
bool BalancedMixed(const Analysis& rules, const TargetScope& scope, Stance verdict) {
  if (verdict != Stance::kMixed || !rules.weighs_both) return false;
  int balance = 0;
  for (const Contribution& c : rules.contributions) {
    if (InScope(scope, c) && !c.weak) balance += c.polarity > 0 ? 1 : -1;
  }
  return balance == 0;
}

// Whether a number opens the text after `pos` (spaces skipped): digits, or a
// Chinese numeral or amount (一半, 数十, 几百).
bool NumberFollows(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos >= text.size()) return false;
  if (IsAsciiDigit(text[pos])) return true;
  char32_t cp = 0;
  DecodeUtf8At(text, pos, &cp);
  static constexpr std::u32string_view kNumerals = U"一二两三四五六七八九十百千万亿半数几";
  return kNumerals.find(cp) != std::u32string_view::npos;
}

bool IsSentenceBreak(char32_t cp) {
  return cp == U'。' || cp == U'！' || cp == U'？' || cp == '!' || cp == '?';
}

bool HasSentenceBreak(std::string_view text) { return AnyCodePoint(text, IsSentenceBreak); }

std::vector<StanceCue> HandCues(std::string_view text) {
  std::vector<StanceCue> cues;
  for (const CueMatch& match : StanceScanner().Scan(text)) {
    // "超过一半的问题", "超过 50%": an amount, not one side beating another.
    // "支持 60+ 提供商", "支持 100 万 token": what a system supports, a
    // capability named by its size, not an endorsement ("支持开放模型").
    const std::string_view word = text.substr(match.begin, match.end - match.begin);
    if (((match.tag == kBetterThan && word == "超过") ||
         (match.tag == kPositive && word == "支持")) &&
        NumberFollows(text, match.end)) {
      cues.push_back({match.begin, match.end, kNeutralWord, 1.0});  // Still hides lexicon words.
      continue;
    }
    cues.push_back({match.begin, match.end, match.tag, 1.0});
  }
  // "与其堆参数，不如做好数据": after 与其 in its sentence, 不如 says which
  // way is better, not that something is worse; it turns to the point as
  // 不如说 does.
  for (std::size_t at = text.find("与其"); at != std::string_view::npos;
       at = text.find("与其", at + 1)) {
    for (StanceCue& cue : cues) {
      if (cue.begin <= at || cue.tag != kWorseThan ||
          text.substr(cue.begin, cue.end - cue.begin) != "不如") {
        continue;
      }
      if (!HasSentenceBreak(text.substr(at, cue.begin - at))) cue.tag = kPivot;
      break;
    }
  }
  return cues;
}

// The hand cues plus the polarity-lexicon words (of the same text) that no
// hand cue (not even a neutral one: 不仅, 难度) overlaps, in order.
std::vector<StanceCue> WithLexicon(const std::vector<StanceCue>& hand,
                                   const std::vector<PolarityMatch>& lexicon_words) {
  std::vector<StanceCue> cues = hand;
  for (const PolarityMatch& match : lexicon_words) {
    // A lexicon word that opens with a one-character negator holds the
    // negation in its sense (不幸, 不利, 无效, 不安): it wins over the bare
    // negator, which would otherwise hide it and flip the next cue instead
    // ("非常不幸的事" read as praise). Any other hand cue it overlaps wins.
    bool covered = false;
    std::vector<std::size_t> negators;
    for (std::size_t i = 0; i < hand.size(); ++i) {
      const StanceCue& cue = hand[i];
      if (cue.begin >= match.end || match.begin >= cue.end) continue;
      const bool prefix_negator = cue.tag == kNegator && cue.begin == match.begin &&
                                  cue.end < match.end && cue.end - cue.begin == 3;
      if (prefix_negator) {
        negators.push_back(i);
      } else {
        covered = true;
      }
    }
    if (covered) continue;
    for (std::size_t i : negators) cues[i].tag = kNeutralWord;
    cues.push_back({match.begin, match.end, match.score > 0 ? kLexPositive : kLexNegative,
                    std::abs(match.score)});
  }
  std::stable_sort(cues.begin(), cues.end(),
                   [](const StanceCue& a, const StanceCue& b) { return a.begin < b.begin; });
  return cues;
}

// "没有 RL，很多模型的局限也难以突破", "without pre-training it is a dead end":
// what goes wrong in a thing's absence argues that it is needed. A target
// named right after an absence marker takes the side opposite to its
// clause's criticism. (Praise after an absence, "没有 X 也能做好", says X is
// not needed; it is left to the other rules.)
bool FollowsAbsence(std::string_view text, const StanceTarget& target) {
  std::string_view before = text.substr(0, std::min(target.begin, text.size()));
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  for (std::string_view marker : {"没有", "没了", "缺少", "缺乏", "少了"}) {
    if (before.ends_with(marker)) return true;
  }
  constexpr std::string_view kWithout = "without";
  if (before.size() < kWithout.size()) return false;
  const std::string_view word = before.substr(before.size() - kWithout.size());
  const bool matches = std::equal(word.begin(), word.end(), kWithout.begin(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == b;
  });
  const bool word_start = before.size() == kWithout.size() ||
                          !std::isalnum(static_cast<unsigned char>(before[before.size() - 8]));
  return matches && word_start;
}

void ApplyAbsence(std::string_view text, const std::vector<StanceTarget>& targets,
                  std::vector<Stance>* per_target) {
  for (std::size_t t = 0; t < targets.size() && t < per_target->size(); ++t) {
    if ((*per_target)[t] == Stance::kNegative && FollowsAbsence(text, targets[t])) {
      (*per_target)[t] = Stance::kPositive;
    }
  }
}

bool DeniesBelief(std::string_view word) {
  return std::find(std::begin(kDeniedBeliefs), std::end(kDeniedBeliefs), word) !=
         std::end(kDeniedBeliefs);
}

// The hand cues the rules alone weigh. "团队没有僵硬分组", "他们没有犹豫",
// "我不认为这很混乱": an absence or a denied belief whose object the polarity
// lexicon calls a fault denies that fault; it is no lack of something wanted
// and no criticism. The rules see no cue after the 没有 or the 不认为 and would
// read it alone as criticism; such a one negates as 不 does instead (nothing,
// with nothing after it; the lexicon word, when the model weighs it with the
// lexicon, comes out praised as before). An absence reaches a negator's
// reach and stops at 的 ("没有稳定的问题" lacks something stable); a denied
// belief reaches the end of its clause. A hand cue in between, or on the
// lexicon word itself, is what they deny.
// `lexicon_words()` gives the text's polarity-lexicon words, scanned only
// when an absence or a denied belief asks for them.
template <class LexiconWords>
std::vector<StanceCue> DenyLexiconFaults(std::string_view text, std::vector<StanceCue> hand,
                                         const LexiconWords& lexicon_words) {
  for (StanceCue& cue : hand) {
    const std::string_view word = text.substr(cue.begin, cue.end - cue.begin);
    const bool belief = cue.tag == kWeakNegator && DeniesBelief(word);
    if (cue.tag != kLack && !belief) continue;
    const std::vector<PolarityMatch>& words = lexicon_words();
    const bool denies = std::any_of(words.begin(), words.end(), [&](const PolarityMatch& m) {
      if (m.score >= 0 || m.begin < cue.end) return false;
      const std::string_view between = text.substr(cue.end, m.begin - cue.end);
      if (!ClauseStarts(between).empty()) return false;
      if (!belief && (m.begin - cue.end > kNegationReach || EndsScope(between))) return false;
      return std::none_of(hand.begin(), hand.end(), [&](const StanceCue& other) {
        return other.tag != kNeutralWord && other.begin >= cue.end && other.begin < m.end;
      });
    });
    if (denies) cue.tag = kNegator;
  }
  return hand;
}

// A verdict does not reach across a sentence break (issue 8, eighth round):
// in a quoted passage of several sentences, a target named in a sentence
// that judges nothing ("预训练已经是一个相对确定性的范式了。…Google的工程管理
// 能力非常强") is described there, not judged by the next sentence's verdict
// on something else. Such a target is neutral, by the rules. A claim of one
// sentence, or one whose every sentence is silent, is left as it was.
void ApplySentenceReach(std::string_view text, const std::vector<StanceTarget>& targets,
                        const std::vector<Contribution>& contributions,
                        std::vector<Stance>* per_target, std::vector<bool>* by_rules) {
  std::vector<std::size_t> breaks;  // Byte offsets just after each sentence break.
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t cp = 0;
    pos += DecodeUtf8At(text, pos, &cp);
    if (IsSentenceBreak(cp) && pos < text.size()) breaks.push_back(pos);
  }
  if (breaks.empty() || contributions.empty()) return;
  for (std::size_t t = 0; t < targets.size() && t < per_target->size(); ++t) {
    const auto next = std::upper_bound(breaks.begin(), breaks.end(), targets[t].begin);
    const std::size_t begin = next == breaks.begin() ? 0 : *(next - 1);
    const std::size_t end = next == breaks.end() ? text.size() : *next;
    const bool judged_here =
        std::any_of(contributions.begin(), contributions.end(),
                    [&](const Contribution& c) { return c.pos >= begin && c.pos < end; });
    if (judged_here) continue;
    (*per_target)[t] = Stance::kNeutral;
    if (by_rules != nullptr && t < by_rules->size()) (*by_rules)[t] = true;
  }
}

}  // namespace

StanceResult ClassifyStance(std::string_view text, const std::vector<StanceTarget>& targets,
                            const StanceContext& context) {
  const std::vector<StanceCue> hand = HandCues(text);
  // The polarity-lexicon words, scanned once, when a pass first needs them.
  std::optional<std::vector<PolarityMatch>> scanned;
  const auto lexicon_words = [&]() -> const std::vector<PolarityMatch>& {
    if (!scanned) scanned = PolarityLexicon::Default().Scan(text);
    return *scanned;
  };
  // The rules alone decide comparisons, the claim's subject and, without a
  // model, the stance itself.
  std::vector<bool> holders(targets.size());
  for (std::size_t t = 0; t < targets.size(); ++t) {
    holders[t] = targets[t].person && HoldsTheView(text, targets[t]);
  }
  const Analysis rules =
      Analyze(text, targets, holders, DenyLexiconFaults(text, hand, lexicon_words));
  StanceResult result;
  result.overall = rules.overall;
  result.per_target = rules.per_target;
  result.sides = rules.sides;
  result.predicate_begin = rules.predicate_begin;
  if (context.model == nullptr && !context.want_features) {
    ApplyAbsence(text, targets, &result.per_target);
    ApplySentenceReach(text, targets, rules.contributions, &result.per_target, nullptr);
    return result;
  }

  // With the lexicon words the same rules weigh the claim again; the model
  // turns what they kept, and the rules' own verdict, into the stance.
  // Without a lexicon word the second pass would repeat the first.
  const std::vector<StanceCue> cues = WithLexicon(hand, lexicon_words());
  const Analysis full = cues.size() == hand.size() ? rules : Analyze(text, targets, holders, cues);
  const double length = std::min(CountContentChars(text) / 40.0, 2.0);
  const FrameCounts frames = CountFrames(text, cues);
  const ChangeCounts changes = CountChanges(text);
  result.overall_features =
      Features(full, TargetScope{}, rules.overall, length, frames, changes, context);
  result.target_features.resize(targets.size());
  for (std::size_t t = 0; t < targets.size(); ++t) {
    result.target_features[t] =
        Features(full, full.scopes[t], rules.per_target[t], length, frames, changes, context);
  }
  // The rules keep comparisons ("A 不如 B") and a balanced mixed verdict
  // that the claim marks as weighing both ways (BalancedMixed): the labels
  // hold too few mixed claims to teach the model. An unbalanced one (two
  // praises, one blame) or an unmarked one the model weighs, since on
  // unseen digests it is mostly one judgement.
  result.overall_by_rules = BalancedMixed(rules, TargetScope{}, rules.overall);
  result.target_by_rules.resize(targets.size());
  for (std::size_t t = 0; t < targets.size(); ++t) {
    // A person who holds the view, or whose own clause judges nothing, is
    // neutral by the rules: the model's frame counts are the whole claim's.
    const bool person_unjudged =
        targets[t].person &&
        (holders[t] ||
         std::none_of(full.contributions.begin(), full.contributions.end(),
                      [&](const Contribution& c) { return InScope(full.scopes[t], c); }));
    result.target_by_rules[t] = rules.sides[t] != ComparativeSide::kNone || person_unjudged ||
                                BalancedMixed(rules, rules.scopes[t], rules.per_target[t]);
  }
  if (context.model == nullptr) {
    ApplyAbsence(text, targets, &result.per_target);
    ApplySentenceReach(text, targets, full.contributions, &result.per_target,
                       &result.target_by_rules);
    return result;
  }
  if (!result.overall_by_rules) result.overall = context.model->Predict(result.overall_features);
  for (std::size_t t = 0; t < targets.size(); ++t) {
    if (!result.target_by_rules[t])
      result.per_target[t] = context.model->Predict(result.target_features[t]);
  }
  ApplyAbsence(text, targets, &result.per_target);
  ApplySentenceReach(text, targets, full.contributions, &result.per_target,
                     &result.target_by_rules);
  return result;
}

namespace {

// Words that make a field label or a short title a caveat: limits, risks,
// things still to verify (lower case for English).
constexpr std::string_view kCaveatWords[] = {
    "边界", "局限",   "风险",   "限制",   "不足",       "注意事项", "存疑",
    "待核", "待验证", "未核实", "caveat", "limitation", "risk",     "disclaimer"};

// `text` (short) names a caveat.
bool NamesCaveat(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = AsciiLower(c);
  for (std::string_view word : kCaveatWords) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return false;
}

// `text` without the Markdown list, quote, heading and numbering marks that
// may open it ("- ", "> ", "### 3. ", "一、").
std::string_view StripLeadingMarks(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    const std::size_t length = DecodeUtf8At(text, pos, &cp);
    const bool mark = IsSpaceChar(cp) || cp == '-' || cp == '*' || cp == '>' || cp == '#' ||
                      cp == '.' || cp == U'、' ||
                      (cp < 0x80 && IsAsciiDigit(static_cast<char>(cp)));
    if (!mark) break;
    pos += length;
  }
  return text.substr(pos);
}

// Longest field label or caveat title, in units of one ideograph or one
// English word: "局限与风险" (5) and "Known limitations" (2) fit, "Agent 的
// 密钥和权限风险" (10) is a topic.
constexpr int kMaxLabelUnits = 8;

int LabelUnits(std::string_view text) {
  int units = 0;
  bool in_word = false;
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t cp = 0;
    pos += DecodeUtf8At(text, pos, &cp);
    const bool word_char = cp < 0x80 && IsAsciiAlnum(static_cast<char>(cp));
    if (word_char) {
      if (!in_word) ++units;
    } else if (!IsSpaceChar(cp)) {
      ++units;
    }
    in_word = word_char;
  }
  return units;
}

}  // namespace

bool IsCaveatFrame(std::string_view section_title, std::string_view paragraph) {
  const std::string_view title = StripLeadingMarks(section_title);
  if (!title.empty() && LabelUnits(title) <= kMaxLabelUnits && NamesCaveat(title)) return true;
  // A field label: a short run before the first colon that opens the paragraph.
  const std::string_view body = StripLeadingMarks(paragraph);
  std::size_t colon = std::string_view::npos;
  for (std::string_view mark : {std::string_view("："), std::string_view(":")}) {
    const std::size_t at = body.find(mark);
    if (at != std::string_view::npos && at < colon) colon = at;
  }
  if (colon == std::string_view::npos || colon == 0) return false;
  const std::string_view label = body.substr(0, colon);
  return LabelUnits(label) <= kMaxLabelUnits && NamesCaveat(label);
}

}  // namespace claimkb::internal
