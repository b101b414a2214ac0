// The ranked claims that answer a question: each facet of a QuestionPlan
// becomes one RankedQuery (its words OR-ed with BM25, expansions weighted
// below the user's words, entities/topics/speakers/dates as lifts, user
// fields and comparison sides as filters) run by the Searcher. `claimkb ask`,
// the benchmark and tests all call this.
#ifndef CLAIMKB_QUERY_ANSWER_H_
#define CLAIMKB_QUERY_ANSWER_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "claimkb/core/result.h"
#include "claimkb/core/store.h"
#include "claimkb/query/benchmark_tracking.h"
#include "claimkb/query/claim_lookup.h"
#include "claimkb/query/limit_positions.h"
#include "claimkb/query/question.h"
#include "claimkb/query/searcher.h"

namespace claimkb {

struct AnswerOptions {
  int candidates = 200;  // Ranked hits fetched per facet. Default: 200.
  // See RankedQuery::title_weight. Default: 0.8, measured on the dev
  // questions (bench/README.md): 0 → recall@50 0.667, 0.3 → 0.729, 0.8 → 0.748.
  double title_weight = 0.8;
  double boost_weight = 2.0;  // Lift for a recognised entity/topic/speaker/date. Default: 2.
  // Claims that name a recognised model, benchmark or other entity are
  // found even without the question's words (Boost::retrieves). Topics,
  // speakers and dates only lift. Default: on.
  bool entities_retrieve = true;
  // Share of the best neighbouring claim's weight (same episode, within
  // `neighbour_window` claims) added to a claim: a claim inherits relevance from the
  // turn around it, which the index does not hold as a field. 0 = off.
  double neighbour_share = 0.3;
  // How far the share reaches: neighbours up to `neighbour_window` claims
  // away, one d claims away weighing neighbour_decay^(d-1) of its weight.
  // Measured on the dev questions (recall@10 / @50 / nDCG@10): window 1 →
  // 0.639 / 0.772 / 0.576; 2 at 0.5 → 0.646 / 0.772 / 0.576; 3 at 0.5 →
  // 0.646 / 0.779 / 0.575; 3 at 0.8 → 0.660 / 0.779 / 0.579; 3 at 1.0 →
  // 0.658 / 0.788 / 0.576; 4 or 5 at 0.8 → 0.654 / 0.779 / 0.577.
  int neighbour_window = 3;
  double neighbour_decay = 0.8;
  // The neighbours (ordinal ±1) of this many best hits join the candidates
  // even when they share no word with the question, with `pulled_share` of
  // their neighbour's weight. 0 = off. Default: 5 at 0.5, measured on the
  // dev questions: reach 3–30 at 0.5 the same, 0.7 and 0.9 worse.
  int neighbour_reach = 5;
  double pulled_share = 0.5;
  // A claim linked by a summary line (SummaryLinks) to one of the best
  // `summary_reach` hits gets `summary_share` of that hit's weight, and is
  // pulled into the candidates when the words did not find it: the issue's
  // "a claim that restates a summary line ranks near it", for the summary at
  // the top of a digest and the turn it restates far below. 0 = off.
  int summary_reach = 50;
  double summary_share = 0.5;
  // A claim's weight × (1 + coordination × (question concepts it mentions −
  // 1)), a concept being a question word with its expansions: claims that
  // say several of the question's things first. Measured: 0 → dev recall@10
  // 0.613, nDCG@10 0.507; 0.3 → 0.627, 0.561. 0 = off.
  double coordination = 0.3;
  // In a comparison, the concepts of every side count for the coordination
  // reward of each side: a claim naming both sides answers the comparison.
  bool compare_coordination = true;
  // Pseudo-relevance feedback (RankedQuery::feedback_docs, Xapian's ESet).
  // With feedback on, the hits are ordered with the feedback words but each
  // keeps as match_weight its weight in the query without them, and the
  // answer's floor and tallies read those: feedback reorders the answer and
  // never pushes answering claims out of it. Measured on the dev questions
  // (with the section share): off → recall@10 0.593, @50 0.704, nDCG@10
  // 0.510; 10 docs at 0.2 → 0.601, 0.704, 0.521, for a second ranked query
  // per facet (about +10 ms in process). Default: 0 (off).
  int feedback_docs = 0;
  double feedback_weight = 0.3;  // See RankedQuery::feedback_weight. Default: 0.3.
  bool records = false;          // See SearchOptions::records. Default: off.
  double bm25_k1 = 1.0;          // See RankedQuery::bm25_k1.
  double bm25_b = 0.5;           // See RankedQuery::bm25_b.
  bool cjk_word_as_term = true;  // See RankedQuery::cjk_word_as_term.
  // A question word and its sure expansions rank as one term (Xapian's
  // OP_SYNONYM; WeightedText::group). Measured on the dev questions: off →
  // recall@10 0.609, @50 0.745, nDCG@10 0.546; on → 0.639, 0.772, 0.576.
  bool synonyms = true;
};

struct FacetHits {
  QuestionFacet facet;
  RankedQuery query;    // What was run, for --explain.
  SearchResult result;  // Best first.
};

// Question options for the user's own data: every speaker of `stores` with its
// aliases and every name an episode's cover lists (with the episodes listing
// it), `tables` for function words and expansions, and expansions kept only
// when `searcher` finds them in the index. `stores` and `searcher` must
// outlive the options. Errors from the store.
Result<QuestionOptions> QuestionOptionsFor(const std::vector<const Store*>& stores,
                                           const Searcher& searcher,
                                           std::shared_ptr<const TermTables> tables,
                                           std::string today = "");

// The ranked query a facet becomes.
RankedQuery ToRankedQuery(const QuestionFacet& facet, const AnswerOptions& options);

// The claims each of `claim_ids` is linked to by a summary line: the
// full-text claims an editor's summary line restates and the reverse
// ('summarises' and 'restates' edges of the store), as claim ids, keyed by
// the claim asked about (claims with no link may be absent). One call per
// facet, so a store answers it in one statement.
using SummaryLinks = std::function<std::map<std::string, std::vector<std::string>>(
    const std::vector<std::string>& claim_ids)>;

// One FacetHits per facet of `plan`, in order. `links`, when set, lets a
// claim restating a summary line rank near it (AnswerOptions::summary_share).
// Errors as Searcher::Rank.
Result<std::vector<FacetHits>> RankAnswer(const Searcher& searcher, const QuestionPlan& plan,
                                          const AnswerOptions& options = {},
                                          const SummaryLinks& links = {});

// The claims that answer a facet, in the order to show them: the ranked
// hits whose match weight (Xapian's, without feedback) is at least
// kAnswerFloor of the best one (lower hits matched only an expansion or a
// stray word, or were lifted by a neighbour), in rank order. For a "how
// much" question a claim that states a number ranks as if its weight were
// kNumberLift times higher. Pointers into `hits`.
inline constexpr double kAnswerFloor = 0.3;
inline constexpr double kNumberLift = 1.25;
std::vector<const SearchHit*> AnsweringClaims(const FacetHits& hits, QuestionIntent intent);

// The claims a facet's answer shows: the first `limit` of AnsweringClaims,
// then, while fewer than `limit`, the weaker ranked hits in rank order.
struct ShownClaimList {
  std::vector<const SearchHit*> claims;
  std::size_t answering = 0;  // The first `answering` of `claims` answer the facet.
};
ShownClaimList ShownClaims(const FacetHits& hits, QuestionIntent intent, int limit);

// Claims counted by stance.
struct StanceTally {
  int positive = 0;
  int negative = 0;
  int mixed = 0;
  int neutral = 0;
  void Add(Stance stance, int n = 1);
  int Total() const { return positive + negative + mixed + neutral; }
  // Where a speaker leans: the more frequent of positive and negative, mixed
  // when they tie (or only mixed claims exist), neutral when neither occurs.
  Stance Leaning() const;
  bool operator==(const StanceTally&) const = default;
};

// The answer to one facet: its best-matching claims in rank order, and the
// claims that answer it counted by stance and speaker.
struct FacetAnswer {
  QuestionFacet facet;
  RankedQuery query;
  std::string parsed;       // What the searcher ran, for --explain.
  std::uint64_t total = 0;  // Claims counted in the tallies.
  StanceTally tally;
  std::map<std::string, StanceTally> by_speaker;
  std::vector<StoredClaim> best;  // Best first, at most the limit asked for.
  std::size_t answering_shown = 0;  // The first of `best` that answer; the rest match weakly.
  // The answering claims of `best` by speaker.
  std::vector<std::pair<std::string, std::vector<StoredClaim>>> groups;
  // When the facet asks about a limit (QuestionFacet::asks_limit): who says
  // it is reached and who denies it, over every answering claim
  // (KnowledgeBase::Ask fills it, with the lexicon's descendants).
  std::vector<LimitPosition> limit_positions;
  // When the facet lists benchmarks (QuestionFacet::lists_benchmarks): every
  // benchmark named in the facet's date window, most discussed first, with
  // its stated results (of the facet's model, when it names one).
  std::vector<BenchmarkTrack> benchmarks;

  // Every speaker with a tally, most claims first (ties: by name).
  std::vector<std::pair<std::string, StanceTally>> SpeakersByCount() const;
  // Speakers by where they lean: "who thinks X, and who disagrees".
  std::map<Stance, std::vector<std::string>> Positions() const;
};

// The whole answer to a question: one FacetAnswer per facet of the plan.
struct Answer {
  QuestionPlan plan;
  std::vector<FacetAnswer> facets;
};

// The answer to one facet from its ranked hits and its tally. A claim
// answers when Xapian weighs it at least kAnswerFloor of the best match;
// `tally` counts those that say the question's words and the shown ones
// (KnowledgeBase::Ask); `best` is ShownClaims, each record from `lookup`,
// else (a remote shard's claim) the hit's own record.
FacetAnswer SummariseFacet(const FacetHits& hits, QuestionIntent intent, const MatchTally& tally,
                           const ClaimLookup& lookup, int limit);

// The Xapian weight a claim needs to answer the facet: kAnswerFloor of the
// best match's own weight (SearchHit::match_weight). 0 when nothing matched.
double AnswerFloorWeight(const FacetHits& hits);

// Lists of claim ids as one ranking: interleaved (first of each, then
// second of each, ...), each claim once.
std::vector<std::string> MergedRanking(const std::vector<std::vector<std::string>>& lists);
// The facets' ranked hits as one ranking.
std::vector<std::string> MergedRanking(const std::vector<FacetHits>& facets);
// The facets' shown claims (ShownClaims) as one ranking: what `ask` lists.
std::vector<std::string> ShownRanking(const std::vector<FacetHits>& facets, QuestionIntent intent,
                                      int limit);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_ANSWER_H_
