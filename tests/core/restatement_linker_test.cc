// Near-duplicate claims across two sources of one episode, with bigram
// counts worked out by hand (Latin words and Chinese characters are units).
#include "../../core/src/restatement_linker.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace claimkb::internal {
namespace {

TEST_CASE("A restatement shares most bigrams both ways", "[restatement]") {
  // "Gemini 3 Pro 写前端很强": units gemini 3 pro 写 前 端 很 强, 7 bigrams.
  // "Gemini 3 Pro 写前端代码非常强，速度也快": 14 bigrams, 5 of them shared
  // (gemini-3, 3-pro, pro-写, 写前, 前端): Dice 10/21 ≈ 0.48 < 0.6. The short
  // line is contained in the long one but does not restate it.
  const std::vector<std::string> mine = {"Gemini 3 Pro 写前端很强",
                                         "Gemini 3 Pro 写前端代码非常强，速度也快"};
  // The second differs by its full stop only (not a unit): Dice 1. The
  // third has 14 bigrams too and shares 12 with the long claim (度很 很快
  // instead of 度也 也快): Dice 24/28 ≈ 0.86.
  const std::vector<std::string> theirs = {"今天天气不错", "Gemini 3 Pro 写前端代码非常强，速度也快。",
                                           "Gemini 3 Pro 写前端代码非常强速度很快"};
  const auto found = FindRestatements(mine, theirs, RestatementOptions{});
  REQUIRE(found.size() == 1);
  CHECK(found[0].mine == 1);
  CHECK(found[0].theirs == 1);
  CHECK(found[0].dice == Approx(1.0));

  // Without the exact copy, the paraphrase is the best match.
  const auto paraphrase =
      FindRestatements(mine, {theirs[0], theirs[2]}, RestatementOptions{});
  REQUIRE(paraphrase.size() == 1);
  CHECK(paraphrase[0].theirs == 1);
  CHECK(paraphrase[0].dice == Approx(24.0 / 28.0));

  // Too short to tell: fewer than 5 bigrams never match.
  CHECK(FindRestatements({"很强"}, {"很强"}, RestatementOptions{}).empty());
}

}  // namespace
}  // namespace claimkb::internal
