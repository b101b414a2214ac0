// Scores the claim extractor against the hand-labelled gold standard in
// tests/gold/ (format and labelling rules: tests/gold/README.md). Each gold
// file names one digest of the shared data (corpus/ or corpus-more/); the
// digest itself is read at run time, so no corpus text lives in this
// repository. Decoding and scoring live in tests/support/gold_standard.h,
// shared with bench/gold_eval.cc (leave-one-episode-out figures).
//
// Floors, per tuned episode: entity recall >= 0.9 and precision >= 0.85 over
// the scored kinds, every ASR repair resolved, every claim of a named speaker
// attributed to that speaker, stance agreement >= 0.8. Dev and test files
// (labelled blind) print the floors they miss without failing. Topic recall
// and the editor's attribution are reported but not gated.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "claimkb/core/claim.h"
#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "support/gold_standard.h"
#include "support/skip.h"

namespace fs = std::filesystem;
namespace gold = claimkb::gold;

namespace {

constexpr double kMinEntityRecall = 0.9;
constexpr double kMinEntityPrecision = 0.85;
constexpr double kMinStanceAgreement = 0.8;
constexpr std::size_t kMaxKeyCodePoints = 12;

fs::path GoldDir() { return fs::path(CLAIMKB_SOURCE_DIR) / "tests" / "gold"; }
fs::path CorpusDir() { return fs::path(CLAIMKB_TEST_CORPUS); }
// The shared data folder: corpus/ and corpus-more/ sit side by side in it.
fs::path SharedDir() { return CorpusDir().parent_path(); }

bool CorpusPresent() {
  if (fs::is_directory(CorpusDir())) return true;
  WARN("Skipped: the shared corpus is absent ("
       << CorpusDir().string() << "); the gold standard is scored only where it exists.");
  return false;
}

}  // namespace

TEST_CASE("Gold files are well formed and point into the corpus", "[gold]") {
  const auto files = gold::GoldFiles(GoldDir());
  REQUIRE_FALSE(files.empty());
  if (!CorpusPresent()) CLAIMKB_SKIP("the shared corpus is absent at " << CorpusDir().string());
  std::size_t blind_test_files = 0;
  // Files that name one episode are left out of training together; one of
  // them in the test split and another in training would train on the test.
  std::map<std::string, std::set<bool>> test_by_episode;
  for (const auto& path : files) {
    INFO("gold file " << path.filename().string());
    gold::Gold g;
    REQUIRE_NOTHROW(g = gold::ReadGold(path));
    if (!g.episode.empty()) test_by_episode[g.episode].insert(g.split == gold::Split::kTest);
    const fs::path digest = gold::DigestPath(SharedDir(), g);
    if (!fs::exists(digest) && g.corpus != "corpus") {
      WARN("Skipped " << path.filename().string() << ": " << digest.string() << " is absent");
      continue;
    }
    REQUIRE(fs::exists(digest));
    // corpus-more repeats names such as summary.zh-CN.md, so only files of
    // the main corpus are named after their digest.
    if (g.corpus == "corpus") CHECK(path.stem().string() == fs::path(g.file).stem().string());
    if (g.split == gold::Split::kTest && g.corpus != "corpus") blind_test_files++;
    const auto lines = gold::ReadLines(digest);
    CHECK(g.claims.size() >= 15);
    std::set<std::string> speakers;
    for (const auto& claim : g.claims) {
      INFO("line " << claim.line << " key " << claim.key);
      REQUIRE(claim.line >= 1);
      REQUIRE(claim.line <= static_cast<int>(lines.size()));
      const std::string& text = lines[claim.line - 1];
      // A key is a short locator, not a copy of the corpus sentence.
      CHECK(gold::CodePoints(claim.key) <= kMaxKeyCodePoints);
      CHECK(text.find(claim.key) != std::string::npos);
      // Unique on its line, so it locates exactly one claim.
      CHECK(text.find(claim.key) == text.rfind(claim.key));
      speakers.insert(claim.speaker);
    }
    // The editor's summary is labelled too, where the digest has one.
    CHECK(speakers.count("editor") == (g.editor_text ? 1u : 0u));
    // A digest without turn labels (a wiki summary) has only the editor.
    CHECK(speakers.size() >=
          std::min<std::size_t>(3, (g.editor_text ? 1 : 0) + g.speakers.size()));
    for (const auto& repair : g.asr_repairs) {
      if (repair.line == 0) continue;
      INFO("ASR repair " << repair.surface);
      CHECK(lines.at(repair.line - 1).find(repair.surface) != std::string::npos);
    }
  }
  for (const auto& [episode, splits] : test_by_episode) {
    INFO("episode " << episode);
    CHECK(splits.size() == 1);
  }
  // tests/gold/README.md promises three untouched files from corpus-more.
  if (fs::is_directory(SharedDir() / "corpus-more")) CHECK(blind_test_files >= 3);
}

TEST_CASE("Claim extractor meets the gold standard", "[gold][extractor]") {
  if (!CorpusPresent()) CLAIMKB_SKIP("the shared corpus is absent at " << CorpusDir().string());
  auto lexicon_or = claimkb::Lexicon::LoadDefault();
  REQUIRE(lexicon_or.has_value());
  std::shared_ptr<const claimkb::Lexicon> lexicon = *lexicon_or;
  auto linker = std::make_shared<const claimkb::EntityLinker>(lexicon);
  claimkb::ClaimExtractor extractor(linker);

  for (const auto& path : gold::GoldFiles(GoldDir())) {
    const gold::Gold g = gold::ReadGold(path);
    INFO("episode " << g.file);
    const fs::path digest = gold::DigestPath(SharedDir(), g);
    if (!fs::exists(digest) && g.corpus != "corpus") continue;
    const bool gated = g.split == gold::Split::kTuned;
    auto episode = claimkb::ParseDigestFile(digest.string());
    if (gated) REQUIRE(episode.has_value());
    const gold::EpisodeScore score =
        episode ? gold::ScoreEpisode(*lexicon, g, extractor.Extract(*episode))
                : gold::ScoreUnread(*lexicon, g, episode.error().ToString());
    std::cout << gold::Report(g, score) << std::flush;

    // Floors fail the test for tuned episodes and are reported for blind ones.
    std::set<std::string> shortfalls;
    auto gate = [&](bool ok, const std::string& what) {
      if (!gated) {
        if (!ok) shortfalls.insert(what);
      } else {
        INFO(what);
        CHECK(ok);
      }
    };
    // Most train files label stance and speakers only (tests/gold/README.md).
    if (score.entities_scored) {
      INFO("missed: " << gold::Join(score.gated.missed)
                      << "; spurious: " << gold::Join(score.gated.spurious));
      gate(gold::Fraction(score.gated.hits, score.gated.expected) >= kMinEntityRecall,
           "entity recall below 0.9");
      gate(gold::Fraction(score.gated.correct, score.gated.found) >= kMinEntityPrecision,
           "entity precision below 0.85");
    }
    gate(score.repaired == score.repairs, "ASR repairs unresolved");
    // The full report is printed above; failures repeat only the numbers.
    INFO("named-speaker attribution " << gold::Ratio(score.named_ok, score.named)
                                      << ", stance agreement "
                                      << gold::Ratio(score.chosen_ok, score.chosen_scored)
                                      << " (chosen claims; misses listed above)");
    gate(score.named_ok == score.named, "named-speaker attribution below 1");
    // The floor holds for the claims the labellers chose, the set it was set
    // for; the random sample ("sample": "random") is training data for the
    // stance model and its agreement is reported above, not gated.
    gate(gold::Fraction(score.chosen_ok, score.chosen_scored) >= kMinStanceAgreement,
         "stance agreement below 0.8");
    if (!gated) {
      std::cout << gold::SplitName(g.split) << " file (floors reported, not enforced): "
                << (shortfalls.empty() ? std::string("meets every floor") : gold::Join(shortfalls))
                << "\n";
    }
  }
}
