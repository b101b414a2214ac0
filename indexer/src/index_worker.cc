#include "index_worker.h"

#include <string>
#include <utility>

namespace claimkb {

IndexWorker::IndexWorker(ClaimIndex* index, const Lexicon* lexicon, std::size_t flush_claims,
                         std::size_t queued_claims, std::unique_ptr<Store> reader)
    : index_(index),
      lexicon_(lexicon),
      flush_claims_(flush_claims),
      queued_claims_(queued_claims),
      reader_(std::move(reader)),
      thread_(&IndexWorker::Run, this) {}

IndexWorker::~IndexWorker() {
  if (thread_.joinable()) (void)Finish();
}

void IndexWorker::Add(std::int64_t episode_id, std::vector<StoredClaim> claims, bool replace) {
  std::unique_lock lock(mutex_);
  auto fits = [&] { return queue_.empty() || queued_ + claims.size() <= queued_claims_; };
  if (reader_ && !fits()) {
    // The claims are in the store already: the worker reads them back when
    // it reaches this episode, in the same order as the others.
    queue_.push_back(Job{episode_id, {}, replace, /*read_back=*/true});
    changed_.notify_all();
    return;
  }
  // An episode larger than the whole budget still goes in, alone.
  changed_.wait(lock, fits);
  queued_ += claims.size();
  queue_.push_back(Job{episode_id, std::move(claims), replace});
  changed_.notify_all();
}

Result<int> IndexWorker::Finish() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  thread_.join();
  if (error_) return std::unexpected(*error_);
  return written_;
}

void IndexWorker::Run() {
  while (true) {
    Job job;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return !queue_.empty() || closing_; });
      if (queue_.empty()) return;  // Closing and drained.
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    // The index is written outside the lock: that is the work done in
    // parallel with parsing.
    Status status = error_ ? Status{} : Write(job);
    std::lock_guard lock(mutex_);
    queued_ -= job.claims.size();
    if (!status && !error_) error_ = status.error();
    changed_.notify_all();
  }
}

Status IndexWorker::Write(const Job& job) {
  if (job.replace) {
    auto removed = index_->DeleteEpisode(std::to_string(job.episode_id));
    if (!removed) return std::unexpected(removed.error());
  }
  std::vector<StoredClaim> read_back;
  if (job.read_back) {
    // What Store::PutEpisode returned for this row (store.h), read again.
    ClaimFilter filter;
    filter.episode_id = job.episode_id;
    auto claims = reader_->QueryClaims(filter);
    if (!claims) return std::unexpected(claims.error());
    // The filter spans every source of the episode's work; the row's own
    // claims are those PutEpisode returned.
    for (StoredClaim& claim : *claims) {
      if (claim.episode_id == job.episode_id) read_back.push_back(std::move(claim));
    }
  }
  for (const StoredClaim& claim : job.read_back ? read_back : job.claims) {
    if (Status replaced = index_->Replace(claim, *lexicon_); !replaced) return replaced;
    ++written_;
    if (flush_claims_ > 0 && ++unflushed_ >= flush_claims_) {
      if (Status flushed = index_->Flush(); !flushed) return flushed;
      unflushed_ = 0;
    }
  }
  return {};
}

}  // namespace claimkb
