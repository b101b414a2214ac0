#include "index_maintenance.h"

#include <string>

#include "claimkb/indexer/claim_index.h"

namespace claimkb::cli {
namespace {

Result<int> IndexEpisode(Store& store, ClaimIndex& index, const Lexicon& lexicon,
                         std::int64_t episode_id) {
  auto removed = index.DeleteEpisode(std::to_string(episode_id));
  if (!removed) return std::unexpected(removed.error());
  ClaimFilter filter;
  filter.episode_id = episode_id;
  auto claims = store.QueryClaims(filter);
  if (!claims) return std::unexpected(claims.error());
  for (const StoredClaim& claim : *claims) {
    Status replaced = index.Replace(claim, lexicon);
    if (!replaced) return std::unexpected(replaced.error());
  }
  return static_cast<int>(claims->size());
}

Result<int> Rebuild(Store& store, const Lexicon& lexicon, const std::string& db_dir) {
  IndexOptions options;
  options.overwrite = true;
  auto index = ClaimIndex::Open(db_dir, options);
  if (!index) return std::unexpected(index.error());
  // Read the generation first: a write that lands while we index makes the
  // recorded generation older than the store, which `check` then reports.
  auto generation = store.Generation();
  if (!generation) return std::unexpected(generation.error());
  auto claims = store.AllClaims();
  if (!claims) return std::unexpected(claims.error());
  for (const StoredClaim& claim : *claims) {
    Status replaced = (*index)->Replace(claim, lexicon);
    if (!replaced) return std::unexpected(replaced.error());
  }
  Status committed = (*index)->Commit(*generation);
  if (!committed) return std::unexpected(committed.error());
  return static_cast<int>(claims->size());
}

}  // namespace

Result<int> RebuildIndex(Session& session) {
  auto store = session.store();
  if (!store) return std::unexpected(store.error());
  auto lexicon = session.lexicon();
  if (!lexicon) return std::unexpected(lexicon.error());
  return Rebuild(**store, **lexicon, session.PrimaryDatabase());
}

Result<int> UpdateIndex(Session& session, std::int64_t generation_before,
                        const std::vector<std::int64_t>& episodes) {
  auto store = session.store();
  if (!store) return std::unexpected(store.error());
  auto lexicon = session.lexicon();
  if (!lexicon) return std::unexpected(lexicon.error());
  auto generation_now = (*store)->Generation();
  if (!generation_now) return std::unexpected(generation_now.error());

  auto index = ClaimIndex::Open(session.PrimaryDatabase());
  if (!index && index.error().code == ErrorCode::kSchemaMismatch) {
    // An index written by an older claimkb: it is derived data, rebuild it.
    return Rebuild(**store, **lexicon, session.PrimaryDatabase());
  }
  if (!index) return std::unexpected(index.error());
  auto indexed_generation = (*index)->Generation();
  if (!indexed_generation) return std::unexpected(indexed_generation.error());
  // The index may lag behind the store by more than this batch (it was
  // deleted, or an earlier run died between the two commits). Patching only
  // this batch would hide that drift, so rebuild from the store instead.
  if (*indexed_generation != generation_before) {
    index->reset();
    return Rebuild(**store, **lexicon, session.PrimaryDatabase());
  }
  int written = 0;
  for (std::int64_t episode_id : episodes) {
    auto count = IndexEpisode(**store, **index, **lexicon, episode_id);
    if (!count) return std::unexpected(count.error());
    written += *count;
  }
  Status committed = (*index)->Commit(*generation_now);
  if (!committed) return std::unexpected(committed.error());
  return written;
}

}  // namespace claimkb::cli
