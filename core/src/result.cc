#include "claimkb/core/result.h"

namespace claimkb {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kNotFound: return "not-found";
    case ErrorCode::kInvalidArgument: return "invalid-argument";
    case ErrorCode::kParse: return "parse";
    case ErrorCode::kNotADigest: return "not-a-digest";
    case ErrorCode::kCorruption: return "corruption";
    case ErrorCode::kIO: return "io";
    case ErrorCode::kLocked: return "locked";
    case ErrorCode::kSchemaMismatch: return "schema-mismatch";
  }
  return "unknown";
}

std::string Error::ToString() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) out += ":" + std::to_string(line);
    out += ": ";
  }
  out += message;
  if (!hint.empty()) out += " (" + hint + ")";
  return out;
}

}  // namespace claimkb
