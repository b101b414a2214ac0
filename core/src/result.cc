#include "claimkb/core/result.h"

#include <fmt/format.h>

namespace claimkb {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kNotFound:
      return "not-found";
    case ErrorCode::kInvalidArgument:
      return "invalid-argument";
    case ErrorCode::kParse:
      return "parse";
    case ErrorCode::kNotADigest:
      return "not-a-digest";
    case ErrorCode::kCorruption:
      return "corruption";
    case ErrorCode::kIO:
      return "io";
    case ErrorCode::kLocked:
      return "locked";
    case ErrorCode::kSchemaMismatch:
      return "schema-mismatch";
  }
  return "unknown";
}

std::string Error::ToString() const {
  // fmt rather than chained string additions: GCC 12 reports a false
  // -Wrestrict on the latter in optimised builds.
  std::string where;
  if (!file.empty()) where = line > 0 ? fmt::format("{}:{}: ", file, line) : file + ": ";
  return hint.empty() ? fmt::format("{}{}", where, message)
                      : fmt::format("{}{} ({})", where, message, hint);
}

}  // namespace claimkb
