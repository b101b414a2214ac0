// Error handling shared by the benchmark programs: a benchmark that cannot
// set itself up has nothing to measure, so it says why and exits.
#ifndef CLAIMKB_BENCH_BENCH_SUPPORT_H_
#define CLAIMKB_BENCH_BENCH_SUPPORT_H_

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "claimkb/core/result.h"

namespace bench {

// Set by each program's main() so messages name the program.
inline std::string program_name = "bench";

[[noreturn]] inline void Die(const std::string& message) {
  fmt::print(stderr, "{}: {}\n", program_name, message);
  std::exit(1);
}

template <typename T>
T Check(claimkb::Result<T> result, std::string_view what) {
  if (!result) Die(fmt::format("{}: {}", what, result.error().ToString()));
  return std::move(*result);
}

inline void Check(const claimkb::Status& status, std::string_view what) {
  if (!status) Die(fmt::format("{}: {}", what, status.error().ToString()));
}

}  // namespace bench

#endif  // CLAIMKB_BENCH_BENCH_SUPPORT_H_
