#include "session.h"

#include <fmt/format.h>

#include <cstdlib>

#include "claimkb/indexer/database_location.h"

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

}  // namespace claimkb::cli
