// Input a user can get wrong, or a digest can make hostile, handled the
// same way by every command: usage errors exit 2, missing databases are not
// created, counts are exact, several --db are merged or refused, output
// never carries a digest's control characters to the terminal. Expected
// values are worked out from the digests written here and the samples.
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "cli/cli_runner.h"
#include "support/skip.h"

namespace {

using claimkb::testing::RunClaimkb;
using claimkb::testing::SampleDatabase;
using claimkb::testing::RunResult;
using claimkb::testing::TempDir;
using nlohmann::json;
namespace fs = std::filesystem;

const std::string kSamples = CLAIMKB_SOURCE_DIR "/data/samples";

void Write(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

// A digest with one speaker turn per line of `turns` ("Name：text").
std::string Digest(const std::string& title, const std::string& url,
                   const std::vector<std::string>& turns) {
  std::string out = "## 封面\n- 标题：" + title + "\n- 链接：" + url +
                    "\n- 发布日期：2025-11-30\n- 覆盖时长：00:10:00\n\n## 全文\n"
                    "### 第一段（00:01:00 - 00:05:00）\n";
  for (const std::string& turn : turns) out += turn + "\n\n";
  return out;
}

std::string Joined(const std::vector<std::string>& args) {
  std::string out;
  for (const std::string& arg : args) out += arg + " ";
  return out;
}

TEST_CASE("ask --today that is no date is a usage error, not an abort", "[cli]") {
  TempDir scratch;
  const std::string never = (scratch.path() / "never").string();
  for (const char* today : {"notadate", "2025", "x-y-z", "2025-02-30", "2025-13-01"}) {
    INFO("--today " << today);
    auto run = RunClaimkb({"ask", "Gemini 3 coding", "--today", today, "--db", never});
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("--today") != std::string::npos);
    CHECK(run.err.find("internal error") == std::string::npos);
  }
  CHECK_FALSE(fs::exists(never));  // A usage error creates nothing.
}

TEST_CASE("queries nested or negated thousands deep are refused with exit 2", "[cli]") {
  const std::string deep = std::string(4000, '(') + "gemini" + std::string(4000, ')');
  auto nested = RunClaimkb({"search", deep, "--db", SampleDatabase()});
  CHECK(nested.exit_code == 2);
  CHECK(nested.err.find("more than 64 deep") != std::string::npos);
  std::string nots;
  for (int i = 0; i < 25000; ++i) nots += "NOT ";
  auto negated = RunClaimkb({"search", nots + "gemini", "--db", SampleDatabase()});
  CHECK(negated.exit_code == 2);
  CHECK(negated.out.empty());
}

TEST_CASE("negative counts, impossible dates and reversed ranges exit 2 everywhere", "[cli]") {
  const std::string& db = SampleDatabase();
  const std::vector<std::vector<std::string>> usage_errors = {
      {"search", "gemini", "--limit", "-1"},
      {"search", "gemini", "--offset", "-1"},
      {"search", "gemini", "--context", "-1"},
      {"ask", "gemini", "--limit", "-1"},
      {"claims", "--limit", "-1"},
      {"claims", "--offset", "-1"},
      {"claims", "--since", "2025-02-30"},
      {"claims", "--until", "2025-11-31"},
      {"claims", "--since", "2025-00"},
      {"claims", "--since", "2025-12", "--until", "2025-11"},
      {"claims", "--since", "2025-11-30", "--until", "2025-11-29"},
  };
  for (std::vector<std::string> args : usage_errors) {
    INFO(Joined(args));
    args.insert(args.end(), {"--db", db});
    auto run = RunClaimkb(args);
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
  }
  // A real leap day and a one-day range are fine.
  CHECK(RunClaimkb({"claims", "--since", "2024-02-29", "--db", db}).exit_code == 0);
  CHECK(RunClaimkb({"claims", "--since", "2025-11-24", "--until", "2025-11-24", "--db", db})
            .exit_code == 0);
}

TEST_CASE("read commands on a missing database fail and create nothing", "[cli]") {
  TempDir scratch;
  const std::string missing = (scratch.path() / "nothing-here").string();
  const std::vector<std::vector<std::string>> reads = {
      {"episodes"},         {"claims"},        {"speakers"},    {"entities"},       {"results"},
      {"search", "gemini"}, {"ask", "gemini"}, {"cite", "x#1"}, {"show", "gemini"},
  };
  for (std::vector<std::string> args : reads) {
    INFO(Joined(args));
    args.insert(args.end(), {"--db", missing});
    auto run = RunClaimkb(args);
    CHECK(run.exit_code == 1);
    CHECK(run.err.find("no database at " + missing) != std::string::npos);
    CHECK(run.out.empty());
    CHECK_FALSE(fs::exists(missing));
  }
}

// Runs claimkb as the unprivileged user nobody (through setpriv) and
// returns its exit code and stdout: root ignores file permissions, so a
// read-only database is only read-only to someone else.
// The binary runs from a copy laid out as an installed claimkb
// (scratch/bin, scratch/share/claimkb): the build and source trees may sit in
// a directory only root can enter (CI clones into a mktemp -d folder).
RunResult RunAsNobody(const std::vector<std::string>& args, const fs::path& scratch) {
  const fs::path bin = scratch / "bin" / "claimkb";
  if (!fs::exists(bin)) {
    const fs::path share = scratch / "share" / "claimkb";
    fs::create_directories(bin.parent_path());
    fs::create_directories(share);
    fs::copy_file(CLAIMKB_BINARY, bin);
    const fs::path source(CLAIMKB_SOURCE_DIR);
    fs::copy(source / "data" / "lexicon", share / "lexicon", fs::copy_options::recursive);
    fs::copy(source / "schema" / "sqlite", share / "migrations", fs::copy_options::recursive);
    fs::copy(source / "data" / "crosslang", share / "crosslang", fs::copy_options::recursive);
    for (const fs::path& path : {scratch / "bin", scratch / "share"}) {
      fs::permissions(path, fs::perms::others_read | fs::perms::others_exec,
                      fs::perm_options::add);
      for (const auto& entry : fs::recursive_directory_iterator(path)) {
        fs::permissions(entry.path(), fs::perms::others_read | fs::perms::others_exec,
                        fs::perm_options::add);
      }
    }
  }
  std::string command = "setpriv --reuid=65534 --regid=65534 --clear-groups '" + bin.string() + "'";
  for (const std::string& arg : args) command += " '" + arg + "'";
  const fs::path out = scratch / "out";
  const fs::path err = scratch / "err";
  command += " >'" + out.string() + "' 2>'" + err.string() + "'";
  RunResult result;
  const int status = std::system(command.c_str());
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream out_in(out), err_in(err);
  std::ostringstream out_text, err_text;
  out_text << out_in.rdbuf();
  err_text << err_in.rdbuf();
  result.out = out_text.str();
  result.err = err_text.str();
  return result;
}

TEST_CASE("a read-only database can be searched and listed", "[cli]") {
  const bool root = ::geteuid() == 0;
  if (root && std::system("setpriv --version >/dev/null 2>&1") != 0) {
    CLAIMKB_SKIP("running as root without setpriv: cannot read as another user");
  }
  TempDir copy;
  fs::permissions(copy.path(), fs::perms::all, fs::perm_options::add);  // For nobody's output.
  const fs::path db = copy.path() / "db";
  fs::copy(SampleDatabase(), db, fs::copy_options::recursive);
  // As on a read-only mount after a clean shutdown: no -shm or -wal file,
  // and none can be created.
  fs::remove(db / "claims.sqlite-shm");
  fs::remove(db / "claims.sqlite-wal");
  auto make_read_only = [](const fs::path& path) {
    fs::permissions(path, fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                    fs::perm_options::remove);
    fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read,
                    fs::perm_options::add);
  };
  for (const auto& entry : fs::recursive_directory_iterator(db)) make_read_only(entry.path());
  make_read_only(db);
  fs::permissions(db, fs::perms::others_exec | fs::perms::group_exec, fs::perm_options::add);
  fs::permissions(db / "xapian", fs::perms::others_exec | fs::perms::group_exec,
                  fs::perm_options::add);
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.end(), {"--db", db.string()});
    return root ? RunAsNobody(args, copy.path()) : RunClaimkb(args);
  };
  auto search = run({"search", "benchmark:ARC-AGI-2"});
  INFO(search.err);
  CHECK(search.exit_code == 0);
  CHECK(search.out.find("matching claims") != std::string::npos);
  auto episodes = run({"episodes"});
  INFO(episodes.err);
  CHECK(episodes.exit_code == 0);
  CHECK(episodes.out.find("open-weights-roundtable-short") != std::string::npos);
  CHECK(run({"claims", "--speaker", "林舟"}).exit_code == 0);
  // Writable again, so that the temporary directory can be removed.
  fs::permissions(db, fs::perms::owner_write, fs::perm_options::add);
  for (const auto& entry : fs::recursive_directory_iterator(db)) {
    fs::permissions(entry.path(), fs::perms::owner_write, fs::perm_options::add);
  }
}

TEST_CASE("several --db: reads merge every database, writes refuse", "[cli]") {
  TempDir a, b;
  REQUIRE(RunClaimkb({"ingest", kSamples + "/model-observatory-gemini3-panel.md", "--db", a.str()})
              .exit_code == 0);
  REQUIRE(RunClaimkb({"ingest", kSamples + "/open-weights-roundtable-short.md", "--db", b.str()})
              .exit_code == 0);
  auto count = [](const std::vector<std::string>& args, const char* kind) {
    auto run = RunClaimkb(args);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    return run.Json()[kind].size();
  };
  const std::size_t claims_a = count({"claims", "--db", a.str(), "--format", "json"}, "claims");
  const std::size_t claims_b = count({"claims", "--db", b.str(), "--format", "json"}, "claims");
  auto both = RunClaimkb({"claims", "--db", a.str(), "--db", b.str(), "--format", "json"});
  REQUIRE(both.exit_code == 0);
  const json merged = both.Json()["claims"];
  CHECK(merged.size() == claims_a + claims_b);
  // In date order: the panel (2025-11-24) before the roundtable (2025-12-08).
  CHECK(merged.front()["episode"]["id"] == "model-observatory-gemini3-panel");
  CHECK(merged.back()["episode"]["id"] == "open-weights-roundtable-short");
  // Paging works over the merged list.
  auto page = RunClaimkb({"claims", "--db", a.str(), "--db", b.str(), "--format", "json",
                          "--offset", std::to_string(claims_a - 1), "--limit", "2"});
  const json paged = page.Json()["claims"];
  REQUIRE(paged.size() == 2);
  CHECK(paged[0]["id"] == merged[claims_a - 1]["id"]);
  CHECK(paged[1]["id"] == merged[claims_a]["id"]);

  const json episodes =
      RunClaimkb({"episodes", "--db", a.str(), "--db", b.str(), "--format", "json"}).Json();
  std::set<std::string> ids;
  for (const json& episode : episodes["episodes"]) ids.insert(episode["id"]);
  CHECK(ids ==
        std::set<std::string>{"model-observatory-gemini3-panel", "open-weights-roundtable-short"});
  // A speaker of each sample: 林舟 speaks in the panel, 阿岚 in the roundtable.
  const json speakers =
      RunClaimkb({"speakers", "--db", a.str(), "--db", b.str(), "--format", "json"}).Json();
  std::set<std::string> names;
  for (const json& speaker : speakers["speakers"]) names.insert(speaker["name"]);
  CHECK(names.count("林舟") == 1);
  CHECK(names.count("阿岚") == 1);
  CHECK(RunClaimkb({"show", "open-weights", "--db", a.str(), "--db", b.str()}).exit_code == 0);

  for (const char* command : {"ingest", "reextract", "reindex"}) {
    INFO(command);
    std::vector<std::string> args = {command};
    if (std::string(command) == "ingest") args.push_back(kSamples);
    args.insert(args.end(), {"--db", a.str(), "--db", b.str()});
    auto run = RunClaimkb(args);
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("writes to one database") != std::string::npos);
  }
  // Nothing was written: still one episode each.
  CHECK(count({"episodes", "--db", a.str(), "--format", "json"}, "episodes") == 1);
}

TEST_CASE("search counts are exact whatever the limit, in every format", "[cli]") {
  const std::string& db = SampleDatabase();
  auto all = RunClaimkb({"search", "Claude", "--db", db, "--format", "json", "--limit", "1000"});
  REQUIRE(all.exit_code == 0);
  const json full = all.Json()["search"];
  const std::size_t actual = full["hits"].size();
  REQUIRE(actual > 1);
  CHECK(full["total"] == actual);
  CHECK(full["total_exact"] == true);
  for (const char* limit : {"0", "1", "2"}) {
    INFO("--limit " << limit);
    auto json_run =
        RunClaimkb({"search", "Claude", "--db", db, "--format", "json", "--limit", limit});
    CHECK(json_run.Json()["search"]["total"] == actual);
    auto text = RunClaimkb({"search", "Claude", "--db", db, "--limit", limit});
    CHECK(text.out.find(std::to_string(actual) + " matching claims") != std::string::npos);
  }
}

TEST_CASE("entities --kind topic lists the topics of stored claims", "[cli]") {
  const std::string& db = SampleDatabase();
  auto run = RunClaimkb({"entities", "--kind", "topic", "--db", db, "--format", "json"});
  REQUIRE(run.exit_code == 0);
  const json topics = run.Json()["entities"];
  REQUIRE_FALSE(topics.empty());
  for (const json& topic : topics) {
    INFO(topic.dump());
    CHECK(topic["kind"] == "topic");
    // Each count is the number of claims that `claims --topic` lists.
    auto claims = RunClaimkb(
        {"claims", "--topic", topic["id"].get<std::string>(), "--db", db, "--format", "json"});
    CHECK(claims.Json()["claims"].size() == topic["mentions"].get<std::size_t>());
  }
  // The unfiltered list has them too.
  const json everything = RunClaimkb({"entities", "--db", db, "--format", "json"}).Json();
  bool any_topic = false;
  for (const json& entity : everything["entities"]) any_topic |= entity["kind"] == "topic";
  CHECK(any_topic);
}

TEST_CASE("cite names every id it cannot find", "[cli]") {
  auto run = RunClaimkb(
      {"cite", "nope#1", "model-observatory-gemini3-panel#0", "bogus#2", "--db", SampleDatabase()});
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("\"nope#1\"") != std::string::npos);
  CHECK(run.err.find("\"bogus#2\"") != std::string::npos);
  CHECK(run.out.empty());
}

TEST_CASE("every listing takes every format the README promises", "[cli]") {
  const std::string& db = SampleDatabase();
  const std::vector<std::vector<std::string>> listings = {
      {"episodes"},
      {"claims"},
      {"speakers"},
      {"entities"},
      {"results"},
      {"search", "Claude"},
      {"cite", "model-observatory-gemini3-panel#0"},
  };
  for (const auto& listing : listings) {
    for (const char* format : {"text", "json", "jsonl", "markdown", "csv"}) {
      std::vector<std::string> args = listing;
      args.insert(args.end(), {"--format", format, "--db", db});
      INFO(Joined(args));
      auto run = RunClaimkb(args);
      INFO(run.err);
      CHECK(run.exit_code == 0);
      CHECK_FALSE(run.out.empty());
      if (std::string(format) == "jsonl") {
        std::istringstream lines(run.out);
        for (std::string line; std::getline(lines, line);) {
          json value;
          REQUIRE_NOTHROW(value = json::parse(line));
          CHECK(value["schema_version"] == 1);
        }
      }
    }
  }
  for (const char* format : {"text", "json", "jsonl", "markdown"}) {
    INFO("ask --format " << format);
    CHECK(RunClaimkb({"ask", "Claude coding", "--format", format, "--db", db}).exit_code == 0);
  }
}

TEST_CASE("a digest's escape sequences never reach the terminal raw", "[cli]") {
  TempDir input, db;
  const std::string esc = "\x1b[2J\x1b]0;pwned\x07";
  Write(input.path() / "evil.md",
        Digest("Title " + esc + "end", "https://www.youtube.com/watch?v=esc1",
               {"**Mallory**：Gemini 3 Pro " + esc + " 写前端很快\r覆盖。"}));
  REQUIRE(RunClaimkb({"ingest", input.str(), "--db", db.str()}).exit_code == 0);
  const std::vector<std::vector<std::string>> views = {
      {"episodes"},
      {"claims"},
      {"claims", "--format", "markdown"},
      {"search", "前端"},
      {"search", "前端", "--format", "markdown"},
      {"ask", "Gemini 3 Pro"},
      {"cite", "evil#0", "--format", "text"},
      {"cite", "evil#0"},
      {"show", "evil"},
      {"speakers"},
  };
  for (std::vector<std::string> args : views) {
    args.insert(args.end(), {"--db", db.str()});
    INFO(Joined(args));
    auto run = RunClaimkb(args);
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.out.find('\x1b') == std::string::npos);
    CHECK(run.out.find('\x07') == std::string::npos);
    CHECK(run.out.find('\r') == std::string::npos);
  }
  // Shown, not dropped: the user sees that something was there.
  auto episodes = RunClaimkb({"episodes", "--db", db.str()});
  CHECK(episodes.out.find("\\x1b[2J") != std::string::npos);
}

TEST_CASE("ingest reads .MD and .markdown, follows linked folders once, says what it ignored",
          "[cli]") {
  TempDir root, db;
  const fs::path notes = root.path() / "notes";
  const fs::path elsewhere = root.path() / "elsewhere";
  fs::create_directories(notes / "sub");
  fs::create_directories(elsewhere);
  Write(notes / "upper.MD", Digest("Upper", "https://www.youtube.com/watch?v=md1",
                                   {"**Ann**：Gemini 3 Pro 写前端很快。"}));
  Write(notes / "sub" / "long.markdown",
        Digest("Long", "https://www.youtube.com/watch?v=md2", {"**Bo**：Claude 写后端很稳。"}));
  Write(elsewhere / "linked.md",
        Digest("Linked", "https://www.youtube.com/watch?v=md3", {"**Cy**：GPT-5 推理更强。"}));
  Write(notes / "todo.txt", "not a digest\n");
  fs::create_directory_symlink(elsewhere, notes / "linked-folder");
  fs::create_directory_symlink(notes, notes / "sub" / "loop");  // Back up: a loop.

  auto run = RunClaimkb({"ingest", notes.string(), "--db", db.str(), "--format", "json"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const json report = run.Json()["ingest"];
  CHECK(report["counts"]["added"] == 3);
  std::set<std::string> ignored;
  for (const json& file : report["files"]) {
    if (file["status"] == "ignored") ignored.insert(fs::path(file["path"]).filename().string());
  }
  CHECK(ignored == std::set<std::string>{"todo.txt", "loop"});
  CHECK(run.err.find("ignored: " + (notes / "todo.txt").string()) != std::string::npos);

  // -q keeps the notes (skips, ignored files) off stderr; the report stays.
  TempDir quiet_db;
  auto quiet = RunClaimkb({"ingest", notes.string(), "--db", quiet_db.str(), "-q"});
  CHECK(quiet.exit_code == 0);
  CHECK(quiet.err.empty());
  CHECK(quiet.out.find("3 added") != std::string::npos);
}

}  // namespace

namespace {

TEST_CASE("wildcards and +words work on words that are also lexicon names", "[cli]") {
  // agent, Claude, 推理 and scaling are lexicon names or topic cues; linking
  // used to split "agent*" into agent + "*" and "+scaling" into "+" +
  // scaling, and the lone operator matched nothing.
  TempDir input, db;
  Write(input.path() / "words.md",
        Digest("Words", "https://www.youtube.com/watch?v=words1",
               {"**Ann**：agentic 工作流越来越成熟。", "**Bo**：Claude 写后端很稳。",
                "**Cy**：推理能力提升明显。", "**Di**：scaling 还没有撞墙。"}));
  REQUIRE(RunClaimkb({"ingest", input.str(), "--db", db.str()}).exit_code == 0);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"agent*", "Ann"}, {"claude*", "Bo"}, {"推理*", "Cy"}, {"+scaling", "Di"}};
  for (const auto& [query, speaker] : cases) {
    INFO(query);
    auto run = RunClaimkb({"search", query, "--db", db.str(), "--format", "json"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const json hits = run.Json()["search"]["hits"];
    REQUIRE(hits.size() == 1);
    CHECK(hits[0]["speaker"] == speaker);
  }
}

}  // namespace

namespace {

TEST_CASE("a database named twice is read once: every claim counts once", "[cli]") {
  const std::string& db = SampleDatabase();
  const std::string again = db + "/";  // The same directory, spelled another way.
  auto once = RunClaimkb({"ask", "Claude coding", "--db", db, "--format", "json"});
  auto twice = RunClaimkb({"ask", "Claude coding", "--db", db, "--db", again, "--format", "json"});
  REQUIRE(once.exit_code == 0);
  REQUIRE(twice.exit_code == 0);
  const json a = once.Json()["ask"]["facets"][0];
  const json b = twice.Json()["ask"]["facets"][0];
  CHECK(b["matches"] == a["matches"]);
  CHECK(b["tally"] == a["tally"]);
  auto search_once = RunClaimkb({"search", "Claude", "--db", db, "--format", "json"});
  auto search_twice =
      RunClaimkb({"search", "Claude", "--db", db, "--db", again, "--format", "json"});
  CHECK(search_twice.Json()["search"]["total"] == search_once.Json()["search"]["total"]);
  auto claims_once = RunClaimkb({"claims", "--db", db, "--format", "json"});
  auto claims_twice = RunClaimkb({"claims", "--db", db, "--db", again, "--format", "json"});
  CHECK(claims_twice.Json()["claims"].size() == claims_once.Json()["claims"].size());
}

}  // namespace
