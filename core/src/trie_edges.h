// The entity linker's trie edges, (parent node, code point) → child node, in
// one open-addressing table: a node-based std::unordered_map spent one
// allocation per edge (tens of thousands per process) to build and as many
// frees at exit, which made up a fifth of every command's start-up. Debian
// 12's Boost (1.74) predates boost::unordered_flat_map, hence this small
// table. Keys are never removed; the table doubles at half full.
#ifndef CLAIMKB_CORE_TRIE_EDGES_H_
#define CLAIMKB_CORE_TRIE_EDGES_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace claimkb::internal {

class TrieEdges {
 public:
  // The key of the edge from `node` by `cp`.
  static uint64_t Key(uint32_t node, char32_t cp) {
    return (static_cast<uint64_t>(node) << 32) | static_cast<uint64_t>(cp);
  }

  // Room for `count` edges without growing.
  void Reserve(std::size_t count) {
    std::size_t capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    if (capacity > slots_.size()) Rehash(capacity);
  }

  // The child at `key`, or 0 (the root, which is nobody's child) when none.
  uint32_t Find(uint64_t key) const {
    if (slots_.empty()) return 0;
    for (std::size_t at = Home(key);; at = (at + 1) & mask_) {
      const Slot& slot = slots_[at];
      if (slot.key == key) return slot.child;
      if (slot.key == kEmpty) return 0;
    }
  }

  // The child at `key`, inserting `child` first when there is none; second
  // is whether it was inserted.
  std::pair<uint32_t, bool> FindOrInsert(uint64_t key, uint32_t child) {
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.empty() ? 16 : slots_.size() * 2);
    for (std::size_t at = Home(key);; at = (at + 1) & mask_) {
      Slot& slot = slots_[at];
      if (slot.key == key) return {slot.child, false};
      if (slot.key == kEmpty) {
        slot = Slot{key, child};
        ++size_;
        return {child, true};
      }
    }
  }

 private:
  // No edge has this key: code points stop at 0x10FFFF.
  static constexpr uint64_t kEmpty = ~uint64_t{0};
  struct Slot {
    uint64_t key = kEmpty;
    uint32_t child = 0;
  };

  std::size_t Home(uint64_t key) const {
    // Fibonacci hashing: node and code point both reach the high bits.
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_) & mask_;
  }

  void Rehash(std::size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    shift_ = 64;
    for (std::size_t c = capacity; c > 1; c >>= 1) --shift_;
    size_ = 0;
    for (const Slot& slot : old) {
      if (slot.key != kEmpty) FindOrInsert(slot.key, slot.child);
    }
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
  std::size_t mask_ = 0;
  int shift_ = 64;
};

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_TRIE_EDGES_H_
