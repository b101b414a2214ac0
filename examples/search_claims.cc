// Searching a claimkb database from your own program, through the public
// headers only:
//   example_search_claims DB_DIR 'model:"Gemini 3" topic:coding'
// prints each matching claim with its speaker and a citation.
#include <iostream>

#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/store.h"
#include "claimkb/query/citation.h"
#include "claimkb/query/searcher.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: " << argv[0] << " DB_DIR QUERY\n";
    return 2;
  }
  auto lexicon = claimkb::Lexicon::LoadDefault();
  if (!lexicon) {
    std::cerr << lexicon.error().ToString() << '\n';
    return 1;
  }
  auto linker = std::make_shared<const claimkb::EntityLinker>(*lexicon);
  auto searcher = claimkb::Searcher::Open({argv[1]}, linker);
  if (!searcher) {
    std::cerr << searcher.error().ToString() << '\n';
    return 1;
  }
  claimkb::SearchOptions options;
  options.records = true;  // Print from the index alone, as for a remote shard.
  auto result = (*searcher)->Search(argv[2], options);
  if (!result) {
    std::cerr << result.error().ToString() << '\n';
    return result.error().code == claimkb::ErrorCode::kInvalidArgument ? 2 : 1;
  }
  for (const claimkb::SearchHit& hit : result->hits) {
    std::cout << hit.snippet << "\n  " << claimkb::PlainCitation(hit.record) << '\n';
  }
  std::cout << (result->total_exact ? "" : "at least ") << result->total << " matching claims\n";
  return 0;
}
