#include "cli/cli_runner.h"

#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

extern char** environ;

namespace claimkb::testing {
namespace {

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

nlohmann::json RunResult::Json() const {
  INFO("stdout was: " << out.substr(0, 2000));
  INFO("stderr was: " << err.substr(0, 2000));
  nlohmann::json value;
  REQUIRE_NOTHROW(value = nlohmann::json::parse(out));
  return value;
}

RunResult RunClaimkb(const std::vector<std::string>& args) {
  TempDir capture;
  std::string out_path = (capture.path() / "out").string();
  std::string err_path = (capture.path() / "err").string();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<std::string> argv_strings = {CLAIMKB_BINARY};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : argv_strings) argv.push_back(arg.data());
  argv.push_back(nullptr);
  setenv("NO_COLOR", "1", 1);
  pid_t pid = 0;
  RunResult result;
  if (posix_spawn(&pid, CLAIMKB_BINARY, &actions, nullptr, argv.data(), environ) == 0) {
    int status = 0;
    waitpid(pid, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  posix_spawn_file_actions_destroy(&actions);
  result.out = ReadAll(out_path);
  result.err = ReadAll(err_path);
  return result;
}

std::string CorpusDir() {
  std::error_code error;
  return std::filesystem::is_directory(CLAIMKB_TEST_CORPUS, error) ? CLAIMKB_TEST_CORPUS : "";
}

const std::string& SampleDatabase() {
  static TempDir dir;
  static bool ingested = false;
  if (!ingested) {
    auto run = RunClaimkb({"ingest", CLAIMKB_SOURCE_DIR "/data/samples", "--db", dir.str()});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    ingested = true;
  }
  return dir.path().native();
}

}  // namespace claimkb::testing
