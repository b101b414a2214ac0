// The second thread of ingest: writes the claims the parsing thread has just
// stored into the Xapian index. The parsing thread hands over one episode at
// a time through a queue bounded in claims, so memory stays flat however
// many files a batch holds. When the index falls behind and the queue is
// full, an episode is queued by its row alone and the worker reads its
// claims back from the store through its own read-only connection, so
// parsing never waits for the index: it finishes first, and the link step
// runs on its thread while the index catches up. Without such a connection
// parsing waits instead, as before.
#ifndef CLAIMKB_INDEXER_INDEX_WORKER_H_
#define CLAIMKB_INDEXER_INDEX_WORKER_H_

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "claimkb/core/lexicon.h"
#include "claimkb/core/result.h"
#include "claimkb/core/store.h"
#include "claimkb/indexer/claim_index.h"

namespace claimkb {

class IndexWorker {
 public:
  // Writes into `index` with `lexicon`; neither is owned, both must outlive
  // the worker. Flushes the index after every `flush_claims` claims (0:
  // only Xapian's own threshold) and holds at most about `queued_claims`
  // claims waiting (always at least one episode). `reader`, if given, is a
  // connection of the worker's own to the same store, used by its thread
  // alone (SQLite connections are not shared between threads).
  IndexWorker(ClaimIndex* index, const Lexicon* lexicon, std::size_t flush_claims,
              std::size_t queued_claims, std::unique_ptr<Store> reader = nullptr);
  ~IndexWorker();  // Finishes the queue if Finish() was not called.
  IndexWorker(const IndexWorker&) = delete;
  IndexWorker& operator=(const IndexWorker&) = delete;

  // Queues the claims of one stored episode (committed to the store). With
  // `replace`, the episode's previous documents are deleted first (it was
  // stored before). While the queue is full, queues the row alone when the
  // worker has a reader, and blocks otherwise.
  void Add(std::int64_t episode_id, std::vector<StoredClaim> claims, bool replace);

  // Waits until every queued claim is written and stops the thread. Returns
  // the claims written, or the first error (after which the rest of the
  // queue was dropped). Nothing is committed: that is the caller's.
  Result<int> Finish();

 private:
  struct Job {
    std::int64_t episode_id = 0;
    std::vector<StoredClaim> claims;
    bool replace = false;
    bool read_back = false;  // `claims` is empty: read them from the store.
  };
  void Run();
  Status Write(const Job& job);

  ClaimIndex* index_;
  const Lexicon* lexicon_;
  const std::size_t flush_claims_;
  const std::size_t queued_claims_;
  const std::unique_ptr<Store> reader_;  // Worker thread only; may be null.

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Job> queue_;       // Guarded by mutex_.
  std::size_t queued_ = 0;      // Claims in queue_; guarded by mutex_.
  bool closing_ = false;        // No more jobs; guarded by mutex_.
  std::optional<Error> error_;  // First failure; guarded by mutex_.
  int written_ = 0;             // Worker thread only until joined.
  std::size_t unflushed_ = 0;   // Worker thread only.
  std::thread thread_;          // Started last, after every member it reads.
};

}  // namespace claimkb

#endif  // CLAIMKB_INDEXER_INDEX_WORKER_H_
