// Bound names: spellings too ambiguous to link on their own ("K2", "Opus",
// "Surge", "Moonlight"), confirmed by an enumeration beside a mention of the
// same kind or by their family or maker named elsewhere in the episode; the
// maker column and the "~" marker of the lexicon format; slashed
// alternatives ("Qwen Plus/Max"); lower-case compound heads ("meta-learning").
// The lexicon is written here by hand, so the cases do not move when the
// bundled lexicon grows.
#include <algorithm>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"

namespace claimkb {
namespace {

constexpr const char* kModels =
    "kimi\tmodel\tKimi\t-\t-\t-\t-\tKimi\t-\t-\tmoonshot-ai\n"
    "kimi-k2\tmodel\tKimi K2\tkimi\t-\t-\t-\tKimi\tK2\n"
    "claude\tmodel\tClaude\t-\t-\t-\t-\tClaude\t-\t-\tanthropic\n"
    "claude-opus-4-5\tmodel\tClaude Opus 4.5\tclaude\tOpus 4.5\t-\t-\tClaude\t4.5\tOpus\n"
    "qwen\tmodel\tQwen\t-\t-\t-\t-\tQwen\n"
    "qwen-plus\tmodel\tQwen-Plus\tqwen\tQwen Plus\t-\t-\tQwen\t-\tPlus\n"
    "qwen-max\tmodel\tQwen-Max\tqwen\tQwen Max\t-\t-\tQwen\t-\tMax\n"
    "moonlight\tmodel\t~Moonlight\t-\t-\t-\t-\tMoonlight\t-\t-\tmoonshot-ai\n"
    "step\tmodel\t~Step\t-\t-\t-\t-\tStep\t-\t-\tstepfun\n"
    "glm\tmodel\tGLM\t-\t-\t-\t-\tGLM\t-\t-\tzhipu-ai\n"
    "glm-4-5\tmodel\tGLM-4.5\tglm\t-\t-\t-\tGLM\t4.5\n"
    "grok\tmodel\tGrok\t-\t-\t-\t-\tGrok\t-\t-\txai\n"
    "grok-4\tmodel\tGrok 4\tgrok\t-\t-\t-\tGrok\t4\n";
constexpr const char* kOrgs =
    "moonshot-ai\torg\tMoonshot AI\t-\t月之暗面\n"
    "anthropic\torg\tAnthropic\n"
    "meta\torg\tMeta\n"
    "scale-ai\torg\tScale AI\n"
    "mercor\torg\tMercor\n"
    "surge-ai\torg\tSurge AI\t-\t~Surge\n"
    "turing\torg\t~Turing\n"
    "cursor\tproduct\tCursor\n"
    "stepfun\torg\tStepFun\t-\t阶跃星辰\n"
    "zhipu-ai\torg\tZhipu AI\t-\t智谱\n"
    "xai\torg\txAI\n"
    "groq\torg\tGroq\n"
    "livecodebench\tbenchmark\tLiveCodeBench\n"
    "swe-bench\tbenchmark\tSWE-bench\n"
    "swe-bench-verified\tbenchmark\tSWE-bench Verified\tswe-bench\t~Verified\n";

std::shared_ptr<const Lexicon> WriteAndLoad(const std::string& models, const std::string& orgs) {
  // One folder per process: CTest runs each test case in its own process,
  // two at a time, and a shared folder was removed under the other's feet.
  const auto dir = std::filesystem::temp_directory_path() /
                   ("claimkb-bound-names-test-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "models.tsv") << models;
  std::ofstream(dir / "orgs.tsv") << orgs;
  auto loaded = Lexicon::Load(dir.string());
  std::filesystem::remove_all(dir);
  REQUIRE(loaded);
  return *loaded;
}

std::shared_ptr<const EntityLinker> TestLinker() {
  static const auto linker =
      std::make_shared<const EntityLinker>(WriteAndLoad(kModels, kOrgs));
  return linker;
}

// "id=surface" of every mention, in order.
std::vector<std::string> Ids(const std::vector<LinkedMention>& mentions) {
  std::vector<std::string> out;
  for (const auto& mention : mentions) out.push_back(mention.entity_id + "=" + mention.surface);
  return out;
}

Episode TwoParagraphs(std::string first, std::string second) {
  Episode episode;
  Section section;
  section.kind = SectionKind::kFullText;
  section.title = "测试";
  section.line = 1;
  Turn turn;
  turn.speaker = "甲";
  turn.line = 2;
  int line = 3;
  for (std::string* text : {&first, &second}) {
    Paragraph paragraph;
    paragraph.line = line++;
    paragraph.text = *text;
    paragraph.plain = *text;
    turn.paragraphs.push_back(std::move(paragraph));
  }
  section.turns.push_back(std::move(turn));
  episode.sections.push_back(std::move(section));
  return episode;
}

// One bulleted paragraph per label, "- **Label**：rest", as the digest reader
// gives them (highlights hold the bold runs).
Episode LabelledList(const std::vector<std::pair<std::string, std::string>>& items) {
  Episode episode;
  Section section;
  section.kind = SectionKind::kFullText;
  section.title = "玩家";
  section.line = 1;
  Turn turn;
  turn.line = 2;
  int line = 3;
  for (const auto& [label, rest] : items) {
    Paragraph paragraph;
    paragraph.line = line++;
    paragraph.text = "**" + label + "**：" + rest;
    paragraph.plain = label + "：" + rest;
    paragraph.bullet = true;
    paragraph.highlights = {label};
    turn.paragraphs.push_back(std::move(paragraph));
  }
  section.turns.push_back(std::move(turn));
  episode.sections.push_back(std::move(section));
  return episode;
}

// Every entity id of the claims of `episode`.
std::unordered_set<std::string> EntityIds(const Episode& episode) {
  std::unordered_set<std::string> ids;
  for (const Claim& claim : ClaimExtractor(TestLinker()).Extract(episode)) {
    for (const EntityMention& entity : claim.entities) {
      if (!entity.inferred) ids.insert(entity.entity_id);
    }
  }
  return ids;
}

}  // namespace

TEST_CASE("'~' marks a bound spelling, the maker column names an org", "[lexicon][bound]") {
  const auto lexicon = WriteAndLoad(kModels, kOrgs);
  const LexiconEntry* moonlight = lexicon->Find("moonlight");
  REQUIRE(moonlight != nullptr);
  CHECK(moonlight->name == "Moonlight");
  CHECK(moonlight->name_bound);
  CHECK(moonlight->bound_aliases == std::vector<std::string>{"Moonlight"});
  const LexiconEntry* surge = lexicon->Find("surge-ai");
  REQUIRE(surge != nullptr);
  CHECK_FALSE(surge->name_bound);
  CHECK(surge->aliases.empty());
  CHECK(surge->bound_aliases == std::vector<std::string>{"Surge"});
  // The maker of a family is its children's too, and of names the grammar makes.
  CHECK(lexicon->Maker("kimi") == "moonshot-ai");
  CHECK(lexicon->Maker("kimi-k2") == "moonshot-ai");
  CHECK(lexicon->Maker("kimi-k1-5") == "moonshot-ai");
  CHECK(lexicon->Maker("qwen-max").empty());
  CHECK(lexicon->Maker("moonshot-ai").empty());

  SECTION("a maker that is no org is an error") {
    const auto dir = std::filesystem::temp_directory_path() / "claimkb-bound-names-bad";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "a.tsv") << "qwen\tmodel\tQwen\t-\t-\t-\t-\tQwen\t-\t-\tqwen\n";
    const auto loaded = Lexicon::Load(dir.string());
    std::filesystem::remove_all(dir);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().message.find("maker 'qwen'") != std::string::npos);
  }
  SECTION("only models have a maker") {
    const auto dir = std::filesystem::temp_directory_path() / "claimkb-bound-names-bad2";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "a.tsv") << "acme\torg\tAcme\t-\t-\t-\t-\t-\t-\t-\tacme\n";
    const auto loaded = Lexicon::Load(dir.string());
    std::filesystem::remove_all(dir);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().message.find("only models may have one") != std::string::npos);
  }
}

TEST_CASE("A bound name alone waits for its document", "[linker][bound]") {
  const EntityLinker& linker = *TestLinker();
  // Without `pending`, nothing: "K2", "Opus" and "Moonlight" are too bare.
  CHECK(linker.Link("K2 的训练很稳定").empty());
  CHECK(linker.Link("它和 Opus 一样好").empty());
  CHECK(linker.Link("Moonlight 技术报告").empty());

  std::vector<LinkedMention> pending;
  CHECK(linker.Link("K2 的训练很稳定，K1.5 是验证", &pending).empty());
  REQUIRE(pending.size() == 2);
  CHECK(pending[0].entity_id == "kimi-k2");
  CHECK(pending[0].surface == "K2");
  CHECK_FALSE(pending[0].is_new);
  CHECK(pending[1].entity_id == "kimi-k1-5");  // Minted from the family and the code.
  CHECK(pending[1].surface == "K1.5");
  CHECK(pending[1].is_new);
  for (const auto& mention : pending) {
    INFO(mention.entity_id);
    CHECK(std::count(mention.anchors.begin(), mention.anchors.end(), "kimi") >= 1);
    CHECK(std::count(mention.anchors.begin(), mention.anchors.end(), "moonshot-ai") == 1);
    CHECK(EntityLinker::Confirms(mention, {"moonshot-ai"}));
    CHECK(EntityLinker::Confirms(mention, {"kimi", "openai"}));
    CHECK_FALSE(EntityLinker::Confirms(mention, {"anthropic", "claude"}));
  }

  pending.clear();
  linker.Link("它和 Opus 一样好，但 opus 是拉丁词", &pending);
  REQUIRE(pending.size() == 1);  // The lower-case word is no tier.
  CHECK(pending[0].entity_id == "claude-opus");
  CHECK(pending[0].surface == "Opus");
  CHECK(EntityLinker::Confirms(pending[0], {"anthropic"}));
  CHECK(EntityLinker::Confirms(pending[0], {"claude"}));

  // After "Claude", or "cloud" as speech recognition hears it, a tier in
  // any case is Claude's line at once, one name with no other to wait for.
  pending.clear();
  for (const std::string text :
       {"Claude Opus 好用", "cloud opus 和别的哪个划算", "claude sonnet 写代码"}) {
    INFO(text);
    const auto now = linker.Link(text, &pending);
    REQUIRE(now.size() == 1);
    CHECK(now[0].entity_id.starts_with("claude-"));
    CHECK(now[0].surface.find(' ') != std::string::npos);
  }
  CHECK(pending.empty());
  CHECK(linker.Link("cloud opus 和别的哪个划算")[0].entity_id == "claude-opus");

  // A code in lower case, as transcripts write it, only with a spoken tier.
  pending.clear();
  CHECK(linker.Link("我测下来 k2 thinking 的写作更好", &pending).empty());
  REQUIRE(pending.size() == 1);
  CHECK(pending[0].entity_id == "kimi-k2-thinking");
  CHECK(pending[0].surface == "k2 thinking");
  pending.clear();
  CHECK(linker.Link("k2 的海拔很高", &pending).empty());
  CHECK(pending.empty());

  pending.clear();
  linker.Link("Moonlight 技术报告", &pending);
  REQUIRE(pending.size() == 1);
  CHECK(pending[0].entity_id == "moonlight");
  CHECK(pending[0].anchors == std::vector<std::string>{"moonshot-ai"});

  // The same code in Chinese numerals, as ASR writes it: "K三" is Kimi K3,
  // bound like "K2"; after its family it is whole.
  pending.clear();
  CHECK(linker.Link("K三 的前端能力很好", &pending).empty());
  REQUIRE(pending.size() == 1);
  CHECK(pending[0].entity_id == "kimi-k3");
  CHECK(pending[0].surface == "K三");
  CHECK(EntityLinker::Confirms(pending[0], {"moonshot-ai"}));
  pending.clear();
  CHECK(Ids(linker.Link("Kimi K三点五 发布", &pending)) ==
        std::vector<std::string>{"kimi-k3-5=Kimi K三点五"});
  CHECK(pending.empty());
  // A count is no version: "K三个" is three Ks. Kimi's versions carry their
  // letter, so a bare numeral after the family is none of them.
  CHECK(linker.Link("K三个", &pending).empty());
  CHECK(pending.empty());
  CHECK(Ids(linker.Link("Kimi一号", &pending)) == std::vector<std::string>{"kimi=Kimi"});
  CHECK(Ids(linker.Link("Kimi三", &pending)) == std::vector<std::string>{"kimi=Kimi"});
  CHECK(pending.empty());

  // A code glued to its family is the family's name, not a bound one.
  pending.clear();
  CHECK(Ids(linker.Link("Kimi K2 发布", &pending)) == std::vector<std::string>{"kimi-k2=Kimi K2"});
  CHECK(pending.empty());
  // Codes of a letter no family uses, and longer codes, are left alone.
  CHECK(Ids(linker.Link("A2 和 K200 还有 K2-B", &pending)).empty());
  CHECK(pending.empty());
  // A capitalised word hyphened on names the release, as after a whole
  // name; a word of comparison does not, and takes the code with it.
  CHECK(linker.Link("K2-Vendor 版本更稳，K2-Level 的对手", &pending).empty());
  REQUIRE(pending.size() == 1);
  CHECK(pending[0].entity_id == "kimi-k2-vendor");
  CHECK(pending[0].surface == "K2-Vendor");
  CHECK(EntityLinker::Confirms(pending[0], {"moonshot-ai"}));
  pending.clear();
  // A snapshot's date after the release word stays in the name; a date
  // alone after the code is another name's part, as before.
  CHECK(linker.Link("K2-Instruct-0905 表现好，K2-0905 也是", &pending).empty());
  REQUIRE(pending.size() == 1);
  CHECK(pending[0].entity_id == "kimi-k2-instruct-0905");
  CHECK(pending[0].surface == "K2-Instruct-0905");
  pending.clear();
  // A bound spelling with nothing to anchor it is dropped outright, unless
  // it labels the text: then it waits, with no anchors, for its list.
  CHECK(linker.Link("Surge 在上涨", &pending).empty());
  CHECK(pending.empty());
  CHECK(linker.Link("据说 Surge：在上涨", &pending).empty());
  CHECK(pending.empty());
  CHECK(linker.Link("Surge ：数据供应商", &pending).empty());
  REQUIRE(pending.size() == 1);
  CHECK(pending[0].entity_id == "surge-ai");
  CHECK(pending[0].anchors.empty());
  CHECK_FALSE(EntityLinker::Confirms(pending[0], {"surge-ai", "scale-ai"}));
}

TEST_CASE("An enumeration beside a mention of the same kind confirms a bound name",
          "[linker][bound]") {
  const EntityLinker& linker = *TestLinker();
  CHECK(Ids(linker.Link("向 Scale AI、Mercor、Surge、Turing 等供应商购买数据")) ==
        std::vector<std::string>{"scale-ai=Scale AI", "mercor=Mercor", "surge-ai=Surge",
                                 "turing=Turing"});
  // The list may start with the bound names; "and" joins too.
  CHECK(Ids(linker.Link("Turing, Surge and Mercor")) ==
        std::vector<std::string>{"turing=Turing", "surge-ai=Surge", "mercor=Mercor"});
  // A neighbour of another kind does not confirm: Moonlight is a model.
  CHECK(Ids(linker.Link("Mercor、Moonlight")) == std::vector<std::string>{"mercor=Mercor"});
  // Nor a mention that is not next in the list.
  CHECK(Ids(linker.Link("Mercor 很好，Turing 测试")) == std::vector<std::string>{"mercor=Mercor"});
  // Companies and products are listed together: a product confirms an
  // organisation's bound name, but still not a model's.
  CHECK(Ids(linker.Link("想想 Turing、Cursor 这些公司")) ==
        std::vector<std::string>{"turing=Turing", "cursor=Cursor"});
  CHECK(Ids(linker.Link("Cursor、Moonlight")) == std::vector<std::string>{"cursor=Cursor"});
  // Speech lists with a particle before the comma and "包括像" after it, in
  // either order.
  CHECK(Ids(linker.Link("像 Mercor 啊，Surge 啊这些")) ==
        std::vector<std::string>{"mercor=Mercor", "surge-ai=Surge"});
  CHECK(Ids(linker.Link("Surge 呀，包括像 Mercor")) ==
        std::vector<std::string>{"surge-ai=Surge", "mercor=Mercor"});
  // A particle alone, with no comma, is no list.
  CHECK(Ids(linker.Link("Mercor 啊 Surge")) == std::vector<std::string>{"mercor=Mercor"});
}

TEST_CASE("A family named by an English word names models where it is anchored",
          "[linker][bound]") {
  const EntityLinker& linker = *TestLinker();
  using Strings = std::vector<std::string>;
  // "Step 3" waits for its family or its maker, like "K2": a minted name
  // under the family.
  std::vector<LinkedMention> pending;
  CHECK(linker.Link("Step 3 的推理成本很低", &pending).empty());
  REQUIRE(pending.size() == 1);
  CHECK(pending[0].entity_id == "step-3");
  CHECK(pending[0].surface == "Step 3");
  CHECK(pending[0].is_new);
  CHECK(EntityLinker::Confirms(pending[0], {"stepfun"}));
  CHECK(EntityLinker::Confirms(pending[0], {"step"}));
  CHECK_FALSE(EntityLinker::Confirms(pending[0], {"moonshot-ai", "kimi"}));
  // Hyphened and glued versions alike.
  pending.clear();
  CHECK(linker.Link("Step-3 和 Step3.5 都开源了", &pending).empty());
  CHECK(Ids(pending) == Strings{"step-3=Step-3", "step-3-5=Step3.5"});
  // In lower case it is the word, whatever stands beside it.
  pending.clear();
  CHECK(Ids(linker.Link("step 3 of the recipe; the next step, Kimi K2 answers", &pending)) ==
        Strings{"kimi-k2=Kimi K2"});
  CHECK(pending.empty());
  // Capitalised in a list of models, the family stands.
  CHECK(Ids(linker.Link("Step、Kimi K2 都是国产模型")) == Strings{"step=Step", "kimi-k2=Kimi K2"});
  // A parameter count is specific enough on its own.
  pending.clear();
  CHECK(Ids(linker.Link("Step 2 7B 的结果", &pending)) == Strings{"step-2-7b=Step 2 7B"});
  // An open-weights release's "OSS" is a variant, as in GPT-OSS.
  CHECK(Ids(linker.Link("Step-OSS-36B 开源了", &pending)) ==
        Strings{"step-oss-36b=Step-OSS-36B"});
  CHECK(pending.empty());
}

TEST_CASE("A slashed alternative replaces the last word of the model before it",
          "[linker][bound]") {
  const EntityLinker& linker = *TestLinker();
  CHECK(Ids(linker.Link("节目中的 Qwen Plus/Max 等名称")) ==
        std::vector<std::string>{"qwen-plus=Qwen Plus", "qwen-max=Max"});
  // Only to a model the lexicon knows.
  CHECK(Ids(linker.Link("Qwen Plus/Turbo")) == std::vector<std::string>{"qwen-plus=Qwen Plus"});
  CHECK(Ids(linker.Link("Qwen Plus / Max")) == std::vector<std::string>{"qwen-plus=Qwen Plus"});
}

TEST_CASE("A capitalised name in lower case hyphened to a word is a compound head",
          "[linker][bound]") {
  const EntityLinker& linker = *TestLinker();
  CHECK(linker.Link("元神经符号模型（meta-neuro-symbolic model）").empty());
  CHECK(linker.Link("meta-learning 很有用").empty());
  CHECK(Ids(linker.Link("Meta-style 的组织")) == std::vector<std::string>{"meta=Meta"});
  CHECK(Ids(linker.Link("meta 发布了新模型")) == std::vector<std::string>{"meta=meta"});
}

TEST_CASE("The extractor confirms bound names by the episode's other mentions",
          "[extractor][bound]") {
  // An English-word family: its maker named elsewhere binds "Step 3".
  CHECK(EntityIds(TwoParagraphs("阶跃星辰发布了新模型。", "Step 3 的推理成本很低。"))
            .contains("step-3"));
  CHECK_FALSE(EntityIds(TwoParagraphs("访谈谈了路线。", "Step 3 的推理成本很低。"))
                  .contains("step-3"));
  // The maker named in one paragraph binds the bare codes of another.
  auto ids = EntityIds(TwoParagraphs("月之暗面在访谈中谈了路线。", "K2 的训练很稳定，K1.5 是验证。"));
  CHECK(ids.contains("moonshot-ai"));
  CHECK(ids.contains("kimi-k2"));
  CHECK(ids.contains("kimi-k1-5"));
  // A tier after the code goes with it.
  CHECK(EntityIds(TwoParagraphs("月之暗面发布了新模型。", "K2 Thinking 很强。"))
            .contains("kimi-k2-thinking"));
  // Without it, a bare code is nobody's.
  ids = EntityIds(TwoParagraphs("访谈谈了路线。", "K2 的训练很稳定，K1.5 是验证。"));
  CHECK(ids.empty());
  // A family's own model confirms the tier: Claude Opus 4.5, then "Opus".
  ids = EntityIds(TwoParagraphs("Opus 4.5 写代码很强。", "它和 Opus 一样好。"));
  CHECK(ids.contains("claude-opus-4-5"));
  CHECK(ids.contains("claude-opus"));
  // An edition's word alone ("Verified") where its benchmark is named; not
  // elsewhere, and not as a badge after a check mark.
  CHECK(EntityIds(TwoParagraphs("SWE-bench 上大家都在刷分。", "Verified 已经饱和了。"))
            .contains("swe-bench-verified"));
  CHECK_FALSE(EntityIds(TwoParagraphs("访谈谈了路线。", "Verified 已经饱和了。"))
                  .contains("swe-bench-verified"));
  CHECK_FALSE(EntityIds(TwoParagraphs("SWE-bench 上大家都在刷分。", "u/mara ✓ Verified 说得对。"))
                  .contains("swe-bench-verified"));
  // Another maker does not: Moonshot AI says nothing about Claude.
  ids = EntityIds(TwoParagraphs("Moonshot AI 的路线。", "它和 Opus 一样好，Moonlight 也开源了。"));
  CHECK(ids.contains("moonlight"));
  CHECK_FALSE(ids.contains("claude-opus"));
}

TEST_CASE("A bare code owned by another name is not the coded family's", "[extractor][bound]") {
  // The maker is named, so a bare "K3" would be Kimi K3; but "Meta 的 K3"
  // and "Meta's K3" are Meta's, whatever Meta calls its model.
  auto ids = EntityIds(TwoParagraphs("月之暗面谈了路线。", "Meta 的 K3 也不错。"));
  CHECK(ids.contains("meta"));
  CHECK_FALSE(ids.contains("kimi-k3"));
  ids = EntityIds(TwoParagraphs("月之暗面谈了路线。", "Meta's K3 is fine."));
  CHECK_FALSE(ids.contains("kimi-k3"));
  // Owned by the maker or the family itself, it is theirs.
  ids = EntityIds(TwoParagraphs("访谈谈了路线。", "月之暗面的 K3 也不错。"));
  CHECK(ids.contains("kimi-k3"));
  ids = EntityIds(TwoParagraphs("访谈谈了路线。", "Kimi 的 K3 也不错。"));
  CHECK(ids.contains("kimi-k3"));
  // A code right after a word for an organisation names the organisation.
  ids = EntityIds(TwoParagraphs("月之暗面谈了路线。", "最近有一个新的公司K5，六月做了尝试。"));
  CHECK_FALSE(ids.contains("kimi-k5"));
  ids = EntityIds(TwoParagraphs("月之暗面谈了路线。", "The startup K5 tried it in June."));
  CHECK_FALSE(ids.contains("kimi-k5"));
  // Without an owner before it, the maker elsewhere still binds it.
  ids = EntityIds(TwoParagraphs("Meta 谈了路线，月之暗面也谈了。", "K3 也不错。"));
  CHECK(ids.contains("kimi-k3"));
}

TEST_CASE("A bound name labelling a bullet stands in a list of companies", "[extractor][bound]") {
  // Mercor labels its own bullet: the list names companies, so Surge and
  // Turing, ordinary words alone, are the data vendors; an item with no
  // name at all ("小公司") does not break the list.
  auto ids = EntityIds(LabelledList(
      {{"Surge", "增长很快"}, {"小公司", "很多"}, {"Mercor", "专家网络"}, {"Turing", "代码数据"}}));
  CHECK(ids == std::unordered_set<std::string>{"surge-ai", "mercor", "turing"});
  // Without a company label in the list, nothing: a list of days or tests.
  ids = EntityIds(LabelledList({{"Surge", "周一"}, {"Turing", "测试"}}));
  CHECK(ids.empty());
  // A company named inside an item, not as its label, does not make the
  // list one of companies.
  ids = EntityIds(LabelledList({{"Surge", "像 Mercor 一样"}, {"小结", "没有"}}));
  CHECK(ids == std::unordered_set<std::string>{"mercor"});
}

TEST_CASE("A family an edit away, before a version, is speech recognition's damage",
          "[extractor][bound]") {
  const EntityLinker& linker = *TestLinker();
  // "Optus" is one letter from the tier Opus, and a version follows: Claude
  // Opus 4.8, bound to Claude like a bare tier, so alone it waits.
  std::vector<LinkedMention> pending;
  CHECK(linker.Link("Optus 4.8 写代码很强", &pending).empty());
  REQUIRE(pending.size() == 1);
  CHECK(pending[0].entity_id == "claude-opus-4-8");
  CHECK(pending[0].surface == "Optus 4.8");
  CHECK(EntityLinker::Confirms(pending[0], {"anthropic"}));
  CHECK_FALSE(EntityLinker::Confirms(pending[0], {"moonshot-ai"}));

  // In an episode, the maker named elsewhere confirms it; without it, nothing.
  CHECK(EntityIds(TwoParagraphs("Anthropic 发布了新模型。", "Optus 4.8 写代码很强。"))
            .contains("claude-opus-4-8"));
  CHECK(EntityIds(TwoParagraphs("访谈谈了路线。", "Optus 4.8 写代码很强。")).empty());
  // The version in Chinese numerals, as a Chinese transcript writes it.
  CHECK(EntityIds(TwoParagraphs("Anthropic 发布了新模型。", "Optus五 的价格更低。"))
            .contains("claude-opus-5"));
  // Two capitals a letter short of a three-letter stem: "GM" for GLM.
  CHECK(EntityIds(TwoParagraphs("智谱发布了新模型。", "GM 5.2 的代码能力很好。"))
            .contains("glm-5-2"));
  // Two letters not both capitals, a word two edits away ("Quest" from
  // Qwen), a lower-case word and a word no stem is near take nothing, even
  // where every family and maker is named.
  const auto ids = EntityIds(
      TwoParagraphs("Anthropic、智谱和 Qwen Plus 都谈到了。",
                    "Gm 5 不算，Quest 3 也不算，optus 4 是小写，Table 2 和 Stage 3 是表格。"));
  CHECK(ids == std::unordered_set<std::string>{"anthropic", "zhipu-ai", "qwen-plus"});
  // "Grock" is an edit from Grok; "Groq", as near, is a name the lexicon
  // knows (the chip company), and the lexicon's match keeps it itself.
  CHECK(EntityIds(TwoParagraphs("xAI 发布了新模型。", "Grock 4 的推理很强。")).contains("grok-4"));
  const auto groq = EntityIds(TwoParagraphs("xAI 发布了新模型。", "Groq 2 的推理很快。"));
  CHECK(groq.contains("groq"));
  CHECK_FALSE(groq.contains("grok-2"));
}

TEST_CASE("A camel-case word listed beside a benchmark is a new benchmark in the whole episode",
          "[extractor][bound]") {
  const EntityLinker& linker = *TestLinker();
  CHECK(Ids(linker.Link("更推荐看 LiveCodeBench、CodeClash 这种")) ==
        std::vector<std::string>{"livecodebench=LiveCodeBench", "codeclash=CodeClash"});
  // Alone, the shape is as much a product's or a company's.
  CHECK(Ids(linker.Link("CodeClash 更可信")).empty());
  // Confirmed once, it stands in the episode's other paragraphs too.
  const Episode listed =
      TwoParagraphs("看 LiveCodeBench、CodeClash 这种。", "CodeClash 具体怎么评？");
  bool second = false;
  for (const Claim& claim : ClaimExtractor(TestLinker()).Extract(listed)) {
    if (!claim.text.starts_with("CodeClash")) continue;
    for (const EntityMention& entity : claim.entities) {
      second = second || (entity.entity_id == "codeclash" && !entity.inferred);
    }
  }
  CHECK(second);
  CHECK_FALSE(
      EntityIds(TwoParagraphs("访谈谈了路线。", "CodeClash 具体怎么评？")).contains("codeclash"));
}

}  // namespace claimkb
