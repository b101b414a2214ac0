// What keeps a reader-rejected pair out of the top of `contradictions`:
// narration, views given to others, the editor's caveats on evidence, a name
// spelled as a file, an entity guessed from another conversation's context,
// a technique judged with a company, two sources of one episode. Claims and
// texts are written here; every score is worked out from the ranking rules
// in docs/decisions.md ("Contradictions a reader accepts").
#include <catch2/catch.hpp>
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

constexpr Stance kPos = Stance::kPositive;
constexpr Stance kNeg = Stance::kNegative;

// A claim by `speaker` in `episode` with one entity mention of `kind`
// carrying `stance` (the claim's own stance too), and no topic.
StoredClaim OneMention(const std::string& id, const std::string& speaker,
                       const std::string& episode, const std::string& date, Stance stance,
                       const std::string& entity, const std::string& text,
                       EntityKind kind = EntityKind::kModel) {
  return testing::MakeClaim(id, speaker, episode, date, stance, {{entity, stance, kind}}, {},
                            text);
}

std::vector<Contradiction> Find(const std::vector<StoredClaim>& claims) {
  return FindContradictions(claims, ContradictionQuery{}, nullptr);
}

// Entity target, one claim a side: base 3 × (1 of 1 agrees × (1 − 2^−1))².
constexpr double kPlainPair = 3 * 0.5 * 0.5;

TEST_CASE("Narration is told apart from judgement", "[contradictions][narration]") {
  CHECK(IsNarration("那是 24 年 8 月，当时这个方法还没现在这么成熟。"));
  CHECK(IsNarration("后来他们发布了新版本，速度慢了很多。"));
  CHECK(IsNarration("我用它把笔记整理了一遍，结果有不少错。"));
  CHECK(IsNarration("又用它写了实验代码，发现差距来自调度。"));
  CHECK(IsNarration("Back then the model was slow."));
  CHECK(IsNarration("对他们影响很大的，是这家公司的成立。"));
  // A judgement of a past event is a judgement.
  CHECK_FALSE(IsNarration("去年最大的突破是这个方法。"));
  CHECK_FALSE(IsNarration("我觉得当时的路线是错的。"));
  CHECK_FALSE(IsNarration("我把这家公司看作一个时代型公司。"));
  // No mark of narration at all.
  CHECK_FALSE(IsNarration("这个方法很糟糕。"));
  // 那是因为 explains; 加入 adds a method.
  CHECK_FALSE(IsNarration("那是因为数据不够。"));
  CHECK_FALSE(IsNarration("加入强化学习之后效果变差。"));
}

TEST_CASE("A view given to others is recognised", "[contradictions][narration]") {
  CHECK(ReportsOthersView("很多人说这条路走到头了"));
  CHECK(ReportsOthersView("Many people say the method is dead."));
  CHECK_FALSE(ReportsOthersView("我说这条路走到头了"));
}

TEST_CASE("An editor's caveat on the evidence is no side", "[contradictions][narration]") {
  CHECK(IsEvidenceCaveat("这些判断属于前瞻推演，不是当前系统已具备的事实。"));
  CHECK(IsEvidenceCaveat("收入数字均未核实。"));
  // A statement bound to the date it was made.
  CHECK(IsEvidenceCaveat("关于市场格局的表述具有明显时点性，不能视为当前事实。"));
  CHECK_FALSE(IsEvidenceCaveat("这个方法已经走到头了。"));
  std::vector<StoredClaim> claims = {
      OneMention("a#0", "Alice", "a", "2025-01-01", kPos, "method-y", "method-y 很有效。",
                 EntityKind::kTechnique),
      OneMention("b#0", "editor", "b", "2025-02-01", kNeg, "method-y",
                 "method-y 的前景属于前瞻推演，尚未验证。", EntityKind::kTechnique),
  };
  CHECK(Find(claims).empty());
  // A speaker's own doubt about the evidence is their view: kept.
  claims[1].speaker_name = "Bob";
  claims[1].claim.by_editor = false;
  CHECK(Find(claims).size() == 1);
}

TEST_CASE("A narrated claim weighs 0.4 of a judging one", "[contradictions]") {
  const std::vector<StoredClaim> claims = {
      OneMention("a#0", "Alice", "a", "2025-01-01", kPos, "model-x", "我觉得 model-x 很强。"),
      OneMention("b#0", "Bob", "b", "2025-02-01", kNeg, "model-x", "后来 model-x 发布了，很慢。"),
  };
  const auto found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.4 * kWeak * kThin));

  // The same pair with Bob's claim judging instead of narrating.
  std::vector<StoredClaim> judged = claims;
  judged[1].claim.text = "model-x 很慢。";
  const auto plain = Find(judged);
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].score == Approx(kPlainPair));
}

TEST_CASE("No stance toward a company is read from a story", "[contradictions]") {
  std::vector<StoredClaim> claims = {
      OneMention("a#0", "Alice", "a", "2025-01-01", kPos, "acme", "acme 的产品很好用。",
                 EntityKind::kOrg),
      OneMention("b#0", "Bob", "b", "2025-02-01", kNeg, "acme", "当时 acme 收购了一家公司，很艰难。",
                 EntityKind::kOrg),
  };
  CHECK(Find(claims).empty());
  // Judged, the company pair is kept at half weight, as before.
  claims[1].claim.text = "acme 的产品很难用。";
  const auto found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.5 * kWeak * kThin));
}

TEST_CASE("A view given to others is no side", "[contradictions]") {
  const std::vector<StoredClaim> claims = {
      OneMention("a#0", "Alice", "a", "2025-01-01", kPos, "method-y", "method-y 还有很大空间。",
                 EntityKind::kTechnique),
      OneMention("b#0", "Bob", "b", "2025-02-01", kNeg, "method-y", "很多人说 method-y 走到头了",
                 EntityKind::kTechnique),
  };
  CHECK(Find(claims).empty());
}

TEST_CASE("A name spelled as a file is no target", "[contradictions]") {
  std::vector<StoredClaim> claims = {
      OneMention("a#0", "Alice", "a", "2025-01-01", kPos, "claude", "Claude 很强。"),
      OneMention("b#0", "Bob", "b", "2025-02-01", kNeg, "claude", "问题出在 claude.md 写错了。"),
  };
  claims[1].claim.entities[0].surface = "claude";
  CHECK(Find(claims).empty());
  // Named once as itself, the mention is a target again.
  claims[1].claim.text = "claude 也不行，claude.md 也写错了。";
  CHECK(Find(claims).size() == 1);
}

TEST_CASE("An editor's line filing statements by kind, or disclaiming advice, is no side",
          "[contradictions][narration]") {
  // Statements filed under a kind of statement: 都是 … 预测, 均为 … 判断.
  CHECK(IsEvidenceCaveat("“方法已死”和“谁能追上”，都是嘉宾的条件性预测。"));
  CHECK(IsEvidenceCaveat("这些说法均为主持人的个人判断"));
  CHECK(IsEvidenceCaveat("产品的前景属于嘉宾在录制时的观察。"));
  // The kind must be in the same sentence and clause as the filing word.
  CHECK_FALSE(IsEvidenceCaveat("这些模型都是开源的，预测准确率很高。"));
  // A disclaimer of advice or endorsement; not a verdict that something is
  // no threat.
  CHECK(IsEvidenceCaveat("本文也不构成投资建议。"));
  CHECK(IsEvidenceCaveat("This does not constitute investment advice."));
  CHECK_FALSE(IsEvidenceCaveat("这种攻击不构成威胁。"));
  CHECK_FALSE(IsEvidenceCaveat("这个方法已经走到头了。"));
  // The pair: the editor's disclaimer quoting a view takes no side.
  const std::vector<StoredClaim> claims = {
      OneMention("a#0", "Alice", "a", "2025-01-01", kPos, "method-y", "method-y 在变强。",
                 EntityKind::kTechnique),
      OneMention("b#0", "editor", "b", "2025-02-01", kNeg, "method-y",
                 "“method-y 已经结束”是嘉宾的条件性预测，也不构成投资建议。",
                 EntityKind::kTechnique),
  };
  CHECK(Find(claims).empty());
}

TEST_CASE("An entity guessed from context counts half, in any conversation", "[contradictions]") {
  std::vector<StoredClaim> claims = {
      OneMention("a#0", "Alice", "a", "2025-01-01", kPos, "model-x", "model-x 很强。"),
      OneMention("b#0", "Bob", "b", "2025-02-01", kNeg, "model-x", "它很慢。"),
  };
  claims[1].claim.entities[0].inferred = true;
  claims[1].claim.entities[0].surface.clear();
  // 0.5 for the entity taken from context (0.8 × 0.625), 0.4 more as a
  // guess for an elided subject (no plural pronoun stands for it).
  auto found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.5 * 0.4 * kWeak * kThin));
  // In one conversation as well: the elided subject is a guess.
  claims[1].episode_slug = claims[0].episode_slug;
  found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.5 * 0.4 * kWeak * kThin));
}

TEST_CASE("A claim whose only entity is guessed judges its topic", "[contradictions]") {
  // "We see fast progress" in an answer about model-x: the words judge
  // scaling. (No verdict on a limit on either side: weak_tier_test.cc pairs
  // those.)
  std::vector<StoredClaim> claims = {
      OneMention("a#0", "Alice", "a", "2025-01-01", kPos, "model-x", "我们看到的进展很快。"),
      OneMention("b#0", "Bob", "b", "2025-02-01", kNeg, "method-y", "scaling 的前景很差。",
                 EntityKind::kTechnique),
  };
  claims[0].claim.entities[0].inferred = true;
  claims[0].claim.topics = {"scaling"};
  claims[1].claim.entities.clear();  // Bob names no entity: he judges the topic.
  claims[1].claim.topics = {"scaling"};
  const auto found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].target.Label() == "scaling");
  CHECK(found[0].directness == Directness::kTopic);
  // Topic base 2, halved across conversations, × 0.5 × 0.5 consistency,
  // halved again: the two lines share no word beyond the topic.
  CHECK(found[0].score == Approx(2 * 0.5 * 0.25 * 0.5 * kWeak * kThin));
  // Named, the entity is what the claim judges, and the topic is not direct.
  claims[0].claim.entities[0].inferred = false;
  CHECK(Find(claims).empty());
}

TEST_CASE("A technique judged with a company is the company's, a model is not",
          "[contradictions]") {
  std::vector<StoredClaim> claims = {
      OneMention("a#0", "Alice", "a", "2025-01-01", kNeg, "rl", "rl 很糟糕。",
                 EntityKind::kTechnique),
      OneMention("b#0", "Bob", "b", "2025-02-01", kPos, "rl", "acme 最强的是 rl。",
                 EntityKind::kTechnique),
  };
  EntityMention acme;
  acme.entity_id = "acme";
  acme.kind = EntityKind::kOrg;
  acme.stance = kPos;
  claims[1].claim.entities.push_back(acme);
  const auto found = Find(claims);
  // The rl pair at half weight, and weak: the verdict is acme's standing in
  // rl, not one on rl; acme has no opposite side.
  REQUIRE(found.size() == 1);
  CHECK(found[0].target.entity_id == "rl");
  CHECK_FALSE(found[0].strong_evidence);
  CHECK(found[0].score == Approx(kPlainPair * 0.5 * kWeak * kThin));

  // A company's model is judged as itself: full weight.
  for (StoredClaim& claim : claims) claim.claim.entities[0].kind = EntityKind::kModel;
  const auto model = Find(claims);
  REQUIRE(model.size() == 1);
  CHECK(model[0].score == Approx(kPlainPair));
}

TEST_CASE("The editor never opposes another source of the episode it summarises",
          "[contradictions]") {
  std::vector<StoredClaim> claims = {
      OneMention("notes#0", "editor", "talk-notes", "2025-01-01", kNeg, "model-x", "model-x 很慢。"),
      OneMention("talk#0", "Alice", "talk-transcript", "2025-01-01", kPos, "model-x",
                 "model-x 很快。"),
  };
  claims[0].episode_url = "https://example.org/watch?v=1";
  claims[1].episode_url = "https://example.org/watch?v=1";
  CHECK(Find(claims).empty());
  // Another episode (another URL) may disagree with the editor.
  claims[1].episode_url = "https://example.org/watch?v=2";
  CHECK(Find(claims).size() == 1);
}

}  // namespace
}  // namespace claimkb
