#include "session.h"

#include <fmt/format.h>

#include <cstdlib>
#include <iostream>

#include "claimkb/indexer/database_location.h"
#include "claimkb/query/stance_edges.h"

namespace claimkb::cli {

std::string Session::PrimaryDatabase() const {
  for (const std::string& db : globals_.databases) {
    if (!IsRemoteSource(db)) return db;
  }
  return DefaultDatabaseDirectory();
}

std::string Session::LexiconDirectory() const {
  return globals_.lexicon_dir.empty() ? Lexicon::DefaultDirectory() : globals_.lexicon_dir;
}

KnowledgeBase& Session::knowledge_base() {
  if (!knowledge_base_) {
    KnowledgeBaseOptions options;
    options.databases = globals_.databases;
    options.lexicon_dir = LexiconDirectory();
    knowledge_base_ = std::make_unique<KnowledgeBase>(std::move(options));
  }
  return *knowledge_base_;
}

Result<std::shared_ptr<const Lexicon>> Session::lexicon() { return knowledge_base().lexicon(); }

Result<std::shared_ptr<const EntityLinker>> Session::linker() {
  return knowledge_base().linker();
}

Result<const ClaimExtractor*> Session::extractor() {
  if (!extractor_) {
    auto loaded = linker();
    if (!loaded) return std::unexpected(loaded.error());
    extractor_ = std::make_unique<ClaimExtractor>(*loaded);
  }
  return extractor_.get();
}

Result<std::string> Session::WriteDatabase() const {
  if (globals_.databases.size() > 1) {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("this command writes to one database, but --db names {}",
                                 globals_.databases.size()),
                     "give --db once; searches and listings read several");
  }
  if (!globals_.databases.empty() && IsRemoteSource(globals_.databases.front())) {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("cannot write to the remote shard {}", globals_.databases.front()),
                     "write to the database directory the shard serves, on its machine");
  }
  return PrimaryDatabase();
}

Result<Store*> Session::store() {
  if (!store_) {
    auto db = WriteDatabase();
    if (!db) return std::unexpected(db.error());
    auto opened = Store::Open(*db);
    if (!opened) return std::unexpected(opened.error());
    store_ = std::move(*opened);
  }
  return store_.get();
}

Result<WriteLockOptions> Session::LockOptions() {
  WriteLockOptions options;
  if (const char* env = std::getenv("CLAIMKB_LOCK_TIMEOUT"); env != nullptr && *env != '\0') {
    char* end = nullptr;
    const double seconds = std::strtod(env, &end);
    if (end == env || *end != '\0' || seconds < 0 || seconds > 86400) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("CLAIMKB_LOCK_TIMEOUT=\"{}\" is not a number of seconds", env));
    }
    options.wait_ms = static_cast<int>(seconds * 1000);
  }
  return options;
}

Result<const WriteLock*> Session::write_lock() {
  if (!lock_) {
    auto options = LockOptions();
    if (!options) return std::unexpected(options.error());
    auto acquired = WriteLock::Acquire(PrimaryDatabase(), *options);
    if (!acquired) return std::unexpected(acquired.error());
    lock_.emplace(std::move(*acquired));
  }
  return &*lock_;
}

Result<std::vector<const Store*>> Session::readers() { return knowledge_base().readers(); }

Result<std::vector<const Store*>> Session::local_readers() {
  return knowledge_base().local_readers();
}

Result<std::unique_ptr<KnowledgeBaseWriter>> Session::OpenWriter(const ParseOptions& parse) {
  auto db = WriteDatabase();
  if (!db) return std::unexpected(db.error());
  auto loaded = lexicon();
  if (!loaded) return std::unexpected(loaded.error());
  WriterOptions options;
  auto lock = LockOptions();
  if (!lock) return std::unexpected(lock.error());
  options.lock = *lock;
  options.parse = parse;
  // The claim graph's stance edges span episodes: the changed episodes'
  // claims are linked against the claims sharing their targets after every
  // write, each claim paired with a bounded number of others per target.
  options.link_claims = StanceLinkStep();
  return KnowledgeBaseWriter::Open(*db, *loaded, options);
}

Status Session::CatchUpIndexes() {
  auto caught = knowledge_base().CatchUpIndexes();
  if (!caught) return std::unexpected(caught.error());
  for (const auto& [db, freshness] : *caught) {
    switch (freshness.state) {
      case IndexFreshness::State::kCurrent:
        break;
      case IndexFreshness::State::kCaughtUp:
        std::cerr << fmt::format(
            "note: the search index of {} was behind the store (generation {} of {}); "
            "rebuilt it ({} claims)\n",
            db, freshness.index_generation, freshness.store_generation, freshness.reindexed);
        break;
      case IndexFreshness::State::kWriterActive:
        std::cerr << fmt::format(
            "note: {} is being written by {}; these results come from its last complete index "
            "(generation {}, store now at {}) and miss what that writer adds\n",
            db, freshness.writer, freshness.index_generation, freshness.store_generation);
        break;
    }
  }
  return {};
}

}  // namespace claimkb::cli
