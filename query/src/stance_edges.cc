#include "claimkb/query/stance_edges.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "claimkb/query/contradictions.h"
#include "claimkb/query/stance_target.h"

namespace claimkb {
namespace {

// How directly two claims agree through a target, as contradictions rank
// how directly they oppose: entity × topic, entity, then a topic both
// claims judge themselves. 0: the target links nothing.
double SupportScore(const StanceTarget& a, const StanceTarget& b) {
  double base = 0;
  if (!a.entity_id.empty()) {
    base = a.topic_id.empty() ? 3 : 4;
    if (!a.direct) base *= 0.8;
    if (!b.direct) base *= 0.8;
  } else if (a.direct && b.direct) {
    base = 2;
  }
  return base * a.confidence * b.confidence;
}

std::pair<std::string, std::string> Ordered(const std::string& a, const std::string& b) {
  return a < b ? std::pair(a, b) : std::pair(b, a);
}

}  // namespace

std::vector<ClaimEdge> ComputeStanceEdges(const std::vector<StoredClaim>& claims,
                                          const Lexicon* lexicon,
                                          const StanceEdgeOptions& options) {
  // Unordered pair → edge; a pair both contradicts and supports through two
  // targets is shown as contradicting, the stronger claim of the two.
  std::map<std::pair<std::string, std::string>, ClaimEdge> edges;
  for (const Contradiction& found : FindContradictions(claims, ContradictionQuery{}, lexicon)) {
    const auto cap = static_cast<std::size_t>(std::max(0, options.max_pairs_per_contradiction));
    const std::size_t kept = std::min(found.pairs.size(), cap);
    for (std::size_t p = 0; p < kept; ++p) {
      const OpposedPair& pair = found.pairs[p];
      auto key = Ordered(pair.first_id, pair.second_id);
      edges.try_emplace(key, ClaimEdge{key.first, key.second, EdgeKind::kContradicts,
                                       fmt::format("{} score {:.2f}", pair.target, pair.score),
                                       pair.score, false});
    }
  }

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
      by_target[{target.Key(), static_cast<int>(target.stance)}].push_back(
          Use{i, std::move(target)});
    }
  }
  // Per claim, its candidate supporters: (score, other claim, target label).
  std::vector<std::map<std::size_t, std::pair<double, std::string>>> candidates(claims.size());
  for (const auto& [key, uses] : by_target) {
    for (std::size_t a = 0; a < uses.size(); ++a) {
      for (std::size_t b = a + 1; b < uses.size(); ++b) {
        const StoredClaim& x = claims[uses[a].claim];
        const StoredClaim& y = claims[uses[b].claim];
        if (uses[a].claim == uses[b].claim || x.speaker_name == y.speaker_name) continue;
        const double score = SupportScore(uses[a].target, uses[b].target);
        if (score <= 0) continue;
        const std::string label = uses[a].target.Label();
        for (auto [from, to] : {std::pair(uses[a].claim, uses[b].claim),
                                std::pair(uses[b].claim, uses[a].claim)}) {
          auto [it, added] = candidates[from].try_emplace(to, score, label);
          if (!added && it->second.first < score) it->second = {score, label};
        }
      }
    }
  }
  for (std::size_t i = 0; i < claims.size(); ++i) {
    std::vector<std::tuple<double, std::string, std::size_t, std::string>> ranked;
    for (const auto& [other, scored] : candidates[i]) {
      // Best score first, then claim id, so the choice never depends on order.
      ranked.emplace_back(-scored.first, claims[other].id, other, scored.second);
    }
    std::sort(ranked.begin(), ranked.end());
    if (ranked.size() > static_cast<std::size_t>(std::max(0, options.max_supports_per_claim))) {
      ranked.resize(static_cast<std::size_t>(std::max(0, options.max_supports_per_claim)));
    }
    for (const auto& [negated, id, other, label] : ranked) {
      auto key = Ordered(claims[i].id, id);
      edges.try_emplace(key, ClaimEdge{key.first, key.second, EdgeKind::kSupports,
                                       fmt::format("{} score {:.2f}", label, -negated), -negated,
                                       false});
    }
  }
  std::vector<ClaimEdge> out;
  out.reserve(edges.size());
  for (auto& entry : edges) out.push_back(std::move(entry.second));
  return out;
}

Result<int> LinkStanceEdges(Store* store, const Lexicon* lexicon,
                            const StanceEdgeOptions& options) {
  // The generation is read before the claims: a write in between leaves the
  // recorded generation behind the store's, so readers recompute rather
  // than trust edges that may miss it.
  auto generation = store->Generation();
  if (!generation) return std::unexpected(generation.error());
  auto claims = store->AllClaims();
  if (!claims) return std::unexpected(claims.error());
  const std::vector<ClaimEdge> edges = ComputeStanceEdges(*claims, lexicon, options);
  Status stored = store->ReplaceStanceEdges(edges, *generation);
  if (!stored) return std::unexpected(stored.error());
  return static_cast<int>(edges.size());
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
    auto all = store->AllClaims();
    if (!all) return std::unexpected(all.error());
    claims.insert(claims.end(), std::make_move_iterator(all->begin()),
                  std::make_move_iterator(all->end()));
  }
  if (computed != nullptr) *computed = true;
  return ComputeStanceEdges(claims, lexicon);
}

}  // namespace claimkb
