// Which ranked claims answer a facet, and in what order they are shown.
#include "claimkb/query/answer.h"

#include <catch2/catch.hpp>

namespace {

claimkb::SearchHit Hit(std::string id, double weight, std::string text) {
  claimkb::SearchHit hit;
  hit.claim_id = std::move(id);
  hit.weight = weight;
  hit.match_weight = weight;
  hit.text = std::move(text);
  return hit;
}

std::vector<std::string> Ids(const std::vector<const claimkb::SearchHit*>& hits) {
  std::vector<std::string> ids;
  for (const auto* hit : hits) ids.push_back(hit->claim_id);
  return ids;
}

}  // namespace

TEST_CASE("answering claims score at least 0.3 of the best, numbers lift how-much answers",
          "[answer]") {
  claimkb::FacetHits hits;
  // 10 is the best; 3.5 is above 0.3 × 10; 2 is below it.
  hits.result.hits = {Hit("e#1", 10, "scaling has not hit a wall"),
                      Hit("e#2", 3.5, "SWE-bench Verified about 77%"),
                      Hit("e#3", 2, "a stray mention, 2025")};
  CHECK(Ids(claimkb::AnsweringClaims(hits, claimkb::QuestionIntent::kWhat)) ==
        std::vector<std::string>{"e#1", "e#2"});
  // 3.5 × 1.25 = 4.375 stays under 10: a lift, not a jump to the top.
  CHECK(Ids(claimkb::AnsweringClaims(hits, claimkb::QuestionIntent::kHowMuch)) ==
        std::vector<std::string>{"e#1", "e#2"});
  // 9 × 1.25 = 11.25 passes 10.
  hits.result.hits[1].weight = hits.result.hits[1].match_weight = 9;
  CHECK(Ids(claimkb::AnsweringClaims(hits, claimkb::QuestionIntent::kHowMuch)) ==
        std::vector<std::string>{"e#2", "e#1"});
  claimkb::FacetHits none;
  CHECK(claimkb::AnsweringClaims(none, claimkb::QuestionIntent::kWhat).empty());
}

TEST_CASE("a claim only a neighbour lifted is a weaker match, not an answer", "[answer]") {
  claimkb::FacetHits hits;
  hits.result.hits = {Hit("e#1", 10, "the question's words"), Hit("e#2", 4, "its neighbour")};
  // e#2 matched little itself (1 < 0.3 × 10); its neighbour lifted it to 4.
  hits.result.hits[1].match_weight = 1;
  CHECK(Ids(claimkb::AnsweringClaims(hits, claimkb::QuestionIntent::kWhat)) ==
        std::vector<std::string>{"e#1"});
  const claimkb::ShownClaimList shown =
      claimkb::ShownClaims(hits, claimkb::QuestionIntent::kWhat, 10);
  CHECK(Ids(shown.claims) == std::vector<std::string>{"e#1", "e#2"});
  CHECK(shown.answering == 1);
}

TEST_CASE("shown claims fill the limit with weaker matches after the answering ones", "[answer]") {
  claimkb::FacetHits hits;
  hits.result.hits = {Hit("e#1", 10, ""), Hit("e#2", 2, ""), Hit("e#3", 1, ""), Hit("e#4", 4, "")};
  // Answering: e#1 and e#4 (≥ 3), in rank order; then e#2 and e#3.
  claimkb::ShownClaimList shown = claimkb::ShownClaims(hits, claimkb::QuestionIntent::kWhat, 3);
  CHECK(Ids(shown.claims) == std::vector<std::string>{"e#1", "e#4", "e#2"});
  CHECK(shown.answering == 2);
  shown = claimkb::ShownClaims(hits, claimkb::QuestionIntent::kWhat, 1);
  CHECK(Ids(shown.claims) == std::vector<std::string>{"e#1"});
  CHECK(shown.answering == 1);
  CHECK(claimkb::ShownClaims(hits, claimkb::QuestionIntent::kWhat, 0).claims.empty());
}

TEST_CASE("facets interleave into one ranking, each claim once", "[answer]") {
  claimkb::FacetHits a, b;
  a.result.hits = {Hit("x#1", 5, ""), Hit("x#2", 4, ""), Hit("x#3", 3, "")};
  b.result.hits = {Hit("x#2", 9, ""), Hit("y#1", 8, "")};
  CHECK(claimkb::MergedRanking({a, b}) == std::vector<std::string>{"x#1", "x#2", "y#1", "x#3"});
  // Shown with a limit of two: x#1, x#2 of the first facet, x#2, y#1 of the second.
  CHECK(claimkb::ShownRanking({a, b}, claimkb::QuestionIntent::kWhat, 2) ==
        std::vector<std::string>{"x#1", "x#2", "y#1"});
}
