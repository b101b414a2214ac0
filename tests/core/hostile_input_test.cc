// Bounded work on hostile input (issue 11, item 4): a line without sentence
// ends must not become one claim of any size, and one claim must not state
// thousands of results. Timing is measured by bench/long_line, not here.
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "support/lexicon_entry.h"

namespace claimkb {
namespace {

using testing::Entry;

std::shared_ptr<const EntityLinker> HostileLinker() {
  static const auto linker = [] {
    std::vector<LexiconEntry> entries = {
        Entry("gpt-5", EntityKind::kModel, "GPT-5"),
        Entry("gemini-3-pro", EntityKind::kModel, "Gemini 3 Pro"),
        Entry("swe-bench-verified", EntityKind::kBenchmark, "SWE-bench Verified"),
        Entry("arc-agi-2", EntityKind::kBenchmark, "ARC-AGI-2"),
    };
    return std::make_shared<const EntityLinker>(std::make_shared<const Lexicon>(entries));
  }();
  return linker;
}

// One speaker's turn holding `text` as its only paragraph.
std::vector<Claim> ExtractTurn(std::string text) {
  Episode episode;
  Section section;
  section.kind = SectionKind::kFullText;
  section.title = "Hostile";
  section.line = 1;
  section.range = TimeRange{0, 600};
  Turn turn;
  turn.speaker = "Host";
  turn.line = 2;
  Paragraph paragraph;
  paragraph.line = 3;
  paragraph.text = text;
  paragraph.plain = std::move(text);
  turn.paragraphs.push_back(std::move(paragraph));
  section.turns.push_back(std::move(turn));
  episode.sections.push_back(std::move(section));
  return ClaimExtractor(HostileLinker()).Extract(episode);
}

std::string Repeat(const std::string& unit, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += unit;
  return out;
}

TEST_CASE("A line without sentence ends is cut at clause pauses into bounded claims",
          "[extractor][hostile]") {
  // 25 bytes a unit ("模型很好" 12, "，" 3, "benchmark " 10), 500 units:
  // 12,500 bytes with a comma every 25 bytes and no terminator at all.
  const std::string unit = "模型很好，benchmark ";
  REQUIRE(unit.size() == 25);
  const std::vector<Claim> claims = ExtractTurn(Repeat(unit, 500));
  // A piece ends after the last comma within 2,000 bytes of its start: the
  // first at byte 1,990 (the 80th comma), the next five 2,000 bytes each
  // (ending on a comma exactly at the limit), the last holds 510 bytes.
  REQUIRE(claims.size() == 7);
  CHECK(claims[0].text.rfind("模型很好", 0) == 0);
  std::size_t total = 0;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    CHECK(claims[i].text.size() <= 2000);
    if (i > 0) CHECK(claims[i].text.rfind("benchmark 模型很好", 0) == 0);
    total += claims[i].text.size();
  }
  // Trimmed: the comma ending each of the first six, the last one's space.
  CHECK(claims[0].text.size() == 1987);
  CHECK(claims[6].text.size() == 509);
  CHECK(total == 12500 - 6 * 3 - 1);
}

TEST_CASE("Text without pauses or spaces is cut at a character boundary", "[extractor][hostile]") {
  // 3,000 CJK characters, 9,000 bytes: cuts land at 1,998 bytes, the last
  // whole character before 2,000, so every claim is whole characters.
  const std::vector<Claim> claims = ExtractTurn(Repeat("模", 3000));
  REQUIRE(claims.size() == 5);  // 4 x 1,998 bytes + 1,008 bytes.
  std::size_t total = 0;
  for (const Claim& claim : claims) {
    CHECK(claim.text.size() % 3 == 0);
    CHECK(claim.text.size() <= 2000);
    total += claim.text.size();
  }
  CHECK(total == 9000);
}

TEST_CASE("One claim states at most 16 benchmark results", "[extractor][hostile]") {
  // 60 results in one stretch of 1,440 bytes (under the claim size bound):
  // "GPT-5 10% on ARC-AGI-2, " is 24 bytes, and there is no sentence end.
  std::string text;
  for (int i = 10; i < 70; ++i) text += "GPT-5 " + std::to_string(i) + "% on ARC-AGI-2, ";
  REQUIRE(text.size() < 2000);
  const std::vector<Claim> claims = ExtractTurn(text);
  REQUIRE(claims.size() == 1);
  const std::vector<BenchmarkResult>& results = claims[0].results;
  REQUIRE(results.size() == 16);
  // The first sixteen in the text, each for GPT-5 on ARC-AGI-2.
  for (std::size_t i = 0; i < results.size(); ++i) {
    CHECK(results[i].model_id == "gpt-5");
    CHECK(results[i].benchmark_id == "arc-agi-2");
    CHECK(results[i].low == 10 + static_cast<int>(i));
    CHECK(results[i].unit == "%");
  }
}

TEST_CASE("Results keep the nearest model and benchmark named before each number",
          "[extractor][hostile]") {
  // The walk over entities in offset order must pick, for each number, the
  // last model and benchmark before it, else the first named anywhere,
  // unless that model has a score of its own after it.
  const std::vector<Claim> claims = ExtractTurn(
      "45% first, then GPT-5 scores 74.9% on SWE-bench Verified, Gemini 3 Pro 31% on ARC-AGI-2");
  REQUIRE(claims.size() == 1);
  const std::vector<BenchmarkResult>& results = claims[0].results;
  REQUIRE(results.size() == 3);
  // 45%: nothing before it; the first benchmark (SWE-bench), and no model:
  // the first one, GPT-5, has its own score (74.9%) after it.
  CHECK(results[0].model_id.empty());
  CHECK(results[0].benchmark_id == "swe-bench-verified");
  // 74.9%: GPT-5 before it; the only benchmark before it is none, so the first.
  CHECK(results[1].model_id == "gpt-5");
  CHECK(results[1].benchmark_id == "swe-bench-verified");
  CHECK(results[1].low == Approx(74.9));
  // 31%: Gemini 3 Pro and SWE-bench Verified are the nearest before it.
  CHECK(results[2].model_id == "gemini-3-pro");
  CHECK(results[2].benchmark_id == "swe-bench-verified");
}

}  // namespace
}  // namespace claimkb
