// Full-text and field search over one or more claim indexes (local database
// directories and tcp:// remotes served by xapian-tcpsrv), merged by Xapian.
// Hits carry claim ids; the CLI fetches full records from the Store.
#ifndef CLAIMKB_QUERY_SEARCHER_H_
#define CLAIMKB_QUERY_SEARCHER_H_

#include <cstdint>
#include <map>
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
  int snippet_chars = 160;           // Snippet length in characters; 0: no snippets. Default: 160.
  std::string highlight_open = "«";  // Marks around matched words in snippets.
  std::string highlight_close = "»";
  // Decode each hit's whole claim from the index into SearchHit::record.
  // Needed for hits from remote shards, which have no local store; costs a
  // JSON parse per hit. Default: off.
  bool records = false;
  // Matches are counted exactly up to this many (Xapian's check_at_least);
  // beyond it SearchResult::total is a lower bound and total_exact false.
  // Counting costs time proportional to the bound. Default: 1,000.
  std::uint64_t count_exactly_up_to = 1'000;
  // Free text (same grammar) that ranks matches higher without restricting
  // them: the query becomes "query AND_MAYBE boost_text". (`ask` runs a
  // RankedQuery instead; see Rank.)
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
  double weight = 0;    // Xapian BM25 weight; 0 for pure filters. Re-ranking may change it.
  double match_weight = 0;  // Xapian's own weight, as matched: re-ranking leaves it alone.
  int percent = 0;      // Weight as a percentage of the best hit.
  std::string snippet;  // Best passage of the claim, matches marked; empty without snippets.
  std::string text;     // The claim text as indexed (ICU mode: with word separators).
  std::string episode_slug;
  std::string date;  // YYYY-MM-DD of the episode, empty when unknown.
};

// A piece of free text (same grammar as a query's words) that ranks claims,
// scaled by `weight` (1 = the user's own words).
struct WeightedText {
  std::string text;
  double weight = 1.0;
  // Words of one non-empty group are spellings of one concept (a word, its
  // lemma, its translations): they rank as one term, Xapian's OP_SYNONYM,
  // at the weight of the second-heaviest; claims with the heaviest (the
  // user's own word) get the difference on top.
  std::string group = {};
};

// A boolean field term that ranks the claims carrying it higher by a fixed
// amount without excluding the others: "entity:gemini-3", "speaker:ilya",
// "date:2025-11..2025-11". Same grammar as a query field.
struct Boost {
  std::string field_query;
  double weight = 1.0;  // Added to a matching claim's BM25 weight.
  // Whether claims with the value are found even when they share no word
  // with the question (a claim saying "RL" for "reinforcement learning").
  // Otherwise the boost only lifts claims the words found. Default: off.
  bool retrieves = false;
};

// A ranked search: any of `words` (OR, BM25) narrowed by `filter`, lifted by
// `boosts`. This is what `ask` runs; `Search` is what `search` runs.
struct RankedQuery {
  std::string filter;               // Query grammar that restricts; empty = every claim.
  std::vector<WeightedText> words;  // Ranked words; a claim needs one of them unless empty.
  std::vector<Boost> boosts;        // Fixed lifts for claims with a field value.
  // Weight of a word matched in the claim's section or episode title,
  // relative to the same word in the claim text. Default: 0.3.
  double title_weight = 0.3;
  // Whether a title word alone finds a claim. When false, title words only
  // lift claims that match a word in their own text; the claims they match
  // get the same weights either way.
  bool titles_retrieve = true;
  // Pseudo-relevance feedback (Xapian Enquire::get_eset): the top
  // `feedback_docs` hits suggest `feedback_terms` more words, added at
  // `feedback_weight`. 0 docs = off (the default).
  int feedback_docs = 0;
  int feedback_terms = 8;
  double feedback_weight = 0.3;
  // Xapian BM25Weight's k1 (term frequency saturation) and b (length
  // normalisation). Defaults: Xapian's own, 1.0 and 0.5.
  double bm25_k1 = 1.0;
  double bm25_b = 0.5;
  // A Chinese word weighs about one term, like an English word, instead of
  // the sum of its n-grams' weights (n-gram indexes only). Default: on.
  bool cjk_word_as_term = true;
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

// Claims of a ranked query counted by speaker and stance, from Xapian's own
// counts (ValueCountMatchSpy over the whole index, no claim fetched).
struct MatchTally {
  std::uint64_t total = 0;  // Every counted claim.
  // Speaker name ("" for claims without one) → stance name → claims.
  std::map<std::string, std::map<std::string, int>> by_speaker;
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

  // Runs a ranked query (see RankedQuery); options.boost_text is ignored.
  // Errors as Search.
  Result<SearchResult> Rank(const RankedQuery& query, const SearchOptions& options = {}) const;

  // The claims with ids `ids` that also match `filter` (query grammar; empty:
  // no restriction), unranked (weight 0), at most options.limit of them.
  // `ask` fetches the neighbours of its best hits with it. Errors as Search.
  Result<SearchResult> Fetch(const std::vector<std::string>& ids, std::string_view filter,
                             const SearchOptions& options = {}) const;

  // Counts every claim `query` matches with a Xapian weight of at least
  // `min_weight` (0: every match), and every claim of `also_count` (ids)
  // whatever its weight, by speaker and stance: exact, whatever the
  // index's size, as `ask`'s tallies need. Errors as Rank.
  Result<MatchTally> Tally(const RankedQuery& query, double min_weight,
                           const std::vector<std::string>& also_count = {}) const;

  // Whether `text` (free text, as a query's words) occurs in the index: every
  // term it becomes is in some claim or title. False on any error. `ask`
  // uses it to keep only dictionary expansions the user's claims contain.
  bool Occurs(std::string_view text) const;

  // Whether some claim in the index names entity `id` (or a descendant of
  // it). False on any error. `ask` uses it to read a bound name in a
  // question ("K2", "Opus") as the entity the user's claims name by it.
  bool NamesEntity(std::string_view id) const;

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
