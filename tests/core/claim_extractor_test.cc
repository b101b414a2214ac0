// Tests of the claim extractor. The small cases use sentences written for
// these tests and a lexicon built in code, so they do not move when the
// bundled lexicon grows; the corpus cases read ../shared/corpus at run time
// with the bundled lexicon and skip when the corpus is absent.
#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "../../core/src/quantity_parser.h"
#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"

namespace claimkb {
namespace {

LexiconEntry Entry(std::string id, EntityKind kind, std::string name,
                   std::vector<std::string> aliases = {}, std::vector<std::string> topics = {},
                   std::vector<std::string> cues = {}) {
  LexiconEntry entry;
  entry.id = std::move(id);
  entry.kind = kind;
  entry.name = std::move(name);
  entry.aliases = std::move(aliases);
  entry.topics = std::move(topics);
  entry.cues = std::move(cues);
  return entry;
}

std::shared_ptr<const EntityLinker> TestLinker() {
  static const auto linker = [] {
    std::vector<LexiconEntry> entries = {
        Entry("coding", EntityKind::kTopic, "Coding", {}, {}, {"编程", "写代码", "coding"}),
        Entry("reasoning", EntityKind::kTopic, "Reasoning", {}, {}, {"推理"}),
        Entry("gemini-3", EntityKind::kModel, "Gemini 3", {"Gen3"}),
        Entry("gpt-5", EntityKind::kModel, "GPT-5"),
        Entry("chatgpt-pro", EntityKind::kProduct, "ChatGPT Pro"),
        Entry("arc-agi-2", EntityKind::kBenchmark, "ARC-AGI-2", {"ARK AGI2"}, {"reasoning"}),
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
  for (std::string& text : paragraphs) turn.paragraphs.push_back(MakeParagraph(std::move(text), line++));
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
  const auto claims = ExtractOne("我连续用了三天新版本。效果出乎意料！Then I tried the API. It was fast");
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
    CHECK(Texts(claims) == std::vector<std::string>{"Gemini 3 的写作明显变好", "但推理速度太慢了。"});
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
    CHECK(ExtractOne("The demo looked polished, but the backend work was left undone.").size() == 2);
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
    const auto claims = ExtractOne("在长篇财报的检索汇总上，Gemini 3 仍达不到 ChatGPT Pro（或 GPT-5）的水平。");
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
        ExtractOne("最让人意外的是 ARK AGI2 上的跃升，Gen3 的分数从十几（或个位数）到三十几。").at(0);
    REQUIRE(claim.results.size() == 3);
    for (const BenchmarkResult& result : claim.results) {
      CHECK(result.model_id == "gemini-3");
      CHECK(result.benchmark_id == "arc-agi-2");
    }
    CHECK((claim.results[0].low == 11 && claim.results[0].high == 19));
    CHECK(claim.results[0].qualifier == "before");
    CHECK((claim.results[1].low == 1 && claim.results[1].high == 9));
    CHECK(claim.results[1].qualifier == "alternative");
    CHECK((claim.results[2].low == 31 && claim.results[2].high == 39));
    CHECK(claim.results[2].qualifier == "after");
    CHECK(std::find(claim.topics.begin(), claim.topics.end(), "reasoning") != claim.topics.end());
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
    WARN("skipped: corpus not found at " << CorpusDir().string());
    return;
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
    WARN("skipped: corpus file not found at " << path.string());
    return;
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
  // Gavin on ARC-AGI-2 (mangled as "ARK AGI2", the model as "Gen3"): the
  // score went from the teens (or single digits) to the thirties.
  const auto gavin = std::find_if(claims.begin(), claims.end(), [](const Claim& claim) {
    return claim.speaker == "Gavin" && !claim.results.empty();
  });
  REQUIRE(gavin != claims.end());
  std::vector<std::string> found;
  for (const BenchmarkResult& result : gavin->results) {
    CHECK(result.model_id == "gemini-3");
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
}  // namespace claimkb
