// One writer, an index that is swapped in whole, and readers that notice
// when the index lags behind the store (issue 11, item 1). The scripts in
// tests/scripts/ run the same faults against the real binary.
#include "claimkb/indexer/index_sync.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/indexer/ingester.h"
#include "claimkb/indexer/write_lock.h"
#include "indexer/index_fixture.h"

namespace fs = std::filesystem;
using claimkb::ClaimIndex;
using claimkb::ErrorCode;
using claimkb::IndexFreshness;
using claimkb::WriteLock;
using claimkb::WriteLockOptions;
using claimkb::testing::SampleClaims;
using claimkb::testing::TempDir;
using claimkb::testing::TestLexicon;

namespace {

WriteLockOptions NoWait() {
  WriteLockOptions options;
  options.wait_ms = 0;
  return options;
}

// Sibling index directories ("xapian.XXXXXX") of a database.
int SiblingIndexes(const std::string& db_dir) {
  int count = 0;
  for (const auto& entry : fs::directory_iterator(db_dir)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("xapian.") && entry.is_directory()) ++count;
  }
  return count;
}

std::uint64_t Documents(const std::string& db_dir) {
  auto index = ClaimIndex::OpenReadOnly({db_dir});
  REQUIRE(index);
  auto count = (*index)->DocCount();
  REQUIRE(count);
  return *count;
}

const std::string kSamples = CLAIMKB_SOURCE_DIR "/data/samples";

std::string Sample(int i) {
  static const char* names[] = {"frontier-bench-weekly-reasoning.md",
                                "model-observatory-gemini3-panel.md",
                                "open-weights-roundtable-short.md"};
  return kSamples + "/" + names[i];
}

}  // namespace

TEST_CASE("The write lock admits one holder and names it to others", "[lock]") {
  TempDir dir;
  CHECK_FALSE(WriteLock::Holder(dir.path()));
  auto first = WriteLock::Acquire(dir.path(), NoWait());
  REQUIRE(first);
  // flock(2) locks belong to an open file, so a second Acquire in this very
  // process conflicts exactly as another process would.
  auto second = WriteLock::Acquire(dir.path(), NoWait());
  REQUIRE_FALSE(second);
  CHECK(second.error().code == ErrorCode::kLocked);
  const std::string pid = "pid " + std::to_string(getpid());
  CHECK_THAT(second.error().message, Catch::Contains(pid));
  CHECK_THAT(second.error().message, Catch::Contains("indexer_tests"));
  auto holder = WriteLock::Holder(dir.path());
  REQUIRE(holder);
  CHECK_THAT(*holder, Catch::StartsWith(pid));

  WriteLockOptions waiting;
  waiting.wait_ms = 200;
  waiting.description = "second writer";
  CHECK_FALSE(WriteLock::Acquire(dir.path(), waiting));

  // Released with its holder; the file stays, naming nobody.
  { WriteLock released = std::move(*first); }
  CHECK_FALSE(WriteLock::Holder(dir.path()));
  auto third = WriteLock::Acquire(dir.path(), waiting);
  REQUIRE(third);
  CHECK(*WriteLock::Holder(dir.path()) != "");
}

TEST_CASE("A staging index is invisible until published, then replaces the live one whole",
          "[index][swap]") {
  TempDir dir;
  auto lexicon = TestLexicon();
  {
    auto live = ClaimIndex::Open(dir.path());
    REQUIRE(live);
    for (const auto& claim : SampleClaims()) REQUIRE((*live)->Replace(claim, *lexicon));
    REQUIRE((*live)->Commit(1));
  }
  CHECK(fs::is_symlink(ClaimIndex::IndexDirectory(dir.path())));
  REQUIRE(Documents(dir.path()) == 6);
  auto before_swap = ClaimIndex::OpenReadOnly({dir.path()});
  REQUIRE(before_swap);

  auto staging = ClaimIndex::CreateStaging(dir.path());
  REQUIRE(staging);
  REQUIRE((*staging)->Replace(SampleClaims()[0], *lexicon));
  REQUIRE((*staging)->Replace(SampleClaims()[4], *lexicon));
  REQUIRE((*staging)->Commit(2));
  // Committed but not published: readers still see the old index.
  CHECK(Documents(dir.path()) == 6);
  CHECK(*(*ClaimIndex::OpenReadOnly({dir.path()}))->Generation() == 1);
  REQUIRE((*staging)->Publish());
  CHECK(Documents(dir.path()) == 2);
  CHECK(*(*ClaimIndex::OpenReadOnly({dir.path()}))->Generation() == 2);
  // As readable as any directory this process makes (mkdtemp's are 0700).
  const mode_t mask = umask(0);
  umask(mask);
  const auto live_perms = fs::status(*ClaimIndex::ResolveIndexDirectory(dir.path())).permissions();
  CHECK(static_cast<unsigned>(live_perms & fs::perms::all) == (0777u & ~mask));
  // A reader that opened the old index before the swap keeps reading it.
  CHECK(*(*before_swap)->DocCount() == 6);
  CHECK(SiblingIndexes(dir.path()) == 2);

  // A staging index abandoned by a crash, then a complete rebuild: only
  // the new index and the one it replaced remain.
  {
    auto abandoned = ClaimIndex::CreateStaging(dir.path());
    REQUIRE(abandoned);
  }
  CHECK(SiblingIndexes(dir.path()) == 3);
  auto again = ClaimIndex::CreateStaging(dir.path());
  REQUIRE(again);
  REQUIRE((*again)->Commit(3));
  REQUIRE((*again)->Publish());
  CHECK(SiblingIndexes(dir.path()) == 2);
  CHECK(Documents(dir.path()) == 0);
}

TEST_CASE("A database with a plain xapian directory is moved to the link layout by a rebuild",
          "[index][swap]") {
  TempDir dir;
  auto lexicon = TestLexicon();
  {
    auto live = ClaimIndex::Open(dir.path());
    REQUIRE(live);
    REQUIRE((*live)->Replace(SampleClaims()[0], *lexicon));
    REQUIRE((*live)->Commit(1));
  }
  // Turn the link into the plain directory older claimkb versions made.
  const fs::path link = ClaimIndex::IndexDirectory(dir.path());
  const fs::path target = fs::path(dir.path()) / fs::read_symlink(link);
  fs::remove(link);
  fs::rename(target, link);
  REQUIRE(fs::is_directory(fs::symlink_status(link)));
  CHECK(Documents(dir.path()) == 1);

  auto staging = ClaimIndex::CreateStaging(dir.path());
  REQUIRE(staging);
  for (const auto& claim : SampleClaims()) REQUIRE((*staging)->Replace(claim, *lexicon));
  REQUIRE((*staging)->Commit(2));
  REQUIRE((*staging)->Publish());
  CHECK(fs::is_symlink(link));
  CHECK(Documents(dir.path()) == 6);
}

TEST_CASE("Verify finds a corrupt table that reading the metadata misses", "[index][check]") {
  TempDir dir;
  auto lexicon = TestLexicon();
  {
    auto live = ClaimIndex::Open(dir.path());
    REQUIRE(live);
    // Enough documents for the postings table to span several blocks.
    for (int copy = 0; copy < 40; ++copy) {
      for (auto claim : SampleClaims()) {
        claim.id.append(1, '-').append(std::to_string(copy));
        REQUIRE((*live)->Replace(claim, *lexicon));
      }
    }
    REQUIRE((*live)->Commit(7));
  }
  REQUIRE(ClaimIndex::Verify(dir.path()));

  auto live_dir = ClaimIndex::ResolveIndexDirectory(dir.path());
  REQUIRE(live_dir);
  const std::string table = *live_dir + "/postlist.glass";
  const auto size = fs::file_size(table);
  REQUIRE(size > 8192);
  {
    // Zero every block after the first, as a torn write would leave them.
    std::fstream file(table, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(8192);
    const std::string zeros(size - 8192, '\0');
    file.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
  }
  auto verified = ClaimIndex::Verify(dir.path());
  REQUIRE_FALSE(verified);
  CHECK(verified.error().code == ErrorCode::kCorruption);
  CHECK_THAT(verified.error().ToString(), Catch::Contains("corrupt"));
  CHECK_THAT(verified.error().ToString(),
             Catch::EndsWith("claimkb reindex` to rebuild it from the store)"));

  TempDir empty;
  auto missing = ClaimIndex::Verify(empty.path());
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == ErrorCode::kNotFound);
  CHECK_THAT(missing.error().hint, Catch::Contains("claimkb reindex"));
}

TEST_CASE("Readers catch a lagging index up, or say who is writing it", "[index][sync]") {
  TempDir dir;
  auto lexicon = claimkb::Lexicon::LoadDefault();
  REQUIRE(lexicon);
  auto linker = std::make_shared<const claimkb::EntityLinker>(*lexicon);
  claimkb::ClaimExtractor extractor(linker);
  auto store = claimkb::Store::Open(dir.path());
  REQUIRE(store);
  claimkb::Ingester ingester(store->get(), &extractor, lexicon->get());

  // A writer that finishes: store and index agree.
  {
    auto lock = WriteLock::Acquire(dir.path(), NoWait());
    REQUIRE(lock);
    auto before = (*store)->Generation();
    REQUIRE(before);
    auto report = ingester.Ingest({Sample(0)});
    REQUIRE(report.changed_episodes.size() == 1);
    REQUIRE(claimkb::UpdateIndex(**store, **lexicon, *lock, *before, report.changed_episodes));
  }
  auto current = claimkb::EnsureIndexCurrent(**store, **lexicon, dir.path());
  REQUIRE(current);
  CHECK(current->state == IndexFreshness::State::kCurrent);
  const std::uint64_t first_claims = Documents(dir.path());
  CHECK(first_claims > 0);

  // A writer that dies between its store commit and its index commit.
  REQUIRE(ingester.Ingest({Sample(1)}).changed_episodes.size() == 1);
  auto claims = (*store)->AllClaims();
  REQUIRE(claims);
  REQUIRE(claims->size() > first_claims);
  auto caught_up = claimkb::EnsureIndexCurrent(**store, **lexicon, dir.path());
  REQUIRE(caught_up);
  CHECK(caught_up->state == IndexFreshness::State::kCaughtUp);
  CHECK(caught_up->index_generation < caught_up->store_generation);
  CHECK(caught_up->reindexed == static_cast<int>(claims->size()));
  CHECK(Documents(dir.path()) == claims->size());
  auto health = claimkb::InspectIndex(**store, dir.path());
  REQUIRE(health);
  CHECK(health->ok());

  // A writer at work: the reader answers from the last complete index and
  // is told who is writing.
  auto lock = WriteLock::Acquire(dir.path(), NoWait());
  REQUIRE(lock);
  REQUIRE(ingester.Ingest({Sample(2)}).changed_episodes.size() == 1);
  auto busy = claimkb::EnsureIndexCurrent(**store, **lexicon, dir.path());
  REQUIRE(busy);
  CHECK(busy->state == IndexFreshness::State::kWriterActive);
  CHECK_THAT(busy->writer, Catch::StartsWith("pid " + std::to_string(getpid())));
  CHECK(Documents(dir.path()) == claims->size());
  auto drift = claimkb::InspectIndex(**store, dir.path());
  REQUIRE(drift);
  CHECK_FALSE(drift->ok());
  CHECK_THAT(drift->problem, Catch::Contains("claimkb reindex"));

  // A lagging index this process cannot repair (here the lock file cannot
  // be opened for writing, as in another user's database) is refused, with
  // the repair, rather than answered from.
  { WriteLock released = std::move(*lock); }
  fs::remove(WriteLock::LockPath(dir.path()));
  fs::create_directory(WriteLock::LockPath(dir.path()));
  auto refused = claimkb::EnsureIndexCurrent(**store, **lexicon, dir.path());
  REQUIRE_FALSE(refused);
  CHECK_THAT(refused.error().message, Catch::Contains("cannot be updated here"));
  CHECK(refused.error().hint ==
        "run `claimkb reindex --db " + dir.str() + "` as a user who may write it");
}
