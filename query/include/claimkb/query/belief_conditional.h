// A conditional on a belief: "如果你认为它肯定能修好，那你会觉得“我们还没撞墙”",
// "if you think the bug can be fixed, you'd say we haven't hit a wall". The
// speaker states what follows from holding a view, not their own verdict:
// the consequent is the view of whoever holds the belief. The claim
// extractor reads modality from cue words (可能, 听说, 我试) and has no cue for
// it, so the query side reads it here (docs/decisions.md, "Conditionals and
// diminishing returns").
#ifndef CLAIMKB_QUERY_BELIEF_CONDITIONAL_H_
#define CLAIMKB_QUERY_BELIEF_CONDITIONAL_H_

#include <cstddef>
#include <string_view>

namespace claimkb {

// Whether byte `at` of `text` stands in the consequent of a conditional on a
// belief: after a clause that opens with 如果, 假如, 要是, 倘若, 假设 or "if"
// and holds 认为, 觉得, 相信, 以为, "think", "believe" or "assume" (not "think
// about", "think of": considering holds no view), up to the
// end of its sentence (。！？； or ". ", "! ", "? ", "; "). A conditional on
// the world's course ("若继续主导，最终会走向极限", "如果数据用完，就会撞墙")
// is the speaker's prediction and is not one. Matching folds ASCII case.
bool InConsequentOfABelief(std::string_view text, std::size_t at);

// Whether `text` holds such a conditional with a consequent: the tone read
// from it is the hypothetical believer's.
bool ConditionsOnABelief(std::string_view text);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_BELIEF_CONDITIONAL_H_
