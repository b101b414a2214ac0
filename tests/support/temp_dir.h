// A fresh directory per test, removed afterwards even when a check fails,
// with the database directory a store test opens inside it.
#ifndef CLAIMKB_TESTS_SUPPORT_TEMP_DIR_H_
#define CLAIMKB_TESTS_SUPPORT_TEMP_DIR_H_

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <string>

namespace claimkb::testing {

struct StoreTempDir {
  std::filesystem::path path;
  // `prefix` names the test file, so a directory left by a crash says whose it is.
  explicit StoreTempDir(const std::string& prefix) {
    static std::atomic<int> counter{0};
    auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
    path = std::filesystem::temp_directory_path() /
           (prefix + "-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + "-" +
            std::to_string(ticks));
    std::filesystem::create_directories(path);
  }
  ~StoreTempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  StoreTempDir(const StoreTempDir&) = delete;
  StoreTempDir& operator=(const StoreTempDir&) = delete;
  std::string db() const { return (path / "db").string(); }
};

}  // namespace claimkb::testing

#endif  // CLAIMKB_TESTS_SUPPORT_TEMP_DIR_H_
