// `claimkb speakers` (identities, merge, split) and `claimkb benchmarks`
// (tracks, timeline, SVG) run as a user would, on digests written here and
// on the shared corpus. Expected values come from reading those digests.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "cli/cli_runner.h"
#include "support/skip.h"

namespace {

namespace fs = std::filesystem;
using claimkb::testing::CorpusDir;
using claimkb::testing::RunClaimkb;
using claimkb::testing::SampleDatabase;
using claimkb::testing::TempDir;
using nlohmann::json;

void Write(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

const std::string kInterview =
    "## 封面\n"
    "- 标题：访谈一：对话 Rohan Mehta\n"
    "- 链接：https://www.youtube.com/watch?v=idTest00001\n"
    "- 发布日期：2025-10-01\n"
    "- 主持人：张小珺\n"
    "\n"
    "## 全文\n"
    "\n"
    "### 开场（00:00:00 - 00:05:00）\n"
    "**主持人**：今天我们聊 Gemini 3 的推理能力。\n"
    "**Rohan**：I think Gemini 3 is strong on reasoning benchmarks.\n";

const std::string kLivestream =
    "## 封面\n"
    "- 标题：直播二\n"
    "- 链接：https://www.youtube.com/watch?v=idTest00002\n"
    "- 发布日期：2025-11-01\n"
    "\n"
    "## 全文\n"
    "\n"
    "### 讨论（00:00:00 - 00:05:00）\n"
    "**Rohan Mehta**：GPT-5 is weaker at long tasks than people think.\n"
    "**主持人**：谢谢大家收看。\n"
    "**Priya**：Claude is good at coding.\n";

// The speakers listing as JSON: identity name → identity.
std::map<std::string, json> Identities(const std::string& db) {
  auto run = RunClaimkb({"speakers", "--format", "json", "--db", db});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  std::map<std::string, json> out;
  const json listing = run.Json();  // Kept: the loop reads into it.
  for (const json& identity : listing["speakers"]) {
    out[identity["name"].get<std::string>()] = identity;
  }
  return out;
}

// Who said the claims `claims --speaker name` finds, as "speaker@episode".
std::multiset<std::string> ClaimsBy(const std::string& db, const std::string& name) {
  auto run = RunClaimkb({"claims", "--speaker", name, "--format", "json", "--db", db});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  std::multiset<std::string> out;
  const json listing = run.Json();
  for (const json& claim : listing["claims"]) {
    out.insert(claim["speaker"].get<std::string>() + "@" +
               claim["episode"]["id"].get<std::string>());
  }
  return out;
}

bool HasEvidence(const json& identity, const std::string& kind) {
  for (const json& evidence : identity["evidence"]) {
    if (evidence["kind"] == kind) return true;
  }
  return false;
}

TEST_CASE("speakers are people: names linked with evidence, decisions kept", "[cli][identity]") {
  TempDir files, db;
  Write(files.path() / "interview.md", kInterview);
  Write(files.path() / "livestream.md", kLivestream);
  REQUIRE(RunClaimkb({"ingest", files.str(), "--db", db.str(), "--quiet"}).exit_code == 0);

  auto identities = Identities(db.str());
  // "Rohan" is the start of "Rohan Mehta", the only such name.
  REQUIRE(identities.count("Rohan Mehta") == 1);
  CHECK(HasEvidence(identities["Rohan Mehta"], "name"));
  CHECK(identities["Rohan Mehta"]["aliases"] == json::array({"Rohan"}));
  // The interview's cover names its host; the livestream's names none.
  REQUIRE(identities.count("张小珺") == 1);
  CHECK(HasEvidence(identities["张小珺"], "cover"));
  CHECK(ClaimsBy(db.str(), "张小珺") == std::multiset<std::string>{"主持人@interview"});
  CHECK(ClaimsBy(db.str(), "Rohan") ==
        std::multiset<std::string>{"Rohan@interview", "Rohan Mehta@livestream"});

  // The user's word: Priya is Rohan too.
  auto merge = RunClaimkb({"speakers", "merge", "Priya", "Rohan", "--db", db.str()});
  INFO(merge.err);
  REQUIRE(merge.exit_code == 0);
  auto check_merged = [&] {
    auto now = Identities(db.str());
    REQUIRE(now.count("Rohan Mehta") == 1);
    CHECK(HasEvidence(now["Rohan Mehta"], "user"));
    CHECK(ClaimsBy(db.str(), "Priya") ==
          std::multiset<std::string>{"Rohan@interview", "Rohan Mehta@livestream",
                                     "Priya@livestream"});
  };
  check_merged();
  // It survives re-ingesting changed text and re-extracting every claim.
  Write(files.path() / "livestream.md", kLivestream + "**Priya**：Coding agents need tests.\n");
  REQUIRE(RunClaimkb({"ingest", files.str(), "--db", db.str(), "--quiet"}).exit_code == 0);
  // Priya now has two claims, the most of the person's names: the person
  // shows under hers.
  auto after_ingest = Identities(db.str());
  REQUIRE(after_ingest.count("Priya") == 1);
  CHECK(HasEvidence(after_ingest["Priya"], "user"));
  CHECK(after_ingest["Priya"]["claims"] == 4);
  CHECK(ClaimsBy(db.str(), "Priya").count("Priya@livestream") == 2);
  REQUIRE(RunClaimkb({"reextract", "--db", db.str()}).exit_code == 0);
  CHECK(HasEvidence(Identities(db.str())["Priya"], "user"));
  CHECK(ClaimsBy(db.str(), "Rohan Mehta").size() == 4);

  // Splitting Rohan off undoes both links that reached him.
  REQUIRE(RunClaimkb({"speakers", "split", "Rohan", "--db", db.str()}).exit_code == 0);
  CHECK(ClaimsBy(db.str(), "Rohan Mehta") == std::multiset<std::string>{"Rohan Mehta@livestream"});
  CHECK(ClaimsBy(db.str(), "Rohan") == std::multiset<std::string>{"Rohan@interview"});
  // And the role label split from the host: nobody stored is 张小珺 any more.
  REQUIRE(RunClaimkb({"speakers", "split", "主持人", "--db", db.str()}).exit_code == 0);
  CHECK(Identities(db.str()).count("张小珺") == 0);
  // A lexicon's spelling is not split by a decision; a decision about
  // nobody is refused, not recorded.
  Write(files.path() / "tian.md",
        "## 封面\n- 标题：三\n- 链接：https://www.youtube.com/watch?v=idTest00003\n\n## 全文\n\n"
        "### 一（00:00:00 - 00:01:00）\n**田博士**：数据效率是瓶颈。\n");
  REQUIRE(RunClaimkb({"ingest", files.str(), "--db", db.str(), "--quiet"}).exit_code == 0);
  auto alias = RunClaimkb({"speakers", "split", "田博士", "--db", db.str()});
  CHECK(alias.exit_code == 2);
  CHECK(alias.err.find("田渊栋") != std::string::npos);
  auto unknown = RunClaimkb({"speakers", "merge", "Nobody Here", "Rohan", "--db", db.str()});
  CHECK(unknown.exit_code != 0);
  CHECK(unknown.err.find("Nobody Here") != std::string::npos);
}

TEST_CASE("benchmarks lists who discussed a benchmark, its results once each",
          "[cli][benchmarks]") {
  auto run = RunClaimkb({"benchmarks", "ARC-AGI-2", "--format", "json", "--db", SampleDatabase()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const json tracks = run.Json()["benchmarks"];
  REQUIRE(tracks.size() == 1);
  const json& track = tracks[0];
  CHECK(track["name"] == "ARC-AGI-2");
  // open-weights-roundtable-short: 小周 says "过 20%" and the summary says it
  // again; it is one result, under 小周, listing the summary's claim.
  int twenty = 0;
  for (const json& result : track["results"]) {
    if (result["low"] == 20) {
      ++twenty;
      CHECK(result["speaker"] == "小周");
      CHECK(result["also_stated_in"] == json::array({"open-weights-roundtable-short#6"}));
    }
  }
  CHECK(twenty == 1);
  // model-observatory-gemini3-panel#20: "约 31%，开启 Deep Think 模式大约 45%":
  // only the 45% was with Deep Think.
  for (const json& result : track["results"]) {
    if (result["claim"] != "model-observatory-gemini3-panel#20") continue;
    CHECK(result["setting"] == (result["low"] == 45 ? "Deep Think" : ""));
  }
  // 阿岚 doubts the benchmark itself (open-weights-roundtable-short#20).
  bool doubted = false;
  for (const json& claim : track["stance"]["claims"]) {
    doubted |= claim["claim"] == "open-weights-roundtable-short#20" && claim["stance"] == "negative";
  }
  CHECK(doubted);
}

// The text listing names a result's model once: Gemini 3 Pro's lexicon
// version is "3", which its name already says, so no " v3" follows it
// (model-observatory-gemini3-panel#20: "Gemini 3 Pro 在 ARC-AGI-2 上报告约 31%").
TEST_CASE("benchmarks text does not repeat a version the model's name states", "[cli][benchmarks]") {
  auto run = RunClaimkb({"benchmarks", "ARC-AGI-2", "--db", SampleDatabase()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  INFO(run.out);
  CHECK(run.out.find("Gemini 3 Pro   ") != std::string::npos);
  CHECK(run.out.find("Gemini 3 Pro v3") == std::string::npos);
}

TEST_CASE("the livestream's ARC-AGI-2 ranges, on a timeline and an SVG", "[cli][benchmarks]") {
  const std::string corpus = CorpusDir();
  if (corpus.empty()) CLAIMKB_SKIP("the shared corpus is absent");
  TempDir db;
  const std::string live = corpus + "/2025-11-21-gemini-3-101-live.md";
  REQUIRE(RunClaimkb({"ingest", live, "--db", db.str(), "--quiet"}).exit_code == 0);
  const fs::path svg = db.path() / "arc.svg";
  auto run = RunClaimkb({"benchmarks", "ARC-AGI-2", "--timeline", "--plot", svg.string(),
                         "--format", "json", "--db", db.str()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const json track = run.Json()["benchmarks"].at(0);
  // Line 43: "Gen3 的分数从十几（或个位数）到三十几": Gemini 3 went to 31–39;
  // 11–19 (or 1–9) was the score before it, not Gemini 3's.
  REQUIRE(track["results"].size() == 3);
  const json& before = track["results"][0];
  const json& alternative = track["results"][1];
  const json& after = track["results"][2];
  CHECK((before["low"] == 11 && before["high"] == 19 && before["model"] == "" &&
         before["model_name"] == "(previous model)" && before["setting"] == "before"));
  CHECK((alternative["low"] == 1 && alternative["high"] == 9 && alternative["model"] == ""));
  CHECK((after["low"] == 31 && after["high"] == 39 && after["model"] == "gemini-3" &&
         after["setting"] == "after" && after["stated"] == "三十几"));
  CHECK(after["speaker"] == "Gavin");
  CHECK(track["timeline"].size() >= 1);

  // The SVG is well-formed XML (checked by libxml2's xmllint) and shows the ranges.
  REQUIRE(fs::exists(svg));
  if (std::system("command -v xmllint > /dev/null 2>&1") != 0) {
    CLAIMKB_SKIP("xmllint (Debian package libxml2-utils) is not installed");
  }
  CHECK(std::system(("xmllint --noout '" + svg.string() + "'").c_str()) == 0);
  std::ifstream in(svg);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
  CHECK(text.find("31–39") != std::string::npos);
  CHECK(text.find("11–19") != std::string::npos);
  CHECK(text.find("Gemini 3") != std::string::npos);
  CHECK(text.find("(previous model)") != std::string::npos);
}

TEST_CASE("benchmarks and results within a date window", "[cli][benchmarks]") {
  // Of the samples, only compute-corner-ep5-notes (2025-12-15) is dated on
  // or after 2025-12-10; it names LiveCodeBench (line 34) and MMLU-Pro (line
  // 41). The undated tensor-teahouse-ep14.json names GPQA: a window leaves
  // an undated episode out.
  auto run = RunClaimkb(
      {"benchmarks", "--since", "2025-12-10", "--format", "json", "--db", SampleDatabase()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  std::set<std::string> names;
  const json tracks = run.Json()["benchmarks"];  // Kept: the loop reads into it.
  for (const json& track : tracks) {
    if (track["benchmark"] != "benchmarks-in-general") names.insert(track["name"]);
    for (const json& episode : track["episodes"])
      CHECK(episode["name"] == "compute-corner-ep5-notes");
  }
  CHECK(names == std::set<std::string>{"LiveCodeBench", "MMLU-Pro"});
  // ARC-AGI-2's results up to 2025-11-30 are the panel's (2025-11-24) alone.
  auto results = RunClaimkb({"results", "--benchmark", "ARC-AGI-2", "--until", "2025-11",
                             "--format", "json", "--db", SampleDatabase()});
  INFO(results.err);
  REQUIRE(results.exit_code == 0);
  const json stated = results.Json()["results"];
  REQUIRE(!stated.empty());
  for (const json& result : stated) {
    CHECK(result["episode"]["id"] == "model-observatory-gemini3-panel");
  }
  auto backwards = RunClaimkb(
      {"benchmarks", "--since", "2025-12", "--until", "2025-11", "--db", SampleDatabase()});
  CHECK(backwards.exit_code == 2);
  CHECK(backwards.err.find("--since") != std::string::npos);
}

TEST_CASE("benchmarks refuses what is no benchmark and a plot of all of them", "[cli][benchmarks]") {
  auto unknown = RunClaimkb({"benchmarks", "Gemini 3", "--db", SampleDatabase()});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.out.empty());
  auto plot = RunClaimkb({"benchmarks", "--plot", "/tmp/never.svg", "--db", SampleDatabase()});
  CHECK(plot.exit_code == 2);
  CHECK_FALSE(fs::exists("/tmp/never.svg"));
}

}  // namespace

TEST_CASE("graph draws one person's names as same_person speakers", "[cli][identity][graph]") {
  // Rohan (interview) and Rohan Mehta (a second livestream) both speak of
  // Gemini 3, so both are speakers two edges from it; identity links them.
  TempDir files, db;
  Write(files.path() / "interview.md", kInterview);
  std::string livestream = kLivestream;
  livestream.replace(livestream.find("GPT-5"), 5, "Gemini 3");
  Write(files.path() / "livestream.md", livestream);
  REQUIRE(RunClaimkb({"ingest", files.str(), "--db", db.str(), "--quiet"}).exit_code == 0);
  auto run = RunClaimkb(
      {"graph", "--around", "Gemini 3", "--depth", "2", "--format", "json", "--db", db.str()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const json graph = run.Json()["graph"];
  int same_person = 0;
  for (const json& edge : graph["edges"]) {
    if (edge["kind"] != "same_person") continue;
    ++same_person;
    std::set<std::string> ends = {edge["source"].get<std::string>(),
                                  edge["target"].get<std::string>()};
    CHECK(ends == std::set<std::string>{"speaker:Rohan", "speaker:Rohan Mehta"});
  }
  CHECK(same_person == 1);
}
