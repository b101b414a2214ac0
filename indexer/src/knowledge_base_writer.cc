#include "claimkb/indexer/knowledge_base_writer.h"

#include <fmt/format.h>

#include <filesystem>
#include <optional>
#include <utility>

#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/indexer/database_location.h"
#include "index_worker.h"

namespace claimkb {

struct KnowledgeBaseWriter::Extraction {
  explicit Extraction(std::shared_ptr<const Lexicon> lexicon)
      : linker(std::make_shared<const EntityLinker>(std::move(lexicon))), extractor(linker) {}
  std::shared_ptr<const EntityLinker> linker;
  ClaimExtractor extractor;
};

KnowledgeBaseWriter::KnowledgeBaseWriter(std::string db_dir, std::shared_ptr<const Lexicon> lexicon,
                                         WriterOptions options, std::unique_ptr<Store> store)
    : db_dir_(std::move(db_dir)),
      lexicon_(std::move(lexicon)),
      options_(std::move(options)),
      store_(std::move(store)) {}

KnowledgeBaseWriter::~KnowledgeBaseWriter() = default;

Result<std::unique_ptr<KnowledgeBaseWriter>> KnowledgeBaseWriter::Open(
    const std::string& db_dir, std::shared_ptr<const Lexicon> lexicon,
    const WriterOptions& options) {
  if (!lexicon) return MakeError(ErrorCode::kInvalidArgument, "no lexicon given");
  auto store = Store::Open(db_dir);
  if (!store) return std::unexpected(store.error());
  return std::unique_ptr<KnowledgeBaseWriter>(
      new KnowledgeBaseWriter(db_dir, std::move(lexicon), options, std::move(*store)));
}

Status KnowledgeBaseWriter::Lock() {
  if (lock_) return {};
  auto acquired = WriteLock::Acquire(db_dir_, options_.lock);
  if (!acquired) return std::unexpected(acquired.error());
  lock_ = std::make_unique<WriteLock>(std::move(*acquired));
  return {};
}

namespace {

// How the index follows one ingest.
enum class IndexPlan {
  kPatch,    // The live index reflects the store as it was: patch it from memory.
  kBuild,    // The store was empty and there is no index: build one from memory.
  kRebuild,  // Anything else (no index, an older layout, drift): rebuild from the store.
};

struct PlannedIndex {
  IndexPlan plan = IndexPlan::kRebuild;
  std::unique_ptr<ClaimIndex> index;  // kPatch: the live index; kBuild: a staging one.
};

Result<PlannedIndex> PlanIndex(const std::string& db_dir, std::int64_t generation_before,
                               const IndexOptions& options) {
  PlannedIndex planned;
  if (!ClaimIndex::ResolveIndexDirectory(db_dir)) {
    if (generation_before != 0) return planned;  // The index was deleted: rebuild.
    auto staging = ClaimIndex::CreateStaging(db_dir, options);
    if (!staging) return std::unexpected(staging.error());
    planned.plan = IndexPlan::kBuild;
    planned.index = std::move(*staging);
    return planned;
  }
  auto live = ClaimIndex::Open(db_dir, options);
  // An index written by an older claimkb is derived data: rebuild it.
  if (!live && live.error().code == ErrorCode::kSchemaMismatch) return planned;
  if (!live) return std::unexpected(live.error());
  auto indexed = (*live)->Generation();
  if (!indexed) return std::unexpected(indexed.error());
  // An index that lags behind the store by more than this batch has drifted
  // (an earlier writer died between the two commits); patching only this
  // batch would hide that, so it is rebuilt from the store.
  if (*indexed != generation_before) return planned;
  planned.plan = IndexPlan::kPatch;
  planned.index = std::move(*live);
  return planned;
}

}  // namespace

Result<IngestSummary> KnowledgeBaseWriter::Ingest(const std::vector<std::string>& paths,
                                                  const Ingester::Progress& progress) {
  // The lock comes first: the generation read after it is the one this
  // batch starts from.
  if (Status locked = Lock(); !locked) return std::unexpected(locked.error());
  if (!extraction_) extraction_ = std::make_unique<Extraction>(lexicon_);
  auto generation_before = store_->Generation();
  if (!generation_before) return std::unexpected(generation_before.error());
  auto planned = PlanIndex(db_dir_, *generation_before, options_.index);
  if (!planned) return std::unexpected(planned.error());

  Ingester ingester(store_.get(), &extraction_->extractor, lexicon_.get());
  ingester.set_parse_options(options_.parse);
  std::optional<IndexWorker> worker;
  if (planned->index) {
    // The worker's own connection to the store, for the episodes it reads
    // back while the link step runs here.
    StoreOptions reader_options;
    reader_options.read_only = true;
    auto reader = Store::Open(db_dir_, reader_options);
    if (!reader) return std::unexpected(reader.error());
    worker.emplace(planned->index.get(), lexicon_.get(), options_.flush_claims,
                   options_.queued_claims, std::move(*reader));
    ingester.set_claim_sink([&worker](const FileOutcome& file, std::vector<StoredClaim> claims) {
      worker->Add(file.episode_id, std::move(claims), file.status == FileStatus::kReplaced);
    });
  }

  IngestSummary summary;
  summary.report = ingester.Ingest(paths, progress);
  if (!worker) {
    auto rebuilt =
        RebuildIndex(*store_, *lexicon_, *lock_, options_.index, options_.compact_min_claims);
    if (!rebuilt) return std::unexpected(rebuilt.error());
    summary.indexed = *rebuilt;
    summary.index_update = "rebuilt";
    if (!summary.report.changed_episodes.empty()) {
      LinkScope scope{summary.report.changed_episodes, *generation_before};
      if (Status linked = LinkClaims(scope); !linked) return std::unexpected(linked.error());
    }
    return summary;
  }
  // Every claim of the batch is stored: the generation the index will
  // reflect is known now. The link step reads and writes the store only, so
  // it runs here while the worker is still indexing (the store's generation
  // does not move with it); the index is committed after both.
  auto generation_now = store_->Generation();
  if (!generation_now) return std::unexpected(generation_now.error());
  Status linked;
  if (!summary.report.changed_episodes.empty()) {
    linked = LinkClaims(LinkScope{summary.report.changed_episodes, *generation_before});
  }
  auto written = worker->Finish();
  if (!written) return std::unexpected(written.error());
  summary.indexed = *written;
  ClaimIndex& index = *planned->index;
  if (Status committed = index.Commit(*generation_now); !committed) {
    return std::unexpected(committed.error());
  }
  if (planned->plan == IndexPlan::kBuild) {
    if (options_.compact_min_claims > 0 &&
        static_cast<std::size_t>(*written) >= options_.compact_min_claims) {
      if (Status compacted = index.Compact(); !compacted) {
        return std::unexpected(compacted.error());
      }
    }
    if (Status published = index.Publish(); !published) {
      return std::unexpected(published.error());
    }
    summary.index_update = "built";
  } else {
    summary.index_update = "patched";
  }
  // A failed link step leaves the index committed all the same: readers
  // recompute edges whose generation lags the store.
  if (!linked) return std::unexpected(linked.error());
  return summary;
}

Status KnowledgeBaseWriter::LinkClaims(const LinkScope& scope) {
  if (!options_.link_claims) return {};
  auto linked = options_.link_claims(store_.get(), lexicon_.get(), scope);
  if (!linked) return std::unexpected(linked.error());
  return {};
}

Result<int> KnowledgeBaseWriter::Reindex() {
  if (Status locked = Lock(); !locked) return std::unexpected(locked.error());
  return RebuildIndex(*store_, *lexicon_, *lock_, options_.index, options_.compact_min_claims);
}

Result<ReextractSummary> KnowledgeBaseWriter::Reextract() {
  if (Status locked = Lock(); !locked) return std::unexpected(locked.error());
  if (!extraction_) extraction_ = std::make_unique<Extraction>(lexicon_);
  // Every source file of every work: ListEpisodes would give one per work.
  auto rows = store_->ListEpisodeRows();
  if (!rows) return std::unexpected(rows.error());
  ReextractSummary summary;
  for (std::int64_t row : *rows) {
    // The stored episode is the input, so re-extraction works even when the
    // source file has moved or gone.
    auto episode = store_->LoadEpisode(row);
    if (!episode) return std::unexpected(episode.error());
    std::vector<Claim> extracted = extraction_->extractor.Extract(*episode);
    summary.claims += static_cast<int>(extracted.size());
    if (Status replaced = store_->ReplaceClaims(row, *episode, extracted, *lexicon_); !replaced) {
      return std::unexpected(replaced.error());
    }
    ++summary.episodes;
  }
  auto indexed =
      RebuildIndex(*store_, *lexicon_, *lock_, options_.index, options_.compact_min_claims);
  if (!indexed) return std::unexpected(indexed.error());
  summary.indexed = *indexed;
  // Every claim was extracted again: relink them all.
  if (Status linked = LinkClaims(LinkScope{}); !linked) return std::unexpected(linked.error());
  return summary;
}

Result<IndexHealth> KnowledgeBaseWriter::Check() const { return InspectIndex(*store_, db_dir_); }

Result<IndexFreshness> KnowledgeBaseWriter::CatchUpIndex(const std::string& db_dir,
                                                         const Lexicon& lexicon) {
  // Read-only: a reader may name several databases, and only writers
  // refuse that; the index is rebuilt from the store, which is only read.
  StoreOptions options;
  options.read_only = true;
  auto store = Store::Open(db_dir, options);
  if (!store) return std::unexpected(store.error());
  return EnsureIndexCurrent(**store, lexicon, db_dir);
}

Result<std::vector<std::pair<std::string, IndexFreshness>>> KnowledgeBaseWriter::CatchUpIndexes(
    const std::vector<std::string>& sources, const Lexicon& lexicon) {
  std::vector<std::pair<std::string, IndexFreshness>> out;
  for (const std::string& db : sources) {
    if (IsRemoteSource(db)) continue;
    std::error_code ec;
    // A missing database was refused before (readers never create one).
    if (!std::filesystem::exists(std::filesystem::path(db) / "claims.sqlite", ec)) continue;
    auto freshness = CatchUpIndex(db, lexicon);
    if (!freshness) return std::unexpected(freshness.error());
    out.emplace_back(db, *freshness);
  }
  return out;
}

}  // namespace claimkb
