// Clock times and time ranges as digests write them: "00:20:31", "1:02:03",
// "12:30" (minutes and seconds), and ranges between two of them joined by a
// hyphen, an en or em dash or a tilde, usually inside full- or half-width
// brackets: "（00:20:31 - 00:22:29）", "(1:02:03–1:05:00)".
//
// These helpers report errors without a file or line; the digest parser adds
// both, because only it knows where the text came from.
#ifndef CLAIMKB_CORE_SRC_TIMESTAMP_H_
#define CLAIMKB_CORE_SRC_TIMESTAMP_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "claimkb/core/episode.h"
#include "claimkb/core/result.h"

namespace claimkb::internal {

// A time range found at the start of some text.
struct RangeMatch {
  TimeRange range;
  std::size_t length = 0;  // Bytes of text the range occupied.
};

// Parses a range at the very start of `text` (leading spaces allowed).
// Returns nullopt when the text does not look like a range at all, and a kParse
// error when it does but is impossible: minutes or seconds of 60 or more
// ("25:99:99") or an end before the start.
Result<std::optional<RangeMatch>> MatchTimeRange(std::string_view text);

// A bracketed range inside a heading or a speaker label.
struct BracketRange {
  TimeRange range;
  std::size_t begin = 0;  // Offset of the opening bracket.
  std::size_t end = 0;    // Offset just past the closing bracket.
};

// Finds the last bracket group in `text` whose content starts with a time
// range; anything after the range inside the brackets ("，节选") is a remark
// and ignored. The last group wins because headings put their range at the
// end and may carry other parenthetical remarks before it.
Result<std::optional<BracketRange>> FindBracketedRange(std::string_view text);

// Parses a whole clock value such as a cover's 覆盖时长 "01:15:04" into
// seconds. nullopt when `text` is not a clock; kParse when it is impossible.
Result<std::optional<int>> ParseClockValue(std::string_view text);

// A length written in words, as covers give it: "58 分钟", "1 小时 12 分",
// "约 90 分钟左右", "1h 12m", "72 min", "1 hour 12 minutes". Seconds, or
// nothing when the text is anything else.
std::optional<int> ParseDurationWords(std::string_view text);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_SRC_TIMESTAMP_H_
