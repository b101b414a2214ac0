// Private helper of the claim extractor: finds the numbers a claim states,
// Arabic or Chinese, exact or vague, with their unit. Vague quantities become
// ranges ("十几" is 11..19, "三十几" 31..39, "个位数" 1..9), ranges stay ranges
// ("2~3 倍" is 2..3 x), and "从 A（或 B）到 C" marks A as before, B as its
// alternative and C as after.
#ifndef CLAIMKB_CORE_QUANTITY_PARSER_H_
#define CLAIMKB_CORE_QUANTITY_PARSER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimkb::internal {

struct Quantity {
  std::size_t begin = 0;  // Byte offset of the phrase in the parsed text.
  std::size_t end = 0;    // One past its last byte.
  double low = 0;
  double high = 0;  // Equal to `low` for an exact number.
  // Normalised unit: "%", "x", "points", "tokens", "count", "years", "months",
  // "days", "hours", "min", "s", "people", "layers"; empty when none.
  std::string unit;
  // "before" / "after" for the ends of a change ("从 A 到 B"), "alternative"
  // for a bracketed "或 B" after another number; empty otherwise.
  std::string qualifier;
  bool vague = false;  // From a vague phrase ("十几", "上千", "个位数").
};

// Every quantity in `text`, in order. Years, dates, clock times, ordinals
// (第三), list markers ("1）") and digits glued to names ("GPT-5", "O3",
// "3D") are not quantities.
std::vector<Quantity> ParseQuantities(std::string_view text);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_QUANTITY_PARSER_H_
