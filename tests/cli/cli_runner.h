// Runs the real claimkb binary, as a user would, and captures what it
// prints. The CLI tests compare its output with values worked out by reading
// the input files.
#ifndef CLAIMKB_TESTS_CLI_CLI_RUNNER_H_
#define CLAIMKB_TESTS_CLI_CLI_RUNNER_H_

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/temp_dir.h"

namespace claimkb::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
  // stdout parsed as one JSON value; fails the test when it is not.
  nlohmann::json Json() const;
};

// Runs CLAIMKB_BINARY with `args` (no shell), NO_COLOR set, and waits.
RunResult RunClaimkb(const std::vector<std::string>& args);

// A database holding every bundled sample (data/samples), ingested once per
// test binary and shared by the tests that only read it.
const std::string& SampleDatabase();

// The shared corpus, or empty when it is absent (tests then skip).
std::string CorpusDir();

}  // namespace claimkb::testing

#endif  // CLAIMKB_TESTS_CLI_CLI_RUNNER_H_
