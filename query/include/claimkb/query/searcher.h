// Full-text and field search over one or more claim indexes (local database
// directories and tcp:// remotes served by xapian-tcpsrv), merged by Xapian.
// Hits carry claim ids; the CLI fetches full records from the Store.
#ifndef CLAIMKB_QUERY_SEARCHER_H_
#define CLAIMKB_QUERY_SEARCHER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/entity_linker.h"
#include "claimkb/core/result.h"
#include "claimkb/core/store.h"
#include "claimkb/query/query_parser.h"

namespace claimkb {

enum class SearchOrder {
  kRelevance,  // Best match first (default).
  kNewest,     // Latest episode date first, then position in the episode.
  kOldest,     // Earliest episode date first, then position in the episode.
};

struct SearchOptions {
  int limit = 20;       // Hits to return. Default: 20.
  int offset = 0;       // Hits to skip (paging). Default: 0.
  bool facets = false;  // Count matches by model, speaker, topic, stance. Default: off.
  SearchOrder order = SearchOrder::kRelevance;
  int snippet_chars = 160;           // Snippet length in characters. Default: 160.
  std::string highlight_open = "«";  // Marks around matched words in snippets.
  std::string highlight_close = "»";
  // Decode each hit's whole claim from the index into SearchHit::record.
  // Needed for hits from remote shards, which have no local store; costs a
  // JSON parse per hit. Default: off.
  bool records = false;
  // Matches are counted exactly up to this many (Xapian's check_at_least);
  // beyond it SearchResult::total is a lower bound and total_exact false.
  // Counting costs time proportional to the bound. Default: 10,000.
  std::uint64_t count_exactly_up_to = 10'000;
  // Free text (same grammar) that ranks matches higher without restricting
  // them: the query becomes "query AND_MAYBE boost_text". `ask` uses it for
  // the words of a question that are neither entities nor topics.
  std::string boost_text;  // Default: empty, no boost.
};

struct SearchHit {
  std::string claim_id;  // "<episode slug>#<ordinal>": Store::GetClaim takes it.
  std::string speaker;   // Canonical speaker name, "editor" for the editor.
  std::string stance;    // Stance name of the claim.
  // With SearchOptions::records, the claim as it was indexed (see
  // claimkb/core/claim_codec.h): complete even for hits from a remote shard.
  // Prefer the store's record when it is at hand: the index may lag behind.
  StoredClaim record;
  int rank = 0;         // 1-based position in the whole result list.
  double weight = 0;    // Xapian BM25 weight; 0 for pure filters.
  int percent = 0;      // Weight as a percentage of the best hit.
  std::string snippet;  // Best passage of the claim, matches marked.
  std::string episode_slug;
  std::string date;  // YYYY-MM-DD of the episode, empty when unknown.
};

struct FacetCount {
  std::string value;  // Entity/topic id, speaker name or stance name.
  int count = 0;      // Matching claims with this value.
};

struct SearchFacets {
  // Each list is sorted by count, most first, then by value. Counts cover
  // every match, not only the returned page. Models and topics count the
  // claim's own values (not ancestors), at most four per claim.
  std::vector<FacetCount> models;
  std::vector<FacetCount> speakers;
  std::vector<FacetCount> topics;
  std::vector<FacetCount> stances;
};

struct SearchResult {
  std::vector<SearchHit> hits;
  // Matching claims: exact when total_exact, else a lower bound (more than
  // SearchOptions::count_exactly_up_to match). Never an estimate: it does
  // not change with limit or offset.
  std::uint64_t total = 0;
  bool total_exact = true;
  SearchFacets facets;                // Empty unless SearchOptions::facets.
  std::string parsed;                 // ToString() of the parsed query, for --explain.
};

class Searcher {
 public:
  // Opens `sources` (see ClaimIndex::OpenReadOnly for the forms). `linker`
  // resolves entity names in queries; may be null (see QueryParser).
  // A remote that does not answer is kIO naming it: claimkb does not silently
  // search fewer shards than asked.
  static Result<std::unique_ptr<Searcher>> Open(const std::vector<std::string>& sources,
                                                std::shared_ptr<const EntityLinker> linker);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Parses and runs `query`. Sees the latest committed state of every
  // source. kInvalidArgument for a malformed query (see QueryParser::Parse)
  // or an episode: value that matches no episode; kIO naming the shard when
  // a remote dies (the whole search fails: no partial results).
  Result<SearchResult> Search(std::string_view query, const SearchOptions& options = {}) const;

  // Xapian's description of the query `query` becomes: the last stage of
  // parsing, for tests and `--explain`.
  Result<std::string> Explain(std::string_view query) const;

 private:
  struct Impl;
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_SEARCHER_H_
