// What a claim takes a stance on: the entities it judges and the topics it
// speaks to. Contradictions and agreement both compare claims by these
// targets, so they are worked out once, here.
#ifndef CLAIMKB_QUERY_STANCE_TARGET_H_
#define CLAIMKB_QUERY_STANCE_TARGET_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/claim.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/link_claim.h"
#include "claimkb/core/result.h"

namespace claimkb {

// One thing a claim is for or against.
struct StanceTarget {
  std::string entity_id;  // Empty for a topic-only target.
  std::string topic_id;   // Empty for an entity-only target.
  EntityKind entity_kind = EntityKind::kTopic;  // The entity's kind; kTopic for a topic alone.
  Stance stance = Stance::kNeutral;  // kPositive or kNegative, never anything else.
  // For an entity: the mention was named in the claim (not taken from the
  // turn or section context). For a topic-only target: the claim judges the
  // topic itself — it judges no entity, or only entities the lexicon files
  // under that topic — rather than something else that happens to touch it.
  bool direct = true;
  double confidence = 1.0;  // The mention's linking confidence; 1 for topics.
  // For an entity named in the claim: it stands where what its clause judges
  // stands (judged_head.h), not as an object, modifier or circumstance
  // ("执行 scaling law 更彻底"). True for topics, guessed entities and the
  // compared side of a comparison, whose stance is read by other rules.
  bool judged_head = true;
  // For an entity named in the claim: it is the compared side of a
  // comparison (the mention's role is object: "比基础模型扩张更快", "A 不如
  // B"). Its stance is relative to the other side; falling behind something
  // does not deny being good.
  bool compared = false;

  // "gemini-3 × coding", "gemini-3", "scaling".
  std::string Label() const;
  // The same string for the same target, whatever the stance.
  std::string Key() const { return entity_id + "\x1f" + topic_id; }
};

// The targets `claim` takes a positive or negative stance on:
// - every entity whose mention carries a positive or negative stance, alone
//   and crossed with each of the claim's topics;
// - every topic of a claim whose own stance is positive or negative, with
//   that stance (`direct` as described above; `lexicon` may be null, then
//   only claims judging no entity are direct).
// Mixed and neutral stances take no side, so they give no target. Questions
// ("…吗？", "…?") assert nothing and give none either, nor do titles and
// indirect questions: a line of one clause, with no full stop, that asks
// with 为什么/为何/如何/怎样/能否/是否 ("Scaling law 为什么能外推大训练"), nor
// reported questions (a verb of asking and an interrogative: "主持人问他，怎么
// 看待……"), nor headings that list topics (no punctuation, items joined by
// 、, no word a predicate is made of: "基座模型、数据饱和与下一种 scaling").
std::vector<StanceTarget> StanceTargets(const Claim& claim, const Lexicon* lexicon);
// The same for a claim as the link step reads it (link_claim.h).
std::vector<StanceTarget> StanceTargets(const LinkClaimText& claim, const Lexicon* lexicon);

// What a user asked about with --about: an entity (with everything below it
// in the lexicon, so "Gemini 3" covers Gemini 3 Pro) or a topic.
struct AboutFilter {
  std::string label;                    // As the user typed it.
  std::vector<std::string> entity_ids;  // Empty for a topic.
  std::string topic_id;                 // Empty for an entity.
  bool empty() const { return entity_ids.empty() && topic_id.empty(); }
  bool Matches(const StanceTarget& target) const;
};

// Resolves `name` through the linker's lexicon. kInvalidArgument when it
// names neither an entity nor a topic.
Result<AboutFilter> ResolveAbout(const EntityLinker& linker, std::string_view name);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_STANCE_TARGET_H_
