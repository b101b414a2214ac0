// `claimkb ingest` of WebVTT, SRT and Podcasting 2.0 JSON transcripts, run as
// a user would: a directory walk takes them, a JSON file that is not a
// transcript is reported as ignored, and the stored claims carry speaker,
// time range, estimated moment and source line.
#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "cli/cli_runner.h"

namespace {

using claimkb::testing::RunClaimkb;
using claimkb::testing::TempDir;
using nlohmann::json;
namespace fs = std::filesystem;

const fs::path kSamples = fs::path(CLAIMKB_SOURCE_DIR) / "data" / "samples";

// The stored claim whose text is `text`; null when there is none.
json FindClaim(const json& claims, const std::string& text) {
  for (const json& claim : claims) {
    if (claim["text"] == text) return claim;
  }
  return nullptr;
}

TEST_CASE("ingest reads transcripts and stores claims with times", "[cli][transcript]") {
  TempDir input;
  TempDir db;
  for (const char* name :
       {"tensor-teahouse-ep12.vtt", "tensor-teahouse-ep13.srt", "tensor-teahouse-ep14.json"}) {
    fs::copy_file(kSamples / name, input.path() / name);
  }
  {
    std::ofstream settings(input.path() / "settings.json");
    settings << "{\"theme\": \"dark\", \"segments\": 3}\n";
  }
  auto run = RunClaimkb({"ingest", input.str(), "--db", db.str(), "--format", "json"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const json ingest = run.Json()["ingest"];
  CHECK(ingest["counts"]["added"] == 3);
  CHECK(ingest["counts"]["skipped"] == 1);
  CHECK(ingest["counts"]["rejected"] == 0);
  for (const json& file : ingest["files"]) {
    if (file["status"] == "skipped") {
      CHECK(file["path"].get<std::string>().ends_with("settings.json"));
      CHECK(file["message"].get<std::string>().find("ignored") != std::string::npos);
    } else {
      CHECK(file["claims"].get<int>() > 0);
    }
  }

  auto listed = RunClaimkb({"claims", "--db", db.str(), "--limit", "0", "--format", "json"});
  REQUIRE(listed.exit_code == 0);
  const json claims = listed.Json()["claims"];

  // SRT: Maya's turn runs from cue 3 (00:00:05,400) to cue 4 (00:00:12,000);
  // this claim is its second sentence, on line 16. Its moment is estimated by
  // the 53 characters of the sentence before it: 5 + floor(7 × 53 / 83) = 9.
  const json srt = FindClaim(claims, "Especially on math benchmarks.");
  REQUIRE(srt.is_object());
  CHECK(srt["speaker_as_written"] == "Maya Brooks");
  CHECK(srt["start_s"] == 5);
  CHECK(srt["end_s"] == 12);
  CHECK(srt["at_s"] == 9);
  CHECK(srt["source"]["line"] == 16);
  CHECK(srt["source"]["path"].get<std::string>().ends_with("tensor-teahouse-ep13.srt"));

  // WebVTT: an unlabelled cue continues Maya's turn (00:20.000 to 00:27.500).
  const json vtt = FindClaim(claims, "Agents need better memory.");
  REQUIRE(vtt.is_object());
  CHECK(vtt["speaker_as_written"] == "Maya Brooks");
  CHECK(vtt["start_s"] == 20);
  CHECK(vtt["end_s"] == 27);
  CHECK(vtt["source"]["line"] == 29);
  CHECK(vtt["episode"]["title"] == "Tensor Teahouse 12: long context and memory");

  // JSON: the segment without a speaker continues 林岚 (4.8 s to 9.0 s).
  const json segment = FindClaim(claims, "用户不会等一分钟。");
  REQUIRE(segment.is_object());
  CHECK(segment["speaker_as_written"] == "林岚");
  CHECK(segment["start_s"] == 4);
  CHECK(segment["end_s"] == 9);
  CHECK(segment["source"]["line"] == 14);
}

TEST_CASE("a malformed transcript is rejected with its line", "[cli][transcript]") {
  TempDir input;
  TempDir db;
  {
    std::ofstream bad(input.path() / "bad.srt");
    bad << "1\n00:00:04,000 --> 00:00:01,000\nBackwards.\n";
  }
  auto run = RunClaimkb({"ingest", input.str(), "--db", db.str()});
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("bad.srt:2:") != std::string::npos);
}

}  // namespace

TEST_CASE("speech nobody named is shown as an unnamed speaker, never a blank",
          "[cli][transcript]") {
  TempDir input;
  TempDir db;
  {
    // Three lines that each open with their own time: a raw transcript, so
    // the words are spoken, not the editor's, and nobody is named.
    std::ofstream digest(input.path() / "talk.md");
    digest << "# 一次没有署名的访谈\n\n"
              "[00:00:01] 我觉得 scaling 还没有撞墙。\n"
              "[00:00:06] 数据墙是客观存在的。\n"
              "[00:00:11] 模型还会继续变强。\n";
  }
  REQUIRE(RunClaimkb({"ingest", input.str(), "--db", db.str(), "--quiet"}).exit_code == 0);

  auto text = RunClaimkb({"ask", "who thinks scaling has hit a wall", "--db", db.str()});
  INFO(text.out);
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find("by speaker: (unnamed speaker) N=1") != std::string::npos);
  CHECK(text.out.find("leaning positive: (unnamed speaker)") != std::string::npos);
  CHECK(text.out.find("(unnamed speaker)  我觉得 scaling 还没有撞墙。") != std::string::npos);

  // JSON keeps the stored value: "" with by_editor false (output_schema.md).
  auto run = RunClaimkb(
      {"ask", "who thinks scaling has hit a wall", "--db", db.str(), "--format", "json"});
  REQUIRE(run.exit_code == 0);
  const json facet = run.Json()["ask"]["facets"][0];
  REQUIRE(facet["by_speaker"].size() == 1);
  CHECK(facet["by_speaker"][0]["speaker"] == "");
  const json claim = facet["best"][0];
  CHECK(claim["speaker"] == "");
  CHECK(claim["by_editor"] == false);
  CHECK(claim["text"] == "我觉得 scaling 还没有撞墙。");
}
