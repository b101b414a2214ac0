#include "claimkb/query/stance_edges.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <string_view>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "claimkb/query/contradictions.h"
#include "claimkb/query/stance_target.h"
#include "target_chunks.h"

namespace claimkb {
namespace {

using internal::PackTargets;
using internal::TargetChunk;

// How directly two claims agree through a target, as contradictions rank
// how directly they oppose: entity × topic, entity, then a topic both
// claims judge themselves. The score is the target's base times one factor
// per claim, so a claim's best supporters on a target are the others with
// the highest factor.
double TargetBase(const StanceTarget& target) {
  if (target.entity_id.empty()) return 2;
  return target.topic_id.empty() ? 3 : 4;
}
// 0: the claim links nothing through this target (it touches the topic
// without judging it).
double SupportFactor(const StanceTarget& target) {
  if (target.entity_id.empty()) return target.direct ? target.confidence : 0;
  return (target.direct ? 1.0 : 0.8) * target.confidence;
}
double SupportScore(const StanceTarget& a, const StanceTarget& b) {
  return TargetBase(a) * SupportFactor(a) * SupportFactor(b);
}

// A claim looks at most this many of a target's best claims for its
// supporters: enough to pass over one prolific speaker's own claims, and a
// bound when a single speaker holds most of a target.
constexpr std::size_t kMaxSupportWalk = 64;

}  // namespace

Status ComputeStanceEdges(const std::vector<StoredClaim>& claims, const Lexicon* lexicon,
                          const StanceEdgeOptions& options, const StanceEdgeScope& scope,
                          std::size_t batch,
                          const std::function<Status(std::vector<ClaimEdge>&&)>& sink) {
  const std::set<std::string>& fresh_episodes = scope.fresh_episodes;
  const auto& target_filter = scope.target_filter;
  auto fresh = [&](const StoredClaim& claim) {
    return fresh_episodes.empty() || fresh_episodes.contains(claim.episode_slug);
  };
  // Edges are drafted as claim indexes and an interned target label, and
  // only the kept ones become ClaimEdge records at the end: a chunk of the
  // largest topic holds a hundred thousand claims and several times as
  // many candidate edges, and keyed by id strings with a formatted evidence
  // each they were a third of the link step's peak memory.
  std::vector<std::string> labels;
  std::unordered_map<std::string, std::uint32_t> label_index;
  auto intern = [&](std::string label) {
    auto [it, added] = label_index.try_emplace(std::move(label), labels.size());
    if (added) labels.push_back(it->first);
    return it->second;
  };
  struct Draft {
    EdgeKind kind = EdgeKind::kSupports;
    std::uint32_t label = 0;
    double score = 0;
  };
  auto key_of = [](std::size_t a, std::size_t b) {
    if (b < a) std::swap(a, b);
    return (static_cast<std::uint64_t>(a) << 32) | static_cast<std::uint64_t>(b);
  };
  std::unordered_map<std::string_view, std::size_t> index_of;
  index_of.reserve(claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i) index_of.emplace(claims[i].id, i);
  // Unordered pair → edge; a pair both contradicts and supports through two
  // targets is shown as contradicting, the stronger claim of the two.
  std::unordered_map<std::uint64_t, Draft> edges;
  ContradictionQuery every;
  every.max_pairs_per_entry = options.max_pairs_per_contradiction;
  every.max_partners_per_claim = options.max_contradicts_per_claim;
  every.fresh_episodes = fresh_episodes;
  every.target_filter = target_filter;
  every.pair_sink = [&](const OpposedPair& pair) {
    const auto first = index_of.find(pair.first_id);
    const auto second = index_of.find(pair.second_id);
    if (first == index_of.end() || second == index_of.end()) return;
    edges.try_emplace(key_of(first->second, second->second),
                      Draft{EdgeKind::kContradicts, intern(pair.target), pair.score});
  };
  if (options.max_pairs_per_contradiction > 0) FindContradictions(claims, every, lexicon);

  // Claims by named speakers on each (target, stance).
  struct Use {
    std::size_t claim;
    StanceTarget target;
  };
  std::map<std::pair<std::string, int>, std::vector<Use>> by_target;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const StoredClaim& claim = claims[i];
    if (claim.claim.by_editor || claim.speaker_name.empty()) continue;
    for (StanceTarget& target : StanceTargets(claim.claim, lexicon)) {
      if (target_filter && !target_filter(target)) continue;
      by_target[{target.Key(), static_cast<int>(target.stance)}].push_back(
          Use{i, std::move(target)});
    }
  }
  // A pair's SupportScore is the target's base times one factor per claim,
  // so within one target a claim's best supporters are the others with the
  // highest factor: each claim walks the target's uses in that order and
  // takes the first few by another speaker, instead of scoring every pair
  // (a target a thousand claims praise has half a million pairs).
  const auto wanted = static_cast<std::size_t>(std::max(0, options.max_supports_per_claim));
  // Per claim, its candidate supporters: other claim → (score, target label).
  std::vector<std::map<std::size_t, std::pair<double, std::uint32_t>>> candidates(claims.size());
  for (auto& [key, uses] : by_target) {
    if (wanted == 0) break;
    std::vector<std::pair<double, std::size_t>> order;  // (factor, index into uses)
    for (std::size_t u = 0; u < uses.size(); ++u) {
      order.emplace_back(SupportFactor(uses[u].target), u);
    }
    std::sort(order.begin(), order.end(), [&](const auto& x, const auto& y) {
      if (x.first != y.first) return x.first > y.first;
      return claims[uses[x.second].claim].id < claims[uses[y.second].claim].id;
    });
    for (const Use& use : uses) {
      const StoredClaim& self = claims[use.claim];
      if (!fresh(self)) continue;  // After a write, only the new claims choose.
      std::size_t taken = 0;
      std::size_t visited = 0;
      std::optional<std::uint32_t> label;
      for (const auto& [factor, u] : order) {
        if (taken == wanted || ++visited > kMaxSupportWalk) break;
        const Use& other = uses[u];
        if (other.claim == use.claim || claims[other.claim].speaker_name == self.speaker_name) {
          continue;
        }
        const double score = SupportScore(use.target, other.target);
        if (score <= 0) continue;
        ++taken;
        if (!label) label = intern(use.target.Label());
        auto [it, added] = candidates[use.claim].try_emplace(other.claim, score, *label);
        if (!added && it->second.first < score) it->second = {score, *label};
      }
    }
  }
  for (std::size_t i = 0; i < claims.size(); ++i) {
    std::vector<std::tuple<double, std::string_view, std::size_t, std::uint32_t>> ranked;
    for (const auto& [other, scored] : candidates[i]) {
      // Best score first, then claim id, so the choice never depends on order.
      ranked.emplace_back(-scored.first, claims[other].id, other, scored.second);
    }
    std::sort(ranked.begin(), ranked.end());
    std::size_t room = wanted;
    if (scope.supports_taken != nullptr && !ranked.empty()) {
      int& taken = (*scope.supports_taken)[claims[i].id];
      room -= std::min(room, static_cast<std::size_t>(taken));
      taken += static_cast<int>(std::min(room, ranked.size()));
    }
    if (ranked.size() > room) ranked.resize(room);
    for (const auto& [negated, id, other, label] : ranked) {
      edges.try_emplace(key_of(i, other), Draft{EdgeKind::kSupports, label, -negated});
    }
    candidates[i].clear();  // Drafted: its memory goes back before the next claim's.
  }
  by_target.clear();
  candidates = {};
  // The records, one per unordered pair, src the claim that sorts first by
  // id, in (src, dst) order, made a batch at a time.
  struct Ends {
    const std::string* src;
    const std::string* dst;
    const Draft* draft;
  };
  std::vector<Ends> order;
  order.reserve(edges.size());
  for (const auto& [key, draft] : edges) {
    const std::string* a = &claims[key >> 32].id;
    const std::string* b = &claims[key & 0xFFFFFFFFu].id;
    if (*b < *a) std::swap(a, b);
    order.push_back(Ends{a, b, &draft});
  }
  std::sort(order.begin(), order.end(), [](const Ends& x, const Ends& y) {
    return std::tie(*x.src, *x.dst) < std::tie(*y.src, *y.dst);
  });
  batch = std::max<std::size_t>(batch, 1);
  for (std::size_t from = 0; from < order.size(); from += batch) {
    std::vector<ClaimEdge> out;
    out.reserve(std::min(batch, order.size() - from));
    for (std::size_t i = from; i < order.size() && i < from + batch; ++i) {
      const Draft& draft = *order[i].draft;
      out.push_back(ClaimEdge{*order[i].src, *order[i].dst, draft.kind,
                              fmt::format("{} score {:.2f}", labels[draft.label], draft.score),
                              draft.score, false});
    }
    if (Status sent = sink(std::move(out)); !sent) return sent;
  }
  return {};
}

std::vector<ClaimEdge> ComputeStanceEdges(const std::vector<StoredClaim>& claims,
                                          const Lexicon* lexicon, const StanceEdgeOptions& options,
                                          const StanceEdgeScope& scope) {
  std::vector<ClaimEdge> all;
  // The sink only appends: it cannot fail.
  (void)ComputeStanceEdges(claims, lexicon, options, scope, std::numeric_limits<std::size_t>::max(),
                           [&all](std::vector<ClaimEdge>&& some) -> Status {
                             all.insert(all.end(), std::make_move_iterator(some.begin()),
                                        std::make_move_iterator(some.end()));
                             return {};
                           });
  return all;
}

namespace {

// Edges written to the store at a time by the chunked link step.
constexpr std::size_t kEdgeBatch = 20000;

// Links the claims of each chunk among themselves, through the chunk's own
// targets, and writes the edges: replacing the stored ones at the first
// chunk when `replace`, adding otherwise. Until the last chunk is written
// the recorded generation is -1, so a reader in between computes the edges
// rather than trusting a partial set. With no chunks (a write whose claims
// take no stance) it only records the generation.
Result<int> LinkInChunks(Store* store, const Lexicon* lexicon, const StanceEdgeOptions& options,
                         const std::vector<TargetChunk>& chunks,
                         const std::set<std::string>& fresh, std::int64_t generation,
                         bool replace) {
  if (chunks.empty()) {
    Status stored = replace ? store->ReplaceStanceEdges({}, generation)
                            : store->AddStanceEdges({}, generation);
    if (!stored) return std::unexpected(stored.error());
    return 0;
  }
  int written = 0;
  std::map<std::string, int> supports_taken;
  // The edges go to the store a batch at a time; the batch last computed is
  // held back until the next arrives, so that only the very last write
  // records the generation (-1 before it: a reader in between computes the
  // edges rather than trusting a partial set), and the first write of a
  // relink replaces the stored edges.
  bool replaced = !replace;
  auto write = [&](std::vector<ClaimEdge>&& edges, std::int64_t recorded) -> Status {
    Status stored = replaced ? store->AddStanceEdges(edges, recorded)
                             : store->ReplaceStanceEdges(edges, recorded);
    replaced = true;
    written += static_cast<int>(edges.size());
    return stored;
  };
  std::optional<std::vector<ClaimEdge>> held;
  auto send = [&](std::vector<ClaimEdge>&& edges) -> Status {
    if (held) {
      if (Status stored = write(std::move(*held), -1); !stored) return stored;
    }
    held = std::move(edges);
    return {};
  };
  for (std::size_t c = 0; c < chunks.size(); ++c) {
    const TargetChunk& chunk = chunks[c];
    auto claims = chunk.Claims(*store, Store::ClaimDetail::kForLinking);
    if (!claims) return std::unexpected(claims.error());
    auto in_chunk = [&chunk](const StanceTarget& target) { return chunk.Holds(target); };
    Status computed =
        ComputeStanceEdges(*claims, lexicon, options,
                           StanceEdgeScope{fresh, in_chunk, &supports_taken}, kEdgeBatch, send);
    if (!computed) return std::unexpected(computed.error());
  }
  Status last = write(held ? std::move(*held) : std::vector<ClaimEdge>{}, generation);
  if (!last) return std::unexpected(last.error());
  return written;
}

}  // namespace

Result<int> LinkStanceEdges(Store* store, const Lexicon* lexicon, const StanceEdgeOptions& options,
                            const LinkScope& scope) {
  // The generation is read before the claims: a write in between leaves the
  // recorded generation behind the store's, so readers recompute rather
  // than trust edges that may miss it.
  auto generation = store->Generation();
  if (!generation) return std::unexpected(generation.error());
  auto linked = store->StanceEdgesGeneration();
  if (!linked) return std::unexpected(linked.error());
  if (!scope.changed_episodes.empty() && *linked == scope.generation_before) {
    // The changed episodes' claims (all sources of each).
    std::vector<StoredClaim> changed;
    for (std::int64_t episode : scope.changed_episodes) {
      ClaimFilter filter;
      filter.episode_id = episode;
      auto claims = store->QueryClaims(filter);
      if (!claims) return std::unexpected(claims.error());
      changed.insert(changed.end(), std::make_move_iterator(claims->begin()),
                     std::make_move_iterator(claims->end()));
    }
    auto total = store->ClaimCount();
    if (!total) return std::unexpected(total.error());
    if (static_cast<std::int64_t>(changed.size()) * 4 <= *total) {
      std::set<std::string> fresh, entities, topics;
      for (const StoredClaim& claim : changed) {
        fresh.insert(claim.episode_slug);
        for (const StanceTarget& target : StanceTargets(claim.claim, lexicon)) {
          if (!target.entity_id.empty()) {
            entities.insert(target.entity_id);
          } else {
            topics.insert(target.topic_id);
          }
        }
      }
      // The claims that share a target with the changed ones (which take a
      // stance among them), chunk by chunk; only the changed ones choose.
      auto counts = store->CountClaimsOnTargets({entities.begin(), entities.end()},
                                                {topics.begin(), topics.end()});
      if (!counts) return std::unexpected(counts.error());
      return LinkInChunks(store, lexicon, options, PackTargets(*counts, options.chunk_claims),
                          fresh, *generation, /*replace=*/false);
    }
  }
  auto counts = store->CountClaimsOnTargets();
  if (!counts) return std::unexpected(counts.error());
  std::vector<TargetChunk> chunks = PackTargets(*counts, options.chunk_claims);
  if (chunks.size() <= 1) {
    // One read of every claim that takes a stance, no filter.
    auto claims = store->ClaimsTakingStance(Store::ClaimDetail::kForLinking);
    if (!claims) return std::unexpected(claims.error());
    const std::vector<ClaimEdge> edges = ComputeStanceEdges(*claims, lexicon, options);
    Status stored = store->ReplaceStanceEdges(edges, *generation);
    if (!stored) return std::unexpected(stored.error());
    return static_cast<int>(edges.size());
  }
  return LinkInChunks(store, lexicon, options, chunks, {}, *generation, /*replace=*/true);
}

Result<std::vector<ClaimEdge>> CurrentStanceEdges(const std::vector<const Store*>& stores,
                                                  const Lexicon* lexicon, bool* computed) {
  if (computed != nullptr) *computed = false;
  if (stores.size() == 1) {
    auto generation = stores.front()->Generation();
    if (!generation) return std::unexpected(generation.error());
    auto linked = stores.front()->StanceEdgesGeneration();
    if (!linked) return std::unexpected(linked.error());
    if (*linked == *generation) {
      auto all = stores.front()->ListClaimEdges();
      if (!all) return std::unexpected(all.error());
      std::vector<ClaimEdge> stance;
      for (ClaimEdge& edge : *all) {
        if (edge.kind == EdgeKind::kSupports || edge.kind == EdgeKind::kContradicts) {
          stance.push_back(std::move(edge));
        }
      }
      return stance;
    }
  }
  std::vector<StoredClaim> claims;
  for (const Store* store : stores) {
    auto all = store->ClaimsTakingStance();
    if (!all) return std::unexpected(all.error());
    claims.insert(claims.end(), std::make_move_iterator(all->begin()),
                  std::make_move_iterator(all->end()));
  }
  if (computed != nullptr) *computed = true;
  return ComputeStanceEdges(claims, lexicon);
}

std::function<Result<int>(Store*, const Lexicon*, const LinkScope&)> StanceLinkStep(
    StanceEdgeOptions options) {
  return [options](Store* store, const Lexicon* lexicon, const LinkScope& scope) {
    return LinkStanceEdges(store, lexicon, options, scope);
  };
}

}  // namespace claimkb
