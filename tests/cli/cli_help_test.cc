// `claimkb help COMMAND`: a command's options with examples that work, and
// where this claimkb finds its data (issue 11, item 5).
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "cli/cli_runner.h"

namespace {

using claimkb::testing::RunClaimkb;
using claimkb::testing::TempDir;
namespace fs = std::filesystem;

const std::string kSamples = CLAIMKB_SOURCE_DIR "/data/samples";

// The words of an example line as a shell would split it: single quotes
// group, " #" starts a comment. The examples use nothing else.
std::vector<std::string> Words(const std::string& line) {
  std::vector<std::string> words;
  std::string word;
  bool quoted = false, in_word = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\'') {
      quoted = !quoted;
      in_word = true;
    } else if (!quoted && c == '#' && (i == 0 || line[i - 1] == ' ')) {
      break;
    } else if (!quoted && c == ' ') {
      if (in_word) words.push_back(word);
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) words.push_back(word);
  return words;
}

// The example lines of `claimkb help COMMAND`.
std::vector<std::vector<std::string>> Examples(const std::string& command) {
  auto help = RunClaimkb({"help", command});
  REQUIRE(help.exit_code == 0);
  const std::size_t at = help.out.find("\nExamples:\n");
  REQUIRE(at != std::string::npos);
  std::istringstream lines(help.out.substr(at + 11));
  std::vector<std::vector<std::string>> examples;
  for (std::string line; std::getline(lines, line);) {
    std::vector<std::string> words = Words(line);
    if (words.empty()) continue;
    REQUIRE(words[0] == "claimkb");
    REQUIRE(words.size() >= 2);
    CHECK(words[1] == command);
    examples.push_back(std::vector<std::string>(words.begin() + 1, words.end()));
  }
  return examples;
}

}  // namespace

TEST_CASE("help COMMAND prints the options and examples, help alone says where data is",
          "[cli][help]") {
  auto search = RunClaimkb({"help", "search"});
  REQUIRE(search.exit_code == 0);
  CHECK_THAT(search.out, Catch::Contains("--limit"));
  CHECK_THAT(search.out, Catch::Contains("Examples:\n  claimkb search "));

  auto unknown = RunClaimkb({"help", "frobnicate"});
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("no command \"frobnicate\""));

  auto overview = RunClaimkb({"help"});
  REQUIRE(overview.exit_code == 0);
  CHECK_THAT(overview.out, Catch::Contains("ingest"));
  // From the build tree, the data comes from the source tree.
  CHECK_THAT(overview.out, Catch::Contains("lexicon     " CLAIMKB_SOURCE_DIR "/data/lexicon"));
  CHECK_THAT(overview.out, Catch::Contains("migrations  " CLAIMKB_SOURCE_DIR "/schema/sqlite"));
}

TEST_CASE("Every example of the reading commands runs on the bundled samples", "[cli][help]") {
  TempDir db;
  REQUIRE(RunClaimkb({"--db", db.str(), "ingest", "-q", kSamples}).exit_code == 0);
  int ran = 0;
  for (const std::string command : {"search", "ask", "claims", "results", "cite", "show",
                                    "entities", "episodes", "speakers", "check", "related",
                                    "graph"}) {
    for (std::vector<std::string> args : Examples(command)) {
      if (std::find(args.begin(), args.end(), "ID1") != args.end()) continue;  // Placeholder.
      std::string line;
      for (const auto& word : args) line += word + " ";
      INFO("claimkb " << line);
      args.insert(args.begin(), {"--db", db.str()});
      auto run = RunClaimkb(args);
      CHECK(run.exit_code == 0);
      CHECK(run.err == "");
      ++ran;
    }
  }
  CHECK(ran >= 15);
}
