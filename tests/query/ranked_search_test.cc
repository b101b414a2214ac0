// Searcher::Rank, the ranked search `ask` runs: words OR-ed and weighted,
// boosts that lift (or also find), filters that restrict. Expected hits are
// worked out by hand from the six sample claims (tests/indexer/index_fixture.h).
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
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

TEST_CASE("NamesEntity tells which entities the claims name", "[rank]") {
  // The sample's claims name gemini-3-pro (so its ancestors gemini-3 and
  // gemini too) and gpt-5; arc-agi-2 is in the lexicon but in no claim.
  CHECK(Sample().NamesEntity("gemini-3-pro"));
  CHECK(Sample().NamesEntity("gemini"));
  CHECK(Sample().NamesEntity("gpt-5"));
  CHECK_FALSE(Sample().NamesEntity("arc-agi-2"));
  CHECK_FALSE(Sample().NamesEntity(""));
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

TEST_CASE("a hit shares its weight with claims up to the window away, decaying", "[rank]") {
  // 前端 is said in gemini-live#0 only, "src" in gemini-live#3 only: three
  // claims apart. Each claim's own weight is w0 and w3. With a share of
  // 0.3, a window of 3 and a decay of 0.8, each gets 0.3 × 0.8² = 0.192 of
  // the other's; a window of 2 does not reach.
  claimkb::QuestionPlan plan;
  claimkb::QuestionFacet facet;
  facet.terms = {{"前端", 1.0, "question", ""}, {"src", 1.0, "question", ""}};
  plan.facets = {facet};
  claimkb::AnswerOptions options;
  options.feedback_docs = 0;
  options.coordination = 0;
  options.neighbour_reach = 0;
  options.neighbour_decay = 0.8;
  auto weights = [&](double share, int window) {
    options.neighbour_share = share;
    options.neighbour_window = window;
    auto ranked = claimkb::RankAnswer(Sample(), plan, options);
    REQUIRE(ranked);
    std::map<std::string, double> out;
    for (const auto& hit : ranked->front().result.hits) out[hit.claim_id] = hit.weight;
    return out;
  };
  auto own = weights(0, 1);
  REQUIRE(own.size() == 2);
  const double w0 = own["gemini-live#0"], w3 = own["gemini-live#3"];
  REQUIRE(w0 > 0);
  REQUIRE(w3 > 0);
  auto shared = weights(0.3, 3);
  CHECK(shared["gemini-live#0"] == Approx(w0 + 0.192 * w3));
  CHECK(shared["gemini-live#3"] == Approx(w3 + 0.192 * w0));
  auto short_window = weights(0.3, 2);
  CHECK(short_window["gemini-live#0"] == Approx(w0));
  CHECK(short_window["gemini-live#3"] == Approx(w3));
}

namespace {

// The weight of `id` among the hits of `query`, 0 when it is not one.
double WeightOf(const RankedQuery& query, const std::string& id) {
  auto result = Sample().Rank(query);
  if (!result) FAIL(result.error().ToString());
  for (const auto& hit : result->hits) {
    if (hit.claim_id == id) return hit.weight;
  }
  return 0;
}

}  // namespace

TEST_CASE("a Chinese word weighs its bigrams, not each of its n-grams", "[rank]") {
  // gemini-live#1 is the only claim with 幻, 觉, 多, 模 or 态, each once, so
  // every n-gram of 幻觉 and 多模态 has the same BM25 weight w there. Summed,
  // 幻觉 (幻 幻觉 觉) weighs 3w and 多模态 (多 多模 模 模态 态) 5w; as one
  // term, 幻觉 weighs its bigram, w, and 多模态 its two bigrams over √2, √2·w.
  RankedQuery query;
  query.cjk_word_as_term = false;
  query.words = {{"幻觉", 1.0}};
  const double summed_2 = WeightOf(query, "gemini-live#1");
  query.words = {{"多模态", 1.0}};
  const double summed_3 = WeightOf(query, "gemini-live#1");
  query.cjk_word_as_term = true;
  const double one_3 = WeightOf(query, "gemini-live#1");
  query.words = {{"幻觉", 1.0}};
  const double one_2 = WeightOf(query, "gemini-live#1");
  REQUIRE(one_2 > 0);
  CHECK(summed_2 / one_2 == Approx(3.0));
  CHECK(summed_3 / one_2 == Approx(5.0));
  CHECK(one_3 / one_2 == Approx(std::sqrt(2.0)));
  // The characters still have to be there: 幻想 shares 幻 only.
  query.words = {{"幻想", 1.0}};
  CHECK(Ranked(query).empty());
}

TEST_CASE("spellings that parse to the same terms count once, at the higher weight", "[rank]") {
  // "errors" and "error" both stem to Zerror (agents#1 says "errors"): the
  // pair weighs what "errors" alone at 1.0 weighs, not 1.6 times it.
  RankedQuery query;
  query.words = {{"errors", 1.0}};
  const double alone = WeightOf(query, "agents#1");
  REQUIRE(alone > 0);
  query.words = {{"errors", 1.0}, {"error", 0.6}};
  CHECK(WeightOf(query, "agents#1") == Approx(alone));
  query.words = {{"error", 0.6}, {"errors", 1.0}};
  CHECK(WeightOf(query, "agents#1") == Approx(alone));
}

TEST_CASE("a question word counts for coordination only where the claim says it", "[rank]") {
  // agents#0: "GPT-5 writes backend code that still needs careful review."
  // "view" is inside "review", not a word of it; "code" and "review" are.
  claimkb::QuestionPlan plan;
  plan.facets.resize(1);
  claimkb::AnswerOptions options;
  options.feedback_docs = 0;
  options.neighbour_share = 0;
  options.neighbour_reach = 0;
  auto weight = [&](const std::vector<std::string>& words, double coordination) {
    plan.facets[0].terms.clear();
    for (const std::string& word : words)
      plan.facets[0].terms.push_back({word, 1.0, "question", ""});
    options.coordination = coordination;
    auto ranked = claimkb::RankAnswer(Sample(), plan, options);
    REQUIRE(ranked);
    for (const auto& hit : ranked->front().result.hits) {
      if (hit.claim_id == "agents#0") return hit.weight;
    }
    return 0.0;
  };
  const double code_view = weight({"code", "view"}, 0);
  REQUIRE(code_view > 0);
  CHECK(weight({"code", "view"}, 0.3) == Approx(code_view));
  CHECK(weight({"code", "review"}, 0.3) == Approx(1.3 * weight({"code", "review"}, 0)));
}

TEST_CASE("a word and its translations rank as one term, the user's own word on top", "[rank]") {
  // "errors" (agents#1) and its translation 幻觉 (gemini-live#1) as one
  // group: Xapian's OP_SYNONYM weighs them as one term S, at the weight of
  // the translation (0.8); the claim with the user's own word adds the
  // rest (0.2) of that word's weight B alone.
  RankedQuery query;
  query.words = {{"errors", 1.0, "errors"}, {"幻觉", 1.0, "errors"}};
  const double s_agents = WeightOf(query, "agents#1");
  const double s_gemini = WeightOf(query, "gemini-live#1");
  query.words = {{"errors", 1.0}};
  const double b_agents = WeightOf(query, "agents#1");
  REQUIRE(s_agents > 0);
  REQUIRE(s_gemini > 0);
  REQUIRE(b_agents > 0);
  query.words = {{"errors", 1.0, "errors"}, {"幻觉", 0.8, "errors"}};
  CHECK(WeightOf(query, "agents#1") == Approx(0.8 * s_agents + 0.2 * b_agents));
  CHECK(WeightOf(query, "gemini-live#1") == Approx(0.8 * s_gemini));
  auto result = Sample().Rank(query);
  REQUIRE(result);
  CHECK(result->parsed.find("synonyms(errors)^0.80+0.20") != std::string::npos);
}

TEST_CASE("a claim linked to a best hit by a summary line joins it with a share", "[rank]") {
  // "SwitchBank" is said in gemini-live#2 only. The links stand for the
  // store's summarises/restates edges: #2 ↔ agents#0 (topic coding, like
  // #2) and #2 ↔ agents#1 (topic reasoning); neither says "SwitchBank".
  claimkb::QuestionPlan plan;
  claimkb::QuestionFacet facet;
  facet.terms = {{"SwitchBank", 1.0, "question", ""}};
  plan.facets = {facet};
  claimkb::AnswerOptions options;
  options.feedback_docs = 0;
  options.coordination = 0;
  options.neighbour_share = 0;
  options.neighbour_reach = 0;
  options.summary_share = 0.5;
  const std::map<std::string, std::vector<std::string>> edges = {
      {"gemini-live#2", {"agents#0", "agents#1"}},
      {"agents#0", {"gemini-live#2"}},
      {"agents#1", {"gemini-live#2"}}};
  claimkb::SummaryLinks links = [&](const std::vector<std::string>& ids) {
    std::map<std::string, std::vector<std::string>> out;
    for (const std::string& id : ids) {
      if (auto it = edges.find(id); it != edges.end()) out.insert(*it);
    }
    return out;
  };
  auto alone = claimkb::RankAnswer(Sample(), plan, options);
  REQUIRE(alone);
  REQUIRE(alone->front().result.hits.size() == 1);
  const double w = alone->front().result.hits[0].weight;
  const double m = alone->front().result.hits[0].match_weight;
  REQUIRE(w > 0);

  auto linked = claimkb::RankAnswer(Sample(), plan, options, links);
  REQUIRE(linked);
  const auto& hits = linked->front().result.hits;
  REQUIRE(hits.size() == 3);
  CHECK(hits[0].claim_id == "gemini-live#2");
  CHECK(hits[0].weight == Approx(w));  // The pulled claims had no weight to give back.
  std::set<std::string> rest;
  for (std::size_t i = 1; i < hits.size(); ++i) {
    rest.insert(hits[i].claim_id);
    CHECK(hits[i].weight == Approx(0.5 * w));
    CHECK(hits[i].match_weight == Approx(0.5 * m));
  }
  CHECK(rest == std::set<std::string>{"agents#0", "agents#1"});
  CHECK(linked->front().result.parsed.find("summary links") != std::string::npos);

  // The facet's filter holds for linked claims: agents#1 is about reasoning.
  plan.facets[0].filters = {"topic:coding"};
  auto filtered = claimkb::RankAnswer(Sample(), plan, options, links);
  REQUIRE(filtered);
  std::set<std::string> ids;
  for (const auto& hit : filtered->front().result.hits) ids.insert(hit.claim_id);
  CHECK(ids == std::set<std::string>{"gemini-live#2", "agents#0"});
  plan.facets[0].filters.clear();

  // Two hits linked to each other each add half the other's own weight.
  plan.facets[0].terms.push_back({"careful", 1.0, "question", ""});  // agents#0 only.
  auto own = claimkb::RankAnswer(Sample(), plan, options);
  REQUIRE(own);
  std::map<std::string, double> before, after;
  for (const auto& hit : own->front().result.hits) before[hit.claim_id] = hit.weight;
  REQUIRE(before.size() == 2);
  auto both = claimkb::RankAnswer(Sample(), plan, options, links);
  REQUIRE(both);
  for (const auto& hit : both->front().result.hits) after[hit.claim_id] = hit.weight;
  CHECK(after["gemini-live#2"] == Approx(before["gemini-live#2"] + 0.5 * before["agents#0"]));
  CHECK(after["agents#0"] == Approx(before["agents#0"] + 0.5 * before["gemini-live#2"]));
  CHECK(after["agents#1"] == Approx(0.5 * before["gemini-live#2"]));
}

TEST_CASE("in a comparison a claim naming both sides gets the coordination reward", "[rank]") {
  // agents#0 says "careful" (side one) and "backend" (side two): in the
  // comparison it mentions two of the question's concepts, 1 + 0.3 × (2 − 1).
  claimkb::QuestionPlan plan;
  plan.facets.resize(2);
  plan.facets[0].terms = {{"careful", 1.0, "question", ""}};
  plan.facets[1].terms = {{"backend", 1.0, "question", ""}};
  claimkb::AnswerOptions options;
  options.feedback_docs = 0;
  options.neighbour_share = 0;
  options.neighbour_reach = 0;
  options.coordination = 0.3;
  auto weight = [&](bool comparison, std::size_t side) {
    plan.comparison = comparison;
    auto ranked = claimkb::RankAnswer(Sample(), plan, options);
    REQUIRE(ranked);
    for (const auto& hit : (*ranked)[side].result.hits) {
      if (hit.claim_id == "agents#0") return hit.weight;
    }
    return 0.0;
  };
  for (std::size_t side : {0u, 1u}) {
    const double apart = weight(false, side);
    REQUIRE(apart > 0);
    CHECK(weight(true, side) == Approx(1.3 * apart));
  }
  options.compare_coordination = false;
  CHECK(weight(true, 0) == Approx(weight(false, 0)));
}
