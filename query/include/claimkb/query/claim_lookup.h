// Full claim records for search hits that may come from several databases.
// Every local database has its own store; a hit is looked up in each in
// turn. Claims of a tcp:// remote shard have no local store and stay
// unresolved (the index's record, SearchHit::record, stands in for them).
#ifndef CLAIMKB_QUERY_CLAIM_LOOKUP_H_
#define CLAIMKB_QUERY_CLAIM_LOOKUP_H_

#include <string>
#include <vector>

#include "claimkb/core/store.h"

namespace claimkb {

class ClaimLookup {
 public:
  // Looks claims up in `stores`, in order; the stores must outlive it.
  explicit ClaimLookup(std::vector<const Store*> stores) : stores_(std::move(stores)) {}

  // The record for `claim_id`, or kNotFound when no local store holds it.
  Result<StoredClaim> Get(const std::string& claim_id) const;
  // The store that holds `claim_id`, or nullptr.
  const Store* StoreOf(const std::string& claim_id) const;
  // The claims of the same turn within `context` sentences of `claim`,
  // in claim order; empty when `context` ≤ 0 or no local store holds it.
  std::vector<StoredClaim> Neighbours(const StoredClaim& claim, int context) const;

 private:
  std::vector<const Store*> stores_;
};

// The sources a search reads: `databases` (--db) in order, each once however
// it is spelled (Xapian would count and list a twice-named database's claims
// twice), or `primary` when `databases` is empty.
std::vector<std::string> SearchSources(const std::vector<std::string>& databases,
                                       const std::string& primary);

// Whether any source is a tcp:// remote, whose claims only the index holds:
// searches then ask for SearchOptions::records.
bool AnyRemote(const std::vector<std::string>& sources);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_CLAIM_LOOKUP_H_
