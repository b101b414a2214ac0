// Lets the heap of a claimkb process be backed by 2 MB pages.
//
// A search or `ask` spends much of its time taking page faults on memory it
// has just allocated (the lexicon, the linker's tables, Xapian's blocks):
// one fault per 4 KB page, and each costs microseconds on a virtual machine.
// glibc can ask for transparent huge pages (`GLIBC_TUNABLES=
// glibc.malloc.hugetlb=1`), but only from the environment, which a program
// cannot set for itself. So the CLI's main() does what that switch does,
// once, before anything else allocates: grow the heap well past what a read
// command needs, in one step, and mark the grown part MADV_HUGEPAGE. Where
// malloc is not glibc's (a sanitizer) or the kernel refuses the advice, it
// changes nothing; where the kernel has no huge page free, it hands out
// small pages as before.
#ifndef CLAIMKB_CORE_HUGE_PAGE_HEAP_H_
#define CLAIMKB_CORE_HUGE_PAGE_HEAP_H_

#include <cstdint>

namespace claimkb {

// The part of the heap marked for huge pages, [begin, end); empty if none.
struct HugePageRange {
  std::uintptr_t begin = 0;
  std::uintptr_t end = 0;

  bool empty() const { return begin >= end; }
};

// Call once, early in main(): it changes how malloc grows the heap for the
// rest of the process (every growth keeps 32 MB free at its top).
HugePageRange BackHeapWithHugePages();

}  // namespace claimkb

#endif  // CLAIMKB_CORE_HUGE_PAGE_HEAP_H_
