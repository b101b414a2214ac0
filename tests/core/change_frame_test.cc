// Tests of the change frame (core/src/change_frame.h): what a claim says
// happens to a cost or a benefit. Expected counts are worked out by hand
// from the word lists of change_frame.cc.
#include <catch2/catch.hpp>
#include <string_view>

#include "../../core/src/change_frame.h"
#include "../../core/src/stance_classifier.h"
#include "../../core/src/stance_features.h"

namespace claimkb {
namespace {

using internal::ChangeCounts;
using internal::CountChanges;

ChangeCounts Count(std::string_view text) { return CountChanges(text); }

TEST_CASE("Less of a cost or more of a benefit is a good change", "[stance][change]") {
  // A direction word and the quantity after it.
  CHECK(Count("降低训练成本").good == 1);
  CHECK(Count("降低训练成本").bad == 0);
  CHECK(Count("进一步提高准确率").good == 1);
  // The quantity before the direction word: 延迟 then 更低.
  CHECK(Count("新版本延迟更低").good == 1);
  // English: "reduces" finds "latency", "raises" finds "accuracy".
  const ChangeCounts english = Count("It reduces latency and raises accuracy");
  CHECK(english.good == 2);
  CHECK(english.bad == 0);
}

TEST_CASE("More of a cost or less of a benefit is a bad change", "[stance][change]") {
  // 提高 reads as praise to the stance cues; with 延迟 it is a cost rising.
  CHECK(Count("从而提高延迟").bad == 1);
  CHECK(Count("从而提高延迟").good == 0);
  CHECK(Count("只会压低效率").bad == 1);
  // A negator right before the direction word reverses it.
  CHECK(Count("这一版没有降低成本").bad == 1);
  CHECK(Count("这一版没有降低成本").good == 0);
}

TEST_CASE("Needing no effort is a good change", "[stance][change]") {
  // 无需 and 一键: two, with no quantity named.
  CHECK(Count("无需改动任何代码，一键部署").good == 2);
  CHECK(Count("无需改动任何代码，一键部署").bad == 0);
}

TEST_CASE("A change needs its quantity in the same clause", "[stance][change]") {
  // 提升 with nothing it raises, and 提高 with 成本 across a comma.
  CHECK(Count("提升很大").good == 0);
  CHECK(Count("提升很大").bad == 0);
  const ChangeCounts split = Count("大家都提高了，成本另算");
  CHECK(split.good == 0);
  CHECK(split.bad == 0);
}

TEST_CASE("The change frame reaches the model, capped at two", "[stance][features]") {
  internal::StanceContext context;
  context.want_features = true;
  const auto features = [&](std::string_view text) {
    return internal::ClassifyStance(text, {}, context).overall_features;
  };
  auto x = features("降低成本，提高延迟");
  CHECK(x[internal::kGoodChange] == 1);
  CHECK(x[internal::kBadChange] == 1);
  // Three good changes (成本, 延迟 down; 准确率 up) count as two.
  x = features("降低成本，降低延迟，提高准确率");
  CHECK(x[internal::kGoodChange] == 2);
  CHECK(x[internal::kBadChange] == 0);
}

TEST_CASE("A lexicon word that opens with a negator keeps its sense", "[stance][lexicon]") {
  internal::StanceContext context;
  context.want_features = true;
  // 不幸 (-0.465 in the shipped list) holds the 不 that would otherwise be
  // a bare negator hiding it: the word is one piece of blame, and nothing
  // is flipped.
  const auto x = internal::ClassifyStance("这是一件非常不幸的事", {}, context).overall_features;
  CHECK(x[internal::kLexiconNegative] == 1);
  CHECK(x[internal::kLexiconPositive] == 0);
  CHECK(x[internal::kNegated] == 0);
  // A longer hand cue still wins: 不安全 is one hand cue of blame, so the
  // lexicon's 不安 inside it is not counted.
  const auto y = internal::ClassifyStance("这种做法不安全", {}, context).overall_features;
  CHECK(y[internal::kCueNegative] == 1);
  CHECK(y[internal::kLexiconNegative] == 0);
}

}  // namespace
}  // namespace claimkb
