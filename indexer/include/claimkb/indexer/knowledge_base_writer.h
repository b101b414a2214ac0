// The write side of a database, as one handle: ingest (files → parse →
// extract → store → index), reindex, re-extract and check, under the
// database's write lock. Every front end (the CLI, bench/, examples/) calls
// these instead of wiring Store, ClaimExtractor, ClaimIndex and WriteLock
// together itself; the read side has its own handle in query/.
//
// Ingest runs on two threads: this one reads, parses, extracts and stores
// each file (one SQLite transaction per file), while a second thread writes
// the claims just stored into the Xapian index from memory. The index
// commits once, at the end, recording the store generation it reflects
// (claimkb/indexer/index_sync.h), so a crash at any moment leaves every
// stored file whole and an index that readers know to be behind.
#ifndef CLAIMKB_INDEXER_KNOWLEDGE_BASE_WRITER_H_
#define CLAIMKB_INDEXER_KNOWLEDGE_BASE_WRITER_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "claimkb/core/claim_graph.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/result.h"
#include "claimkb/core/store.h"
#include "claimkb/indexer/claim_index.h"
#include "claimkb/indexer/index_sync.h"
#include "claimkb/indexer/ingester.h"
#include "claimkb/indexer/write_lock.h"

namespace claimkb {

struct WriterOptions {
  // Waiting for another writer (WriteLockOptions::wait_ms). Default: 10 s.
  WriteLockOptions lock;
  // How files are read (ParseOptions::as_note keeps notes). Default: {}.
  ParseOptions parse;
  // Segmentation of a new index. Default: n-grams.
  IndexOptions index;
  // Claims the index thread writes between two Xapian flushes. Xapian keeps
  // the postings of unflushed documents in memory, so this bounds the
  // index's share of peak memory, and on this 2-vCPU machine smaller
  // flushes were also faster: at 200 episodes (37,540 claims) Xapian's own
  // threshold (10,000 documents) took 23.7 s of CPU and 146 MB, 2,000 took
  // 17.2 s and 59 MB, 1,000 took 16.0 s and 47 MB (bench/README.md).
  std::size_t flush_claims = 1000;  // Default: 1,000.
  // Claims parsed and stored but not yet indexed that may wait in memory for
  // the index thread before the parsing thread waits in turn.
  std::size_t queued_claims = 4000;  // Default: 4,000.
  // Compact a newly built or rebuilt index (Xapian::Database::compact)
  // before it goes live, when it holds at least this many claims; 0 never.
  // At 1,000 episodes (187,700 claims) compaction took 1% of the ingest's
  // CPU time and saved a quarter of the index; small indexes gain little.
  std::size_t compact_min_claims = 10000;  // Default: 10,000 claims.
  // Derives the links that span episodes from the stored claims (the claim
  // graph's stance edges, query/stance_edges.h), under the write lock, after
  // an ingest that changed claims and after re-extraction. indexer/ cannot
  // call up into query/, so whoever opens the handle supplies the step.
  // Returns the number of links stored. Default: none.
  std::function<Result<int>(Store*, const Lexicon*, const LinkScope&)> link_claims;
};

// What an ingest did.
struct IngestSummary {
  IngestReport report;  // One outcome per file.
  int indexed = 0;      // Claims written into the index.
  // How the index followed the store: "patched" (the changed episodes),
  // "built" (a new index from the claims in memory), "rebuilt" (from the
  // store, because the index was missing, older or behind).
  std::string index_update;
};

struct ReextractSummary {
  int episodes = 0;
  int claims = 0;   // Claims extracted.
  int indexed = 0;  // Claims in the rebuilt index.
};

class KnowledgeBaseWriter {
 public:
  // Opens (creating if needed) the database in `db_dir` for writing with
  // `lexicon` (which names entities and speakers; shared with the caller).
  // The write lock is taken by the first method that writes and then held
  // for the handle's life, so that one command's store writes and index
  // update form one unit. Errors: those of Store::Open.
  static Result<std::unique_ptr<KnowledgeBaseWriter>> Open(const std::string& db_dir,
                                                           std::shared_ptr<const Lexicon> lexicon,
                                                           const WriterOptions& options = {});

  ~KnowledgeBaseWriter();
  KnowledgeBaseWriter(const KnowledgeBaseWriter&) = delete;
  KnowledgeBaseWriter& operator=(const KnowledgeBaseWriter&) = delete;

  // Ingests files and directories (CollectMarkdownFiles) and brings the
  // index up to date. A file whose bytes hash as stored for its path is
  // reported kUnchanged without being parsed. Problems with single files
  // are outcomes in the report; errors are for the lock, the store as a
  // whole and the index (kLocked when another writer holds the lock).
  Result<IngestSummary> Ingest(const std::vector<std::string>& paths,
                               const Ingester::Progress& progress = {});

  // Rebuilds the index from the store beside the live one and swaps it in.
  // Returns the number of claims written.
  Result<int> Reindex();

  // Extracts the claims of every stored episode again (after a lexicon or
  // extractor change), then rebuilds the index.
  Result<ReextractSummary> Reextract();

  // Compares the index with the store (generations, counts, Xapian's
  // structural check) without the write lock and without changing anything.
  Result<IndexHealth> Check() const;

  // For readers: brings the index of the database in `db_dir` up to its
  // store when it lags and nobody is writing (EnsureIndexCurrent), opening
  // the store read-only. Needs no handle: a reader never opens one.
  static Result<IndexFreshness> CatchUpIndex(const std::string& db_dir, const Lexicon& lexicon);

  // CatchUpIndex for every local database among `sources` (a reader's --db
  // list), in order, as (directory, freshness). Skipped: tcp:// remotes,
  // whose store is not ours to see, and directories without a store (a bare
  // Xapian index given as a source has nothing to compare with). Stops at
  // the first database whose lagging index cannot be repaired here.
  static Result<std::vector<std::pair<std::string, IndexFreshness>>> CatchUpIndexes(
      const std::vector<std::string>& sources, const Lexicon& lexicon);

  const Store& store() const { return *store_; }
  const std::string& db_dir() const { return db_dir_; }

 private:
  KnowledgeBaseWriter(std::string db_dir, std::shared_ptr<const Lexicon> lexicon,
                      WriterOptions options, std::unique_ptr<Store> store);
  Status Lock();
  // Runs WriterOptions::link_claims, if any, over `scope`.
  Status LinkClaims(const LinkScope& scope);

  std::string db_dir_;
  std::shared_ptr<const Lexicon> lexicon_;
  WriterOptions options_;
  std::unique_ptr<WriteLock> lock_;  // Declared before the store: released after it closes.
  std::unique_ptr<Store> store_;
  struct Extraction;  // The linker and extractor, built on first use.
  std::unique_ptr<Extraction> extraction_;
};

}  // namespace claimkb

#endif  // CLAIMKB_INDEXER_KNOWLEDGE_BASE_WRITER_H_
