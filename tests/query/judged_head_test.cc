// Whether a named entity is what its clause judges (judged_head.h), and how
// contradictions rank pairs by it. Texts are written here; every score is
// worked out from the ranking rules in docs/decisions.md ("Top ten a reader
// accepts").
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "claimkb/core/lexicon.h"
#include "claimkb/query/contradictions.h"
#include "claimkb/query/judged_head.h"
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

StoredClaim Judging(const std::string& id, const std::string& speaker, const std::string& episode,
                    const std::string& date, Stance stance, const std::string& text) {
  return testing::MakeClaim(id, speaker, episode, date, stance,
                            {{"method-y", stance, EntityKind::kTechnique}}, {}, text);
}

std::vector<Contradiction> Find(const std::vector<StoredClaim>& claims) {
  return FindContradictions(claims, ContradictionQuery{}, nullptr);
}

// Entity target, one claim a side: base 3 × (1 of 1 agrees × (1 − 2^−1))².
constexpr double kPlainPair = 3 * 0.5 * 0.5;

TEST_CASE("A name opening its clause is what the clause judges", "[contradictions][head]") {
  CHECK(NamedAsJudgedHead("method-y 很糟糕。", "method-y"));
  // After lead-ins, an opinion frame and quotes.
  CHECK(NamedAsJudgedHead("其实现在 method-y 也很好。", "method-y"));
  CHECK(NamedAsJudgedHead("我觉得 Method-Y（方法）指向一个坏结果。", "method-y"));
  CHECK(NamedAsJudgedHead("我直说，“method-y is terrible”。", "method-y"));
  CHECK(NamedAsJudgedHead("But I think Model-X is slow.", "model-x"));
  // A later clause of the sentence.
  CHECK(NamedAsJudgedHead("要做到这一点，method-y 是关键。", "method-y"));
  // A list shares its clause: both names open it.
  CHECK(NamedAsJudgedHead("model-a 和 model-b 都很强。", "model-b", {"model-a"}));
  CHECK_FALSE(NamedAsJudgedHead("model-a 和 model-b 都很强。", "model-b"));
}

TEST_CASE("A name after a frame or marker of the view is judged", "[contradictions][head]") {
  CHECK(NamedAsJudgedHead("某人认为 method-y 正在失去解释力。", "method-y"));
  CHECK(NamedAsJudgedHead("他对 method-y 持批判态度。", "method-y"));
  CHECK(NamedAsJudgedHead("对 method-y，她的看法是有效但昂贵。", "method-y"));
  // After 对, a noun phrase naming someone's view of it is no judgement.
  CHECK_FALSE(NamedAsJudgedHead("他驳斥了某人对 method-y 效率低下的批评。", "method-y"));
  CHECK_FALSE(NamedAsJudgedHead("对 method-y 能力提升的质疑", "method-y"));
  // A longer noun phrase that ends in a noun of analysis or opinion too.
  CHECK_FALSE(NamedAsJudgedHead("他把这种对 method-y 与刷榜问题的公开分析，视作证据。", "method-y"));
  // A longer noun that names no view is a judgement: low confidence in it.
  CHECK(NamedAsJudgedHead("他对 method-y 的信心明显不足。", "method-y"));
  CHECK(NamedAsJudgedHead("She argues method-y is a dead end.", "method-y"));
  // The focus of a superlative cleft; a plain copula is not.
  CHECK(NamedAsJudgedHead("今年最大的突破是 method-y。", "method-y"));
  CHECK_FALSE(NamedAsJudgedHead("这件事不必是 method-y。", "method-y"));
}

TEST_CASE("An object, modifier or circumstance is not what is judged", "[contradictions][head]") {
  // The object of an action: the actor's execution is judged.
  CHECK_FALSE(NamedAsJudgedHead("执行 method-y 更彻底。", "method-y"));
  CHECK_FALSE(NamedAsJudgedHead("We used model-x and it was great.", "model-x"));
  // A circumstance: the clause judges the assumptions made then.
  CHECK_FALSE(NamedAsJudgedHead("比如在做 method-y 时，一些假设不太对。", "method-y"));
  CHECK_FALSE(NamedAsJudgedHead("method-y 的时候，一些假设不太对。", "method-y"));
  // A modifier of another head, or of a generic head noun.
  CHECK_FALSE(NamedAsJudgedHead("完全不同于 method-y 的新架构落地很少。", "method-y"));
  CHECK_FALSE(NamedAsJudgedHead("模型易被 method-y 记忆分散注意力。", "method-y"));
  CHECK_FALSE(NamedAsJudgedHead("method-y 领域的人都很悲观。", "method-y"));
  // One part of a recipe: the recipe is judged.
  CHECK_FALSE(NamedAsJudgedHead("单独做不现实：“method-y + method-z”才是双支柱。", "method-y"));
  CHECK_FALSE(NamedAsJudgedHead("单独做不现实：“method-z + method-y”才是双支柱。", "method-y",
                                {"method-z"}));
  // After a condition of absence: what is absent is judged.
  CHECK_FALSE(NamedAsJudgedHead("没有 method-z，method-y 不会奏效。", "method-y"));
  CHECK_FALSE(NamedAsJudgedHead("Without method-z, method-y fails.", "method-y"));
  CHECK(NamedAsJudgedHead("没有 method-y 不行。", "method-y"));
  // A label of a part of the name, before a colon; the name as a label is judged.
  CHECK_FALSE(NamedAsJudgedHead("model-x 的记忆系统：压缩得更好。", "model-x"));
  CHECK(NamedAsJudgedHead("model-x：压缩得更好。", "model-x"));
  CHECK(NamedAsJudgedHead("model-x 的记忆很差，原因：压缩。", "model-x"));
  // A parenthesis glosses; it does not end the clause.
  CHECK(NamedAsJudgedHead("method-z（一种方法）与 method-y 都很好。", "method-y", {"method-z"}));
  CHECK_FALSE(NamedAsJudgedHead("将 method-z（一种方法）与 method-y 区分开来是误导。", "method-y",
                                {"method-z"}));
  // In a parenthesis.
  CHECK_FALSE(NamedAsJudgedHead("模型在进步（通过 method-y 或其他训练）。", "method-y"));
}

TEST_CASE("The first mention decides, nothing to go by keeps the reading",
          "[contradictions][head]") {
  CHECK(NamedAsJudgedHead("method-y 更便宜，执行 method-y 也更彻底。", "method-y"));
  // A qualified first mention ("pure X") is judged, not the later plain one.
  CHECK_FALSE(NamedAsJudgedHead("“pure method-y”不太成立：method-y 需要别的。", "method-y"));
  CHECK_FALSE(NamedAsJudgedHead("执行 method-y 更彻底，method-y 也更便宜。", "method-y"));
  // What lies beyond the name is not the name.
  CHECK_FALSE(NamedAsJudgedHead("越来越强调 method-y 之外的对齐。", "method-y"));
  CHECK_FALSE(NamedAsJudgedHead("method-y 之外的对齐越来越重要。", "method-y"));
  // A name in a parenthesis is an aside.
  CHECK_FALSE(
      NamedAsJudgedHead("三家模型（model-a、model-b）将交替领先。", "model-b", {"model-a"}));
  // Not found, or no surface (a guessed entity): no position to judge by.
  CHECK(NamedAsJudgedHead("它很慢。", "model-x"));
  CHECK(NamedAsJudgedHead("它很慢。", ""));
  // A Latin name inside a longer word is another name.
  CHECK(NamedAsJudgedHead("rlhf 很贵，rl 很好。", "rl"));
  CHECK_FALSE(NamedAsJudgedHead("我们做了 rlhf，也做了 rl。", "rl"));
}

TEST_CASE("A claim that reads against its words is recognised", "[contradictions][narration]") {
  CHECK(ReadsAgainstItsWords("这给了“多做就会变强”的错觉。"));
  CHECK(ReadsAgainstItsWords("That scaling always wins is a myth."));
  CHECK(ReadsAgainstItsWords("| 方法 | 更便宜 | 更快 |"));
  CHECK_FALSE(ReadsAgainstItsWords("这个方法更便宜、更快。"));
  CHECK_FALSE(ReadsAgainstItsWords("模型幻觉仍然很多。"));  // 幻觉 is a model's, not the speaker's.
  // A rebuttal carries the rejected view's words.
  CHECK(ReadsAgainstItsWords("他驳斥了对这个方法效率低下的批评。"));
  // A quotation denied in its own clause answers the quoted view.
  CHECK(ReadsAgainstItsWords("“这条路到头了”很多时候不是真的到头，而是有 bug。"));
  CHECK_FALSE(ReadsAgainstItsWords("“这条路到头了”，他说，不是因为 bug。"));
  CHECK_FALSE(ReadsAgainstItsWords("他说“这条路到头了”并不奇怪。"));
}

TEST_CASE("An image or an explanation describes rather than judges",
          "[contradictions][narration]") {
  CHECK(DescribesRatherThanJudges("这个方法更像“粗糙的演化”。"));
  CHECK(DescribesRatherThanJudges("之所以还这么大，是因为数据很脏。"));
  CHECK(DescribesRatherThanJudges("The method is like a crude evolution."));
  CHECK(DescribesRatherThanJudges("这个方法负责“吸收知识”。"));
  CHECK_FALSE(DescribesRatherThanJudges("这个方法很粗糙。"));
}

TEST_CASE("An editor's line about the episode, or giving a view to someone",
          "[contradictions][narration]") {
  CHECK(DescribesTheEpisode("对这个方法的讨论同时给出潜力和上界。"));
  CHECK(DescribesTheEpisode("本期围绕这个方法展开。"));
  CHECK_FALSE(DescribesTheEpisode("这个方法很好。"));
  // The summary page speaking of itself.
  CHECK(DescribesTheEpisode("本页未做独立的事件调查。"));
  CHECK(AttributesView("某人认为这个方法正在失去解释力。"));
  CHECK(AttributesView("She argues the method is dead."));
  CHECK_FALSE(AttributesView("这个方法正在失去解释力。"));
}

TEST_CASE("Editors' lines: about the episode weigh 0.4, views given to someone are not halved",
          "[contradictions]") {
  std::vector<StoredClaim> claims = {
      Judging("a#0", "editor", "a", "2025-01-01", kNeg, "method-y 很糟糕。"),
      Judging("b#0", "editor", "b", "2025-02-01", kPos, "某人认为 method-y 很好。"),
  };
  auto found = Find(claims);
  REQUIRE(found.size() == 1);
  // 0.7 per editor claim; the pair is not halved: one line is someone's view.
  // Two editors' lines that share no word beyond the name are (shared_aspect.h).
  // A line that gives its view to someone is that person's view: strong
  // evidence without a shared aspect, so no kWeak.
  CHECK(found[0].score == Approx(kPlainPair * 0.7 * 0.7 * 0.5));
  // A speaker against the editor's line about the discussion: 0.7 × 0.4.
  claims[1].speaker_name = "Bob";
  claims[1].claim.by_editor = false;
  claims[1].claim.text = "method-y 很好。";
  claims[0].claim.text = "method-y 很糟糕，本期的讨论这样总结。";
  found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.7 * 0.4 * kWeak * kThin));
  // The same words from a speaker are no line about the episode.
  claims[0].speaker_name = "Carol";
  claims[0].claim.by_editor = false;
  found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair));
}

TEST_CASE("Titles and indirect questions take no side", "[contradictions]") {
  std::vector<StoredClaim> claims(2);
  for (int i = 0; i < 2; ++i) {
    claims[i].id = i == 0 ? "a#0" : "b#0";
    claims[i].speaker_name = i == 0 ? "Alice" : "Bob";
    claims[i].claim.speaker = claims[i].speaker_name;
    claims[i].episode_slug = i == 0 ? "a" : "b";
    claims[i].claim.topics = {"scaling"};
  }
  claims[0].claim.stance = Stance::kNegative;
  claims[0].claim.text = "这条路很糟糕。";
  claims[1].claim.stance = Stance::kPositive;
  claims[1].claim.text = "这条路为什么能走通";  // A chapter title.
  CHECK(FindContradictions(claims, ContradictionQuery{}, nullptr).empty());
  // An explanation ("这就是为什么…") asserts.
  claims[1].claim.text = "这就是为什么这条路能走通";
  CHECK(FindContradictions(claims, ContradictionQuery{}, nullptr).size() == 1);
  // So does a sentence that embeds the question in a clause of its own.
  claims[1].claim.text = "它为什么能走通，很好解释";
  CHECK(FindContradictions(claims, ContradictionQuery{}, nullptr).size() == 1);
}

TEST_CASE("A side whose entity is not what it judges weighs 0.3", "[contradictions][head]") {
  std::vector<StoredClaim> claims = {
      Judging("a#0", "Alice", "a", "2025-01-01", kNeg, "method-y 指向一个悲观的未来。"),
      Judging("b#0", "Bob", "b", "2025-02-01", kPos, "执行 method-y 更彻底。"),
  };
  auto found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.3 * kWeak * kThin));
  // Bob judging method-y itself: the plain pair.
  claims[1].claim.text = "method-y 实用且有效。";
  found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair));
  // The compared side of a comparison takes its stance from the comparison,
  // wherever it stands ("X 仍达不到 method-y"): full weight, but weak
  // evidence against a verdict on method-y alone (ahead of model-x is not
  // good in itself).
  claims[1].claim.text = "model-x 仍达不到 method-y 的表现。";
  claims[1].claim.entities[0].role = MentionRole::kObject;
  found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * kWeak * kThin));
}

TEST_CASE("A claim that reads against its words weighs 0.4", "[contradictions]") {
  const std::vector<StoredClaim> claims = {
      Judging("a#0", "Alice", "a", "2025-01-01", kNeg, "method-y 很糟糕。"),
      Judging("b#0", "Bob", "b", "2025-02-01", kPos, "method-y 给了“多做就变强”的错觉。"),
  };
  const auto found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.4 * kWeak * kThin));
}

TEST_CASE("Two editors' summaries oppose at half weight", "[contradictions]") {
  std::vector<StoredClaim> claims = {
      Judging("a#0", "editor", "a", "2025-01-01", kNeg, "method-y 很糟糕。"),
      Judging("b#0", "editor", "b", "2025-02-01", kPos, "method-y 很好。"),
  };
  auto found = Find(claims);
  REQUIRE(found.size() == 1);
  // Each editor claim weighs 0.7 (as before), and the pair of them 0.5, and
  // 0.5 again: the two lines share no word beyond the name.
  CHECK(found[0].score == Approx(kPlainPair * 0.7 * 0.7 * 0.5 * 0.5 * kWeak * kThin));
  // A speaker against an editor: only the editor's 0.7.
  claims[1].speaker_name = "Bob";
  claims[1].claim.by_editor = false;
  found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.7));
}

TEST_CASE("A change of mind within half a year weighs half", "[contradictions]") {
  std::vector<StoredClaim> claims = {
      Judging("a#0", "Alice", "a", "2025-01-01", kNeg, "method-y 很糟糕。"),
      Judging("b#0", "Alice", "b", "2025-01-11", kPos, "method-y 很好。"),
  };
  auto found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].change_of_mind);
  CHECK(found[0].score == Approx(kPlainPair * 0.5 * kWeak * kThin));
  // A year apart (365 days ≥ 180): the full weight.
  claims[1].episode_date = "2026-01-01";
  found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair));
}

TEST_CASE("A topic alone weighs half within one conversation too", "[contradictions]") {
  // Two speakers of one episode, each judging the topic with no entity.
  std::vector<StoredClaim> claims = {
      // Both on "这条路线" (条路, 路线: an aspect shared, shared_aspect.h).
      Judging("a#0", "Alice", "a", "2025-01-01", kNeg, "这条路线很糟糕。"),
      Judging("a#1", "Bob", "a", "2025-01-01", kPos, "这条路线很好。"),
  };
  for (StoredClaim& claim : claims) {
    claim.claim.entities.clear();
    claim.claim.topics = {"scaling"};
  }
  const auto found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].directness == Directness::kTopic);
  // Topic base 2 × 0.5 × (0.5 × 0.5) consistency.
  CHECK(found[0].score == Approx(2 * 0.5 * 0.25 * kWeak * kThin));
}

TEST_CASE("A denial corrected by what the thing is, or a quoted image, describes",
          "[contradictions][narration]") {
  // What the thing is, a noun phrase after a classifier or 对.
  CHECK(DescribesRatherThanJudges("这个方法并不是让你一直变大，它是一个系统化的框架。"));
  CHECK(DescribesRatherThanJudges("这个基准并非一个新基准，而是对旧基准的一次清洗。"));
  // A corrected verdict is a verdict; a denial alone is one too.
  CHECK_FALSE(DescribesRatherThanJudges("他的立场不是“无效”，而是“有效但昂贵”。"));
  CHECK_FALSE(DescribesRatherThanJudges("这个方法不是一个好方法。"));
  // The correction must follow in the same sentence.
  CHECK_FALSE(DescribesRatherThanJudges("这不是重点。它是一个很好的方法。"));
  // 像 opening a quoted image; not "such as", nor a denied likeness.
  CHECK(DescribesRatherThanJudges("这个架构像“皮层组织”，塑性强。"));
  CHECK_FALSE(DescribesRatherThanJudges("它还不够像“可雇用的实习生”。"));
  CHECK_FALSE(DescribesRatherThanJudges("像“某某”这样的问题很难处理。"));
}

TEST_CASE("A definition weighs 0.4 against a verdict", "[contradictions][narration]") {
  const std::vector<StoredClaim> claims = {
      Judging("a#0", "Alice", "a", "2025-01-01", kNeg, "method-y 指向一个悲观的未来。"),
      Judging("b#0", "Bob", "b", "2025-02-01", kPos,
              "method-y 并不是让你一直变大，它是一个非常系统化的框架。"),
  };
  const auto found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.4 * kWeak * kThin));
}

TEST_CASE("The option a choice passes over is not what it judges", "[contradictions][head]") {
  CHECK(NamedAsPassedOver("它们更愿意拥有全栈，而不是直接采购 Model-X。", "model-x"));
  CHECK(NamedAsPassedOver("而非 model-x 或别的方案", "model-x"));
  CHECK(NamedAsPassedOver("We build our own rather than buy Model-X.", "model-x"));
  // The name chosen, a name in another clause, or no name.
  CHECK_FALSE(NamedAsPassedOver("用 model-x 而不是别的方案。", "model-x"));
  CHECK_FALSE(NamedAsPassedOver("而不是说，model-x 很差。", "model-x"));
  CHECK_FALSE(NamedAsPassedOver("而不是直接采购。", "model-x"));
  CHECK_FALSE(NamedAsPassedOver("而不是直接采购 model-x。", ""));
  // In ranking: 0.3, whatever role the extractor gave the name (a compared
  // object keeps its reading elsewhere).
  std::vector<StoredClaim> claims = {
      Judging("a#0", "Alice", "a", "2025-01-01", kPos, "method-y 非常坚定地开源。"),
      Judging("b#0", "Bob", "b", "2025-02-01", kNeg, "而不是直接采购 method-y。"),
  };
  claims[1].claim.entities[0].role = MentionRole::kObject;
  auto found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.3 * kWeak * kThin));
}

TEST_CASE("A technique that spans the field needs a shared aspect", "[contradictions][aspect]") {
  // class-z is filed under no topic (the field's whole class); method-y
  // under one.
  LexiconEntry whole;
  whole.id = "class-z";
  whole.kind = EntityKind::kTechnique;
  whole.name = "class-z";
  LexiconEntry method;
  method.id = "method-y";
  method.kind = EntityKind::kTechnique;
  method.name = "method-y";
  method.topics = {"training"};
  const Lexicon lexicon({whole, method});
  auto pair = [&](const std::string& id, const std::string& against, const std::string& for_it) {
    return FindContradictions(
        {testing::MakeClaim("a#0", "Alice", "a", "2025-01-01", kNeg,
                            {{id, kNeg, EntityKind::kTechnique}}, {}, against),
         testing::MakeClaim("b#0", "Bob", "b", "2025-02-01", kPos,
                            {{id, kPos, EntityKind::kTechnique}}, {}, for_it)},
        ContradictionQuery{}, &lexicon);
  };
  // Two properties of the class, no word in common: halved.
  auto found = pair("class-z", "class-z 在做设计时有一套有限的模式。", "class-z 跨过了那道门槛。");
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.5 * kWeak * kThin));
  // One property opposed (设计, 能力 shared): the full weight.
  found = pair("class-z", "class-z 的设计能力很差。", "class-z 的设计能力很强。");
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair));
  // Under a shared topic too: the class spans every heading.
  auto crossed = [&](const std::string& against, const std::string& for_it) {
    return FindContradictions(
        {testing::MakeClaim("a#0", "Alice", "a", "2025-01-01", kNeg,
                            {{"class-z", kNeg, EntityKind::kTechnique}}, {"training"}, against),
         testing::MakeClaim("b#0", "Bob", "b", "2025-02-01", kPos,
                            {{"class-z", kPos, EntityKind::kTechnique}}, {"training"}, for_it)},
        ContradictionQuery{}, &lexicon);
  };
  // Entity × topic: base 4 × 0.5², halved: 0.5.
  found = crossed("class-z 易被记忆分散注意力。", "class-z 训练需要把问题拆给不同团队。");
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(4 * 0.25 * 0.5 * kWeak * kThin));
  // A technique with a topic is judged as itself.
  found = pair("method-y", "method-y 在做设计时有一套有限的模式。", "method-y 跨过了那道门槛。");
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair));
}

TEST_CASE("A hope, or an act performed, is no verdict", "[contradictions][narration]") {
  CHECK(StatesAWish("他对这个模型最大的期待是“变得更聪明”。"));
  CHECK(StatesAWish("我们希望它是一个非常好的基础模型。"));
  CHECK(StatesAWish("I hope the method gets cheaper."));
  // Verdicts measured against a hope.
  CHECK_FALSE(StatesAWish("这个模型的表现不及期待。"));
  CHECK_FALSE(StatesAWish("这条路线很有希望。"));
  CHECK_FALSE(StatesAWish("这个方法很糟糕。"));
  // "对 X 进行了 Y" tells what was done to X.
  CHECK(IsNarration("他们对这个模型未能解决的难题进行了新一轮的人工审查。"));
  // In ranking: a hope weighs 0.4.
  const std::vector<StoredClaim> claims = {
      Judging("a#0", "Alice", "a", "2025-01-01", kPos, "对 method-y 最大的期待是变得更强。"),
      Judging("b#0", "Bob", "b", "2025-02-01", kNeg, "method-y 很糟糕。"),
  };
  const auto found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.4 * kWeak * kThin));
}

TEST_CASE("A compared object named as a tool is not what the clause judges",
          "[contradictions][head]") {
  CHECK(NamedAsInstrument("领先的产品用 Model-X 改变了写法。", "model-x"));
  CHECK(NamedAsInstrument("他们使用 model-x 做评测。", "model-x"));
  CHECK(NamedAsInstrument("Products built using Model-X ship faster.", "model-x"));
  CHECK_FALSE(NamedAsInstrument("model-x 用起来很顺手。", "model-x"));
  CHECK_FALSE(NamedAsInstrument("A 仍达不到 model-x 的表现。", "model-x"));
  CHECK_FALSE(NamedAsInstrument("forthwith model-x 很好。", "model-x"));
  // In ranking: a compared object after 用 weighs 0.3; the same object
  // right after the comparison keeps its weight (weak evidence all the same
  // against a verdict on it alone: a relative verdict).
  std::vector<StoredClaim> claims = {
      Judging("a#0", "Alice", "a", "2025-01-01", kPos, "method-y 很好。"),
      Judging("b#0", "Bob", "b", "2025-02-01", kNeg, "领先的产品用 method-y 改变了写法。"),
  };
  claims[1].claim.entities[0].role = MentionRole::kObject;
  auto found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.3 * kWeak * kThin));
  claims[1].claim.text = "model-x 领先 method-y。";
  found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * kWeak * kThin));
}

TEST_CASE("Denying only distinction differs in emphasis", "[contradictions][narration]") {
  CHECK(DeniesOnlyDistinction("头脑风暴上，model-x 并无特别突破。"));
  CHECK(DeniesOnlyDistinction("代码其实不算特别干净"));
  CHECK(DeniesOnlyDistinction("Model-X is not particularly good at this."));
  CHECK_FALSE(DeniesOnlyDistinction("model-x 没有突破。"));
  CHECK_FALSE(DeniesOnlyDistinction("model-x 特别差。"));
  // In ranking: 0.4 against praise.
  const std::vector<StoredClaim> claims = {
      Judging("a#0", "Alice", "a", "2025-01-01", kNeg, "method-y 并无特别突破。"),
      Judging("b#0", "Bob", "b", "2025-02-01", kPos, "method-y 的推理跃升了。"),
  };
  const auto found = Find(claims);
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == Approx(kPlainPair * 0.4 * kWeak * kThin));
}

}  // namespace
}  // namespace claimkb
