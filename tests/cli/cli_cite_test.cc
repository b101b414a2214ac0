// `claimkb cite --style`: citations for research writing, checked against the
// samples in data/samples by hand, and loaded by pandoc's citeproc the way a
// writer's toolchain loads them.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cli/cli_runner.h"
#include "support/skip.h"

namespace {

using claimkb::testing::RunClaimkb;
using claimkb::testing::SampleDatabase;
using claimkb::testing::TempDir;
using nlohmann::json;

const std::string kSamples = CLAIMKB_SOURCE_DIR "/data/samples";
const std::string kPanel = "model-observatory-gemini3-panel";
const std::string kFrontier = "frontier-bench-weekly-reasoning";

std::string Cite(const std::vector<std::string>& ids, const std::string& style,
                 const std::string& db = SampleDatabase()) {
  std::vector<std::string> args = {"cite"};
  args.insert(args.end(), ids.begin(), ids.end());
  for (const std::string& arg : {std::string("--style"), style, std::string("--accessed"),
                                 std::string("2026-01-05"), std::string("--db"), db}) {
    args.push_back(arg);
  }
  auto run = RunClaimkb(args);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return run.out;
}

bool HavePandoc() { return std::system("pandoc --version >/dev/null 2>&1") == 0; }

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void Write(const std::string& path, const std::string& text) {
  std::ofstream out(path);
  out << text;
}

// Runs pandoc with `args` (a shell line, paths from TempDir); stdout, or
// fails the test when pandoc does not accept the input.
std::string Pandoc(const TempDir& dir, const std::string& args) {
  const std::string out = (dir.path() / "pandoc.out").string();
  const std::string err = (dir.path() / "pandoc.err").string();
  const int status = std::system(("pandoc " + args + " >" + out + " 2>" + err).c_str());
  INFO("pandoc " << args << "\n" << Slurp(err));
  REQUIRE(status == 0);
  // A warning means pandoc skipped something it could not read.
  CHECK(Slurp(err).empty());
  return Slurp(out);
}

// The claim's estimated second, as `claims --format json` gives it.
int AtSecond(const std::string& id) {
  auto run = RunClaimkb({"claims", "--episode", id.substr(0, id.find('#')), "--format", "json",
                         "--db", SampleDatabase()});
  REQUIRE(run.exit_code == 0);
  const json listing = run.Json();
  for (const json& claim : listing["claims"]) {
    if (claim["id"] == id) return claim["at_s"].get<int>();
  }
  FAIL("no claim " << id);
  return -1;
}

}  // namespace

TEST_CASE("cite --style markdown labels the digest's words and keeps the contrast", "[cli][cite]") {
  // Summary line 17 of the panel: "**多数嘉宾认为 … 是实打实的**，但对其在真实代码仓库里的
  // 稳定性仍有保留。" is cut at "，但" into #1 and #2; either half is cited whole.
  const std::string sentence =
      "多数嘉宾认为 Gemini 3 Pro 在多模态与 ARC-AGI-2 上的进步是实打实的，"
      "但对其在真实代码仓库里的稳定性仍有保留。";
  const std::string first = Cite({kPanel + "#1"}, "markdown");
  CHECK(first.find("(paraphrased in model-observatory-gemini3-panel.md, whole sentence): " +
                   sentence + "\n") != std::string::npos);
  CHECK(Cite({kPanel + "#2"}, "markdown").find(sentence) != std::string::npos);
  // Never in quotation marks: the editor's summary is no one's words.
  CHECK(first.find("“") == std::string::npos);
  // The cover: title, date, the named speakers (主持人 is a role, 听众 the
  // audience), the URL, the access date given.
  CHECK(first.find("*模型观察室 第12期：Gemini 3 Pro 来了，编码与推理的榜单还能信吗？* (2025-11-24)") !=
        std::string::npos);
  CHECK(first.find(", with 林舟, Kevin, 周衡, <https://www.youtube.com/watch?v=claimkbDemo1>, "
                   "accessed 2026-01-05") != std::string::npos);
  // No time for a summary line without one.
  CHECK(first.find("&t=") == std::string::npos);

  // Line 29 of the Frontier Bench cover: "… look close, but in our
  // repositories …", cut at ", but"; timed by the turn (0:03:30–0:19:45),
  // so the moment is an estimate: "~", and a link that opens it.
  const std::string english = Cite({kFrontier + "#17"}, "markdown");
  CHECK(english.find("- **Tomás Ruiz** (paraphrased in frontier-bench-weekly-reasoning.md, whole "
                     "sentence): Claude Sonnet 4.5 at 77.2 and GPT-5 at 74.9 look close, but in "
                     "our repositories the failure modes are very different.\n") !=
        std::string::npos);
  const int at = AtSecond(kFrontier + "#17");
  CHECK(english.find(fmt::format("[~{:02}:{:02}:{:02}](https://www.youtube.com/watch?v=claimkbDemo2&t={}s)",
                                 at / 3600, at / 60 % 60, at % 60, at)) != std::string::npos);
}

TEST_CASE("cite pinpoints only moments the link can open, exact ones without ~", "[cli][cite]") {
  // Compute Corner line 42 cites its own moment: "[00:24:15](…&t=1455s)".
  const std::string exact = Cite({"compute-corner-ep5-notes#7"}, "markdown");
  CHECK(exact.find("[00:24:15](https://www.youtube.com/watch?v=claimkbDemo5&t=1455s)") !=
        std::string::npos);
  CHECK(exact.find("嘉宾补充说，DeepSeek-V3 这类稀疏模型把价格压得很低，但自建部署的门槛并不低。") !=
        std::string::npos);
  // The roundtable's link is a web page (example.org/podcasts/…): no moment
  // to open, so no time at all, though the turn is timed.
  const std::string page = Cite({"open-weights-roundtable-short#10"}, "markdown");
  CHECK(page.find("](") == std::string::npos);
  CHECK(page.find("<https://example.org/podcasts/open-weights-roundtable-03>") !=
        std::string::npos);
  // A WebVTT cue is the speaker's words: quoted, labelled a transcript.
  const std::string cue = Cite({"tensor-teahouse-ep12.vtt#4"}, "markdown");
  CHECK(cue.find("- **Maya Brooks** (transcript tensor-teahouse-ep12.vtt): “But it still "
                 "struggles when the prompt is very long.”") != std::string::npos);
}

TEST_CASE("the citation key does not depend on what else was ingested", "[cli][cite]") {
  TempDir alone;
  auto ingest =
      RunClaimkb({"ingest", kSamples + "/frontier-bench-weekly-reasoning.md", "--db", alone.str()});
  REQUIRE(ingest.exit_code == 0);
  const json one = json::parse(Cite({kFrontier + "#17"}, "csl-json", alone.str()));
  const json all = json::parse(Cite({kFrontier + "#17"}, "csl-json"));
  REQUIRE(one.size() == 1);
  REQUIRE(all.size() == 1);
  CHECK(one[0]["id"] == all[0]["id"]);
  // First Latin word of the title, the year, six hex digits.
  const std::string key = one[0]["id"];
  CHECK(key.rfind("frontier2025-", 0) == 0);
  CHECK(key.size() == std::string("frontier2025-").size() + 6);
}

TEST_CASE("a claim of an episode's second source is cited as the same episode", "[cli][cite]") {
  // The sample notes and a short summary of the same video (same video id,
  // so one episode with two sources); the summary's path sorts second.
  TempDir dir;
  const std::string notes = (dir.path() / "a-notes.md").string();
  const std::string summary = (dir.path() / "b-summary.md").string();
  Write(notes, Slurp(kSamples + "/compute-corner-ep5-notes.md"));
  Write(summary,
        "---\ntitle: \"Compute Corner 5：推理价格还会继续下降吗？\"\nchannel: \"Compute Corner\"\n"
        "published_at: \"2025-12-15T09:00:00+08:00\"\nvideo_id: \"claimkbDemo5\"\n---\n\n"
        "# Compute Corner 5\n\n## 要点\n\n- 推理价格明年还会再降一半。\n");
  const std::string db = (dir.path() / "db").string();
  REQUIRE(RunClaimkb({"ingest", notes, summary, "--db", db}).exit_code == 0);
  // Before, the second source's claim had no episode record and could not
  // be cited ("names episode 2, which is not stored").
  const json cited = json::parse(Cite({"b-summary#0", "a-notes#1"}, "csl-json", db));
  REQUIRE(cited.size() == 1);  // One episode, one entry.
  const std::string markdown = Cite({"b-summary#0"}, "markdown", db);
  CHECK(markdown.find("(paraphrased in b-summary.md): 推理价格明年还会再降一半。") !=
        std::string::npos);
  const std::string key = cited[0]["id"];
  CHECK(markdown.find(fmt::format("[{}; b-summary#0]", key)) != std::string::npos);
}

TEST_CASE("cite --style csl-json loads in pandoc --citeproc", "[cli][cite]") {
  if (!HavePandoc()) CLAIMKB_SKIP("pandoc is not installed");
  TempDir dir;
  const std::string bib = (dir.path() / "claims.json").string();
  // Two claims of one episode make one entry; a second episode a second.
  Write(bib, Cite({kPanel + "#1", kPanel + "#5", "compute-corner-ep5-notes#7"}, "csl-json"));
  const json items = json::parse(Slurp(bib));
  REQUIRE(items.size() == 2);
  const std::string panel_key = items[0]["id"];
  const std::string corner_key = items[1]["id"];
  const std::string doc = (dir.path() / "doc.md").string();
  Write(doc, "As [@" + panel_key + "] and [@" + corner_key + ", 00:24:15] say.\n");

  // citeproc renders both (no "[CSL STYLE ERROR]", no "???" for a missing key).
  const std::string rendered =
      Pandoc(dir, "--citeproc --bibliography " + bib + " -t plain " + doc);
  CHECK(rendered.find("???") == std::string::npos);
  CHECK(rendered.find("林舟, Kevin, and 周衡") != std::string::npos);
  CHECK(rendered.find("Compute Corner") != std::string::npos);

  // Read back, the fields are what the covers say.
  const json back = json::parse(Pandoc(dir, "-f csljson -t csljson " + bib));
  REQUIRE(back.size() == 2);
  const json& panel = back[0];
  CHECK(panel["type"] == "broadcast");
  CHECK(panel["title"] == "模型观察室 第12期：Gemini 3 Pro 来了，编码与推理的榜单还能信吗？");
  CHECK(panel["issued"]["date-parts"] == json::parse("[[2025, 11, 24]]"));
  CHECK(panel["accessed"]["date-parts"] == json::parse("[[2026, 1, 5]]"));
  CHECK(panel["URL"] == "https://www.youtube.com/watch?v=claimkbDemo1");
  CHECK(panel["author"] ==
        json::parse(R"([{"literal": "林舟"}, {"literal": "Kevin"}, {"literal": "周衡"}])"));
  // Both claims in the note, each labelled; none read as a CSL variable.
  const std::string note = panel["note"];
  CHECK(note.find("editor (paraphrased in model-observatory-gemini3-panel.md, whole sentence): "
                  "多数嘉宾认为") != std::string::npos);
  CHECK(note.find("主持人 (paraphrased in model-observatory-gemini3-panel.md): 欢迎来到模型观察室。") !=
        std::string::npos);
  CHECK_FALSE(panel.contains("editor"));
  CHECK(back[1]["note"].get<std::string>().find(
            "At 00:24:15: https://www.youtube.com/watch?v=claimkbDemo5&t=1455s") !=
        std::string::npos);
}

TEST_CASE("cite --style bibtex loads in pandoc --citeproc", "[cli][cite]") {
  if (!HavePandoc()) CLAIMKB_SKIP("pandoc is not installed");
  TempDir dir;
  const std::string bib = (dir.path() / "claims.bib").string();
  Write(bib, Cite({kPanel + "#2", kFrontier + "#17"}, "bibtex"));
  const std::string doc = (dir.path() / "doc.md").string();
  Write(doc, "---\nnocite: \"@*\"\n---\n");
  const std::string rendered =
      Pandoc(dir, "--citeproc --bibliography " + bib + " -t plain " + doc);
  CHECK(rendered.find("Maya Chen, and Tomás Ruiz. 2025") != std::string::npos);

  const json back = json::parse(Pandoc(dir, "-f bibtex -t csljson " + bib));
  REQUIRE(back.size() == 2);
  // The title's case survives (biblatex readers lower-case unbraced titles).
  CHECK(back[0]["title"] == "模型观察室 第12期：Gemini 3 Pro 来了，编码与推理的榜单还能信吗？");
  CHECK(back[1]["title"] ==
        "Frontier Bench Weekly #7 — Are reasoning models overfitting the leaderboards?");
  CHECK(back[1]["URL"] == "https://www.youtube.com/watch?v=claimkbDemo2");
  CHECK(back[1]["accessed"]["date-parts"] == json::parse("[[2026, 1, 5]]"));
  CHECK(back[1]["issued"]["date-parts"] == json::parse("[[2025, 12, 2]]"));
  // "&" in the note's link is escaped for BibTeX and reads back as "&".
  CHECK(back[1]["note"].get<std::string>().find("watch?v=claimkbDemo2&t=") != std::string::npos);
}

TEST_CASE("cite --style ris writes a VIDEO record per episode", "[cli][cite]") {
  const std::string ris = Cite({kPanel + "#1", kPanel + "#2"}, "ris");
  CHECK(ris.rfind("TY  - VIDEO\n", 0) == 0);
  CHECK(ris.find("TI  - 模型观察室 第12期：Gemini 3 Pro 来了，编码与推理的榜单还能信吗？\n") !=
        std::string::npos);
  CHECK(ris.find("DA  - 2025/11/24\n") != std::string::npos);
  CHECK(ris.find("Y2  - 2026/01/05\n") != std::string::npos);
  CHECK(ris.find("UR  - https://www.youtube.com/watch?v=claimkbDemo1\n") != std::string::npos);
  // One record for the episode, one note per claim.
  std::size_t notes = 0;
  for (std::size_t at = ris.find("N1  - "); at != std::string::npos; at = ris.find("N1  - ", at + 1)) {
    ++notes;
  }
  CHECK(notes == 2);
  CHECK(ris.find("ER  - ") == ris.rfind("ER  - "));
}

TEST_CASE("cite --accessed must be a calendar date", "[cli][cite]") {
  auto run = RunClaimkb({"cite", kPanel + "#1", "--style", "csl-json", "--accessed", "2026-02-30",
                         "--db", SampleDatabase()});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("--accessed") != std::string::npos);
}
