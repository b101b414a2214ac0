// Tests that need ../shared (the corpus, the catalogs) report SKIPPED, not
// Passed, when it is absent, so that CTest's summary says what did not run.
//
// Catch2 v2 has no skip, so the test process says it: tests/CMakeLists.txt
// gives every discovered test the CTest property SKIP_RETURN_CODE and the
// same number in $CLAIMKB_SKIP_EXIT_CODE; a skipping test then exits with it
// and CTest counts the test as skipped. Run by hand (no such variable), the
// binary warns and goes on with the next test case.
#ifndef CLAIMKB_TESTS_SUPPORT_SKIP_H_
#define CLAIMKB_TESTS_SUPPORT_SKIP_H_

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>

namespace claimkb::testing {

// Reports the running test as skipped for `reason`; under CTest, ends the
// process with $CLAIMKB_SKIP_EXIT_CODE. Returns only when not under CTest.
inline void ReportSkip(const std::string& reason) {
  std::cerr << "SKIPPED: " << reason << std::endl;
  const char* code = std::getenv("CLAIMKB_SKIP_EXIT_CODE");
  if (code != nullptr && *code != '\0') {
    std::fflush(nullptr);
    std::exit(std::atoi(code));
  }
}

}  // namespace claimkb::testing

// Skips the current test case: CLAIMKB_SKIP("corpus absent at " << path);
// Must be used in a test case body (it returns from it).
#define CLAIMKB_SKIP(message)                                  \
  do {                                                         \
    std::ostringstream claimkb_skip_reason;                    \
    claimkb_skip_reason << message;                            \
    WARN("skipped: " << claimkb_skip_reason.str());            \
    ::claimkb::testing::ReportSkip(claimkb_skip_reason.str()); \
    return;                                                    \
  } while (false)

#endif  // CLAIMKB_TESTS_SUPPORT_SKIP_H_
