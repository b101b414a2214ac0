#include "claim_lookup.h"

#include <algorithm>
#include <filesystem>

#include "claimkb/indexer/database_location.h"

namespace claimkb::cli {

Result<ClaimLookup> ClaimLookup::Open(Session& session) {
  ClaimLookup lookup;
  auto stores = session.readers();
  if (!stores) return std::unexpected(stores.error());
  lookup.stores_ = *stores;
  return lookup;
}

const Store* ClaimLookup::StoreOf(const std::string& claim_id) const {
  for (const Store* store : stores_) {
    if (store->GetClaim(claim_id)) return store;
  }
  return nullptr;
}

Result<StoredClaim> ClaimLookup::Get(const std::string& claim_id) const {
  for (const Store* store : stores_) {
    auto claim = store->GetClaim(claim_id);
    if (claim) return claim;
    if (claim.error().code != ErrorCode::kNotFound) return claim;
  }
  return MakeError(ErrorCode::kNotFound, "claim " + claim_id + " is in no local store");
}

bool AnyRemote(const std::vector<std::string>& sources) {
  return std::any_of(sources.begin(), sources.end(), IsRemoteSource);
}

std::vector<std::string> SearchSources(Session& session, const GlobalOptions& globals) {
  if (globals.databases.empty()) return {session.PrimaryDatabase()};
  // A database named twice (also as "dir/" or through a link) is searched
  // once: Xapian would count and list each of its claims twice.
  std::vector<std::string> sources;
  std::vector<std::string> seen;
  for (const std::string& db : globals.databases) {
    std::string key = db;
    if (!IsRemoteSource(db)) {
      std::error_code error;
      auto canonical = std::filesystem::weakly_canonical(db, error);
      if (!error) key = canonical.string();
    }
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    sources.push_back(db);
  }
  return sources;
}

}  // namespace claimkb::cli
