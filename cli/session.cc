#include "session.h"

#include <fmt/format.h>

#include <cstdlib>

#include "claimkb/core/user_lexicon.h"
#include <algorithm>
#include <filesystem>

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

Result<std::shared_ptr<const Lexicon>> Session::lexicon() {
  if (!lexicon_) {
    // The user's own decisions (`claimkb lexicon add`) live beside the
    // database and load on top of the bundled lexicon.
    auto loaded = Lexicon::Load(LexiconDirectory(), UserLexiconPath(PrimaryDatabase()));
    if (!loaded) return std::unexpected(loaded.error());
    lexicon_ = *loaded;
  }
  return lexicon_;
}

Result<std::shared_ptr<const EntityLinker>> Session::linker() {
  if (!linker_) {
    auto loaded = lexicon();
    if (!loaded) return std::unexpected(loaded.error());
    linker_ = std::make_shared<const EntityLinker>(*loaded);
  }
  return linker_;
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

Result<std::vector<const Store*>> Session::readers() {
  if (!readers_opened_) {
    // Each database once, however it is spelled: merged listings would
    // otherwise show (and count) its records twice.
    std::vector<std::string> dirs;
    std::vector<std::filesystem::path> seen;
    for (const std::string& db : globals_.databases) {
      if (IsRemoteSource(db)) continue;
      std::error_code error;
      std::filesystem::path key = std::filesystem::weakly_canonical(db, error);
      if (error) key = db;
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
      seen.push_back(key);
      dirs.push_back(db);
    }
    if (globals_.databases.empty()) dirs.push_back(DefaultDatabaseDirectory());
    StoreOptions read_only;
    read_only.read_only = true;
    for (const std::string& dir : dirs) {
      std::error_code error;
      if (!std::filesystem::is_directory(dir, error)) {
        return MakeError(ErrorCode::kNotFound, fmt::format("no database at {}", dir),
                         "check the path, or create it with `claimkb ingest FILES --db DIR`");
      }
      auto opened = Store::Open(dir, read_only);
      if (!opened) return std::unexpected(opened.error());
      read_stores_.push_back(std::move(*opened));
    }
    readers_opened_ = true;
  }
  std::vector<const Store*> out;
  for (const auto& store : read_stores_) out.push_back(store.get());
  return out;
}

Result<std::vector<const Store*>> Session::local_readers() {
  auto stores = readers();
  if (!stores) return stores;
  if (stores->empty()) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "this command reads database directories, and --db names only tcp:// "
                     "remotes, which hold just a search index",
                     "add the --db directory of a local database");
  }
  return stores;
}

}  // namespace claimkb::cli
