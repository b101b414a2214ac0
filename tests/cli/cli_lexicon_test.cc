// New names end to end: a digest names models the lexicon does not list;
// `entities --new` lists them, `claims --model <family>` finds them,
// `lexicon add` accepts, renames or aliases them, and the decisions survive
// `reextract`. `lexicon import` adds a user's list.
#include <catch2/catch.hpp>
#include <fstream>

#include "cli/cli_runner.h"

namespace {

using claimkb::testing::RunClaimkb;
using claimkb::testing::TempDir;
using nlohmann::json;

// Two models that the bundled lexicon lacks, written in the grammar's forms.
constexpr const char* kDigest =
    "## 封面\n- 标题：开源模型测评\n- 链接：https://example.org/ep-lexicon\n"
    "- 发布日期：2025-11-30\n- 覆盖时长：00:10:00\n\n## 全文\n"
    "### 第一段（00:01:00 - 00:02:00）\n"
    "**Alice**：Llama-3.1-8B-Instruct 在小模型里最稳。\n"
    "**Bob**：Qwen3-ASR 的转写质量很好。\n";

json FindId(const json& list, const std::string& id) {
  for (const auto& item : list) {
    if (item["id"] == id) return item;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("entities --new lists new names, lexicon add decides them for good", "[cli][lexicon]") {
  TempDir dir;
  const std::string db = (dir.path() / "db").string();
  const auto digest = dir.path() / "ep.md";
  std::ofstream(digest) << kDigest;
  REQUIRE(RunClaimkb({"ingest", digest.string(), "--db", db}).exit_code == 0);

  auto listed = RunClaimkb({"entities", "--new", "--db", db, "--format", "json"});
  REQUIRE(listed.exit_code == 0);
  json entities = listed.Json()["entities"];
  REQUIRE(entities.size() == 2);
  const json llama = FindId(entities, "llama-3-1-8b-instruct");
  REQUIRE(llama != nullptr);
  CHECK(llama["kind"] == "model");
  CHECK(llama["surfaces"] == json::array({"Llama-3.1-8B-Instruct"}));
  CHECK(llama["confidence"].get<double>() < 1.0);
  CHECK(FindId(entities, "qwen-3-asr") != nullptr);

  // The family finds the new name below it.
  auto claims = RunClaimkb({"claims", "--model", "Llama", "--db", db, "--format", "json"});
  REQUIRE(claims.exit_code == 0);
  REQUIRE(claims.Json()["claims"].size() == 1);
  CHECK(claims.Json()["claims"][0]["speaker"] == "Alice");

  // Search finds it by its family, by a level between, and by its own id.
  for (const std::string query :
       {"model:llama", "model:Llama-3.1", "model:llama-3-1-8b-instruct"}) {
    INFO(query);
    auto found = RunClaimkb({"search", query, "--db", db, "--format", "json"});
    REQUIRE(found.exit_code == 0);
    CHECK(found.Json()["search"]["hits"].size() == 1);
  }

  // Accept one under a display name; make the other a spelling of Qwen3.
  auto added = RunClaimkb(
      {"lexicon", "add", "llama-3-1-8b-instruct", "--name", "Llama 3.1 8B Instruct", "--db", db});
  INFO(added.err);
  REQUIRE(added.exit_code == 0);
  CHECK(added.out.find("under llama") != std::string::npos);
  REQUIRE(RunClaimkb({"lexicon", "add", "Qwen3-ASR", "--as", "qwen-3", "--db", db}).exit_code == 0);
  // An unknown target is a usage error and changes nothing.
  CHECK(RunClaimkb({"lexicon", "add", "Foo-7B", "--as", "no-such-model", "--db", db}).exit_code ==
        2);

  for (int round = 0; round < 2; ++round) {
    INFO("re-extraction " << round);
    REQUIRE(RunClaimkb({"reextract", "--db", db}).exit_code == 0);
    CHECK(RunClaimkb({"entities", "--new", "--db", db, "--format", "json"}).Json()["entities"] ==
          json::array());
    const json models = RunClaimkb({"entities", "--kind", "model", "--db", db, "--format", "json"})
                            .Json()["entities"];
    const json accepted = FindId(models, "llama-3-1-8b-instruct");
    REQUIRE(accepted != nullptr);
    CHECK(accepted["name"] == "Llama 3.1 8B Instruct");
    CHECK(accepted["mentions"] == 1);
    CHECK(FindId(models, "qwen-3")["mentions"] == 1);
    auto by_name =
        RunClaimkb({"claims", "--model", "Llama 3.1 8B Instruct", "--db", db, "--format", "json"});
    REQUIRE(by_name.exit_code == 0);
    CHECK(by_name.Json()["claims"].size() == 1);
  }
}

TEST_CASE("lexicon import adds a user's list and reports what it left out", "[cli][lexicon]") {
  TempDir dir;
  const std::string db = (dir.path() / "db").string();
  const auto list = dir.path() / "mine.txt";
  // GLM-4.7 is new; GPT-5 is bundled; the third line has a kind that does not exist.
  std::ofstream(list) << "GLM-4.7\nGPT-5\nWidget 9\tgadget\n";
  auto run = RunClaimkb({"lexicon", "import", list.string(), "--db", db});
  CHECK(run.exit_code == 1);  // Some input was left out.
  CHECK(run.out.find("1 added, 1 already known, 1 left out") != std::string::npos);
  CHECK(run.err.find(":3: unknown kind 'gadget'") != std::string::npos);

  const auto digest = dir.path() / "ep.md";
  std::ofstream(digest) << "## 封面\n- 标题：t\n- 链接：https://example.org/glm\n\n## 全文\n"
                           "### 一（00:00:00 - 00:01:00）\n**Alice**：GLM-4.7 更快。\n";
  REQUIRE(RunClaimkb({"ingest", digest.string(), "--db", db}).exit_code == 0);
  const json models = RunClaimkb({"entities", "--kind", "model", "--db", db, "--format", "json"})
                          .Json()["entities"];
  const json glm = FindId(models, "glm-4-7");
  REQUIRE(glm != nullptr);
  CHECK(glm["name"] == "GLM-4.7");
  CHECK(RunClaimkb({"entities", "--new", "--db", db, "--format", "json"}).Json()["entities"] ==
        json::array());
}
