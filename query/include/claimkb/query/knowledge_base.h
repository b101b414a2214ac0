// The read side of claimkb as one handle: the databases a user names (local
// directories, read-only, and tcp:// remote shards), the lexicon and entity
// linker, the searcher over every index, claim lookup across the stores, and
// the views the CLI, examples/, bench/ and a web view share: search, ask,
// claims, episodes, show, entities, cite, contradictions and agree.
//
// Everything opens on first use, so a view pays only for what it reads: a
// search opens the stores only when it has hits to look up, a listing never
// opens the index, and `ask` reads speaker names, not their counts. (The
// searcher needs the linker: the query parser links entity names in free
// text.)
//
//   KnowledgeBase kb(std::vector<std::string>{"/data/claims"});
//   auto page = kb.Search("model:\"Gemini 3\" 前端");
//   auto answer = kb.Ask("who thinks scaling has hit a wall");
//
// Adding a view: write it in query/ as a function over the stores
// (`const std::vector<const Store*>&`, plus the Lexicon if it needs one), as
// FindContradictions and FindAgreement are, and give the handle a method that
// calls it with readers() (or local_readers() when a remote-only --db
// cannot answer it) and lexicon(). Graph views (`related`, `graph`) hang on
// it the same way.
//
// Not thread-safe: one handle per thread (a web view opens one per worker).
// The handle never writes: the index's freshness is the write side's
// concern (claimkb/indexer/index_sync.h), checked by the caller before a
// search if it wants one.
#ifndef CLAIMKB_QUERY_KNOWLEDGE_BASE_H_
#define CLAIMKB_QUERY_KNOWLEDGE_BASE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/result.h"
#include "claimkb/core/store.h"
#include "claimkb/indexer/index_sync.h"
#include "claimkb/query/agreement.h"
#include "claimkb/query/answer.h"
#include "claimkb/query/benchmark_tracking.h"
#include "claimkb/query/claim_graph.h"
#include "claimkb/query/claim_lookup.h"
#include "claimkb/query/contradictions.h"
#include "claimkb/query/reference.h"
#include "claimkb/query/related_claims.h"
#include "claimkb/query/searcher.h"
#include "claimkb/query/speaker_directory.h"
#include "claimkb/query/stance_target.h"
#include "claimkb/query/term_tables.h"

namespace claimkb {

struct KnowledgeBaseOptions {
  // Databases to read, as --db gives them: local directories and tcp://
  // remotes. Empty: DefaultDatabaseDirectory().
  std::vector<std::string> databases;
  // The bundled lexicon's directory. Empty: Lexicon::DefaultDirectory().
  std::string lexicon_dir;
  // The user's own lexicon file. Empty: UserLexiconPath of the primary
  // database (the first local one).
  std::string user_lexicon;
  // Function words and cross-language tables for `ask`. Empty:
  // TermTables::DefaultDirectory().
  std::string term_tables_dir;
};

// A page of search hits with the claims they name.
struct SearchPage {
  SearchResult result;
  // One per hit, in order: the local store's record, else (a remote shard's
  // claim) the record the index keeps.
  std::vector<StoredClaim> claims;
  std::vector<std::string> index_only;  // Ids of the claims no local store holds.
};

struct AskOptions {
  int limit = 20;      // Claims shown per facet. Default: 20.
  std::string today;   // YYYY-MM-DD for "this month"; empty: the system clock.
  // How each facet is ranked (claimkb/query/answer.h). Its `candidates`
  // (ranked hits per facet, at least `limit`) are what the re-ranking looks
  // at; the tallies count every match. `records` is set for remote sources.
  AnswerOptions ranking;
};

// Which claims `Claims` lists; every field narrows, empty ones do not.
struct ClaimsQuery {
  std::string model;      // Name or alias; the model and every version below it.
  std::string benchmark;  // Name or alias; with its variants.
  std::string speaker;
  std::string topic;      // Topic name or id.
  std::optional<Stance> stance;
  std::string episode;    // Slug or part of one (Store::ListClaims).
  std::string since;      // YYYY-MM-DD bound (inclusive); empty: none.
  std::string until;
  int limit = 0;          // 0: all.
  int offset = 0;
};

// One episode as `show` prints it.
struct ShownEpisode {
  EpisodeRecord record;
  Episode episode;
};

// `agree`: what --about resolved to, and the clusters.
struct AgreementAnswer {
  AboutFilter about;
  Agreement agreement;
};

class KnowledgeBase {
 public:
  explicit KnowledgeBase(KnowledgeBaseOptions options);
  // The databases `databases` with the default lexicon and tables.
  explicit KnowledgeBase(std::vector<std::string> databases);
  ~KnowledgeBase();
  KnowledgeBase(const KnowledgeBase&) = delete;
  KnowledgeBase& operator=(const KnowledgeBase&) = delete;

  const KnowledgeBaseOptions& options() const { return options_; }
  // The first local database of `databases`, else the default directory:
  // where the user lexicon lives and where commands that write would write.
  std::string PrimaryDatabase() const;
  // The sources a search reads: every database once, however it is spelled.
  const std::vector<std::string>& sources() const { return sources_; }
  // Whether a source is a tcp:// remote (its claims come from the index).
  bool any_remote() const;

  // The lexicon (bundled + the user's), loaded on first call.
  Result<std::shared_ptr<const Lexicon>> lexicon();
  Result<std::shared_ptr<const EntityLinker>> linker();
  // Every local database, opened read-only in the order given, each once.
  // kNotFound "no database at DIR" for one that does not exist: reading
  // never creates a database. Empty when `databases` names only remotes.
  Result<std::vector<const Store*>> readers();
  // readers(), but at least one: kInvalidArgument when `databases` names
  // only tcp:// remotes, which hold an index and no store.
  Result<std::vector<const Store*>> local_readers();
  // Whether every local database exists, without opening it: kNotFound
  // "no database at DIR" as readers() gives. Cheap; for checking first.
  Status CheckDatabases() const;
  // For commands that read the index (search, ask): each local database's
  // index compared with its store, and rebuilt when it lags and no writer
  // is at work (EnsureIndexCurrent), in the order of sources(). The stores
  // are readers()' own, so the check opens nothing a search does not open
  // anyway. A local database directory without a store is left out, as
  // KnowledgeBaseWriter::CatchUpIndexes leaves it out.
  Result<std::vector<std::pair<std::string, IndexFreshness>>> CatchUpIndexes();
  // Claim records over readers().
  Result<const ClaimLookup*> lookup();
  // The searcher over sources(), with linker(); see Searcher::Open.
  Result<const Searcher*> searcher();

  // --- Views -------------------------------------------------------------
  // `search`: the page of hits `options` asks for, with full records.
  // options.records is set for remote sources. Errors as Searcher::Search.
  Result<SearchPage> Search(std::string_view query, SearchOptions options = {});
  // `ask`: the question interpreted into facets, each ranked and tallied.
  Result<Answer> Ask(std::string_view question, const AskOptions& options = {});
  // Ask's steps, for programs that tune them (bench/ask_retrieval): the
  // question options for these databases (speaker names, term tables,
  // expansions kept when the index has them), and the ranked hits of a plan.
  Result<QuestionOptions> QuestionOptionsForData(std::string today = "");
  Result<std::vector<FacetHits>> Rank(const QuestionPlan& plan, AnswerOptions options);
  // `claims`: the claims `query` selects over every local database, in the
  // store's order (episode date, slug, ordinal), paged. kInvalidArgument for
  // an unknown model, benchmark or topic; kNotFound for an episode that
  // matches in no database.
  Result<std::vector<StoredClaim>> Claims(const ClaimsQuery& query);
  // `episodes`: every episode of every local database, dated first by date,
  // then by slug.
  Result<std::vector<EpisodeRecord>> Episodes();
  // `show`: the first database's episode that `ref` names (Store::FindEpisode).
  Result<ShownEpisode> Show(const std::string& ref);
  // `entities`: entities with their mentions, summed over the databases,
  // most mentioned first; `only_new` keeps those the lexicon does not list.
  Result<std::vector<EntityCount>> Entities(std::optional<EntityKind> kind, bool only_new);
  // The records of `ids`, in order. kNotFound naming every id no local
  // store holds.
  Result<std::vector<StoredClaim>> ClaimsById(const std::vector<std::string>& ids);
  // The speakers' claims an editor's claim restates (Claim::summarises), in
  // order; those no local store holds are left out.
  std::vector<StoredClaim> Summarised(const StoredClaim& claim);
  // `cite --style`: each claim of `claims` with its episode's citation data.
  Result<std::vector<CitedClaim>> Cite(const std::vector<StoredClaim>& claims);
  // `contradictions` and `agree` (claimkb/query/contradictions.h,
  // agreement.h) over the local databases. `about` is resolved with the
  // linker (ResolveAbout) when not empty.
  Result<std::vector<Contradiction>> Contradictions(ContradictionQuery query,
                                                    std::string_view about = {});
  Result<AgreementAnswer> Agree(std::string_view about);
  // `benchmarks` and `results` (claimkb/query/benchmark_tracking.h).
  Result<std::vector<BenchmarkTrack>> Benchmarks(const BenchmarkTrackQuery& query);
  // `speakers`: people with all their names and the evidence that links
  // them, merged over the local databases (claimkb/query/speaker_directory.h).
  Result<std::vector<SpeakerIdentity>> Speakers();
  // `related`: what supports, contradicts, restates or summarises a claim
  // (claimkb/query/related_claims.h).
  Result<RelatedClaims> Related(std::string_view claim_id);
  // `graph --around`: the typed graph around an entity
  // (claimkb/query/claim_graph.h), with same_person edges from Speakers().
  Result<ClaimGraph> GraphAround(std::string_view entity, int depth);

 private:
  // The local databases to open, each once; kNotFound for a missing one.
  Result<std::vector<std::string>> LocalDirectories() const;

  KnowledgeBaseOptions options_;
  std::vector<std::string> sources_;
  std::shared_ptr<const Lexicon> lexicon_;
  std::shared_ptr<const EntityLinker> linker_;
  std::shared_ptr<const TermTables> tables_;
  std::vector<std::unique_ptr<Store>> stores_;
  bool stores_opened_ = false;
  std::optional<ClaimLookup> lookup_;
  std::unique_ptr<Searcher> searcher_;
};

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_KNOWLEDGE_BASE_H_
