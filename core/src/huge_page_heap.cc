#include "claimkb/core/huge_page_heap.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <array>
#include <cstddef>
#include <cstdlib>

namespace claimkb {
namespace {

constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
// How far past its end the heap grows in one step. A read command's heap at
// 10,000 episodes stays within it; longer runs grow on from there, each
// growth again keeping this much in reserve.
constexpr int kTopPad = 32 << 20;
// Below glibc's mmap threshold (128 KB), so each block comes from the heap
// and not from a mapping of its own.
constexpr std::size_t kProbeBlock = std::size_t{64} << 10;

std::uintptr_t AlignUp(std::uintptr_t value) { return (value + kHugePage - 1) & ~(kHugePage - 1); }

std::uintptr_t HeapEnd() { return reinterpret_cast<std::uintptr_t>(sbrk(0)); }

}  // namespace

HugePageRange BackHeapWithHugePages() {
  if (mallopt(M_TOP_PAD, kTopPad) == 0) return {};
  // The heap's free top after start-up may still hold a few blocks: allocate
  // until the heap has to grow (by the block and kTopPad), then give them
  // back. Freed blocks merge into the top, which glibc trims only down to
  // kTopPad. A malloc that does not use the heap (a sanitizer's) never moves
  // its end, and the loop stops at the array's size.
  const std::uintptr_t start = HeapEnd();
  std::array<void*, 64> blocks{};
  std::size_t count = 0;
  while (count < blocks.size() && HeapEnd() == start) {
    void* block = std::malloc(kProbeBlock);
    if (block == nullptr) break;
    blocks[count++] = block;
  }
  for (std::size_t i = 0; i < count; ++i) std::free(blocks[i]);
  // A huge page needs a 2 MB-aligned range inside the mapping; the pages of
  // the heap below the first boundary stay small.
  const HugePageRange range{AlignUp(start), HeapEnd()};
  if (range.empty()) return {};
  if (madvise(reinterpret_cast<void*>(range.begin), range.end - range.begin, MADV_HUGEPAGE) != 0) {
    return {};
  }
  return range;
}

}  // namespace claimkb
