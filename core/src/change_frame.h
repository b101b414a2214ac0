// Private helper of the stance classifier: what a claim says happens to a
// quantity. Whether a change is good or bad depends on what changes, not on
// the verb: "降低成本" and "提高准确率" praise, "提高延迟" and "压低效率"
// blame, and the stance cues alone read 提高 as praise and 降低 as nothing.
// This is the benefactive / malefactive event frame of opinion inference
// (a change that is good or bad for its object): a direction word (提高,
// 降低, more, less) paired, in its clause, with a quantity that is a cost
// (成本, 延迟, 门槛, risk) or a benefit (准确率, 效率, 份额, accuracy).
// Needing no effort ("无需改动代码", "一键部署", "只要几分钟") is less of a
// cost. The counts are features of the stance model (stance_features.h), not
// a rule: the model learns how much they weigh.
#ifndef CLAIMKB_CORE_CHANGE_FRAME_H_
#define CLAIMKB_CORE_CHANGE_FRAME_H_

#include <string_view>

namespace claimkb::internal {

struct ChangeCounts {
  int good = 0;  // Less of a cost, more of a benefit, no effort needed.
  int bad = 0;   // More of a cost, less of a benefit.
};

// Each direction word counts once, with the nearest quantity of its clause:
// one after it within a short phrase ("降低训练资源占用", "reduces latency"),
// else one just before it ("延迟更低", "cost dropped"). A negator right
// before the direction word reverses it ("没有降低成本" is bad).
ChangeCounts CountChanges(std::string_view text);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_CHANGE_FRAME_H_
