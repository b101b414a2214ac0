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

TEST_CASE("answering claims score at least 0.3 of the best, numbers lead for how much",
          "[answer]") {
  claimkb::FacetHits hits;
  // 10 is the best; 3.5 is above 0.3 × 10; 2 is below it.
  hits.result.hits = {Hit("e#1", 10, "scaling has not hit a wall"),
                      Hit("e#2", 3.5, "SWE-bench Verified about 77%"),
                      Hit("e#3", 2, "a stray mention, 2025")};
  CHECK(Ids(claimkb::AnsweringClaims(hits, claimkb::QuestionIntent::kWhat)) ==
        std::vector<std::string>{"e#1", "e#2"});
  CHECK(Ids(claimkb::AnsweringClaims(hits, claimkb::QuestionIntent::kHowMuch)) ==
        std::vector<std::string>{"e#2", "e#1"});
  claimkb::FacetHits none;
  CHECK(claimkb::AnsweringClaims(none, claimkb::QuestionIntent::kWhat).empty());
}

TEST_CASE("facets interleave into one ranking, each claim once", "[answer]") {
  claimkb::FacetHits a, b;
  a.result.hits = {Hit("x#1", 5, ""), Hit("x#2", 4, ""), Hit("x#3", 3, "")};
  b.result.hits = {Hit("x#2", 9, ""), Hit("y#1", 8, "")};
  CHECK(claimkb::MergedRanking({a, b}) == std::vector<std::string>{"x#1", "x#2", "y#1", "x#3"});
}
