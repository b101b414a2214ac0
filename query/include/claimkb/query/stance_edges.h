// The claim graph's stance edges: 'contradicts' between the claims of every
// pair FindContradictions reports, 'supports' between claims of different
// speakers that take the same stance on one target. They are computed over
// the whole store (a new episode can contradict any old one), so they are
// stored by one named step, LinkStanceEdges, run after every write of claims,
// and readers fall back to computing them when the stored ones are stale.
#ifndef CLAIMKB_QUERY_STANCE_EDGES_H_
#define CLAIMKB_QUERY_STANCE_EDGES_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "claimkb/core/claim_graph.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/result.h"
#include "claimkb/core/store.h"
#include "claimkb/query/stance_target.h"

namespace claimkb {

struct StanceEdgeOptions {
  // Supporting claims linked to each claim, the most direct first: a target
  // many speakers praise would otherwise link every pair of their claims.
  int max_supports_per_claim = 3;  // Default: 3.
  // Opposed pairs of claims kept per Contradiction (two sides), best first.
  // Two speakers who disagree on a topic can have dozens of opposed claim
  // pairs; the corpus has 1,556 contradictions over 67,078 pairs.
  int max_pairs_per_contradiction = 3;  // Default: 3.
  // Claims of the other stance each claim is paired with per target, best
  // first (ContradictionQuery::max_partners_per_claim): pairing all of them
  // made the step quadratic, 3.7 GB for 200 generated episodes.
  int max_contradicts_per_claim = 3;  // Default: 3.
  // A full relink reads the claims of at most about this many (claim,
  // entity or topic) uses at a time; an entity or topic with more is a
  // chunk of its own. Claims with several targets are read once per chunk
  // they fall in, and each chunk picks their supporters and opponents among
  // its own targets.
  std::int64_t chunk_claims = 16384;  // Default: 16,384.
};

// The stance edges among `claims`: the best max_pairs_per_contradiction
// opposed pairs of every Contradiction (claimkb/query/contradictions.h),
// evidence "<target> score <s>"; and for each claim by a named speaker, up to
// max_supports_per_claim claims of other named speakers that take the same
// stance on a shared StanceTarget (the aspects agreement clusters speakers
// by), entity × topic before entity before a topic both claims judge
// directly. The editor is no speaker: summaries are linked by 'summarises'.
// One edge per unordered pair, src the claim that sorts first by id.
// Which part of the claims a call links.
struct StanceEdgeScope {
  // When not empty, only the edges with at least one end in these episodes
  // (slugs): the incremental link step.
  std::set<std::string> fresh_episodes;
  // When set, only the targets it accepts link claims: one chunk of a full
  // relink.
  std::function<bool(const StanceTarget&)> target_filter;
  // When set, the supporters each claim (by id) has taken in earlier
  // chunks: a claim takes only the rest of its max_supports_per_claim, and
  // its count grows by those it takes here.
  std::map<std::string, int>* supports_taken = nullptr;
  // When set, every use of a claim in the step's walks: the claim, the
  // target's key, the walk (Store::StanceWalkRow::walk) and its factor
  // there, for the link step to store (Store::AddStanceWalks).
  std::function<void(const LinkClaim&, const std::string&, int, double)> walk_sink;
  // When set, only the uses (claim, target, walk) it accepts take part, and
  // a use's factor in the contradiction walk is the stored one when
  // `stored_factor` gives it (ContradictionQuery::use_filter, stored_factor).
  std::function<bool(const LinkClaim&, const StanceTarget&, int)> admit;
  std::function<std::optional<double>(const LinkClaim&, const StanceTarget&)> stored_factor;
};
// Over claims as the link step reads them (link_claim.h, Store::LinkClaimsOnTargets).
std::vector<ClaimEdge> ComputeStanceEdges(const std::vector<LinkClaim>& claims,
                                          const Lexicon* lexicon,
                                          const StanceEdgeOptions& options = {},
                                          const StanceEdgeScope& scope = {});
// Over whole claims: the same edges as over their ToLinkClaim records.
std::vector<ClaimEdge> ComputeStanceEdges(const std::vector<StoredClaim>& claims,
                                          const Lexicon* lexicon,
                                          const StanceEdgeOptions& options = {},
                                          const StanceEdgeScope& scope = {});
// The same edges, in the same (src, dst) order, handed to `sink` in lists of
// at most `batch` (at least 1) instead of returned at once: the records of
// a chunk of the largest topic outweigh its claims. The first error of
// `sink` stops the call and is returned.
Status ComputeStanceEdges(const std::vector<LinkClaim>& claims, const Lexicon* lexicon,
                          const StanceEdgeOptions& options, const StanceEdgeScope& scope,
                          std::size_t batch,
                          const std::function<Status(std::vector<ClaimEdge>&&)>& sink);

// The link step. When the stored edges were current before the write that
// `scope` describes and it changed few claims (a quarter of the store at
// most), it links only the changed episodes' claims and adds those edges
// (Store::AddStanceEdges); edges of replaced claims went with them. Their
// partners come from the head of each walk over their targets, as stored
// by the previous link step (Store::StanceWalkHead), read with the rest of
// those claims' episodes on the same entities and topics: the cost follows
// the write, not the targets' size. When the stored walks are not current
// (a store linked before they were kept) it reads every claim that shares
// an entity or topic with them instead.
// Otherwise it computes the stance edges over every claim of `store` and
// replaces the stored ones (Store::ReplaceStanceEdges). A store whose
// claims on targets add up to more than options.chunk_claims is relinked
// in chunks of whole entities and topics, each read and linked on its own,
// so memory follows the largest chunk rather than the store. Either way it
// records the generation they reflect. Returns the number of edges written.
Result<int> LinkStanceEdges(Store* store, const Lexicon* lexicon,
                            const StanceEdgeOptions& options = {}, const LinkScope& scope = {});

// LinkStanceEdges with `options` as the write handle's link step
// (WriterOptions::link_claims, claimkb/indexer/knowledge_base_writer.h):
// indexer/ cannot call up into query/, so whoever opens a writer passes it.
// The CLI and the benchmarks both open theirs with it, so a benchmark's
// store holds the same claim graph, and pays the same link step, as a
// user's.
std::function<Result<int>(Store*, const Lexicon*, const LinkScope&)> StanceLinkStep(
    StanceEdgeOptions options = {});

// Whether the stance edges stored in `stores` are the current ones: there is
// one store, and the link step ran at its current generation.
Result<bool> StoredStanceEdgesCurrent(const std::vector<const Store*>& stores);

// The links `graph` and `related` draw from `stored`, the edges read from the
// stores around their claims: summary and restatement links and the user's
// own edges first, then the stance edges as they are now — those among
// `stored` when StoredStanceEdgesCurrent, else every computed one (callers
// keep those that touch their claims). `computed` (may be null) as for
// CurrentStanceEdges.
Result<std::vector<ClaimEdge>> LinksAmong(const std::vector<const Store*>& stores,
                                          const Lexicon* lexicon, std::vector<ClaimEdge> stored,
                                          bool* computed = nullptr);

// The stance edges across `stores` as they are now: the stored ones when
// there is one store and they reflect its current generation, else computed
// from the claims (several stores can contradict each other, and a store
// written without the link step has stale ones). `computed` (may be null) is
// set when they had to be computed.
Result<std::vector<ClaimEdge>> CurrentStanceEdges(const std::vector<const Store*>& stores,
                                                  const Lexicon* lexicon, bool* computed = nullptr);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_STANCE_EDGES_H_
