// Cue timings as WebVTT and SRT write them: "00:01:02.500 --> 00:01:05.000"
// (WebVTT, hours optional: "01:02.500") and "00:00:01,000 --> 00:00:04,000"
// (SRT). Both readers accept either decimal mark, since files converted by
// hand often mix them up, and ignore what follows the end time (WebVTT cue
// settings such as "align:start", SRT's "X1:.. Y1:.." box).
#ifndef CLAIMKB_CORE_SRC_CUE_TIMING_H_
#define CLAIMKB_CORE_SRC_CUE_TIMING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimkb::internal {

struct CueTiming {
  std::int64_t start_ms = 0;
  std::int64_t end_ms = 0;  // Never before start_ms (ParseCueTiming refuses that).
};

// A cue time "[h...:]mm:ss[.fff]" (a comma may stand for the dot) as
// milliseconds; nullopt when `text` (surrounding spaces allowed) is not
// exactly one possible time: minutes and seconds must be below 60.
std::optional<std::int64_t> ParseCueTime(std::string_view text);

// True when `line` is meant as a timing line: it contains "-->".
bool LooksLikeTimingLine(std::string_view line);

// Parses a timing line. On failure returns nullopt and sets `*problem` to a
// short description ("end time 00:00:03.000 is before start time ...").
std::optional<CueTiming> ParseCueTiming(std::string_view line, std::string* problem);

// Whole seconds of a millisecond time, rounded down, as TimeRange keeps them.
inline int WholeSeconds(std::int64_t ms) { return static_cast<int>(ms / 1000); }

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_SRC_CUE_TIMING_H_
