// Searcher::Rank, the ranked search `ask` runs: words OR-ed and weighted,
// boosts that lift (or also find), filters that restrict. Expected hits are
// worked out by hand from the six sample claims (tests/indexer/index_fixture.h).
#include <catch2/catch.hpp>
#include <set>

#include "claimkb/core/entity_linker.h"
#include "claimkb/indexer/claim_index.h"
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
