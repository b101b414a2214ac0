#include "session.h"

#include "claimkb/core/user_lexicon.h"
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

Result<Store*> Session::store() {
  if (!store_) {
    auto opened = Store::Open(PrimaryDatabase());
    if (!opened) return std::unexpected(opened.error());
    store_ = std::move(*opened);
  }
  return store_.get();
}

Result<Session::Writer> Session::writer() {
  auto opened_store = store();
  if (!opened_store) return std::unexpected(opened_store.error());
  auto opened_extractor = extractor();
  if (!opened_extractor) return std::unexpected(opened_extractor.error());
  return Writer{*opened_store, *opened_extractor, lexicon_.get()};
}

}  // namespace claimkb::cli
