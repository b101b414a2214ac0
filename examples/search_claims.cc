// Searching a claimkb database from your own program, through the public
// headers only:
//   example_search_claims DB_DIR 'model:"Gemini 3" topic:coding'
// prints each matching claim with its speaker and a citation.
#include <iostream>

#include "claimkb/query/citation.h"
#include "claimkb/query/knowledge_base.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: " << argv[0] << " DB_DIR QUERY\n";
    return 2;
  }
  // The read side as the CLI uses it: stores, lexicon and searcher open on
  // first use. DB_DIR may also be a tcp:// remote shard.
  claimkb::KnowledgeBase kb(std::vector<std::string>{argv[1]});
  auto page = kb.Search(argv[2]);
  if (!page) {
    std::cerr << page.error().ToString() << '\n';
    return page.error().code == claimkb::ErrorCode::kInvalidArgument ? 2 : 1;
  }
  const claimkb::SearchResult& result = page->result;
  for (std::size_t i = 0; i < result.hits.size(); ++i) {
    std::cout << result.hits[i].snippet << "\n  " << claimkb::PlainCitation(page->claims[i])
              << '\n';
  }
  std::cout << (result.total_exact ? "" : "at least ") << result.total << " matching claims\n";
  return 0;
}
