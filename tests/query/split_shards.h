// Two indexes of the sample claims, as two separate stores would hold them:
// the gemini-live episode's claims in one, the agents episode's in the other
// (tests/indexer/index_fixture.h lists them).
#ifndef CLAIMKB_TESTS_QUERY_SPLIT_SHARDS_H_
#define CLAIMKB_TESTS_QUERY_SPLIT_SHARDS_H_

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>

#include "claimkb/indexer/claim_index.h"
#include "indexer/index_fixture.h"

namespace claimkb::testing {

// Writes and commits both indexes. `episode_id`, when not 0, gives every
// episode that row id, as two stores that each number from 1 would.
inline void IndexSplit(const std::string& gemini_dir, const std::string& agents_dir,
                       std::int64_t episode_id = 0) {
  auto lexicon = TestLexicon();
  auto gemini = ClaimIndex::Open(gemini_dir);
  auto agents = ClaimIndex::Open(agents_dir);
  REQUIRE(gemini);
  REQUIRE(agents);
  for (auto claim : SampleClaims()) {
    if (episode_id != 0) claim.episode_id = episode_id;
    auto& index = claim.episode_slug == "agents" ? *agents : *gemini;
    REQUIRE(index->Replace(claim, *lexicon));
  }
  REQUIRE((*gemini)->Commit(1));
  REQUIRE((*agents)->Commit(1));
}

}  // namespace claimkb::testing

#endif  // CLAIMKB_TESTS_QUERY_SPLIT_SHARDS_H_
