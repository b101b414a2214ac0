// The one-writer rule of a database directory. Every command that writes
// (ingest, reextract, reindex, a reader catching the index up) holds the
// database's write lock from before it reads the store's generation until
// the index has committed the generation it reflects. Two writers at once
// would each patch the index for their own batch and leave it claiming a
// generation it does not hold (issue 11: 6,000 of 8,807 claims indexed).
//
// The lock is an flock(2) on "<db_dir>/write.lock". The kernel drops it when
// its holder dies, so a kill -9 never leaves a database locked; the file's
// content (pid, command line, start time) only names the holder for others'
// messages and is trusted only while the lock is held.
#ifndef CLAIMKB_INDEXER_WRITE_LOCK_H_
#define CLAIMKB_INDEXER_WRITE_LOCK_H_

#include <optional>
#include <string>

#include "claimkb/core/result.h"

namespace claimkb {

struct WriteLockOptions {
  // How long to wait for another writer to finish before giving up with
  // kLocked. 0 tries once. Default: 10 s.
  int wait_ms = 10000;
  // What the holder is doing, shown to processes that find the lock taken.
  // Default (empty): this process's command line from /proc/self/cmdline.
  std::string description;
};

class WriteLock {
 public:
  // The lock file of `db_dir`: "<db_dir>/write.lock".
  static std::string LockPath(const std::string& db_dir);

  // Takes the write lock of `db_dir`, creating the directory and the lock
  // file if needed, waiting up to options.wait_ms for another holder.
  // kLocked naming the holder ("pid 123, `claimkb ingest corpus`, since
  // 2025-12-01 10:00:00 UTC") when it is still taken; kIO when the
  // directory cannot be written (another user's database, a read-only mount).
  static Result<WriteLock> Acquire(const std::string& db_dir, const WriteLockOptions& options = {});

  // Who holds the lock of `db_dir` right now, as in the kLocked message;
  // nullopt when nobody does (or there is no lock file). Needs read access only.
  static std::optional<std::string> Holder(const std::string& db_dir);

  WriteLock(WriteLock&& other) noexcept;
  WriteLock& operator=(WriteLock&& other) noexcept;
  WriteLock(const WriteLock&) = delete;
  WriteLock& operator=(const WriteLock&) = delete;
  ~WriteLock();  // Releases the lock.

  const std::string& db_dir() const { return db_dir_; }

 private:
  WriteLock(std::string db_dir, int fd) : db_dir_(std::move(db_dir)), fd_(fd) {}
  std::string db_dir_;
  int fd_ = -1;  // Open lock file holding the flock; -1 once moved from.
};

}  // namespace claimkb

#endif  // CLAIMKB_INDEXER_WRITE_LOCK_H_
