// `claimkb contradictions` and `claimkb agree` on the shared corpus, scored
// against tests/gold/contradictions/pairs.json: pairs of claims a reader of the
// digests finds opposed, labelled before the command was first run.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>

#include "cli/cli_runner.h"
#include "support/skip.h"

namespace {

using claimkb::testing::CorpusDir;
using claimkb::testing::RunClaimkb;
using claimkb::testing::TempDir;
using nlohmann::json;

std::size_t CodePoints(const std::string& text) {
  std::size_t count = 0;
  for (unsigned char byte : text) count += (byte & 0xC0) != 0x80;
  return count;
}

// Both corpora in one database, ingested once for the tests of this file.
const std::string& BothCorporaDatabase() {
  static TempDir dir;
  static bool ingested = false;
  if (!ingested) {
    const std::filesystem::path corpus = CorpusDir();
    auto run = RunClaimkb({"ingest", corpus.string(), (corpus.parent_path() / "corpus-more").string(),
                           "--db", dir.str(), "--quiet"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    ingested = true;
  }
  return dir.path().native();
}

// Gold references → claim ids, through the claims' source file, line and
// text. `strict` leaves out the keys added after the first run.
std::set<std::string> ResolveGoldSide(const json& side, const json& claims, bool strict) {
  std::set<std::string> ids;
  for (const json& ref : side) {
    if (strict && ref.value("added_after_run", false)) continue;
    const std::string key = ref["key"];
    INFO(ref.dump());
    CHECK(CodePoints(key) <= 12);
    // Appended piece by piece: GCC 12's -Wrestrict misfires on "/" + std::string.
    std::string suffix(1, '/');
    suffix.append(ref["corpus"].get<std::string>()).append(1, '/');
    suffix.append(ref["file"].get<std::string>());
    std::size_t matched = 0;
    for (const json& claim : claims) {
      const std::string path = claim["source"]["path"];
      if (path.ends_with(suffix) && claim["source"]["line"] == ref["line"] &&
          claim["text"].get<std::string>().find(key) != std::string::npos) {
        ids.insert(claim["id"].get<std::string>());
        ++matched;
      }
    }
    CHECK(matched == 1);  // The key names one claim: the gold file is well formed.
  }
  return ids;
}

// Every opposed pair of claims of the listed contradictions, both ways.
std::set<std::pair<std::string, std::string>> OpposedPairs(const json& found) {
  std::set<std::pair<std::string, std::string>> opposed;
  for (const json& entry : found) {
    for (const json& pair : entry["pairs"]) {
      const std::string first = pair["first"].get<std::string>();
      const std::string second = pair["second"].get<std::string>();
      opposed.insert({first, second});
      opposed.insert({second, first});
    }
  }
  return opposed;
}

bool Joins(const std::set<std::pair<std::string, std::string>>& opposed,
           const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const std::string& x : a) {
    for (const std::string& y : b) {
      if (opposed.contains({x, y})) return true;
    }
  }
  return false;
}

#define SKIP_WITHOUT_CORPUS()                                                      \
  if (CorpusDir().empty() ||                                                       \
      !std::filesystem::is_directory(                                              \
          std::filesystem::path(CorpusDir()).parent_path() / "corpus-more")) {     \
    CLAIMKB_SKIP("../shared/corpus or corpus-more is absent, so these tests cannot run"); \
  }

TEST_CASE("contradictions finds the gold pairs of the corpus", "[cli][corpus][contradictions]") {
  SKIP_WITHOUT_CORPUS();
  const std::string db = BothCorporaDatabase();
  std::ifstream gold_file("tests/gold/contradictions/pairs.json");
  REQUIRE(gold_file);
  const json gold = json::parse(gold_file);

  // Gold references → claim ids, through the claims' source file, line and text.
  auto claims_run = RunClaimkb({"claims", "--db", db, "--format", "json"});
  REQUIRE(claims_run.exit_code == 0);
  const json claims = claims_run.Json()["claims"];
  auto resolve = [&](const json& side, bool strict) {
    return ResolveGoldSide(side, claims, strict);
  };

  // Every pair found (the default): two of the cases, Demis Hassabis
  // against 田渊栋 and Ilya Sutskever, join topic-only pairs across episodes,
  // which are weak evidence.
  auto run = RunClaimkb({"contradictions", "--db", db, "--format", "json"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const json found = run.Json()["contradictions"];
  REQUIRE(found.is_array());
  REQUIRE_FALSE(found.empty());

  // The default list's head is the --opposed list, entry for entry: every
  // entry whose lead opposes comes before every entry whose lead may not.
  auto opposed_run = RunClaimkb({"contradictions", "--db", db, "--format", "json", "--opposed"});
  REQUIRE(opposed_run.exit_code == 0);
  const json opposed_only = opposed_run.Json()["contradictions"];
  std::size_t head = 0;
  while (head < found.size() && found[head]["opposed"].get<bool>()) ++head;
  for (std::size_t i = head; i < found.size(); ++i) CHECK_FALSE(found[i]["opposed"].get<bool>());
  REQUIRE(head == opposed_only.size());
  for (std::size_t i = 0; i < head; ++i) {
    CHECK(found[i]["first"]["id"] == opposed_only[i]["first"]["id"]);
    CHECK(found[i]["second"]["id"] == opposed_only[i]["second"]["id"]);
  }

  // --strong lists strong entries: every entry the default shows led by a
  // strong pair, with the same lead (two sides whose best pair is weak but
  // who have a strong one are listed too, led by it), and fewer. After them
  // come two sides that answer whether a topic has hit its limit both ways
  // (weak only for the topic alone, so a topic is their target).
  auto strong_run = RunClaimkb({"contradictions", "--db", db, "--format", "json", "--strong"});
  REQUIRE(strong_run.exit_code == 0);
  const json strong = strong_run.Json()["contradictions"];
  REQUIRE_FALSE(strong.empty());
  CHECK(strong.size() < found.size());
  std::set<std::pair<std::string, std::string>> strong_leads;
  bool past_strong = false;
  for (const json& entry : strong) {
    if (entry["strong_evidence"] != true) {
      past_strong = true;
      CHECK(entry["directness"] == "topic");
      CHECK(entry["target"]["entity"] == "");
    } else {
      CHECK_FALSE(past_strong);
    }
    strong_leads.emplace(entry["first"]["id"], entry["second"]["id"]);
  }
  for (const json& entry : found) {
    if (entry["strong_evidence"] != true) continue;
    INFO(entry["first"]["text"].get<std::string>());
    CHECK(strong_leads.contains({entry["first"]["id"], entry["second"]["id"]}));
  }

  // Every entry opposes two stances on its target, with what a reader needs.
  int rank = 0;
  for (const json& entry : found) {
    CHECK(entry["rank"] == ++rank);
    const json& first = entry["first"];
    const json& second = entry["second"];
    CHECK(std::set<std::string>{first["stance_on_target"].get<std::string>(),
                                second["stance_on_target"].get<std::string>()} ==
          std::set<std::string>{"positive", "negative"});
    CHECK_FALSE(entry["target"]["label"].get<std::string>().empty());
    for (const json* side : {&first, &second}) {
      CHECK((*side).contains("link"));
      CHECK((*side)["episode"].contains("date"));
      CHECK_FALSE((*side)["speaker"].get<std::string>().empty());
    }
    // Never the editor against the episode it summarises; one speaker only
    // across two dates.
    if (first["episode"]["id"] == second["episode"]["id"]) {
      CHECK(first["speaker"] != "editor");
      CHECK(second["speaker"] != "editor");
      CHECK(first["speaker"] != second["speaker"]);
    }
    if (first["speaker"] == second["speaker"] && first["speaker"] != "editor") {
      CHECK(entry["change_of_mind"] == true);
      CHECK(first["episode"]["date"] != second["episode"]["date"]);
    }
    if (rank > 50) break;  // The shape is the same further down; keep the test fast.
  }

  // Recall: a gold pair is found when an entry's pairs join a claim of each side.
  const auto opposed = OpposedPairs(found);
  for (bool strict : {true, false}) {
    int hits = 0;
    int total = 0;
    for (const json& pair : gold["pairs"]) {
      const auto a = resolve(pair["a"], strict);
      const auto b = resolve(pair["b"], strict);
      const bool hit = Joins(opposed, a, b);
      ++total;
      hits += hit;
      std::cout << (strict ? "[as labelled] " : "[with additions] ") << (hit ? "found   " : "MISSED  ")
                << pair["name"].get<std::string>() << "\n";
      // The pairs issue 10 names must come out, with the claims its readers point at.
      if (!strict && pair["must"] == true) {
        INFO(pair["name"]);
        CHECK(hit);
      }
    }
    std::cout << "contradictions recall " << (strict ? "(gold as labelled before the first run)"
                                                     : "(with the keys added after it)")
              << ": " << hits << "/" << total << "\n";
  }
}

// The blind gold of corpus-more (labelled before the command ran on it):
// recall per split, dev (may guide tuning) and test (only measured). The
// issue asks recall of hand-found pairs >= 0.6 on digests the rules were not
// written on; the bar is checked on the dev and test pairs together.
TEST_CASE("contradictions finds the blind corpus-more gold pairs", "[cli][corpus][contradictions]") {
  SKIP_WITHOUT_CORPUS();
  const std::string db = BothCorporaDatabase();
  std::ifstream gold_file("tests/gold/contradictions/corpus_more_pairs.json");
  REQUIRE(gold_file);
  const json gold = json::parse(gold_file);
  auto claims_run = RunClaimkb({"claims", "--db", db, "--format", "json"});
  REQUIRE(claims_run.exit_code == 0);
  const json claims = claims_run.Json()["claims"];
  auto run = RunClaimkb({"contradictions", "--db", db, "--format", "json"});
  REQUIRE(run.exit_code == 0);
  const auto opposed = OpposedPairs(run.Json()["contradictions"]);

  std::map<std::string, std::pair<int, int>> by_split;  // split → (found, total)
  for (const json& pair : gold["pairs"]) {
    const bool hit = Joins(opposed, ResolveGoldSide(pair["a"], claims, false),
                           ResolveGoldSide(pair["b"], claims, false));
    auto& [hits, total] = by_split[pair["split"].get<std::string>()];
    hits += hit;
    ++total;
    std::cout << "[corpus-more " << pair["split"].get<std::string>() << "] "
              << (hit ? "found   " : "MISSED  ") << pair["name"].get<std::string>() << "\n";
  }
  int hits = 0;
  int total = 0;
  for (const auto& [split, counts] : by_split) {
    std::cout << "corpus-more contradictions recall (" << split << "): " << counts.first << "/"
              << counts.second << "\n";
    hits += counts.first;
    total += counts.second;
  }
  CHECK(by_split.contains("dev"));
  CHECK(by_split.contains("test"));
  CHECK(static_cast<double>(hits) / total >= 0.6);
}

TEST_CASE("agree splits the scaling debate into opposed clusters", "[cli][corpus][agree]") {
  SKIP_WITHOUT_CORPUS();
  auto run = RunClaimkb({"agree", "--about", "scaling", "--db", BothCorporaDatabase(),
                         "--format", "json"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const json agree = run.Json()["agree"];
  std::map<std::string, std::string> stance_of;  // Speaker → the stance of their cluster.
  for (const json& cluster : agree["clusters"]) {
    for (const json& member : cluster["speakers"]) {
      stance_of[member["speaker"].get<std::string>()] = cluster["stance"].get<std::string>();
    }
  }
  // Demis Hassabis sees no wall; 田渊栋 and Ilya Sutskever look past scaling.
  CHECK(stance_of["Demis Hassabis"] == "positive");
  CHECK(stance_of["田渊栋"] == "negative");
  CHECK(stance_of["Ilya Sutskever"] == "negative");
}

TEST_CASE("contradictions and agree reject an unknown --about", "[cli][contradictions]") {
  // The name is checked against the lexicon before any database is opened.
  TempDir db;
  for (const std::string command : {"contradictions", "agree"}) {
    auto run = RunClaimkb({command, "--about", "no such thing zzz", "--db", db.str()});
    CHECK(run.exit_code != 0);
    CHECK(run.err.find("no entity or topic") != std::string::npos);
  }
}

}  // namespace
