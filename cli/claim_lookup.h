// Full claim records for search hits that may come from several databases.
// Every local --db has its own store; a hit is looked up in each in turn.
// Claims of a tcp:// remote shard have no local store and stay unresolved.
#ifndef CLAIMKB_CLI_CLAIM_LOOKUP_H_
#define CLAIMKB_CLI_CLAIM_LOOKUP_H_

#include <memory>
#include <string>
#include <vector>

#include "claimkb/core/store.h"
#include "session.h"

namespace claimkb::cli {

class ClaimLookup {
 public:
  // Uses the session's read-only stores: every local database of --db.
  static Result<ClaimLookup> Open(Session& session);

  // The record for `claim_id`, or kNotFound when no local store holds it.
  Result<StoredClaim> Get(const std::string& claim_id) const;
  // The store that holds `claim_id`, or nullptr.
  const Store* StoreOf(const std::string& claim_id) const;

 private:
  std::vector<const Store*> stores_;  // Owned by the session.
};

// The sources a search reads: every --db, or the primary database.
std::vector<std::string> SearchSources(Session& session, const GlobalOptions& globals);

// Whether any source is a tcp:// remote, whose claims only the index holds:
// searches then ask for SearchOptions::records.
bool AnyRemote(const std::vector<std::string>& sources);

}  // namespace claimkb::cli

#endif  // CLAIMKB_CLI_CLAIM_LOOKUP_H_
