// A conditional on a belief states what follows from a view, not the
// speaker's verdict (belief_conditional.h; docs/decisions.md, "Conditionals
// and diminishing returns"). Texts are written here; every score is worked
// out by hand from the ranking rules.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/query/belief_conditional.h"
#include "claimkb/query/contradictions.h"
#include "claimkb/query/limit_verdict.h"
#include "support/stored_claim.h"

namespace claimkb {
namespace {

constexpr Stance kPos = Stance::kPositive;
constexpr Stance kNeg = Stance::kNegative;

// Byte offset of `word` in `text`.
std::size_t At(std::string_view text, std::string_view word) { return text.find(word); }

TEST_CASE("The consequent of a conditional on a belief", "[contradictions][conditional]") {
  const std::string_view mindset = "要是你觉得这个问题能解决，那你就会觉得前路很宽。";
  CHECK(InConsequentOfABelief(mindset, At(mindset, "前路")));
  // The antecedent itself is not the consequent.
  CHECK_FALSE(InConsequentOfABelief(mindset, At(mindset, "问题")));
  const std::string_view english = "If you believe it can be fixed, you'd say the road is open.";
  CHECK(InConsequentOfABelief(english, At(english, "road")));
  // The consequent ends with its sentence.
  const std::string_view two = "假如他认为能成，他会继续。我看前路很窄。";
  CHECK(InConsequentOfABelief(two, At(two, "继续")));
  CHECK_FALSE(InConsequentOfABelief(two, At(two, "前路")));
  // A conditional on the world's course is the speaker's prediction.
  const std::string_view world = "如果数据用完了，这条路就走不通。";
  CHECK_FALSE(InConsequentOfABelief(world, At(world, "走不通")));
  // "if" inside a word opens nothing; a belief without a conditional is the
  // speaker's own ("我认为…").
  CHECK_FALSE(ConditionsOnABelief("The gif you think is old, it is."));
  CHECK_FALSE(ConditionsOnABelief("我认为它能修好，所以前路很宽。"));
  CHECK(ConditionsOnABelief("如果你相信它能成，你会很乐观。"));
  // Thinking about a thing considers it; it holds no view.
  CHECK_FALSE(ConditionsOnABelief("If you think about the tools, it is a big list."));
  // No consequent in the sentence: nothing follows from the belief here.
  CHECK_FALSE(ConditionsOnABelief("如果你认为它能成。"));
}

TEST_CASE("A limit in a believer's consequent is no verdict", "[contradictions][limit]") {
  CHECK(VerdictOnALimit("如果你认为它肯定能修好，那你会觉得“我们还没撞墙”") == LimitVerdict::kNone);
  CHECK(VerdictOnALimit("假如你觉得修不好，你会觉得已经到头了。") == LimitVerdict::kNone);
  CHECK(VerdictOnALimit("If you think it can't be fixed, then you'd feel you hit a wall.") ==
        LimitVerdict::kNone);
  // The speaker's own verdict after the conditional's sentence stands.
  CHECK(VerdictOnALimit("如果你认为修不好，你会觉得撞墙了。但我们没有撞墙。") ==
        LimitVerdict::kNotReached);
  // A conditional on the world's course is the speaker's prediction.
  CHECK(VerdictOnALimit("若继续这样扩展，最终会走向算力的极限。") == LimitVerdict::kReached);
  CHECK(VerdictOnALimit("如果数据用完了，就会撞墙。") == LimitVerdict::kReached);
}

TEST_CASE("Diminishing returns are slowing gains, not a wall", "[contradictions][limit]") {
  CHECK(VerdictOnALimit("确实有“收益递减”") == LimitVerdict::kDiminishing);
  CHECK(VerdictOnALimit("We do see diminishing returns.") == LimitVerdict::kDiminishing);
  // Said with a denied wall, the claim denies the limit.
  CHECK(VerdictOnALimit("有收益递减，但我们没看到墙。") == LimitVerdict::kNotReached);
  // Said with a limit reached, the limit decides, and its clause is kept.
  const LimitStatement both = ReadLimitStatement("回报递减，最终走向极限。");
  CHECK(both.verdict == LimitVerdict::kReached);
  CHECK(both.clause == "最终走向极限");
  // Denied, slowing gains deny the limit too.
  CHECK(VerdictOnALimit("没有出现收益递减。") == LimitVerdict::kNotReached);
}

// A claim on topic "scaling" alone (no entity), in its speaker's own episode.
StoredClaim OnTopic(const std::string& id, const std::string& speaker, const std::string& date,
                    Stance stance, const std::string& text) {
  return testing::MakeClaim(id, speaker, "ep-" + speaker, date, stance, {}, {"scaling"}, text);
}

StoredClaim OnModel(const std::string& id, const std::string& speaker, Stance stance,
                    const std::string& text) {
  return testing::MakeClaim(id, speaker, "ep-" + speaker,
                            speaker == "Alice" ? "2025-01-01" : "2025-02-01", stance,
                            {{"model-x", stance, EntityKind::kModel}}, {}, text);
}

std::vector<Contradiction> Find(const std::vector<StoredClaim>& claims) {
  return FindContradictions(claims, ContradictionQuery{}, nullptr);
}

// One claim a side: each factor is 1 of 1 agreeing × (1 − 2^−1) = 0.5.
constexpr double kOneEach = 0.5 * 0.5;
// Weak evidence 0.15; a weak pair with a sign of two propositions or of a
// claim that is no verdict 0.3 more.
constexpr double kWeak = 0.15;
constexpr double kThin = 0.3;

TEST_CASE("A believer's consequent and diminishing returns oppose no verdict on a limit",
          "[contradictions][limit]") {
  // Against "最终会走向算力与能源的极限", a denied wall is one proposition on a
  // topic alone: 2 × 0.25 × 0.15. The same denial in a believer's consequent
  // is no verdict, and the claim's tone is the believer's (0.4): a topic
  // alone (0.5) sharing nothing beyond it (0.5), thin:
  // 2 × 0.25 × 0.4 × 0.5 × 0.5 × 0.15 × 0.3.
  const StoredClaim limit =
      OnTopic("b#0", "Bob", "2025-01-01", kNeg, "最终会走向算力与能源的极限。");
  auto found = Find({OnTopic("a#0", "Alice", "2025-02-01", kPos, "我们没看到“墙”。"), limit});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(2 * kOneEach * kWeak));
  found = Find({OnTopic("a#0", "Alice", "2025-02-01", kPos,
                        "如果你认为它肯定能修好，那你会觉得“我们还没撞墙”。"),
                limit});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(2 * kOneEach * 0.4 * 0.5 * 0.5 * kWeak * kThin));
  // Diminishing returns against a denied wall: no one proposition, so a
  // topic alone sharing nothing: 2 × 0.25 × 0.5 × 0.5 × 0.15 × 0.3.
  found = Find({OnTopic("a#0", "Alice", "2025-02-01", kPos, "我们没看到“墙”。"),
                OnTopic("b#0", "Bob", "2025-01-01", kNeg, "确实有“收益递减”。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(2 * kOneEach * 0.5 * 0.5 * kWeak * kThin));
}

TEST_CASE("A believer's consequent is no strong evidence", "[contradictions][conditional]") {
  // Two verdicts on model-x by name: strong, 3 × 0.25.
  auto found = Find({OnModel("a#0", "Alice", kPos, "model-x 很好。"),
                     OnModel("b#0", "Bob", kNeg, "model-x 很差。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].strong_evidence);
  CHECK(found[0].score == Approx(3 * kOneEach));
  // The praise in a believer's consequent: the believer's tone (0.4), weak
  // and thin: 3 × 0.25 × 0.4 × 0.15 × 0.3.
  found = Find({OnModel("a#0", "Alice", kPos, "如果你觉得它稳定，你会觉得 model-x 很好。"),
                OnModel("b#0", "Bob", kNeg, "model-x 很差。")});
  REQUIRE(found.size() == 1);
  CHECK_FALSE(found[0].strong_evidence);
  CHECK(found[0].score == Approx(3 * kOneEach * 0.4 * kWeak * kThin));
}

TEST_CASE("strong_only lists opposite verdicts on a limit after the strong pairs",
          "[contradictions][limit]") {
  // Alice and Bob judge model-x by name (strong, 3 × 0.25); Carol and Dave
  // answer whether scaling has hit its limit on a topic alone (weak only for
  // that, 2 × 0.25 × 0.15); Erin's denial in a believer's consequent
  // against Dave is no verdict, and Frank's diminishing returns against
  // Carol none either: those two stay out.
  const std::vector<StoredClaim> claims = {
      OnModel("a#0", "Alice", kPos, "model-x 很好。"),
      OnModel("b#0", "Bob", kNeg, "model-x 很差。"),
      OnTopic("c#0", "Carol", "2025-03-01", kPos, "我们没看到“墙”。"),
      OnTopic("d#0", "Dave", "2025-01-01", kNeg, "最终会走向算力与能源的极限。"),
      OnTopic("e#0", "Erin", "2025-04-01", kPos,
              "如果你认为它肯定能修好，那你会觉得“我们还没撞墙”。"),
      OnTopic("f#0", "Frank", "2025-05-01", kNeg, "确实有“收益递减”。")};
  ContradictionQuery strong_only;
  strong_only.strong_only = true;
  const auto found = FindContradictions(claims, strong_only, nullptr);
  REQUIRE(found.size() == 2);
  CHECK(found[0].strong_evidence);
  CHECK(found[0].first.id == "a#0");
  CHECK(found[0].score == Approx(3 * kOneEach));
  CHECK_FALSE(found[1].strong_evidence);
  // The earlier claim first: Dave's (January) before Carol's (March).
  CHECK(found[1].first.id == "d#0");
  CHECK(found[1].second.id == "c#0");
  // Carol's one claim against Dave's and Frank's two negatives on scaling:
  // each factor ranks a claim among its partners, so Carol's side is still
  // 1 of 1 agreeing and Dave's 1 of 1: 2 × 0.25 × 0.15.
  CHECK(found[1].score == Approx(2 * kOneEach * kWeak));
}

}  // namespace
}  // namespace claimkb
