// `claimkb related CLAIM_ID`: the claims one claim is linked to in the claim
// graph — those that support it, contradict it or restate it, and the
// summary line that covers it (or, for a summary line, what it covers).
#ifndef CLAIMKB_QUERY_RELATED_CLAIMS_H_
#define CLAIMKB_QUERY_RELATED_CLAIMS_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/claim_graph.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/result.h"
#include "claimkb/core/store.h"

namespace claimkb {

// How a related claim stands to the asked one.
enum class Relation {
  kContradicts,   // Opposite stance on a shared target.
  kSupports,      // Same stance on a shared target, another speaker.
  kRestates,      // Near-duplicate in another source of the same episode.
  kSummarisedBy,  // The editor's summary line that covers the asked claim.
  kSummarises,    // The asked claim is a summary line; this is what it covers.
};
const char* RelationName(Relation relation);  // "contradicts", ..., "summarised_by", "summarises".

struct RelatedClaim {
  Relation relation = Relation::kSupports;
  StoredClaim claim;
  std::string evidence;  // The shared target and score, the overlap; may be empty.
  double weight = 0;     // The edge's strength (ClaimEdge::weight).
  bool by_user = false;  // The user decided this edge.
};

struct RelatedClaims {
  StoredClaim claim;                  // The asked claim.
  // In Relation order, then strongest first, then by episode date and id.
  std::vector<RelatedClaim> related;
  // The stance edges were computed now, not read from the store (several
  // stores, or claims written since the last link step).
  bool stance_computed = false;
};

// The asked claim (found in the first of `stores` that has it) and its
// neighbours through stored edges plus the current stance edges
// (claimkb/query/stance_edges.h). kInvalidArgument for a malformed id,
// kNotFound when no store has the claim.
Result<RelatedClaims> FindRelated(const std::vector<const Store*>& stores,
                                  const Lexicon* lexicon, std::string_view claim_id);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_RELATED_CLAIMS_H_
