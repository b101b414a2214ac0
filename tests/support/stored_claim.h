// Stored claims built by hand for the tests of the query side
// (contradictions, agreement, what a claim judges): every field a test
// does not name keeps its default, so expected pairs and scores follow from
// the arguments alone.
#ifndef CLAIMKB_TESTS_SUPPORT_STORED_CLAIM_H_
#define CLAIMKB_TESTS_SUPPORT_STORED_CLAIM_H_

#include <string>
#include <utility>
#include <vector>

#include "claimkb/core/claim.h"
#include "claimkb/core/store.h"

namespace claimkb::testing {

// An entity mention by id (its surface is the id) carrying `stance`.
struct Mention {
  std::string id;
  Stance stance = Stance::kNeutral;
  EntityKind kind = EntityKind::kModel;
};

// A claim by `speaker` ("editor" makes it the editor's) in `episode` on
// `date`, with its own stance, mentions and topics.
inline StoredClaim MakeClaim(const std::string& id, const std::string& speaker,
                             const std::string& episode, const std::string& date, Stance stance,
                             const std::vector<Mention>& mentions,
                             std::vector<std::string> topics,
                             const std::string& text = "a claim") {
  StoredClaim stored;
  stored.id = id;
  stored.speaker_name = speaker;
  stored.episode_slug = episode;
  stored.episode_date = date;
  stored.claim.text = text;
  stored.claim.stance = stance;
  stored.claim.by_editor = speaker == "editor";
  stored.claim.speaker = stored.claim.by_editor ? "" : speaker;
  for (const Mention& mention : mentions) {
    EntityMention linked;
    linked.entity_id = mention.id;
    linked.surface = mention.id;
    linked.kind = mention.kind;
    linked.stance = mention.stance;
    stored.claim.entities.push_back(linked);
  }
  stored.claim.topics = std::move(topics);
  return stored;
}

}  // namespace claimkb::testing

#endif  // CLAIMKB_TESTS_SUPPORT_STORED_CLAIM_H_
