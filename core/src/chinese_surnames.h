// Whether Chinese characters start with a family name. A Chinese name in
// running text has no mark around it ("本次圆桌由韩启明主持"): where the
// parser must guess where a name begins, a common surname first is the
// evidence that the characters are a person's name and not a word ("构建").
#ifndef CLAIMKB_CORE_CHINESE_SURNAMES_H_
#define CLAIMKB_CORE_CHINESE_SURNAMES_H_

#include <optional>
#include <string_view>

namespace claimkb::internal {

// The surname `text` starts with ("欧阳" for "欧阳娜娜", "韩" for "韩启明"),
// among the few hundred most common; nullopt when it starts with none.
std::optional<std::string_view> LeadingChineseSurname(std::string_view text);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_CHINESE_SURNAMES_H_
