// Store version 7 keeps a claim's text once: a claim that is a span of its
// paragraph's plain text stores no copy (claim.text NULL) and is read back
// from the paragraph. These tests check the text read back byte for byte, the
// rows as stored, and the migration of a version-6 store.
#include <fmt/format.h>
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "claimkb/core/store.h"
#include "support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using claimkb::Claim;
using claimkb::Episode;
using claimkb::Lexicon;
using claimkb::Paragraph;
using claimkb::Section;
using claimkb::SectionKind;
using claimkb::Store;
using claimkb::StoreOptions;
using claimkb::Turn;

// A fresh directory per test (tests/support/temp_dir.h).
struct TempDir : claimkb::testing::TempDir {
  TempDir() : claimkb::testing::TempDir("claimkb-claim-text-test") {}
};

// A paragraph with Markdown emphasis, CJK and a two-byte "é". Its plain text
// is 82 bytes: "先说结论：" (15), "Gemini 3 Pro 在 SWE-bench 上领先。" (39),
// "其余都是 café 级别。" (28). Byte offsets differ from character offsets
// from the first byte on, so a read that counted characters would cut the
// wrong words.
constexpr char kMarkdown[] =
    "先说结论：**Gemini 3 Pro** 在 *SWE-bench* 上领先。其余都是 café 级别。";
constexpr char kPlain[] = "先说结论：Gemini 3 Pro 在 SWE-bench 上领先。其余都是 café 级别。";
constexpr char kMiddle[] = "Gemini 3 Pro 在 SWE-bench 上领先。";
constexpr char kLast[] = "其余都是 café 级别。";

Episode MakeEpisode() {
  Episode episode;
  episode.path = "/d/text-once.md";
  episode.url = "https://x/text-once";
  episode.content_hash = "h1";
  episode.title = "Text once";
  Section section;
  section.kind = SectionKind::kFullText;
  section.title = "开场";
  section.line = 3;
  section.level = 2;
  Turn turn;
  turn.speaker = "Lance";
  turn.line = 4;
  Paragraph paragraph;
  paragraph.line = 4;
  paragraph.text = kMarkdown;
  paragraph.plain = kPlain;
  paragraph.highlights = {"Gemini 3 Pro"};
  turn.paragraphs.push_back(paragraph);
  section.turns.push_back(turn);
  episode.sections.push_back(section);
  return episode;
}

Claim MakeClaim(int ordinal, std::string text, int paragraph, int begin, int end) {
  Claim claim;
  claim.ordinal = ordinal;
  claim.text = std::move(text);
  claim.speaker = "Lance";
  claim.section_index = 0;
  claim.turn_index = 0;
  claim.paragraph_index = paragraph;
  claim.line = 4;
  claim.span_begin = begin;
  claim.span_end = end;
  return claim;
}

// Two claims that are spans of the paragraph (one in the middle, one at the
// end); one whose words are not its span; one whose paragraph is not stored.
std::vector<Claim> MakeClaims() {
  return {MakeClaim(0, kMiddle, 0, 15, 54), MakeClaim(1, kLast, 0, 54, 82),
          MakeClaim(2, "Gemini 3 Pro leads", 0, 15, 54),
          MakeClaim(3, "no such paragraph", 7, 0, 17)};
}

const std::vector<std::string> kWant = {kMiddle, kLast, "Gemini 3 Pro leads", "no such paragraph"};

Lexicon EmptyLexicon() { return Lexicon(std::vector<claimkb::LexiconEntry>{}); }

std::vector<std::string> ReadTexts(const Store& store) {
  std::vector<std::string> texts;
  auto claims = store.AllClaims();
  if (!claims) return {"unreadable"};
  for (const auto& claim : *claims) texts.push_back(claim.claim.text);
  return texts;
}

// claim.text as stored, by ordinal: "NULL" where the row keeps no copy.
std::vector<std::string> StoredTexts(const std::string& db_dir) {
  sqlite3* db = nullptr;
  std::vector<std::string> texts;
  const std::string file = (fs::path(db_dir) / "claims.sqlite").string();
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT text FROM claim ORDER BY episode_id, ordinal", -1, &stmt,
                           nullptr) == SQLITE_OK) {
      while (sqlite3_step(stmt) == SQLITE_ROW) {
        const unsigned char* text = sqlite3_column_text(stmt, 0);
        texts.push_back(text == nullptr ? "NULL" : reinterpret_cast<const char*>(text));
      }
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return texts;
}

int UserVersion(const std::string& db_dir) {
  sqlite3* db = nullptr;
  int version = -1;
  const std::string file = (fs::path(db_dir) / "claims.sqlite").string();
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      version = sqlite3_column_int(stmt, 0);
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return version;
}

const std::vector<std::string> kStored = {"NULL", "NULL", "Gemini 3 Pro leads",
                                          "no such paragraph"};

}  // namespace

TEST_CASE("A claim that is its paragraph's span is stored once and read back exactly", "[store]") {
  TempDir dir;
  auto opened = Store::Open(dir.db());
  REQUIRE(opened);
  Store& store = **opened;
  const Lexicon lexicon = EmptyLexicon();
  auto put = store.PutEpisode(MakeEpisode(), MakeClaims(), lexicon);
  REQUIRE(put);
  // What the write hands the index is what a read gives.
  std::vector<std::string> described;
  for (const auto& claim : put->claims) described.push_back(claim.claim.text);
  CHECK(described == kWant);
  CHECK(ReadTexts(store) == kWant);
  CHECK(store.GetClaim("text-once#0")->claim.text == kMiddle);
  CHECK(StoredTexts(dir.db()) == kStored);
  // The paragraph keeps both of its forms.
  auto episode = store.LoadEpisode(put->episode_id);
  REQUIRE(episode);
  CHECK(episode->sections[0].turns[0].paragraphs[0].text == kMarkdown);
  CHECK(episode->sections[0].turns[0].paragraphs[0].plain == kPlain);

  // reextract writes claims through ReplaceClaims: the same rule.
  REQUIRE(store.ReplaceClaims(put->episode_id, MakeClaims(), lexicon));
  CHECK(ReadTexts(store) == kWant);
  CHECK(StoredTexts(dir.db()) == kStored);
  CHECK(store.CheckIntegrity());
}

// A version-6 store written by hand, rows as version 6 wrote them (every
// claim with its text), migrated by opening it with every migration.
TEST_CASE("Migration 7 drops the copies of span texts and keeps every other text", "[store]") {
  TempDir dir;
  const fs::path sqlite_dir = fs::path(CLAIMKB_SOURCE_DIR) / "schema/sqlite";
  const fs::path v6 = dir.path() / "v6";
  fs::create_directories(v6);
  for (const char* name :
       {"0001_initial.sql", "0002_reader_sources.sql", "0003_speaker_identity.sql",
        "0004_claim_graph.sql", "0005_stance_walks.sql"}) {
    fs::copy_file(sqlite_dir / name, v6 / name);
  }
  std::ifstream in(sqlite_dir / "0006_lean_store.sql");
  std::string sql((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  sql += fmt::format(
      "INSERT INTO episode (id, slug, key, title, path, content_hash, ingested_at) VALUES "
      "(1, 'text-once', 'k1', 'Text once', '/d/text-once.md', 'h1', '2025-12-01T00:00:00Z');\n"
      "INSERT INTO section (id, episode_id, ordinal, kind, title, line, level) VALUES "
      "(1, 1, 0, 'fulltext', '开场', 3, 2);\n"
      "INSERT INTO turn (id, section_id, ordinal, speaker, line) VALUES (1, 1, 0, 'Lance', 4);\n"
      "INSERT INTO paragraph (id, turn_id, ordinal, line, text, plain, bullet) VALUES "
      "(1, 1, 0, 4, '{}', '{}', 0);\n",
      kMarkdown, kPlain);
  const std::vector<Claim> claims = MakeClaims();
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    sql += fmt::format(
        "INSERT INTO claim (id, episode_id, ordinal, text, speaker, by_editor, section_ordinal, "
        "turn_ordinal, paragraph_ordinal, line, span_begin, span_end, stance, modality, "
        "highlighted) VALUES ({}, 1, {}, '{}', 'Lance', 0, 0, 0, {}, 4, {}, {}, 'neutral', "
        "'opinion', 0);\n",
        i + 1, c.ordinal, c.text, c.paragraph_index, c.span_begin, c.span_end);
  }
  // Rows that point at claims: dropping the column must not cascade.
  sql += "INSERT INTO claim_topic (claim_id, topic) VALUES (1, 'coding'), (4, 'evaluation');\n";
  sql += "INSERT INTO edge (src, dst, kind, evidence, weight) VALUES (1, 2, 3, 'because', 0);\n";
  {
    std::ofstream out(v6 / "0006_lean_store.sql", std::ios::binary);
    out << sql;
  }
  StoreOptions options;
  options.migrations_dir = v6.string();
  REQUIRE(Store::Open(dir.db(), options));
  REQUIRE(UserVersion(dir.db()) == 6);
  CHECK(StoredTexts(dir.db()) == kWant);

  auto store = Store::Open(dir.db());  // Every migration: 0007 and later run now.
  REQUIRE(store);
  CHECK(UserVersion(dir.db()) == claimkb::kStoreSchemaVersion);
  CHECK((*store)->CheckIntegrity());
  CHECK(StoredTexts(dir.db()) == kStored);
  CHECK(ReadTexts(**store) == kWant);
  auto all = (*store)->AllClaims();
  REQUIRE(all);
  REQUIRE(all->size() == 4);
  CHECK((*all)[0].claim.topics == std::vector<std::string>{"coding"});
  CHECK((*all)[3].claim.topics == std::vector<std::string>{"evaluation"});
  CHECK((*all)[1].claim.span_begin == 54);
  CHECK((*all)[1].claim.span_end == 82);
  auto edges = (*store)->ListClaimEdges();
  REQUIRE(edges);
  REQUIRE(edges->size() == 1);
  CHECK(edges->front().src == "text-once#0");
  CHECK(edges->front().evidence == "because");

  // The migrated table still takes new claims and deletes with its rows.
  REQUIRE((*store)->ReplaceClaims(1, MakeClaims(), EmptyLexicon()));
  CHECK(StoredTexts(dir.db()) == kStored);
  CHECK(ReadTexts(**store) == kWant);
  REQUIRE((*store)->ReplaceClaims(1, {}, EmptyLexicon()));
  CHECK(StoredTexts(dir.db()).empty());
  CHECK((*store)->CheckIntegrity());
}
