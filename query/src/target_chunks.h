// Chunks of entities and topics whose claims are read and paired together:
// the link step and the reader's `contradictions` read a large store a
// chunk at a time, so their memory follows the largest chunk rather than
// the store. Each stance target belongs to one chunk: its entity's, or its
// topic's when it names no entity.
#ifndef CLAIMKB_QUERY_SRC_TARGET_CHUNKS_H_
#define CLAIMKB_QUERY_SRC_TARGET_CHUNKS_H_

#include <cstdint>
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "claimkb/core/result.h"
#include "claimkb/core/store.h"
#include "claimkb/query/stance_target.h"

namespace claimkb::internal {

struct TargetChunk {
  std::set<std::string> entities;
  std::set<std::string> topics;
  // The claims counted on them, once per entity or topic a claim has: at
  // least the number Claims() reads, so reading reserves it.
  std::int64_t claims = 0;
  // Whether `target` is linked in this chunk.
  bool Holds(const StanceTarget& target) const {
    return target.entity_id.empty() ? topics.contains(target.topic_id)
                                    : entities.contains(target.entity_id);
  }
  // The claims of `store` that can take part: those on its entities or
  // topics that take a stance.
  Result<std::vector<StoredClaim>> Claims(const Store& store) const {
    return store.ClaimsOnTargets({entities.begin(), entities.end()}, {topics.begin(), topics.end()},
                                 Expected());
  }
  // The same as the link step reads them (link_claim.h).
  Result<std::vector<LinkClaim>> LinkClaims(const Store& store) const {
    return store.LinkClaimsOnTargets({entities.begin(), entities.end()},
                                     {topics.begin(), topics.end()}, Expected());
  }
  std::size_t Expected() const {
    return static_cast<std::size_t>(std::max<std::int64_t>(claims, 0));
  }
};

// Packs entities and topics into chunks of at most `budget` claims (a
// claim counted once per entity or topic it has), largest first, each into
// the first chunk with room: first-fit decreasing. One larger than the
// budget is a chunk of its own. Counts of one id from several stores add.
std::vector<TargetChunk> PackTargets(std::vector<Store::TargetClaims> counts, std::int64_t budget);

}  // namespace claimkb::internal

#endif  // CLAIMKB_QUERY_SRC_TARGET_CHUNKS_H_
