// Turning user-typed dates (2025, 2025-11, 2025-11-21) into inclusive bounds.
#ifndef CLAIMKB_CLI_DATE_BOUND_H_
#define CLAIMKB_CLI_DATE_BOUND_H_

#include <string>

#include "claimkb/core/result.h"

namespace claimkb::cli {

// "2025-11" becomes "2025-11-01" as a lower bound and "2025-11-31" as an upper
// one (string comparison on YYYY-MM-DD makes day 31 safe for every month).
// Empty stays empty. Anything else is kInvalidArgument naming `flag`.
Result<std::string> DateBound(const std::string& text, bool upper, const char* flag);

}  // namespace claimkb::cli

#endif  // CLAIMKB_CLI_DATE_BOUND_H_
