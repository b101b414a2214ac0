// The resources a command works with, opened on first use: the lexicon, the
// entity linker and extractor built on it, and the primary database's store.
#ifndef CLAIMKB_CLI_SESSION_H_
#define CLAIMKB_CLI_SESSION_H_

#include <memory>
#include <string>

#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/store.h"
#include "command.h"

namespace claimkb::cli {

class Session {
 public:
  explicit Session(const GlobalOptions& globals) : globals_(globals) {}

  // The local directory commands write to: the first --db that is not a
  // tcp:// remote, else the default directory.
  std::string PrimaryDatabase() const;
  // The bundled lexicon's directory: --lexicon, else $CLAIMKB_LEXICON, else data/lexicon.
  std::string LexiconDirectory() const;

  Result<std::shared_ptr<const Lexicon>> lexicon();
  Result<std::shared_ptr<const EntityLinker>> linker();
  Result<const ClaimExtractor*> extractor();
  // Opens (creating if needed) the primary database's store.
  Result<Store*> store();

  // What writing claims takes: the store, the extractor and its lexicon.
  struct Writer {
    Store* store;
    const ClaimExtractor* extractor;
    const Lexicon* lexicon;
  };
  Result<Writer> writer();

 private:
  const GlobalOptions& globals_;
  std::shared_ptr<const Lexicon> lexicon_;
  std::shared_ptr<const EntityLinker> linker_;
  std::unique_ptr<ClaimExtractor> extractor_;
  std::unique_ptr<Store> store_;
};

}  // namespace claimkb::cli

#endif  // CLAIMKB_CLI_SESSION_H_
