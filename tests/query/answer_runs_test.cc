// An answer run ranked through its question (AnswerOptions::passage_*): in a
// dialogue and in a transcript without speakers, the lines that answer an
// interviewer's question share none of its words and are reached through
// it. Invented sentences; the expected runs are worked out by hand below.
#include <catch2/catch.hpp>
#include <map>
#include <vector>

#include "claimkb/core/entity_linker.h"
#include "claimkb/indexer/claim_index.h"
#include "claimkb/query/answer.h"
#include "claimkb/query/searcher.h"
#include "indexer/index_fixture.h"

using claimkb::testing::MakeClaim;
using claimkb::testing::TempDir;
using claimkb::testing::TestLexicon;

namespace {

// garden: an interview. Host asks at #1 and goes on at #2; Mira answers at
// #3 and #4 without the question's words; Host asks again at #5.
// radio: a transcript without speakers. #0 asks; #1 ends with a tag that
// asks for agreement (", right?"), which is no new question; #3 asks again.
// notes: an editor's summary whose #0 says both words of the question.
std::vector<claimkb::StoredClaim> Claims() {
  std::vector<claimkb::StoredClaim> claims = {
      MakeClaim({"garden", 0, "Welcome back to the garden hour.", "Host"}),
      MakeClaim({"garden", 1, "Why did you move the tomatoes up to the roof?", "Host"}),
      MakeClaim({"garden", 2, "Many listeners asked me that.", "Host"}),
      MakeClaim({"garden", 3, "The afternoon light lasts longer up there.", "Mira"}),
      MakeClaim({"garden", 4, "Pigeons also leave the plants alone.", "Mira"}),
      MakeClaim({"garden", 5, "And the cucumbers?", "Host"}),
      MakeClaim({"garden", 6, "They failed completely.", "Mira"}),
      MakeClaim({"radio", 0, "So do tomatoes grow best on a roof?", ""}),
      MakeClaim({"radio", 1, "Honestly the balcony works better, right?", ""}),
      MakeClaim({"radio", 2, "It gets the morning sun.", ""}),
      MakeClaim({"radio", 3, "And what about beans?", ""}),
      MakeClaim({"radio", 4, "Beans climb anything.", ""}),
      MakeClaim({"notes", 0, "Tomatoes ripen fast on a warm roof.", ""}),
      MakeClaim({"notes", 1, "Pigeons are a nuisance in cities.", ""}),
  };
  std::map<std::string, int> episode_ids = {{"garden", 1}, {"radio", 2}, {"notes", 3}};
  for (auto& claim : claims) {
    claim.episode_id = episode_ids[claim.episode_slug];
    claim.episode_title = "Episode " + claim.episode_slug;
    if (claim.episode_slug == "radio") {
      // A transcript line: nobody named, and not the editor either.
      claim.claim.by_editor = false;
      claim.speaker_name = "";
    }
  }
  return claims;
}

const claimkb::Searcher& Index() {
  static TempDir dir;
  static std::unique_ptr<claimkb::Searcher> searcher;
  if (!searcher) {
    auto index = claimkb::ClaimIndex::Open(dir.path(), {});
    REQUIRE(index);
    auto lexicon = TestLexicon();
    for (const auto& claim : Claims()) REQUIRE((*index)->Replace(claim, *lexicon));
    REQUIRE((*index)->Commit(1));
    auto opened = claimkb::Searcher::Open(std::vector<std::string>{dir.path()},
                                          std::make_shared<const claimkb::EntityLinker>(lexicon));
    REQUIRE(opened);
    searcher = std::move(*opened);
  }
  return *searcher;
}

claimkb::QuestionPlan TomatoesOnTheRoof() {
  claimkb::QuestionPlan plan;
  claimkb::QuestionFacet facet;
  facet.terms = {{"tomatoes", 1.0, "question", ""}, {"roof", 1.0, "question", ""}};
  plan.facets = {facet};
  return plan;
}

// Only the passages move weights: no feedback, neighbours or coordination.
claimkb::AnswerOptions PassagesOnly() {
  claimkb::AnswerOptions options;
  options.feedback_docs = 0;
  options.neighbour_share = 0;
  options.neighbour_reach = 0;
  options.coordination = 0;
  options.passage_reach = 100;
  options.passage_questions = 10;
  options.passage_min = 0.3;
  options.passage_span = 8;
  options.passage_answer_share = 0.1;
  return options;
}

std::map<std::string, const claimkb::SearchHit*> ById(const claimkb::FacetHits& facet) {
  std::map<std::string, const claimkb::SearchHit*> out;
  for (const auto& hit : facet.result.hits) out[hit.claim_id] = &hit;
  return out;
}

}  // namespace

TEST_CASE("an answer run is reached through its question", "[rank][passage]") {
  claimkb::AnswerOptions options = PassagesOnly();
  options.passage_reach = 0;
  auto words = claimkb::RankAnswer(Index(), TomatoesOnTheRoof(), options);
  REQUIRE(words);
  // The words alone: the three claims that say "tomatoes" and "roof".
  auto alone = ById(words->front());
  REQUIRE(alone.size() == 3);
  REQUIRE(alone.count("garden#1") == 1);
  REQUIRE(alone.count("radio#0") == 1);
  REQUIRE(alone.count("notes#0") == 1);
  const double garden_question = alone["garden#1"]->weight;
  const double radio_question = alone["radio#0"]->weight;
  const double summary = alone["notes#0"]->weight;
  const std::string first = words->front().result.hits[0].claim_id;

  options.passage_reach = 100;
  auto passages = claimkb::RankAnswer(Index(), TomatoesOnTheRoof(), options);
  REQUIRE(passages);
  const auto& hits = passages->front().result.hits;
  auto by_id = ById(passages->front());
  // garden#1's run: #2 is Host going on, #3 and #4 are Mira's answer, #5 is
  // Host asking again. radio#0's run: #1 (its tag is no question) and #2,
  // up to #3's new question. Neither answer line says a word of the
  // question, so each passage weighs its question's weight alone and its
  // lines rank at it, with the question's match weight.
  REQUIRE(by_id.size() == 7);
  for (const char* id : {"garden#3", "garden#4"}) {
    REQUIRE(by_id.count(id) == 1);
    CHECK(by_id[id]->weight == Approx(garden_question));
    CHECK(by_id[id]->match_weight == Approx(by_id["garden#1"]->match_weight));
  }
  for (const char* id : {"radio#1", "radio#2"}) {
    REQUIRE(by_id.count(id) == 1);
    CHECK(by_id[id]->weight == Approx(radio_question));
  }
  for (const char* id : {"garden#2", "garden#5", "garden#6", "radio#3", "radio#4", "notes#1"}) {
    CHECK(by_id.count(id) == 0);
  }
  // The claims the words found keep their weights, so the best of them
  // keeps its place; each run reads in source order under its question.
  CHECK(by_id["notes#0"]->weight == Approx(summary));
  CHECK(by_id["garden#1"]->weight == Approx(garden_question));
  CHECK(hits[0].claim_id == first);
  auto rank = [&](const std::string& id) {
    for (std::size_t i = 0; i < hits.size(); ++i)
      if (hits[i].claim_id == id) return static_cast<int>(i);
    return -1;
  };
  CHECK(rank("garden#1") < rank("garden#3"));
  CHECK(rank("garden#3") < rank("garden#4"));
  CHECK(rank("radio#1") < rank("radio#2"));
  // --explain says which questions lent their weight.
  CHECK(passages->front().result.parsed.find("answer runs of") != std::string::npos);
  CHECK(passages->front().result.parsed.find("garden#1 (2 lines)") != std::string::npos);
  CHECK(passages->front().result.parsed.find("radio#0 (2 lines)") != std::string::npos);
}

TEST_CASE("an answer line that says the question's words lifts its passage", "[rank][passage]") {
  // Asked for "tomatoes", "roof" and "pigeons": garden#4 now matches on
  // its own, so garden#1's passage weighs its question's weight plus 0.1
  // of garden#4's, and garden#3 ranks at that; garden#4 keeps its own
  // weight when that is higher.
  claimkb::QuestionPlan plan = TomatoesOnTheRoof();
  plan.facets[0].terms.push_back({"pigeons", 1.0, "question", ""});
  claimkb::AnswerOptions options = PassagesOnly();
  options.passage_reach = 0;
  auto words = claimkb::RankAnswer(Index(), plan, options);
  REQUIRE(words);
  auto alone = ById(words->front());
  REQUIRE(alone.count("garden#4") == 1);
  const double question = alone["garden#1"]->weight;
  const double answer = alone["garden#4"]->weight;
  REQUIRE(answer > 0);

  options.passage_reach = 100;
  auto passages = claimkb::RankAnswer(Index(), plan, options);
  REQUIRE(passages);
  auto by_id = ById(passages->front());
  REQUIRE(by_id.count("garden#3") == 1);
  CHECK(by_id["garden#3"]->weight == Approx(question + 0.1 * answer));
  CHECK(by_id["garden#4"]->weight == Approx(std::max(answer, question + 0.1 * answer)));
}

TEST_CASE("a passage's lines stay within the facet's filter", "[rank][passage]") {
  // Only Host's claims pass the filter: garden#1 still asks, but Mira's
  // answer is outside, so no passage is formed.
  claimkb::QuestionPlan plan = TomatoesOnTheRoof();
  plan.facets[0].filters = {"speaker:Host"};
  auto ranked = claimkb::RankAnswer(Index(), plan, PassagesOnly());
  REQUIRE(ranked);
  auto by_id = ById(ranked->front());
  CHECK(by_id.size() == 1);
  CHECK(by_id.count("garden#1") == 1);
  CHECK(ranked->front().result.parsed.find("answer runs") == std::string::npos);
}
