// The ask retrieval benchmark's questions (bench/questions/ask_questions.json)
// follow the rules bench/questions/README.md sets for them: every answer
// names a line of a digest in ../shared by a short key found once on it, so
// the benchmark scores exactly the claims the question's writer meant, and
// the file holds no corpus sentence.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "support/gold_standard.h"
#include "support/skip.h"

namespace fs = std::filesystem;
namespace gold = claimkb::gold;

namespace {

// English keys may be longer than the gold's 12 code points (README).
constexpr std::size_t kMaxKeyCodePoints = 24;

fs::path QuestionsFile() {
  return fs::path(CLAIMKB_SOURCE_DIR) / "bench" / "questions" / "ask_questions.json";
}

// The shared data folder: corpus/ and corpus-more/ sit side by side in it.
fs::path SharedDir() { return fs::path(CLAIMKB_TEST_CORPUS).parent_path(); }

}  // namespace

TEST_CASE("ask benchmark questions are well formed", "[questions]") {
  std::ifstream in(QuestionsFile());
  REQUIRE(in);
  const nlohmann::json file = nlohmann::json::parse(in);
  CHECK(file.at("version") == 1);
  const nlohmann::json& questions = file.at("questions");
  REQUIRE(questions.is_array());
  REQUIRE_FALSE(questions.empty());
  std::set<std::string> ids;
  std::set<std::string> sets;
  for (const nlohmann::json& q : questions) {
    const std::string id = q.at("id");
    INFO("question " << id);
    CHECK(ids.insert(id).second);
    const std::string set = q.at("set");
    CHECK((set == "dev" || set == "test"));
    sets.insert(set);
    const std::string lang = q.at("lang");
    CHECK((lang == "en" || lang == "zh"));
    CHECK_FALSE(q.at("question").get<std::string>().empty());
    REQUIRE(q.at("answers").is_array());
    CHECK_FALSE(q.at("answers").empty());
    for (const nlohmann::json& answer : q.at("answers")) {
      const std::string key = answer.at("key");
      CHECK_FALSE(key.empty());
      CHECK(gold::CodePoints(key) <= kMaxKeyCodePoints);
      CHECK(answer.at("line").get<int>() >= 1);
      const std::string path = answer.at("file");
      CHECK((path.starts_with("corpus/") || path.starts_with("corpus-more/")));
    }
  }
  // Both sets are there: tuning on dev is scored on test.
  CHECK(sets == std::set<std::string>{"dev", "test"});
}

TEST_CASE("ask benchmark answers point at one place on a digest line", "[questions][corpus]") {
  if (!fs::is_directory(SharedDir() / "corpus") || !fs::is_directory(SharedDir() / "corpus-more")) {
    CLAIMKB_SKIP("the shared corpus is absent at " << SharedDir().string());
  }
  std::ifstream in(QuestionsFile());
  REQUIRE(in);
  const nlohmann::json file = nlohmann::json::parse(in);
  std::map<std::string, std::vector<std::string>> lines_of;
  for (const nlohmann::json& q : file.at("questions")) {
    for (const nlohmann::json& answer : q.at("answers")) {
      const std::string path = answer.at("file");
      const int line = answer.at("line");
      const std::string key = answer.at("key");
      INFO("question " << q.at("id").get<std::string>() << ": " << path << ":" << line << " key "
                       << key);
      auto [it, added] = lines_of.try_emplace(path);
      if (added) {
        REQUIRE(fs::exists(SharedDir() / path));
        it->second = gold::ReadLines(SharedDir() / path);
      }
      REQUIRE(line <= static_cast<int>(it->second.size()));
      const std::string& text = it->second[static_cast<std::size_t>(line) - 1];
      // Found, and once: it locates exactly one claim.
      CHECK(text.find(key) != std::string::npos);
      CHECK(text.find(key) == text.rfind(key));
    }
  }
}
