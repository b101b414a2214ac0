// Errors as values. Every fallible function in claimkb returns Result<T>:
// either the value or an Error that says what went wrong, where, and what the
// user can do about it. Exceptions from dependencies (Xapian, SQLite codes)
// are turned into Errors by exactly one adapter per dependency.
#ifndef CLAIMKB_CORE_RESULT_H_
#define CLAIMKB_CORE_RESULT_H_

#include <expected>
#include <string>

namespace claimkb {

enum class ErrorCode {
  kNotFound,         // A named thing (file, episode, entity) does not exist.
  kInvalidArgument,  // The caller passed something malformed (bad query, bad flag value).
  kParse,            // Input text could not be understood (bad digest line, bad JSON).
  kNotADigest,       // A Markdown file that is a note, not an episode digest; skipped.
  kCorruption,       // Stored data contradicts itself.
  kIO,               // The operating system refused a read or write.
  kLocked,           // Another process holds the database.
  kSchemaMismatch,   // The database was written by a newer claimkb.
};

// Short lower-case name of a code, used in messages and JSON ("parse", "io").
const char* ErrorCodeName(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInvalidArgument;
  std::string message;  // One line, says what happened.
  std::string hint;     // Optional: what the user can do next. Empty when none.
  std::string file;     // Optional: the input file the error is about.
  int line = 0;         // Optional: 1-based line in `file`; 0 when not known.

  // "file:line: message" (parts that are unknown are left out), for stderr.
  std::string ToString() const;
};

template <typename T>
using Result = std::expected<T, Error>;

// Result<void> spelled for readability.
using Status = std::expected<void, Error>;

inline std::unexpected<Error> MakeError(ErrorCode code, std::string message,
                                        std::string hint = {}) {
  return std::unexpected<Error>(Error{code, std::move(message), std::move(hint), {}, 0});
}

inline std::unexpected<Error> MakeErrorAt(ErrorCode code, std::string file, int line,
                                          std::string message) {
  return std::unexpected<Error>(Error{code, std::move(message), {}, std::move(file), line});
}

}  // namespace claimkb

#endif  // CLAIMKB_CORE_RESULT_H_
