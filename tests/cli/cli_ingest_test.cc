// End-to-end ingest behaviour a user relies on: bad files are named with
// their line and never cost the rest of the batch; re-ingest is idempotent;
// JSON output is the only thing on stdout; the README's commands are the
// ones CI runs.
#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "cli/cli_runner.h"
#include "support/xapian_tcp_server.h"

namespace {

using claimkb::testing::RunClaimkb;
using claimkb::testing::TempDir;
using nlohmann::json;
namespace fs = std::filesystem;

const std::string kSamples = CLAIMKB_SOURCE_DIR "/data/samples";

void Write(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A small valid digest, written here so each test controls its bytes.
std::string Digest(const std::string& url, const std::string& range = "00:01:00 - 00:02:00") {
  return "## 封面\n- 标题：测试节目\n- 链接：" + url +
         "\n- 发布日期：2025-11-30\n- 覆盖时长：00:10:00\n\n## 全文\n### 第一段（" + range +
         "）\n**Alice**：Gemini 3 Pro 写前端很快，但后端仍然吃力。\n";
}

TEST_CASE("the samples ingest cleanly and list with their metadata", "[cli]") {
  TempDir db;
  auto run = RunClaimkb({"ingest", kSamples, "--db", db.str(), "--format", "json"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  // Four Markdown digests (one in another pipeline's layout) and three
  // transcripts (.vtt, .srt, .json).
  CHECK(run.Json()["ingest"]["counts"]["added"] == 7);
  auto list = RunClaimkb({"episodes", "--db", db.str(), "--format", "json"});
  const json episodes = list.Json()["episodes"];
  REQUIRE(episodes.size() == 7);
  // Dates and durations as written in the three sample covers.
  CHECK(episodes[0]["id"] == "model-observatory-gemini3-panel");
  CHECK(episodes[0]["date"] == "2025-11-24");
  CHECK(episodes[0]["duration_s"] == 48 * 60 + 20);
  CHECK(episodes[1]["id"] == "frontier-bench-weekly-reasoning");
  CHECK(episodes[1]["duration_s"] == 3600 + 12 * 60 + 40);
  CHECK(episodes[2]["id"] == "open-weights-roundtable-short");
  CHECK(episodes[2]["date"] == "2025-12-08");
  CHECK(episodes[2]["url"] == "https://example.org/podcasts/open-weights-roundtable-03");
  CHECK(episodes[2]["speakers"] == json::array({"阿岚", "Ben Ortiz", "小周"}));
  // Front matter of another pipeline: published_at, duration_ms, video_id.
  CHECK(episodes[3]["id"] == "compute-corner-ep5-notes");
  CHECK(episodes[3]["date"] == "2025-12-15");
  CHECK(episodes[3]["duration_s"] == 2710);
  CHECK(episodes[3]["url"] == "https://www.youtube.com/watch?v=claimkbDemo5");
  CHECK(episodes[3]["speakers"] == json::array({"何川", "Priya Raman"}));
  // The transcripts carry no date, so they come last, by id; an id keeps a
  // transcript's extension, as only ".md" is dropped from episode ids.
  CHECK(episodes[4]["id"] == "tensor-teahouse-ep12.vtt");
  CHECK(episodes[4]["duration_s"] == 31);
  CHECK(episodes[5]["id"] == "tensor-teahouse-ep13.srt");
  CHECK(episodes[6]["id"] == "tensor-teahouse-ep14.json");
  CHECK(episodes[6]["speakers"] == json::array({"Maya Brooks", "林岚"}));
}

TEST_CASE("each --db names one directory, before or after the files", "[cli]") {
  TempDir dir;
  Write(dir.path() / "a.md", Digest("https://example.org/a"));
  Write(dir.path() / "b.md", Digest("https://example.org/b"));
  const std::string first = (dir.path() / "first").string();
  const std::string second = (dir.path() / "second").string();
  // The files after `--db DIR` are files to read, not more databases.
  auto before = RunClaimkb({"ingest", "--db", first, (dir.path() / "a.md").string(),
                            (dir.path() / "b.md").string(), "--format", "json"});
  INFO(before.err);
  REQUIRE(before.exit_code == 0);
  CHECK(before.Json()["ingest"]["counts"]["added"] == 2);
  auto after = RunClaimkb({"ingest", (dir.path() / "a.md").string(), "--db", second});
  REQUIRE(after.exit_code == 0);
  // Repeated, it names several databases to read: 2 + 1 episodes.
  auto both = RunClaimkb({"episodes", "--db", first, "--db", second, "--format", "json"});
  INFO(both.err);
  REQUIRE(both.exit_code == 0);
  CHECK(both.Json()["episodes"].size() == 3);
}

TEST_CASE("bad files are named, skipped over, and cost nothing else", "[cli]") {
  TempDir input;
  TempDir db;
  Write(input.path() / "good.md", Digest("https://www.youtube.com/watch?v=good1"));
  Write(input.path() / "empty.md", "");
  Write(input.path() / "binary.md", std::string("## 封面\n\0\x01\x02", 11));
  Write(input.path() / "bad-utf8.md", "## 封面\n- 标题：x\n\xff\xfe broken\n");
  Write(input.path() / "bad-time.md",
        Digest("https://www.youtube.com/watch?v=bad2", "25:99:99 - 26:00:00"));
  Write(input.path() / "backwards.md",
        Digest("https://www.youtube.com/watch?v=bad3", "00:05:00 - 00:01:00"));
  Write(
      input.path() / "crlf-bom.md", "\xEF\xBB\xBF" + [] {
        std::string text = Digest("https://www.youtube.com/watch?v=crlf4");
        std::string out;
        for (char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
        return out;
      }());
  fs::create_symlink(input.path() / "missing-target.md", input.path() / "dangling.md");

  auto run = RunClaimkb({"ingest", input.str(), "--db", db.str(), "--format", "json"});
  CHECK(run.exit_code == 1);  // Some input was rejected.
  const json report = run.Json()["ingest"];
  CHECK(report["counts"]["added"] == 2);  // good.md and crlf-bom.md.
  // One line per problem on stderr, naming the file and, where known, the line.
  CHECK(run.err.find("empty.md") != std::string::npos);
  CHECK(run.err.find("binary.md:2") != std::string::npos);
  CHECK(run.err.find("bad-utf8.md:3") != std::string::npos);
  CHECK(run.err.find("bad-time.md:8") != std::string::npos);
  CHECK(run.err.find("backwards.md:8") != std::string::npos);
  CHECK(run.err.find("dangling.md") != std::string::npos);

  // The CRLF/BOM file is the same digest as good.md apart from its bytes:
  // same speakers, sections and claims.
  auto list = RunClaimkb({"episodes", "--db", db.str(), "--format", "json"});
  const json episodes = list.Json()["episodes"];
  REQUIRE(episodes.size() == 2);
  CHECK(episodes[0]["claims"] == episodes[1]["claims"]);
  CHECK(episodes[0]["timed_sections"] == 1);
  CHECK(RunClaimkb({"check", "--db", db.str()}).exit_code == 0);
}

TEST_CASE("a 50 MB file is refused quickly and the batch goes on", "[cli]") {
  TempDir input;
  TempDir db;
  Write(input.path() / "a-good.md", Digest("https://www.youtube.com/watch?v=big0"));
  std::string huge = Digest("https://www.youtube.com/watch?v=big1");
  std::string line = "**Alice**：这是一行很长的填充文字，用来把文件撑到五十兆字节。\n";
  huge.reserve(50u << 20);
  while (huge.size() < (50u << 20)) huge += line;
  Write(input.path() / "huge.md", huge);
  auto run = RunClaimkb({"ingest", input.str(), "--db", db.str()});
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("huge.md") != std::string::npos);
  auto list = RunClaimkb({"episodes", "--db", db.str(), "--format", "json"});
  CHECK(list.Json()["episodes"].size() == 1);
}

TEST_CASE("re-ingest is idempotent and a changed file replaces its episode", "[cli]") {
  TempDir input;
  TempDir db;
  fs::path file = input.path() / "episode.md";
  Write(file, Digest("https://www.youtube.com/watch?v=same"));
  REQUIRE(RunClaimkb({"ingest", file.string(), "--db", db.str()}).exit_code == 0);
  auto again = RunClaimkb({"ingest", file.string(), "--db", db.str(), "--format", "json"});
  CHECK(again.Json()["ingest"]["counts"]["unchanged"] == 1);

  Write(file, Digest("https://www.youtube.com/watch?v=same") +
                  "**Bob**：ARC-AGI-2 上的分数从个位数涨到了三十几。\n");
  auto changed = RunClaimkb({"ingest", file.string(), "--db", db.str(), "--format", "json"});
  CHECK(changed.Json()["ingest"]["counts"]["replaced"] == 1);
  auto list = RunClaimkb({"episodes", "--db", db.str(), "--format", "json"});
  const json episodes = list.Json()["episodes"];
  REQUIRE(episodes.size() == 1);
  CHECK(episodes[0]["speakers"] == json::array({"Alice", "Bob"}));

  // A second digest of the same episode (same URL) from another file: one
  // episode stays, and the user is told which file was kept and why.
  fs::path other = input.path() / "other.md";
  Write(other, Digest("https://www.youtube.com/watch?v=same"));
  auto duplicate = RunClaimkb({"ingest", other.string(), "--db", db.str()});
  CHECK(duplicate.exit_code == 0);
  CHECK(duplicate.err.find("same URL") != std::string::npos);
  auto after = RunClaimkb({"episodes", "--db", db.str(), "--format", "json"});
  CHECK(after.Json()["episodes"].size() == 1);
  CHECK(RunClaimkb({"check", "--db", db.str()}).exit_code == 0);
}

TEST_CASE("usage errors exit 2 and JSON output is alone on stdout", "[cli]") {
  CHECK(RunClaimkb({}).exit_code == 2);
  CHECK(RunClaimkb({"no-such-command"}).exit_code == 2);
  CHECK(RunClaimkb({"claims", "--stance", "sideways", "--db", "/nonexistent-claimkb"}).exit_code ==
        2);
  CHECK(RunClaimkb({"episodes", "--format", "yaml"}).exit_code == 2);
  TempDir db;
  auto run = RunClaimkb({"ingest", kSamples, "--db", db.str(), "--format", "json"});
  CHECK_NOTHROW(json::parse(run.out));  // Progress and notes went to stderr.
  auto help = RunClaimkb({"search", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("model:") != std::string::npos);  // Field help from the field table.
}

TEST_CASE("the README's test command is exactly what CI runs", "[cli]") {
  const std::string readme = Read(CLAIMKB_SOURCE_DIR "/README.md");
  const std::string ci = Read(CLAIMKB_SOURCE_DIR "/.ci/run");
  // The last line of .ci/run is the command; the README must show it verbatim.
  std::string last;
  std::istringstream lines(ci);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) last = line;
  }
  REQUIRE(last.find("ctest") != std::string::npos);
  CHECK(readme.find(last) != std::string::npos);
  // And the first command builds the same way, then runs the demo.
  std::string demo = last.substr(0, last.find("&& ctest")) + "&& ./build/cli/claimkb demo";
  CHECK(readme.find(demo) != std::string::npos);
}

}  // namespace

namespace {

TEST_CASE("search merges a local database with a remote xapian-tcpsrv shard", "[cli][remote]") {
  TempDir local;
  TempDir remote;
  REQUIRE(
      RunClaimkb({"ingest", kSamples + "/model-observatory-gemini3-panel.md", "--db", local.str()})
          .exit_code == 0);
  REQUIRE(
      RunClaimkb({"ingest", kSamples + "/frontier-bench-weekly-reasoning.md", "--db", remote.str()})
          .exit_code == 0);
  claimkb::testing::TcpServer server((remote.path() / "xapian").string());

  auto run = RunClaimkb({"search", "benchmark:ARC-AGI-2", "--db", local.str(), "--db",
                         server.Source(), "--format", "json", "--limit", "50"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const json search = run.Json()["search"];
  std::set<std::string> episodes;
  for (const json& hit : search["hits"]) episodes.insert(hit["episode"]["id"]);
  CHECK(episodes == std::set<std::string>{"model-observatory-gemini3-panel",
                                          "frontier-bench-weekly-reasoning"});
  // The remote shard's claims come whole from the index: text, speaker, link.
  REQUIRE_FALSE(search["from_index_only"].empty());
  for (const json& hit : search["hits"]) {
    CHECK_FALSE(hit["text"].get<std::string>().empty());
    CHECK(hit["source"]["line"].get<int>() > 0);
  }

  server.Stop();
  auto dead =
      RunClaimkb({"search", "benchmark:ARC-AGI-2", "--db", local.str(), "--db", server.Source()});
  CHECK(dead.exit_code == 1);
  CHECK(dead.err.find(server.Source()) != std::string::npos);  // Names the dead shard.
  CHECK(dead.out.empty());
}

}  // namespace
