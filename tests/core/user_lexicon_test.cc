// The user's own lexicon: `lexicon import` of a list and `lexicon add` of a
// decision, both written to a file that loads on top of the bundled lexicon.
#include "claimkb/core/user_lexicon.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

using claimkb::EntityKind;
using claimkb::EntityLinker;
using claimkb::Lexicon;
namespace fs = std::filesystem;

constexpr const char* kRows =
    "evaluation\ttopic\tEvaluation\t-\t-\t-\tbenchmark\n"
    "llama\tmodel\tLlama\t-\t-\t-\t-\tLlama\n"
    "deepseek-models\tmodel\tDeepSeek models\t-\t-\t-\t-\tDeepSeek\n"
    "deepseek-v3\tmodel\tDeepSeek-V3\tdeepseek-models\t-\t-\t-\tDeepSeek\tV3\n"
    "swe-bench\tbenchmark\tSWE-bench\t-\t-\tevaluation\n";

class Scratch {
 public:
  // CTest runs test cases in parallel processes: each gets its own directory.
  Scratch()
      : root_(fs::temp_directory_path() /
              ("claimkb-user-lexicon-test-" + std::to_string(::getpid()))) {
    fs::remove_all(root_);
    fs::create_directories(root_ / "lexicon");
    fs::create_directories(root_ / "db");
    std::ofstream(root_ / "lexicon" / "entries.tsv") << kRows;
  }
  ~Scratch() { fs::remove_all(root_); }
  std::string lexicon_dir() const { return (root_ / "lexicon").string(); }
  std::string user_file() const { return claimkb::UserLexiconPath((root_ / "db").string()); }
  std::string Write(const std::string& name, const std::string& text) const {
    std::ofstream(root_ / name) << text;
    return (root_ / name).string();
  }
  std::shared_ptr<const Lexicon> Load() const {
    auto loaded = Lexicon::Load(lexicon_dir(), user_file());
    if (!loaded) FAIL(loaded.error().ToString());
    return *loaded;
  }
  std::string UserFileText() const {
    std::ifstream in(user_file());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
  }

 private:
  fs::path root_;
};

}  // namespace

TEST_CASE("lexicon import: a list of names becomes entries with grammar ids and parents",
          "[lexicon][user]") {
  const Scratch s;
  const std::string list = s.Write("list.txt",
                                   "# my models\n"
                                   "Llama-3.1-8B-Instruct\n"
                                   "DeepSeek-V3\n"
                                   "\n"
                                   "LiveCodeBench\tbenchmark\n"
                                   "Gizmo\tgadget\n"
                                   "Llama-3.1-8B-Instruct\n");
  auto report =
      claimkb::ImportIntoUserLexicon(list, s.user_file(), s.lexicon_dir(), EntityKind::kModel);
  REQUIRE(report.has_value());
  CHECK(report->added == 2);    // Llama-3.1-8B-Instruct, LiveCodeBench.
  CHECK(report->known == 2);    // DeepSeek-V3, and the Llama line again.
  CHECK(report->skipped == 2);  // The comment and the blank line.
  REQUIRE(report->problems.size() == 1);
  CHECK(report->problems[0].find(":6: unknown kind 'gadget'") != std::string::npos);

  const auto lexicon = s.Load();
  const auto* llama = lexicon->Find("llama-3-1-8b-instruct");
  REQUIRE(llama != nullptr);
  CHECK(llama->kind == EntityKind::kModel);
  CHECK(llama->name == "Llama-3.1-8B-Instruct");
  CHECK(llama->parent_id == "llama");  // The nearest parent the lexicon knows.
  const auto* bench = lexicon->Find("livecodebench");
  REQUIRE(bench != nullptr);
  CHECK(bench->kind == EntityKind::kBenchmark);

  // Once imported, the name links to the entry: no longer new, full confidence.
  const auto mentions = EntityLinker(lexicon).Link("用 Llama-3.1-8B-Instruct 做的");
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].entity_id == "llama-3-1-8b-instruct");
  CHECK_FALSE(mentions[0].is_new);
  CHECK(mentions[0].confidence == 1.0);

  // Importing the same list again adds nothing.
  report = claimkb::ImportIntoUserLexicon(list, s.user_file(), s.lexicon_dir(), EntityKind::kModel);
  REQUIRE(report.has_value());
  CHECK(report->added == 0);
  CHECK(report->known == 4);
}

TEST_CASE("lexicon import: rows in the lexicon format go in as they are", "[lexicon][user]") {
  const Scratch s;
  const std::string list = s.Write("rows.tsv",
                                   "acme-1\tmodel\tAcme One\tllama\tAcme-1|Acme 1\n"
                                   "swe-bench\tbenchmark\tSWE-bench\n");
  auto report =
      claimkb::ImportIntoUserLexicon(list, s.user_file(), s.lexicon_dir(), EntityKind::kModel);
  REQUIRE(report.has_value());
  CHECK(report->added == 1);
  CHECK(report->known == 1);
  const auto lexicon = s.Load();
  const auto* acme = lexicon->Find("acme-1");
  REQUIRE(acme != nullptr);
  CHECK(acme->aliases == std::vector<std::string>{"Acme-1", "Acme 1"});

  // A row whose parent does not exist is refused as a whole; the file stays as it was.
  const std::string before = s.UserFileText();
  const std::string bad = s.Write("bad.tsv", "acme-2\tmodel\tAcme Two\tno-such-parent\n");
  report = claimkb::ImportIntoUserLexicon(bad, s.user_file(), s.lexicon_dir(), EntityKind::kModel);
  REQUIRE_FALSE(report.has_value());
  CHECK(report.error().message.find("no-such-parent") != std::string::npos);
  CHECK(s.UserFileText() == before);
}

TEST_CASE("lexicon add: a decision renames a new name or aliases it to a known entity",
          "[lexicon][user]") {
  const Scratch s;
  {
    // Accept under another id and display name.
    const EntityLinker linker(s.Load());
    auto entry = claimkb::EntryForName("DeepSeek-V3-0324", EntityKind::kModel, linker);
    CHECK(entry.id == "deepseek-v3-0324");
    CHECK(entry.parent_id == "deepseek-v3");
    entry.aliases = {entry.name};
    entry.id = "deepseek-v3-march";
    entry.name = "DeepSeek V3 (March)";
    REQUIRE(claimkb::AppendToUserLexicon(s.user_file(), entry, s.lexicon_dir()).has_value());
  }
  {
    // Another spelling of a known entity: a row that repeats its id.
    claimkb::LexiconEntry alias;
    alias.id = "swe-bench";
    alias.kind = EntityKind::kBenchmark;
    alias.name = "SWE-bench";
    alias.aliases = {"Sweet Bench"};
    REQUIRE(claimkb::AppendToUserLexicon(s.user_file(), alias, s.lexicon_dir()).has_value());
  }
  const auto lexicon = s.Load();
  const EntityLinker linker(lexicon);
  auto mentions = linker.Link("DeepSeek-V3-0324 和 Sweet Bench");
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].entity_id == "deepseek-v3-march");
  CHECK(mentions[1].entity_id == "swe-bench");
  CHECK(lexicon->Ancestors("deepseek-v3-march") ==
        std::vector<std::string>{"deepseek-v3-march", "deepseek-v3", "deepseek-models"});

  // A kind that contradicts the bundled entry is refused.
  claimkb::LexiconEntry wrong;
  wrong.id = "swe-bench";
  wrong.kind = EntityKind::kModel;
  wrong.name = "SWE-bench";
  const std::string before = s.UserFileText();
  const auto status = claimkb::AppendToUserLexicon(s.user_file(), wrong, s.lexicon_dir());
  REQUIRE_FALSE(status.has_value());
  CHECK(status.error().message.find("is a benchmark") != std::string::npos);
  CHECK(s.UserFileText() == before);
}
