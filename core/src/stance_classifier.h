// Private helper of the claim extractor: the stance of a claim, overall and
// toward each entity it names, from cue words in Chinese and English.
// Negators (不/没/未/并非/not) flip the cue they precede; comparatives (不如,
// 达不到, 领先, 超过, "better than", "A 比 B 更强") give opposite stances to
// the two sides; words that relieve a problem (缓解, 修复, 降低) turn the
// problems named in their clause into praise. A pivot that opens a clause
// (但, 不过, 因此, however) makes what follows the claim's point, a concession
// (虽然, 就算) yields to the rest; 有得有失 and 利弊 are mixed; praise after a
// requirement (需要, 在于) or inside an open question (是否, 谁最) is not
// asserted; persistence (仍有, 仍会) is praise only when nothing else judges;
// what is still impossible (还不能, 仍未, 不真正) is criticism on its own, an
// absence (没有) only when nothing else judges; a denied
// equivalence (不等于, 不代表) is criticism and denies the praise after it.
// With a StanceModel, polarity-lexicon words (polarity_lexicon.h) join the
// hand cues under the same rules (a lexicon word that opens with a negator,
// 不幸, keeps its sense), and the model decides the stance from what the
// rules kept and from what the claim says happens to a cost or a benefit
// (change_frame.h; stance_features.h).
#ifndef CLAIMKB_CORE_STANCE_CLASSIFIER_H_
#define CLAIMKB_CORE_STANCE_CLASSIFIER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/claim.h"
#include "claimkb/core/stance_model.h"

namespace claimkb::internal {

// Where an entity is named in the classified text.
struct StanceTarget {
  std::size_t begin = 0;  // Byte offsets in the classified text.
  std::size_t end = 0;
  // A person: mostly the one who holds the view ("哈萨比斯认为…", "正如 Sam
  // 提到的"), judged only by what their own clause says of them.
  bool person = false;
};

enum class ComparativeSide {
  kNone,     // Not part of a comparison.
  kSubject,  // The side being compared ("A" in "A 不如 B").
  kObject,   // The side compared against ("B").
};

struct StanceResult {
  Stance overall = Stance::kNeutral;
  std::vector<Stance> per_target;      // Parallel to the targets passed in.
  std::vector<ComparativeSide> sides;  // Parallel to the targets passed in.
  // Byte offset of the first stance or comparative cue: entities named before
  // it are candidates for the claim's subject. text.size() when none.
  std::size_t predicate_begin = 0;
  // The model's inputs (StanceModel::FeatureNames() order), when a model was
  // given or features were asked for: for the claim and per target.
  std::vector<double> overall_features;
  std::vector<std::vector<double>> target_features;
  // Verdicts the rules keep whatever the model says: the sides of a
  // comparison, and a balanced mixed verdict the claim marks (有得有失, a
  // contrast) or spreads over clauses (filled with the features).
  bool overall_by_rules = false;
  std::vector<bool> target_by_rules;
};

// What the classifier knows of the claim besides its text.
struct StanceContext {
  Modality modality = Modality::kOpinion;
  std::vector<std::string> topics;  // Topic ids named in the claim.
  // Weighs the rules' findings and the polarity-lexicon words into the
  // stance; null keeps the hand rules' verdict (the classifier before the
  // model, kept for comparison).
  const StanceModel* model = nullptr;
  bool want_features = false;  // Fill the features even without a model.
  // The claim's paragraph or section is one the digest labels as its
  // caveats (IsCaveatFrame below).
  bool caveat_frame = false;
};

// Whether a digest files a paragraph under its caveats: the paragraph opens
// with a short field label naming limits, risks or caveats ("边界：",
// "局限与风险：", "Limitations:"), or its section's title is such a label
// ("阅读边界", "Caveats"). A long title that merely mentions a risk ("Agent 的
// 密钥和权限风险") is a topic, not a caveat section.
bool IsCaveatFrame(std::string_view section_title, std::string_view paragraph);

StanceResult ClassifyStance(std::string_view text, const std::vector<StanceTarget>& targets,
                            const StanceContext& context = {});

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_STANCE_CLASSIFIER_H_
