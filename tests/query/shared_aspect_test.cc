// Whether two claims on one target share an aspect beyond its names
// (shared_aspect.h), and how contradictions rank topic-only pairs and two
// editors' lines by it. Texts are written here; every score is worked out
// from the ranking rules in docs/decisions.md ("Pairs that share only a
// heading").
#include "claimkb/query/shared_aspect.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "claimkb/query/contradictions.h"
#include "claimkb/query/narration.h"
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

std::uint64_t Bigram(char32_t a, char32_t b) { return (std::uint64_t{a} << 21) | b; }

bool Has(const std::vector<std::uint64_t>& units, std::uint64_t unit) {
  return std::find(units.begin(), units.end(), unit) != units.end();
}

TEST_CASE("Content units are Chinese bigrams and Latin words, grammar left out",
          "[contradictions][aspect]") {
  // 样本效率很低: 样本, 本效, 效率; 很 is a function character, so 率很 and 很低
  // are not units.
  const auto units = ContentUnits("样本效率很低");
  CHECK(units.size() == 3);
  CHECK(Has(units, Bigram(U'样', U'本')));
  CHECK(Has(units, Bigram(U'效', U'率')));
  CHECK_FALSE(Has(units, Bigram(U'很', U'低')));
  // Latin words of three letters or more, lower-cased; "the" and "is" are
  // grammar, "RL" is too short to say anything alone.
  CHECK(ContentUnits("The Sample efficiency is low").size() == 3);  // sample, efficiency, low
  CHECK(ContentUnits("sample") == ContentUnits("SAMPLE"));
  CHECK(ContentUnits("RL is the").empty());
  // A run broken by punctuation or a Latin word makes no bigram across it.
  CHECK(ContentUnits("样，本").empty());
  CHECK(ContentUnits("样x本").empty());
}

TEST_CASE("A shared unit counts unless it is one of the target's names",
          "[contradictions][aspect]") {
  const auto a = ContentUnits("预训练的样本效率很低");
  const auto b = ContentUnits("预训练已经解决了样本效率");
  const auto c = ContentUnits("预训练仍在继续");
  CHECK(SharesAspect(a, b, {}));
  CHECK(SharesAspect(a, b, NameUnits({"预训练"})));  // 样本, 本效, 效率 besides the name.
  // One shared bigram is not enough: 现实 in "虚拟现实" and in "现实的无奈".
  CHECK_FALSE(SharesAspect(ContentUnits("虚拟现实"), ContentUnits("现实的无奈"), {}));
  // a and c share 预训, 训练 only: the target's own name.
  CHECK(SharesAspect(a, c, {}));
  CHECK_FALSE(SharesAspect(a, c, NameUnits({"预训练", "pretraining"})));
}

TEST_CASE("Units most claims hold are not an aspect", "[contradictions][aspect]") {
  // 200 claims: at most max(2, 200 / 100) = 2 may hold a unit for it to stay.
  std::vector<std::vector<std::uint64_t>> units(200, ContentUnits("模型"));
  units[0] = ContentUnits("模型，样本效率");
  units[1] = ContentUnits("模型，样本");
  units[2] = ContentUnits("模型，效率");
  KeepDistinctiveUnits(units);
  // 样本 is held by claims 0 and 1 (kept); 效率 by 0 and 2 (kept); 本效 by 0
  // alone (kept); 模型 by all 200 (dropped).
  CHECK(units[0].size() == 3);
  CHECK(units[1] == std::vector<std::uint64_t>{Bigram(U'样', U'本')});
  CHECK(units[2] == std::vector<std::uint64_t>{Bigram(U'效', U'率')});
  CHECK(units[3].empty());
}

StoredClaim OnTopic(const std::string& id, const std::string& speaker, const std::string& episode,
                    Stance stance, const std::string& text) {
  return testing::MakeClaim(id, speaker, episode, "2025-01-01", stance, {}, {"research"}, text);
}

StoredClaim OnEntity(const std::string& id, const std::string& episode, Stance stance,
                     const std::string& text) {
  return testing::MakeClaim(id, "editor", episode, "2025-01-01", stance,
                            {{"method-y", stance, EntityKind::kTechnique}}, {}, text);
}

std::vector<Contradiction> Find(const std::vector<StoredClaim>& claims) {
  return FindContradictions(claims, ContradictionQuery{}, nullptr);
}

TEST_CASE("A topic-only pair that shares nothing else ranks lower", "[contradictions][aspect]") {
  // Topic alone: base 2 × (1 of 1 agrees × (1 − 2^−1))² = 0.5, halved as a
  // topic alone across conversations: 0.25; a topic alone is never strong
  // evidence: × kWeak.
  const auto shared = Find({OnTopic("c1", "甲", "ep-1", Stance::kNegative, "样本效率是核心难题"),
                            OnTopic("c2", "乙", "ep-2", Stance::kPositive, "样本效率已经不难")});
  REQUIRE(shared.size() == 1);
  CHECK(shared[0].score == Approx(0.25 * kWeak * kThin));
  // Two propositions filed under one heading: halved again, 0.125 × kWeak.
  const auto apart = Find({OnTopic("c1", "甲", "ep-1", Stance::kNegative, "这个框架追踪三大类风险"),
                           OnTopic("c2", "乙", "ep-2", Stance::kPositive, "我个人挺喜欢这家公司")});
  REQUIRE(apart.size() == 1);
  CHECK(apart[0].score == Approx(0.125 * kWeak * kThin));
}

TEST_CASE("Two editors' lines on a name that share nothing else rank lower",
          "[contradictions][aspect]") {
  // Entity: base 3 × (editor 0.7 × 0.5)² = 0.3675, halved for two editors'
  // lines that give no one's view: 0.18375.
  const auto shared = Find({OnEntity("c1", "ep-1", Stance::kNegative, "method-y 样本效率很差。"),
                            OnEntity("c2", "ep-2", Stance::kPositive, "method-y 样本效率很好。")});
  REQUIRE(shared.size() == 1);
  CHECK(shared[0].score == Approx(0.18375));
  // Only the name in common ("method-y" is the target's own): 0.091875, and
  // short of strong evidence: × kWeak.
  const auto apart = Find({OnEntity("c1", "ep-1", Stance::kNegative, "method-y 成本太高。"),
                           OnEntity("c2", "ep-2", Stance::kPositive, "method-y 泛化很好。")});
  REQUIRE(apart.size() == 1);
  CHECK(apart[0].score == Approx(0.091875 * kWeak * kThin));
}

TEST_CASE("A speaker's pair on a name is not weighed by shared words", "[contradictions][aspect]") {
  // Two speakers judging one name in general ("X is key" vs "X is
  // terrible") share no other word and are the clearest disagreements:
  // base 3 × 0.5² = 0.75.
  StoredClaim a = OnEntity("c1", "ep-1", Stance::kNegative, "method-y 是死路。");
  StoredClaim b = OnEntity("c2", "ep-2", Stance::kPositive, "method-y 泛化很好。");
  for (StoredClaim* claim : {&a, &b}) {
    claim->claim.by_editor = false;
    claim->speaker_name = claim == &a ? "甲" : "乙";
    claim->claim.speaker = claim->speaker_name;
  }
  const auto found = Find({a, b});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(0.75));
}

TEST_CASE("Finding a thing interesting is not approving of it", "[contradictions][aspect]") {
  CHECK(OnlyFindsItInteresting("method-y 有意思"));
  CHECK(OnlyFindsItInteresting("method-y 很有趣。"));
  CHECK(OnlyFindsItInteresting("Method-Y is fascinating."));
  // More than the interest: another clause, or interest that is not the predicate.
  CHECK_FALSE(OnlyFindsItInteresting("method-y 有意思，而且很强。"));
  CHECK_FALSE(OnlyFindsItInteresting("method-y 有趣的地方是它很便宜"));
  CHECK_FALSE(OnlyFindsItInteresting("method-y 很好。"));
  // Against a criticism it weighs as a description (0.4), a weak pair:
  // 3 × 0.5² × 0.4 × kWeak.
  StoredClaim a = OnEntity("c1", "ep-1", Stance::kNegative, "method-y 是死路。");
  StoredClaim b = OnEntity("c2", "ep-2", Stance::kPositive, "method-y 有意思");
  for (StoredClaim* claim : {&a, &b}) {
    claim->claim.by_editor = false;
    claim->speaker_name = claim == &a ? "甲" : "乙";
    claim->claim.speaker = claim->speaker_name;
  }
  const auto found = Find({a, b});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(0.75 * 0.4 * kWeak * kThin));
}

}  // namespace
}  // namespace claimkb
