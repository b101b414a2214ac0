// Private: the features of the stance model (claimkb/core/stance_model.h),
// one list shared by the classifier that computes them and the model that
// weighs them, so that the two cannot drift apart.
#ifndef CLAIMKB_CORE_STANCE_FEATURES_H_
#define CLAIMKB_CORE_STANCE_FEATURES_H_

#include <array>
#include <string_view>

namespace claimkb::internal {

enum StanceFeature {
  kBias = 0,
  kRulePositive,  // The hand rules' verdict on the scope (one-hot; neutral is 0).
  kRuleNegative,
  kRuleMixed,
  kCuePositive,      // Hand cues kept after negation and contrast, praising (count, capped).
  kCueNegative,      //   ... criticising.
  kLexiconPositive,  // Polarity-lexicon words kept after negation and contrast (count, capped).
  kLexiconNegative,
  kLexiconBalance,     // Sum of their signed scores, clamped to [-2, 2].
  kWeakOnly,           // Only weak cues (仍有, 没有) judge.
  kNegated,            // A kept judgement was flipped by a negator.
  kComparative,        // A comparison judges the scope.
  kPivot,              // A contrast (但, however) opens a clause.
  kConcession,         // A concession (虽然, even if) is present.
  kQuestion,           // The claim ends as a question.
  kRequirementCue,     // 需要/在于 or 是否 governs some praise (dropped by the rules).
  kModalityFirsthand,  // Modality one-hot; opinion is 0.
  kModalityReported,
  kModalitySpeculative,
  kTopicEvaluation,  // A few topics that shift the prior toward judging.
  kTopicBusiness,
  kTopicSafety,
  kTopicResearch,
  kTopicAgi,
  kLength,  // Content characters / 40, capped at 2.
  // Evaluative frames read from the words around the judgement rather than
  // from a cue list of praise and blame (issue 8: polar claims with no cue
  // were called neutral). Counts, capped at 2.
  kDegree,       // A degree adverb or superlative: 很, 非常, 最, 更, very, most.
  kDegreeBlame,  // One that intensifies blame: 很糟, 更差.
  kAbility,      // What something can do: 能, 可以, 能够, can, able to.
  kInability,    // What it cannot: 无法, 不能, 难以, 更难, cannot, unable.
  kNegatorWord,  // Any negator, whether or not it reaches a cue: 不是, 并非, 没有, not.
  kProblem,      // A problem noun (问题, 风险, 瓶颈, 约束, risk) not relieved in the claim.
  kGain,         // An outcome word (赢得, 主导, 带来, 价值, 进展, gain, win).
  kImportance,   // An importance word (关键, 重要, 核心, crucial), unless only required.
  kQuantity,     // A figure (a digit or %): a score, a share, a date.
  // The digest itself files the claim under its caveats: a paragraph
  // labelled "边界：" / "局限：" / "Limitations:" or a section titled so
  // (StanceContext::caveat_frame). Learned, not a rule: what a caveat
  // section says is mostly a limitation, but not always.
  kCaveatFrame,
  // What the claim says happens to a quantity (change_frame.h): less of a
  // cost or more of a benefit ("降低成本", "提高准确率", "无需改代码"), and the
  // reverse ("提高延迟", "压低效率"). Counts, capped at 2.
  kGoodChange,
  kBadChange,
  // A 被 passive other than one of naming or regarding: mostly something
  // that befalls its subject ("可能被诱骗", "被淘汰"). 0 or 1.
  kAdversativePassive,
  kFeatureCount,
};

inline constexpr std::array<std::string_view, kFeatureCount> kStanceFeatureNames = {
    "bias",
    "rule_positive",
    "rule_negative",
    "rule_mixed",
    "cue_positive",
    "cue_negative",
    "lexicon_positive",
    "lexicon_negative",
    "lexicon_balance",
    "weak_only",
    "negated",
    "comparative",
    "pivot",
    "concession",
    "question",
    "requirement",
    "modality_firsthand",
    "modality_reported",
    "modality_speculative",
    "topic_evaluation",
    "topic_business",
    "topic_safety",
    "topic_research",
    "topic_agi",
    "length",
    "degree",
    "degree_blame",
    "ability",
    "inability",
    "negator_word",
    "problem",
    "gain",
    "importance",
    "quantity",
    "caveat_frame",
    "good_change",
    "bad_change",
    "adversative_passive",
};

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_STANCE_FEATURES_H_
