#include "stance_classifier.h"

#include <algorithm>

#include "cue_scanner.h"
#include "utf8_scan.h"

namespace claimkb::internal {
namespace {

enum StanceTag {
  kNeutralWord = 0,  // Words that contain a cue but are not one: 不仅, 不同, 非常.
  kPositive,
  kNegative,
  kNegator,      // Flips the next cue in its clause: 不, 没有, not.
  kWeakNegator,  // Flips like a negator, and is negative on its own: 未必, 难以.
  kWorseThan,    // "A 不如 B": A loses, B wins.
  kBetterThan,   // "A 超过 B": A wins, B loses.
  kCompare,      // 比 in "A 比 B 更强": marks where the compared side starts.
  kMore,         // 更强, 更好: praise, or a comparison after 比.
  kRelief,       // 缓解, 修复: praise, and turns problems in its clause into praise.
  kReducer,      // 降低, 减少: turns problems in its clause into praise.
  kSeeming,      // 看起来, 看似: the praise that follows is only appearance.
};

const CueScanner& StanceScanner() {
  static const CueScanner scanner([] {
    std::vector<Cue> cues;
    const auto add = [&cues](std::initializer_list<std::string_view> words, int tag) {
      for (std::string_view word : words) cues.push_back({word, tag});
    };
    add({"不仅", "不只", "不断", "不同", "不少", "不久", "不管", "不论", "不过", "不得不",
         "非常", "无论", "毫无疑问", "不止", "没想到", "难道", "难怪", "不要说", "无需",
         "不用说", "很难说", "not only", "no doubt", "nothing but", "problem-solving",
         "不言而喻", "而不是", "值得注意", "值得一提", "点赞", "转发支持", "关注支持",
         "支持一下"},
        kNeutralWord);
    add({"惊艳", "惊喜", "突破", "显著领先", "亮眼", "很强", "强大", "强项", "优势", "优点",
         "长处", "提升", "提高", "增强", "进步", "改进", "抓人", "出色", "优秀", "厉害",
         "不错", "好用", "满意", "认可", "支持", "看好", "喜欢", "推荐", "最高", "最强",
         "最好", "霸榜", "接近", "质变", "跃升", "飞跃", "起色", "适合", "彻底", "原创",
         "有效", "高效", "实用", "简洁", "稳定", "可靠", "成功", "值得", "省掉", "节省",
         "加速", "兴奋", "乐观", "有望", "潜力", "夺金", "金牌", "聪明", "很快", "更快",
         "有用", "靠谱", "惊人", "震撼", "令人印象", "擅长", "能力强", "领跑", "第一梯队",
         "红利", "利好", "看涨", "成熟", "好看", "漂亮", "完整", "便宜", "省钱", "赋能",
         "解锁", "强劲", "神奇", "鲁棒", "跃迁", "越好", "前瞻", "点亮", "成立", "正确",
         "有意思", "好处", "合理", "前进", "很棒", "棒", "务实", "可依赖", "能打", "享受",
         "乐意", "慷慨", "连贯", "被低估", "有意义", "精彩", "巧妙", "优雅", "降低门槛",
         "门槛降低", "机会", "robust", "impressive", "amazing", "breakthrough",
         "best", "strong", "great", "excellent", "good", "improve", "improved",
         "improves", "improvement", "improvements", "leading", "state-of-the-art", "sota",
         "works", "work", "optimistic", "love", "powerful", "efficient", "reliable",
         "all you need", "superior", "exciting", "excited", "win", "wins", "useful",
         "incredible", "remarkable", "progress", "success", "successful", "faster",
         "smarter", "promising", "bullish", "brilliant", "solid"},
        kPositive);
    add({"下降", "不够", "短板", "局限", "限制", "bug", "bugs", "buggy", "难", "困难", "逊色",
         "较弱", "弱", "变差", "更差", "糟", "缺陷", "缺失", "缺乏", "欠缺", "失败", "错误",
         "犯错", "幻觉", "hallucination", "hallucinations", "hallucinate", "hallucinates",
         "偏差", "挑战", "风险", "担忧", "担心", "危险", "泡沫", "瓶颈", "撞墙", "昂贵",
         "浪费", "失望", "不稳定", "不可靠", "误导", "未解", "走偏", "不代表", "质疑",
         "怀疑", "批判", "不足", "痛点", "低效", "效率低", "人工介入", "仍需", "仍常需",
         "仍然需要", "暂少", "较少", "平铺", "太慢", "很慢", "变慢", "变长", "拖后腿",
         "吃力", "糟糕", "差劲", "崩溃", "退步", "下滑", "跌破", "脆弱", "不行", "没用",
         "做不到", "卡住", "炒作", "过度", "夸大", "虚高", "刷榜", "过拟合", "overfitting", "有限", "不容易", "行不通", "不现实", "不切实际", "悲观",
         "差距", "所缺", "缺少", "不好", "高估", "门槛高", "高门槛",
         "worse", "worst", "weak", "weakness", "weaknesses", "limitation", "limitations",
         "limited", "fail", "fails", "failure", "failed", "struggle", "struggles", "bad",
         "terrible", "sucks", "slow", "expensive", "decline", "declined", "dropped",
         "overhyped", "bubble", "risk", "risky", "dangerous", "wrong", "mistake",
         "mistakes", "poor", "lack", "lacks", "brittle", "hype",
         "jagged", "hard", "difficult", "concern", "concerns", "worried", "bottleneck"},
        kNegative);
    add({"不", "没", "没有", "未", "并非", "并不", "并无", "并没有", "不会", "不是", "无法",
         "不能", "不太", "毫无", "绝非", "从未", "别", "不要", "不可能", "还没", "尚未",
         "远未", "不再", "not", "no", "never", "n't",
         "cannot", "isn't", "doesn't", "don't", "won't", "hardly", "without", "nor"},
        kNegator);
    add({"未必", "不一定", "难以", "很难", "不见得", "not necessarily"}, kWeakNegator);
    add({"不如", "逊于", "略逊于", "略逊", "逊色于", "达不到", "比不上", "不及", "落后于",
         "落后", "弱于", "差于", "赶不上", "not as good as", "worse than", "behind",
         "trails", "lags", "falls short of"},
        kWorseThan);
    add({"领先", "领先于", "超过", "超越", "优于", "胜过", "强于", "好于", "击败", "碾压",
         "甩开", "better than", "outperforms", "outperform", "beats", "beat", "ahead of",
         "surpasses", "surpass", "stronger than"},
        kBetterThan);
    add({"比"}, kCompare);
    add({"看起来", "看似", "表面上", "貌似", "looks like", "seems"}, kSeeming);
    add({"更强", "更好", "更聪明", "更稳", "更准", "更抓人", "更高效", "更可靠", "better",
         "stronger"},
        kMore);
    add({"缓解", "修复", "改善", "消除", "解决", "修了", "fixed", "fixes", "solved",
         "solves", "mitigates"},
        kRelief);
    add({"降低", "减少", "减轻", "避免", "摆脱", "省去", "防止", "防", "reduce", "reduces", "reduced",
         "avoid", "avoids"},
        kReducer);
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

// One cue's effect after negation.
struct Contribution {
  std::size_t pos = 0;
  int clause = 0;
  int polarity = 0;  // +1 praise, -1 criticism, for the subject of a comparison.
  bool comparative = false;
  std::size_t object_begin = 0;  // Comparisons: the compared side's bytes.
  std::size_t object_end = 0;
  std::size_t subject_limit = 0;  // Comparisons: the subject is named before this.
};

// A negator's reach ends at 的 and at a closing quote: in "不泛化的风险" the
// 不 negates 泛化, not 风险.
bool EndsScope(std::string_view between) {
  return between.find("的") != std::string_view::npos ||
         between.find("”") != std::string_view::npos;
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

Stance FromCounts(int positive, int negative) {
  if (positive > 0 && negative > 0) return Stance::kMixed;
  if (positive > 0) return Stance::kPositive;
  if (negative > 0) return Stance::kNegative;
  return Stance::kNeutral;
}

// Maximum bytes between a negator and the cue it negates: about four CJK
// characters or a short English phrase ("not very good").
constexpr std::size_t kNegationReach = 14;

}  // namespace

StanceResult ClassifyStance(std::string_view text, const std::vector<StanceTarget>& targets) {
  StanceResult result;
  result.per_target.assign(targets.size(), Stance::kNeutral);
  result.sides.assign(targets.size(), ComparativeSide::kNone);
  result.predicate_begin = text.size();

  const std::vector<CueMatch> matches = StanceScanner().Scan(text);
  const std::vector<std::size_t> clause_starts = ClauseStarts(text);
  const auto clause_end = [&](int clause) {
    return clause < static_cast<int>(clause_starts.size()) ? clause_starts[clause] : text.size();
  };

  std::vector<Contribution> contributions;
  std::vector<int> relieved_clauses;
  const CueMatch* pending = nullptr;  // An unconsumed negator.
  const CueMatch* compare = nullptr;  // The last 比.
  const auto flush_pending = [&]() {
    if (pending != nullptr && pending->tag == kWeakNegator) {
      contributions.push_back({pending->begin, ClauseOf(clause_starts, pending->begin), -1});
    }
    pending = nullptr;
  };

  for (const CueMatch& match : matches) {
    if (match.tag == kNeutralWord) continue;
    // Cue words inside a name ("梯度下降", "Thinking Machines") are part of
    // the name, not a judgement.
    const bool in_name = std::any_of(targets.begin(), targets.end(), [&](const StanceTarget& t) {
      return match.begin < t.end && t.begin < match.end;
    });
    if (in_name) continue;
    result.predicate_begin = std::min(result.predicate_begin, match.begin);
    const int clause = ClauseOf(clause_starts, match.begin);
    // A weak negator ("未必是……的最高") governs the rest of its clause; a
    // plain one only the next few characters.
    if (pending != nullptr && (ClauseOf(clause_starts, pending->begin) != clause ||
                               (pending->tag != kWeakNegator &&
                                (match.begin - pending->end > kNegationReach ||
                                 EndsScope(text.substr(pending->end,
                                                       match.begin - pending->end)))))) {
      flush_pending();
    }
    switch (match.tag) {
      case kNegator:
      case kWeakNegator:
      case kSeeming:
        flush_pending();
        pending = &match;
        continue;
      case kCompare:
        compare = &match;
        continue;
      case kReducer:
        relieved_clauses.push_back(clause);
        continue;
      default:
        break;
    }
    if (pending != nullptr && pending->tag == kSeeming) {
      pending = nullptr;
      if (match.tag == kPositive) continue;  // "看起来挺聪明" is not praise.
    }
    const int sign = pending != nullptr ? -1 : 1;
    pending = nullptr;
    Contribution contribution{match.begin, clause, 0};
    switch (match.tag) {
      case kPositive:
        contribution.polarity = sign;
        break;
      case kNegative:
        contribution.polarity = -sign;
        break;
      case kRelief:
        contribution.polarity = sign;
        relieved_clauses.push_back(clause);
        break;
      case kMore:
        contribution.polarity = sign;
        if (compare != nullptr && ClauseOf(clause_starts, compare->begin) == clause) {
          contribution.comparative = true;
          contribution.object_begin = compare->end;
          contribution.object_end = match.begin;
          contribution.subject_limit = compare->begin;
        }
        break;
      case kWorseThan:
      case kBetterThan:
        contribution.polarity = match.tag == kBetterThan ? sign : -sign;
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

  // Problems named in a clause that also relieves them are praise: "幻觉的痛
  // 感缓解了", "降低门槛".
  for (Contribution& contribution : contributions) {
    if (contribution.polarity < 0 && !contribution.comparative &&
        std::find(relieved_clauses.begin(), relieved_clauses.end(), contribution.clause) !=
            relieved_clauses.end()) {
      contribution.polarity = 1;
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

  // A question asks; it does not judge. Only its own clause is a question:
  // "X 仍然领先，这是怎么做到的？" still praises X.
  if (IsQuestion(text)) {
    const int last = ClauseOf(clause_starts, text.empty() ? 0 : text.size() - 1);
    std::erase_if(contributions, [&](const Contribution& c) { return c.clause >= last; });
  }

  int positive = 0;
  int negative = 0;
  for (const Contribution& contribution : contributions) {
    (contribution.polarity > 0 ? positive : negative) += 1;
  }
  result.overall = FromCounts(positive, negative);

  for (std::size_t t = 0; t < targets.size(); ++t) {
    const StanceTarget& target = targets[t];
    const int clause = ClauseOf(clause_starts, target.begin);
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
        if (!contribution.comparative || target.end > contribution.subject_limit) continue;
        if (contribution.clause - clause > 1) continue;
        result.sides[t] = ComparativeSide::kSubject;
        result.per_target[t] = contribution.polarity > 0 ? Stance::kPositive : Stance::kNegative;
        decided = true;
        break;
      }
    }
    if (decided) continue;
    int clause_positive = 0;
    int clause_negative = 0;
    for (const Contribution& contribution : contributions) {
      if (contribution.clause != clause || contribution.comparative) continue;
      (contribution.polarity > 0 ? clause_positive : clause_negative) += 1;
    }
    result.per_target[t] = (clause_positive + clause_negative > 0)
                               ? FromCounts(clause_positive, clause_negative)
                               : result.overall;
  }
  return result;
}

}  // namespace claimkb::internal
