#include "index_maintenance.h"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <string>

#include "claimkb/indexer/database_location.h"
#include "claimkb/indexer/index_sync.h"

namespace claimkb::cli {

Result<int> RebuildIndex(Session& session) {
  auto lock = session.write_lock();
  if (!lock) return std::unexpected(lock.error());
  auto store = session.store();
  if (!store) return std::unexpected(store.error());
  auto lexicon = session.lexicon();
  if (!lexicon) return std::unexpected(lexicon.error());
  return claimkb::RebuildIndex(**store, **lexicon, **lock);
}

Result<int> UpdateIndex(Session& session, std::int64_t generation_before,
                        const std::vector<std::int64_t>& episodes) {
  auto lock = session.write_lock();
  if (!lock) return std::unexpected(lock.error());
  auto store = session.store();
  if (!store) return std::unexpected(store.error());
  auto lexicon = session.lexicon();
  if (!lexicon) return std::unexpected(lexicon.error());
  return claimkb::UpdateIndex(**store, **lexicon, **lock, generation_before, episodes);
}

Status EnsureIndexesCurrent(Session& session, const std::vector<std::string>& sources) {
  auto lexicon = session.lexicon();
  if (!lexicon) return std::unexpected(lexicon.error());
  const std::string primary = session.PrimaryDatabase();
  for (const std::string& db : sources) {
    if (IsRemoteSource(db)) continue;  // A remote shard's store is not ours to see.
    std::error_code ec;
    // A bare Xapian directory given as a source has no store to compare
    // with; a missing database was refused before (readers never create one).
    if (!std::filesystem::exists(std::filesystem::path(db) / "claims.sqlite", ec)) continue;
    // Opened here rather than as the session's (write) store: a read command
    // may name several databases, and only the writing commands refuse that.
    StoreOptions options;
    options.read_only = true;  // The index is rebuilt from it; the store is only read.
    auto opened = Store::Open(db, options);
    if (!opened) return std::unexpected(opened.error());
    std::unique_ptr<Store> owned = std::move(*opened);
    const Store* store = owned.get();
    auto freshness = EnsureIndexCurrent(*store, **lexicon, db);
    if (!freshness) return std::unexpected(freshness.error());
    switch (freshness->state) {
      case IndexFreshness::State::kCurrent:
        break;
      case IndexFreshness::State::kCaughtUp:
        std::cerr << fmt::format(
            "note: the search index of {} was behind the store (generation {} of {}); "
            "rebuilt it ({} claims)\n",
            db, freshness->index_generation, freshness->store_generation, freshness->reindexed);
        break;
      case IndexFreshness::State::kWriterActive:
        std::cerr << fmt::format(
            "note: {} is being written by {}; these results come from its last complete index "
            "(generation {}, store now at {}) and miss what that writer adds\n",
            db, freshness->writer, freshness->index_generation, freshness->store_generation);
        break;
    }
  }
  return {};
}

}  // namespace claimkb::cli
