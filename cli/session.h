// The resources a command works with, opened on first use: the read-side
// handle (claimkb/query/knowledge_base.h) built from --db and --lexicon, which
// owns the lexicon, linker, read-only stores and searcher; and for writing
// commands the extractor, the primary database's store, its write lock and
// the write handle.
#ifndef CLAIMKB_CLI_SESSION_H_
#define CLAIMKB_CLI_SESSION_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/store.h"
#include "claimkb/indexer/knowledge_base_writer.h"
#include "claimkb/indexer/write_lock.h"
#include "claimkb/query/knowledge_base.h"
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

  // The read side: every view a read command prints.
  KnowledgeBase& knowledge_base();

  // The knowledge base's lexicon and linker (one copy for reading and writing).
  Result<std::shared_ptr<const Lexicon>> lexicon();
  Result<std::shared_ptr<const EntityLinker>> linker();
  Result<const ClaimExtractor*> extractor();
  // The one database a command writes to. kInvalidArgument when --db names
  // more than one database or a tcp:// remote: a write must not silently
  // pick one of several.
  Result<std::string> WriteDatabase() const;
  // Opens (creating if needed) WriteDatabase()'s store.
  Result<Store*> store();
  // How long writers wait for the lock: $CLAIMKB_LOCK_TIMEOUT seconds
  // (default 10). kInvalidArgument when it is not a number of seconds.
  static Result<WriteLockOptions> LockOptions();

  // Takes the primary database's write lock (claimkb/indexer/write_lock.h)
  // on first use and holds it for the session's life, so one command's
  // store writes and index update form one unit. Waits up to
  // $CLAIMKB_LOCK_TIMEOUT seconds (default 10) for another writer.
  Result<const WriteLock*> write_lock();

  // Every local database of --db (else the default one), opened read-only in
  // the order given, for commands that read and merge them all. kNotFound
  // "no database at DIR" for one that does not exist: reading never creates
  // a database. Empty when --db names only tcp:// remotes.
  Result<std::vector<const Store*>> readers();
  // readers(), but at least one: kInvalidArgument when --db names only
  // tcp:// remotes, which hold an index and no store.
  Result<std::vector<const Store*>> local_readers();

  // The write handle on WriteDatabase(), with the session's lexicon, the
  // claim graph's link step (StanceLinkStep) and $CLAIMKB_LOCK_TIMEOUT.
  Result<std::unique_ptr<KnowledgeBaseWriter>> OpenWriter(const ParseOptions& parse = {});

  // For commands that read the index (search, ask): catches up every local
  // database of --db whose index lags its store
  // (KnowledgeBaseWriter::CatchUpIndexes), and says on stderr when one was
  // rebuilt, or when the answer comes from the last complete index because
  // another process is writing. Fails when a lagging index cannot be
  // repaired here.
  Status CatchUpIndexes();

 private:
  const GlobalOptions& globals_;
  std::optional<WriteLock> lock_;  // Declared first: released after the store closes.
  std::unique_ptr<KnowledgeBase> knowledge_base_;
  std::unique_ptr<ClaimExtractor> extractor_;
  std::unique_ptr<Store> store_;
};

}  // namespace claimkb::cli

#endif  // CLAIMKB_CLI_SESSION_H_
