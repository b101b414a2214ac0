// The write handle (issue 10 item 1, issue 12 item 2): ingest on two threads
// that indexes the claims from memory, unchanged files skipped before
// parsing, and an index that always ends up matching the store.
#include "claimkb/indexer/knowledge_base_writer.h"

#include <xapian.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "claimkb/core/claim_codec.h"
#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/entity_linker.h"
#include "indexer/index_fixture.h"

namespace fs = std::filesystem;
using claimkb::ClaimIndex;
using claimkb::FileStatus;
using claimkb::KnowledgeBaseWriter;
using claimkb::WriterOptions;
using claimkb::testing::TempDir;

namespace {

const std::string kSamples = CLAIMKB_SOURCE_DIR "/data/samples";

std::shared_ptr<const claimkb::Lexicon> BundledLexicon() {
  static auto lexicon = claimkb::Lexicon::LoadDefault();
  REQUIRE(lexicon);
  return *lexicon;
}

// The sample digests and transcripts, copied so that tests may change them.
std::string CopySamples(const TempDir& dir) {
  const std::string files = dir.Sub("files");
  fs::create_directories(files);
  for (const auto& entry : fs::directory_iterator(kSamples)) {
    fs::copy_file(entry.path(), fs::path(files) / entry.path().filename());
  }
  return files;
}

std::uint64_t IndexedClaims(const std::string& db_dir) {
  auto index = ClaimIndex::OpenReadOnly({db_dir});
  REQUIRE(index);
  auto count = (*index)->DocCount();
  REQUIRE(count);
  return *count;
}

void RequireConsistent(const KnowledgeBaseWriter& writer) {
  auto health = writer.Check();
  REQUIRE(health);
  INFO(health->problem);
  CHECK(health->ok());
  CHECK(health->index_claims == health->store_claims);
}

// Both parts of a claim's index record: what its document and its episode's
// metadata hold.
std::string Encoded(const claimkb::StoredClaim& claim) {
  return claimkb::EncodeClaimRecord(claim) + "\n" + claimkb::EncodeEpisodeRecord(claim);
}

// Every document of the live index by its claim id term: its data and its
// terms with their positions.
std::map<std::string, std::string> IndexDocuments(const std::string& db_dir) {
  auto directory = ClaimIndex::ResolveIndexDirectory(db_dir);
  REQUIRE(directory);
  Xapian::Database db(*directory);
  std::map<std::string, std::string> out;
  for (auto id = db.postlist_begin(""); id != db.postlist_end(""); ++id) {
    const Xapian::Document doc = db.get_document(*id);
    std::string key, body = doc.get_data();
    for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
      if (key.empty() && (*term).starts_with("Q")) key = *term;
      body.append("\n").append(*term).append(" wdf ").append(std::to_string(term.get_wdf()));
      for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos) {
        body.append(" ").append(std::to_string(*pos));
      }
    }
    out[key.empty() ? std::to_string(*id) : key] = body;
  }
  return out;
}

}  // namespace

TEST_CASE("The claims a store write returns are the claims the store reads back",
          "[writer][store]") {
  // The index is written from PutResult::claims; a rebuild reads QueryClaims.
  // Equal encodings mean equal documents either way.
  TempDir dir;
  auto lexicon = BundledLexicon();
  auto linker = std::make_shared<const claimkb::EntityLinker>(lexicon);
  claimkb::ClaimExtractor extractor(linker);
  auto store = claimkb::Store::Open(dir.path());
  REQUIRE(store);
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(kSamples)) {
    auto episode = claimkb::ParseDigestFile(entry.path().string());
    if (!episode) continue;  // A note: nothing stored.
    const auto claims = extractor.Extract(*episode);
    auto put = (*store)->PutEpisode(*episode, claims, *lexicon);
    INFO((put ? std::string() : put.error().ToString()));
    REQUIRE(put);
    REQUIRE(put->outcome == claimkb::PutOutcome::kAdded);
    REQUIRE(put->claims.size() == claims.size());
    claimkb::ClaimFilter filter;
    filter.episode_id = put->episode_id;
    auto read = (*store)->QueryClaims(filter);
    REQUIRE(read);
    std::vector<std::string> stored;
    for (const auto& claim : *read) {
      if (claim.episode_id == put->episode_id) stored.push_back(Encoded(claim));
    }
    REQUIRE(stored.size() == put->claims.size());
    for (std::size_t i = 0; i < stored.size(); ++i) {
      CHECK(Encoded(put->claims[i]) == stored[i]);
      ++compared;
    }
  }
  CHECK(compared > 100);  // The samples hold a few hundred claims.
}

TEST_CASE("Ingest builds, patches and rebuilds the index so that it matches the store",
          "[writer]") {
  TempDir dir;
  const std::string files = CopySamples(dir);
  const std::string db = dir.Sub("db");
  WriterOptions options;
  // Tiny batches: every claim flushes the index and waits in the queue alone.
  options.flush_claims = 1;
  options.queued_claims = 1;
  auto writer = KnowledgeBaseWriter::Open(db, BundledLexicon(), options);
  REQUIRE(writer);

  auto first = (*writer)->Ingest({files});
  REQUIRE(first);
  for (const auto& file : first->report.files) INFO(file.path + ": " + file.message);
  CHECK(first->index_update == "built");  // Empty store, no index: from memory.
  const int stored = first->report.Count(FileStatus::kAdded);
  CHECK(stored == 7);  // Four digests and three transcripts, all distinct episodes.
  CHECK(first->indexed > 0);
  CHECK(IndexedClaims(db) == static_cast<std::uint64_t>(first->indexed));
  RequireConsistent(**writer);

  // Unchanged: nothing written, the index only re-commits its generation.
  auto again = (*writer)->Ingest({files});
  REQUIRE(again);
  CHECK(again->index_update == "patched");
  CHECK(again->report.Count(FileStatus::kUnchanged) == stored);
  CHECK(again->indexed == 0);
  RequireConsistent(**writer);

  // One digest loses its last line: that episode's documents are replaced.
  const fs::path changed = fs::path(files) / "open-weights-roundtable-short.md";
  std::string text;
  {
    std::ifstream in(changed, std::ios::binary);
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  text.erase(text.find_last_of('\n', text.size() - 2) + 1);
  { std::ofstream(changed, std::ios::binary | std::ios::trunc) << text; }
  auto patched = (*writer)->Ingest({files});
  REQUIRE(patched);
  CHECK(patched->index_update == "patched");
  CHECK(patched->report.Count(FileStatus::kReplaced) == 1);
  CHECK(patched->report.Count(FileStatus::kUnchanged) == stored - 1);
  RequireConsistent(**writer);

  // No index at all, with claims in the store: rebuilt from the store.
  fs::remove(ClaimIndex::IndexDirectory(db));
  auto rebuilt = (*writer)->Ingest({files});
  REQUIRE(rebuilt);
  CHECK(rebuilt->index_update == "rebuilt");
  RequireConsistent(**writer);
}

TEST_CASE("An unchanged file is recognised by its hash, without parsing it", "[writer]") {
  TempDir dir;
  const std::string files = CopySamples(dir);
  const std::string db = dir.Sub("db");
  {
    auto writer = KnowledgeBaseWriter::Open(db, BundledLexicon());
    REQUIRE(writer);
    REQUIRE((*writer)->Ingest({files}));
  }
  // Parsing would now reject every file as too large; a stored file with
  // the same bytes is never parsed, so none is rejected.
  WriterOptions strict;
  strict.parse.max_bytes = 16;
  auto writer = KnowledgeBaseWriter::Open(db, BundledLexicon(), strict);
  REQUIRE(writer);
  auto again = (*writer)->Ingest({files});
  REQUIRE(again);
  CHECK(again->report.Count(FileStatus::kUnchanged) == 7);
  CHECK(again->report.Count(FileStatus::kRejected) == 0);
  // Its claim count is the stored one.
  for (const auto& file : again->report.files) {
    if (file.status == FileStatus::kUnchanged) CHECK(file.claim_count > 0);
  }
}

TEST_CASE("A compacted new index is published and matches the store", "[writer]") {
  TempDir dir;
  const std::string files = CopySamples(dir);
  const std::string db = dir.Sub("db");
  WriterOptions options;
  options.compact_min_claims = 1;
  auto writer = KnowledgeBaseWriter::Open(db, BundledLexicon(), options);
  REQUIRE(writer);
  auto ingested = (*writer)->Ingest({files});
  REQUIRE(ingested);
  CHECK(ingested->index_update == "built");
  RequireConsistent(**writer);
  // One index directory besides the link: the uncompacted one is gone.
  int siblings = 0;
  for (const auto& entry : fs::directory_iterator(db)) {
    if (entry.path().filename().string().starts_with("xapian.")) ++siblings;
  }
  CHECK(siblings == 1);
}

TEST_CASE("The write handle holds the lock from its first write", "[writer][lock]") {
  TempDir dir;
  const std::string files = CopySamples(dir);
  const std::string db = dir.Sub("db");
  auto writer = KnowledgeBaseWriter::Open(db, BundledLexicon());
  REQUIRE(writer);
  CHECK_FALSE(claimkb::WriteLock::Holder(db));  // Opening and checking take no lock.
  REQUIRE((*writer)->Check());
  CHECK_FALSE(claimkb::WriteLock::Holder(db));
  REQUIRE((*writer)->Ingest({files}));
  CHECK(claimkb::WriteLock::Holder(db));
  WriterOptions no_wait;
  no_wait.lock.wait_ms = 0;
  auto second = KnowledgeBaseWriter::Open(db, BundledLexicon(), no_wait);
  REQUIRE(second);
  auto refused = (*second)->Reindex();
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == claimkb::ErrorCode::kLocked);
  writer->reset();
  CHECK((*second)->Reindex());
}

TEST_CASE("Re-extraction rewrites the claims of every source of an episode", "[writer]") {
  // Two files of one episode (same video link): a summary and notes. The
  // store lists them as one episode with two sources, but each holds its own
  // claims, and re-extraction must rewrite both.
  TempDir dir;
  const std::string files = dir.Sub("files");
  fs::create_directories(files);
  const std::string cover =
      "---\ntitle: Two sources\nsource_url: https://www.youtube.com/watch?v=abcdefghijk\n"
      "date: 2025-11-01\n---\n\n## 00:01:00 Coding\n\n";
  std::ofstream(fs::path(files) / "summary.md")
      << cover << "**Ada:** Gemini 3 Pro 在编码上明显更强，我很看好。\n";
  std::ofstream(fs::path(files) / "notes.md")
      << cover << "**Bob:** SWE-bench Verified 的分数不能说明真实项目里的表现。\n";
  const std::string db = dir.Sub("db");
  auto writer = KnowledgeBaseWriter::Open(db, BundledLexicon());
  REQUIRE(writer);
  auto ingested = (*writer)->Ingest({files});
  REQUIRE(ingested);
  REQUIRE(ingested->report.Count(FileStatus::kAdded) == 2);
  auto episodes = (*writer)->store().ListEpisodes();
  REQUIRE(episodes);
  REQUIRE(episodes->size() == 1);  // One work ...
  REQUIRE((*episodes)[0].sources.size() == 2);  // ... from two files.

  auto done = (*writer)->Reextract();
  REQUIRE(done);
  CHECK(done->episodes == 2);  // Both files, not only the first source.
  // One claim per speaker line, in each file, before and after.
  CHECK(done->claims == 2);
  CHECK(done->indexed == 2);
  RequireConsistent(**writer);
}

TEST_CASE("Claims read back from the store index as the claims handed over in memory",
          "[writer]") {
  // A full queue makes the index thread read an episode's claims back through
  // its own connection while parsing goes on; the documents must be the same
  // as when every claim comes from memory.
  TempDir dir;
  const std::string files = CopySamples(dir);
  auto ingest = [&](const std::string& db, std::size_t queued) {
    WriterOptions options;
    options.flush_claims = 1;  // A slow index thread: the queue fills.
    options.queued_claims = queued;
    auto writer = KnowledgeBaseWriter::Open(db, BundledLexicon(), options);
    REQUIRE(writer);
    auto summary = (*writer)->Ingest({files});
    REQUIRE(summary);
    CHECK(summary->index_update == "built");
    RequireConsistent(**writer);
    return summary->indexed;
  };
  const int from_memory = ingest(dir.Sub("memory"), 1u << 30);
  const int read_back = ingest(dir.Sub("read-back"), 1);
  CHECK(read_back == from_memory);
  const auto expected = IndexDocuments(dir.Sub("memory"));
  const auto actual = IndexDocuments(dir.Sub("read-back"));
  CHECK(expected.size() == static_cast<std::size_t>(from_memory));
  REQUIRE(actual.size() == expected.size());
  for (const auto& [key, body] : expected) {
    INFO(key);
    auto found = actual.find(key);
    REQUIRE(found != actual.end());
    CHECK(found->second == body);
  }
}
