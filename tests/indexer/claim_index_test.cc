#include "claimkb/indexer/claim_index.h"

#include <xapian.h>

#include <catch2/catch.hpp>
#include <set>

#include "claimkb/core/claim_codec.h"
#include "claimkb/indexer/hit_card.h"
#include "claimkb/indexer/index_fields.h"
#include "indexer/index_fixture.h"

using claimkb::ClaimIndex;
using claimkb::ErrorCode;
using claimkb::testing::SampleClaims;
using claimkb::testing::TempDir;
using claimkb::testing::TestLexicon;

namespace {

// The layout is a contract with schema/index_layout.md, so this test reads
// the documents with Xapian directly rather than through the searcher.
std::set<std::string> TermsOf(const std::string& db_dir, const std::string& claim_id) {
  Xapian::Database db(ClaimIndex::IndexDirectory(db_dir));
  Xapian::PostingIterator it = db.postlist_begin("Q" + claim_id);
  REQUIRE(it != db.postlist_end("Q" + claim_id));
  Xapian::Document doc = db.get_document(*it);
  std::set<std::string> terms;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) terms.insert(*t);
  return terms;
}

void IndexAll(const std::string& db_dir, std::int64_t generation) {
  auto index = ClaimIndex::Open(db_dir);
  REQUIRE(index);
  auto lexicon = TestLexicon();
  for (const auto& claim : SampleClaims()) REQUIRE((*index)->Replace(claim, *lexicon));
  REQUIRE((*index)->Commit(generation));
}

}  // namespace

TEST_CASE("Replace writes boolean terms for every field, models with ancestors", "[index]") {
  TempDir dir;
  IndexAll(dir.path(), 1);
  const auto terms = TermsOf(dir.path(), "gemini-live#2");
  for (const char* expected :
       {"Qgemini-live#2", "XI1", "XPgemini-live", "XMgemini-3-pro", "XMgemini-3", "XMgemini",
        "XBswe-bench-verified", "XEswe-bench-verified", "XEgemini", "XSnathan", "XTcoding",
        "XNpositive", "XOopinion", "XHno", "XRno"}) {
    CHECK(terms.count(expected) == 1);
  }
  // A benchmark is no model, and a Gemini 3 Pro claim is not about GPT-5.
  CHECK(terms.count("XMswe-bench-verified") == 0);
  CHECK(terms.count("XMgpt-5") == 0);
  // Claim text and titles are indexed as words; section titles also prefixed.
  CHECK(terms.count("switchbank") == 1);
  CHECK(terms.count("Ssection") == 1);
  CHECK(terms.count("Tgemini") == 1);

  const auto editor = TermsOf(dir.path(), "gemini-live#3");
  CHECK(editor.count("XSeditor") == 1);
  CHECK(editor.count("XRyes") == 1);
  CHECK(editor.count("XHyes") == 1);
  CHECK(editor.count("XNmixed") == 1);
  CHECK(editor.count("XMgemini-3-pro") == 0);  // Ancestors only go up.
}

TEST_CASE("Claim text weighs more than titles, values and data hold what the CLI needs",
          "[index]") {
  TempDir dir;
  IndexAll(dir.path(), 1);
  Xapian::Database db(ClaimIndex::IndexDirectory(dir.path()));
  Xapian::Document doc = db.get_document(*db.postlist_begin("Qagents#0"));
  // The document holds the claim's own fields; its episode's are metadata.
  // The text, speaker name and stance are the hit card's (layout 8): the
  // record leaves them out (null) and is read with the card's values. The
  // section title is its section's metadata (agents#0 is in section 0 of
  // episode row 2).
  const std::string data = doc.get_data();
  CHECK(data.starts_with("[2,0,null,\"Lance\",null,false,null,[0,"));
  CHECK(db.get_metadata("claimkb:section:2:0") == "Section of agents");
  CHECK(data.find("backend") == std::string::npos);
  CHECK(data.find("negative") == std::string::npos);
  auto record = claimkb::DecodeClaimRecord(
      data,
      {"GPT-5 writes backend code that still needs careful review.", "Lance", "negative", {}});
  REQUIRE(record);
  CHECK(record->claim.text == "GPT-5 writes backend code that still needs careful review.");
  CHECK(record->speaker_name == "Lance");
  CHECK(record->claim.stance == claimkb::Stance::kNegative);
  CHECK(record->claim.ordinal == 0);
  CHECK(record->episode_title.empty());
  const std::string episode =
      db.get_metadata(std::string(claimkb::kMetaEpisodePrefix) + std::to_string(record->episode_id));
  REQUIRE(claimkb::ApplyEpisodeRecord(episode, &*record));
  CHECK(record->id == "agents#0");
  CHECK(record->episode_slug == "agents");
  CHECK(doc.get_value(claimkb::kSlotDate) == "20251014");
  const claimkb::HitCard card = claimkb::DecodeHitCard(doc.get_value(claimkb::kSlotHitCard));
  CHECK(card.claim_id == "agents#0");
  CHECK(card.speaker == "Lance");
  CHECK(card.stance == "negative");
  CHECK(card.date == "20251014");
  CHECK(doc.get_value(claimkb::kSlotStanceSpeaker) == "negative\x1fLance");
  CHECK(doc.get_value(claimkb::kSlotModelFirst) == "gpt-5");
  CHECK(doc.get_value(claimkb::kSlotTopicFirst) == "coding");
  CHECK(Xapian::sortable_unserialise(doc.get_value(claimkb::kSlotOrdinal)) == 0.0);
  // "backend" is in the claim text (wdf 3); "podcast" only in the episode
  // title, which is indexed under its prefix alone (wdf 1), never bare.
  auto wdf = [&doc](const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    REQUIRE(it != doc.termlist_end());
    REQUIRE(*it == term);
    return it.get_wdf();
  };
  CHECK(wdf("backend") == 3);
  CHECK(wdf("Tpodcast") == 1);
  auto bare = doc.termlist_begin();
  bare.skip_to("podcast");
  CHECK((bare == doc.termlist_end() || *bare != "podcast"));
}

TEST_CASE("CJK n-grams are indexed once, English words with their stems", "[index]") {
  TempDir dir;
  IndexAll(dir.path(), 1);
  // gemini-live#0 reads "Gemini 3 Pro 大大降低了前端门槛，写小程序很快。": its
  // n-grams (前, 前端, …) have no stemmed "Z" copy, which the query parser
  // would never look up; single characters keep their positions (Xapian 1.4
  // gives bigrams none) so phrases still match.
  const auto chinese = TermsOf(dir.path(), "gemini-live#0");
  CHECK(chinese.count("前端") == 1);
  CHECK(chinese.count("前") == 1);
  CHECK(chinese.count("Z前端") == 0);
  CHECK(chinese.count("Z前") == 0);
  CHECK(chinese.count("ZS前端") == 0);
  Xapian::Database db(ClaimIndex::IndexDirectory(dir.path()));
  const Xapian::docid id = *db.postlist_begin("Qgemini-live#0");
  CHECK(db.positionlist_begin(id, "前") != db.positionlist_end(id, "前"));
  // agents#0 is English: "backend" keeps its stemmed copy for the parser's
  // stemmed queries.
  const auto english = TermsOf(dir.path(), "agents#0");
  CHECK(english.count("backend") == 1);
  CHECK(english.count("Zbackend") == 1);
}

TEST_CASE("Replace is idempotent and replaces changed claims", "[index]") {
  TempDir dir;
  auto lexicon = TestLexicon();
  auto index = ClaimIndex::Open(dir.path());
  REQUIRE(index);
  auto claim = SampleClaims().front();
  REQUIRE((*index)->Replace(claim, *lexicon));
  REQUIRE((*index)->Replace(claim, *lexicon));
  REQUIRE((*index)->Commit(1));
  CHECK(*(*index)->DocCount() == 1);

  claim.claim.text = "completely different words";
  REQUIRE((*index)->Replace(claim, *lexicon));
  REQUIRE((*index)->Commit(2));
  CHECK(*(*index)->DocCount() == 1);
  index->reset();
  const auto terms = TermsOf(dir.path(), claim.id);
  CHECK(terms.count("different") == 1);
  CHECK(terms.count("前端") == 0);
}

TEST_CASE("Commit records the store generation, readers see it", "[index]") {
  TempDir dir;
  {
    auto index = ClaimIndex::Open(dir.path());
    REQUIRE(index);
    CHECK(*(*index)->Generation() == 0);  // Never committed.
  }
  IndexAll(dir.path(), 42);
  auto reader = ClaimIndex::OpenReadOnly({dir.path()});
  REQUIRE(reader);
  CHECK(*(*reader)->Generation() == 42);
  CHECK(*(*reader)->DocCount() == 6);
  CHECK((*reader)->cjk() == claimkb::CjkSegmentation::kNgram);
  // Writes through a reader are refused, not crashed on.
  auto refused = (*reader)->Commit(43);
  REQUIRE(!refused);
  CHECK(refused.error().code == ErrorCode::kInvalidArgument);
}

TEST_CASE("DeleteEpisode removes an episode's claims by slug or by id", "[index]") {
  TempDir dir;
  IndexAll(dir.path(), 1);
  auto index = ClaimIndex::Open(dir.path());
  REQUIRE(index);
  auto removed = (*index)->DeleteEpisode("agents");
  REQUIRE(removed);
  CHECK(*removed == 2);
  removed = (*index)->DeleteEpisode("1");  // gemini-live's row id.
  REQUIRE(removed);
  CHECK(*removed == 4);
  removed = (*index)->DeleteEpisode("no-such-episode");
  REQUIRE(removed);
  CHECK(*removed == 0);
  REQUIRE((*index)->Commit(2));
  CHECK(*(*index)->DocCount() == 0);
}

TEST_CASE("Opening errors are values with the right code", "[index]") {
  TempDir dir;
  auto missing = ClaimIndex::OpenReadOnly({dir.Sub("nothing-here")});
  REQUIRE(!missing);
  CHECK(missing.error().code == ErrorCode::kNotFound);

  auto malformed = ClaimIndex::OpenReadOnly({"tcp://localhost"});
  REQUIRE(!malformed);
  CHECK(malformed.error().code == ErrorCode::kInvalidArgument);

  auto none = ClaimIndex::OpenReadOnly({});
  REQUIRE(!none);
  CHECK(none.error().code == ErrorCode::kInvalidArgument);

  auto writer = ClaimIndex::Open(dir.path());
  REQUIRE(writer);
  auto second = ClaimIndex::Open(dir.path());
  REQUIRE(!second);
  CHECK(second.error().code == ErrorCode::kLocked);
  writer->reset();

  claimkb::IndexOptions icu;
  icu.cjk = claimkb::CjkSegmentation::kIcuWords;
  auto mismatch = ClaimIndex::Open(dir.path(), icu);  // Created as n-gram above.
  REQUIRE(!mismatch);
  CHECK(mismatch.error().code == ErrorCode::kInvalidArgument);
  CHECK_THAT(mismatch.error().message, Catch::Contains("ngram"));
  icu.overwrite = true;
  CHECK(ClaimIndex::Open(dir.path(), icu));
}

TEST_CASE("A section title is kept once, never overwritten, and goes with its episode", "[index]") {
  TempDir dir;
  IndexAll(dir.path(), 1);
  auto lexicon = TestLexicon();
  {
    // agents#1 alone, after its section (0 of episode row 2) was renamed:
    // the key keeps the title agents#0 reads, agents#1 writes its own.
    auto index = ClaimIndex::Open(dir.path());
    REQUIRE(index);
    claimkb::StoredClaim renamed = SampleClaims().back();
    REQUIRE(renamed.id == "agents#1");
    renamed.section_title = "Renamed";
    REQUIRE((*index)->Replace(renamed, *lexicon));
    REQUIRE((*index)->Commit(2));
  }
  {
    Xapian::Database db(ClaimIndex::IndexDirectory(dir.path()));
    CHECK(db.get_metadata("claimkb:section:2:0") == "Section of agents");
    const std::string one = db.get_document(*db.postlist_begin("Qagents#1")).get_data();
    CHECK(one.find("\"Renamed\"") != std::string::npos);
    const std::string zero = db.get_document(*db.postlist_begin("Qagents#0")).get_data();
    CHECK(zero.starts_with("[2,0,null,\"Lance\",null,false,null,"));
  }
  {
    auto index = ClaimIndex::Open(dir.path());
    REQUIRE(index);
    auto removed = (*index)->DeleteEpisode("agents");
    REQUIRE(removed);
    CHECK(*removed == 2);
    REQUIRE((*index)->Commit(3));
  }
  Xapian::Database db(ClaimIndex::IndexDirectory(dir.path()));
  CHECK(db.get_metadata("claimkb:section:2:0").empty());
  CHECK(db.get_metadata("claimkb:episode:2").empty());
  CHECK(db.get_metadata("claimkb:section:1:0") == "Section of gemini-live");
}

TEST_CASE("An ICU index keeps a Chinese claim's own text in its record", "[index]") {
  // The hit card holds the text with word separators ICU put in, so the
  // record cannot leave the text out; the speaker and stance it can.
  TempDir dir;
  claimkb::IndexOptions icu;
  icu.cjk = claimkb::CjkSegmentation::kIcuWords;
  auto index = ClaimIndex::Open(dir.path(), icu);
  REQUIRE(index);
  auto lexicon = TestLexicon();
  for (const auto& claim : SampleClaims()) REQUIRE((*index)->Replace(claim, *lexicon));
  REQUIRE((*index)->Commit(1));
  index->reset();
  Xapian::Database db(ClaimIndex::IndexDirectory(dir.path()));
  Xapian::Document doc = db.get_document(*db.postlist_begin("Qgemini-live#0"));
  const std::string data = doc.get_data();
  CHECK(data.starts_with(
      "[1,0,\"Gemini 3 Pro 大大降低了前端门槛，写小程序很快。\",\"田博士\",null,false,null,"));
  const claimkb::HitCard card = claimkb::DecodeHitCard(doc.get_value(claimkb::kSlotHitCard));
  CHECK(card.text != "Gemini 3 Pro 大大降低了前端门槛，写小程序很快。");
  auto record = claimkb::DecodeClaimRecord(data, {card.text, card.speaker, card.stance, {}});
  REQUIRE(record);
  CHECK(record->claim.text == "Gemini 3 Pro 大大降低了前端门槛，写小程序很快。");
  CHECK(record->speaker_name == "田博士");
  CHECK(record->claim.stance == claimkb::Stance::kPositive);
}

TEST_CASE("The field table has unique names and prefixes", "[index]") {
  std::set<std::string_view> names, prefixes;
  for (const auto& field : claimkb::IndexFields()) {
    CHECK(names.insert(field.name).second);
    if (!field.prefix.empty()) CHECK(prefixes.insert(field.prefix).second);
    CHECK(claimkb::FindIndexField(field.name) == &field);
  }
  CHECK(claimkb::FindIndexField("nope") == nullptr);
}
