// Contradictions and agreement over a handful of claims built by hand, so
// every expected pair, score and cluster is worked out from the inputs.
#include <catch2/catch.hpp>
#include <algorithm>
#include <string>
#include <vector>

#include "claimkb/query/agreement.h"
#include "claimkb/query/contradictions.h"
#include "support/stored_claim.h"

namespace claimkb {
namespace {

// A pair short of strong evidence (a guessed or unjudged entity, a story,
// a description, a topic alone, a company, two editors or two named aspects
// that share nothing, price against capability, a change of mind within half
// a year) weighs 0.15 on top of its other factors, so that every strong
// pair of like score ranks above it (docs/decisions.md, "Strong evidence
// first").
constexpr double kWeak = 0.15;
// A weak pair with any weakness but a topic alone on one proposition (a
// sign of two propositions, or of a claim that is no verdict) weighs 0.3
// more (docs/decisions.md, "Weak pairs on one proposition first").
constexpr double kThin = 0.3;

using testing::MakeClaim;
using testing::Mention;

constexpr Stance kPos = Stance::kPositive;
constexpr Stance kNeg = Stance::kNegative;

std::vector<Contradiction> Find(const std::vector<StoredClaim>& claims,
                                ContradictionQuery query = {}) {
  return FindContradictions(claims, query, nullptr);
}

TEST_CASE("Two speakers with opposite stances on one entity and topic", "[contradictions]") {
  const std::vector<StoredClaim> claims = {
      MakeClaim("b#0", "Bob", "b", "2025-02-01", kNeg, {{"gemini-3", kNeg}}, {"coding"}),
      MakeClaim("a#0", "Alice", "a", "2025-01-01", kPos, {{"gemini-3", kPos}}, {"coding"}),
  };
  const auto found = Find(claims);
  REQUIRE(found.size() == 1);
  // The earlier claim comes first; the most direct shared target is chosen.
  CHECK(found[0].first.id == "a#0");
  CHECK(found[0].second.id == "b#0");
  CHECK(found[0].first_stance == kPos);
  CHECK(found[0].second_stance == kNeg);
  CHECK(found[0].directness == Directness::kEntityTopic);
  CHECK(found[0].target.Label() == "gemini-3 × coding");
  CHECK_FALSE(found[0].change_of_mind);
  // Base 4 × (each side: 1 of 1 claims agrees × (1 − 2^−1)) = 4 × 0.5 × 0.5.
  CHECK(found[0].score == Approx(1.0));
  // Entity alone (3 × 0.25) is weaker; the pair is listed once with one pair of claims.
  CHECK(found[0].pairs.size() == 1);
}

TEST_CASE("Aspects of one view, mixed stances and questions oppose nothing", "[contradictions]") {
  SECTION("one speaker in one episode") {
    CHECK(Find({MakeClaim("a#0", "Alice", "a", "2025-01-01", kPos, {{"gemini-3", kPos}}, {}),
                MakeClaim("a#1", "Alice", "a", "2025-01-01", kNeg, {{"gemini-3", kNeg}}, {})})
              .empty());
  }
  SECTION("mixed is no side") {
    CHECK(Find({MakeClaim("a#0", "Alice", "a", "2025-01-01", kPos, {{"gemini-3", kPos}}, {}),
                MakeClaim("b#0", "Bob", "b", "2025-01-02", Stance::kMixed,
                          {{"gemini-3", Stance::kMixed}}, {})})
              .empty());
  }
  SECTION("a question asserts nothing") {
    CHECK(Find({MakeClaim("a#0", "Alice", "a", "2025-01-01", kPos, {{"gemini-3", kPos}}, {}),
                MakeClaim("b#0", "Bob", "b", "2025-01-02", kNeg, {{"gemini-3", kNeg}}, {},
                          "Gemini 3 不是已经撞墙了吗？")})
              .empty());
  }
  SECTION("different targets") {
    CHECK(Find({MakeClaim("a#0", "Alice", "a", "2025-01-01", kPos, {{"gemini-3", kPos}}, {}),
                MakeClaim("b#0", "Bob", "b", "2025-01-02", kNeg, {{"gpt-5", kNeg}}, {})})
              .empty());
  }
}

TEST_CASE("One speaker on two dates is a change of mind", "[contradictions]") {
  const auto found =
      Find({MakeClaim("a#0", "Alice", "a", "2025-01-01", kPos, {{"gemini-3", kPos}}, {}),
            MakeClaim("c#0", "Alice", "c", "2025-06-01", kNeg, {{"gemini-3", kNeg}}, {})});
  REQUIRE(found.size() == 1);
  CHECK(found[0].change_of_mind);
  CHECK(found[0].directness == Directness::kEntity);
  // Two episodes on one date are not two moments of one person's view.
  CHECK(Find({MakeClaim("a#0", "Alice", "a", "2025-01-01", kPos, {{"gemini-3", kPos}}, {}),
              MakeClaim("c#0", "Alice", "c", "2025-01-01", kNeg, {{"gemini-3", kNeg}}, {})})
            .empty());
}

TEST_CASE("The editor never opposes the episode it summarises", "[contradictions]") {
  const std::vector<StoredClaim> claims = {
      MakeClaim("a#0", "editor", "a", "2025-01-01", kNeg, {{"gemini-3", kNeg}}, {}),
      MakeClaim("a#5", "Alice", "a", "2025-01-01", kPos, {{"gemini-3", kPos}}, {}),
      MakeClaim("b#0", "Bob", "b", "2025-01-02", kPos, {{"gemini-3", kPos}}, {}),
  };
  const auto found = Find(claims);
  // Only the editor of a against Bob of b; 3 × (0.5 × 0.7 editor) × 0.5.
  REQUIRE(found.size() == 1);
  CHECK(found[0].first.id == "a#0");
  CHECK(found[0].second.id == "b#0");
  CHECK(found[0].score == Approx(3 * 0.5 * 0.7 * 0.5));
}

TEST_CASE("Direct oppositions rank first, topics alone need the claim to judge the topic",
          "[contradictions]") {
  const std::vector<StoredClaim> claims = {
      // Entity × topic: Alice vs Bob.
      MakeClaim("a#0", "Alice", "a", "2025-01-01", kPos, {{"gemini-3", kPos}}, {"coding"}),
      MakeClaim("b#0", "Bob", "b", "2025-01-02", kNeg, {{"gemini-3", kNeg}}, {"coding"}),
      // Topic only, each judging scaling itself: Carol vs Dan.
      MakeClaim("c#0", "Carol", "c", "2025-01-03", kPos, {}, {"scaling"}),
      MakeClaim("d#0", "Dan", "d", "2025-01-04", kNeg, {}, {"scaling"}),
      // Erin judges GPT-5 in a scaling section: no stance on scaling itself,
      // and in another episode than Carol, so no pair with her.
      MakeClaim("e#0", "Erin", "e", "2025-01-05", kNeg, {{"gpt-5", kNeg}}, {"scaling"}),
  };
  const auto found = Find(claims);
  REQUIRE(found.size() == 2);
  CHECK(found[0].target.Label() == "gemini-3 × coding");
  CHECK(found[1].target.Label() == "scaling");
  CHECK(found[1].directness == Directness::kTopic);
  // Base 2, halved across two conversations, × 0.5 × 0.5 consistency, and
  // halved again: their one word, "claim", is in every claim here, so no aspect.
  CHECK(found[1].score == Approx(2 * 0.5 * 0.25 * 0.5 * kWeak * kThin));

  SECTION("filters") {
    ContradictionQuery query;
    query.speaker = "Dan";
    auto by_dan = Find(claims, query);
    REQUIRE(by_dan.size() == 1);
    CHECK(by_dan[0].second.id == "d#0");
    query = {};
    query.since = "2025-01-02";  // Alice's claim is older: her pair goes.
    CHECK(Find(claims, query).size() == 1);
    query = {};
    query.about.topic_id = "coding";
    auto coding = Find(claims, query);
    REQUIRE(coding.size() == 1);
    CHECK(coding[0].first.id == "a#0");
    query = {};
    query.limit = 1;
    CHECK(Find(claims, query).size() == 1);
  }
}

TEST_CASE("A speaker's lone dissent weighs less than a held position", "[contradictions]") {
  // Bob is negative about Gemini 3 three times and positive once; the pair
  // built on his single positive claim is worth less than those on his view.
  const std::vector<StoredClaim> claims = {
      MakeClaim("a#0", "Alice", "a", "2025-01-01", kPos, {{"gemini-3", kPos}}, {}),
      MakeClaim("b#0", "Bob", "b", "2025-01-02", kNeg, {{"gemini-3", kNeg}}, {}),
      MakeClaim("b#1", "Bob", "b", "2025-01-02", kNeg, {{"gemini-3", kNeg}}, {}),
      MakeClaim("b#2", "Bob", "b", "2025-01-02", kNeg, {{"gemini-3", kNeg}}, {}),
      MakeClaim("b#3", "Bob", "b", "2025-01-02", kPos, {{"gemini-3", kPos}}, {}),
  };
  const auto found = Find(claims);
  REQUIRE(found.size() == 1);  // One entry for Alice vs Bob…
  REQUIRE(found[0].pairs.size() == 3);  // …with his three negative claims.
  // Alice: 1 of 1 × 0.5; Bob: 3 of 4 × (1 − 1/8) = 0.65625. 3 × 0.5 × 0.65625.
  CHECK(found[0].score == Approx(3 * 0.5 * 0.75 * 0.875));
}

TEST_CASE("Judgements of a company weigh less than judgements of a model", "[contradictions]") {
  std::vector<StoredClaim> claims = {
      MakeClaim("a#0", "Alice", "a", "2025-01-01", kPos, {{"openai", kPos}}, {}),
      MakeClaim("b#0", "Bob", "b", "2025-01-02", kNeg, {{"openai", kNeg}}, {}),
  };
  claims[0].claim.entities[0].kind = EntityKind::kOrg;
  claims[1].claim.entities[0].kind = EntityKind::kOrg;
  const auto found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(3 * 0.25 * 0.5 * kWeak * kThin));
}

TEST_CASE("The link step's bounds pair each claim with its best few opponents",
          "[contradictions]") {
  // Three speakers praise x, three others criticise it; all six claims weigh
  // the same, so ties go by claim id.
  std::vector<StoredClaim> claims;
  for (const std::string side : {"a", "b", "c"}) {
    claims.push_back(MakeClaim(side + "#0", side, side, "2025-01-01", kPos, {{"x", kPos}}, {}));
  }
  for (const std::string side : {"d", "e", "f"}) {
    claims.push_back(MakeClaim(side + "#0", side, side, "2025-01-02", kNeg, {{"x", kNeg}}, {}));
  }
  CHECK(Find(claims).size() == 9);  // Every positive against every negative.
  ContradictionQuery bounded;
  bounded.max_partners_per_claim = 1;
  // a, b and c each meet d (the first negative by id); d, e and f each meet
  // a: {a-d, b-d, c-d, a-e, a-f}.
  const auto found = Find(claims, bounded);
  std::vector<std::string> pairs;
  for (const Contradiction& entry : found) pairs.push_back(entry.first.id + "-" + entry.second.id);
  std::sort(pairs.begin(), pairs.end());
  CHECK(pairs == std::vector<std::string>{"a#0-d#0", "a#0-e#0", "a#0-f#0", "b#0-d#0", "c#0-d#0"});

  // Three positives times three negatives is 9 opposed pairs: a target that
  // small is paired exactly when exact_pairs_up_to allows 9, and bounded
  // when it allows 8.
  ContradictionQuery small_exact = bounded;
  small_exact.exact_pairs_up_to = 9;
  CHECK(Find(claims, small_exact).size() == 9);
  small_exact.exact_pairs_up_to = 8;
  CHECK(Find(claims, small_exact).size() == 5);

  // A limit keeps the entries that rank first, whole: the same as the
  // first two of the full list.
  ContradictionQuery limited;
  limited.limit = 2;
  const auto all = Find(claims);
  const auto first_two = Find(claims, limited);
  REQUIRE(first_two.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(first_two[i].first.id == all[i].first.id);
    CHECK(first_two[i].second.id == all[i].second.id);
    CHECK(first_two[i].pairs.size() == all[i].pairs.size());
  }

  // A pair sink receives the pairs instead of entries.
  ContradictionQuery sunk = bounded;
  std::vector<std::string> sunk_pairs;
  sunk.pair_sink = [&sunk_pairs](const OpposedPair& pair) {
    sunk_pairs.push_back(pair.first_id + "-" + pair.second_id);
  };
  CHECK(Find(claims, sunk).empty());
  std::sort(sunk_pairs.begin(), sunk_pairs.end());
  CHECK(sunk_pairs == pairs);

  // Two claims of each of two sides are four pairs of one entry; the cap
  // keeps the first two.
  const std::vector<StoredClaim> two_sides = {
      MakeClaim("a#0", "a", "a", "2025-01-01", kPos, {{"x", kPos}}, {}),
      MakeClaim("a#1", "a", "a", "2025-01-01", kPos, {{"x", kPos}}, {}),
      MakeClaim("d#0", "d", "d", "2025-01-02", kNeg, {{"x", kNeg}}, {}),
      MakeClaim("d#1", "d", "d", "2025-01-02", kNeg, {{"x", kNeg}}, {}),
  };
  REQUIRE(Find(two_sides).size() == 1);
  CHECK(Find(two_sides)[0].pairs.size() == 4);
  ContradictionQuery capped;
  capped.max_pairs_per_entry = 2;
  REQUIRE(Find(two_sides, capped).size() == 1);
  CHECK(Find(two_sides, capped)[0].pairs.size() == 2);
}

TEST_CASE("Agreement clusters speakers linked by a shared stance on an aspect", "[agreement]") {
  AboutFilter coding;
  coding.label = "coding";
  coding.topic_id = "coding";
  std::vector<StoredClaim> claims = {
      MakeClaim("a#0", "Alice", "a", "2025-01-01", kPos, {{"gemini-3", kPos}}, {"coding"}),
      MakeClaim("c#0", "Carol", "c", "2025-01-01", kPos, {{"gpt-5", kPos}}, {"coding"}),
      MakeClaim("b#0", "Bob", "b", "2025-01-02", kNeg, {{"gemini-3", kNeg}}, {"coding"}),
      MakeClaim("d#0", "Dan", "d", "2025-01-02", kNeg, {}, {"coding"}),
      MakeClaim("d#1", "Dan", "d", "2025-01-02", kPos, {}, {"coding"}),
      MakeClaim("x#0", "editor", "x", "2025-01-02", kPos, {{"gemini-3", kPos}}, {"coding"}),
  };
  // Alice and Carol agree, but on different models: two positive clusters.
  Agreement agreement = FindAgreement(claims, coding, nullptr);
  REQUIRE(agreement.clusters.size() == 3);
  int positive_clusters = 0;
  for (const AgreementCluster& cluster : agreement.clusters) {
    CHECK(cluster.members.size() == 1);
    if (cluster.stance == kPos) ++positive_clusters;
  }
  CHECK(positive_clusters == 2);
  REQUIRE(agreement.split.size() == 1);  // Dan: once for, once against.
  CHECK(agreement.split[0].speaker == "Dan");

  // Erin praises both models' coding: she links Alice and Carol into one group.
  claims.push_back(MakeClaim("e#0", "Erin", "e", "2025-01-03", kPos,
                             {{"gemini-3", kPos}, {"gpt-5", kPos}}, {"coding"}));
  agreement = FindAgreement(claims, coding, nullptr);
  REQUIRE(agreement.clusters.size() == 2);
  CHECK(agreement.clusters[0].stance == kPos);
  REQUIRE(agreement.clusters[0].members.size() == 3);
  CHECK(agreement.clusters[0].shared_aspects ==
        std::vector<std::string>{"gemini-3 × coding", "gpt-5 × coding"});
  CHECK(agreement.clusters[1].stance == kNeg);
  REQUIRE(agreement.clusters[1].members.size() == 1);
  CHECK(agreement.clusters[1].members[0].speaker == "Bob");
}

}  // namespace
}  // namespace claimkb
