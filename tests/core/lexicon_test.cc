#include "claimkb/core/lexicon.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using claimkb::EntityKind;
using claimkb::Lexicon;

// A scratch lexicon directory that is removed when the test ends.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() / ("claimkb-lexicon-test-" + name)) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() { std::filesystem::remove_all(path_); }
  void Write(const std::string& file, const std::string& text) const {
    std::ofstream(path_ / file) << text;
  }
  std::string path() const { return path_.string(); }
  std::string File(const std::string& file) const { return (path_ / file).string(); }

 private:
  std::filesystem::path path_;
};

std::shared_ptr<const Lexicon> Bundled() {
  auto lexicon = Lexicon::Load(CLAIMKB_SOURCE_DIR "/data/lexicon");
  if (!lexicon) FAIL(lexicon.error().ToString());
  return *lexicon;
}

}  // namespace

TEST_CASE("The bundled lexicon loads and holds every kind", "[lexicon]") {
  const auto lexicon = Bundled();
  for (const auto kind :
       {EntityKind::kModel, EntityKind::kBenchmark, EntityKind::kOrg, EntityKind::kProduct,
        EntityKind::kTechnique, EntityKind::kTopic, EntityKind::kPerson}) {
    const auto count = std::count_if(lexicon->entries().begin(), lexicon->entries().end(),
                                     [&](const auto& entry) { return entry.kind == kind; });
    INFO(claimkb::EntityKindName(kind));
    CHECK(count >= 10);
  }
  const auto* pro = lexicon->Find("gemini-3-pro");
  REQUIRE(pro != nullptr);
  CHECK(pro->name == "Gemini 3 Pro");
  CHECK(pro->family == "Gemini");
  CHECK(pro->version == "3");
  CHECK(pro->variant == "Pro");
  CHECK(pro->parent_id == "gemini-3");
  CHECK(pro->source_line > 0);

  const auto* swe = lexicon->Find("swe-bench");
  REQUIRE(swe != nullptr);
  CHECK(swe->kind == EntityKind::kBenchmark);
  CHECK(std::find(swe->topics.begin(), swe->topics.end(), "coding") != swe->topics.end());
  CHECK(std::find(swe->topics.begin(), swe->topics.end(), "evaluation") != swe->topics.end());

  // Every benchmark implies the evaluation topic.
  for (const auto& entry : lexicon->entries()) {
    if (entry.kind != EntityKind::kBenchmark) continue;
    INFO(entry.id);
    CHECK(std::find(entry.topics.begin(), entry.topics.end(), "evaluation") != entry.topics.end());
  }

  const auto* coding = lexicon->Find("coding");
  REQUIRE(coding != nullptr);
  CHECK(coding->kind == EntityKind::kTopic);
  CHECK(std::find(coding->cues.begin(), coding->cues.end(), "编程") != coding->cues.end());

  // The company and the model family are different entities.
  REQUIRE(lexicon->Find("deepseek") != nullptr);
  CHECK(lexicon->Find("deepseek")->kind == EntityKind::kOrg);
  REQUIRE(lexicon->Find("deepseek-models") != nullptr);
  CHECK(lexicon->Find("deepseek-models")->kind == EntityKind::kModel);
  CHECK(lexicon->Find("no-such-entity") == nullptr);
}

TEST_CASE("Ancestors walk the parent chain nearest first", "[lexicon]") {
  const auto lexicon = Bundled();
  CHECK(lexicon->Ancestors("gemini-3-pro") ==
        std::vector<std::string>{"gemini-3-pro", "gemini-3", "gemini"});
  CHECK(lexicon->Ancestors("claude-sonnet-4-5") ==
        std::vector<std::string>{"claude-sonnet-4-5", "claude-4-5", "claude"});
  CHECK(lexicon->Ancestors("swe-bench-verified") ==
        std::vector<std::string>{"swe-bench-verified", "swe-bench"});
  CHECK(lexicon->Ancestors("gemini") == std::vector<std::string>{"gemini"});
  CHECK(lexicon->Ancestors("unknown").empty());
}

TEST_CASE("Descendants list an entry and everything below it", "[lexicon]") {
  const auto lexicon = Bundled();
  const auto below_gemini_3 = lexicon->Descendants("gemini-3");
  REQUIRE_FALSE(below_gemini_3.empty());
  CHECK(below_gemini_3.front() == "gemini-3");
  for (const char* id : {"gemini-3-pro", "gemini-3-deep-think", "nano-banana-pro"}) {
    INFO(id);
    CHECK(std::find(below_gemini_3.begin(), below_gemini_3.end(), id) != below_gemini_3.end());
  }
  CHECK(std::find(below_gemini_3.begin(), below_gemini_3.end(), "gemini-2-5-pro") ==
        below_gemini_3.end());

  const auto below_gemini = lexicon->Descendants("gemini");
  for (const char* id : {"gemini-1", "gemini-1-5", "gemini-2", "gemini-2-5", "gemini-2-5-pro",
                         "gemini-2-5-flash", "gemini-3", "gemini-3-pro"}) {
    INFO(id);
    CHECK(std::find(below_gemini.begin(), below_gemini.end(), id) != below_gemini.end());
  }
  // Parents come before their children.
  const auto position = [&](const char* id) {
    return std::find(below_gemini.begin(), below_gemini.end(), id) - below_gemini.begin();
  };
  CHECK(position("gemini-3") < position("gemini-3-pro"));
  CHECK(lexicon->Descendants("gemini-3-pro") == std::vector<std::string>{"gemini-3-pro"});
  CHECK(lexicon->Descendants("unknown").empty());
}

TEST_CASE("Rows may omit trailing columns and use '-' for empty cells", "[lexicon]") {
  ScratchDir dir("minimal");
  dir.Write("a.tsv",
            "# a comment\n"
            "\n"
            "id\tkind\tname\tparent\taliases\ttopics\tcues\tfamily\tversion\tvariant\n"
            "fam\tmodel\tFam\n"
            "fam-2\tmodel\tFam 2\tfam\t F2 | Fam Two \t-\t-\tFam\t2\r\n"
            "t\ttopic\tT\t-\t-\t-\tcue one|线索\n");
  const auto lexicon = Lexicon::Load(dir.path());
  REQUIRE(lexicon);
  REQUIRE((*lexicon)->entries().size() == 3);
  const auto* child = (*lexicon)->Find("fam-2");
  REQUIRE(child != nullptr);
  CHECK(child->aliases == std::vector<std::string>{"F2", "Fam Two"});
  CHECK(child->topics.empty());
  CHECK(child->family == "Fam");
  CHECK(child->version == "2");
  CHECK(child->variant.empty());
  CHECK((*lexicon)->Find("t")->cues == std::vector<std::string>{"cue one", "线索"});
}

TEST_CASE("Bad rows are reported with their file and line", "[lexicon]") {
  struct Case {
    const char* text;
    int line;
    const char* message_part;
  };
  const Case cases[] = {
      {"a\tmodel\tA\n\nb\tmodel\n", 3, "columns"},
      {"# header\na\tmodle\tA\n", 2, "unknown kind 'modle'"},
      {"a\tmodel\tA\tmissing\n", 1, "parent 'missing'"},
      {"a\tmodel\tA\nb\tmodel\tB\na\tmodel\tA again\n", 3, "duplicate id 'a'"},
      {"A B\tmodel\tA\n", 1, "invalid id"},
      {"a\tmodel\tA\t-\t-\tnot-a-topic\n", 1, "topic 'not-a-topic'"},
      {"a\tmodel\tA\t-\t-\t-\tcue\n", 1, "only topics may have cues"},
      {"a\tmodel\tA\tb\nb\tmodel\tB\ta\n", 1, "loops"},
      {"a\tmodel\t \n", 1, "no name"},
      {"a\tmodel\tA\t-\t-\t-\t-\t-\t-\t-\t-\textra\n", 1, "columns"},
      {"a\tmodel\tA\t-\t-\t-\t-\t-\t-\t-\tnobody\n", 1, "maker 'nobody'"},
      // More cells than the parser keeps are still counted: 3 + 11 = 14.
      {"a\tmodel\tA\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\n", 1, "found 14"},
      // Of two repeated ids, the row that repeats first is reported.
      {"a\tmodel\tA\nb\tmodel\tB\nb\tmodel\tB2\na\tmodel\tA2\n", 3, "duplicate id 'b'"},
  };
  for (const auto& c : cases) {
    ScratchDir dir("bad");
    dir.Write("models.tsv", c.text);
    const auto lexicon = Lexicon::Load(dir.path());
    INFO(c.text);
    REQUIRE_FALSE(lexicon);
    CHECK(lexicon.error().code == claimkb::ErrorCode::kParse);
    CHECK(lexicon.error().file == dir.File("models.tsv"));
    CHECK(lexicon.error().line == c.line);
    CHECK(lexicon.error().message.find(c.message_part) != std::string::npos);
    CHECK(lexicon.error().ToString().starts_with(dir.File("models.tsv") + ":" +
                                                 std::to_string(c.line) + ": "));
  }
}

TEST_CASE("Errors across files name the file of the offending row", "[lexicon]") {
  ScratchDir dir("cross");
  dir.Write("a.tsv", "x\tmodel\tX\n");
  dir.Write("b.tsv", "# comment\ny\tmodel\tY\nx\tproduct\tX again\n");
  const auto lexicon = Lexicon::Load(dir.path());
  REQUIRE_FALSE(lexicon);
  CHECK(lexicon.error().file == dir.File("b.tsv"));
  CHECK(lexicon.error().line == 3);
  CHECK(lexicon.error().message.find(dir.File("a.tsv") + ":1") != std::string::npos);
}

TEST_CASE("A missing or empty directory is NotFound", "[lexicon]") {
  const auto missing = Lexicon::Load("/nonexistent/claimkb/lexicon");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == claimkb::ErrorCode::kNotFound);
  ScratchDir dir("empty");
  const auto empty = Lexicon::Load(dir.path());
  REQUIRE_FALSE(empty);
  CHECK(empty.error().code == claimkb::ErrorCode::kNotFound);
}

TEST_CASE("The default directory honours CLAIMKB_LEXICON", "[lexicon]") {
  const char* saved = std::getenv("CLAIMKB_LEXICON");
  const std::string previous = saved != nullptr ? saved : "";
  ::unsetenv("CLAIMKB_LEXICON");
  CHECK(Lexicon::DefaultDirectory() == std::string(CLAIMKB_SOURCE_DIR) + "/data/lexicon");
  CHECK(Lexicon::LoadDefault());
  ScratchDir dir("env");
  dir.Write("x.tsv", "only\tmodel\tOnly\n");
  ::setenv("CLAIMKB_LEXICON", dir.path().c_str(), 1);
  CHECK(Lexicon::DefaultDirectory() == dir.path());
  const auto lexicon = Lexicon::LoadDefault();
  REQUIRE(lexicon);
  CHECK((*lexicon)->entries().size() == 1);
  if (saved != nullptr) {
    ::setenv("CLAIMKB_LEXICON", previous.c_str(), 1);
  } else {
    ::unsetenv("CLAIMKB_LEXICON");
  }
}
