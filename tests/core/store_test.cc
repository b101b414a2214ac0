#include "claimkb/core/store.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "support/lexicon_entry.h"
#include "support/temp_dir.h"

namespace {

using claimkb::testing::Entry;

namespace fs = std::filesystem;
using claimkb::Claim;
using claimkb::ClaimFilter;
using claimkb::EntityKind;
using claimkb::EntityMention;
using claimkb::Episode;
using claimkb::ErrorCode;
using claimkb::Lexicon;
using claimkb::LexiconEntry;
using claimkb::Paragraph;
using claimkb::PutOutcome;
using claimkb::Section;
using claimkb::SectionKind;
using claimkb::Stance;
using claimkb::Store;
using claimkb::StoreOptions;
using claimkb::TimeRange;
using claimkb::Turn;

// A fresh directory per test (tests/support/temp_dir.h).
struct TempDir : claimkb::testing::TempDir {
  TempDir() : claimkb::testing::TempDir("claimkb-store-test") {}
};

Lexicon TestLexicon() {
  std::vector<LexiconEntry> entries;
  entries.push_back(Entry("gemini-3", EntityKind::kModel, "Gemini 3"));
  entries.push_back(
      Entry("gemini-3-pro", EntityKind::kModel, "Gemini 3 Pro", "gemini-3", {"Gen3 Pro"}));
  entries.push_back(Entry("gpt-5", EntityKind::kModel, "GPT-5"));
  entries.push_back(
      Entry("swe-bench-verified", EntityKind::kBenchmark, "SWE-bench Verified", "", {"SWE-bench"}));
  entries.push_back(Entry("tian-yuandong", EntityKind::kPerson, "田渊栋", "", {"田博士"}));
  entries.push_back(Entry("jerry-tworek", EntityKind::kPerson, "Jerry Tworek", "", {"Jerry"}));
  return Lexicon(std::move(entries));
}

Paragraph MakeParagraph(int line, std::string text, std::vector<std::string> highlights = {}) {
  Paragraph paragraph;
  paragraph.line = line;
  paragraph.text = text;
  paragraph.plain = text;
  paragraph.bullet = true;
  paragraph.depth = 0;
  paragraph.highlights = std::move(highlights);
  return paragraph;
}

// A digest with a summary and two timed full-text sections; three named
// speakers, one of whom is only identified by the bracket note "Jerry".
Episode MakeEpisode(std::string path, std::string url, std::string hash,
                    std::string title = "Gemini 3 深度对谈", std::string date = "2025-11-21") {
  Episode episode;
  episode.path = std::move(path);
  episode.url = std::move(url);
  episode.content_hash = std::move(hash);
  episode.title = std::move(title);
  episode.date = std::move(date);
  episode.duration_s = 5400;
  episode.listed_speakers = {"田博士", "Lance", "Jared Faraic"};
  episode.line_count = 40;

  Section summary;
  summary.kind = SectionKind::kSummary;
  summary.title = "摘要";
  summary.line = 8;
  summary.level = 2;
  Turn editor;
  editor.line = 9;
  editor.paragraphs.push_back(MakeParagraph(9, "**Gemini 3 Pro** 在编程上领先", {"Gemini 3 Pro"}));
  editor.paragraphs.push_back(MakeParagraph(10, "GPT-5 的评测被质疑"));
  summary.turns.push_back(editor);
  episode.sections.push_back(summary);

  Section first;
  first.kind = SectionKind::kFullText;
  first.title = "开场";
  first.line = 14;
  first.level = 3;
  first.range = TimeRange{0, 300};
  Turn tian;
  tian.speaker = "田博士";
  tian.line = 15;
  tian.range = TimeRange{31, 120};
  tian.paragraphs.push_back(MakeParagraph(16, "Gemini 3 Pro 在 SWE-bench 上是 76.2%。"));
  tian.paragraphs.push_back(MakeParagraph(17, "我自己试了，写代码确实更强。"));
  first.turns.push_back(tian);
  Turn lance;
  lance.speaker = "Lance";
  lance.speaker_note = "LangChain";
  lance.line = 19;
  lance.paragraphs.push_back(MakeParagraph(20, "GPT-5 的分数可能有水分。"));
  first.turns.push_back(lance);
  episode.sections.push_back(first);

  Section second;
  second.kind = SectionKind::kFullText;
  second.title = "评测";
  second.line = 24;
  second.level = 3;
  second.range = TimeRange{300, 900};
  Turn jerry;
  jerry.speaker = "Jared Faraic";
  jerry.speaker_note = "Jerry";
  jerry.line = 25;
  jerry.paragraphs.push_back(MakeParagraph(26, "SWE-bench 已经快饱和了。"));
  second.turns.push_back(jerry);
  episode.sections.push_back(second);
  return episode;
}

EntityMention Mention(std::string id, EntityKind kind, std::string surface,
                      Stance stance = Stance::kNeutral, double confidence = 1.0) {
  EntityMention mention;
  mention.entity_id = std::move(id);
  mention.kind = kind;
  mention.surface = std::move(surface);
  mention.stance = stance;
  mention.confidence = confidence;
  return mention;
}

std::vector<Claim> MakeClaims() {
  std::vector<Claim> claims(4);
  Claim& summary = claims[0];
  summary.ordinal = 0;
  summary.text = "Gemini 3 Pro 在编程上领先";
  summary.by_editor = true;
  summary.section_index = 0;
  summary.line = 9;
  summary.span_end = static_cast<int>(summary.text.size());
  summary.highlighted = true;
  summary.entities.push_back(Mention("gemini-3-pro", EntityKind::kModel, "Gemini 3 Pro"));
  summary.topics = {"coding"};
  summary.summarises = {1};

  Claim& tian = claims[1];
  tian.ordinal = 1;
  tian.text = "Gemini 3 Pro 在 SWE-bench 上是 76.2%。";
  tian.speaker = "田博士";
  tian.section_index = 1;
  tian.turn_index = 0;
  tian.line = 16;
  tian.span_end = static_cast<int>(tian.text.size());
  tian.start_s = 31;
  tian.end_s = 120;
  tian.at_s = 40;
  tian.stance = Stance::kPositive;
  tian.modality = claimkb::Modality::kFirsthand;
  tian.entities.push_back(
      Mention("gemini-3-pro", EntityKind::kModel, "Gemini 3 Pro", Stance::kPositive));
  tian.entities.push_back(Mention("swe-bench-verified", EntityKind::kBenchmark, "SWE-bench"));
  tian.topics = {"coding", "evaluation"};
  tian.results.push_back({"gemini-3-pro", "swe-bench-verified", 76.2, 76.2, "%", "", "76.2%"});

  Claim& lance = claims[2];
  lance.ordinal = 2;
  lance.text = "GPT-5 的分数可能有水分。";
  lance.speaker = "Lance";
  lance.section_index = 1;
  lance.turn_index = 1;
  lance.line = 20;
  lance.span_end = static_cast<int>(lance.text.size());
  lance.stance = Stance::kNegative;
  lance.modality = claimkb::Modality::kSpeculative;
  lance.entities.push_back(
      Mention("gpt-5", EntityKind::kModel, "GPT five", Stance::kNegative, 0.8));
  lance.topics = {"evaluation"};

  Claim& jerry = claims[3];
  jerry.ordinal = 3;
  jerry.text = "SWE-bench 已经快饱和了。";
  jerry.speaker = "Jared Faraic";
  jerry.section_index = 2;
  jerry.turn_index = 0;
  jerry.line = 26;
  jerry.span_end = static_cast<int>(jerry.text.size());
  jerry.start_s = 300;
  jerry.end_s = 900;
  jerry.stance = Stance::kNegative;
  jerry.entities.push_back(Mention("swe-bench-verified", EntityKind::kBenchmark, "SWE-bench"));
  jerry.entities.push_back(Mention("mystery-model", EntityKind::kModel, "", Stance::kNeutral));
  jerry.entities.back().inferred = true;
  jerry.topics = {"evaluation"};
  return claims;
}

std::unique_ptr<Store> OpenStore(const TempDir& dir, StoreOptions options = {}) {
  auto store = Store::Open(dir.db(), options);
  if (!store) FAIL(store.error().ToString());
  return std::move(*store);
}

std::vector<std::string> Ids(const std::vector<claimkb::StoredClaim>& claims) {
  std::vector<std::string> ids;
  for (const auto& claim : claims) ids.push_back(claim.id);
  return ids;
}

void WriteFile(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// A migrations folder that stops at version 5, whose last file also runs
// `rows` (SQL inserting rows as version 5 wrote them): a store opened with it
// is a version-5 store holding those rows, for the tests of later migrations.
fs::path Version5Migrations(const fs::path& folder, const std::string& rows) {
  const fs::path sqlite_dir = fs::path(CLAIMKB_SOURCE_DIR) / "schema/sqlite";
  fs::create_directories(folder);
  for (const char* name : {"0001_initial.sql", "0002_reader_sources.sql",
                           "0003_speaker_identity.sql", "0004_claim_graph.sql"}) {
    fs::copy_file(sqlite_dir / name, folder / name);
  }
  std::ifstream in(sqlite_dir / "0005_stance_walks.sql");
  std::string sql((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  WriteFile(folder / "0005_stance_walks.sql", sql + rows);
  return folder;
}

}  // namespace

TEST_CASE("Open creates the directory, migrates, and reopens idempotently", "[store]") {
  TempDir dir;
  const std::string nested = (dir.path() / "a" / "b" / "db").string();
  {
    auto store = Store::Open(nested);
    REQUIRE(store);
    CHECK((*store)->path() == (fs::path(nested) / "claims.sqlite").string());
    CHECK(fs::exists((*store)->path()));
    CHECK((*store)->Generation().value() == 0);
    REQUIRE((*store)->PutEpisode(MakeEpisode("/d/ep.md", "https://x/1", "aaaa"), MakeClaims(),
                                 TestLexicon()));
  }
  for (int i = 0; i < 2; ++i) {
    auto store = Store::Open(nested);
    REQUIRE(store);
    CHECK((*store)->Generation().value() == 1);
    CHECK((*store)->ListEpisodes()->size() == 1);
    CHECK((*store)->CheckIntegrity());
  }
}

TEST_CASE("Migrations apply in order, atomically, and refuse a newer database", "[store]") {
  TempDir dir;
  const fs::path v1 = dir.path() / "v1";
  const fs::path v2 = dir.path() / "v2";
  const fs::path broken = dir.path() / "broken";
  for (const fs::path& folder : {v1, v2, broken}) {
    fs::create_directories(folder);
    fs::copy_file(fs::path(CLAIMKB_SOURCE_DIR) / "schema/sqlite/0001_initial.sql",
                  folder / "0001_initial.sql");
  }
  WriteFile(v2 / "0002_half.sql", "CREATE TABLE half (x INTEGER);");
  // The second statement fails after the first has run: nothing of 0002 may stay.
  WriteFile(broken / "0002_broken.sql",
            "CREATE TABLE half (x INTEGER); INSERT INTO no_such_table VALUES (1);");

  StoreOptions options;
  options.migrations_dir = broken.string();
  auto failed = Store::Open(dir.db(), options);
  REQUIRE_FALSE(failed);
  CHECK_THAT(failed.error().message, Catch::Contains("0002_broken.sql"));

  // Still at version 1 (v1 opens without a mismatch), and no "half" table
  // was left behind, or v2's 0002, which creates it, would fail.
  options.migrations_dir = v1.string();
  REQUIRE(Store::Open(dir.db(), options));
  options.migrations_dir = v2.string();
  REQUIRE(Store::Open(dir.db(), options));

  options.migrations_dir = v1.string();
  auto too_new = Store::Open(dir.db(), options);
  REQUIRE_FALSE(too_new);
  CHECK(too_new.error().code == ErrorCode::kSchemaMismatch);
  CHECK_FALSE(too_new.error().hint.empty());
}

// Switching a new file's journal to WAL takes an exclusive lock, for which
// SQLite does not call the busy handler: a second writer opening the same new
// database while the first held any lock on it failed at once with "database
// is locked" (two ingests started together). Here a plain connection holds
// a write transaction on the new, empty file (BEGIN IMMEDIATE) and lets go
// after 300 ms; a store opened meanwhile must wait for it, not fail, and one
// whose timeout is shorter than the hold must fail with kLocked, not hang.
TEST_CASE("A writer opening a new database waits for another's lock on it", "[store]") {
  TempDir dir;
  fs::create_directories(dir.db());
  const std::string file = (fs::path(dir.db()) / "claims.sqlite").string();
  sqlite3* holder = nullptr;
  REQUIRE(sqlite3_open(file.c_str(), &holder) == SQLITE_OK);
  // The holder is another writer with a busy timeout of its own, as every
  // store has: its COMMIT needs the shared lock the opener takes on each
  // attempt to be let go, and without a timeout it failed at once with
  // SQLITE_BUSY when an attempt was under way (seen once under load), so it
  // kept its lock and the opener timed out.
  sqlite3_busy_timeout(holder, 5000);
  auto hold = [&] {
    REQUIRE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
  };
  auto release = [&] { return sqlite3_exec(holder, "COMMIT", nullptr, nullptr, nullptr); };

  SECTION("within the busy timeout: it waits and opens") {
    hold();
    int released = SQLITE_ERROR;
    std::thread releaser([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      released = release();
    });
    StoreOptions options;
    options.busy_timeout_ms = 5000;
    auto store = Store::Open(dir.db(), options);
    releaser.join();
    CHECK(released == SQLITE_OK);
    REQUIRE(store);
    CHECK((*store)->ListEpisodes()->empty());
  }
  SECTION("past the busy timeout: kLocked") {
    hold();
    StoreOptions options;
    options.busy_timeout_ms = 50;
    auto store = Store::Open(dir.db(), options);
    release();
    REQUIRE_FALSE(store);
    CHECK(store.error().code == ErrorCode::kLocked);
  }
  sqlite3_close(holder);
}

// Version 6 (schema/sqlite/0006_lean_store.sql) keeps walks without their
// copy of the citable id and edges with a kind code and a shared evidence
// label. A version-5 store is written here by hand, rows as version 5 wrote
// them: episodes "zeta" (row 1, claims 1-4, ordinals 0-3) and "alpha" (row
// 2, claims 5-8). zeta's claims have the lower row ids, so a tie broken by
// row id would put zeta first; walks break ties by citable id, so alpha comes
// first. Walk 0 of gpt-5: zeta#2 0.5, alpha#2 0.5, zeta#1 0.9, alpha#3 0.2
// → zeta#1, then the tie alpha#2, zeta#2, then alpha#3.
TEST_CASE("Migration 6 keeps each stored walk's order and each edge as it read", "[store]") {
  TempDir dir;
  std::string sql;
  sql +=
      "INSERT INTO episode (id, slug, key, title, path, content_hash, ingested_at) VALUES "
      "(1, 'zeta', 'k1', 'Z', '/d/zeta.md', 'h1', '2025-12-01T00:00:00Z'), "
      "(2, 'alpha', 'k2', 'A', '/d/alpha.md', 'h2', '2025-12-01T00:00:00Z');\n";
  for (int id = 1; id <= 8; ++id) {
    sql += fmt::format(
        "INSERT INTO claim (id, episode_id, ordinal, text, by_editor, section_ordinal, "
        "turn_ordinal, paragraph_ordinal, line, span_begin, span_end, stance, modality, "
        "highlighted) VALUES ({}, {}, {}, 'c', 0, 0, 0, 0, 1, 0, 1, 'positive', 'opinion', 0);\n",
        id, id <= 4 ? 1 : 2, (id - 1) % 4);
  }
  auto walk = [](int claim, const char* ref, int walk_no, const char* factor) {
    return fmt::format(
        "INSERT INTO stance_walk (claim_id, key_id, walk, factor, ref) VALUES ({}, 1, {}, {}, "
        "'{}');\n",
        claim, walk_no, factor, ref);
  };
  sql += "INSERT INTO stance_key (id, key) VALUES (1, 'gpt-5' || char(31));\n";
  sql += walk(3, "zeta#2", 0, "0.5") + walk(7, "alpha#2", 0, "0.5") + walk(2, "zeta#1", 0, "0.9") +
         walk(8, "alpha#3", 0, "0.2") + walk(6, "alpha#1", 2, "1.0");
  sql += "UPDATE meta SET value = '7' WHERE key = 'stance_walks_generation';\n";
  // Edges of every stored form: a stance edge's "<target> score <weight>",
  // one whose text does not end in its weight, a user's words, a summary
  // link's empty text, a restatement's "bigram dice <dice>".
  sql +=
      "INSERT INTO edge (id, src, dst, kind, evidence, weight, decided_by) VALUES "
      "(1, 2, 6, 'contradicts', 'gpt-5 score 0.50', 0.5, 'auto'), "
      "(2, 3, 7, 'supports', 'gpt-5 score 0.50', 0.25, 'auto'), "
      "(3, 4, 8, 'contradicts', 'I say so', 0, 'user'), "
      "(4, 1, 2, 'summarises', '', 0, 'auto'), "
      "(5, 5, 1, 'restates', 'bigram dice 0.75', 0.75, 'auto'), "
      "(6, 6, 2, 'supports', 'gpt-5 score 0.75', 0.75, 'auto');\n";
  StoreOptions options;
  options.migrations_dir = Version5Migrations(dir.path() / "v5", sql).string();
  REQUIRE(Store::Open(dir.db(), options));

  auto store = Store::Open(dir.db());  // Every migration: 0006 runs now.
  REQUIRE(store);
  CHECK((*store)->CheckIntegrity());
  const std::string gpt5 = std::string("gpt-5") + '\x1f';
  auto head = (*store)->StanceWalkHead(gpt5, 0, 10);
  REQUIRE(head);
  std::vector<std::string> claims;
  for (const auto& entry : *head) claims.push_back(entry.claim);
  CHECK(claims == std::vector<std::string>{"zeta#1", "alpha#2", "zeta#2", "alpha#3"});
  CHECK(head->front().factor == 0.9);
  CHECK(head->front().row == 2);
  // A head cut inside the tie takes the smaller id.
  auto two = (*store)->StanceWalkHead(gpt5, 0, 2);
  REQUIRE(two);
  REQUIRE(two->size() == 2);
  CHECK(two->back().claim == "alpha#2");
  CHECK(two->back().row == 7);
  auto other = (*store)->StanceWalkHead(gpt5, 2, 10);
  REQUIRE(other);
  REQUIRE(other->size() == 1);
  CHECK(other->front().claim == "alpha#1");
  CHECK(*(*store)->StanceWalksGeneration() == 7);

  auto edges = (*store)->ListClaimEdges();
  REQUIRE(edges);
  std::vector<std::string> read;
  for (const claimkb::ClaimEdge& edge : *edges) {
    read.push_back(fmt::format("{} {} {} [{}] {} {}", edge.src, edge.dst,
                               claimkb::EdgeKindName(edge.kind), edge.evidence, edge.weight,
                               edge.by_user ? "user" : "auto"));
  }
  CHECK(read == std::vector<std::string>{
                    "zeta#1 alpha#1 contradicts [gpt-5 score 0.50] 0.5 auto",
                    "zeta#2 alpha#2 supports [gpt-5 score 0.50] 0.25 auto",
                    "zeta#3 alpha#3 contradicts [I say so] 0 user",
                    "zeta#0 zeta#1 summarises [] 0 auto",
                    "alpha#0 zeta#0 restates [bigram dice 0.75] 0.75 auto",
                    "alpha#1 zeta#1 supports [gpt-5 score 0.75] 0.75 auto",
                });
  auto summary = (*store)->ListClaimEdges("zeta#0", {claimkb::EdgeKind::kSummarises});
  REQUIRE(summary);
  REQUIRE(summary->size() == 1);
  CHECK(summary->front().dst == "zeta#1");
  // Several claims in one call: the edges touching any of them, once each,
  // in insertion order; an unknown id adds nothing, a malformed one is refused.
  auto among = (*store)->ListClaimEdgesOf({"zeta#0", "alpha#1", "nosuch#4"},
                                          {claimkb::EdgeKind::kSummarises,
                                           claimkb::EdgeKind::kRestates,
                                           claimkb::EdgeKind::kSupports});
  REQUIRE(among);
  std::vector<std::string> pairs;
  for (const claimkb::ClaimEdge& edge : *among) pairs.push_back(edge.src + " " + edge.dst);
  CHECK(pairs == std::vector<std::string>{"zeta#0 zeta#1", "alpha#0 zeta#0", "alpha#1 zeta#1"});
  auto none = (*store)->ListClaimEdgesOf({});
  REQUIRE(none);
  CHECK(none->empty());
  auto malformed = (*store)->ListClaimEdgesOf({"zeta#0", "zeta"});
  REQUIRE_FALSE(malformed);
  CHECK(malformed.error().code == claimkb::ErrorCode::kInvalidArgument);

  // The claims of an episode removed: their walks and edges go with them
  // (the by-claim indexes and ON DELETE CASCADE survive the rebuild).
  REQUIRE((*store)->ReplaceClaims(2, {}, TestLexicon()));
  auto left = (*store)->StanceWalkHead(gpt5, 0, 10);
  REQUIRE(left);
  claims.clear();
  for (const auto& entry : *left) claims.push_back(entry.claim);
  CHECK(claims == std::vector<std::string>{"zeta#1", "zeta#2"});
  edges = (*store)->ListClaimEdges();
  REQUIRE(edges);
  REQUIRE(edges->size() == 1);
  CHECK(edges->front().kind == claimkb::EdgeKind::kSummarises);
  CHECK((*store)->CheckIntegrity());
}

// An upgrade that rewrites tables frees their old pages; the file is
// compacted afterwards, so an upgraded store is smaller on disk, not larger.
// The version-5 store holds 2,000 walk rows, each with a 200-byte citable id
// that version 6 drops: about 400 KB that only compaction gives back (the
// rebuilt tables are written before the old ones are dropped, so without it
// the file cannot shrink).
TEST_CASE("Upgrading a store compacts the pages the migration freed", "[store]") {
  TempDir dir;
  std::string sql;
  sql +=
      "INSERT INTO episode (id, slug, key, title, path, content_hash, ingested_at) VALUES "
      "(1, 'e', 'k1', 'E', '/d/e.md', 'h1', '2025-12-01T00:00:00Z');\n"
      "INSERT INTO stance_key (id, key) VALUES (1, 'gpt-5' || char(31));\n";
  for (int id = 1; id <= 500; ++id) {
    sql += fmt::format(
        "INSERT INTO claim (id, episode_id, ordinal, text, by_editor, section_ordinal, "
        "turn_ordinal, paragraph_ordinal, line, span_begin, span_end, stance, modality, "
        "highlighted) VALUES ({0}, 1, {0}, 'c', 0, 0, 0, 0, 1, 0, 1, 'positive', 'opinion', 0);\n",
        id);
    for (int walk = 0; walk < 4; ++walk) {
      sql += fmt::format(
          "INSERT INTO stance_walk (claim_id, key_id, walk, factor, ref) VALUES ({0}, 1, {1}, "
          "0.5, 'e#{0}' || hex(zeroblob(100)));\n",
          id, walk);
    }
  }
  StoreOptions options;
  options.migrations_dir = Version5Migrations(dir.path() / "v5", sql).string();
  REQUIRE(Store::Open(dir.db(), options));
  const fs::path file = fs::path(dir.db()) / "claims.sqlite";
  const auto before = fs::file_size(file);
  REQUIRE(before > 400'000);

  {
    auto store = Store::Open(dir.db());  // 0006 runs now.
    REQUIRE(store);
    CHECK((*store)->CheckIntegrity());
    auto head = (*store)->StanceWalkHead(std::string("gpt-5") + '\x1f', 3, 2000);
    REQUIRE(head);
    CHECK(head->size() == 500);
  }
  CHECK(fs::file_size(file) < before);
}

TEST_CASE("Only files named NNNN_name.sql are migrations, and a gap is refused", "[store]") {
  TempDir dir;
  const fs::path folder = dir.path() / "migrations";
  fs::create_directories(folder);
  fs::copy_file(fs::path(CLAIMKB_SOURCE_DIR) / "schema/sqlite/0001_initial.sql",
                folder / "0001_initial.sql");
  // None of these is a migration; each would fail if it were run as SQL.
  for (const char* name : {"README.md", "0002.sql", "02_short.sql", "0002_x.sql.bak",
                           "0002_bad name.sql", "abcd_letters.sql", "0002-dash.sql"}) {
    WriteFile(folder / name, "this is not SQL;");
  }
  StoreOptions options;
  options.migrations_dir = folder.string();
  REQUIRE(Store::Open(dir.db(), options));

  // 0003 without a 0002 leaves user_version ambiguous.
  WriteFile(folder / "0003_later-step.sql", "CREATE TABLE later (x INTEGER);");
  auto gap = Store::Open(dir.db(), options);
  REQUIRE_FALSE(gap);
  CHECK_THAT(gap.error().message, Catch::Contains("without gaps"));
}

// A migrations directory from a newer claimkb (an old build beside a newer
// source tree) holds files past this code's version. Applying them moved the
// store to a layout this code's SQL does not know, and every later write
// failed; now they are left for the claimkb that knows them.
TEST_CASE("Migrations past this code's schema version are not applied", "[store]") {
  TempDir dir;
  const fs::path source = fs::path(CLAIMKB_SOURCE_DIR) / "schema/sqlite";
  const fs::path newer = dir.path() / "newer";
  fs::copy(source, newer);
  // Not SQL: opening fails if this file is run.
  WriteFile(newer / fmt::format("{:04}_from_the_future.sql", claimkb::kStoreSchemaVersion + 1),
            "this is not SQL;");
  StoreOptions options;
  options.migrations_dir = newer.string();
  auto store = Store::Open(dir.db(), options);
  REQUIRE(store);
  CHECK((*store)->CheckIntegrity());
  store->reset();
  // Still at this code's version: the source tree's own migrations, whose
  // newest is claimkb::kStoreSchemaVersion, open it without calling it newer.
  options.migrations_dir = source.string();
  REQUIRE(Store::Open(dir.db(), options));
}

TEST_CASE("claimkb::kStoreSchemaVersion is the newest migration of the source tree", "[store]") {
  int newest = 0;
  for (const fs::directory_entry& entry :
       fs::directory_iterator(fs::path(CLAIMKB_SOURCE_DIR) / "schema/sqlite")) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 9 && name.ends_with(".sql") && name[4] == '_') {
      newest = std::max(newest, std::stoi(name.substr(0, 4)));
    }
  }
  CHECK(newest == claimkb::kStoreSchemaVersion);
}

TEST_CASE("Open reports a non-database file and an unusable directory", "[store]") {
  TempDir dir;
  SECTION("garbage claims.sqlite is corruption") {
    fs::create_directories(dir.db());
    WriteFile(fs::path(dir.db()) / "claims.sqlite",
              std::string(4096, 'x') + "this is not an SQLite database at all");
    auto store = Store::Open(dir.db());
    REQUIRE_FALSE(store);
    CHECK(store.error().code == ErrorCode::kCorruption);
    CHECK_THAT(store.error().message, Catch::Contains("claims.sqlite"));
    CHECK_FALSE(store.error().hint.empty());
  }
  SECTION("a directory below a regular file cannot be created") {
    WriteFile(dir.path() / "file", "x");
    const std::string bad = (dir.path() / "file" / "db").string();
    auto store = Store::Open(bad);
    REQUIRE_FALSE(store);
    CHECK(store.error().code == ErrorCode::kIO);
    CHECK_THAT(store.error().message, Catch::Contains(bad));
  }
  SECTION("read-only on a missing database is not found") {
    StoreOptions options;
    options.read_only = true;
    auto store = Store::Open(dir.db(), options);
    REQUIRE_FALSE(store);
    CHECK(store.error().code == ErrorCode::kNotFound);
  }
}

TEST_CASE("PutEpisode round-trips episodes and claims", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  const Episode episode = MakeEpisode("/digests/2025-11-21-gemini.md", "https://x/gemini", "h1");
  auto put = store->PutEpisode(episode, MakeClaims(), TestLexicon());
  REQUIRE(put);
  CHECK(put->outcome == PutOutcome::kAdded);
  CHECK(store->Generation().value() == 1);

  auto list = store->ListEpisodes();
  REQUIRE(list);
  REQUIRE(list->size() == 1);
  const claimkb::EpisodeRecord& record = list->front();
  CHECK(record.id == put->episode_id);
  CHECK(record.slug == "2025-11-21-gemini");
  CHECK(record.key == "https://x/gemini");
  CHECK(record.section_count == 3);
  CHECK(record.timed_section_count == 2);
  CHECK(record.claim_count == 4);
  CHECK(record.duration_s == 5400);
  // Names as written and their canonical people, in order of first turn;
  // the editor's turn has no speaker.
  CHECK(record.speakers == std::vector<std::string>{"田博士", "Lance", "Jared Faraic"});
  CHECK(record.people == std::vector<std::string>{"田渊栋", "Lance", "Jerry Tworek"});

  auto loaded = store->LoadEpisode(put->episode_id);
  REQUIRE(loaded);
  CHECK(loaded->path == episode.path);
  CHECK(loaded->content_hash == "h1");
  CHECK(loaded->title == episode.title);
  CHECK(loaded->url == episode.url);
  CHECK(loaded->date == "2025-11-21");
  CHECK(loaded->duration_s == 5400);
  CHECK(loaded->line_count == 40);
  CHECK(loaded->listed_speakers == episode.listed_speakers);
  REQUIRE(loaded->sections.size() == episode.sections.size());
  for (std::size_t s = 0; s < episode.sections.size(); ++s) {
    const Section& want = episode.sections[s];
    const Section& got = loaded->sections[s];
    CHECK(got.kind == want.kind);
    CHECK(got.title == want.title);
    CHECK(got.line == want.line);
    CHECK(got.level == want.level);
    CHECK(got.range.has_value() == want.range.has_value());
    if (want.range) {
      CHECK(got.range->start_s == want.range->start_s);
      CHECK(got.range->end_s == want.range->end_s);
    }
    REQUIRE(got.turns.size() == want.turns.size());
    for (std::size_t t = 0; t < want.turns.size(); ++t) {
      // Turns keep the spelling as written; canonical names live in speaker rows.
      CHECK(got.turns[t].speaker == want.turns[t].speaker);
      CHECK(got.turns[t].speaker_note == want.turns[t].speaker_note);
      CHECK(got.turns[t].line == want.turns[t].line);
      CHECK(got.turns[t].range.has_value() == want.turns[t].range.has_value());
      REQUIRE(got.turns[t].paragraphs.size() == want.turns[t].paragraphs.size());
      for (std::size_t p = 0; p < want.turns[t].paragraphs.size(); ++p) {
        const Paragraph& a = got.turns[t].paragraphs[p];
        const Paragraph& b = want.turns[t].paragraphs[p];
        CHECK(a.line == b.line);
        CHECK(a.text == b.text);
        CHECK(a.plain == b.plain);
        CHECK(a.bullet == b.bullet);
        CHECK(a.depth == b.depth);
        CHECK(a.highlights == b.highlights);
      }
    }
  }
  CHECK(loaded->sections[1].turns[0].range->start_s == 31);

  auto tian = store->GetClaim("2025-11-21-gemini#1");
  REQUIRE(tian);
  CHECK(tian->id == "2025-11-21-gemini#1");
  CHECK(tian->speaker_name == "田渊栋");
  CHECK(tian->claim.speaker == "田博士");
  CHECK(tian->section_title == "开场");
  CHECK(tian->episode_title == episode.title);
  CHECK(tian->episode_url == "https://x/gemini");
  CHECK(tian->path == episode.path);
  CHECK(tian->claim.at_s == 40);
  CHECK(tian->claim.start_s == 31);
  CHECK(tian->claim.stance == Stance::kPositive);
  CHECK(tian->claim.modality == claimkb::Modality::kFirsthand);
  CHECK(tian->claim.topics == std::vector<std::string>{"coding", "evaluation"});
  REQUIRE(tian->claim.entities.size() == 2);
  CHECK(tian->claim.entities[0].entity_id == "gemini-3-pro");
  CHECK(tian->claim.entities[0].stance == Stance::kPositive);
  CHECK(tian->claim.entities[1].kind == EntityKind::kBenchmark);
  REQUIRE(tian->claim.results.size() == 1);
  CHECK(tian->claim.results[0].low == Approx(76.2));
  CHECK(tian->claim.results[0].unit == "%");

  auto editor = store->GetClaim("2025-11-21-gemini#0");
  REQUIRE(editor);
  CHECK(editor->speaker_name == "editor");
  CHECK(editor->claim.by_editor);
  CHECK(editor->claim.highlighted);
  CHECK(editor->claim.summarises == std::vector<int>{1});
  CHECK_FALSE(editor->claim.start_s.has_value());

  auto jerry = store->GetClaim("2025-11-21-gemini#3");
  REQUIRE(jerry);
  REQUIRE(jerry->claim.entities.size() == 2);
  CHECK(jerry->claim.entities[1].inferred);

  CHECK(store->GetClaim("2025-11-21-gemini#9").error().code == ErrorCode::kNotFound);
  CHECK(store->GetClaim("no-hash").error().code == ErrorCode::kInvalidArgument);

  auto all = store->AllClaims();
  REQUIRE(all);
  CHECK(Ids(*all) == std::vector<std::string>{"2025-11-21-gemini#0", "2025-11-21-gemini#1",
                                              "2025-11-21-gemini#2", "2025-11-21-gemini#3"});
}

// MakeClaims' claims that take a stance are #1 (positive, Gemini 3 Pro +),
// #2 (GPT-5 −) and #3 (negative); the summary line #0 and its mention are
// neutral.
TEST_CASE("The link step's claims are read compactly, each episode's fields once", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  REQUIRE(store->PutEpisode(MakeEpisode("/digests/2025-11-21-gemini.md", "https://x/gemini", "h1"),
                            MakeClaims(), TestLexicon()));
  auto ids = [](const std::vector<claimkb::LinkClaim>& claims) {
    std::vector<std::string> out;
    for (const auto& claim : claims) out.push_back(claim.id);
    return out;
  };
  auto all = store->LinkClaimsTakingStance();
  REQUIRE(all);
  REQUIRE(ids(*all) == std::vector<std::string>{"2025-11-21-gemini#1", "2025-11-21-gemini#2",
                                                "2025-11-21-gemini#3"});
  const claimkb::LinkClaim& tian = (*all)[0];
  CHECK(tian.speaker_name == "田渊栋");  // The canonical name, not 田博士 as written.
  CHECK(tian.claim.text == "Gemini 3 Pro 在 SWE-bench 上是 76.2%。");
  CHECK(tian.claim.stance == Stance::kPositive);
  CHECK(tian.claim.modality == claimkb::Modality::kFirsthand);
  CHECK_FALSE(tian.claim.by_editor);
  CHECK(tian.claim.topics == std::vector<std::string>{"coding", "evaluation"});
  REQUIRE(tian.claim.entities.size() == 2);
  CHECK(tian.claim.entities[0].entity_id == "gemini-3-pro");
  CHECK(tian.claim.entities[0].surface == "Gemini 3 Pro");
  CHECK(tian.claim.entities[0].stance == Stance::kPositive);
  CHECK(claimkb::EpisodeSlug(tian) == "2025-11-21-gemini");
  CHECK(claimkb::EpisodeUrl(tian) == "https://x/gemini");
  CHECK(claimkb::EpisodeDate(tian) == "2025-11-21");
  // One copy of the episode's fields for all its claims.
  CHECK((*all)[1].episode == tian.episode);
  CHECK((*all)[2].episode == tian.episode);
  const claimkb::LinkClaim& lance = (*all)[1];
  CHECK(lance.claim.modality == claimkb::Modality::kSpeculative);
  REQUIRE(lance.claim.entities.size() == 1);
  CHECK(lance.claim.entities[0].confidence == Approx(0.8));

  // The same fields as the whole claim's.
  auto whole = store->GetClaim("2025-11-21-gemini#2");
  REQUIRE(whole);
  const claimkb::LinkClaim copied = claimkb::ToLinkClaim(*whole);
  CHECK(copied.id == lance.id);
  CHECK(copied.speaker_name == lance.speaker_name);
  CHECK(copied.claim.text == lance.claim.text);
  CHECK(copied.claim.topics == lance.claim.topics);
  CHECK(claimkb::EpisodeUrl(copied) == "https://x/gemini");

  // On targets: GPT-5 alone is Lance's; evaluation is carried by all three;
  // Gemini 3 Pro's neutral summary line takes no stance.
  auto gpt5 = store->LinkClaimsOnTargets({"gpt-5"}, {});
  REQUIRE(gpt5);
  CHECK(ids(*gpt5) == std::vector<std::string>{"2025-11-21-gemini#2"});
  auto evaluation = store->LinkClaimsOnTargets({}, {"evaluation"}, 3);
  REQUIRE(evaluation);
  CHECK(ids(*evaluation) == ids(*all));
  auto gemini = store->LinkClaimsOnTargets({"gemini-3-pro"}, {});
  REQUIRE(gemini);
  CHECK(ids(*gemini) == std::vector<std::string>{"2025-11-21-gemini#1"});
  auto none = store->LinkClaimsOnTargets({}, {});
  REQUIRE(none);
  CHECK(none->empty());
}

TEST_CASE("Speakers are unified through person lexicon entries", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  REQUIRE(store->PutEpisode(MakeEpisode("/d/one.md", "https://x/1", "h1"), MakeClaims(),
                            TestLexicon()));
  // A second episode spells the same person by the canonical name.
  Episode second = MakeEpisode("/d/two.md", "https://x/2", "h2", "第二期", "2025-12-01");
  second.sections[1].turns[0].speaker = "田渊栋";
  std::vector<Claim> claims = MakeClaims();
  claims[1].speaker = "田渊栋";
  REQUIRE(store->PutEpisode(second, claims, TestLexicon()));

  auto speakers = store->ListSpeakers();
  REQUIRE(speakers);
  REQUIRE(speakers->size() == 3);
  auto find = [&](const std::string& name) -> const claimkb::SpeakerRecord* {
    for (const auto& speaker : *speakers) {
      if (speaker.name == name) return &speaker;
    }
    return nullptr;
  };
  const auto* tian = find("田渊栋");
  REQUIRE(tian != nullptr);
  CHECK(tian->aliases == std::vector<std::string>{"田博士"});
  CHECK(tian->episode_count == 2);
  CHECK(tian->turn_count == 2);
  CHECK(tian->claim_count == 2);
  const auto* jerry = find("Jerry Tworek");
  REQUIRE(jerry != nullptr);
  CHECK(jerry->aliases == std::vector<std::string>{"Jared Faraic", "Jerry"});
  const auto* lance = find("Lance");
  REQUIRE(lance != nullptr);
  CHECK(lance->aliases.empty());
  CHECK(find("田博士") == nullptr);

  // Any spelling finds the person's claims across episodes.
  for (const char* spelling : {"田博士", "田渊栋"}) {
    ClaimFilter filter;
    filter.speaker = spelling;
    auto claims_found = store->QueryClaims(filter);
    REQUIRE(claims_found);
    CHECK(Ids(*claims_found) == std::vector<std::string>{"one#1", "two#1"});
  }
  ClaimFilter by_nickname;
  by_nickname.speaker = "jerry";  // Case-insensitive.
  CHECK(Ids(store->QueryClaims(by_nickname).value()) == std::vector<std::string>{"one#3", "two#3"});
}

TEST_CASE("A speaker row created before the lexicon knew the person is merged", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  REQUIRE(store->PutEpisode(MakeEpisode("/d/one.md", "https://x/1", "h1"), MakeClaims(),
                            Lexicon(std::vector<LexiconEntry>{})));
  REQUIRE(store->ListSpeakers()->size() == 3);  // 田博士, Lance, Jared Faraic as written.
  REQUIRE(store->PutEpisode(MakeEpisode("/d/two.md", "https://x/2", "h2"), MakeClaims(),
                            TestLexicon()));
  auto speakers = store->ListSpeakers();
  REQUIRE(speakers);
  std::vector<std::string> names;
  for (const auto& speaker : *speakers) names.push_back(speaker.name);
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"Jerry Tworek", "Lance", "田渊栋"});
  // The names alone, as `ask` reads them: the same speakers and aliases, no
  // counts, and no row left behind by the merge.
  auto named = store->ListSpeakerNames();
  REQUIRE(named);
  std::vector<std::string> only_names;
  for (const auto& speaker : *named) {
    only_names.push_back(speaker.name);
    CHECK(speaker.claim_count == 0);
    if (speaker.name == "田渊栋") {
      CHECK(std::find(speaker.aliases.begin(), speaker.aliases.end(), "田博士") !=
            speaker.aliases.end());
    }
  }
  std::sort(only_names.begin(), only_names.end());
  CHECK(only_names == names);
  ClaimFilter filter;
  filter.speaker = "田渊栋";
  CHECK(Ids(store->QueryClaims(filter).value()) == std::vector<std::string>{"one#1", "two#1"});
}

TEST_CASE("Re-ingest: unchanged, replaced in place, or the better of two digests", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  const Lexicon lexicon = TestLexicon();
  auto first =
      store->PutEpisode(MakeEpisode("/d/ep.md", "https://x/1", "h1"), MakeClaims(), lexicon);
  REQUIRE(first);

  SECTION("same content is unchanged and writes nothing") {
    auto again =
        store->PutEpisode(MakeEpisode("/d/ep.md", "https://x/1", "h1"), MakeClaims(), lexicon);
    REQUIRE(again);
    CHECK(again->outcome == PutOutcome::kUnchanged);
    CHECK(again->episode_id == first->episode_id);
    CHECK(store->Generation().value() == 1);
  }

  SECTION("changed content from the same path replaces, keeping ids") {
    Episode changed = MakeEpisode("/d/ep.md", "https://x/1", "h2", "新标题");
    std::vector<Claim> claims = MakeClaims();
    claims.pop_back();  // Claim 3 disappears.
    claims[2].text = "GPT-5 的分数确实有水分。";
    auto replaced = store->PutEpisode(changed, claims, lexicon);
    REQUIRE(replaced);
    CHECK(replaced->outcome == PutOutcome::kReplaced);
    CHECK(replaced->episode_id == first->episode_id);
    CHECK(store->Generation().value() == 2);
    CHECK(store->GetClaim("ep#2")->claim.text == "GPT-5 的分数确实有水分。");
    CHECK(store->GetClaim("ep#3").error().code == ErrorCode::kNotFound);
    CHECK(store->GetClaim("ep#0")->claim.summarises == std::vector<int>{1});
    auto list = store->ListEpisodes().value();
    REQUIRE(list.size() == 1);
    CHECK(list[0].title == "新标题");
    CHECK(list[0].claim_count == 3);
    CHECK(store->CheckIntegrity());
  }

  SECTION("an edited digest without URL is found by its path") {
    auto no_url = store->PutEpisode(MakeEpisode("/d/plain.md", "", "p1"), MakeClaims(), lexicon);
    REQUIRE(no_url);
    CHECK(store->ListEpisodes()->back().key == "sha:p1");
    auto edited = store->PutEpisode(MakeEpisode("/d/plain.md", "", "p2"), MakeClaims(), lexicon);
    REQUIRE(edited);
    CHECK(edited->outcome == PutOutcome::kReplaced);
    CHECK(edited->episode_id == no_url->episode_id);
    CHECK(store->ListEpisodes()->size() == 2);
  }

  SECTION("same URL from another file is another source of the same episode") {
    std::vector<Claim> fewer = MakeClaims();
    fewer.pop_back();
    auto other =
        store->PutEpisode(MakeEpisode("/e/ep-copy.md", "https://x/1", "h9"), fewer, lexicon);
    REQUIRE(other);
    CHECK(other->outcome == PutOutcome::kAdded);
    CHECK(other->note == "another source of the episode of ep.md (same URL)");
    CHECK(other->episode_id != first->episode_id);
    // Both files' claims are kept, each under its own source's slug.
    CHECK(store->GetClaim("ep#2"));
    CHECK(store->GetClaim("ep-copy#1"));
    // Listed once: under the source whose path sorts first, counts summed.
    auto list = store->ListEpisodes().value();
    REQUIRE(list.size() == 1);
    CHECK(list[0].path == "/d/ep.md");
    CHECK(list[0].sources == std::vector<std::string>{"/d/ep.md", "/e/ep-copy.md"});
    CHECK(list[0].claim_count == 4 + 3);  // MakeClaims gives four claims; one was dropped.
    // Filtering by the episode finds the claims of every source.
    ClaimFilter filter;
    filter.episode_id = list[0].id;
    CHECK(store->QueryClaims(filter)->size() == 7);
    // Re-ingesting the second file replaces only that source.
    auto again =
        store->PutEpisode(MakeEpisode("/e/ep-copy.md", "https://x/1", "h10"), MakeClaims(), lexicon);
    REQUIRE(again);
    CHECK(again->outcome == PutOutcome::kReplaced);
    CHECK(again->episode_id == other->episode_id);
    CHECK(store->ListEpisodes()->front().claim_count == 4 + 4);
    CHECK(store->CheckIntegrity());
  }

  SECTION("the same content under another name is unchanged") {
    auto copy = store->PutEpisode(MakeEpisode("/f/copy.md", "https://x/1", "h1"), MakeClaims(),
                                  lexicon);
    REQUIRE(copy);
    CHECK(copy->outcome == PutOutcome::kUnchanged);
    CHECK(copy->note == "same content as ep.md");
    CHECK(store->Generation().value() == 1);
  }
}

TEST_CASE("Slugs are file stems made unique", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  REQUIRE(store->PutEpisode(MakeEpisode("/a/ep.md", "https://x/1", "h1"), {}, TestLexicon()));
  REQUIRE(store->PutEpisode(MakeEpisode("/b/ep.md", "https://x/2", "h2"), {}, TestLexicon()));
  REQUIRE(store->PutEpisode(MakeEpisode("/c/ep.md", "https://x/3", "h3"), {}, TestLexicon()));
  std::vector<std::string> slugs;
  const auto records = store->ListEpisodes().value();
  for (const auto& record : records) slugs.push_back(record.slug);
  CHECK(slugs == std::vector<std::string>{"ep", "ep-2", "ep-3"});
}

TEST_CASE("A write that fails midway leaves the previous state", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  const Lexicon lexicon = TestLexicon();
  REQUIRE(store->PutEpisode(MakeEpisode("/d/ep.md", "https://x/1", "h1"), MakeClaims(), lexicon));

  // The last claim has a stance outside the enum, which the schema's CHECK
  // rejects only after the episode, its sections and the other claims have
  // been written inside the transaction.
  std::vector<Claim> bad = MakeClaims();
  bad.back().stance = static_cast<Stance>(42);

  SECTION("a replacement") {
    auto failed =
        store->PutEpisode(MakeEpisode("/d/ep.md", "https://x/1", "h2", "新"), bad, lexicon);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::kInvalidArgument);
  }
  SECTION("a new episode") {
    auto failed = store->PutEpisode(MakeEpisode("/d/new.md", "https://x/2", "h3"), bad, lexicon);
    REQUIRE_FALSE(failed);
  }
  SECTION("ReplaceClaims") {
    auto id = store->FindEpisode("ep")->id;
    REQUIRE_FALSE(store->ReplaceClaims(id, bad, lexicon));
  }
  SECTION("a summary pointing at a missing claim") {
    std::vector<Claim> dangling = MakeClaims();
    dangling[0].summarises = {99};
    auto failed =
        store->PutEpisode(MakeEpisode("/d/ep.md", "https://x/1", "h2"), dangling, lexicon);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::kInvalidArgument);
  }

  auto list = store->ListEpisodes().value();
  REQUIRE(list.size() == 1);
  CHECK(list[0].content_hash == "h1");
  CHECK(list[0].title == "Gemini 3 深度对谈");
  CHECK(list[0].claim_count == 4);
  CHECK(store->Generation().value() == 1);
  CHECK(store->LoadEpisode(list[0].id)->sections.size() == 3);
  CHECK(store->GetClaim("ep#3")->claim.stance == Stance::kNegative);
  CHECK(store->CheckIntegrity());

  // The store is still usable for writes afterwards.
  auto next =
      store->PutEpisode(MakeEpisode("/d/later.md", "https://x/9", "h9"), MakeClaims(), lexicon);
  REQUIRE(next);
  CHECK(store->Generation().value() == 2);
}

TEST_CASE("ReplaceClaims swaps only the claims", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  const Lexicon lexicon = TestLexicon();
  auto put = store->PutEpisode(MakeEpisode("/d/ep.md", "https://x/1", "h1"), MakeClaims(), lexicon);
  REQUIRE(put);
  std::vector<Claim> claims = MakeClaims();
  claims.resize(2);
  claims[0].summarises = {1};
  REQUIRE(store->ReplaceClaims(put->episode_id, claims, lexicon));
  CHECK(store->Generation().value() == 2);
  auto list = store->ListEpisodes().value();
  CHECK(list[0].claim_count == 2);
  CHECK(list[0].section_count == 3);
  // The speaker still resolves through the stored turn.
  CHECK(store->GetClaim("ep#1")->speaker_name == "田渊栋");
  CHECK(store->ReplaceClaims(12345, claims, lexicon).error().code == ErrorCode::kNotFound);
}

// Two episodes of MakeClaims: "early" (2025-01-10) and "late" (2025-06-01).
static void PutEarlyAndLate(Store& store) {
  const Lexicon lexicon = TestLexicon();
  REQUIRE(store.PutEpisode(MakeEpisode("/d/early.md", "https://x/1", "h1", "Early", "2025-01-10"),
                           MakeClaims(), lexicon));
  REQUIRE(store.PutEpisode(MakeEpisode("/d/late.md", "https://x/2", "h2", "Late", "2025-06-01"),
                           MakeClaims(), lexicon));
}

TEST_CASE("The edges around an entity are those with an end on a claim naming it", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  PutEarlyAndLate(*store);
  // Each episode's summary line (#0) summarises #1 (MakeClaims); two stance
  // edges join the episodes.
  using claimkb::ClaimEdge;
  using claimkb::EdgeKind;
  REQUIRE(store->AddStanceEdges(
      {ClaimEdge{"early#2", "late#3", EdgeKind::kContradicts, "e1", 0.5, false},
       ClaimEdge{"early#0", "late#0", EdgeKind::kSupports, "e2", 0.25, false}},
      store->Generation().value()));
  auto around = [&](const std::vector<std::string>& ids, const std::vector<EdgeKind>& kinds) {
    auto edges = store->ListClaimEdgesAround(ids, kinds);
    REQUIRE(edges);
    std::vector<std::string> out;
    for (const ClaimEdge& edge : *edges) {
      out.push_back(edge.src + " " + edge.dst + " " + claimkb::EdgeKindName(edge.kind));
    }
    return out;
  };
  using Lines = std::vector<std::string>;
  // gpt-5 is named by #2 only; the inferred mystery-model by #3 only.
  CHECK(around({"gpt-5"}, {}) == Lines{"early#2 late#3 contradicts"});
  CHECK(around({"mystery-model"}, {}) == Lines{"early#2 late#3 contradicts"});
  // Gemini 3 Pro is named by #0 and #1: both summary edges and the
  // supports edge, in the order they were written.
  CHECK(around({"gemini-3-pro"}, {}) ==
        Lines{"early#0 early#1 summarises", "late#0 late#1 summarises", "early#0 late#0 supports"});
  CHECK(around({"gemini-3-pro"}, {EdgeKind::kSupports}) == Lines{"early#0 late#0 supports"});
  CHECK(around({"gpt-5", "gemini-3-pro"}, {EdgeKind::kContradicts, EdgeKind::kSupports}) ==
        Lines{"early#2 late#3 contradicts", "early#0 late#0 supports"});
  CHECK(around({"nobody-names-this"}, {}).empty());
  CHECK(around({}, {}).empty());
}

TEST_CASE("QueryClaims filters", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  PutEarlyAndLate(*store);
  auto query = [&](const ClaimFilter& filter) {
    auto claims = store->QueryClaims(filter);
    REQUIRE(claims);
    return Ids(*claims);
  };
  using IdList = std::vector<std::string>;

  ClaimFilter entity;
  entity.entity_ids = {"gemini-3-pro"};
  CHECK(query(entity) == IdList{"early#0", "early#1", "late#0", "late#1"});
  entity.entity_ids = {"gpt-5", "mystery-model"};
  CHECK(query(entity) == IdList{"early#2", "early#3", "late#2", "late#3"});

  ClaimFilter benchmark;
  benchmark.benchmark_ids = {"swe-bench-verified"};
  CHECK(query(benchmark) == IdList{"early#1", "early#3", "late#1", "late#3"});
  benchmark.entity_ids = {"gemini-3-pro"};  // AND-ed with the benchmark.
  CHECK(query(benchmark) == IdList{"early#1", "late#1"});

  // Any benchmark (#1 and #3 name one, #1 states a result) or the topic
  // (#2 is only on evaluation, #0 only on coding).
  ClaimFilter any_benchmark;
  any_benchmark.any_benchmark_or_topic = "evaluation";
  CHECK(query(any_benchmark) ==
        IdList{"early#1", "early#2", "early#3", "late#1", "late#2", "late#3"});
  any_benchmark.any_benchmark_or_topic = "";
  CHECK(query(any_benchmark) == IdList{"early#1", "early#3", "late#1", "late#3"});
  any_benchmark.any_benchmark_or_topic = "coding";
  CHECK(query(any_benchmark) ==
        IdList{"early#0", "early#1", "early#3", "late#0", "late#1", "late#3"});

  ClaimFilter topic;
  topic.topic = "coding";
  CHECK(query(topic) == IdList{"early#0", "early#1", "late#0", "late#1"});

  ClaimFilter stance;
  stance.stance = Stance::kNegative;
  CHECK(query(stance) == IdList{"early#2", "early#3", "late#2", "late#3"});

  ClaimFilter editor;
  editor.speaker = "editor";
  CHECK(query(editor) == IdList{"early#0", "late#0"});

  ClaimFilter episode;
  episode.episode_id = store->FindEpisode("late")->id;
  CHECK(query(episode).size() == 4);
  CHECK(query(episode).front() == "late#0");

  ClaimFilter dates;
  dates.since = "2025-02-01";
  CHECK(query(dates).size() == 4);
  dates.since = "2025-01-10";
  dates.until = "2025-01-10";  // Both bounds inclusive.
  CHECK(query(dates) == IdList{"early#0", "early#1", "early#2", "early#3"});

  ClaimFilter page;
  page.limit = 3;
  page.offset = 2;
  CHECK(query(page) == IdList{"early#2", "early#3", "late#0"});

  ClaimFilter none;
  none.speaker = "nobody";
  CHECK(query(none).empty());
}

TEST_CASE("FindEpisode by id, slug, URL and unique title substring", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  const Lexicon lexicon = TestLexicon();
  auto a = store->PutEpisode(
      MakeEpisode("/d/gemini-live.md", "https://x/g", "h1", "Gemini 3 101 Live"), {}, lexicon);
  auto b = store->PutEpisode(MakeEpisode("/d/gpt-talk.md", "https://x/p", "h2", "GPT-5 Live Talk"),
                             {}, lexicon);
  REQUIRE(a);
  REQUIRE(b);
  CHECK(store->FindEpisode(std::to_string(b->episode_id))->slug == "gpt-talk");
  CHECK(store->FindEpisode("gemini-live")->id == a->episode_id);
  CHECK(store->FindEpisode("https://x/p")->id == b->episode_id);
  CHECK(store->FindEpisode("101 live")->id == a->episode_id);
  auto ambiguous = store->FindEpisode("LIVE");
  REQUIRE_FALSE(ambiguous);
  CHECK(ambiguous.error().code == ErrorCode::kNotFound);
  CHECK_THAT(ambiguous.error().hint, Catch::Contains("gemini-live") && Catch::Contains("gpt-talk"));
  CHECK(store->FindEpisode("nothing like it").error().code == ErrorCode::kNotFound);
}

TEST_CASE("Entities and benchmark results are listed with counts", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  const Lexicon lexicon = TestLexicon();
  REQUIRE(store->PutEpisode(MakeEpisode("/d/one.md", "https://x/1", "h1"), MakeClaims(), lexicon));
  REQUIRE(store->PutEpisode(MakeEpisode("/d/two.md", "https://x/2", "h2", "t", "2025-12-01"),
                            MakeClaims(), lexicon));
  auto models = store->ListEntities(EntityKind::kModel);
  REQUIRE(models);
  REQUIRE(models->size() == 3);
  CHECK(models->at(0).entity_id == "gemini-3-pro");
  CHECK(models->at(0).name == "Gemini 3 Pro");
  CHECK(models->at(0).mentions == 4);
  CHECK(models->at(0).episodes == 2);
  // Unknown to the lexicon: its id is its name.
  auto mystery = std::find_if(models->begin(), models->end(),
                              [](const auto& e) { return e.entity_id == "mystery-model"; });
  REQUIRE(mystery != models->end());
  CHECK(mystery->name == "mystery-model");
  auto benchmarks = store->ListEntities(EntityKind::kBenchmark);
  REQUIRE(benchmarks->size() == 1);
  CHECK(benchmarks->at(0).mentions == 4);
  // Topics come from claim_topic: coding on claims 0 and 1, evaluation on
  // 1, 2 and 3, in each of the two episodes.
  auto topics = store->ListEntities(EntityKind::kTopic);
  REQUIRE(topics);
  REQUIRE(topics->size() == 2);
  CHECK(topics->at(0).entity_id == "evaluation");
  CHECK(topics->at(0).kind == EntityKind::kTopic);
  CHECK(topics->at(0).mentions == 6);
  CHECK(topics->at(0).episodes == 2);
  CHECK(topics->at(1).entity_id == "coding");
  CHECK(topics->at(1).mentions == 4);
  CHECK(store->ListEntities(std::nullopt)->size() == 6);

  auto results = store->ListResults("swe-bench-verified");
  REQUIRE(results);
  REQUIRE(results->size() == 2);
  CHECK(results->at(0).claim_id == "one#1");
  CHECK(results->at(1).claim_id == "two#1");
  CHECK(results->at(0).result.model_id == "gemini-3-pro");
  CHECK(store->ListResults("")->size() == 2);
  CHECK(store->ListResults("nope")->empty());
}

TEST_CASE("A read-only store refuses writes", "[store]") {
  TempDir dir;
  { OpenStore(dir); }
  StoreOptions options;
  options.read_only = true;
  auto store = OpenStore(dir, options);
  auto put = store->PutEpisode(MakeEpisode("/d/ep.md", "https://x/1", "h1"), {}, TestLexicon());
  REQUIRE_FALSE(put);
  CHECK(put.error().code == ErrorCode::kInvalidArgument);
  CHECK(store->ListEpisodes()->empty());
}

// SQLite checkpoints the WAL after a commit only when the connection has no
// statement still on a row; a lookup statement left on its row through the
// edge writes' commits made the WAL grow through a whole link step (5 GB at
// 10,000 episodes). Eight writes of 19,950 labelled edges each (every
// ordered pair of 400 claims once, about 350 pages a write): once the WAL
// passes SQLite's 1,000-page mark, each later commit is checkpointed and the
// next write starts the WAL over, so its size after eight writes stays near
// its size after three. Without checkpoints it would hold all eight writes,
// 8/3 as much.
TEST_CASE("Edge writes let SQLite checkpoint the WAL after each commit", "[store]") {
  TempDir dir;
  auto opened = Store::Open(dir.db());
  REQUIRE(opened);
  Store& store = **opened;
  std::vector<std::string> claims;
  for (int i = 0; i < 100; ++i) {
    auto put = store.PutEpisode(MakeEpisode(fmt::format("/d/ep{}.md", i),
                                            fmt::format("https://x/{}", i), fmt::format("h{}", i)),
                                MakeClaims(), TestLexicon());
    REQUIRE(put);
    for (int ordinal = 0; ordinal < 4; ++ordinal) {
      claims.push_back(fmt::format("ep{}#{}", i, ordinal));  // Slug: the file name.
    }
  }
  REQUIRE(claims.size() == 400);
  const fs::path wal = fs::path(dir.db()) / "claims.sqlite-wal";
  std::size_t pair = 0;
  std::uintmax_t after_three = 0;
  for (int write = 0; write < 8; ++write) {  // Every ordered pair once.
    std::vector<claimkb::ClaimEdge> edges;
    for (int n = 0; n < 19'950; ++n, ++pair) {
      claimkb::ClaimEdge edge;
      edge.src = claims[pair / 399];
      edge.dst = claims[(pair / 399 + 1 + pair % 399) % 400];
      edge.kind = claimkb::EdgeKind::kContradicts;
      edge.evidence = "gpt-5 score 0.50";
      edge.weight = 0.5;
      edges.push_back(std::move(edge));
    }
    auto added = store.AddStanceEdges(edges, 1);
    INFO((added ? std::string() : added.error().message));
    REQUIRE(added);
    if (write == 2) after_three = fs::file_size(wal);
  }
  auto stored = store.ListClaimEdges();
  REQUIRE(stored);
  CHECK(stored->size() == 159'600 + 100);  // And each episode's summary link (#0 → #1).
  INFO("WAL after three writes " << after_three << " bytes, after eight " << fs::file_size(wal));
  CHECK(fs::file_size(wal) < 2 * after_three);
}

TEST_CASE("The names covers list, and the episodes listing each", "[store]") {
  TempDir dir;
  auto store = OpenStore(dir);
  const Lexicon none(std::vector<LexiconEntry>{});
  // one and two list 田博士, Lance, Jared Faraic (MakeEpisode); three lists
  // 杨植麟 and Lance; four lists nobody.
  REQUIRE(store->PutEpisode(MakeEpisode("/d/one.md", "https://x/1", "h1"), MakeClaims(), none));
  REQUIRE(store->PutEpisode(MakeEpisode("/d/two.md", "https://x/2", "h2"), MakeClaims(), none));
  Episode three = MakeEpisode("/d/three.md", "https://x/3", "h3");
  three.listed_speakers = {"杨植麟", "Lance"};
  REQUIRE(store->PutEpisode(three, MakeClaims(), none));
  Episode four = MakeEpisode("/d/four.md", "https://x/4", "h4");
  four.listed_speakers.clear();
  REQUIRE(store->PutEpisode(four, MakeClaims(), none));

  auto names = store->ListListedSpeakerNames();
  REQUIRE(names);
  // Once each, in SQLite's byte order: Latin capitals before CJK.
  CHECK(*names == std::vector<std::string>{"Jared Faraic", "Lance", "杨植麟", "田博士"});
  CHECK(store->EpisodesListing("Lance").value() ==
        std::vector<std::string>{"one", "two", "three"});
  CHECK(store->EpisodesListing("杨植麟").value() == std::vector<std::string>{"three"});
  // Exact names only: neither a part of one nor another case.
  CHECK(store->EpisodesListing("lance").value().empty());
  CHECK(store->EpisodesListing("杨").value().empty());
}

// Version 8 (schema/sqlite/0008_listing_index.sql) only adds a partial index
// for the names covers list: a version-7 store gets it on its first open,
// even a read-only one, answers as before, and SQLite reads the names from
// the index, not the episode rows.
TEST_CASE("Migration 8 indexes the listed speakers of a version-7 store", "[store]") {
  TempDir dir;
  const Lexicon none(std::vector<LexiconEntry>{});
  {
    auto current = Store::Open(dir.db());
    REQUIRE(current);
    Episode three = MakeEpisode("/d/three.md", "https://x/3", "h3");
    three.listed_speakers = {"杨植麟", "Lance"};
    REQUIRE((*current)->PutEpisode(three, MakeClaims(), none));
    Episode four = MakeEpisode("/d/four.md", "https://x/4", "h4");
    four.listed_speakers.clear();
    REQUIRE((*current)->PutEpisode(four, MakeClaims(), none));
  }
  // Back to version 7: without what migrations 8 and 9 add. (This binary
  // writes the current layout only, so the old store is made by undoing.)
  {
    const std::string file = (fs::path(dir.db()) / "claims.sqlite").string();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db,
                         "DROP INDEX episode_listing; "
                         "ALTER TABLE paragraph DROP COLUMN reported_begin; "
                         "ALTER TABLE paragraph DROP COLUMN reported_end; "
                         "PRAGMA user_version = 7;",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  // A reader (ask, search) opens it first: it upgrades the store, since the
  // directory is writable, instead of refusing to read it.
  StoreOptions reader;
  reader.read_only = true;
  auto store = Store::Open(dir.db(), reader);
  REQUIRE(store);
  CHECK(*(*store)->ListListedSpeakerNames() == std::vector<std::string>{"Lance", "杨植麟"});

  const std::string file = (fs::path(dir.db()) / "claims.sqlite").string();
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  auto column0 = [&](const char* sql) {
    std::vector<std::string> rows;
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      const int last = sqlite3_column_count(stmt) - 1;
      rows.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, last)));
    }
    sqlite3_finalize(stmt);
    return rows;
  };
  CHECK(column0("PRAGMA user_version") ==
        std::vector<std::string>{std::to_string(claimkb::kStoreSchemaVersion)});
  // Only the episode that lists anyone is in the index.
  CHECK(column0("SELECT count(*) FROM episode INDEXED BY episode_listing "
                "WHERE listed_speakers <> '[]'") == std::vector<std::string>{"1"});
  const auto plan = column0(
      "EXPLAIN QUERY PLAN SELECT DISTINCT j.value FROM episode e, json_each(e.listed_speakers) j "
      "WHERE e.listed_speakers <> '[]' AND j.type = 'text' ORDER BY 1");
  REQUIRE_FALSE(plan.empty());
  CHECK(plan.front() == "SCAN e USING COVERING INDEX episode_listing");
  sqlite3_close(db);
}
