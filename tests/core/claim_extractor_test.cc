// Tests of the claim extractor. The small cases use sentences written for
// these tests and a lexicon built in code, so they do not move when the
// bundled lexicon grows; the corpus cases read ../shared/corpus at run time
// with the bundled lexicon and skip when the corpus is absent.
#include "claimkb/core/claim_extractor.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "../../core/src/quantity_parser.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "support/lexicon_entry.h"
#include "support/skip.h"

namespace claimkb {
namespace {

using testing::Entry;

std::shared_ptr<const EntityLinker> TestLinker() {
  static const auto linker = [] {
    std::vector<LexiconEntry> entries = {
        Entry("coding", EntityKind::kTopic, "Coding", "", {}, {}, {"编程", "写代码", "coding"}),
        Entry("reasoning", EntityKind::kTopic, "Reasoning", "", {}, {}, {"推理"}),
        Entry("gemini-3", EntityKind::kModel, "Gemini 3", "", {"Gen3"}),
        Entry("gpt-5", EntityKind::kModel, "GPT-5"),
        Entry("chatgpt-pro", EntityKind::kProduct, "ChatGPT Pro"),
        Entry("arc-agi-2", EntityKind::kBenchmark, "ARC-AGI-2", "", {"ARK AGI2"}, {"reasoning"}),
        Entry("google", EntityKind::kOrg, "Google"),
    };
    return std::make_shared<const EntityLinker>(std::make_shared<const Lexicon>(entries));
  }();
  return linker;
}

Paragraph MakeParagraph(std::string text, int line, std::vector<std::string> highlights = {}) {
  Paragraph paragraph;
  paragraph.line = line;
  paragraph.text = text;
  paragraph.plain = std::move(text);
  paragraph.bullet = true;
  paragraph.highlights = std::move(highlights);
  return paragraph;
}

// An episode with one full-text section holding one turn of `speaker`.
Episode OneTurn(const std::string& speaker, std::vector<std::string> paragraphs,
                std::optional<TimeRange> range = TimeRange{60, 160}) {
  Episode episode;
  Section section;
  section.kind = SectionKind::kFullText;
  section.title = "测试段落";
  section.line = 1;
  section.range = range;
  Turn turn;
  turn.speaker = speaker;
  turn.line = 2;
  int line = 3;
  for (std::string& text : paragraphs)
    turn.paragraphs.push_back(MakeParagraph(std::move(text), line++));
  section.turns.push_back(std::move(turn));
  episode.sections.push_back(std::move(section));
  return episode;
}

std::vector<Claim> ExtractOne(const std::string& text, const std::string& speaker = "甲") {
  return ClaimExtractor(TestLinker()).Extract(OneTurn(speaker, {text}));
}

const EntityMention* FindEntity(const Claim& claim, const std::string& id) {
  for (const EntityMention& entity : claim.entities) {
    if (entity.entity_id == id) return &entity;
  }
  return nullptr;
}

std::vector<std::string> Texts(const std::vector<Claim>& claims) {
  std::vector<std::string> texts;
  for (const Claim& claim : claims) texts.push_back(claim.text);
  return texts;
}

TEST_CASE("sentences end at Chinese and English terminators", "[extractor]") {
  const auto claims =
      ExtractOne("我连续用了三天新版本。效果出乎意料！Then I tried the API. It was fast");
  CHECK(Texts(claims) == std::vector<std::string>{"我连续用了三天新版本。", "效果出乎意料！",
                                                  "Then I tried the API.", "It was fast"});
  for (const Claim& claim : claims) {
    CHECK(claim.span_end > claim.span_begin);
    CHECK(claim.line == 3);
  }
}

TEST_CASE("numbered items separated by semicolons become separate claims", "[extractor]") {
  const auto claims = ExtractOne("我这周试了两样：1）新的编辑器插件；2）一个命令行工具。");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].text == "我这周试了两样：1）新的编辑器插件");
  CHECK(claims[1].text == "一个命令行工具。");  // The list marker is trimmed.
}

TEST_CASE("compound sentences split at contrast markers only when both halves assert",
          "[extractor]") {
  SECTION("a comma before 但 separates two assertions") {
    const auto claims = ExtractOne("Gemini 3 的写作明显变好，但推理速度太慢了。");
    CHECK(Texts(claims) ==
          std::vector<std::string>{"Gemini 3 的写作明显变好", "但推理速度太慢了。"});
  }
  SECTION("不是…而是… is one assertion") {
    CHECK(ExtractOne("它的进步不是靠提示技巧，而是靠更好的基座。").size() == 1);
  }
  SECTION("而且, 从而 and 反而 are not contrast markers") {
    CHECK(ExtractOne("这个版本速度更快，而且价格更低。").size() == 1);
    CHECK(ExtractOne("模型学会了拆解问题，从而减少了错误。").size() == 1);
    CHECK(ExtractOne("回答变长了，反而更难读懂。").size() == 1);
  }
  SECTION("a half too short to assert anything stays attached") {
    CHECK(ExtractOne("很好，但是贵。").size() == 1);
  }
  SECTION("English but after a comma") {
    CHECK(ExtractOne("The demo looked polished, but the backend work was left undone.").size() ==
          2);
  }
}

TEST_CASE("negation flips the stance of the cue it precedes", "[extractor]") {
  CHECK(ExtractOne("Gemini 3 的长文写作并不惊艳。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("Gemini 3 在长文写作上没有短板。").at(0).stance == Stance::kPositive);
  CHECK(ExtractOne("Gemini 3 的长文写作很强。").at(0).stance == Stance::kPositive);
  CHECK(ExtractOne("Gemini 3 is not impressive at long documents.").at(0).stance ==
        Stance::kNegative);
  CHECK(ExtractOne("官方公布的榜单未必代表真实体验。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("新版本把幻觉的问题缓解了不少。").at(0).stance == Stance::kPositive);
}

TEST_CASE("comparatives give opposite stances to the two sides", "[extractor]") {
  SECTION("X 达不到 Y: X loses, Y and its bracketed alternative win") {
    const auto claims =
        ExtractOne("在长篇财报的检索汇总上，Gemini 3 仍达不到 ChatGPT Pro（或 GPT-5）的水平。");
    REQUIRE(claims.size() == 1);
    const Claim& claim = claims[0];
    CHECK(claim.stance == Stance::kNegative);
    const EntityMention* gemini = FindEntity(claim, "gemini-3");
    const EntityMention* chatgpt = FindEntity(claim, "chatgpt-pro");
    const EntityMention* gpt5 = FindEntity(claim, "gpt-5");
    REQUIRE(gemini != nullptr);
    REQUIRE(chatgpt != nullptr);
    REQUIRE(gpt5 != nullptr);
    CHECK(gemini->stance == Stance::kNegative);
    CHECK(gemini->role == MentionRole::kSubject);
    CHECK(chatgpt->stance == Stance::kPositive);
    CHECK(chatgpt->role == MentionRole::kObject);
    CHECK(gpt5->stance == Stance::kPositive);
    CHECK(gpt5->role == MentionRole::kObject);
  }
  SECTION("X 比 Y 更强") {
    const Claim claim = ExtractOne("GPT-5 比 Gemini 3 更强。").at(0);
    CHECK(FindEntity(claim, "gpt-5")->stance == Stance::kPositive);
    CHECK(FindEntity(claim, "gemini-3")->stance == Stance::kNegative);
    CHECK(FindEntity(claim, "gemini-3")->role == MentionRole::kObject);
  }
  SECTION("X 领先 Y, in English too") {
    const Claim zh = ExtractOne("Gemini 3 在多模态上领先 GPT-5。").at(0);
    CHECK(FindEntity(zh, "gemini-3")->stance == Stance::kPositive);
    CHECK(FindEntity(zh, "gpt-5")->stance == Stance::kNegative);
    const Claim en = ExtractOne("GPT-5 is not as good as Gemini 3 on video.").at(0);
    CHECK(FindEntity(en, "gpt-5")->stance == Stance::kNegative);
    CHECK(FindEntity(en, "gemini-3")->stance == Stance::kPositive);
  }
  SECTION("a question judges nothing") {
    CHECK(ExtractOne("Gemini 3 真的比 GPT-5 更强吗？").at(0).stance == Stance::kNeutral);
  }
}

TEST_CASE("evaluative cues in Chinese and English, balanced both ways", "[extractor]") {
  CHECK(ExtractOne("这套检索方案在长文档上很能打。").at(0).stance == Stance::kPositive);
  CHECK(ExtractOne("合成数据是这条路线的关键路径。").at(0).stance == Stance::kPositive);
  CHECK(ExtractOne("这种做法最大的好处是省掉了人工标注。").at(0).stance == Stance::kPositive);
  CHECK(ExtractOne("单纯堆参数最终会碰到能源的极限。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("我对这条技术路线的前景比较悲观。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("只靠规则引擎做对话这件事不现实。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("The new release feels like a tectonic shift for agents.").at(0).stance ==
        Stance::kPositive);
  CHECK(ExtractOne("Scores on the older architecture have plateaued.").at(0).stance ==
        Stance::kNegative);
  // A product name is not praise: "Excel" is not "excel".
  CHECK(ExtractOne("以后的报表都用 Excel 导出。").at(0).stance == Stance::kNeutral);
}

TEST_CASE("an issue in a tracker is no problem", "[extractor]") {
  // "issue" names a ticket or a number as often as a problem: it judges nothing.
  CHECK(ExtractOne("这个数据集收了 300 个真实的 GitHub issue。").at(0).stance == Stance::kNeutral);
  CHECK(ExtractOne("The fix landed in issue 42 of the tracker.").at(0).stance == Stance::kNeutral);
  // Problems said as problems still count.
  CHECK(ExtractOne("The new scheduler has serious problems.").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("这个调度器仍有问题。").at(0).stance == Stance::kNegative);
}

TEST_CASE("a decline of something bad is good", "[extractor]") {
  CHECK(ExtractOne("上线新流程以后，线上故障明显下降了。").at(0).stance == Stance::kPositive);
  CHECK(ExtractOne("After the patch, bugs declined sharply.").at(0).stance ==
        Stance::kPositive);
  // A decline alone is still blame, and so is one in another clause.
  CHECK(ExtractOne("换了新版本以后，吞吐量下降了。").at(0).stance == Stance::kNegative);
}

TEST_CASE("a degree adverb before 有 ascribes a quality", "[extractor]") {
  CHECK(ExtractOne("这位老师在排版方面很有发言权。").at(0).stance == Stance::kPositive);
  CHECK(ExtractOne("这个小团队非常有韧性。").at(0).stance == Stance::kPositive);
  // Unless what it has is a problem or a limit, or the phrase is a modal.
  CHECK(ExtractOne("这种做法的效果很有限。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("这个排期很有问题。").at(0).stance == Stance::kNegative);
  // The hand rules alone: a modal is no quality (the model may still weigh
  // the degree adverb).
  ExtractorOptions rules_only;
  rules_only.stance_rules_only = true;
  const ClaimExtractor rules(TestLinker(), rules_only);
  CHECK(rules.Extract(OneTurn("甲", {"明天上午很有可能下雨。"})).at(0).stance == Stance::kNeutral);
  CHECK(rules.Extract(OneTurn("甲", {"这位老师在排版方面很有发言权。"})).at(0).stance ==
        Stance::kPositive);
}

TEST_CASE("everyday judgements beyond the tuned vocabulary", "[extractor]") {
  // Praise in plain words.
  CHECK(ExtractOne("这次改版让我大开眼界。").at(0).stance == Stance::kPositive);
  CHECK(ExtractOne("小模型配合缓存刚好落在甜点区。").at(0).stance == Stance::kPositive);
  CHECK(ExtractOne("换了调度器以后整条流水线终于跑通了。").at(0).stance == Stance::kPositive);
  CHECK(ExtractOne("用脚本批量改配置比手工改容易得多。").at(0).stance == Stance::kPositive);
  CHECK(ExtractOne("The new planner is a clever trick and works well.").at(0).stance ==
        Stance::kPositive);
  // Blame in plain words, including after 仍很.
  CHECK(ExtractOne("这个打分器仍很愚蠢。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("奖励信号里全是噪声。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("这类评测器易被对抗样本攻破。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("爬来的网页数据很脏。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("当初那套排期预测错了。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("The generated patches were crappy and bloated.").at(0).stance ==
        Stance::kNegative);
  // 不等于 and 不是好…: a denied equivalence or a denied praise is criticism.
  CHECK(ExtractOne("跑分高不等于好用。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("客服机器人不是好例子。").at(0).stance == Stance::kNegative);
  // What is still impossible is criticism even when nothing else judges.
  CHECK(ExtractOne("这套工具还不能自己写完整个编译器。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("迁移工作仍未完结。").at(0).stance == Stance::kNegative);
  // A word that names difficulty is not a judgement; saying it is high is.
  CHECK(ExtractOne("题目的难度逐步上调。").at(0).stance == Stance::kNeutral);
  CHECK(ExtractOne("多语种对齐的难度更高。").at(0).stance == Stance::kNegative);
  // 防御 is not 防 (prevent): over-defending is still over-doing.
  CHECK(ExtractOne("生成的代码过度防御。").at(0).stance == Stance::kNegative);
  // An absence is criticism only when nothing else judges; 没有 still flips a
  // cue it reaches.
  CHECK(ExtractOne("这个框架没有任何回滚机制。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("这个框架没有回滚机制，只是部署很稳定。").at(0).stance == Stance::kPositive);
  CHECK(ExtractOne("新版本并没有明显改进。").at(0).stance == Stance::kNegative);
  // "Not really" is criticism on its own.
  CHECK(ExtractOne("这个模型不真正理解题意。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("把笔记讲给同事听很有帮助。").at(0).stance == Stance::kPositive);
  // A count is not a judgement.
  CHECK(ExtractOne("我们每年只接很少的订单。").at(0).stance == Stance::kNeutral);
}

TEST_CASE("amounts, 'not merely' and excess", "[extractor]") {
  // 超过 before a number is an amount, not one side beating another.
  CHECK(ExtractOne("超过一半的任务都存在问题。").at(0).stance == Stance::kNegative);
  // "Not merely X" leaves the judgement inside X standing.
  CHECK(ExtractOne("产品不能只是包一层容易被替代的外壳。").at(0).stance == Stance::kNegative);
  // Excess criticises what it qualifies; 最优 praises like 最好.
  CHECK(ExtractOne("这套评测集过于狭窄。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("它是目前最优的方案。").at(0).stance == Stance::kPositive);
}

TEST_CASE("有得有失 and 利弊 are mixed", "[extractor]") {
  CHECK(ExtractOne("换成稀疏架构这件事有得也有失。").at(0).stance == Stance::kMixed);
  CHECK(ExtractOne("开放权重对小公司来说是一把双刃剑。").at(0).stance == Stance::kMixed);
  // A contrast inside one phrase keeps both sides.
  CHECK(ExtractOne("这个比喻很有意思但未必正确。").at(0).stance == Stance::kMixed);
}

TEST_CASE("negation reaches the next cue only, and 不仅 does not negate", "[extractor]") {
  CHECK(ExtractOne("这个版本的代码补全不太成立。").at(0).stance == Stance::kNegative);
  CHECK(ExtractOne("新的配额规则下不容易被限流。").at(0).stance == Stance::kPositive);
  CHECK(ExtractOne("它不仅稳定，还很便宜。").at(0).stance == Stance::kPositive);
  // The negator is spent on the first cue; the one after the comma stands.
  CHECK(ExtractOne("这一版并不惊艳，价格倒是便宜。").at(0).stance == Stance::kMixed);
  // 不是 X，而是 Y: Y is the point.
  CHECK(ExtractOne("瓶颈不是显存，而是数据质量不够。").at(0).stance == Stance::kNegative);
}

TEST_CASE("after a pivot or a concession the rest of the claim is its point", "[extractor]") {
  SECTION("the clause after 因此 outweighs the one before it") {
    CHECK(ExtractOne("这类代理会更可靠，因此滥用的风险上升。").at(0).stance == Stance::kNegative);
  }
  SECTION("a concession yields to the main clause") {
    CHECK(ExtractOne("就算明年算力停滞，这些工具的价值仍然会很有用。").at(0).stance ==
          Stance::kPositive);
    CHECK(ExtractOne("虽然部署很麻烦，这个模型在推理上很强。").at(0).stance == Stance::kPositive);
  }
  // The splitter cuts at 但/不过/然而 after a comma; 只是 and 因此 stay inside
  // one claim.
  SECTION("a target named before the pivot takes the point's stance") {
    const Claim claim = ExtractOne("Gemini 3 偶尔有小 bug，只是写代码很出色。").at(0);
    CHECK(claim.stance == Stance::kPositive);
    CHECK(FindEntity(claim, "gemini-3")->stance == Stance::kPositive);
  }
  SECTION("two targets keep their own clauses") {
    const Claim claim = ExtractOne("Gemini 3 很出色，只是 GPT-5 有明显短板。").at(0);
    CHECK(FindEntity(claim, "gemini-3")->stance == Stance::kPositive);
    CHECK(FindEntity(claim, "gpt-5")->stance == Stance::kNegative);
  }
  SECTION("persistence is praise only when nothing else judges") {
    CHECK(ExtractOne("很多小团队仍有试错的空间。").at(0).stance == Stance::kPositive);
    CHECK(ExtractOne("公开的实测证据仍有限。").at(0).stance == Stance::kNegative);
  }
}

TEST_CASE("what is required or asked about is not asserted", "[extractor]") {
  CHECK(ExtractOne("下一步的关键在于稳定的长程规划能力。").at(0).stance == Stance::kNeutral);
  CHECK(ExtractOne("是否需要最强的模型取决于任务。").at(0).stance == Stance::kNeutral);
  CHECK(ExtractOne("别纠结谁最稀缺，先把手头的事做好。").at(0).stance == Stance::kNeutral);
  // A negated requirement still judges: nothing is missing.
  CHECK(ExtractOne("现在已经不需要人工介入了。").at(0).stance == Stance::kPositive);
}

TEST_CASE("modality from cue words", "[extractor]") {
  CHECK(ExtractOne("我试了一下 Gemini 3 写脚本，挺顺手。").at(0).modality == Modality::kFirsthand);
  CHECK(ExtractOne("听说 Gemini 3 的训练修了一个大问题。").at(0).modality == Modality::kReported);
  CHECK(ExtractOne("团队成员反馈说延迟变高了。").at(0).modality == Modality::kReported);
  CHECK(ExtractOne("这种提升可能来自多模态预训练。").at(0).modality == Modality::kSpeculative);
  CHECK(ExtractOne("Maybe the gain comes from better data.").at(0).modality ==
        Modality::kSpeculative);
  CHECK(ExtractOne("Gemini 3 的前端代码质量很高。").at(0).modality == Modality::kOpinion);
  // An editor's bracketed guess is not the speaker hedging.
  CHECK(ExtractOne("榜首是 Gemini 3（可能是笔误）。").at(0).modality == Modality::kOpinion);
}

TEST_CASE("quantities: vague Chinese numbers, ranges, units and changes", "[quantity]") {
  using internal::ParseQuantities;
  SECTION("vague numbers become ranges") {
    const auto q = ParseQuantities("大约十几个，也可能三十几，或者个位数");
    REQUIRE(q.size() == 3);
    CHECK(q[0].low == 11);
    CHECK(q[0].high == 19);
    CHECK(q[0].unit == "count");
    CHECK(q[1].low == 31);
    CHECK(q[1].high == 39);
    CHECK(q[2].low == 1);
    CHECK(q[2].high == 9);
  }
  SECTION("ranges and units") {
    const auto q = ParseQuantities("延迟增加了 2~3 倍，命中率 70%，用了 8~10 个 agent");
    REQUIRE(q.size() == 3);
    CHECK((q[0].low == 2 && q[0].high == 3 && q[0].unit == "x"));
    CHECK((q[1].low == 70 && q[1].high == 70 && q[1].unit == "%"));
    CHECK((q[2].low == 8 && q[2].high == 10 && q[2].unit == "count"));
  }
  SECTION("scale words") {
    const auto q = ParseQuantities("over 100 trillion tokens, and 15B–70B models");
    REQUIRE(q.size() == 2);
    CHECK(q[0].low == Approx(1e14));
    CHECK(q[0].unit == "tokens");
    CHECK(q[1].low == Approx(15e9));
    CHECK(q[1].high == Approx(70e9));
  }
  SECTION("from A (or B) to C") {
    const auto q = ParseQuantities("得分从十几（或个位数）到三十几");
    REQUIRE(q.size() == 3);
    CHECK(q[0].qualifier == "before");
    CHECK(q[1].qualifier == "alternative");
    CHECK(q[2].qualifier == "after");
    CHECK((q[2].low == 31 && q[2].high == 39));
  }
  SECTION("names, years, dates, times and ordinals are not quantities") {
    CHECK(ParseQuantities("GPT-5 和 O3 在 2025 年发布，做出 3D 场景").empty());
    CHECK(ParseQuantities("2025-11 的第三次直播，00:31:47 开始").empty());
    CHECK(ParseQuantities("这一点十分重要，一些人一直在说").empty());
  }
}

TEST_CASE("benchmark results come from numbers about a model on a benchmark", "[extractor]") {
  SECTION("a change with an alternative") {
    const Claim claim =
        ExtractOne("最让人意外的是 ARK AGI2 上的跃升，Gen3 的分数从十几（或个位数）到三十几。")
            .at(0);
    REQUIRE(claim.results.size() == 3);
    for (const BenchmarkResult& result : claim.results) {
      CHECK(result.benchmark_id == "arc-agi-2");
    }
    // Where Gemini 3 started from was its predecessor's score, not its own.
    CHECK(claim.results[0].model_id.empty());
    CHECK(claim.results[1].model_id.empty());
    CHECK(claim.results[2].model_id == "gemini-3");
    CHECK((claim.results[0].low == 11 && claim.results[0].high == 19));
    CHECK(claim.results[0].qualifier == "before");
    CHECK((claim.results[1].low == 1 && claim.results[1].high == 9));
    CHECK(claim.results[1].qualifier == "alternative");
    CHECK((claim.results[2].low == 31 && claim.results[2].high == 39));
    CHECK(claim.results[2].qualifier == "after");
    CHECK(std::find(claim.topics.begin(), claim.topics.end(), "reasoning") != claim.topics.end());
  }
  SECTION("a change between two named models keeps both") {
    const Claim claim =
        ExtractOne("ARC-AGI-2 上，GPT-5 的分数从 9.9% 到 Gemini 3 的 31.1%。").at(0);
    REQUIRE(claim.results.size() == 2);
    CHECK(claim.results[0].model_id == "gpt-5");
    CHECK(claim.results[0].low == 9.9);
    CHECK(claim.results[1].model_id == "gemini-3");
    CHECK(claim.results[1].low == 31.1);
  }
  SECTION("a bare number after a name and a colon is the value of a table's column") {
    // A score table's row as the reader writes it: each cell after its
    // column's name. The numbers have no unit and no score word.
    Claim claim = ExtractOne("模型：GPT-5，ARC-AGI-2：9.9，备注：无").at(0);
    REQUIRE(claim.results.size() == 1);
    CHECK(claim.results[0].model_id == "gpt-5");
    CHECK(claim.results[0].benchmark_id == "arc-agi-2");
    CHECK(claim.results[0].low == 9.9);
    // Transposed, the models name the columns.
    claim = ExtractOne("Benchmark: ARC-AGI-2, GPT-5: 9.9, Gemini 3: 31.1").at(0);
    REQUIRE(claim.results.size() == 2);
    CHECK(claim.results[0].model_id == "gpt-5");
    CHECK(claim.results[0].low == 9.9);
    CHECK(claim.results[1].model_id == "gemini-3");
    CHECK(claim.results[1].low == 31.1);
    // In prose a bare number is still no score.
    CHECK(ExtractOne("ARC-AGI-2 今年有 400 道新题。").at(0).results.empty());
  }
  SECTION("a name from a table's header is the row's context, and still scores") {
    // "ARC-AGI-2" is the column's name, which the reader wrote into the row
    // (bytes 17 to 26 of the line); GPT-5 is the row's own cell.
    Episode episode = OneTurn("甲", {"模型：GPT-5，ARC-AGI-2：9.9"});
    Paragraph& row = episode.sections[0].turns[0].paragraphs[0];
    row.context_spans = {{0, 6}, {17, 26}};
    REQUIRE(row.plain.substr(17, 9) == "ARC-AGI-2");
    const Claim claim = ClaimExtractor(TestLinker()).Extract(episode).at(0);
    const EntityMention* benchmark = FindEntity(claim, "arc-agi-2");
    REQUIRE(benchmark != nullptr);
    CHECK(benchmark->inferred);
    CHECK(benchmark->surface.empty());
    const EntityMention* model = FindEntity(claim, "gpt-5");
    REQUIRE(model != nullptr);
    CHECK_FALSE(model->inferred);
    CHECK(model->surface == "GPT-5");
    REQUIRE(claim.results.size() == 1);
    CHECK(claim.results[0].benchmark_id == "arc-agi-2");
    CHECK(claim.results[0].model_id == "gpt-5");
  }
  SECTION("a number before a model with its own score is not that model's") {
    // "它" is a model named in an earlier sentence; GPT-5's score is 59%.
    Claim claim = ExtractOne("它在 ARC-AGI-2 上拿了 64%，GPT-5 是 59%。").at(0);
    REQUIRE(claim.results.size() == 2);
    CHECK(claim.results[0].model_id.empty());
    CHECK(claim.results[0].low == 64);
    CHECK(claim.results[1].model_id == "gpt-5");
    CHECK(claim.results[1].low == 59);
    // With no score of its own after it, the model named later is the number's.
    claim = ExtractOne("在 ARC-AGI-2 上拿到 31%，领先的是 Gemini 3。").at(0);
    REQUIRE(claim.results.size() == 1);
    CHECK(claim.results[0].model_id == "gemini-3");
  }
  SECTION("a difference is no score") {
    // A gain, a gap before the number and a gap after it; the score beside
    // the gain stays.
    CHECK(ExtractOne("GPT-5 在 ARC-AGI-2 上涨了十几分。").at(0).results.empty());
    CHECK(ExtractOne("在 ARC-AGI-2 上前五名差距小于 2 分。").at(0).results.empty());
    CHECK(ExtractOne("GPT-5 在 ARC-AGI-2 上只有个位数百分比的差距。").at(0).results.empty());
    const Claim claim = ExtractOne("GPT-5 在 ARC-AGI-2 上 18%，比上一代高出 9 分。").at(0);
    REQUIRE(claim.results.size() == 1);
    CHECK(claim.results[0].low == 18);
  }
  SECTION("an inherited model takes a score only when the claim points back to it") {
    const auto claims =
        ClaimExtractor(TestLinker())
            .Extract(OneTurn("乙", {"Gemini 3 很强。", "它在 ARC-AGI-2 上拿了 31%。",
                                    "ARC-AGI-2 最高的也才 31%。"}));
    REQUIRE(claims.size() == 3);
    REQUIRE(claims[1].results.size() == 1);
    CHECK(claims[1].results[0].model_id == "gemini-3");
    REQUIRE(claims[2].results.size() == 1);
    CHECK(claims[2].results[0].model_id.empty());
  }
  SECTION("a bare number after an unlinked word is its version") {
    // "Grock" is no name the linker knows; its 4 is no HLE score.
    CHECK(ExtractOne("Grock 4 试过，ARC-AGI-2 上分数挺高。").at(0).results.empty());
  }
  SECTION("everyone's score is not the turn's model's") {
    const auto claims = ClaimExtractor(TestLinker())
                            .Extract(OneTurn("乙", {"Gemini 3 在 ARC-AGI-2 上很强。",
                                                    "在 ARC-AGI-2 上大家基本都在 30% 左右。"}));
    REQUIRE(claims.size() == 2);
    REQUIRE(claims[1].results.size() == 1);
    CHECK(claims[1].results[0].model_id.empty());
    CHECK(claims[1].results[0].low == 30);
  }
  SECTION("a setting stays with the number in its clause") {
    const Claim claim =
        ExtractOne("Gemini 3 在 ARC-AGI-2 上约 31%，开启 Deep Think 模式大约 45%。").at(0);
    REQUIRE(claim.results.size() == 2);
    CHECK(claim.results[0].qualifier.empty());
    CHECK(claim.results[1].qualifier == "Deep Think");
  }
  SECTION("a new model on a benchmark the linker does not know takes no earlier benchmark") {
    const Claim claim =
        ExtractOne("GPT-5 在 ARC-AGI-2 上 9.9%，Gemini 3 在 USAMO'25 上 21%。").at(0);
    REQUIRE(claim.results.size() == 1);
    CHECK(claim.results[0].model_id == "gpt-5");
    CHECK(claim.results[0].low == 9.9);
  }
  SECTION("the paragraph's benchmark carries to the next sentence, for scores only") {
    const auto claims = ExtractOne(
        "Gemini 3 在 ARC-AGI-2 上进步很大。它这次拿到 45% 的分数。测试时开了 8~10 个 agent。");
    REQUIRE(claims.size() == 3);
    REQUIRE(claims[1].results.size() == 1);
    CHECK(claims[1].results[0].model_id == "gemini-3");
    CHECK(claims[1].results[0].benchmark_id == "arc-agi-2");
    CHECK(claims[1].results[0].low == 45);
    CHECK(claims[1].results[0].unit == "%");
    const EntityMention* benchmark = FindEntity(claims[1], "arc-agi-2");
    REQUIRE(benchmark != nullptr);
    CHECK(benchmark->inferred);
    CHECK(claims[2].results.empty());
  }
}

TEST_CASE("claims that name no model inherit the turn's model", "[extractor]") {
  const auto claims = ClaimExtractor(TestLinker())
                          .Extract(OneTurn("乙", {"这次 Gemini 3 让我很惊喜。",
                                                  "它不仅能写人物，还能安排情节的反转。"}));
  REQUIRE(claims.size() == 2);
  const EntityMention* named = FindEntity(claims[0], "gemini-3");
  REQUIRE(named != nullptr);
  CHECK_FALSE(named->inferred);
  CHECK(named->surface == "Gemini 3");
  const EntityMention* inherited = FindEntity(claims[1], "gemini-3");
  REQUIRE(inherited != nullptr);
  CHECK(inherited->inferred);
  CHECK(inherited->surface.empty());
  CHECK(inherited->role == MentionRole::kSubject);
}

// An episode with one full-text section titled `title`, one turn per
// (speaker, paragraphs) pair.
Episode OneSection(const std::string& title,
                   std::vector<std::pair<std::string, std::vector<std::string>>> turns,
                   SectionKind kind = SectionKind::kFullText) {
  Episode episode;
  Section section;
  section.kind = kind;
  section.title = title;
  section.line = 1;
  int line = 2;
  for (auto& [speaker, paragraphs] : turns) {
    Turn turn;
    turn.speaker = speaker;
    turn.line = line++;
    for (std::string& text : paragraphs)
      turn.paragraphs.push_back(MakeParagraph(std::move(text), line++));
    section.turns.push_back(std::move(turn));
  }
  episode.sections.push_back(std::move(section));
  return episode;
}

const Claim* FindClaim(const std::vector<Claim>& claims, const std::string& fragment) {
  for (const Claim& claim : claims) {
    if (claim.text.find(fragment) != std::string::npos) return &claim;
  }
  return nullptr;
}

TEST_CASE("a turn that names no model inherits the model its section is about", "[extractor]") {
  SECTION("from the nearest earlier turn of the section") {
    const auto claims = ClaimExtractor(TestLinker())
                            .Extract(OneSection("写代码的胜负已分？",
                                                {{"甲", {"我让 GPT-5 写了个小游戏，能跑。"}},
                                                 {"乙", {"我让 Gemini 3 写了个爬虫，也能跑。"}},
                                                 {"丙", {"跑分高不等于写代码已经赢了。"}}}));
    const Claim* third = FindClaim(claims, "跑分高");
    REQUIRE(third != nullptr);
    const EntityMention* inherited = FindEntity(*third, "gemini-3");
    REQUIRE(inherited != nullptr);
    CHECK(inherited->inferred);
    CHECK(inherited->role == MentionRole::kSubject);
    CHECK(FindEntity(*third, "gpt-5") == nullptr);  // The nearest turn, not the first.
    // The title's topic reaches claims that name none of their own.
    CHECK(std::find(third->topics.begin(), third->topics.end(), "coding") != third->topics.end());
  }
  SECTION("the section title wins over earlier turns") {
    const auto claims =
        ClaimExtractor(TestLinker())
            .Extract(OneSection("GPT-5 的写代码体验", {{"甲", {"我试了 Gemini 3，还行。"}},
                                                       {"乙", {"长任务里经常忘了前面的约定。"}}}));
    const Claim* second = FindClaim(claims, "长任务");
    REQUIRE(second != nullptr);
    CHECK(FindEntity(*second, "gpt-5") != nullptr);
    CHECK(FindEntity(*second, "gemini-3") == nullptr);
  }
  SECTION("inheritance does not cross sections") {
    Episode episode = OneSection("第一部分", {{"甲", {"Gemini 3 的多模态理解很扎实。"}}});
    Episode second = OneSection("第二部分", {{"乙", {"长任务里经常忘了前面的约定。"}}});
    episode.sections.push_back(std::move(second.sections[0]));
    const auto claims = ClaimExtractor(TestLinker()).Extract(episode);
    const Claim* later = FindClaim(claims, "长任务");
    REQUIRE(later != nullptr);
    CHECK(later->entities.empty());
  }
  SECTION("the editor's lines do not inherit from other turns") {
    const auto claims =
        ClaimExtractor(TestLinker())
            .Extract(OneSection("第一部分", {{"甲", {"Gemini 3 的多模态理解很扎实。"}},
                                             {"加粗要点", {"长任务里经常忘了前面的约定。"}}}));
    const Claim* editor = FindClaim(claims, "长任务");
    REQUIRE(editor != nullptr);
    CHECK(editor->by_editor);
    CHECK(editor->entities.empty());
  }
}

TEST_CASE("the two halves of a contrast share their model and topics", "[extractor]") {
  const auto claims =
      ClaimExtractor(TestLinker())
          .Extract(OneTurn("甲", {"我用它写代码跑出了一个小游戏，但有个按键是反的。",
                                  "ARC-AGI-2 上的最高分并不属于它，但 Gen3 已经很接近了。"}));
  const Claim* bug = FindClaim(claims, "按键是反的");
  REQUIRE(bug != nullptr);
  CHECK(std::find(bug->topics.begin(), bug->topics.end(), "coding") != bug->topics.end());
  // The first half names only the benchmark; the second half's model is
  // what the whole sentence is about.
  const Claim* score = FindClaim(claims, "最高分");
  REQUIRE(score != nullptr);
  const EntityMention* inherited = FindEntity(*score, "gemini-3");
  REQUIRE(inherited != nullptr);
  CHECK(inherited->inferred);
}

TEST_CASE("speaker, editor, timing, highlights and trivial claims", "[extractor]") {
  Episode episode;
  Section summary;
  summary.kind = SectionKind::kSummary;
  summary.title = "摘要";
  summary.line = 1;
  Turn editor_turn;
  editor_turn.line = 2;
  editor_turn.paragraphs.push_back(
      MakeParagraph("Gemini 3 在小说续写上的情节设计明显进步。", 2, {"情节设计明显进步"}));
  summary.turns.push_back(std::move(editor_turn));
  Section full;
  full.kind = SectionKind::kFullText;
  full.title = "续写";
  full.line = 4;
  full.range = TimeRange{100, 200};
  Turn turn;
  turn.speaker = "丙";
  turn.line = 5;
  turn.paragraphs.push_back(MakeParagraph("谢谢邀请。", 5));
  turn.paragraphs.push_back(
      MakeParagraph("我拿 Gemini 3 做小说续写，情节设计的进步很明显。它的编程能力一般。", 6));
  turn.paragraphs.push_back(MakeParagraph("另外，这家公司的办公室在山景城。", 7));
  full.turns.push_back(std::move(turn));
  Turn timed;
  timed.speaker = "丁";
  timed.line = 8;
  timed.range = TimeRange{150, 170};
  timed.paragraphs.push_back(MakeParagraph("我同意前面关于续写能力的判断，这点很关键。", 8));
  full.turns.push_back(std::move(timed));
  episode.sections = {summary, full};

  const auto claims = ClaimExtractor(TestLinker()).Extract(episode);
  REQUIRE(claims.size() == 5);  // "谢谢邀请。" is dropped.
  for (std::size_t i = 0; i < claims.size(); ++i) CHECK(claims[i].ordinal == static_cast<int>(i));

  CHECK(claims[0].by_editor);
  CHECK(claims[0].speaker.empty());
  CHECK(claims[0].highlighted);
  CHECK_FALSE(claims[0].start_s.has_value());
  CHECK(claims[0].summarises == std::vector<int>{1});

  CHECK(claims[1].speaker == "丙");
  CHECK_FALSE(claims[1].by_editor);
  CHECK(claims[1].line == 6);
  CHECK(claims[1].start_s == 100);
  CHECK(claims[1].end_s == 200);
  CHECK(claims[1].at_s == 100);  // First claim of its section.
  CHECK(claims[2].at_s > claims[1].at_s);
  CHECK(claims[3].at_s > claims[2].at_s);
  CHECK(claims[3].at_s < 200);
  CHECK(std::find(claims[2].topics.begin(), claims[2].topics.end(), "coding") !=
        claims[2].topics.end());

  // A turn with its own range is timed by it.
  CHECK(claims[4].speaker == "丁");
  CHECK(claims[4].start_s == 150);
  CHECK(claims[4].end_s == 170);
  CHECK(claims[4].at_s == 150);
}

// --- Corpus -----------------------------------------------------------------

std::filesystem::path CorpusDir() { return CLAIMKB_TEST_CORPUS; }

std::shared_ptr<const EntityLinker> BundledLinker() {
  static const auto linker = []() -> std::shared_ptr<const EntityLinker> {
    auto lexicon = Lexicon::LoadDefault();
    if (!lexicon) return nullptr;
    return std::make_shared<const EntityLinker>(*lexicon);
  }();
  return linker;
}

TEST_CASE("corpus: every digest yields attributable, citable claims", "[extractor][corpus]") {
  if (!std::filesystem::is_directory(CorpusDir())) {
    CLAIMKB_SKIP("corpus not found at " << CorpusDir().string());
  }
  const auto linker = BundledLinker();
  REQUIRE(linker != nullptr);
  const ClaimExtractor extractor(linker);
  int digests = 0;
  for (const auto& file : std::filesystem::directory_iterator(CorpusDir())) {
    const std::string name = file.path().filename().string();
    if (file.path().extension() != ".md" || name.starts_with("note-") || name == "README.md") {
      continue;
    }
    auto episode = ParseDigestFile(file.path().string());
    REQUIRE(episode.has_value());
    const auto claims = extractor.Extract(*episode);
    INFO(name);
    CHECK(claims.size() > 20);
    ++digests;
    for (const Claim& claim : claims) {
      INFO(claim.text);
      CHECK((claim.by_editor || !claim.speaker.empty()));
      CHECK(claim.line > 0);
      const Section& section = episode->sections.at(claim.section_index);
      const Paragraph& paragraph =
          section.turns.at(claim.turn_index).paragraphs.at(claim.paragraph_index);
      CHECK(paragraph.plain.substr(claim.span_begin, claim.span_end - claim.span_begin) ==
            claim.text);
      CHECK(claim.start_s.has_value() == claim.end_s.has_value());
      if (claim.at_s) {
        CHECK(*claim.at_s >= *claim.start_s);
        CHECK(*claim.at_s <= *claim.end_s);
      }
      for (int target : claim.summarises) {
        CHECK_FALSE(claims.at(target).by_editor);
      }
    }
  }
  CHECK(digests >= 10);
}

TEST_CASE("corpus: the Gemini 3 livestream", "[extractor][corpus]") {
  const auto path = CorpusDir() / "2025-11-21-gemini-3-101-live.md";
  if (!std::filesystem::exists(path)) {
    CLAIMKB_SKIP("corpus file not found at " << path.string());
  }
  const auto linker = BundledLinker();
  REQUIRE(linker != nullptr);
  auto episode = ParseDigestFile(path.string());
  REQUIRE(episode.has_value());
  const auto claims = ClaimExtractor(linker).Extract(*episode);

  for (const std::string speaker : {"Nathan", "田博士", "Gavin", "余北"}) {
    INFO(speaker);
    CHECK(std::any_of(claims.begin(), claims.end(),
                      [&](const Claim& claim) { return claim.speaker == speaker; }));
  }
  CHECK(std::any_of(claims.begin(), claims.end(), [](const Claim& claim) {
    return std::find(claim.topics.begin(), claim.topics.end(), "coding") != claim.topics.end();
  }));
  // Full-text sections are timed: their claims carry the range.
  for (const Claim& claim : claims) {
    if (episode->sections[claim.section_index].kind == SectionKind::kFullText &&
        episode->sections[claim.section_index].range) {
      CHECK(claim.start_s.has_value());
      CHECK(claim.at_s.has_value());
    }
  }
  // Gemini 3 on coding, from every panellist: claims that do not name the
  // model inherit it from their turn, their sentence or their section.
  const Lexicon& lexicon = linker->lexicon();
  const auto about_gemini_3 = [&](const Claim& claim) {
    return std::any_of(claim.entities.begin(), claim.entities.end(), [&](const EntityMention& e) {
      const auto up = lexicon.Ancestors(e.entity_id);
      return std::find(up.begin(), up.end(), "gemini-3") != up.end();
    });
  };
  const auto has_topic = [](const Claim& claim, const std::string& topic) {
    return std::find(claim.topics.begin(), claim.topics.end(), topic) != claim.topics.end();
  };
  for (const std::string speaker : {"Nathan", "田博士", "Gavin", "余北"}) {
    INFO("Gemini 3 on coding from " << speaker);
    CHECK(std::any_of(claims.begin(), claims.end(), [&](const Claim& claim) {
      return claim.speaker == speaker && about_gemini_3(claim) && has_topic(claim, "coding");
    }));
  }
  CHECK(std::any_of(claims.begin(), claims.end(), [&](const Claim& claim) {
    return claim.speaker == "Gavin" && about_gemini_3(claim) && has_topic(claim, "coding") &&
           has_topic(claim, "evaluation");
  }));

  // Gavin on ARC-AGI-2 (mangled as "ARK AGI2", the model as "Gen3"): the
  // score went from the teens (or single digits) to the thirties: the
  // thirties are Gemini 3's, where it started from was its predecessor's.
  const auto gavin = std::find_if(claims.begin(), claims.end(), [](const Claim& claim) {
    return claim.speaker == "Gavin" && !claim.results.empty();
  });
  REQUIRE(gavin != claims.end());
  std::vector<std::string> found;
  for (const BenchmarkResult& result : gavin->results) {
    CHECK(result.model_id == (result.qualifier == "after" ? "gemini-3" : ""));
    CHECK(result.benchmark_id == "arc-agi-2");
    found.push_back(result.qualifier + ":" + std::to_string(static_cast<int>(result.low)) + "-" +
                    std::to_string(static_cast<int>(result.high)));
  }
  CHECK(found == std::vector<std::string>{"before:11-19", "alternative:1-9", "after:31-39"});
  // The summary restates the panel: some of its claims link to what was said.
  CHECK(std::any_of(claims.begin(), claims.end(),
                    [](const Claim& claim) { return !claim.summarises.empty(); }));
}

}  // namespace

TEST_CASE("words under a highlight's Transcript are the named speaker's, not the editor's",
          "[extractor]") {
  const Episode episode = ParseDigest(
                              "# Highlights of a talk\n"
                              "\n"
                              "- URL: https://share.example.com/episode/y\n"
                              "\n"
                              "## Highlights\n"
                              "- Tests wear out\n"
                              "  Transcript:\n"
                              "  Teo Albrecht\n"
                              "  The top scores already bunch together.\n"
                              "    - Note: check the split's date.\n",
                              "highlight-turns.md")
                              .value();
  const auto claims = ClaimExtractor(TestLinker()).Extract(episode);
  const auto on_line = [&](int line) {
    const auto it =
        std::find_if(claims.begin(), claims.end(), [&](const Claim& c) { return c.line == line; });
    REQUIRE(it != claims.end());
    return *it;
  };
  // The section is a summary, yet the passage is the speaker's; the note
  // under it is the editor's.
  CHECK(on_line(9).speaker == "Teo Albrecht");
  CHECK_FALSE(on_line(9).by_editor);
  CHECK(on_line(10).by_editor);
}

TEST_CASE("a name the digest gives a person is no new benchmark", "[extractor]") {
  // "#评测 Tina" puts a benchmark word before a capitalised name, the cue
  // for a new benchmark; but the note says Tina is 唐语桐, whose turns she
  // speaks under that label.
  const Episode episode = ParseDigest(
                              "# 评测夜谈\n"
                              "\n"
                              "## 笔记\n"
                              "\n"
                              "#评测 Tina 就是唐语桐。\n"
                              "\n"
                              "## 原文\n"
                              "\n"
                              "[08:20] Tina：\n"
                              "分数是用来排除模型的。\n"
                              "[09:10] 阿澄：\n"
                              "那 ZorbArena 呢？\n",
                              "notes.md")
                              .value();
  CHECK(std::count(episode.person_labels.begin(), episode.person_labels.end(), "Tina") == 1);
  bool tina = false;
  bool zorb = false;
  for (const Claim& claim : ClaimExtractor(TestLinker()).Extract(episode)) {
    for (const EntityMention& mention : claim.entities) {
      tina |= mention.surface == "Tina";
      zorb |= mention.surface == "ZorbArena";
    }
  }
  CHECK_FALSE(tina);
  // A new name nobody is called still is one.
  CHECK(zorb);
}

}  // namespace claimkb
