// libFuzzer harness: the search grammar, from text to a Xapian query run
// against an empty index. Any crash, sanitizer report or escaping exception
// is a finding; so is a query that parses but whose printed form is empty.
// Built by tests/fuzz/run.sh with clang, never by CTest.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/indexer/claim_index.h"
#include "claimkb/query/query_parser.h"
#include "claimkb/query/searcher.h"

namespace {

struct Fixture {
  std::shared_ptr<const claimkb::EntityLinker> linker;
  std::unique_ptr<claimkb::Searcher> searcher;
};

const Fixture& Setup() {
  static const Fixture fixture = [] {
    Fixture f;
    auto lexicon = claimkb::Lexicon::LoadDefault();
    if (!lexicon) std::abort();
    f.linker = std::make_shared<const claimkb::EntityLinker>(*lexicon);
    // An empty but real index, so that the Xapian stage (wildcard expansion,
    // episode: lookups, QueryParser) runs too.
    const std::string dir = (std::filesystem::temp_directory_path() /
                             ("claimkb-fuzz-query-" + std::to_string(::getpid())))
                                .string();
    auto index = claimkb::ClaimIndex::Open(dir);
    if (!index || !(*index)->Commit(0)) std::abort();
    index->reset();
    auto searcher = claimkb::Searcher::Open({dir}, f.linker);
    if (!searcher) std::abort();
    f.searcher = std::move(*searcher);
    return f;
  }();
  return fixture;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Fixture& fixture = Setup();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static const claimkb::QueryParser bare(nullptr);
  static const claimkb::QueryParser linked(fixture.linker);
  for (const claimkb::QueryParser* parser : {&bare, &linked}) {
    auto node = parser->Parse(text);
    if (node && claimkb::ToString(*node).empty()) std::abort();
  }
  claimkb::SearchOptions options;
  options.limit = 3;
  options.facets = size % 2 == 0;
  (void)fixture.searcher->Search(text, options);
  return 0;
}
