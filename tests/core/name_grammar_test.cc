// Open-vocabulary names: the model-name grammar, benchmark cues, the parents
// of a new name, and the guard that keeps ordinary words out. The lexicon is
// a small one written here, so every expected id follows from these rows.
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"

namespace {

using claimkb::EntityKind;
using claimkb::EntityLinker;
using claimkb::Lexicon;
using claimkb::LinkedMention;

constexpr const char* kRows =
    "evaluation\ttopic\tEvaluation\t-\t-\t-\tbenchmark\n"
    "llama\tmodel\tLlama\t-\tLLaMA\t-\t-\tLlama\n"
    "llama-3\tmodel\tLlama 3\tllama\t-\t-\t-\tLlama\t3\n"
    "mistral\tmodel\tMistral\t-\t-\t-\t-\tMistral\n"
    "mistral-7b\tmodel\tMistral 7B\tmistral\t-\t-\t-\tMistral\t-\t7B\n"
    "mixtral\tmodel\tMixtral\tmistral\t-\t-\t-\tMistral\t-\tMixtral\n"
    "gemma\tmodel\tGemma\t-\t-\t-\t-\tGemma\n"
    "glm\tmodel\tGLM\t-\t-\t-\t-\tGLM\n"
    "ernie\tmodel\tERNIE\t-\t-\t-\t-\tERNIE\n"
    "qwen\tmodel\tQwen\t-\t千问|通义千问\t-\t-\tQwen\n"
    "qwen-2-5\tmodel\tQwen2.5\tqwen\tQwen 2.5\t-\t-\tQwen\t2.5\n"
    "deepseek\torg\tDeepSeek\n"
    "deepseek-models\tmodel\tDeepSeek models\t-\t-\t-\t-\tDeepSeek\n"
    "deepseek-v3\tmodel\tDeepSeek-V3\tdeepseek-models\tDeepSeek V3\t-\t-\tDeepSeek\tV3\n"
    "claude\tmodel\tClaude\t-\t-\t-\t-\tClaude\n"
    "claude-4-5\tmodel\tClaude 4.5\tclaude\t-\t-\t-\tClaude\t4.5\n"
    "claude-sonnet-4-5\tmodel\tClaude Sonnet 4.5\tclaude-4-5\t-\t-\t-\tClaude\t4.5\tSonnet\n"
    "gemini\tmodel\tGemini\t-\t-\t-\t-\tGemini\n"
    "gemini-2-5\tmodel\tGemini 2.5\tgemini\t-\t-\t-\tGemini\t2.5\n"
    "phi-4\tmodel\tPhi-4\t-\tPhi 4\t-\t-\tPhi\t4\n"
    "o-series\tmodel\tOpenAI o-series\t-\t-\t-\t-\to-series\n"
    "o3\tmodel\to3\to-series\t-\t-\t-\to-series\t3\n"
    "o3-mini\tmodel\to3-mini\to3\t-\t-\t-\to-series\t3\tmini\n"
    "gpt\tmodel\tGPT\t-\t-\t-\t-\tGPT\n"
    "gpt-2\tmodel\tGPT-2\tgpt\t-\t-\t-\tGPT\t2\n"
    "gpt-5-1\tmodel\tGPT-5.1\tgpt\t-\t-\t-\tGPT\t5.1\n"
    "tau2-bench\tbenchmark\tτ²-bench\t-\ttau2-bench|tau2 bench\tevaluation\n"
    "imo-2025\tbenchmark\tIMO 2025\t-\t-\tevaluation\n"
    "aime\tbenchmark\tAIME\t-\t-\tevaluation\n"
    "mmlu\tbenchmark\tMMLU\t-\t-\tevaluation\n"
    "gaia\tbenchmark\tGAIA\t-\t-\tevaluation\n"
    "frontiermath\tbenchmark\tFrontierMath\t-\t-\tevaluation\n"
    "arc-agi\tbenchmark\tARC-AGI\t-\t-\tevaluation\n"
    "arc-agi-2\tbenchmark\tARC-AGI-2\tarc-agi\t-\tevaluation\n"
    "dall-e\tmodel\tDALL-E\t-\tDALL·E\t-\t-\tDALL-E\n"
    "bytedance\torg\tByteDance\t-\t字节|字节跳动\n"
    "hunyuan\tmodel\tHunyuan\t-\t混元\t-\t-\tHunyuan\n"
    "doubao\tmodel\tDoubao\t-\t豆包\t-\t-\tDoubao\n"
    "doubao-seed\tmodel\tDoubao-Seed\tdoubao\tDoubao Seed\t-\t-\tDoubao-Seed\n"
    "transformer\ttechnique\tTransformer\n";

class Fixture {
 public:
  // CTest runs test cases in parallel processes: each gets its own directory.
  Fixture()
      : dir_(std::filesystem::temp_directory_path() /
             ("claimkb-name-grammar-test-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "entries.tsv") << kRows;
    auto loaded = Lexicon::Load(dir_.string());
    if (!loaded) FAIL(loaded.error().ToString());
    lexicon_ = *loaded;
  }
  ~Fixture() { std::filesystem::remove_all(dir_); }
  const Lexicon& lexicon() const { return *lexicon_; }
  std::vector<LinkedMention> Link(const std::string& text, bool open = true) const {
    claimkb::LinkerOptions options;
    options.open_vocabulary = open;
    options.include_topics = false;
    return EntityLinker(lexicon_, options).Link(text);
  }
  // The bound names of `text` that wait for the document to confirm them.
  std::vector<LinkedMention> Pending(const std::string& text) const {
    claimkb::LinkerOptions options;
    options.include_topics = false;
    std::vector<LinkedMention> pending;
    EntityLinker(lexicon_, options).Link(text, &pending);
    return pending;
  }
  // The one mention of `text`, which must cover `surface`.
  LinkedMention Only(const std::string& text, const std::string& surface) const {
    const auto mentions = Link(text);
    INFO(text);
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].surface == surface);
    return mentions[0];
  }

 private:
  std::filesystem::path dir_;
  std::shared_ptr<const Lexicon> lexicon_;
};

using Chain = std::vector<std::string>;

}  // namespace

TEST_CASE("Model names with versions, sizes, variants and dates become new entities with parents",
          "[grammar][linker]") {
  const Fixture f;
  struct Case {
    std::string text, surface, id;
    Chain ancestors;
  };
  const std::vector<Case> cases = {
      {"Llama-3.1-8B-Instruct 很强",
       "Llama-3.1-8B-Instruct",
       "llama-3-1-8b-instruct",
       {"llama-3-1-8b-instruct", "llama-3-1-8b", "llama-3-1", "llama"}},
      {"试了 Mistral-7B-v0.3。",
       "Mistral-7B-v0.3",
       "mistral-7b-v0-3",
       {"mistral-7b-v0-3", "mistral-7b", "mistral"}},
      {"Qwen2.5-Coder-32B 写代码",
       "Qwen2.5-Coder-32B",
       "qwen-2-5-coder-32b",
       {"qwen-2-5-coder-32b", "qwen-2-5-coder", "qwen-2-5", "qwen"}},
      // The family's root entry has another id than the company.
      {"DeepSeek-V3-0324 发布",
       "DeepSeek-V3-0324",
       "deepseek-v3-0324",
       {"deepseek-v3-0324", "deepseek-v3", "deepseek-models"}},
      {"and Phi-4-mini too", "Phi-4-mini", "phi-4-mini", {"phi-4-mini", "phi-4"}},
      {"Gemini 2.5 Flash-Lite 便宜",
       "Gemini 2.5 Flash-Lite",
       "gemini-2-5-flash-lite",
       {"gemini-2-5-flash-lite", "gemini-2-5-flash", "gemini-2-5", "gemini"}},
      // Claude's tier alone names the family; from 4 on the tier goes first.
      {"Opus 4.7 更稳", "Opus 4.7", "claude-opus-4-7", {"claude-opus-4-7", "claude-4-7", "claude"}},
      // A tier written before the version keeps its place in the id, as in
      // the lexicon's "Mistral Medium 3" (mistral-medium-3), not
      // mistral-2-large; the parents are the family's version, as for any name.
      {"Mistral Large 2 还行",
       "Mistral Large 2",
       "mistral-large-2",
       {"mistral-large-2", "mistral-2", "mistral"}},
  };
  for (const auto& c : cases) {
    const LinkedMention mention = f.Only(c.text, c.surface);
    CHECK(mention.entity_id == c.id);
    CHECK(mention.kind == EntityKind::kModel);
    CHECK(mention.is_new);
    CHECK(mention.confidence < 1.0);
    CHECK(f.lexicon().Ancestors(c.id) == c.ancestors);
  }
}

TEST_CASE("Release endings, letter-coded versions and a line inside a family make names",
          "[grammar][linker]") {
  const Fixture f;
  struct Case {
    std::string text, surface, id;
    Chain ancestors;
  };
  const std::vector<Case> cases = {
      // A number's one-letter ending is part of the version, decimals too.
      {"Gemma 3n 面向手机端", "Gemma 3n", "gemma-3n", {"gemma-3n", "gemma"}},
      {"GLM-4.5V 视觉推理", "GLM-4.5V", "glm-4-5v", {"glm-4-5v", "glm"}},
      // A capitalised word hyphened on after the version names the release;
      // a comparison's word does not.
      {"DeepSeek-V3-Speciale 拿了金牌",
       "DeepSeek-V3-Speciale",
       "deepseek-v3-speciale",
       {"deepseek-v3-speciale", "deepseek-v3", "deepseek-models"}},
      // X and T code versions as K, V, R and M do.
      {"百度的 ERNIE X1.1 进步明显", "ERNIE X1.1", "ernie-x1-1", {"ernie-x1-1", "ernie"}},
      // "Mixtral" is a Mistral line with an entry of its own: its sizes
      // follow it, and the entry is the parent.
      {"Mixtral 8x22B 仍是基线",
       "Mixtral 8x22B",
       "mixtral-8x22b",
       {"mixtral-8x22b", "mixtral", "mistral"}},
  };
  for (const auto& c : cases) {
    const LinkedMention mention = f.Only(c.text, c.surface);
    CHECK(mention.entity_id == c.id);
    CHECK(mention.kind == EntityKind::kModel);
    CHECK(mention.is_new);
    CHECK(f.lexicon().Ancestors(c.id) == c.ancestors);
  }
  // Endings other than o, n and v, and letters no release codes with, stay
  // out of the name: "3d" and "Y1" are not versions.
  auto mentions = f.Link("Gemma 3d 打印, ERNIE Y1");
  std::vector<std::string> ids;
  for (const auto& m : mentions) ids.push_back(m.entity_id);
  CHECK(ids == std::vector<std::string>{"gemma", "ernie"});
  // A word of comparison hyphened after a version is no release's name.
  CHECK(f.Only("有 GPT-2-Level 的水平", "GPT-2").entity_id == "gpt-2");
}

TEST_CASE("Names the lexicon knows in another spelling link to the entry", "[grammar][linker]") {
  const Fixture f;
  for (const auto& [text, id] : std::vector<std::pair<std::string, std::string>>{
           {"Claude 4.5 Sonnet", "claude-sonnet-4-5"},
           {"Claude Sonnet 4.5", "claude-sonnet-4-5"},
           {"o3-mini", "o3-mini"},
           {"GPT-2", "gpt-2"},
           {"Qwen 2.5", "qwen-2-5"},
       }) {
    const LinkedMention mention = f.Only(text, text);
    CHECK(mention.entity_id == id);
    CHECK_FALSE(mention.is_new);
    CHECK(mention.confidence == 1.0);
  }
}

TEST_CASE("The bundled lexicon knows names in the spellings reports use", "[grammar][linker]") {
  const auto lexicon = Lexicon::LoadDefault();
  REQUIRE(lexicon.has_value());
  claimkb::LinkerOptions options;
  options.include_topics = false;
  const EntityLinker linker(*lexicon, options);
  for (const auto& [text, id] : std::vector<std::pair<std::string, std::string>>{
           // Doubao's versions from 1.6 on are named Doubao-Seed.
           {"豆包 1.6", "doubao-seed-1-6"},
           {"Doubao 1.6", "doubao-seed-1-6"},
           // Maverick comes in one size only: the full name is the model.
           {"Llama-4-Maverick-17B-128E", "llama-4-maverick"},
           {"Codex-Max", "gpt-5-1-codex-max"},
           {"UI-TARS-2", "ui-tars-2"},
           // "HMMT 2025" is the February contest, an edition, not the family.
           {"HMMT25", "hmmt-2025"},
           {"PG-19", "pg-19"},
       }) {
    INFO(text);
    const auto mentions = linker.Link(text);
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].entity_id == id);
    CHECK_FALSE(mentions[0].is_new);
  }
}

TEST_CASE("Benchmark cues: suffixes, years and a score context", "[grammar][linker]") {
  const Fixture f;
  struct Case {
    std::string text, surface, id;
    Chain ancestors;
  };
  const std::vector<Case> cases = {
      {"AIME 2025 上满分", "AIME 2025", "aime-2025", {"aime-2025", "aime"}},
      {"AIME'25 很难", "AIME'25", "aime-2025", {"aime-2025", "aime"}},
      {"AIME25 很难", "AIME25", "aime-2025", {"aime-2025", "aime"}},
      {"MMLU-Pro 更难", "MMLU-Pro", "mmlu-pro", {"mmlu-pro", "mmlu"}},
      {"LiveCodeBench 上", "LiveCodeBench", "livecodebench", {}},
      {"新的 GDP-bench 测的是", "GDP-bench", "gdp-bench", {}},
      {"Terminal-Bench 2.0 发布", "Terminal-Bench 2.0", "terminal-bench-2", {}},
      {"在 GPQA 上得分 80%", "GPQA", "gpqa", {}},
      {"它的 BFCL 得分很高", "BFCL", "bfcl", {}},
      {"best on HLE so far", "HLE", "hle", {}},
      // Two capitalised words before a spaced ending.
      {"在 Frontier Code Arena 上第一", "Frontier Code Arena", "frontier-code-arena", {}},
      {"Open Agent Bench 2.0 里", "Open Agent Bench 2.0", "open-agent-bench-2", {}},
      // The same after a new name.
      {"ScholarEval-ZH 得分", "ScholarEval-ZH", "scholareval-zh", {}},
      // A release of a known benchmark.
      {"MMLU v2 上", "MMLU v2", "mmlu-v2", {"mmlu-v2", "mmlu"}},
      // A language code after a known benchmark names its translation.
      {"MMLU-ZH 上", "MMLU-ZH", "mmlu-zh", {"mmlu-zh", "mmlu"}},
      // A word hyphened to a name with its own ending is one name.
      {"在 IMO-AnswerBench 上", "IMO-AnswerBench", "imo-answerbench", {}},
      // A numbered tier or level of a known benchmark is a part of it with
      // scores of its own.
      {"FrontierMath Tier 4 上只有 20%",
       "FrontierMath Tier 4",
       "frontiermath-tier-4",
       {"frontiermath-tier-4", "frontiermath"}},
      {"GAIA Level 3 最难", "GAIA Level 3", "gaia-level-3", {"gaia-level-3", "gaia"}},
  };
  for (const auto& c : cases) {
    const LinkedMention mention = f.Only(c.text, c.surface);
    CHECK(mention.entity_id == c.id);
    CHECK(mention.kind == EntityKind::kBenchmark);
    CHECK(f.lexicon().Ancestors(c.id) == c.ancestors);
  }
}

TEST_CASE("A capitalised name beside a Chinese score or benchmark word is a benchmark",
          "[grammar][linker]") {
  const Fixture f;
  struct Case {
    std::string text, surface, id;
  };
  const std::vector<Case> cases = {
      // A score with its number, after the name or after "在 X 上".
      {"Toolathlon 得分 38.6%", "Toolathlon", "toolathlon"},
      {"在 Aider Polyglot 上拿到 82%", "Aider Polyglot", "aider-polyglot"},
      // A benchmark word right after it; CamelCase may take an English one.
      {"WebVoyager 榜单第一", "WebVoyager", "webvoyager"},
      {"the NoLiMa benchmark", "NoLiMa", "nolima"},
      // "eval" after a CamelCase name or an acronym, as a word of its own.
      {"Lena's own SlowPoke eval for refactors", "SlowPoke", "slowpoke"},
      {"QXR evals are saturated", "QXR", "qxr"},
      // A Chinese benchmark word right before it.
      {"分享私藏评测 ListKeeper：三十轮", "ListKeeper", "listkeeper"},
      {"新基准 Zorbly 上线", "Zorbly", "zorbly"},
      // A dotted prefix makes its own benchmark of a glued ending.
      {"Fiction.LiveBench 上很强", "Fiction.LiveBench", "fiction-livebench"},
  };
  for (const auto& c : cases) {
    const LinkedMention mention = f.Only(c.text, c.surface);
    CHECK(mention.entity_id == c.id);
    CHECK(mention.kind == EntityKind::kBenchmark);
  }
  // Each name of a list the benchmark word follows, counted between them.
  auto mentions = f.Link("它在 HELMET 和 NoLiMa 两个测评里都领先");
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].entity_id == "helmet");
  CHECK(mentions[1].entity_id == "nolima");
}

TEST_CASE("An acronym listed beside a known benchmark is a benchmark", "[grammar][linker]") {
  const Fixture f;
  auto ids_of = [&f](const std::string& text) {
    std::vector<std::string> ids;
    for (const auto& m : f.Link(text)) ids.push_back(m.entity_id);
    return ids;
  };
  auto has = [](const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  // MMLU is in the lexicon; HELMET, the item before it, is not.
  auto before = f.Link("我补充 HELMET 和 MMLU 两项");
  REQUIRE(before.size() == 2);
  CHECK(before[0].entity_id == "helmet");
  CHECK(before[0].kind == EntityKind::kBenchmark);
  // Through the list: BRUMO follows AIME (known), SMT follows BRUMO; each
  // keeps its year as its edition.
  auto contests = ids_of("AIME、BRUMO 2025、SMT 2025 都是比赛一结束就跑");
  CHECK(has(contests, "brumo-2025"));
  CHECK(has(contests, "smt-2025"));
  // A year read as a date stays out of the name.
  auto dated = ids_of("AIME 和 BRUMO 2025 年的题");
  CHECK(has(dated, "brumo"));
  CHECK(!has(dated, "brumo-2025"));
  // A capitalised word in such a list is a company or a product as often.
  CHECK(ids_of("Acme 和 MMLU") == std::vector<std::string>{"mmlu"});
  // An acronym beside no known benchmark stays prose.
  CHECK(f.Link("HELMET 和 NASA 都提到了").empty());
}

TEST_CASE("A capitalised word without such a cue stays prose", "[grammar][linker]") {
  const Fixture f;
  // A score word with no number is a reputation, not a result.
  CHECK(f.Link("Cursor 得分很高").empty());
  // English opens sentences with capitals: a plain capitalised word takes
  // only Chinese cue words, and "on X" only for an acronym.
  CHECK(f.Link("Average score 80, Overall benchmark results, built on Twitter").empty());
  // "eval" only as a word of its own, and only after an acronym or a
  // CamelCase name; a Chinese benchmark word before a name, not an English one.
  CHECK(f.Link("Toolathlon evaluation, Sunday eval, the benchmark Zorbly").empty());
  // A name that goes on is another name, and a word hyphened after an
  // acronym the field uses is not one either.
  CHECK(f.Link("Toolathlon Pro 2 得分 30").empty());
  CHECK(f.Link("MCP-Universe 榜单").empty());
  // A family is never a benchmark, whatever stands beside it.
  const auto family = f.Link("Gemini 得分 80");
  REQUIRE(family.size() == 1);
  CHECK(family[0].entity_id == "gemini");
}

TEST_CASE("Ordinary words and numbers in prose are not new names", "[grammar][linker]") {
  const Fixture f;
  // Only the technique: "Perplexity" and a bare "Arena" are words here.
  auto mentions = f.Link("Transformer 的 Perplexity 在 Arena 上很低");
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].entity_id == "transformer");
  // "在 X 上" without a score after it is plain Chinese for "on X".
  CHECK(f.Link("在 MLA 上的开销很大，在 SDN 上面读写").empty());
  // Numbers after words that are no family, a year after a model, a score
  // after a benchmark.
  CHECK(f.Link("Table 2 and Part 3.3, Python 3.9, Level 1").empty());
  mentions = f.Link("GPT-2 2025 年开源");
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].entity_id == "gpt-2");
  mentions = f.Link("C-Eval 47 分");
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].surface == "C-Eval");
  // Two digits before the decimal make a score, not a version.
  mentions = f.Link("Fresh-Bench Verified 78.2，比上代高");
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].surface == "Fresh-Bench Verified");
  // One capitalised word, a sentence opener or a lower-case ending before a
  // spaced "Arena"/"Bench" is prose, not a name.
  CHECK(f.Link("Code Arena 和 The Code Arena, Frontier code arena, In Our Bench").empty());
  // "Gemini Pro" has no version or size: nothing new without the lexicon.
  mentions = f.Link("Gemini Pro");
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].entity_id == "gemini");
  // Lower-case variant words in prose do not extend a name.
  mentions = f.Link("Llama 3 large models");
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].entity_id == "llama-3");
}

TEST_CASE("A known benchmark in another case is named next to a benchmark word",
          "[grammar][linker]") {
  const Fixture f;
  // GAIA's case form matches only capitals; "Gaia" beside a benchmark word
  // (before it in the sentence, or right after it) is the benchmark.
  LinkedMention mention = f.Only("最初用公开学术基准（如 Gaia），后来换了", "Gaia");
  CHECK(mention.entity_id == "gaia");
  CHECK(mention.kind == EntityKind::kBenchmark);
  CHECK(f.Only("we tried public benchmarks such as Gaia first", "Gaia").entity_id == "gaia");
  CHECK(f.Only("Gaia 评测里分数不高", "Gaia").entity_id == "gaia");
  // Alone, or beside a word that only contains "eval", or with the
  // benchmark word in another sentence, it is the word or another name.
  CHECK(f.Link("Gaia 是大地女神").empty());
  CHECK(f.Link("we evaluate Gaia slowly").empty());
  CHECK(f.Link("这是基准。Gaia 是女神").empty());
  // The lexicon's own case still links without any cue.
  CHECK(f.Only("GAIA 很难", "GAIA").entity_id == "gaia");
}

TEST_CASE("A middle dot joins a name's parts as a hyphen does", "[grammar][linker]") {
  const Fixture f;
  // "DALL·E 1" is the family DALL-E and version 1; the bare "3" after
  // "到" names nothing by itself.
  LinkedMention mention = f.Only("从 DALL·E 1 到 3 再到新模型", "DALL·E 1");
  CHECK(mention.entity_id == "dall-e-1");
  CHECK(mention.is_new);
  CHECK(f.Only("DALL·E 3 的图", "DALL·E 3").entity_id == "dall-e-3");
  CHECK(f.Only("DALL-E 2 的图", "DALL-E 2").entity_id == "dall-e-2");
  // Without a version it is the lexicon's family.
  mention = f.Only("DALL·E 的图", "DALL·E");
  CHECK(mention.entity_id == "dall-e");
  CHECK_FALSE(mention.is_new);
}

TEST_CASE("A major version 0 and a Claude tier before Claude 3 are not minted",
          "[grammar][linker]") {
  const Fixture f;
  // "GPT-0.5" is a metaphor for a stage before GPT-1, not a release.
  for (const auto& m : f.Link("机器人还在 GPT-0.5 到 GPT-1 的时刻")) {
    CHECK(m.entity_id != "gpt-0-5");
  }
  bool gpt1 = false;
  for (const auto& m : f.Link("机器人还在 GPT-0.5 到 GPT-1 的时刻")) gpt1 = gpt1 || m.entity_id == "gpt-1";
  CHECK(gpt1);
  for (const auto& m : f.Link("GPT零点五的阶段")) CHECK(m.entity_id != "gpt-0-5");
  // A size and a revision that start with 0 still make names.
  CHECK(f.Only("Qwen2.5-0.5B 很小", "Qwen2.5-0.5B").entity_id == "qwen-2-5-0.5b");
  CHECK(f.Only("试了 Mistral-7B-v0.1", "Mistral-7B-v0.1").entity_id == "mistral-7b-v0-1");
  // Claude's tiers begin with Claude 3: "Sonnet 2.1" keeps the version alone.
  CHECK(f.Only("Anthropic 的 Sonnet 2.1 在工具调用上突出", "Sonnet 2.1").entity_id == "claude-2-1");
  CHECK(f.Only("Sonnet 3.7 写代码", "Sonnet 3.7").entity_id == "claude-3-7-sonnet");
}

TEST_CASE("A short Chinese name after a numeral or a unit prefix is a unit", "[linker]") {
  const Fixture f;
  // "字节" is a byte after a numeral, a measure word or a unit prefix.
  for (const std::string text : {"千兆甚至兆兆字节的内存", "每个 token 占 2 字节", "几个字节而已",
                                  "一百字节"}) {
    INFO(text);
    CHECK(f.Link(text).empty());
  }
  // Elsewhere it is ByteDance, and a longer name is never a unit.
  CHECK(f.Only("字节发布了新模型", "字节").entity_id == "bytedance");
  CHECK(f.Only("阿里和字节都在做", "字节").entity_id == "bytedance");
  CHECK(f.Only("2025字节跳动的模型", "字节跳动").entity_id == "bytedance");
}

TEST_CASE("Versions in Chinese numerals, as ASR transcripts write them, name models",
          "[grammar][linker]") {
  const Fixture f;
  // A family stem glued to a numeral with a decimal: Qwen 3.5.
  LinkedMention mention = f.Only("之前的Qwen三点五，它是一个模型", "Qwen三点五");
  CHECK(mention.entity_id == "qwen-3-5");
  CHECK(mention.is_new);
  CHECK(mention.confidence < 1.0);
  // A letter code after its family and one space: DeepSeek V4.
  mention = f.Only("像 DeepSeek V四 的路线", "DeepSeek V四");
  CHECK(mention.entity_id == "deepseek-v4");
  // A whole version, glued: GPT 2 is the lexicon's entry.
  mention = f.Only("GPT二 的时候", "GPT二");
  CHECK(mention.entity_id == "gpt-2");
  CHECK_FALSE(mention.is_new);
  // Transcripts are often lower case: a family's own spelling still counts.
  // A tier that is no everyday word may follow a version in lower case, and
  // a Claude tier with a version of its own naming needs no capital.
  CHECK(f.Only("用 gemini 2.5 pro 跑的", "gemini 2.5 pro").entity_id == "gemini-2-5-pro");
  CHECK(f.Only("配 sonnet 4.5 做小改动", "sonnet 4.5").entity_id == "claude-sonnet-4-5");
  CHECK(f.Only("换成 glm 4.6 air 试试", "glm 4.6 air").entity_id == "glm-4-6-air");
  // A two-word mode after a version.
  CHECK(f.Only("Gemini 2.5 Deep Think 拿了金牌", "Gemini 2.5 Deep Think").entity_id ==
        "gemini-2-5-deep-think");
  for (const std::string text :
       {"gemini 2.5 next week", "a sonnet 3 lines long", "Post-MMLU 时代"}) {
    INFO(text);
    for (const auto& m : f.Link(text)) CHECK_FALSE(m.is_new);
  }
  CHECK(f.Only("我觉得 gpt四点一 更稳", "gpt四点一").entity_id == "gpt-4-1");
  // A tier after the numeral and a space, after a Latin or a Chinese family
  // name; a lower-case letter code only right after its family.
  CHECK(f.Only("现在 gemini 三 pro 更稳", "gemini 三 pro").entity_id == "gemini-3-pro");
  CHECK(f.Only("千问三 max 也开源吗", "千问三 max").entity_id == "qwen-3-max");
  CHECK(f.Only("像 deep seek v 三 这种", "deep seek v 三").entity_id == "deepseek-v3");
  for (const auto& m : f.Link("我说 v 三 的时候")) CHECK(m.entity_id != "deepseek-v3");
  // A family's Chinese name with a letter-coded version.
  CHECK(f.Only("混元 T1 的推理", "混元 T1").entity_id == "hunyuan-t1");
  CHECK(f.Only("混元T1.5 的推理", "混元T1.5").entity_id == "hunyuan-t1-5");
  for (const auto& m : f.Link("混元 a1 的推理")) CHECK(m.entity_id != "hunyuan-a1");
  // A family of two words, one of them the Chinese name of the first.
  CHECK(f.Only("豆包 Seed 1.6 很快", "豆包 Seed 1.6").entity_id == "doubao-seed-1-6");
  CHECK(f.Only("Doubao-Seed-1.6-Thinking 很快", "Doubao-Seed-1.6-Thinking").entity_id ==
        "doubao-seed-1-6-thinking");
  // OpenAI's o-series spoken in Chinese numerals.
  CHECK(f.Only("o 三 已经过时了", "o 三").entity_id == "o3");
  // "Claude" before a tier and its Chinese numeral makes the name whole in
  // any case; the tier alone in lower case stays a word.
  mention = f.Only("现在 claude opus 五 最好", "claude opus 五");
  CHECK(mention.entity_id == "claude-opus-5");
  for (const auto& m : f.Link("现在 opus 五 最好")) CHECK(m.entity_id != "claude-opus-5");
  // Speech recognition hears "Claude" before a tier as "cloud".
  CHECK(f.Only("现在 cloud opus 五 最好", "cloud opus 五").entity_id == "claude-opus-5");
  CHECK(f.Link("cloud computing 很贵").empty());
  // Counts and words are not versions: "一样" (alike), "三个月" (three
  // months), "三十" (thirty), and a lower-case word an edit away from a
  // stem ("qwan", not Qwen).
  // An idiom of praise or 一…就 opens with 一: "Qwen 一骑绝尘", "千问一发布就火了".
  for (const std::string text : {"GPT一样好", "用了 Qwen三个月", "Qwen三十", "qwan四",
                                 "Qwen 一骑绝尘", "千问一发布就火了", "Qwen 一流"}) {
    INFO(text);
    for (const auto& m : f.Link(text)) CHECK_FALSE(m.is_new);
  }
  // After another numeral the same characters start the next word:
  // "V四把任务做完" (the 把 construction) still names DeepSeek V4.
  CHECK(f.Pending("V四把任务做完").size() == 1);
  // A bare letter code waits for its family; a measure word after the
  // numeral ("一口气": in one breath) makes it no version at all.
  const auto pending = f.Pending("V 四 发布了");
  REQUIRE(pending.size() == 1);
  CHECK(pending[0].entity_id == "deepseek-v4");
  CHECK(f.Pending("老 V 一口气念完").empty());
}

TEST_CASE("Letters spelt one by one name the family or the benchmark they spell",
          "[grammar][linker]") {
  const Fixture f;
  CHECK(f.Only("用 g p t two 写的", "g p t two").entity_id == "gpt-2");
  CHECK(f.Only("它在 a i m e 上满分", "a i m e").entity_id == "aime");
  // Letters that spell nothing known stay letters.
  CHECK(f.Link("a b c 三个选项").empty());
}

TEST_CASE("Numbers spoken inside a Latin name match the lexicon's digits", "[grammar][linker]") {
  const Fixture f;
  // An English number word after a Latin word is the digit the row spells.
  CHECK(f.Only("在 tau two bench 上很好", "tau two bench").entity_id == "tau2-bench");
  // So is a Chinese numeral there.
  CHECK(f.Only("在 tau 二 bench 上很好", "tau 二 bench").entity_id == "tau2-bench");
  // A decimal in Chinese after an English number word: GPT-5.1, not GPT-5.
  CHECK(f.Only("我们试了 GPT five 点一，还行", "GPT five 点一").entity_id == "gpt-5-1");
  // The same decimal after a version in Chinese numerals or in digits.
  CHECK(f.Only("现在默认就是 g p t 五 点一 了", "g p t 五 点一").entity_id == "gpt-5-1");
  CHECK(f.Only("然后换成 GPT-5 点一", "GPT-5 点一").entity_id == "gpt-5-1");
  for (const LinkedMention& m : f.Link("用 GPT-5 点一下就行")) CHECK(m.entity_id != "gpt-5-1");
  // A numeral glued to the next name still ends its own: two models.
  std::vector<std::string> ids;
  for (const LinkedMention& m : f.Link("你说的不是GPT四GPT五长什么样子"))
    ids.push_back(m.entity_id);
  CHECK(ids == std::vector<std::string>{"gpt-4", "gpt-5"});
  // A year read digit by digit is the edition's; a date ("…年") is not.
  CHECK(f.Only("在 imo 二零二五 上拿了金牌", "imo 二零二五").entity_id == "imo-2025");
  for (const LinkedMention& m : f.Link("imo 二零二五年举办")) CHECK(m.entity_id != "imo-2025");
  // A count is no digit: "二十" is twenty, "two times" a count.
  for (const std::string text : {"在 tau 二十 bench 上", "tau two times bench"}) {
    INFO(text);
    for (const LinkedMention& m : f.Link(text)) CHECK(m.entity_id != "tau2-bench");
  }
}

TEST_CASE("Tiers in lower case around a version, as transcripts write them, join the name",
          "[grammar][linker]") {
  const Fixture f;
  // A tier between the family and its version, with digits or Chinese numerals.
  CHECK(f.Only("mistral large 2 也可以", "mistral large 2").entity_id == "mistral-large-2");
  CHECK(f.Only("然后 mistral large 三 也出来了", "mistral large 三").entity_id ==
        "mistral-large-3");
  // A tier after the version when Chinese follows, not when English does.
  CHECK(f.Only("gemini 2.5 fast 很快", "gemini 2.5 fast").entity_id == "gemini-2-5-fast");
  CHECK(f.Only("GPT-2 fast enough for us", "GPT-2").entity_id == "gpt-2");
  // A count after the tier is no version.
  for (const LinkedMention& m : f.Link("Mistral Large 三个月前发布")) {
    CHECK(m.entity_id != "mistral-large-3");
  }
}

TEST_CASE("Versions in English number words, as ASR transcripts write them, name models",
          "[grammar][linker]") {
  const Fixture f;
  // The lexicon's entry, spelt out.
  LinkedMention mention = f.Only("back when GPT two came out", "GPT two");
  CHECK(mention.entity_id == "gpt-2");
  CHECK_FALSE(mention.is_new);
  // A decimal after "point", and a tier word, in lower case.
  mention = f.Only("we moved to qwen two point five max last week", "qwen two point five max");
  CHECK(mention.entity_id == "qwen-2-5-max");
  CHECK(mention.is_new);
  // A Claude tier from 4 on, whole after "Claude".
  CHECK(f.Only("claude sonnet four point five is better", "claude sonnet four point five")
            .entity_id == "claude-sonnet-4-5");
  // A letter code after its family, and OpenAI's "o" with a tier.
  CHECK(f.Only("we ran deep seek V three on it", "deep seek V three").entity_id == "deepseek-v3");
  CHECK(f.Only("then o three mini did it", "o three mini").entity_id == "o3-mini");
  // A known benchmark with its version spoken, in English or Chinese.
  CHECK(f.Only("arc agi two 上还很低", "arc agi two").entity_id == "arc-agi-2");
  CHECK(f.Only("ARC-AGI 二 上还很低", "ARC-AGI 二").entity_id == "arc-agi-2");
  // A family's Chinese name with a version in numerals or digits.
  mention = f.Only("我觉得千问三更好", "千问三");
  CHECK(mention.entity_id == "qwen-3");
  CHECK(f.Only("通义千问2.5 开源了", "通义千问2.5").entity_id == "qwen-2-5");
  for (const std::string text : {"千问三个月前", "千问 30% 的用户", "arc agi two times"}) {
    INFO(text);
    for (const auto& m : f.Link(text)) {
      CHECK(m.entity_id != "qwen-3");
      CHECK(m.entity_id != "arc-agi-2");
    }
  }
  // A count is no version, and a word that is no family takes no number.
  for (const std::string text :
       {"GPT three times faster", "Qwen two years ago", "chapter three", "Sonnet three"}) {
    INFO(text);
    for (const auto& m : f.Link(text)) CHECK_FALSE(m.is_new);
  }
}

TEST_CASE("An unknown stem with a parameter count is a model of an unknown family",
          "[grammar][linker]") {
  const Fixture f;
  LinkedMention mention = f.Only("Yi-34B-Chat 开源了", "Yi-34B-Chat");
  CHECK(mention.entity_id == "yi-34b-chat");
  CHECK(mention.kind == EntityKind::kModel);
  CHECK(mention.confidence < 0.9);  // Less sure than a known family.
  CHECK(f.lexicon().Ancestors("yi-34b-chat").empty());
  mention = f.Only("Falcon 180B", "Falcon 180B");
  CHECK(mention.entity_id == "falcon-180b");
  // A tier word before a count is the tier of the family named before it,
  // never a family of its own: no "super-49b", "large-123b" or "ultra-253b".
  for (const char* text : {"Llama Nemotron Super 49B", "它的 Large 123B 版本", "Ultra 253B"}) {
    INFO(text);
    for (const LinkedMention& m : f.Link(text)) {
      CHECK(m.entity_id != "super-49b");
      CHECK(m.entity_id != "large-123b");
      CHECK(m.entity_id != "ultra-253b");
    }
  }
  // Not a count in billions, not capitalised, or not a size at all.
  CHECK(f.Link("Top-1K accuracy, raised 10B, Series B, GPU 80B").empty());
  // Two capitalised words hyphened together make the stem; the second word
  // alone is inside that name, not a family of its own.
  mention = f.Only("Seed-OSS-36B 开源了", "Seed-OSS-36B");
  CHECK(mention.entity_id == "seed-oss-36b");
  CHECK(mention.confidence < 0.9);
  // A lower-case word before the hyphen keeps the name to the last word.
  CHECK(f.Only("the open-Falcon 180B", "Falcon 180B").entity_id == "falcon-180b");
  // A camel-case stem glued to a version is a model of an unknown family;
  // an organisation glued to a number, a one-letter start (an address's
  // identifier), a year and a spaced number are not.
  mention = f.Only("社区主力是 InternVL4 了", "InternVL4");
  CHECK(mention.entity_id == "internvl-4");
  CHECK(mention.is_new);
  CHECK(mention.confidence < 0.9);
  CHECK(f.Only("还有 MiniCPM4 也行", "MiniCPM4").entity_id == "minicpm-4");
  for (const char* text :
       {"ByteDance2 的团队", "视频 BcCthVvb8 里", "DevDay2025 上", "InternVL 4 位"}) {
    INFO(text);
    for (const LinkedMention& m : f.Link(text)) CHECK_FALSE(m.is_new);
  }
  // A stem, a short version and a tier, hyphened, is a model; a year-like
  // number is no version.
  CHECK(f.Only("Spark-X5-Ultra 发布了", "Spark-X5-Ultra").entity_id == "spark-x5-ultra");
  CHECK(f.Only("Intern-S2-Preview 发布了", "Intern-S2-Preview").entity_id == "intern-s2-preview");
  for (const LinkedMention& m : f.Link("COVID-19-Pro 疫苗")) CHECK_FALSE(m.is_new);
}

TEST_CASE("A camel-case word hyphened to a language or an item count is a benchmark",
          "[grammar][linker]") {
  const Fixture f;
  LinkedMention mention = f.Only("在 RepoRescue-500 上", "RepoRescue-500");
  CHECK(mention.entity_id == "reporescue-500");
  CHECK(mention.kind == EntityKind::kBenchmark);
  CHECK(f.Only("ScanMess-2K 很难", "ScanMess-2K").entity_id == "scanmess-2k");
  CHECK(f.Only("MuseWrite-ZH 榜单", "MuseWrite-ZH").entity_id == "musewrite-zh");
  // A date is a model's snapshot, an edition waits for a list.
  CHECK(f.Link("NovaCore-0324 上线").empty());
  CHECK(f.Link("OlyMath-Live 很新").empty());
  bool listed = false;
  for (const LinkedMention& m : f.Link("AIME、OlyMath-Live 都测了")) {
    listed = listed || (m.entity_id == "olymath-live" && m.surface == "OlyMath-Live");
  }
  CHECK(listed);
}

TEST_CASE("A capitalised word hyphened before a known benchmark names another one",
          "[grammar][linker]") {
  const Fixture f;
  LinkedMention mention = f.Only("模型在 Video-MMLU 上的得分很高", "Video-MMLU");
  CHECK(mention.entity_id == "video-mmlu");
  CHECK(mention.kind == EntityKind::kBenchmark);
  CHECK(f.Only("we ran Long-MMLU too", "Long-MMLU").entity_id == "long-mmlu");
  // An English prefix is no name: the benchmark is MMLU itself.
  CHECK(f.Only("Post-MMLU 时代", "MMLU").entity_id == "mmlu");
  CHECK(f.Only("a non-MMLU test", "MMLU").entity_id == "mmlu");
}

TEST_CASE("API ids keep their snapshot date and their hyphened minor version",
          "[grammar][linker]") {
  const Fixture f;
  // A date written out, and an eight-digit one after a minor version that an
  // API id hyphens instead of dotting.
  CHECK(f.Only("换成 gpt-5.1-2025-11-13 了", "gpt-5.1-2025-11-13").entity_id ==
        "gpt-5-1-2025-11-13");
  const LinkedMention sonnet =
      f.Only("用 claude-sonnet-4-5-20250929 跑的", "claude-sonnet-4-5-20250929");
  CHECK(sonnet.entity_id == "claude-sonnet-4-5-20250929");
  CHECK(f.lexicon().Ancestors(sonnet.entity_id).at(1) == "claude-sonnet-4-5");
  // A month and day hyphened as two numbers, before or after a tier.
  const LinkedMention preview =
      f.Only("gemini-2.5-pro-preview-05-06 在榜单上", "gemini-2.5-pro-preview-05-06");
  CHECK(preview.entity_id == "gemini-2-5-pro-preview-05-06");
  CHECK(f.lexicon().Ancestors(preview.entity_id).at(1) == "gemini-2-5-pro-preview");
  CHECK(f.Only("Llama-3-03-26-Experimental 排名高", "Llama-3-03-26-Experimental").entity_id ==
        "llama-3-experimental-03-26");
  // Not a month and a day: "13-40".
  for (const LinkedMention& m : f.Link("gemini-2.5-pro-13-40 的说法")) {
    CHECK(m.surface.find("13-40") == std::string::npos);
  }
  // A date after a tier, with no version: Mistral's snapshots.
  CHECK(f.Only("Mistral-Small-2507 能本地跑", "Mistral-Small-2507").entity_id ==
        "mistral-small-2507");
  // Spaces around the hyphen make a range, not a version: "Llama 3 - 5 个".
  for (const LinkedMention& m : f.Link("Llama 3 - 5 个版本")) {
    CHECK(m.entity_id != "llama-3-5");
  }
  // Reasoning and Base are tiers when hyphened on.
  CHECK(f.Only("Phi-4-reasoning-plus 数学好", "Phi-4-reasoning-plus").entity_id ==
        "phi-4-reasoning-plus");
  CHECK(f.Only("Qwen2.5-7B-Base 做底座", "Qwen2.5-7B-Base").entity_id == "qwen-2-5-7b-base");
}

TEST_CASE("A size word hyphened to a known family names a checkpoint", "[grammar][linker]") {
  const Fixture f;
  CHECK(f.Only("Gemma-base 做底座", "Gemma-base").entity_id == "gemma-base");
  CHECK(f.Only("当年 Gemma-large 很慢", "Gemma-large").entity_id == "gemma-large");
  // Spaced, a size word is prose ("Gemma large models"); a tier that is no
  // size still needs a version ("Gemma-Pro" is left to the lexicon).
  CHECK(f.Only("Gemma large models are slow", "Gemma").entity_id == "gemma");
  CHECK(f.Only("Gemma-Pro 没有这个型号", "Gemma").entity_id == "gemma");
}

TEST_CASE("A camel-case stem before a count in millions is a small model", "[grammar][linker]") {
  const Fixture f;
  const LinkedMention smol = f.Only("SmolVLM-256M 也能读票据", "SmolVLM-256M");
  CHECK(smol.entity_id == "smolvlm-256m");
  CHECK(smol.is_new);
  // Money after a company or a word is no model.
  CHECK(f.Link("Series 500M 的融资").empty());
}

TEST_CASE("A size word hyphened to a coined name the lexicon lacks names a new checkpoint",
          "[grammar][linker]") {
  const Fixture f;
  // "Zorbert" has no inner capital: an ordinary-looking word is no coined name.
  CHECK(f.Link("Zorbert-large 仍是基线").empty());
  const LinkedMention coined = f.Only("QuoBERTa-large 仍是基线", "QuoBERTa-large");
  CHECK(coined.entity_id == "quoberta-large");
  CHECK(coined.is_new);
  // A revision between the stem and the size stays in the name.
  CHECK(f.Only("QuoBERTa-v3-base 更小", "QuoBERTa-v3-base").entity_id == "quoberta-v3-base");
  // A tier that is no size, or a size word after a space, makes no checkpoint.
  CHECK(f.Link("QuoBERTa-Pro 没有这个型号").empty());
  CHECK(f.Link("QuoBERTa large models").empty());
}

TEST_CASE("A contest named by its month and year, and an Auto edition, are benchmarks",
          "[grammar][linker]") {
  const Fixture f;
  const LinkedMention feb = f.Only("AIME Feb 2025 上 38 分", "AIME Feb 2025");
  CHECK(feb.entity_id == "aime-february-2025");
  CHECK(f.Only("AIME February 2025 更难", "AIME February 2025").entity_id == "aime-february-2025");
  // A month without a year is not an edition.
  CHECK(f.Only("MMLU Mar 12 的错字", "MMLU").entity_id == "mmlu");
  CHECK(f.Only("MMLU-Auto 71.5", "MMLU-Auto").entity_id == "mmlu-auto");
}

TEST_CASE("A capitalised Fast after a version is a variant", "[grammar][linker]") {
  const Fixture f;
  CHECK(f.Only("Gemini 2.5 Fast 很快", "Gemini 2.5 Fast").entity_id == "gemini-2-5-fast");
  // In prose, lower case, it is the word.
  CHECK(f.Only("Gemini 2.5 fast enough", "Gemini 2.5").entity_id == "gemini-2-5");
}

TEST_CASE("Without open vocabulary the linker keeps to the lexicon", "[grammar][linker]") {
  const Fixture f;
  const auto mentions = f.Link("Llama-3.1-8B-Instruct", /*open=*/false);
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].entity_id == "llama");
  CHECK_FALSE(mentions[0].is_new);
}

TEST_CASE("An id the lexicon does not know and whose family it lacks has no ancestors",
          "[grammar][lexicon]") {
  const Fixture f;
  CHECK(f.lexicon().Ancestors("zorblax-7b").empty());
  CHECK(f.lexicon().Ancestors("llama-3") == Chain{"llama-3", "llama"});
}

TEST_CASE("A size after a space is the name's unless it is a context length or an attribute",
          "[grammar][linker]") {
  const Fixture f;
  // One space, nothing after: the checkpoint's size.
  CHECK(f.Only("Qwen2.5 72B 很强", "Qwen2.5 72B").entity_id == "qwen-2-5-72b");
  // Followed by 激活 / 总参 / total: how large the model is, said of it.
  CHECK(f.Only("GLM-4.6 355B 激活 32B", "GLM-4.6").entity_id == "glm-4-6");
  CHECK(f.Only("Qwen2.5 72B 总参，很大", "Qwen2.5").entity_id == "qwen-2-5");
  CHECK(f.Only("Qwen2.5 72B total parameters", "Qwen2.5").entity_id == "qwen-2-5");
  // Thousands are a context length, not parameters; hyphened they stay.
  CHECK(f.Only("Phi-4-mini 128K 也可以试", "Phi-4-mini").entity_id == "phi-4-mini");
  CHECK(f.Only("Phi-4-mini-128K 也可以试", "Phi-4-mini-128K").entity_id == "phi-4-mini-128k");
}

TEST_CASE("The experts of a mixture after its size stay in the name", "[grammar][linker]") {
  const Fixture f;
  const LinkedMention maverick =
      f.Only("Llama-4-Maverick-17B-128E-Instruct 也不错", "Llama-4-Maverick-17B-128E-Instruct");
  CHECK(maverick.entity_id == "llama-4-maverick-17b-128e-instruct");
  CHECK(f.Only("Llama-4-Scout-17B-16E 更小", "Llama-4-Scout-17B-16E").entity_id ==
        "llama-4-scout-17b-16e");
  // Without a size before it, a number with an E is no part of the name.
  CHECK(f.Only("Llama-3 16E", "Llama-3").entity_id == "llama-3");
}

TEST_CASE("A distilled student, a computer-use mode and a lower-case codex stay in the name",
          "[grammar][linker]") {
  const Fixture f;
  // The student after Distill is part of one model's name.
  CHECK(f.Only("DeepSeek-R1-Distill-Qwen-32B 很好", "DeepSeek-R1-Distill-Qwen-32B").entity_id ==
        "deepseek-r1-distill-qwen-32b");
  // "Computer Use" capitalised after a version is the model's mode, as
  // "Deep Think" is; after no version it names nothing.
  CHECK(f.Only("Gemini 2.5 Computer Use 延迟最低", "Gemini 2.5 Computer Use").entity_id ==
        "gemini-2-5-computer-use");
  CHECK(f.Only("Gemini 2.5 computer use 能力", "Gemini 2.5").entity_id == "gemini-2-5");
  // Transcripts write the tier in lower case right after the version.
  CHECK(f.Only("gpt 5.1 codex 写代码", "gpt 5.1 codex").entity_id == "gpt-5-1-codex");
}

TEST_CASE("A Chinese family name hyphened to a code or a capitalised word names a release",
          "[grammar][linker]") {
  const Fixture f;
  // As "混元 T1" with a space: the hyphen joins the same way.
  CHECK(f.Only("混元-T1 偏推理", "混元-T1").entity_id == "hunyuan-t1");
  CHECK(f.Only("混元-TurboS 更快", "混元-TurboS").entity_id == "hunyuan-turbos");
  // Another family's name after the hyphen makes no release of this one,
  // and a lower-case or Chinese word after it none at all.
  std::vector<std::string> ids;
  for (const LinkedMention& m : f.Link("混元-Qwen 对比")) ids.push_back(m.entity_id);
  CHECK(ids == std::vector<std::string>{"hunyuan", "qwen"});
  CHECK(f.Only("混元-大模型", "混元").entity_id == "hunyuan");
  CHECK(f.Only("混元-turbo 版", "混元").entity_id == "hunyuan");
}

TEST_CASE("A known benchmark's named track and its second release are editions of it",
          "[grammar][linker]") {
  const Fixture f;
  // A CamelCase track hyphened on, as a language code is.
  const LinkedMention track = f.Only("GAIA-DeepSearch 按月更新", "GAIA-DeepSearch");
  CHECK(track.entity_id == "gaia-deepsearch");
  // A lone digit from 2 to 9 after a space is a release...
  CHECK(f.Only("FrontierMath 2 更难", "FrontierMath 2").entity_id == "frontiermath-2");
  // ...but not before a unit, a decimal point or a hyphen: scores and settings.
  CHECK(f.Only("FrontierMath 2 分", "FrontierMath").entity_id == "frontiermath");
  CHECK(f.Only("FrontierMath 2.5%", "FrontierMath").entity_id == "frontiermath");
  CHECK(f.Only("MMLU 5-shot", "MMLU").entity_id == "mmlu");
  // A track in lower case or of one capital is no edition.
  CHECK(f.Only("GAIA-deepsearch", "GAIA").entity_id == "gaia");
}

TEST_CASE("A known family with a line or two tiers hyphened on names a model of its own",
          "[grammar][linker]") {
  const Fixture f;
  // A capitalised word right after the family's hyphen is one of its lines;
  // a size and a tier may follow it.
  const LinkedMention image = f.Only("Qwen-Image 出图很稳", "Qwen-Image");
  CHECK(image.entity_id == "qwen-image");
  CHECK(image.is_new);
  CHECK(f.lexicon().Ancestors("qwen-image") == Chain{"qwen-image", "qwen"});
  CHECK(f.Only("Hunyuan-MT-7B 翻译", "Hunyuan-MT-7B").entity_id == "hunyuan-mt-7b");
  CHECK(f.Only("Gemma-Audio-2B-Instruct 听写", "Gemma-Audio-2B-Instruct").entity_id ==
        "gemma-audio-2b-instruct");
  // Two tiers hyphened on name one; a single tier stays the family's, as
  // "Gemini Pro" does.
  CHECK(f.Only("Gemini-Flash-Lite 便宜", "Gemini-Flash-Lite").entity_id == "gemini-flash-lite");
  CHECK(f.Only("Gemini-Pro 还行", "Gemini").entity_id == "gemini");
  // Lower case, a space, another family or a word of comparison make no line.
  CHECK(f.Only("Qwen-based 方案", "Qwen").entity_id == "qwen");
  CHECK(f.Only("Qwen Image 出图", "Qwen").entity_id == "qwen");
  std::vector<std::string> ids;
  for (const LinkedMention& m : f.Link("Llama-Gemma 对比")) ids.push_back(m.entity_id);
  CHECK(ids == std::vector<std::string>{"llama", "gemma"});
  CHECK(f.Only("GPT-Level 的体验", "GPT").entity_id == "gpt");
}

TEST_CASE("A benchmark named by its ending takes a release after it", "[grammar][linker]") {
  const Fixture f;
  // No lexicon row: the ending makes the name, and "v2" its release, as
  // after a known benchmark ("LiveCodeBench v6").
  CHECK(f.Only("开源模型在 DocuBench v2 上追平了", "DocuBench v2").entity_id == "docubench-v2");
  CHECK(f.Only("FooBench-v3 刚发布", "FooBench-v3").entity_id == "foobench-v3");
  // A dotted release is left alone ("v1.5" is no token of its own).
  CHECK(f.Only("DocuBench v1.5 的分数", "DocuBench").entity_id == "docubench");
}
