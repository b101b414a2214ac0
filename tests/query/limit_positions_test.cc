// Who says what a question asks about has hit its limit, from claims built
// by hand: each verdict below follows from limit_verdict.h's words.
#include "claimkb/query/limit_positions.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/lexicon_entry.h"
#include "support/stored_claim.h"

namespace claimkb {
namespace {

using testing::MakeClaim;
using testing::Mention;
using Ids = std::vector<std::string>;

StoredClaim Said(const std::string& id, const std::string& speaker, const std::string& text,
                 std::vector<std::string> topics, const std::vector<Mention>& mentions = {}) {
  return MakeClaim(id, speaker, "ep", "2025-12-01", Stance::kNeutral, mentions, std::move(topics),
                   text);
}

TEST_CASE("positions on a limit, per speaker and verdict, best claim first", "[answer][limit]") {
  const Lexicon lexicon(
      {testing::Entry("gemini-3", EntityKind::kModel, "Gemini 3"),
       testing::Entry("gemini-3-pro", EntityKind::kModel, "Gemini 3 Pro", "gemini-3"),
       testing::Entry("gemini-30", EntityKind::kModel, "Gemini 30")});
  const std::vector<StoredClaim> claims = {
      Said("d#1", "Demis", "我们没看到“墙”。", {"scaling"}),               // denied
      Said("t#1", "田渊栋", "最终会走向算力与能源的极限。", {"scaling"}),  // reached
      Said("x#1", "X", "上下文窗口到极限了", {"context"}),                 // another topic
      Said("d#2", "Demis", "确实有“收益递减”", {"scaling"}),               // slowing
      Said("d#3", "Demis", "我们还没撞墙", {"scaling"}),                   // denied again
      Said("n#1", "N", "scaling 的进展很快", {"scaling"}),                 // no limit word
      Said("y#1", "Y", "Gemini 3 Pro 的进步已经停滞", {}, {{"gemini-3-pro"}}),
  };
  QuestionFacet scaling;
  scaling.topics = {"scaling"};
  const std::vector<LimitPosition> positions = LimitPositions(scaling, claims, lexicon);
  REQUIRE(positions.size() == 3);
  CHECK(positions[0].speaker == "Demis");
  CHECK(positions[0].verdict == LimitVerdict::kNotReached);
  CHECK(positions[0].claim_ids == Ids{"d#1", "d#3"});
  CHECK(positions[1].speaker == "田渊栋");
  CHECK(positions[1].verdict == LimitVerdict::kReached);
  CHECK(positions[1].claim_ids == Ids{"t#1"});
  CHECK(positions[2].speaker == "Demis");
  CHECK(positions[2].verdict == LimitVerdict::kDiminishing);
  CHECK(LimitVerdictName(positions[2].verdict) == "diminishing");

  // A model's descendant is about the model; its topic-less claim counts.
  QuestionFacet gemini;
  gemini.models = {"gemini-3"};
  const std::vector<LimitPosition> on_gemini = LimitPositions(gemini, claims, lexicon);
  REQUIRE(on_gemini.size() == 1);
  CHECK(on_gemini[0].speaker == "Y");
  CHECK(on_gemini[0].verdict == LimitVerdict::kReached);
  // Gemini 30 is no descendant of Gemini 3, nor the other way round.
  QuestionFacet other;
  other.models = {"gemini-30"};
  CHECK(LimitPositions(other, claims, lexicon).empty());

  // A facet that names nothing takes every claim with a verdict.
  CHECK(LimitPositions(QuestionFacet{}, claims, lexicon).size() == 5);
}

}  // namespace
}  // namespace claimkb
