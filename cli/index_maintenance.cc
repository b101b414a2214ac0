#include "index_maintenance.h"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <string>

#include "claimkb/indexer/database_location.h"
#include "claimkb/indexer/knowledge_base_writer.h"
#include "claimkb/query/stance_edges.h"

namespace claimkb::cli {

Result<std::unique_ptr<KnowledgeBaseWriter>> OpenWriter(Session& session,
                                                        const ParseOptions& parse) {
  auto db = session.WriteDatabase();
  if (!db) return std::unexpected(db.error());
  auto lexicon = session.lexicon();
  if (!lexicon) return std::unexpected(lexicon.error());
  WriterOptions options;
  auto lock = Session::LockOptions();
  if (!lock) return std::unexpected(lock.error());
  options.lock = *lock;
  options.parse = parse;
  // The claim graph's stance edges span episodes: relinked over the whole
  // store after every write of claims, each claim paired with a bounded
  // number of others per target (query/stance_edges.h).
  options.link_claims = [](Store* store, const Lexicon* lexicon) -> Result<int> {
    return LinkStanceEdges(store, lexicon);
  };
  return KnowledgeBaseWriter::Open(*db, *lexicon, options);
}

Status EnsureIndexesCurrent(Session& session, const std::vector<std::string>& sources) {
  auto lexicon = session.lexicon();
  if (!lexicon) return std::unexpected(lexicon.error());
  for (const std::string& db : sources) {
    if (IsRemoteSource(db)) continue;  // A remote shard's store is not ours to see.
    std::error_code ec;
    // A bare Xapian directory given as a source has no store to compare
    // with; a missing database was refused before (readers never create one).
    if (!std::filesystem::exists(std::filesystem::path(db) / "claims.sqlite", ec)) continue;
    auto freshness = KnowledgeBaseWriter::CatchUpIndex(db, **lexicon);
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
