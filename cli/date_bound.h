// Turning user-typed dates (2025, 2025-11, 2025-11-21) into inclusive bounds.
#ifndef CLAIMKB_CLI_DATE_BOUND_H_
#define CLAIMKB_CLI_DATE_BOUND_H_

#include <string>

#include "claimkb/core/result.h"

namespace claimkb::cli {

// "2025-11" becomes "2025-11-01" as a lower bound and "2025-11-30" as an
// upper one (the month's real last day). Empty stays empty. Anything else,
// including a day the calendar does not have (2025-02-30), is
// kInvalidArgument naming `flag`.
Result<std::string> DateBound(const std::string& text, bool upper, const char* flag);

// A whole calendar date, YYYY-MM-DD, that exists; kInvalidArgument naming
// `flag` otherwise. Empty stays empty.
Result<std::string> CalendarDate(const std::string& text, const char* flag);

// Both bounds of a --since/--until pair; kInvalidArgument when either is
// malformed or the range runs backwards (--since after --until).
struct DateRange {
  std::string since;  // YYYY-MM-DD or empty.
  std::string until;  // YYYY-MM-DD or empty.
};
Result<DateRange> DateRangeOf(const std::string& since, const std::string& until);

}  // namespace claimkb::cli

#endif  // CLAIMKB_CLI_DATE_BOUND_H_
