// Stance readings that contradictions depend on: what goes wrong without a
// thing argues for it, a method whose gains have run out, a gap closed, and a
// plural pronoun for the models and products named just before. Sentences
// and lexicon are written here; the expected stances are what the sentences
// say.
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "support/lexicon_entry.h"

namespace claimkb {
namespace {

using testing::Entry;

std::shared_ptr<const EntityLinker> Linker() {
  static const auto linker = [] {
    std::vector<LexiconEntry> entries = {
        Entry("reinforcement-learning", EntityKind::kTechnique, "Reinforcement learning", "",
              {"RL", "强化学习"}),
        Entry("pretraining", EntityKind::kTechnique, "Pretraining", "", {"预训练"}),
        Entry("claude", EntityKind::kModel, "Claude"),
        Entry("codex", EntityKind::kProduct, "Codex"),
    };
    return std::make_shared<const EntityLinker>(std::make_shared<const Lexicon>(entries));
  }();
  return linker;
}

// One turn of one speaker, each string one paragraph.
std::vector<Claim> Extract(std::vector<std::string> paragraphs) {
  Episode episode;
  Section section;
  section.kind = SectionKind::kFullText;
  section.title = "测试";
  section.line = 1;
  Turn turn;
  turn.speaker = "甲";
  turn.line = 2;
  int line = 3;
  for (std::string& text : paragraphs) {
    Paragraph paragraph;
    paragraph.line = line++;
    paragraph.text = text;
    paragraph.plain = std::move(text);
    turn.paragraphs.push_back(std::move(paragraph));
  }
  section.turns.push_back(std::move(turn));
  episode.sections.push_back(std::move(section));
  return ClaimExtractor(Linker()).Extract(episode);
}

const EntityMention* Find(const Claim& claim, const std::string& id) {
  for (const EntityMention& entity : claim.entities) {
    if (entity.entity_id == id) return &entity;
  }
  return nullptr;
}

// The stance of a one-claim paragraph.
Stance Said(const std::string& text) { return Extract({text}).at(0).stance; }

Stance StanceToward(const std::string& text, const std::string& id) {
  const std::vector<Claim> claims = Extract({text});
  REQUIRE(claims.size() == 1);
  const EntityMention* mention = Find(claims[0], id);
  REQUIRE(mention != nullptr);
  return mention->stance;
}

TEST_CASE("what goes wrong without a thing argues for it", "[extractor][stance]") {
  // The same criticism, with and without the thing's absence.
  CHECK(StanceToward("RL 让这类模型的局限很难突破。", "reinforcement-learning") ==
        Stance::kNegative);
  CHECK(StanceToward("没有 RL，这类模型的局限很难突破。", "reinforcement-learning") ==
        Stance::kPositive);
  CHECK(StanceToward("缺乏预训练，这条路就是死胡同。", "pretraining") == Stance::kPositive);
  CHECK(StanceToward("Without RL these models hit a wall.", "reinforcement-learning") ==
        Stance::kPositive);
  // Praise after an absence is left as read.
  CHECK(StanceToward("没有预训练，模型也学得很好。", "pretraining") != Stance::kNegative);
}

TEST_CASE("a method whose gains run out is criticised, and negated praised",
          "[extractor][stance]") {
  CHECK(StanceToward("预训练的红利已接近尾声。", "pretraining") == Stance::kNegative);
  CHECK(StanceToward("预训练已经见顶。", "pretraining") == Stance::kNegative);
  CHECK(StanceToward("预训练还没碰墙。", "pretraining") == Stance::kPositive);
  CHECK(StanceToward("预训练的规律并未失效。", "pretraining") == Stance::kPositive);
  // The quoted wall is the metaphor; a plain wall judges nothing.
  CHECK(Extract({"我们没看到“墙”。"}).at(0).stance == Stance::kPositive);
  CHECK(Extract({"我们已经撞上了“墙”。"}).at(0).stance == Stance::kNegative);
  CHECK(Extract({"我们在墙上挂了一幅画。"}).at(0).stance == Stance::kNeutral);
}

TEST_CASE("the end of a method in other words, denied or reached", "[extractor][stance]") {
  // The end itself, reached and denied.
  CHECK(StanceToward("预训练到头了。", "pretraining") == Stance::kNegative);
  CHECK(StanceToward("我认为预训练还远没有到头。", "pretraining") == Stance::kPositive);
  CHECK(Said("我看不到尽头。") == Stance::kPositive);
  // 到头来 is "in the end", and a field's ceiling is its best.
  CHECK(Said("到头来还是要靠数据。") == Stance::kNeutral);
  CHECK(Said("这家公司是行业天花板。") == Stance::kNeutral);
  // A ceiling judges once it is reached, or when there is none.
  CHECK(Said("这条路线的天花板已经到了。") == Stance::kNegative);
  CHECK(Said("这条路线没有天花板。") == Stance::kPositive);
  // 不管用 is read whole, not as 不管 ("regardless").
  CHECK(Said("单纯堆算力已经不管用了。") == Stance::kNegative);
  CHECK(Said("堆算力很管用。") == Stance::kPositive);
  // What has only begun, or is far from over, still pays.
  CHECK(StanceToward("RL 的 scaling 才刚刚开始。", "reinforcement-learning") == Stance::kPositive);
  CHECK(Said("Pre-training scaling is far from over.") == Stance::kPositive);
  CHECK(Said("Pre-training is dead.") == Stance::kNegative);
  CHECK(Said("Scaling has plateaued.") == Stance::kNegative);
  CHECK(Said("We are running out of high-quality data.") == Stance::kNegative);
  // A denied belief reaches the end of its clause; "nobody" denies.
  CHECK(Said("I don't think scaling has hit a wall.") == Stance::kPositive);
  CHECK(Said("I don't think it works well.") == Stance::kNegative);
  CHECK(Said("Nobody has seen a wall in scaling yet.") == Stance::kPositive);
}

TEST_CASE("everyday verdicts of speech", "[extractor][stance]") {
  CHECK(Said("这套打法已经不太行了。") == Stance::kNegative);
  CHECK(Said("这些榜单早就被刷烂了。") == Stance::kNegative);
  CHECK(Said("它的编程能力名不副实。") == Stance::kNegative);
  CHECK(Said("这个模型写代码真香。") == Stance::kPositive);
  CHECK(Said("国产模型已经追上了。") == Stance::kPositive);
  CHECK(Said("国产模型还没追上。") == Stance::kNegative);
  CHECK(Said("引用根本靠不住。") == Stance::kNegative);
  CHECK(Said("这个说法并非天方夜谭。") == Stance::kPositive);
  CHECK(Said("这个模型比上一代稳得多。") == Stance::kPositive);
  CHECK(Said("Most of these benchmarks are saturated.") == Stance::kNegative);
  CHECK(Said("Agents are nowhere near reliable enough.") == Stance::kNegative);
  CHECK(Said("For coding it is a no-brainer.") == Stance::kPositive);
  CHECK(Said("Expecting AGI next year is wishful thinking.") == Stance::kNegative);
  CHECK(Said("There is plenty of headroom in test-time compute.") == Stance::kPositive);
  // Years still to wait: not ready.
  CHECK(Said("也许 agent 在企业里落地还要再等几年。") == Stance::kNegative);
  CHECK(Said("AGI is still years away.") == Stance::kNegative);
  CHECK(Said("AGI 不是遥遥无期。") == Stance::kPositive);
}

TEST_CASE("an absence of a fault or a denied belief in one is no criticism",
          "[extractor][stance]") {
  // 僵硬, 犹豫 and 混乱 are faults only in the polarity lexicon (no hand
  // cue): the 没有 before them denies the fault, it does not lack anything.
  CHECK(Said("这个团队没有僵硬的分组。") != Stance::kNegative);
  CHECK(Said("他们没有犹豫。") != Stance::kNegative);
  CHECK(Said("整个过程没有任何混乱。") != Stance::kNegative);
  // Past 的 the absence is of the thing described, and a hand cue after
  // 没有 is what it negates.
  CHECK(Said("我们没有稳定的训练。") == Stance::kNegative);
  CHECK(Said("这个方法没有风险。") == Stance::kPositive);
  // A bare absence is still a weak lack.
  CHECK(Said("我们没有这种机制。") == Stance::kNegative);
  // A denied belief in a fault is no criticism either, however far the
  // fault is in its clause; a denied praise word still is.
  CHECK(Said("我不认为这很混乱。") != Stance::kNegative);
  CHECK(Said("I don't think the training is chaotic.") != Stance::kNegative);
  CHECK(Said("I don't think it works well.") == Stance::kNegative);
}

TEST_CASE("rather than A, B: what 与其 introduces is denied and 不如 turns to the point",
          "[extractor][stance]") {
  // 不如说 and 不如 after 与其 prefer, they do not say "worse than".
  CHECK(Said("与其说 scaling 撞墙，不如说是换了个方向继续涨。") == Stance::kPositive);
  CHECK(Said("与其说是退步，不如说是取舍。") == Stance::kPositive);
  CHECK(Said("与其等待更强的模型，不如先把产品做起来。") != Stance::kNegative);
  // Without 与其, 不如 still compares.
  CHECK(Said("这个模型不如 GPT-5。") == Stance::kNegative);
}

TEST_CASE("not as bad as they say: a denied degree reaches past its standard",
          "[extractor][stance]") {
  // The negator reaches the degree word through what the comparison is
  // measured against, 的 included, and the problem named as the subject is
  // the one said to be smaller.
  CHECK(Said("污染没有大家说的那么严重。") == Stance::kPositive);
  CHECK(Said("幻觉问题没有想象中那么严重。") == Stance::kPositive);
  CHECK(Said("The contamination problem is not as bad as people say.") == Stance::kPositive);
  CHECK(Said("它没有传说中那么好。") == Stance::kNegative);
  CHECK(Said("他在围棋上不像在国际象棋上那么强大。") == Stance::kNegative);
}

TEST_CASE("a denied statement flips the judgement after it, a negated one included",
          "[extractor][stance]") {
  // Two denials praise.
  CHECK(Said("不能说 DeepSeek 的开源模型不能打，它在数学题上相当稳。") == Stance::kPositive);
  CHECK(Said("不是说这个模型不行。") == Stance::kPositive);
  CHECK(Said("不能说我们没有进步。") == Stance::kPositive);
  CHECK(Said("I wouldn't say Claude's coding is not impressive.") == Stance::kPositive);
  // One denial of praise blames; alone it judges nothing.
  CHECK(Said("不能说它很好。") == Stance::kNegative);
  CHECK(Said("I can't say it is bad.") == Stance::kPositive);
  CHECK(Said("这个不能说。") == Stance::kNeutral);
}

TEST_CASE("a dismissal blames, in a rhetorical question too", "[extractor][stance]") {
  CHECK(Said("跑分再高又怎样，用起来还是卡。") == Stance::kNegative);
  CHECK(Said("分数高又怎样？") == Stance::kNegative);
  CHECK(Said("So what if it tops the leaderboard?") == Stance::kNegative);
  // "So what" opening a real question dismisses nothing.
  CHECK(Said("So what does this mean for agents?") == Stance::kNeutral);
}

TEST_CASE("a question asked or a task worked on is no fault", "[extractor][stance]") {
  CHECK(Said("组里的人会随问题流动，不固定分工。") == Stance::kNeutral);
  CHECK(Said("讲完以后他花半小时回答问题。") == Stance::kNeutral);
  CHECK(Said("用多大的模型因问题而异。") == Stance::kNeutral);
  // The fault keeps its blame.
  CHECK(Said("这个模型的稳定性问题一直没解决。") == Stance::kNegative);
}

TEST_CASE("a fault withstood or detected or avoided is no fault", "[extractor][stance]") {
  CHECK(StanceToward("Codex 的抗干扰能力更强。", "codex") == Stance::kPositive);
  CHECK(Said("我们拿一个污染检测工具扫了一遍，几乎没有发现污染。") == Stance::kPositive);
  CHECK(Said("数据不够可以用合成数据规避。") == Stance::kPositive);
  CHECK(Said("这些年大家一直在把模型能做的事推到极限。") == Stance::kPositive);
  // The fault alone keeps its blame.
  CHECK(StanceToward("Codex 的测试集有污染。", "codex") == Stance::kNegative);
}

TEST_CASE("closing a gap is progress", "[extractor][stance]") {
  CHECK(StanceToward("在纯编码上，Codex 最近缩小了差距。", "codex") == Stance::kPositive);
  CHECK(StanceToward("在纯编码上，Codex 还有差距。", "codex") == Stance::kNegative);
}

TEST_CASE("delight and eagerness are praise", "[extractor][stance]") {
  CHECK(StanceToward("Codex 的新演示太酷了。", "codex") == Stance::kPositive);
  CHECK(StanceToward("Codex 的插件很酷。", "codex") == Stance::kPositive);
  CHECK(StanceToward("我已经等不及用 Codex 写下一个项目了。", "codex") == Stance::kPositive);
  CHECK(StanceToward("大家都迫不及待想试 Claude。", "claude") == Stance::kPositive);
  CHECK(Extract({"太酷了，我等不及看你们会做出什么。"}).at(0).stance == Stance::kPositive);
  CHECK(Extract({"我等不及看你们会做出什么。"}).at(0).stance == Stance::kPositive);
  CHECK(Extract({"这个界面很酷。"}).at(0).stance == Stance::kPositive);
  // Without the cue the same frame judges nothing.
  CHECK(StanceToward("Codex 的新演示在下午。", "codex") == Stance::kNeutral);
}

TEST_CASE("a plural pronoun stands for the models and products named just before",
          "[extractor]") {
  const std::vector<Claim> claims = Extract({"Claude 和 Codex 我都试过。它们还不可靠。"});
  REQUIRE(claims.size() == 2);
  const EntityMention* codex = Find(claims[1], "codex");
  REQUIRE(codex != nullptr);
  CHECK(codex->inferred);
  CHECK(codex->stance == Stance::kNegative);
  CHECK(Find(claims[1], "claude") != nullptr);

  // A singular pronoun carries the model only (products are not inherited).
  const std::vector<Claim> one = Extract({"Codex 我试过。它还不可靠。"});
  REQUIRE(one.size() == 2);
  CHECK(Find(one[1], "codex") == nullptr);

  // Only within the paragraph: the next paragraph's pronoun has no referent here.
  const std::vector<Claim> apart = Extract({"Claude 和 Codex 我都试过。", "它们还不可靠。"});
  REQUIRE(apart.size() == 2);
  CHECK(Find(apart[1], "codex") == nullptr);
}

TEST_CASE("idioms of verdict judge without a polar word", "[extractor][stance]") {
  // Each sentence's verdict is in its idiom alone: breaking down, a show
  // without substance, a distance still to go; more than its size, ahead
  // of the rest.
  CHECK(StanceToward("Claude agents fall apart after twenty tool calls.", "claude") ==
        Stance::kNegative);
  CHECK(StanceToward("Codex 离真正的自动编程还很远。", "codex") == Stance::kNegative);
  CHECK(StanceToward("Codex 这个发布就是个噱头。", "codex") == Stance::kNegative);
  CHECK(StanceToward("Claude punches above its weight on refactors.", "claude") ==
        Stance::kPositive);
  CHECK(StanceToward("在长任务上 Claude 一骑绝尘。", "claude") == Stance::kPositive);
  // A message is no mess.
  CHECK(StanceToward("Codex sends a message after each step.", "codex") == Stance::kNeutral);
}

}  // namespace
}  // namespace claimkb
