// Who holds a view (claimkb/core/opinion_holder.h). Expected values follow
// from the word lists by hand.
#include "claimkb/core/opinion_holder.h"

#include <catch2/catch.hpp>

namespace claimkb::internal {
namespace {

TEST_CASE("A verb of holding after a name, adverbs between, makes it the holder",
          "[stance][holder]") {
  CHECK(HoldsAView("认为强化学习的风险很大"));
  CHECK(HoldsAView(" 也觉得很困难"));
  CHECK(HoldsAView(" thinks that scaling is over"));
  CHECK(HoldsAView("仍希望他能合作") == false);  // 仍 is no adverb of the list...
  CHECK(HoldsAView("仍希望他能合作", 12));       // ...but within reach.
  // Words that only open with a verb of saying judge or show.
  CHECK_FALSE(HoldsAView("称得上最强"));
  CHECK_FALSE(HoldsAView("说明了一切"));
  // An English verb must be a whole word: "sayings" is none.
  CHECK_FALSE(HoldsAView(" sayings are old"));
  // The reach never crosses the clause's end, nor goes further than asked.
  CHECK_FALSE(HoldsAView("也开始公开站出来，警醒AI带来的风险", 12));
  CHECK(HoldsAView("持续提出反例", 12));
  CHECK_FALSE(HoldsAView("在过去三个季度里一直提出反例", 12));
  // A view named as someone's.
  CHECK(HoldsAView(" 的核心质疑是"));
}

}  // namespace
}  // namespace claimkb::internal
