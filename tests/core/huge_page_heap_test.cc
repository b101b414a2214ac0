// BackHeapWithHugePages marks the heap the process grows into, so that the
// memory a command allocates afterwards is eligible for 2 MB pages.
#include "claimkb/core/huge_page_heap.h"

#include <sys/wait.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "support/skip.h"

namespace {

// The VmFlags line of the mapping of /proc/self/smaps that holds `address`,
// or "" if no mapping does.
std::string VmFlagsOfMappingHolding(std::uintptr_t address) {
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    std::uintptr_t low = 0;
    std::uintptr_t high = 0;
    char dash = 0;
    std::istringstream header(line);
    // A mapping's header starts with "low-high" in hex; other lines are
    // "Name: value".
    if (header >> std::hex >> low >> dash >> high && dash == '-') {
      inside = low <= address && address < high;
      continue;
    }
    if (inside && line.starts_with("VmFlags:")) return line;
  }
  return "";
}

}  // namespace

constexpr char kTestName[] = "The heap a command grows into is marked for huge pages";
constexpr char kFreshHeap[] = "CLAIMKB_HUGE_PAGE_FRESH_HEAP";

TEST_CASE("The heap a command grows into is marked for huge pages", "[huge_page_heap]") {
  // The heap must be as fresh as a command's at start-up: after other test
  // cases of this process it holds free chunks below the marked range, and
  // a block is served from them. So the checks run in a new process of this
  // binary that runs this case alone.
  if (std::getenv(kFreshHeap) == nullptr) {
    const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
    const std::string command =
        std::string(kFreshHeap) + "=1 '" + self + "' '" + kTestName + "' > /dev/null 2>&1";
    const int status = std::system(command.c_str());
    REQUIRE(WIFEXITED(status));
    const char* skip_code = std::getenv("CLAIMKB_SKIP_EXIT_CODE");
    if (skip_code != nullptr && *skip_code != '\0' && WEXITSTATUS(status) == std::atoi(skip_code)) {
      CLAIMKB_SKIP("the fresh process skipped: no heap to mark here (a sanitizer?)");
    }
    INFO(command);
    CHECK(WEXITSTATUS(status) == 0);
    return;
  }
  const claimkb::HugePageRange range = claimkb::BackHeapWithHugePages();
  if (range.empty()) {
    CLAIMKB_SKIP(
        "malloc does not grow a heap here (a sanitizer?) or the kernel refused the advice");
  }
  // The range starts on a 2 MB boundary and holds at least one huge page:
  // the heap grew by 32 MB past where it ended.
  CHECK(range.begin % (std::uintptr_t{2} << 20) == 0);
  CHECK(range.end - range.begin >= (std::uintptr_t{2} << 20));

  // The kernel shows the advice as the "hg" flag of the mapping.
  const std::string flags = VmFlagsOfMappingHolding(range.begin);
  INFO(flags);
  CHECK(flags.find(" hg") != std::string::npos);

  // The heap below the boundary is filled, so the next block is allocated
  // from the marked range (its header may sit in the page just below it).
  std::array<void*, 4> blocks{};
  for (void*& block : blocks) block = std::malloc(std::size_t{64} << 10);
  const auto first = reinterpret_cast<std::uintptr_t>(blocks.front());
  CHECK(range.begin - 4096 <= first);
  CHECK(first < range.end);
  for (void* block : blocks) std::free(block);
}
