// Keeping the Xapian index in step with SQLite, the source of truth. The
// index records the store generation it reflects (ClaimIndex::Commit);
// writers bring it to the store's generation under the database's
// WriteLock, and readers check it before they answer, so a search never
// answers from an index that silently lags behind the store.
#ifndef CLAIMKB_INDEXER_INDEX_SYNC_H_
#define CLAIMKB_INDEXER_INDEX_SYNC_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "claimkb/core/lexicon.h"
#include "claimkb/core/result.h"
#include "claimkb/core/store.h"
#include "claimkb/indexer/claim_index.h"
#include "claimkb/indexer/write_lock.h"

namespace claimkb {

// Builds a new index of every stored claim beside the live one and swaps it
// in (ClaimIndex::Publish): readers use the old index until the new one is
// complete, and a crash leaves the old one live. `lock` proves the caller
// holds the database's write lock; the index is lock.db_dir()'s. A new index
// of at least `compact_min_claims` claims is compacted before it goes live
// (ClaimIndex::Compact; 0: never). Returns the number of claims written.
Result<int> RebuildIndex(const Store& store, const Lexicon& lexicon, const WriteLock& lock,
                         const IndexOptions& options = {}, std::size_t compact_min_claims = 0);

// Re-indexes the claims of `episodes` after a batch of writes to the store.
// `generation_before` is the store's generation before that batch: an index
// that does not reflect exactly that generation has drifted (it was deleted,
// or an earlier writer died between the store's commit and the index's) and
// is rebuilt instead of patched. Returns the number of claims written.
Result<int> UpdateIndex(const Store& store, const Lexicon& lexicon, const WriteLock& lock,
                        std::int64_t generation_before, const std::vector<std::int64_t>& episodes);

// What a reader found when it compared the index with the store.
struct IndexFreshness {
  enum class State {
    kCurrent,       // The index reflects the store's generation.
    kCaughtUp,      // It did not; this call rebuilt it under the write lock.
    kWriterActive,  // It does not, and a writer holding the lock is updating
                    // it: the index is its last complete state (older claims).
  };
  State state = State::kCurrent;
  std::int64_t store_generation = 0;
  std::int64_t index_generation = 0;  // Before any catch-up; 0 for no index.
  std::string writer;                 // kWriterActive: who (WriteLock::Holder).
  int reindexed = 0;                  // kCaughtUp: claims written.
};

// For readers: compares the generation of `db_dir`'s index with `store`'s
// and, when they differ and no writer holds the lock, rebuilds the index
// (taking the lock without waiting). Fails when the index lags and this
// process cannot write the database (another user's, a read-only mount):
// kCorruption naming both generations, with the command that repairs it;
// answering from that index would silently miss claims.
Result<IndexFreshness> EnsureIndexCurrent(const Store& store, const Lexicon& lexicon,
                                          const std::string& db_dir);

// The index and the store side by side, for `claimkb check`.
struct IndexHealth {
  std::int64_t store_generation = 0;
  std::int64_t index_generation = 0;
  std::uint64_t store_claims = 0;
  std::uint64_t index_claims = 0;
  std::string problem;  // Empty when they agree; else one line, ending with the repair.
  bool ok() const { return problem.empty(); }
};

// Compares generations and claim counts and runs Xapian's structural check
// (ClaimIndex::Verify) over the live index. Errors only for the store.
Result<IndexHealth> InspectIndex(const Store& store, const std::string& db_dir);

}  // namespace claimkb

#endif  // CLAIMKB_INDEXER_INDEX_SYNC_H_
