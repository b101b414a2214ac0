// Strong evidence first: the rules that keep a pair out of the strong tier
// of contradictions (docs/decisions.md, "Strong evidence first"). Texts are
// written here; every score is worked out by hand from the ranking rules.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "claimkb/query/contradictions.h"
#include "claimkb/query/judged_head.h"
#include "claimkb/query/narration.h"
#include "claimkb/query/shared_aspect.h"
#include "claimkb/query/stance_target.h"
#include "support/stored_claim.h"

namespace claimkb {
namespace {

constexpr Stance kPos = Stance::kPositive;
constexpr Stance kNeg = Stance::kNegative;

// Entity target, one claim a side: base 3 × (1 of 1 agrees × (1 − 2^−1))².
constexpr double kPlainPair = 3 * 0.5 * 0.5;
// A pair short of strong evidence weighs 0.15 on top of its factors.
constexpr double kWeak = 0.15;
// A weak pair with any weakness but a topic alone on one proposition (a
// sign of two propositions, or of a claim that is no verdict) weighs 0.3
// more (docs/decisions.md, "Weak pairs on one proposition first").
constexpr double kThin = 0.3;

StoredClaim On(const std::string& id, const std::string& speaker, Stance stance,
               const std::string& entity, const std::string& text,
               EntityKind kind = EntityKind::kModel) {
  // One episode per speaker, a month apart: two conversations.
  const std::string episode = "ep-" + speaker;
  return testing::MakeClaim(id, speaker, episode, speaker == "Alice" ? "2025-01-01" : "2025-02-01",
                            stance, {{entity, stance, kind}}, {}, text);
}

std::vector<Contradiction> Find(const std::vector<StoredClaim>& claims) {
  return FindContradictions(claims, ContradictionQuery{}, nullptr);
}

TEST_CASE("The holder of a view is not what the view judges", "[contradictions][head]") {
  // "Gemini 也觉得很困难": Gemini finds something hard.
  CHECK_FALSE(NamedAsJudgedHead("model-a 就做不到，model-x 也觉得很困难。", "model-x"));
  CHECK_FALSE(NamedAsJudgedHead("acme 认为 method-y 很好。", "acme"));
  CHECK_FALSE(NamedAsJudgedHead("Acme says it is slow.", "acme"));
  // Verbs that start like saying but judge or show.
  CHECK(NamedAsJudgedHead("model-x 称得上最强。", "model-x"));
  CHECK(NamedAsJudgedHead("model-x 说明了推理在变强。", "model-x"));
  // Feeling is a verdict: "X 感觉很强".
  CHECK(NamedAsJudgedHead("model-x 感觉很强。", "model-x"));
  // The pair: the holder's side weighs 0.3 and the pair is weak.
  const auto found =
      Find({On("a#0", "Alice", kPos, "model-x", "model-x 很强。"),
            On("b#0", "Bob", kNeg, "model-x", "model-a 做不到，model-x 也觉得很困难。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.3 * kWeak * kThin));
}

TEST_CASE("Two subjects side by side: one stance read toward both is the first's",
          "[contradictions][head]") {
  CHECK(NamedInTheNextClause("method-y 的 scaling 已接近尾声，method-z 正在中场", "method-y",
                             "method-z"));
  CHECK(
      NamedInTheNextClause("method-y 弥补了不足；method-z 则可能继续加强", "method-y", "method-z"));
  // A word of agreement joins the verdicts; a colon announces; two clauses
  // between; the later name first.
  CHECK_FALSE(NamedInTheNextClause("model-a 很强，model-b 也很强", "model-a", "model-b"));
  CHECK_FALSE(NamedInTheNextClause("model-a：model-b 很强", "model-a", "model-b"));
  CHECK_FALSE(NamedInTheNextClause("model-a 很强，而且便宜，model-b 很慢", "model-a", "model-b"));
  CHECK_FALSE(NamedInTheNextClause("model-b 很慢，model-a 很强", "model-a", "model-b"));

  // Alice's negative on method-z was read from the first clause: the
  // method-z side weighs 0.3 and the pair is weak.
  StoredClaim alice = testing::MakeClaim(
      "a#0", "Alice", "ep-a", "2025-01-01", kNeg,
      {{"method-y", kNeg, EntityKind::kTechnique}, {"method-z", kNeg, EntityKind::kTechnique}}, {},
      "method-y 的 scaling 已接近尾声，method-z 正在中场。");
  StoredClaim bob = On("b#0", "Bob", kPos, "method-z", "method-z 很好。", EntityKind::kTechnique);
  auto found = Find({alice, bob});
  REQUIRE(found.size() == 1);
  CHECK(found[0].target.entity_id == "method-z");
  CHECK(found[0].score == Approx(kPlainPair * 0.3 * kWeak * kThin));
  // With 也 the two verdicts are one: the plain pair.
  alice.claim.text = "method-y 已接近尾声，method-z 也接近尾声。";
  found = Find({alice, bob});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair));
  // Opposite stances toward the two names were read from two predicates:
  // the later one keeps its reading.
  alice.claim.text = "method-y 已接近尾声，method-z 正在中场。";
  alice.claim.entities[0].stance = kPos;
  found = Find({alice, bob});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair));
}

TEST_CASE("A company named as the owner of a model is not what is compared",
          "[contradictions][head]") {
  CHECK(NamedAsOwnerOf("model-z 领先于 acme 的 model-x。", "acme", {"model-z", "model-x"}));
  CHECK_FALSE(NamedAsOwnerOf("acme 的团队很强。", "acme", {"model-x"}));
  CHECK_FALSE(NamedAsOwnerOf("model-z 领先于 acme。", "acme", {"model-z"}));

  Claim claim;
  claim.text = "model-z 领先于 acme 的 model-x。";
  claim.stance = kNeg;
  auto mention = [](const std::string& id, EntityKind kind, MentionRole role) {
    EntityMention m;
    m.entity_id = id;
    m.surface = id;
    m.kind = kind;
    m.role = role;
    m.stance = kNeg;
    return m;
  };
  claim.entities = {mention("acme", EntityKind::kOrg, MentionRole::kObject),
                    mention("model-x", EntityKind::kModel, MentionRole::kObject)};
  const auto targets = StanceTargets(claim, nullptr);
  REQUIRE(targets.size() == 2);
  CHECK(targets[0].entity_id == "acme");
  CHECK_FALSE(targets[0].judged_head);
  // The model itself, the compared side, keeps the comparison's reading.
  CHECK(targets[1].judged_head);
  // A model's part is an aspect of the model: "model-x 的 method-y 很好"
  // still judges model-x.
  claim.text = "model-x 的 method-y 很好。";
  claim.stance = kPos;
  claim.entities = {mention("model-x", EntityKind::kModel, MentionRole::kSubject),
                    mention("method-y", EntityKind::kTechnique, MentionRole::kMentioned)};
  for (EntityMention& m : claim.entities) m.stance = kPos;
  const auto part = StanceTargets(claim, nullptr);
  REQUIRE_FALSE(part.empty());
  CHECK(part[0].entity_id == "model-x");
  CHECK(part[0].judged_head);
}

TEST_CASE("A verdict that states two sides weighs 0.4 and is weak", "[contradictions][narration]") {
  CHECK(StatesTwoSides("有效但昂贵且递减"));
  CHECK(StatesTwoSides("method-y 有效但昂贵。"));
  CHECK(StatesTwoSides("对 method-y，她的立场不是“无效”，而是“有效但昂贵”。"));
  CHECK(StatesTwoSides("method-y：昂贵且仍在继续"));
  CHECK(StatesTwoSides("它很强，但仍不够。"));
  CHECK(StatesTwoSides("It works but costs a lot."));
  // A concession after a comma is weighed by the extractor's main clause; a
  // subject before 但 is no predicate; 不但 is "not only".
  CHECK_FALSE(StatesTwoSides("虽然贵，但是很强。"));
  CHECK_FALSE(StatesTwoSides("method-y 很好，但是我们要看长期的结果。"));
  CHECK_FALSE(StatesTwoSides("GPT-5 但很贵"));
  CHECK_FALSE(StatesTwoSides("不但便宜而且好。"));
  CHECK_FALSE(StatesTwoSides("The results are strong, but costly."));

  const auto found = Find({On("a#0", "Alice", kNeg, "method-y", "method-y 有效但昂贵。"),
                           On("b#0", "Bob", kPos, "method-y", "method-y 很好。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.4 * kWeak * kThin));
}

TEST_CASE("A measurement describes", "[contradictions][narration]") {
  CHECK(DescribesRatherThanJudges("model-x 实验8–64块（相当于今天2块）。"));
  CHECK(DescribesRatherThanJudges("model-x 训练用了 2000 张卡。"));
  // A number with a verdict, or a long line, is weighed by the extractor.
  CHECK_FALSE(DescribesRatherThanJudges("model-x 得分 80%，比 model-y 高很多。"));
  CHECK_FALSE(DescribesRatherThanJudges("model-x 只有 8 块。"));
  CHECK_FALSE(DescribesRatherThanJudges("model-x 实验块相当于今天块。"));
}

TEST_CASE("A division into kinds describes", "[contradictions][narration]") {
  CHECK(DescribesRatherThanJudges("method-y 的目标又可分为客观奖励和主观奖励。"));
  CHECK(DescribesRatherThanJudges("Method-Y can be divided into two stages."));
  CHECK_FALSE(DescribesRatherThanJudges("method-y 分得很清楚，效果很好。"));
}

TEST_CASE("A role left behind describes, a verdict denied judges", "[contradictions][narration]") {
  CHECK(DescribesRatherThanJudges("method-y 不再是训练之后的一道小工序。"));
  CHECK(DescribesRatherThanJudges("model-x 已不再是边缘产品，而是主流平台。"));
  CHECK(DescribesRatherThanJudges("Method-Y is no longer a side project."));
  // A verdict word in what is denied: a verdict.
  CHECK_FALSE(DescribesRatherThanJudges("model-x 不再是最强的模型。"));
  CHECK_FALSE(DescribesRatherThanJudges("method-y 不再是好方法。"));
  // The pair: 3 × 0.5² × 0.4, weak.
  const auto found = Find({On("a#0", "Alice", kNeg, "method-y", "method-y 不再是一道小工序。"),
                           On("b#0", "Bob", kPos, "method-y", "method-y 很有效。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.4 * kWeak * kThin));
  CHECK_FALSE(found[0].strong_evidence);
}

TEST_CASE("What a thing decides is its role", "[contradictions][narration]") {
  CHECK(DescribesRatherThanJudges("method-y 把数据压缩为世界表示，决定模型是否能举一反三。"));
  CHECK_FALSE(DescribesRatherThanJudges("我们决定不用 method-y。"));
}

TEST_CASE("A target inherited through a pronoun is weak, a guessed one weaker",
          "[contradictions]") {
  CHECK(RefersByPronoun("今天不做，因为它们 just don't work。"));
  CHECK(RefersByPronoun("They just don't work."));
  // A singular pronoun is often something else.
  CHECK_FALSE(RefersByPronoun("它意味着供应商留不住用户。"));
  CHECK_FALSE(RefersByPronoun("The theory is fine."));
  // Bob's model-x was resolved from "它们" (the line before named it): 3 ×
  // 0.5² × 0.8 (taken from context, in his factor) × 0.625 (in the pair).
  // Not named in his words, the pair is weak: the line before may judge
  // something else ("让 X 做员工工作？今天不做，因为它们不行" judges agents as
  // employees, not X).
  StoredClaim resolved = On("b#0", "Bob", kNeg, "model-x", "今天不做，因为它们不行。");
  resolved.claim.entities[0].inferred = true;
  resolved.claim.entities[0].surface.clear();
  const StoredClaim praise = On("a#0", "Alice", kPos, "model-x", "model-x 很好。");
  auto found = Find({praise, resolved});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.8 * 0.625 * kWeak * kThin));
  CHECK_FALSE(found[0].strong_evidence);
  // An elided subject guessed from the turn: weak, and 0.4 of that.
  resolved.claim.text = "今天不做，因为不行。";
  found = Find({praise, resolved});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.8 * 0.625 * 0.4 * kWeak * kThin));
  CHECK_FALSE(found[0].strong_evidence);
}

TEST_CASE("What a thing is at heart defines it", "[contradictions][narration]") {
  CHECK(DescribesRatherThanJudges("method-y 本质是搜索过程。"));
  CHECK(DescribesRatherThanJudges("Method-Y is essentially a search."));
  CHECK_FALSE(DescribesRatherThanJudges("method-y 本质上是错的。"));
  CHECK_FALSE(DescribesRatherThanJudges("method-y 本质上是很好的方法。"));
}

TEST_CASE("Two claims that name different aspects are weak", "[contradictions][aspect]") {
  CHECK(NamesAnAspect("多跳与信息聚合上，model-x 仍达不到 model-y。"));
  CHECK(NamesAnAspect("model-x 在情节构造上更抓人。"));
  CHECK(NamesAnAspect("在编程方面，model-x 很弱。"));
  CHECK(NamesAnAspect("In terms of coding, Model-X is weak."));
  CHECK_FALSE(NamesAnAspect("事实上，model-x 很强。"));
  CHECK_FALSE(NamesAnAspect("model-x 正在变强。"));
  CHECK_FALSE(NamesAnAspect("问题在于数据。"));
  CHECK_FALSE(NamesAnAspect("model-x 的分数在上升。"));
  CHECK_FALSE(NamesAnAspect("model-x 很能打。"));

  const StoredClaim plot = On("a#0", "Alice", kPos, "model-x", "model-x 在情节构造上更抓人。");
  // Two aspects, no word in common beyond the name: weak.
  auto found =
      Find({plot, On("b#0", "Bob", kNeg, "model-x", "长文本推理上，model-x 仍达不到要求。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * kWeak * kThin));
  // The same aspect (情节, 节构, 构造 shared): strong.
  found = Find({plot, On("b#0", "Bob", kNeg, "model-x", "情节构造上，model-x 仍然很弱。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair));
  // An aspect against a general verdict: strong.
  found = Find({plot, On("b#0", "Bob", kNeg, "model-x", "model-x 很糟糕。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair));
}

TEST_CASE("Price against capability is weak", "[contradictions][aspect]") {
  CHECK(SpeaksOfCost("method-y 极其昂贵"));
  CHECK(SpeaksOfCost("The price is too high."));
  CHECK_FALSE(SpeaksOfCost("method-y 在变强"));
  const StoredClaim costly = On("a#0", "Alice", kNeg, "method-y", "method-y 极其昂贵。");
  auto found = Find({costly, On("b#0", "Bob", kPos, "method-y", "method-y 在变强。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * kWeak * kThin));
  // Both on price: strong.
  found = Find({costly, On("b#0", "Bob", kPos, "method-y", "method-y 其实很便宜。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair));
}

TEST_CASE("A barrier against a verdict on quality is weak", "[contradictions][aspect]") {
  CHECK(SpeaksOfABarrier("method-y 可能并非进步的根本障碍"));
  CHECK(SpeaksOfABarrier("method-y might not be a barrier at all."));
  CHECK(SpeaksOfABarrier("method-y 才是唯一的真问题"));
  CHECK_FALSE(SpeaksOfABarrier("method-y 缺少公认的评测"));
  // "Not a barrier" (read negative toward method-y) against "it opens new
  // routes": how much it is needed against what it does, weak.
  const StoredClaim not_needed =
      On("a#0", "Alice", kNeg, "method-y", "method-y 可能并非进步的根本障碍。");
  auto found = Find({not_needed, On("b#0", "Bob", kPos, "method-y", "method-y 打开了新路线。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * kWeak * kThin));
  CHECK_FALSE(found[0].strong_evidence);
  // Both on what stands in the way: strong.
  found = Find({not_needed, On("b#0", "Bob", kPos, "method-y", "method-y 是唯一的真问题。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair));
  CHECK(found[0].strong_evidence);
}

TEST_CASE("Demand against quality is weak", "[contradictions][aspect]") {
  CHECK(SpeaksOfPopularity("model-x 一年内诞生，需求巨大"));
  CHECK(SpeaksOfPopularity("model-x 的使用量快速上涨"));
  CHECK(SpeaksOfPopularity("Model-X is wildly popular."));
  // A requirement is no demand.
  CHECK_FALSE(SpeaksOfPopularity("model-x 要按用户需求生成界面"));
  const StoredClaim wanted = On("a#0", "Alice", kPos, "model-x", "model-x 的使用量快速上涨。");
  auto found =
      Find({wanted, On("b#0", "Bob", kNeg, "model-x", "model-x 把错误都藏起来了，很糟糕。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * kWeak * kThin));
  CHECK_FALSE(found[0].strong_evidence);
  // Both on demand: strong.
  found = Find({wanted, On("b#0", "Bob", kNeg, "model-x", "model-x 的使用量在下滑。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair));
}

TEST_CASE("A strong pair outranks a weak one of higher base", "[contradictions]") {
  // Carol and Dave on model-x × coding: base 4, two claims a side
  // (consistency 1 × (1 − 2^−2) = 0.75 each), Dave's entity guessed (0.8 in
  // his factor, 0.625 for the pair): 4 × 0.75² × 0.5 = 1.125 by factors,
  // above the plain entity pair of Alice and Bob (0.75); a guess for an
  // elided subject ("它" is no plural pronoun) weighs 0.4 more, and short of
  // strong evidence the pair weighs 0.15 of that, 0.0675, below it.
  std::vector<StoredClaim> claims = {
      On("a#0", "Alice", kPos, "method-y", "method-y 很好。"),
      On("b#0", "Bob", kNeg, "method-y", "method-y 很糟糕。"),
  };
  for (const char* id : {"c#0", "c#1"}) {
    claims.push_back(testing::MakeClaim(id, "Carol", "ep-c", "2025-03-01", kPos,
                                        {{"model-x", kPos}}, {"coding"}, "model-x 写代码很强。"));
  }
  for (const char* id : {"d#0", "d#1"}) {
    StoredClaim guessed = testing::MakeClaim(id, "Dave", "ep-d", "2025-04-01", kNeg,
                                             {{"model-x", kNeg}}, {"coding"}, "它写代码很慢。");
    guessed.claim.entities[0].inferred = true;
    guessed.claim.entities[0].surface.clear();
    claims.push_back(guessed);
  }
  const auto found = Find(claims);
  REQUIRE(found.size() == 2);
  CHECK(found[0].target.entity_id == "method-y");
  CHECK(found[0].score == Approx(kPlainPair));
  CHECK(found[1].target.Label() == "model-x × coding");
  CHECK(found[1].score == Approx(4 * 0.75 * 0.75 * 0.5 * 0.4 * kWeak * kThin));
}

TEST_CASE("Asides, topics of a comment, alternatives, examples and time anchors are not judged",
          "[contradictions][head]") {
  // In a parenthesis, whatever role the extractor gave the name.
  CHECK(NamedInParenthesis("三家模型（model-a、model-b）将交替领先。", "model-b"));
  CHECK(NamedInParenthesis("三家模型(model-a, model-b)将交替领先。", "model-a"));
  CHECK_FALSE(NamedInParenthesis("model-a（一种模型）很强。", "model-a"));
  // A topic whose comment has a person as its subject.
  CHECK_FALSE(NamedAsJudgedHead("然后，method-y 这一块，我们下力气还不够。", "method-y"));
  CHECK(NamedAsJudgedHead("method-y 这一块，做得很好。", "method-y"));
  CHECK(NamedAsJudgedHead("method-y，我们觉得很好。", "method-y"));
  // A clause of bare alternatives.
  CHECK_FALSE(NamedAsJudgedHead("他们首选的变成了——model-a、model-b 还是 model-c。", "model-a",
                                {"model-b", "model-c"}));
  CHECK(NamedAsJudgedHead("model-a 还是比 model-b 强。", "model-a", {"model-b"}));
  // Examples of a class.
  CHECK_FALSE(NamedAsJudgedHead("model-a、model-b 等闭源产品形成了优势。", "model-a", {"model-b"}));
  // A name whose clause tells it came out, before the next event.
  CHECK_FALSE(NamedAsJudgedHead("model-a 出来，然后 model-b 发布，应该说是一个失败。", "model-a"));
  CHECK(NamedAsJudgedHead("后来 model-a 发布了，很慢。", "model-a"));
  // What a name requires is how it works; a need for more or better judges.
  CHECK_FALSE(NamedAsJudgedHead("她认为，method-y 需要提前半年做架构下注。", "method-y"));
  CHECK(NamedAsJudgedHead("method-y 这一块要加强，method-y 需要加强。", "method-y"));
  CHECK(NamedAsJudgedHead("method-y 需要改进。", "method-y"));
  // A part of the name, a short noun after 的, requiring something.
  CHECK_FALSE(NamedAsJudgedHead("method-y 的架构决策需要提前半年。", "method-y"));
  CHECK(NamedAsJudgedHead("method-y 的效果很好。", "method-y"));
  CHECK(NamedAsJudgedHead("method-y 的架构决策需要改进。", "method-y"));
}

TEST_CASE("A concession cut from its main clause states two sides", "[contradictions][narration]") {
  CHECK(StatesTwoSides("某人认为 model-x 尽管强大"));
  CHECK(StatesTwoSides("Model-X is useful, although slow"));
  // With its main clause, the extractor weighs the main clause.
  CHECK_FALSE(StatesTwoSides("尽管强大，model-x 仍有问题。"));
}

TEST_CASE("A necessity opposes no criticism", "[contradictions][narration]") {
  CHECK(ArguesFromAbsence("这其实是没有 method-y 的 RL 的死胡同。", "method-y"));
  CHECK(ArguesFromAbsence("Without method-y, nothing works.", "method-y"));
  CHECK_FALSE(ArguesFromAbsence("method-y 没有问题。", "method-y"));

  const StoredClaim criticism = On("a#0", "Alice", kNeg, "method-y", "method-y 很糟糕。");
  // "Without it, a dead end" says method-y is needed: weak against a criticism.
  auto found =
      Find({criticism, On("b#0", "Bob", kPos, "method-y", "没有 method-y 的强化学习是死胡同。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * kWeak * kThin));
  // A claim that the thing works: strong.
  found = Find({criticism, On("b#0", "Bob", kPos, "method-y", "method-y 实际上在变强。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair));
}

TEST_CASE("A criticism read from a remedy is weak", "[contradictions][narration]") {
  CHECK(RemediesAProblem("method-y 用海量覆盖弥补了迁移能力的不足"));
  CHECK_FALSE(RemediesAProblem("method-y 迁移能力不足"));
  auto found = Find({On("a#0", "Alice", kNeg, "method-y", "method-y 弥补了迁移能力的不足。"),
                     On("b#0", "Bob", kPos, "method-y", "method-y 很好。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * kWeak * kThin));
  // A praise with a remedy stays strong: only the criticism is suspect.
  found = Find({On("a#0", "Alice", kNeg, "method-y", "method-y 很糟糕。"),
                On("b#0", "Bob", kPos, "method-y", "method-y 弥补了迁移能力的不足。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair));
}

TEST_CASE("A group holding a view is no side", "[contradictions][narration]") {
  CHECK(ReportsOthersView("当时业内并没有这么统一地认为 model-x 那个路线就是 OK 的。"));
  CHECK_FALSE(ReportsOthersView("业内有很多 model-x 的用户。我认为它很好。"));
  const auto found =
      Find({On("a#0", "Alice", kNeg, "model-x", "当时业内并没有认为 model-x 那个路线就是 OK 的。"),
            On("b#0", "Bob", kPos, "model-x", "model-x 很好。")});
  CHECK(found.empty());
}

TEST_CASE("A short verdict denied and corrected states two sides", "[contradictions][narration]") {
  CHECK(StatesTwoSides("嘉宾主张：method-y 并非无效，而是需要指数级资源。"));
  CHECK(StatesTwoSides("她的立场不是“无效”，而是“代价高”。"));
  // A longer denial is a definition or a plain verdict, weighed by other rules.
  CHECK_FALSE(StatesTwoSides("它并非一个新基准，而是对既有基准的一次清洗。"));
  CHECK_FALSE(StatesTwoSides("method-y 不是一个好方法。"));
}

TEST_CASE("The cause set aside is not what is judged", "[contradictions][head]") {
  CHECK(NamedAsPassedOver("技术上我判断不是靠某个特定 method-y 任务，而是基模更好。", "method-y"));
  CHECK(NamedAsPassedOver("It works not because of method-y but because of data.", "method-y"));
  CHECK_FALSE(NamedAsPassedOver("method-y 不是靠运气。", "method-y"));
}

TEST_CASE("An identity given describes", "[contradictions][narration]") {
  CHECK(DescribesRatherThanJudges("model-x 在某种意义上可以被认为是 model-y 的下一版。"));
  CHECK(DescribesRatherThanJudges("Model-X can be seen as a smaller model-y."));
}

TEST_CASE("A criticism explained by what the thing can do is weak", "[contradictions]") {
  CHECK(ExplainedByAbility("model-x 越来越难演示，因为它能长时间把任务干完。"));
  CHECK_FALSE(ExplainedByAbility("model-x 越来越难用，因为它很慢。"));
  const auto found =
      Find({On("a#0", "Alice", kNeg, "model-x", "model-x 越来越难演示，因为它能长时间把任务干完。"),
            On("b#0", "Bob", kPos, "model-x", "model-x 很好。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * kWeak * kThin));
}

TEST_CASE("A claim naming four things or more is a survey", "[contradictions]") {
  // Alice names model-x with three others (neutral toward them): four
  // distinct names, so her side is no verdict on model-x.
  StoredClaim survey =
      testing::MakeClaim("a#0", "Alice", "ep-a", "2025-01-01", kNeg,
                         {{"model-x", kNeg},
                          {"model-a", Stance::kNeutral},
                          {"model-b", Stance::kNeutral},
                          {"model-c", Stance::kNeutral}},
                         {}, "model-x 落后于 model-a，model-b 与 model-c 也处于头部。");
  const StoredClaim praise = On("b#0", "Bob", kPos, "model-x", "model-x 很好。");
  auto found = Find({survey, praise});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * kWeak * kThin));
  // Three names: a comparison, strong.
  survey.claim.entities.pop_back();
  survey.claim.text = "model-x 落后于 model-a，model-b 也处于头部。";
  found = Find({survey, praise});
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair));
}

TEST_CASE("A reported question and a heading of topics take no side", "[contradictions]") {
  Claim claim;
  claim.stance = kPos;
  EntityMention mention;
  mention.entity_id = "model-x";
  mention.surface = "model-x";
  mention.stance = kPos;
  claim.entities = {mention};
  claim.text = "主持人问他，怎么看待 model-x 越来越被公开提及。";
  CHECK(StanceTargets(claim, nullptr).empty());
  claim.text = "He was asked how model-x compares.";
  CHECK(StanceTargets(claim, nullptr).empty());
  // Asking without an interrogative is an act told, and judged as before.
  claim.text = "我问他要了 model-x 的数据，结果很好。";
  CHECK_FALSE(StanceTargets(claim, nullptr).empty());

  claim.stance = kNeg;
  claim.entities[0].stance = kNeg;
  claim.text = "model-x、数据饱和与下一种 scaling";
  CHECK(StanceTargets(claim, nullptr).empty());
  // A predicate, or punctuation, makes it a sentence.
  claim.text = "model-x、model-y 都不行";
  CHECK_FALSE(StanceTargets(claim, nullptr).empty());
  claim.text = "model-x、数据饱和：下一种 scaling 的瓶颈";
  CHECK_FALSE(StanceTargets(claim, nullptr).empty());
}

TEST_CASE("A span of time before the subject opens the clause", "[contradictions][head]") {
  CHECK(NamedAsJudgedHead("过去几个月预训练一直在变强。", "预训练"));
  CHECK(NamedAsJudgedHead("最近两年 model-x 很强。", "model-x"));
  CHECK(NamedAsJudgedHead("过去的三个月里，model-x 变强了。", "model-x"));
  CHECK(NamedAsJudgedHead("未来三到五年 method-y 会很重要。", "method-y"));
  // A count with no unit of time is no span: "几家公司的 X" is a modifier.
  CHECK_FALSE(NamedAsJudgedHead("过去几家公司的 model-x 很强。", "model-x"));
}

TEST_CASE("A party of a market and a piece of writing are not what is judged",
          "[contradictions][head]") {
  // "基础模型侧的出发点是……" tells the aims of the side that makes them.
  CHECK_FALSE(NamedAsJudgedHead("method-y侧的出发点是“数据墙”：数据不会同速增长。", "method-y"));
  CHECK_FALSE(NamedAsJudgedHead("method-y 端的延迟很高。", "method-y"));
  // 侧重 (stresses) and 端到端 (its end-to-end design) leave the name judged.
  CHECK(NamedAsJudgedHead("method-y 侧重推理，效果很好。", "method-y"));
  CHECK(NamedAsJudgedHead("model-x 端到端的设计很好。", "model-x"));
  // The name of a publication: its influence is not whether the idea holds.
  CHECK_FALSE(NamedAsJudgedHead("method-y 也是一篇，那篇论文把系统化的方法引入了这个领域，这一点至关重要。",
                                "method-y"));
  CHECK_FALSE(NamedAsJudgedHead("The method-y paper changed the field.", "method-y"));
  // What a model wrote is what it did.
  CHECK(NamedAsJudgedHead("model-x 写了一篇报告，质量很高。", "model-x"));
}

TEST_CASE("A technique judged beside a company is the company's standing", "[contradictions]") {
  StoredClaim alice = testing::MakeClaim(
      "a#0", "Alice", "ep-a", "2025-01-01", kPos,
      {{"method-y", kPos, EntityKind::kTechnique}, {"acme", kPos, EntityKind::kOrg}}, {},
      "method-y 已经进入了 acme 的舒适区。");
  StoredClaim bob = On("b#0", "Bob", kNeg, "method-y", "method-y 很差。", EntityKind::kTechnique);
  auto found = Find({alice, bob});
  REQUIRE(found.size() == 1);
  CHECK(found[0].target.entity_id == "method-y");
  CHECK_FALSE(found[0].strong_evidence);
  // Alice's side: consistency 0.5, a technique judged with a company 0.5;
  // Bob's 0.5; base 3, then the weak tier.
  CHECK(found[0].score == Approx(3 * 0.25 * 0.5 * kWeak * kThin));
  // The company named without a verdict on it leaves the technique judged.
  alice.claim.entities[1].stance = Stance::kNeutral;
  found = Find({alice, bob});
  REQUIRE(found.size() == 1);
  CHECK(found[0].strong_evidence);
  CHECK(found[0].score == Approx(kPlainPair));
}

TEST_CASE("The compared side opposes only a comparison of the same two things",
          "[contradictions]") {
  // "model-z 比 model-x 快得多": model-x falls behind model-z, which does
  // not deny that it is good.
  StoredClaim alice = testing::MakeClaim(
      "a#0", "Alice", "ep-a", "2025-01-01", kPos,
      {{"model-z", kPos, EntityKind::kModel}, {"model-x", kNeg, EntityKind::kModel}}, {},
      "model-z 比 model-x 快得多。");
  alice.claim.entities[0].role = MentionRole::kSubject;
  alice.claim.entities[1].role = MentionRole::kObject;
  const auto targets = StanceTargets(alice.claim, nullptr);
  REQUIRE(targets.size() == 2);
  CHECK_FALSE(targets[0].compared);
  CHECK(targets[1].compared);

  StoredClaim bob = On("b#0", "Bob", kPos, "model-x", "model-x 很强。");
  auto found = Find({alice, bob});
  REQUIRE(found.size() == 1);
  CHECK(found[0].target.entity_id == "model-x");
  CHECK_FALSE(found[0].strong_evidence);
  // Alice's side: consistency 0.5, her claim's own stance differs 0.8.
  CHECK(found[0].score == Approx(3 * 0.4 * 0.5 * kWeak * kThin));

  // "model-x 比 model-z 强" compares the same two things the other way.
  StoredClaim carol = testing::MakeClaim(
      "c#0", "Carol", "ep-c", "2025-03-01", kPos,
      {{"model-x", kPos, EntityKind::kModel}, {"model-z", kNeg, EntityKind::kModel}}, {},
      "model-x 比 model-z 强。");
  carol.claim.entities[0].role = MentionRole::kSubject;
  carol.claim.entities[1].role = MentionRole::kObject;
  found = Find({alice, carol});
  REQUIRE(found.size() == 1);
  CHECK(found[0].strong_evidence);
  // Either target: one side 0.5, the other 0.5 × 0.8; one pair of claims,
  // counted once under its best target.
  CHECK(found[0].score == Approx(3 * 0.4 * 0.5));
  CHECK(found[0].pairs.size() == 1);
}

TEST_CASE("strong_only lists the sides with a strong pair, led by it", "[contradictions]") {
  // Alice praises model-x twice, once only by an image; Bob calls it bad;
  // Carol's criticism is an image too.
  const std::vector<StoredClaim> claims = {
      On("a#0", "Alice", kPos, "model-x", "model-x 很强。"),
      testing::MakeClaim("a#1", "Alice", "ep-Alice", "2025-01-01", kPos,
                         {{"model-x", kPos, EntityKind::kModel}}, {}, "model-x 更像一个好帮手。"),
      On("b#0", "Bob", kNeg, "model-x", "model-x 很差。"),
      On("c#0", "Carol", kNeg, "model-x", "model-x 更像一个玩具。")};
  const auto all = Find(claims);
  REQUIRE(all.size() == 2);
  ContradictionQuery strong_only;
  strong_only.strong_only = true;
  const auto found = FindContradictions(claims, strong_only, nullptr);
  REQUIRE(found.size() == 1);
  CHECK(found[0].strong_evidence);
  CHECK(found[0].first.id == "a#0");
  CHECK(found[0].second.id == "b#0");
  // Alice: both her claims praise (1 × (1 − 2^−2)); Bob 0.5.
  CHECK(found[0].score == Approx(3 * 0.75 * 0.5));
  // The image's pair is listed after the lead: more evidence of one
  // disagreement (0.4 for the image, then the weak tier).
  REQUIRE(found[0].pairs.size() == 2);
  CHECK(found[0].pairs[0].first_id == "a#0");
  CHECK(found[0].pairs[1].first_id == "a#1");
  CHECK(found[0].pairs[1].score == Approx(3 * 0.75 * 0.4 * 0.5 * kWeak * kThin));
}

TEST_CASE("A headline crediting a feature names an aspect", "[contradictions][aspect]") {
  CHECK(LabelsAFeature("model-x：多模态断档式领先。", "model-x"));
  CHECK(LabelsAFeature("**Model-X**: best at coding", "model-x"));
  CHECK_FALSE(LabelsAFeature("model-x 很强：多模态领先。", "model-x"));
  CHECK_FALSE(LabelsAFeature("model-x：", "model-x"));
  CHECK_FALSE(LabelsAFeature("他说 model-x：很强。", "model-x"));

  const StoredClaim shortfall =
      On("a#0", "Alice", kNeg, "model-x", "多跳与信息聚合上，model-x 仍达不到要求。");
  // Against a named aspect, a headline's feature is another aspect: weak
  // (no word in common beyond the name).
  auto found = Find({shortfall, On("b#0", "Bob", kPos, "model-x", "model-x：多模态断档式领先。")});
  REQUIRE(found.size() == 1);
  CHECK_FALSE(found[0].strong_evidence);
  CHECK(found[0].score == Approx(kPlainPair * kWeak * kThin));
  // Against a general verdict it stands: strong.
  found = Find({On("a#0", "Alice", kNeg, "model-x", "model-x 很糟糕。"),
                On("b#0", "Bob", kPos, "model-x", "model-x：多模态断档式领先。")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].strong_evidence);
  CHECK(found[0].score == Approx(kPlainPair));
}

}  // namespace
}  // namespace claimkb
