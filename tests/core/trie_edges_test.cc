// The linker's edge table (core/src/trie_edges.h): every inserted edge is
// found again across the table's growth, and absent edges read as 0.
#include "../../core/src/trie_edges.h"

#include <catch2/catch.hpp>

using claimkb::internal::TrieEdges;

TEST_CASE("trie edges are found again after the table grows", "[linker]") {
  TrieEdges edges;  // No reservation: starts at 16 slots and doubles.
  // 3,000 edges from 100 nodes by 30 code points each, ASCII and CJK.
  uint32_t next = 1;
  for (uint32_t node = 0; node < 100; ++node) {
    for (char32_t cp = 0; cp < 30; ++cp) {
      const char32_t code = node % 2 == 0 ? U'a' + cp : U'一' + cp;
      const auto [child, added] = edges.FindOrInsert(TrieEdges::Key(node, code), next);
      CHECK(added);
      CHECK(child == next);
      ++next;
    }
  }
  uint32_t expected = 1;
  for (uint32_t node = 0; node < 100; ++node) {
    for (char32_t cp = 0; cp < 30; ++cp) {
      const char32_t code = node % 2 == 0 ? U'a' + cp : U'一' + cp;
      CHECK(edges.Find(TrieEdges::Key(node, code)) == expected);
      // The other script's code point from the same node was never added.
      const char32_t other = node % 2 == 0 ? U'一' + cp : U'a' + cp;
      CHECK(edges.Find(TrieEdges::Key(node, other)) == 0);
      ++expected;
    }
  }
  // An existing edge keeps its child.
  const auto [child, added] = edges.FindOrInsert(TrieEdges::Key(0, U'a'), 9999);
  CHECK_FALSE(added);
  CHECK(child == 1);
  CHECK(edges.Find(TrieEdges::Key(100, U'a')) == 0);
}

TEST_CASE("an empty or reserved edge table finds nothing", "[linker]") {
  TrieEdges empty;
  CHECK(empty.Find(TrieEdges::Key(0, U'G')) == 0);
  TrieEdges reserved;
  reserved.Reserve(10);
  CHECK(reserved.Find(TrieEdges::Key(0, U'G')) == 0);
  CHECK(reserved.FindOrInsert(TrieEdges::Key(0, U'G'), 1).second);
  CHECK(reserved.Find(TrieEdges::Key(0, U'G')) == 1);
}
