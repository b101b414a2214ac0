// Searcher::Rank, the ranked search `ask` runs: words OR-ed and weighted,
// boosts that lift (or also find), filters that restrict. Expected hits are
// worked out by hand from the six sample claims (tests/indexer/index_fixture.h).
#include <catch2/catch.hpp>
#include <set>

#include "claimkb/core/entity_linker.h"
#include "claimkb/indexer/claim_index.h"
#include "claimkb/query/answer.h"
#include "claimkb/query/searcher.h"
#include "indexer/index_fixture.h"

using claimkb::Boost;
using claimkb::RankedQuery;
using claimkb::Searcher;
using claimkb::testing::SampleClaims;
using claimkb::testing::TempDir;
using claimkb::testing::TestLexicon;

namespace {

const Searcher& Sample() {
  static TempDir dir;
  static std::unique_ptr<Searcher> searcher;
  if (!searcher) {
    auto index = claimkb::ClaimIndex::Open(dir.path(), {});
    REQUIRE(index);
    auto lexicon = TestLexicon();
    for (const auto& claim : SampleClaims()) REQUIRE((*index)->Replace(claim, *lexicon));
    REQUIRE((*index)->Commit(1));
    auto opened = Searcher::Open(std::vector<std::string>{dir.path()},
                                 std::make_shared<const claimkb::EntityLinker>(lexicon));
    REQUIRE(opened);
    searcher = std::move(*opened);
  }
  return *searcher;
}

std::vector<std::string> Ranked(const RankedQuery& query) {
  auto result = Sample().Rank(query);
  if (!result) FAIL(result.error().ToString());
  std::vector<std::string> ids;
  for (const auto& hit : result->hits) ids.push_back(hit.claim_id);
  return ids;
}

std::set<std::string> AsSet(const std::vector<std::string>& ids) {
  return {ids.begin(), ids.end()};
}

}  // namespace

TEST_CASE("ranked words are alternatives, and their weights order the hits", "[rank]") {
  RankedQuery query;
  // 幻觉 is in gemini-live#1 only, "errors" in agents#1 only.
  query.words = {{"幻觉", 1.0}, {"errors", 0.1}};
  auto ids = Ranked(query);
  CHECK(AsSet(ids) == std::set<std::string>{"gemini-live#1", "agents#1"});
  CHECK(ids.front() == "gemini-live#1");
  query.words = {{"幻觉", 0.1}, {"errors", 1.0}};
  CHECK(Ranked(query).front() == "agents#1");
}

TEST_CASE("boosts lift matching claims without hiding the others", "[rank]") {
  RankedQuery query;
  // "careful" is in agents#0 (topic coding), "errors" in agents#1 (reasoning).
  // ("review" would not do: it is in the title of the other episode.)
  query.words = {{"careful", 1.0}, {"errors", 1.0}};
  query.boosts = {Boost{"topic:reasoning", 20.0}};
  auto ids = Ranked(query);
  CHECK(AsSet(ids) == std::set<std::string>{"agents#0", "agents#1"});
  CHECK(ids.front() == "agents#1");
  query.boosts = {Boost{"topic:coding", 20.0}};
  CHECK(Ranked(query).front() == "agents#0");
}

TEST_CASE("an entity boost that retrieves finds claims without the words", "[rank]") {
  RankedQuery query;
  query.words = {{"errors", 1.0}};
  query.boosts = {Boost{"model:gemini-3", 1.0}};
  CHECK(Ranked(query) == std::vector<std::string>{"agents#1"});
  // model:gemini-3 covers Gemini 3 Pro too: all four gemini-live claims.
  query.boosts = {Boost{"model:gemini-3", 1.0, true}};
  CHECK(AsSet(Ranked(query)) == std::set<std::string>{"agents#1", "gemini-live#0", "gemini-live#1",
                                                      "gemini-live#2", "gemini-live#3"});
}

TEST_CASE("a filter restricts a ranked search", "[rank]") {
  RankedQuery query;
  query.words = {{"幻觉", 1.0}, {"errors", 1.0}};
  query.filter = "speaker:lance";
  CHECK(Ranked(query) == std::vector<std::string>{"agents#1"});
}

TEST_CASE("Occurs tells which words the claims use", "[rank]") {
  CHECK(Sample().Occurs("幻觉"));
  CHECK(Sample().Occurs("errors"));
  CHECK(Sample().Occurs("backend code"));
  CHECK_FALSE(Sample().Occurs("hallucination"));
  CHECK_FALSE(Sample().Occurs("backend hallucination"));  // Every word must occur.
}

TEST_CASE("Fetch returns the claims named, within the filter", "[rank]") {
  std::vector<std::string> ids = {"agents#1", "gemini-live#2", "nowhere#9"};
  auto all = Sample().Fetch(ids, "");
  REQUIRE(all);
  std::set<std::string> found;
  for (const auto& hit : all->hits) found.insert(hit.claim_id);
  CHECK(found == std::set<std::string>{"agents#1", "gemini-live#2"});  // nowhere#9 does not exist.
  // agents#1 is about reasoning, gemini-live#2 about coding.
  auto coding = Sample().Fetch(ids, "topic:coding");
  REQUIRE(coding);
  REQUIRE(coding->hits.size() == 1);
  CHECK(coding->hits[0].claim_id == "gemini-live#2");
  auto none = Sample().Fetch({}, "");
  REQUIRE(none);
  CHECK(none->hits.empty());
}

TEST_CASE("the neighbours of the best hits join them with a share of their weight", "[rank]") {
  // "SwitchBank" is said in gemini-live#2 only; its neighbours #1 and #3
  // share no word with it.
  claimkb::QuestionPlan plan;
  claimkb::QuestionFacet facet;
  facet.terms = {{"SwitchBank", 1.0, "question", ""}};
  plan.facets = {facet};
  claimkb::AnswerOptions options;
  options.feedback_docs = 0;  // Feedback words of #2 could find other claims.
  options.neighbour_share = 0.3;
  options.pulled_share = 0.3;
  options.neighbour_reach = 0;
  auto alone = claimkb::RankAnswer(Sample(), plan, options);
  REQUIRE(alone);
  REQUIRE(alone->front().result.hits.size() == 1);
  const double w = alone->front().result.hits[0].weight;
  CHECK(w > 0);

  options.neighbour_reach = 1;
  auto pulled = claimkb::RankAnswer(Sample(), plan, options);
  REQUIRE(pulled);
  const auto& hits = pulled->front().result.hits;
  REQUIRE(hits.size() == 3);
  CHECK(hits[0].claim_id == "gemini-live#2");
  CHECK(hits[0].weight == Approx(w));  // Its neighbours had no weight of their own to share.
  std::set<std::string> rest;
  for (std::size_t i = 1; i < hits.size(); ++i) {
    rest.insert(hits[i].claim_id);
    CHECK(hits[i].weight == Approx(0.3 * w));
    CHECK(hits[i].match_weight == Approx(0.3 * hits[0].match_weight));
  }
  CHECK(rest == std::set<std::string>{"gemini-live#1", "gemini-live#3"});
  CHECK(pulled->front().result.parsed.find("neighbours") != std::string::npos);

  // The facet's filter holds for the neighbours too: both are about reasoning.
  plan.facets[0].filters = {"topic:coding"};
  auto filtered = claimkb::RankAnswer(Sample(), plan, options);
  REQUIRE(filtered);
  REQUIRE(filtered->front().result.hits.size() == 1);
  CHECK(filtered->front().result.hits[0].claim_id == "gemini-live#2");
}
