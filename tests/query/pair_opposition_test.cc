// Pairs that do not oppose (docs/decisions.md, "Pairs that do not oppose"):
// the signs that two claims read with opposite stances judge two things,
// and `opposed_only`, which lets no such pair lead an entry. Texts are
// written here; every outcome and score is worked out by hand.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "claimkb/query/contradictions.h"
#include "claimkb/query/judged_head.h"
#include "claimkb/query/pair_opposition.h"
#include "support/stored_claim.h"

namespace claimkb {
namespace {

constexpr Stance kPos = Stance::kPositive;
constexpr Stance kNeg = Stance::kNegative;

// A claim on one entity, in its speaker's own episode, a month apart.
StoredClaim On(const std::string& id, const std::string& speaker, Stance stance,
               const std::string& entity, const std::string& text,
               EntityKind kind = EntityKind::kTechnique) {
  return testing::MakeClaim(id, speaker, "ep-" + speaker,
                            speaker == "Alice" ? "2025-01-01" : "2025-02-01", stance,
                            {{entity, stance, kind}}, {}, text);
}

// A claim on topic "scaling" alone.
StoredClaim OnTopic(const std::string& id, const std::string& speaker, Stance stance,
                    const std::string& text) {
  return testing::MakeClaim(id, speaker, "ep-" + speaker,
                            speaker == "Alice" ? "2025-01-01" : "2025-02-01", stance, {},
                            {"scaling"}, text);
}

std::vector<Contradiction> Find(const std::vector<StoredClaim>& claims, bool opposed_only) {
  ContradictionQuery query;
  query.opposed_only = opposed_only;
  return FindContradictions(claims, query, nullptr);
}

TEST_CASE("The signs that a weak pair does not oppose", "[contradictions][opposed]") {
  const PairSigns plain{};  // Nothing against it: the pair opposes.
  CHECK_FALSE(NotOpposed(plain));

  PairSigns heading = plain;
  heading.heading_only = true;
  CHECK(NotOpposed(heading));
  heading.share_aspect = true;  // Sharing words under a heading is not enough.
  CHECK(NotOpposed(heading));
  heading.one_proposition = true;  // Opposite verdicts on one limit: one question.
  CHECK_FALSE(NotOpposed(heading));

  PairSigns price = plain;  // "X 极其昂贵" against "X 在变强".
  price.dimensions_differ = true;
  CHECK(NotOpposed(price));

  PairSigns aspects = plain;  // Each says something of its own, sharing none.
  aspects.first_says_more = true;
  aspects.second_says_more = true;
  CHECK(NotOpposed(aspects));
  aspects.share_aspect = true;  // They speak of one thing.
  CHECK_FALSE(NotOpposed(aspects));
  PairSigns bare = plain;  // "X 很好" names no aspect: nothing to differ in.
  bare.first_says_more = true;
  CHECK_FALSE(NotOpposed(bare));

  PairSigns object = plain;  // "执行 X 更彻底" judges an execution.
  object.both_judged_heads = false;
  CHECK(NotOpposed(object));

  PairSigns guessed = plain;  // An elided subject guessed from the turn.
  guessed.guessed_subject = true;
  CHECK(NotOpposed(guessed));

  PairSigns actor = plain;  // A company or person: two deeds told.
  actor.actor = true;
  CHECK(NotOpposed(actor));
}

TEST_CASE("A name that owns the depiction judged is not what is judged", "[contradictions][head]") {
  // "对 X 的写法过于好了" judges how a book writes X.
  CHECK_FALSE(NamedAsJudgedHead("我觉得这本书对 person-z 的写法过于好了。", "person-z"));
  CHECK_FALSE(NamedAsJudgedHead("他对 model-x 的描述不准确。", "model-x"));
  // X's own performance is X's: still judged.
  CHECK(NamedAsJudgedHead("我对 model-x 的表现很满意。", "model-x"));
  CHECK(NamedAsJudgedHead("对 method-y 持批判态度。", "method-y"));
}

TEST_CASE("opposed_only lists no pair of two aspects alone", "[contradictions][opposed]") {
  // Price against capability: every list before this rule showed it as a
  // weak pair (one entry); opposed, it leads none.
  const StoredClaim costly = On("a#0", "Alice", kNeg, "method-y", "method-y 极其昂贵。");
  const StoredClaim stronger = On("b#0", "Bob", kPos, "method-y", "method-y 在变强。");
  CHECK(Find({costly, stronger}, false).size() == 1);
  CHECK(Find({costly, stronger}, true).empty());

  // With a pair on one aspect between the same two sides (both on price),
  // the entry stays, led by it, and the price-against-capability pair is
  // listed after it as more evidence.
  const StoredClaim cheap = On("b#1", "Bob", kPos, "method-y", "method-y 其实很便宜。");
  const auto found = Find({costly, stronger, cheap}, true);
  REQUIRE(found.size() == 1);
  // Base 3 × Alice 0.5 (1 of 1, 1 − 2^−1) × Bob 0.75 (2 of 2, 1 − 2^−2).
  CHECK(found[0].score == Approx(3 * 0.5 * 0.75));
  CHECK(found[0].strong_evidence);
  REQUIRE(found[0].pairs.size() == 2);
  CHECK(found[0].pairs[0].second_id == "b#1");
  CHECK(found[0].pairs[1].second_id == "b#0");
}

TEST_CASE("By default entries led by a pair that opposes rank above the rest",
          "[contradictions][opposed]") {
  // Alice and Bob weigh price against capability on method-y, each four
  // times: no pair of theirs opposes, yet each side's four agreeing claims
  // make their pair weigh 3 (entity) × (1 − 2^−4)² × 0.15 × 0.3 ≈ 0.119.
  std::vector<StoredClaim> claims = {
      On("a#0", "Alice", kNeg, "method-y", "method-y 极其昂贵。"),
      On("a#1", "Alice", kNeg, "method-y", "method-y 成本太高。"),
      On("a#2", "Alice", kNeg, "method-y", "method-y 的价格很高。"),
      On("a#3", "Alice", kNeg, "method-y", "method-y 花费巨大。"),
      On("b#0", "Bob", kPos, "method-y", "method-y 在变强。"),
      On("b#1", "Bob", kPos, "method-y", "method-y 越来越强。"),
      On("b#2", "Bob", kPos, "method-y", "method-y 进步很快。"),
      On("b#3", "Bob", kPos, "method-y", "method-y 能力提升了。"),
  };
  // Carol and Dan give opposite verdicts on whether scaling has hit its
  // limit: a topic alone (base 2), one proposition. Whatever else weighs on
  // it, its score is at most 2 × 0.5 × 0.5 (one claim each) × 0.15 = 0.075.
  claims.push_back(OnTopic("c#0", "Carol", kNeg, "最终会走向算力与能源的极限。"));
  claims.push_back(OnTopic("d#0", "Dan", kPos, "我们没看到“墙”。"));
  const auto found = Find(claims, false);
  REQUIRE(found.size() == 2);
  CHECK(found[0].first.id == "c#0");
  CHECK(found[0].opposed);
  CHECK(found[0].score <= Approx(0.075));
  CHECK_FALSE(found[1].opposed);
  CHECK(found[1].first.id.starts_with("a#"));
  CHECK(found[1].score == Approx(3 * 0.9375 * 0.9375 * 0.15 * 0.3));
  CHECK(found[1].score > found[0].score);
  // With opposed_only the second entry is not listed at all.
  const auto opposed = Find(claims, true);
  REQUIRE(opposed.size() == 1);
  CHECK(opposed[0].first.id == "c#0");
}

TEST_CASE("opposed_only keeps a limit answered both ways, not a heading",
          "[contradictions][opposed]") {
  // A topic alone with no verdict on a limit: two things under one heading.
  const StoredClaim gloomy = OnTopic("a#0", "Alice", kNeg, "前景很悲观。");
  const StoredClaim no_wall = OnTopic("b#0", "Bob", kPos, "我们没看到“墙”。");
  CHECK(Find({gloomy, no_wall}, false).size() == 1);
  CHECK(Find({gloomy, no_wall}, true).empty());
  // Opposite verdicts on whether scaling has hit its limit: one question.
  const StoredClaim limit = OnTopic("a#1", "Alice", kNeg, "最终会走向算力与能源的极限。");
  const auto found = Find({limit, no_wall}, true);
  REQUIRE(found.size() == 1);
  CHECK(found[0].first.id == "a#1");
  CHECK(found[0].second.id == "b#0");
}

TEST_CASE("opposed_only lists no weak pair on a company", "[contradictions][opposed]") {
  const StoredClaim ahead =
      On("a#0", "Alice", kPos, "acme", "acme 领先了两三个月。", EntityKind::kOrg);
  const StoredClaim lost =
      On("b#0", "Bob", kNeg, "acme", "acme 没找到合适的人。", EntityKind::kOrg);
  CHECK(Find({ahead, lost}, false).size() == 1);
  CHECK(Find({ahead, lost}, true).empty());
}

}  // namespace
}  // namespace claimkb
