#include "claimkb/core/file_bytes.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "support/temp_dir.h"

namespace {

void Write(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

}  // namespace

TEST_CASE("ReadFileBytes returns every byte of a file", "[file_bytes]") {
  claimkb::testing::TempDir dir("file-bytes");
  // A NUL, a CR LF and a byte that is no UTF-8 must come back as written.
  const std::string bytes = std::string("a\0b\r\n\xff", 6) + std::string(70000, 'x');
  Write(dir.Sub("f.md"), bytes);
  auto read = claimkb::ReadFileBytes(dir.Sub("f.md"));
  REQUIRE(read);
  CHECK(read->size() == 70006);
  CHECK(*read == bytes);

  Write(dir.Sub("empty.md"), "");
  auto empty = claimkb::ReadFileBytes(dir.Sub("empty.md"));
  REQUIRE(empty);
  CHECK(empty->empty());
}

TEST_CASE("ReadFileBytes reads a file whose stated length is 0", "[file_bytes]") {
  // /proc files say 0 bytes; the command line of this test is at least its
  // own path.
  auto read = claimkb::ReadFileBytes("/proc/self/cmdline");
  REQUIRE(read);
  CHECK(read->find("core_tests") != std::string::npos);
}

TEST_CASE("ReadFileBytes says why a file cannot be read", "[file_bytes]") {
  claimkb::testing::TempDir dir("file-bytes");
  auto missing = claimkb::ReadFileBytes(dir.Sub("none.md"));
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == claimkb::ErrorCode::kIO);
  CHECK(missing.error().message == "No such file or directory");
  CHECK(missing.error().file == dir.Sub("none.md"));

  auto directory = claimkb::ReadFileBytes(dir.str());
  REQUIRE_FALSE(directory);
  CHECK(directory.error().message == "Is a directory");
}
