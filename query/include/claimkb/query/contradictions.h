// Contradictions: pairs of stored claims that take opposite stances on the
// same target (claimkb/query/stance_target.h), ranked by how directly they
// oppose each other.
#ifndef CLAIMKB_QUERY_CONTRADICTIONS_H_
#define CLAIMKB_QUERY_CONTRADICTIONS_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "claimkb/core/lexicon.h"
#include "claimkb/core/result.h"
#include "claimkb/core/store.h"
#include "claimkb/query/stance_target.h"

namespace claimkb {

struct OpposedPair;

// Which pairs to find. Empty fields do not restrict.
struct ContradictionQuery {
  AboutFilter about;     // The shared target must match.
  std::string speaker;   // One side must be this speaker (canonical name or alias).
  // Every name of that speaker's identity (any name of one person), filled by
  // the stores overload; when set it decides instead of `speaker`.
  std::optional<SpeakerIdentity> speaker_identity;
  std::string episode;   // One side must be in this episode (slug, id or URL).
  std::string since;     // YYYY-MM-DD: both sides dated on or after it.
  int limit = 0;         // Best `limit` pairs; 0 = all.
  // Only entries with strong evidence (Contradiction::strong_evidence): two
  // sides make an entry only when one of their pairs is strong, and it leads
  // the entry (their weak pairs are listed after it). After every such
  // entry come two sides whose pair is weak only for a topic alone on which
  // they give opposite verdicts on one limit (limit_verdict.h). `claimkb
  // contradictions --strong` sets it: a short list, without the pairs
  // readers mostly reject (docs/decisions.md, "A short list of strong
  // evidence", "Every pair by default" and "Conditionals and diminishing
  // returns").
  bool strong_only = false;
  // Only two sides one of whose pairs opposes make an entry, led by such a
  // pair; a pair with a sign that its claims do not oppose (pair_opposition.h:
  // two aspects of one target, a heading alone, a name its clause does not
  // judge, a guessed subject, a company or person) is listed only under an
  // entry another pair of the same two sides leads. `claimkb contradictions
  // --opposed` sets it: no reject in the top ten of either corpus folder,
  // but fewer hand-found pairs found (docs/decisions.md, "Pairs that do not
  // oppose").
  bool opposed_only = false;
  // Opposed pairs listed per Contradiction, best first; 0 = all. The graph's
  // link step keeps a few; a reader asking for one disagreement sees them all.
  int max_pairs_per_entry = 0;
  // Opposed claims each claim is paired with on a target, the best first;
  // 0 = every pair. Every pair costs time and memory quadratic in the claims
  // on one target (a store of 30,000 claims has millions of opposed pairs),
  // so the graph's link step bounds it to 3 and KnowledgeBase::Contradictions
  // to 10 when the caller leaves it at 0.
  int max_partners_per_claim = 0;
  // A target with at most this many opposed pairs (claims of one stance
  // times claims of the other) is paired exactly even when
  // max_partners_per_claim bounds the rest: small targets cost little, and
  // the bound's walk by each claim's own weight can pass over a pair across
  // two conversations that ranks well once both sides are scored.
  std::size_t exact_pairs_up_to = 0;
  // When not empty, one side must be in one of these episodes (slugs): the
  // incremental link step pairs only the claims a write added.
  std::set<std::string> fresh_episodes;
  // When set, every pair an entry would list (best first, at most
  // max_pairs_per_entry per entry) goes here and no entries are returned:
  // for callers that keep only the pairs (the graph's link step), since an
  // entry holds copies of two claims and a store of 1,000 episodes has
  // about 150,000 entries (240 MB of them in a full relink).
  std::function<void(const OpposedPair&)> pair_sink;
  // When set, every use of a claim on a target in the walk order: the claim
  // (index into the claims), the target's key, its stance (true: positive)
  // and the factor the walk ranks it by. The link step stores them so that
  // a later write reads the head of each walk instead of every claim on the
  // target (Store::StanceWalkHead).
  std::function<void(std::size_t, const std::string&, bool, double)> factor_sink;
  // When set, only the uses (claim index, target) it accepts take part: an
  // incremental link step reads the head of each stored walk, and a claim
  // read for one target's walk may be on another whose head it is not in.
  std::function<bool(std::size_t, const StanceTarget&)> use_filter;
  // When set and it gives a value, the use's factor as the link step stored
  // it (Store::StanceWalkHead) rather than computed here: a stored claim's
  // factor weighs its episode's other claims on the target, not read then.
  std::function<std::optional<double>(std::size_t, const StanceTarget&)> stored_factor;
  // When set, only targets it accepts pair claims: a chunk of the link
  // step's full relink takes the targets of its own entities and topics.
  std::function<bool(const StanceTarget&)> target_filter;
  // The stores overload reads a store whose stance-taking claims on
  // entities and topics add up to more than this a chunk at a time (as the
  // link step does) and merges the entries; 0 reads all at once. Without
  // --about only: a chunk's pairs follow its own targets, and an entry's
  // pairs from a chunk where it ranks below `limit` are not listed.
  std::int64_t chunk_claims = 0;
};

// How directly two claims oppose, most direct first.
enum class Directness {
  kEntityTopic,  // The same entity on the same topic, both stances stated toward the entity.
  kEntity,       // The same entity, stances stated toward it.
  kTopic,        // The same topic, each claim judging the topic itself.
  kSameEpisodeTopic,  // The same topic, in one conversation (speakers answering each other).
};
const char* DirectnessName(Directness directness);  // "entity-topic", "entity", ...

// One pair of claims behind a contradiction.
struct OpposedPair {
  std::string first_id;
  std::string second_id;
  std::string target;  // StanceTarget::Label().
  double score = 0;
};

// Two sides — a speaker in an episode each — that oppose each other, shown
// by their most direct pair of claims.
struct Contradiction {
  StoredClaim first;   // The earlier claim (by episode date, then id).
  StoredClaim second;
  Stance first_stance = Stance::kNeutral;  // Toward the shared target.
  Stance second_stance = Stance::kNeutral;
  StanceTarget target;  // The shared target (its stance is the first claim's).
  Directness directness = Directness::kTopic;
  bool change_of_mind = false;  // One speaker, at two different dates.
  // The lead pair has strong evidence: each claim names the entity in its own
  // words (not through a pronoun or a guess) where its clause judges it and
  // is a verdict of its own, on a named model, product, benchmark or
  // technique, on one aspect (docs/decisions.md, "Strong evidence first" and
  // "Inherited targets, disclaimers and state changes"). Other pairs weigh
  // 0.15 on top of their factors.
  bool strong_evidence = false;
  // The lead pair shows no sign that its claims state two propositions
  // (pair_opposition.h). Such entries lead the list; the rest follow them.
  bool opposed = true;
  double score = 0;             // Higher = more direct and more certain.
  // Every opposed pair of claims of the same two sides, best first (the
  // first is the one above), so that one disagreement is one entry.
  std::vector<OpposedPair> pairs;
};

// Finds the contradictions among `claims`, best first. A pair qualifies when
// both claims take opposite stances (positive vs negative) on one target and
// - they are by different speakers, and neither is the editor summarising
//   the other's episode; or
// - they are by one speaker on two different dates (a change of mind).
// Claims of one speaker on one date are aspects of one view, never a pair.
// Each pair of claims counts once, under its most direct shared target, and
// is weighed by how well each claim agrees with its speaker's other claims
// on that target in the episode: a lone negative among a speaker's praise is
// more likely a misread or an aside than their position. Two claims that
// answer whether the thing has hit its limit the opposite ways
// (limit_verdict.h) state one proposition: they need no further shared
// aspect, and on a topic they pair even when one judges an entity beside it
// and names the topic where it speaks of the limit. Pairs of the same
// two sides are then grouped into one Contradiction.
std::vector<Contradiction> FindContradictions(const std::vector<StoredClaim>& claims,
                                              const ContradictionQuery& query,
                                              const Lexicon* lexicon);

// The pairs FindContradictions would list, to `query.pair_sink` (which
// must be set), over claims as the link step reads them (link_claim.h).
void FindOpposedPairs(const std::vector<LinkClaim>& claims, const ContradictionQuery& query,
                      const Lexicon* lexicon);

// FindContradictions over every claim of `stores`, with the query's speaker
// alias and episode reference resolved in them. kNotFound when `episode`
// matches no episode of any store.
Result<std::vector<Contradiction>> FindContradictions(const std::vector<const Store*>& stores,
                                                      ContradictionQuery query,
                                                      const Lexicon* lexicon);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_CONTRADICTIONS_H_
