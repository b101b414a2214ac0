// The order of the weak tier of contradictions: opposite verdicts on a limit
// come first, one speaker's lines of one season on two aspects, accounts of
// adoption, foundations and the state before a change fall back
// (docs/decisions.md, "Verdicts on a limit"). Texts are written here; every
// score is worked out by hand from the ranking rules.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "claimkb/query/contradictions.h"
#include "claimkb/query/limit_verdict.h"
#include "claimkb/query/narration.h"
#include "support/stored_claim.h"

namespace claimkb {
namespace {

constexpr Stance kPos = Stance::kPositive;
constexpr Stance kNeg = Stance::kNegative;

// One claim a side: each factor is 1 of 1 agreeing × (1 − 2^−1) = 0.5.
constexpr double kOneEach = 0.5 * 0.5;
// A pair short of strong evidence weighs 0.15 on top of its factors.
constexpr double kWeak = 0.15;
// A weak pair with any weakness but a topic alone on one proposition (a
// sign of two propositions, or of a claim that is no verdict) weighs 0.3
// more (docs/decisions.md, "Weak pairs on one proposition first").
constexpr double kThin = 0.3;

// A claim on topic "scaling" alone (no entity), in its speaker's own episode.
StoredClaim OnTopic(const std::string& id, const std::string& speaker, const std::string& date,
                    Stance stance, const std::string& text) {
  return testing::MakeClaim(id, speaker, "ep-" + speaker, date, stance, {}, {"scaling"}, text);
}

std::vector<Contradiction> Find(const std::vector<StoredClaim>& claims) {
  return FindContradictions(claims, ContradictionQuery{}, nullptr);
}

TEST_CASE("The limit word a question asks with, and the words a search uses", "[question][limit]") {
  CHECK(LimitWordIn("Has pretraining plateaued?") == "plateau");
  CHECK(LimitWordIn("Is scaling hitting a Wall?") == "Wall");
  CHECK(LimitWordIn("预训练到头了吗") == "到头");
  // Negators do not matter: "no wall?" asks the same question.
  CHECK(LimitWordIn("真的没有墙吗") == "墙");
  CHECK(LimitWordIn("防火墙怎么配置") == "");
  CHECK(LimitWordIn("Ilya 认为真正的瓶颈是什么") == "");
  const std::vector<std::string_view> words = LimitSearchWords();
  for (std::string_view word : {"撞墙", "hit a wall", "到头", "尾声", "diminishing returns"}) {
    INFO(word);
    CHECK(std::count(words.begin(), words.end(), word) == 1);
  }
  CHECK(std::count(words.begin(), words.end(), "hitting a limit") == 0);
}

TEST_CASE("A limit reached, denied, or not spoken of", "[contradictions][limit]") {
  CHECK(VerdictOnALimit("我们没看到“墙”。") == LimitVerdict::kNotReached);
  CHECK(VerdictOnALimit("我能看到的是我们还没撞墙") == LimitVerdict::kNotReached);
  CHECK(VerdictOnALimit("未来四个月也没有任何要结束的迹象。") == LimitVerdict::kNotReached);
  CHECK(VerdictOnALimit("We have not hit a wall.") == LimitVerdict::kNotReached);
  CHECK(VerdictOnALimit("最终会走向算力与能源的极限。") == LimitVerdict::kReached);
  CHECK(VerdictOnALimit("预训练的 scaling 已接近尾声") == LimitVerdict::kReached);
  CHECK(VerdictOnALimit("确实有“收益递减”") == LimitVerdict::kDiminishing);
  CHECK(VerdictOnALimit("Scaling has hit a wall.") == LimitVerdict::kReached);
  // A negator in another clause does not reach the limit word.
  CHECK(VerdictOnALimit("不是所有人同意，但它已经见顶了") == LimitVerdict::kReached);
  // 不断 negates nothing: pushing on toward the limit reaches it.
  CHECK(VerdictOnALimit("模型在不断逼近极限") == LimitVerdict::kReached);
  // The quoted verdict denied: one denied limit word decides.
  CHECK(VerdictOnALimit("“到头了”很多时候不是你发现了极限") == LimitVerdict::kNotReached);
  // An example in a parenthesis, a limit as a topic of talk: no verdict.
  CHECK(VerdictOnALimit("这个规律的一个条件无法再满足（例如数据已撞墙）。") == LimitVerdict::kNone);
  CHECK(VerdictOnALimit("讲他怎么看待 Scaling Law 的极限，讲组织文化") == LimitVerdict::kNone);
  CHECK(VerdictOnALimit("大多数说自己撞墙的人，都是因为有个 Bug") == LimitVerdict::kNone);
  CHECK(VerdictOnALimit("你就会说“我们撞墙了”") == LimitVerdict::kNone);
  CHECK(VerdictOnALimit("说实话，我们已经撞墙了") == LimitVerdict::kReached);
  // A time set by the limit is no verdict on it.
  CHECK(VerdictOnALimit("在这套技术方案撞墙之前，科学上是清晰的") == LimitVerdict::kNone);
  CHECK(VerdictOnALimit("It keeps improving until it hits a wall.") == LimitVerdict::kNone);
  // What many people say, a time the limit sets, an open question, a
  // question: no verdict of the speaker's.
  CHECK(VerdictOnALimit("很多人说Scaling Law走到头了") == LimitVerdict::kNone);
  CHECK(VerdictOnALimit("而不是担心模型何时撞墙。") == LimitVerdict::kNone);
  CHECK(VerdictOnALimit("When we hit a wall, we change the recipe.") == LimitVerdict::kNone);
  CHECK(VerdictOnALimit("未来基础模型是否接近数据饱和，还要再看") == LimitVerdict::kNone);
  CHECK(VerdictOnALimit("不是说 scaling 会撞墙、数据会枯竭吗？") == LimitVerdict::kNone);
  CHECK(VerdictOnALimit("Has scaling hit a wall?") == LimitVerdict::kNone);
  // The verdict of the next clause still counts after a question.
  CHECK(VerdictOnALimit("有人问会不会有墙？我看已经到头了。") == LimitVerdict::kReached);
  // The clause of the deciding word is kept, folded.
  const LimitStatement summary = ReadLimitStatement("DeepMind 在推进科学，Scaling 尚未遇到“墙”。");
  CHECK(summary.verdict == LimitVerdict::kNotReached);
  CHECK(summary.clause == "scaling 尚未遇到“墙”");
  // A firewall is no limit; a claim without a limit word has no verdict.
  CHECK(VerdictOnALimit("防火墙挡住了请求") == LimitVerdict::kNone);
  CHECK(VerdictOnALimit("The walled garden is closed.") == LimitVerdict::kNone);
  CHECK(VerdictOnALimit("预训练在变强") == LimitVerdict::kNone);
}

TEST_CASE("Opposite verdicts on a limit answer one question", "[contradictions][limit]") {
  const StoredClaim no_wall = OnTopic("a#0", "Alice", "2025-02-01", kPos, "我们没看到“墙”。");
  // Topic alone, base 2, nothing shared beyond it: 2 × 0.25 × 0.5 (a topic
  // alone) × 0.5 (no shared aspect) × 0.15 (weak).
  auto found = Find({no_wall, OnTopic("b#0", "Bob", "2025-01-01", kNeg, "前景很悲观。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(2 * kOneEach * 0.5 * 0.5 * kWeak * kThin));
  // The other side says the limit is reached: one proposition, neither half
  // applies; still weak (a topic alone is never strong evidence).
  found =
      Find({no_wall, OnTopic("b#0", "Bob", "2025-01-01", kNeg, "最终会走向算力与能源的极限。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(2 * kOneEach * kWeak));
  CHECK_FALSE(found[0].strong_evidence);
  // Both deny the limit: no opposition on it, the halves stay (the stances
  // differ for some other reason).
  found = Find({no_wall, OnTopic("b#0", "Bob", "2025-01-01", kNeg, "还没撞墙，但前景很悲观。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(2 * kOneEach * 0.5 * 0.5 * kWeak * kThin));
  // The positive side affirming a limit and the negative denying one is not
  // the opposition the stances state: the halves stay.
  found = Find({OnTopic("a#0", "Alice", "2025-02-01", kPos, "已经接近尾声，这很好。"),
                OnTopic("b#0", "Bob", "2025-01-01", kNeg, "还没撞墙，前景悲观。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(2 * kOneEach * 0.5 * 0.5 * kWeak * kThin));
}

TEST_CASE("Weak pairs on one proposition rank above weak pairs of two", "[contradictions][limit]") {
  // Alice and Bob answer whether scaling has hit its limit: a topic alone
  // (weak), one proposition: 2 × 0.25 × 0.15 = 0.075. Carol and Dave judge
  // method-y, a named technique (entity base 3), one for what it can do and
  // one for what it costs: price against capability is weak and a sign of
  // two propositions, 3 × 0.25 × 0.15 × 0.3 = 0.03375. Without the second
  // factor it would be 0.1125 and lead the list.
  auto on_method = [](const std::string& id, const std::string& speaker, Stance stance,
                      const std::string& text) {
    return testing::MakeClaim(id, speaker, "ep-" + speaker, "2025-03-01", stance,
                              {{"method-y", stance, EntityKind::kTechnique}}, {}, text);
  };
  const auto found =
      Find({OnTopic("a#0", "Alice", "2025-02-01", kPos, "我们没看到“墙”。"),
            OnTopic("b#0", "Bob", "2025-01-01", kNeg, "最终会走向算力与能源的极限。"),
            on_method("c#0", "Carol", kPos, "method-y 在变强。"),
            on_method("d#0", "Dave", kNeg, "method-y 极其昂贵。")});
  REQUIRE(found.size() == 2);
  CHECK(found[0].target.topic_id == "scaling");
  CHECK(found[0].score == Approx(2 * kOneEach * kWeak));
  CHECK_FALSE(found[0].strong_evidence);
  CHECK(found[1].target.entity_id == "method-y");
  CHECK(found[1].score == Approx(3 * kOneEach * kWeak * kThin));
  CHECK_FALSE(found[1].strong_evidence);
  // The same price line against a claim on cost too is strong: 3 × 0.25.
  const auto priced = Find({on_method("c#0", "Carol", kPos, "method-y 的成本很低。"),
                            on_method("d#0", "Dave", kNeg, "method-y 极其昂贵。")});
  REQUIRE(priced.size() == 1);
  CHECK(priced[0].strong_evidence);
  CHECK(priced[0].score == Approx(3 * kOneEach));
}

TEST_CASE("A limit verdict pairs a topic judged beside an entity", "[contradictions][limit]") {
  // Bob judges method-y too, so his topic target is indirect (without a
  // lexicon no entity is filed under the topic): across two conversations
  // such a topic pair is no pair at all, unless the two answer whether the
  // topic has hit its limit.
  const StoredClaim no_wall = OnTopic("a#0", "Alice", "2025-02-01", kPos, "我们还没撞墙。");
  auto beside = [](const std::string& text) {
    return testing::MakeClaim("b#0", "Bob", "ep-Bob", "2025-01-01", kNeg,
                              {{"method-y", kNeg, EntityKind::kTechnique}}, {"scaling"}, text);
  };
  CHECK(Find({no_wall, beside("method-y 的 scaling 前景很差。")}).empty());
  // The limit must be the topic's: named in the clause of the limit word.
  CHECK(Find({no_wall, beside("scaling 很重要，但 method-y 的分数已经停滞。")}).empty());
  const auto found = Find({no_wall, beside("method-y 的 scaling 已接近尾声。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].target.topic_id == "scaling");
  CHECK(found[0].target.entity_id.empty());
  // Topic base 2, one claim a side, one proposition: 2 × 0.25 × 0.15.
  CHECK(found[0].score == Approx(2 * kOneEach * kWeak));
}

TEST_CASE("One speaker's lines of one season on two aspects fall back", "[contradictions]") {
  // Alice on method-y, ten days apart: a change of mind within half a year
  // weighs half and is weak; sharing nothing beyond the name, half again.
  auto alice = [](const std::string& id, const std::string& date, Stance stance,
                  const std::string& text) {
    return testing::MakeClaim(id, "Alice", "ep-" + date, date, stance,
                              {{"method-y", stance, EntityKind::kTechnique}}, {}, text);
  };
  const StoredClaim gloomy = alice("a#0", "2025-01-01", kNeg, "method-y 指向悲观的未来。");
  auto found = Find({gloomy, alice("a#1", "2025-01-11", kPos, "method-y 实用且有效。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].change_of_mind);
  CHECK(found[0].score == Approx(3 * kOneEach * 0.5 * 0.5 * kWeak * kThin));
  // (悲观 is the first line's one unit: 向, 来 and 的 are function
  // characters; 实用 and 用且 the second's.) A bare verdict ("很好": 很 is a
  // function character, 好 alone makes no bigram) names no aspect to differ
  // in: the half it had.
  found = Find({gloomy, alice("a#1", "2025-01-11", kPos, "method-y 很好。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(3 * kOneEach * 0.5 * kWeak * kThin));
  // The same aspect (样本, 本效, 效率 shared) keeps the half it had.
  found = Find({alice("a#0", "2025-01-01", kNeg, "method-y 的样本效率很低。"),
                alice("a#1", "2025-01-11", kPos, "method-y 的样本效率很高。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(3 * kOneEach * 0.5 * kWeak * kThin));
  // Over half a year it is a change of mind, strong.
  found = Find({gloomy, alice("a#1", "2025-09-01", kPos, "method-y 实用且有效。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(3 * kOneEach));
  CHECK(found[0].strong_evidence);
}

TEST_CASE("Adoption, a foundation and the state before a change are no verdicts",
          "[contradictions][narration]") {
  // An account of adoption tells what a team did.
  CHECK(IsNarration("我们在探索怎样开放平台——尝试了 GPTs、采用了 MCP 标准。"));
  CHECK(IsNarration("They adopted MCP across the product."));
  CHECK_FALSE(IsNarration("我认为采用了 MCP 标准是对的。"));  // An opinion frame judges.
  // What a thing is built on describes it.
  CHECK(DescribesRatherThanJudges("正如 Sam 提到的，Apps SDK 基于 MCP。"));
  CHECK(DescribesRatherThanJudges("Apps SDK 构建于 MCP 之上。"));
  CHECK_FALSE(DescribesRatherThanJudges("基于这个判断，MCP 很糟。"));
  CHECK_FALSE(DescribesRatherThanJudges("RLVR（基于可验证奖励的强化学习）最好。"));
  // A denial of how things stood before a change the claim goes on to credit.
  CHECK(DescribesRatherThanJudges("以前大家对这件事还没有共识，model-x 展示了这种可能性。"));
  CHECK(DescribesRatherThanJudges("Previously it did not work, then model-x made it work."));
  CHECK_FALSE(DescribesRatherThanJudges("model-x 比以前强是明显的突破。"));    // A comparison.
  CHECK_FALSE(DescribesRatherThanJudges("以前大家都用 model-x，它很好用。"));  // No denial.
  CHECK_FALSE(DescribesRatherThanJudges("model-x 以前没有这个问题。"));        // Nothing after.

  // As evidence: the account weighs 0.4 and is weak. Alice's adoption of
  // method-y (entity base 3) against Bob's blame: 3 × 0.25 × 0.4 × 0.15.
  const auto found = Find(
      {testing::MakeClaim("a#0", "Alice", "ep-a", "2025-01-01", kPos,
                          {{"method-y", kPos, EntityKind::kTechnique}}, {},
                          "method-y 很快被采用了，团队尝试了很多方向。"),
       testing::MakeClaim("b#0", "Bob", "ep-b", "2025-02-01", kNeg,
                          {{"method-y", kNeg, EntityKind::kTechnique}}, {}, "method-y 很糟。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(3 * kOneEach * 0.4 * kWeak * kThin));
}

}  // namespace
}  // namespace claimkb
