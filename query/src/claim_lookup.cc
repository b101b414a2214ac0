#include "claimkb/query/claim_lookup.h"

#include <algorithm>
#include <filesystem>

#include "claimkb/indexer/database_location.h"

namespace claimkb {

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

std::vector<StoredClaim> ClaimLookup::Neighbours(const StoredClaim& claim, int context) const {
  std::vector<StoredClaim> out;
  const Store* store = context > 0 ? StoreOf(claim.id) : nullptr;
  if (store == nullptr) return out;
  const std::string prefix = claim.episode_slug + "#";
  for (int delta = -context; delta <= context; ++delta) {
    if (delta == 0) continue;
    const int ordinal = claim.claim.ordinal + delta;
    if (ordinal < 0) continue;
    auto other = store->GetClaim(prefix + std::to_string(ordinal));
    if (!other) continue;
    if (other->claim.section_index != claim.claim.section_index ||
        other->claim.turn_index != claim.claim.turn_index) {
      continue;
    }
    out.push_back(std::move(*other));
  }
  return out;
}

bool AnyRemote(const std::vector<std::string>& sources) {
  return std::any_of(sources.begin(), sources.end(), IsRemoteSource);
}

std::vector<std::string> SearchSources(const std::vector<std::string>& databases,
                                       const std::string& primary) {
  if (databases.empty()) return {primary};
  std::vector<std::string> sources;
  std::vector<std::string> seen;
  for (const std::string& db : databases) {
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

}  // namespace claimkb
