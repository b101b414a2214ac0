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

// Every block here is allocated only for where malloc puts it, and a
// compiler may drop a malloc whose block is never read (or a malloc/free
// pair). Calls through volatile pointers must be made as written.
void* (*volatile allocate)(std::size_t) = std::malloc;
void (*volatile release)(void*) = std::free;
// The block below the boundary that SkipToBoundary keeps for the life of
// the process.
void* volatile gap_filler = nullptr;

std::uintptr_t AlignUp(std::uintptr_t value) { return (value + kHugePage - 1) & ~(kHugePage - 1); }

std::uintptr_t HeapEnd() { return reinterpret_cast<std::uintptr_t>(sbrk(0)); }

// The heap's free top begins below `boundary`, and what start-up allocates
// there next would take small pages (up to 2 MB of them). One block fills
// the gap and is never freed: untouched, it costs address space, not memory.
void SkipToBoundary(std::uintptr_t boundary) {
  // A block of this size comes from the start of the free top: no freed
  // block of start-up is that large.
  void* probe = allocate(kProbeBlock);
  if (probe == nullptr) return;
  const auto top = reinterpret_cast<std::uintptr_t>(probe);
  release(probe);
  // Room for glibc's block headers, so the next block starts just below
  // the boundary rather than past it.
  constexpr std::uintptr_t kSlack = 64;
  if (top + kSlack >= boundary) return;
  gap_filler = allocate(boundary - top - kSlack);
}

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
    void* block = allocate(kProbeBlock);
    if (block == nullptr) break;
    blocks[count++] = block;
  }
  for (std::size_t i = 0; i < count; ++i) release(blocks[i]);
  // A huge page needs a 2 MB-aligned range inside the mapping.
  const HugePageRange range{AlignUp(start), HeapEnd()};
  if (range.empty()) return {};
  if (madvise(reinterpret_cast<void*>(range.begin), range.end - range.begin, MADV_HUGEPAGE) != 0) {
    return {};
  }
  SkipToBoundary(range.begin);
  return range;
}

}  // namespace claimkb
