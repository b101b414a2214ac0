// A fresh directory per test, removed afterwards even when a check fails:
// the one temporary directory every test binary uses.
#ifndef CLAIMKB_TESTS_SUPPORT_TEMP_DIR_H_
#define CLAIMKB_TESTS_SUPPORT_TEMP_DIR_H_

#include <stdlib.h>

#include <cerrno>
#include <filesystem>
#include <string>
#include <system_error>

namespace claimkb::testing {

class TempDir {
 public:
  // `prefix` names the test file, so a directory left by a crash says whose
  // it is. mkdtemp makes the name unique across processes and threads.
  explicit TempDir(const std::string& prefix = "claimkb-test") {
    std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
    if (mkdtemp(pattern.data()) == nullptr) {
      throw std::system_error(errno, std::generic_category(), "mkdtemp " + pattern);
    }
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string str() const { return path_.string(); }
  // A path inside the directory.
  std::string Sub(const std::string& name) const { return (path_ / name).string(); }
  // The database directory a store test opens inside it.
  std::string db() const { return Sub("db"); }

 private:
  std::filesystem::path path_;
};

}  // namespace claimkb::testing

#endif  // CLAIMKB_TESTS_SUPPORT_TEMP_DIR_H_
