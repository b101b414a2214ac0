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
// The uses of each stored walk an incremental step reads: no walk, for
// supporters (kMaxSupportWalk) or opponents (contradictions.cc
// kMaxPartnerWalk, also 64), looks further.
constexpr int kWalkHead = 64;
static_assert(kWalkHead == static_cast<int>(kMaxSupportWalk));

}  // namespace

Status ComputeStanceEdges(const std::vector<LinkClaim>& claims, const Lexicon* lexicon,
                          const StanceEdgeOptions& options, const StanceEdgeScope& scope,
                          std::size_t batch,
                          const std::function<Status(std::vector<ClaimEdge>&&)>& sink) {
  const std::set<std::string>& fresh_episodes = scope.fresh_episodes;
  const auto& target_filter = scope.target_filter;
  auto fresh = [&](const LinkClaim& claim) {
    return fresh_episodes.empty() || fresh_episodes.contains(EpisodeSlug(claim));
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
  if (scope.walk_sink) {
    every.factor_sink = [&](std::size_t claim, const std::string& key, bool positive,
                            double factor) {
      scope.walk_sink(claims[claim], key, positive ? 0 : 1, factor);
    };
  }
  if (scope.admit) {
    every.use_filter = [&](std::size_t claim, const StanceTarget& target) {
      return scope.admit(claims[claim], target, target.stance == Stance::kPositive ? 0 : 1);
    };
  }
  if (scope.stored_factor) {
    every.stored_factor = [&](std::size_t claim, const StanceTarget& target) {
      return scope.stored_factor(claims[claim], target);
    };
  }
  if (options.max_pairs_per_contradiction > 0) FindOpposedPairs(claims, every, lexicon);

  // Claims by named speakers on each (target, stance).
  struct Use {
    std::size_t claim;
    StanceTarget target;
  };
  std::map<std::pair<std::string, int>, std::vector<Use>> by_target;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const LinkClaim& claim = claims[i];
    if (claim.claim.by_editor || claim.speaker_name.empty()) continue;
    for (StanceTarget& target : StanceTargets(claim.claim, lexicon)) {
      if (target_filter && !target_filter(target)) continue;
      if (scope.admit && !scope.admit(claim, target, target.stance == Stance::kPositive ? 2 : 3)) {
        continue;
      }
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
    if (scope.walk_sink) {
      const int walk = key.second == static_cast<int>(Stance::kPositive) ? 2 : 3;
      for (const auto& [factor, u] : order) {
        scope.walk_sink(claims[uses[u].claim], key.first, walk, factor);
      }
    }
    for (const Use& use : uses) {
      const LinkClaim& self = claims[use.claim];
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

std::vector<ClaimEdge> ComputeStanceEdges(const std::vector<LinkClaim>& claims,
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

std::vector<ClaimEdge> ComputeStanceEdges(const std::vector<StoredClaim>& claims,
                                          const Lexicon* lexicon, const StanceEdgeOptions& options,
                                          const StanceEdgeScope& scope) {
  std::vector<LinkClaim> linked;
  linked.reserve(claims.size());
  for (const StoredClaim& claim : claims) linked.push_back(ToLinkClaim(claim));
  return ComputeStanceEdges(linked, lexicon, options, scope);
}

namespace {

// Edges written to the store at a time by the chunked link step.
constexpr std::size_t kEdgeBatch = 20000;

// How the claims of one chunk are read: a relink and the first incremental
// step read every claim on the chunk's targets; an incremental step over
// current stored walks reads only the heads of its targets' walks.
using ChunkReader = std::function<Result<std::vector<LinkClaim>>(const TargetChunk&)>;

// Rows of the stored walks written at a time.
constexpr std::size_t kWalkBatch = 20000;

// A stored use in a walk's head: claim id, target key and walk → factor.
using WalkHeadMap = std::unordered_map<std::string, double>;
std::string WalkHeadKey(const std::string& claim, const std::string& key, int walk) {
  std::string joined = claim;
  joined += '\x1e';
  joined += key;
  joined += '\x1e';
  joined += static_cast<char>('0' + walk);
  return joined;
}

// Collects the walk rows a link step stores (Store::AddStanceWalks): every
// claim's after a relink, the fresh claims' after an incremental step. A relink
// writes a batch as soon as it is full; the rows are complete only when
// Finish records the generation.
class WalkWriter {
 public:
  WalkWriter(Store* store, bool replace, const std::set<std::string>* fresh)
      : store_(store), replace_(replace), replace_all_(replace), fresh_(fresh) {}
  void Add(const LinkClaim& claim, const std::string& key, int walk, double factor) {
    if (!status_) return;
    if (fresh_ != nullptr && !fresh_->contains(EpisodeSlug(claim))) return;
    rows_.push_back(Store::StanceWalkRow{claim.id, key, walk, factor});
    // After a write the fresh claims' rows are written at once: a write of
    // rows replaces each claim's stored ones (Store::AddStanceWalks).
    if (replace_all_ && rows_.size() >= kWalkBatch) status_ = Flush(-1);
  }
  Status Finish(std::int64_t generation) {
    if (!status_) return status_;
    return Flush(generation);
  }

 private:
  Status Flush(std::int64_t generation) {
    // A relink's first batch replaces every row; after a write, the one
    // batch replaces the fresh claims' rows (a changed episode's claims may
    // have been linked before).
    const Store::WalkWrite how = !replace_all_ ? Store::WalkWrite::kReplaceClaims
                                 : replace_    ? Store::WalkWrite::kReplaceAll
                                               : Store::WalkWrite::kAdd;
    Status stored = store_->AddStanceWalks(rows_, generation, how);
    replace_ = false;
    rows_.clear();
    return stored;
  }
  Store* store_;
  bool replace_;
  const bool replace_all_;  // A relink: every row goes at the first batch.
  const std::set<std::string>* fresh_;
  std::vector<Store::StanceWalkRow> rows_;
  Status status_;
};

// Links the claims of each chunk among themselves, through the chunk's own
// targets, and writes the edges: replacing the stored ones at the first
// chunk when `replace`, adding otherwise. Until the last chunk is written
// the recorded generation is -1, so a reader in between computes the edges
// rather than trusting a partial set. With no chunks (a write whose claims
// take no stance) it only records the generation. `walks` (may be null)
// stores the walks; `fresh_keys` (may be null) limits linking to the fresh
// claims' targets, and `heads` (may be null) to the walk heads read.
Result<int> LinkInChunks(Store* store, const Lexicon* lexicon, const StanceEdgeOptions& options,
                         const std::vector<TargetChunk>& chunks, const std::set<std::string>& fresh,
                         std::int64_t generation, bool replace, const ChunkReader& read,
                         WalkWriter* walks, const std::set<std::string>* fresh_keys,
                         const WalkHeadMap* heads) {
  if (chunks.empty()) {
    Status stored = replace ? store->ReplaceStanceEdges({}, generation)
                            : store->AddStanceEdges({}, generation);
    if (!stored) return std::unexpected(stored.error());
    if (walks != nullptr) {
      if (Status done = walks->Finish(generation); !done) return std::unexpected(done.error());
    }
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
    auto claims = read(chunk);
    if (!claims) return std::unexpected(claims.error());
    // After a write, only the targets of the fresh claims link anything:
    // the claims read for their walks' heads may judge other targets of
    // the chunk whose walks were not read.
    auto in_chunk = [&chunk, fresh_keys](const StanceTarget& target) {
      return chunk.Holds(target) && (fresh_keys == nullptr || fresh_keys->contains(target.Key()));
    };
    StanceEdgeScope scope{fresh, in_chunk, &supports_taken, {}, {}, {}};
    if (heads != nullptr) {
      // A fresh claim takes part in every walk; a stored one only in the
      // heads it was read for, with its stored factor.
      scope.admit = [heads, &fresh](const LinkClaim& claim, const StanceTarget& target, int walk) {
        return fresh.contains(EpisodeSlug(claim)) ||
               heads->contains(WalkHeadKey(claim.id, target.Key(), walk));
      };
      scope.stored_factor = [heads, &fresh](const LinkClaim& claim,
                                            const StanceTarget& target) -> std::optional<double> {
        if (fresh.contains(EpisodeSlug(claim))) return std::nullopt;
        const auto found = heads->find(
            WalkHeadKey(claim.id, target.Key(), target.stance == Stance::kPositive ? 0 : 1));
        if (found == heads->end()) return std::nullopt;
        return found->second;
      };
    }
    if (walks != nullptr) {
      scope.walk_sink = [walks](const LinkClaim& claim, const std::string& key, int walk,
                                double factor) { walks->Add(claim, key, walk, factor); };
    }
    Status computed = ComputeStanceEdges(*claims, lexicon, options, scope, kEdgeBatch, send);
    if (!computed) return std::unexpected(computed.error());
  }
  Status last = write(held ? std::move(*held) : std::vector<ClaimEdge>{}, generation);
  if (!last) return std::unexpected(last.error());
  if (walks != nullptr) {
    if (Status done = walks->Finish(generation); !done) return std::unexpected(done.error());
  }
  return written;
}

// The claims an incremental step reads for one chunk when the stored walks
// are current: the head of each walk over each fresh target in the chunk
// (kWalkHead uses: no walk looks further), with each use's stored factor in
// `heads`, and the fresh claims themselves. A claim's factor weighs how
// consistently its side (a speaker in an episode) holds its stance on the
// target, which the stored factor already holds: the rest of its episode
// is not read.
Result<std::vector<LinkClaim>> WalkHeads(const Store& store, const TargetChunk& chunk,
                                         const std::set<std::string>& keys,
                                         const std::vector<LinkClaim>& fresh,
                                         const std::set<std::string>& fresh_slugs,
                                         WalkHeadMap& heads) {
  heads.clear();
  std::vector<std::int64_t> rows;
  for (const std::string& key : keys) {
    // Only this chunk's targets: each key is linked in one chunk.
    const std::size_t split = key.find('\x1f');
    StanceTarget target;
    target.entity_id = key.substr(0, split);
    target.topic_id = split == std::string::npos ? std::string() : key.substr(split + 1);
    if (!chunk.Holds(target)) continue;
    for (int walk = 0; walk < 4; ++walk) {
      auto head = store.StanceWalkHead(key, walk, kWalkHead);
      if (!head) return std::unexpected(head.error());
      for (const Store::StanceWalkEntry& entry : *head) {
        // A changed episode's claims are read as fresh ones (their stored
        // places, if any, are rewritten after this step).
        if (fresh_slugs.contains(entry.claim.substr(0, entry.claim.rfind('#')))) continue;
        rows.push_back(entry.row);
        heads.try_emplace(WalkHeadKey(entry.claim, key, walk), entry.factor);
      }
    }
  }
  auto claims = store.LinkClaimsByRow(rows);
  if (!claims) return claims;
  claims->insert(claims->end(), fresh.begin(), fresh.end());
  return claims;
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
  auto walked = store->StanceWalksGeneration();
  if (!walked) return std::unexpected(walked.error());
  if (!scope.changed_episodes.empty() && *linked == scope.generation_before) {
    // The changed episodes' claims (all sources of each).
    std::vector<LinkClaim> changed;
    for (std::int64_t episode : scope.changed_episodes) {
      ClaimFilter filter;
      filter.episode_id = episode;
      auto claims = store->QueryClaims(filter);
      if (!claims) return std::unexpected(claims.error());
      for (const StoredClaim& claim : *claims) changed.push_back(ToLinkClaim(claim));
    }
    auto total = store->ClaimCount();
    if (!total) return std::unexpected(total.error());
    if (static_cast<std::int64_t>(changed.size()) * 4 <= *total) {
      std::set<std::string> fresh, entities, topics, keys;
      for (const LinkClaim& claim : changed) {
        fresh.insert(EpisodeSlug(claim));
        for (const StanceTarget& target : StanceTargets(claim.claim, lexicon)) {
          keys.insert(target.Key());
          if (!target.entity_id.empty()) {
            entities.insert(target.entity_id);
          } else {
            topics.insert(target.topic_id);
          }
        }
      }
      // Chunk by chunk as a relink would pack them (a claim's supporters
      // are shared out over chunks in that order); only the changed claims
      // choose.
      auto counts = store->CountClaimsOnTargets({entities.begin(), entities.end()},
                                                {topics.begin(), topics.end()});
      if (!counts) return std::unexpected(counts.error());
      const std::vector<TargetChunk> chunks = PackTargets(*counts, options.chunk_claims);
      if (*walked == scope.generation_before) {
        // The heads of the stored walks; the fresh claims' own places in
        // them are added.
        WalkWriter walks(store, /*replace=*/false, &fresh);
        WalkHeadMap heads;
        auto read = [&](const TargetChunk& chunk) {
          return WalkHeads(*store, chunk, keys, changed, fresh, heads);
        };
        return LinkInChunks(store, lexicon, options, chunks, fresh, *generation,
                            /*replace=*/false, read, &walks, &keys, &heads);
      }
      // No current walks: every claim that shares an entity or topic with
      // the changed ones (which take a stance among them).
      auto read = [&](const TargetChunk& chunk) { return chunk.LinkClaims(*store); };
      return LinkInChunks(store, lexicon, options, chunks, fresh, *generation,
                          /*replace=*/false, read, nullptr, nullptr, nullptr);
    }
  }
  auto counts = store->CountClaimsOnTargets();
  if (!counts) return std::unexpected(counts.error());
  std::vector<TargetChunk> chunks = PackTargets(*counts, options.chunk_claims);
  // Every claim's place in the walks is stored with the edges, for the
  // next incremental step.
  WalkWriter walks(store, /*replace=*/true, nullptr);
  if (chunks.size() <= 1) {
    // One read of every claim that takes a stance, no filter.
    auto claims = store->LinkClaimsTakingStance();
    if (!claims) return std::unexpected(claims.error());
    StanceEdgeScope all;
    all.walk_sink = [&walks](const LinkClaim& claim, const std::string& key, int walk,
                             double factor) { walks.Add(claim, key, walk, factor); };
    const std::vector<ClaimEdge> edges = ComputeStanceEdges(*claims, lexicon, options, all);
    Status stored = store->ReplaceStanceEdges(edges, *generation);
    if (!stored) return std::unexpected(stored.error());
    if (Status done = walks.Finish(*generation); !done) return std::unexpected(done.error());
    return static_cast<int>(edges.size());
  }
  // The stored edges and walks go first, each in a write of its own, before
  // any chunk is read: SQLite gathers the row ids a large DELETE removes
  // before removing them (3.7 million of each at 10,000 episodes, 60 to 90
  // MB), and on top of a chunk of the largest topic that was the link
  // step's peak. Both generations say -1 until the last chunk is written.
  if (Status cleared = store->ReplaceStanceEdges({}, -1); !cleared) {
    return std::unexpected(cleared.error());
  }
  if (Status cleared = store->AddStanceWalks({}, -1, Store::WalkWrite::kReplaceAll); !cleared) {
    return std::unexpected(cleared.error());
  }
  auto read = [&](const TargetChunk& chunk) { return chunk.LinkClaims(*store); };
  return LinkInChunks(store, lexicon, options, chunks, {}, *generation, /*replace=*/true, read,
                      &walks, nullptr, nullptr);
}

Result<bool> StoredStanceEdgesCurrent(const std::vector<const Store*>& stores) {
  if (stores.size() != 1) return false;
  auto generation = stores.front()->Generation();
  if (!generation) return std::unexpected(generation.error());
  auto linked = stores.front()->StanceEdgesGeneration();
  if (!linked) return std::unexpected(linked.error());
  return *linked == *generation;
}

Result<std::vector<ClaimEdge>> CurrentStanceEdges(const std::vector<const Store*>& stores,
                                                  const Lexicon* lexicon, bool* computed) {
  if (computed != nullptr) *computed = false;
  auto current = StoredStanceEdgesCurrent(stores);
  if (!current) return std::unexpected(current.error());
  if (*current) {
    return stores.front()->ListClaimEdges({}, {EdgeKind::kSupports, EdgeKind::kContradicts});
  }
  std::vector<LinkClaim> claims;
  for (const Store* store : stores) {
    auto all = store->LinkClaimsTakingStance();
    if (!all) return std::unexpected(all.error());
    claims.insert(claims.end(), std::make_move_iterator(all->begin()),
                  std::make_move_iterator(all->end()));
  }
  if (computed != nullptr) *computed = true;
  return ComputeStanceEdges(claims, lexicon);
}

Result<std::vector<ClaimEdge>> LinksAmong(const std::vector<const Store*>& stores,
                                          const Lexicon* lexicon, std::vector<ClaimEdge> stored,
                                          bool* computed) {
  if (computed != nullptr) *computed = false;
  auto current = StoredStanceEdgesCurrent(stores);
  if (!current) return std::unexpected(current.error());
  auto is_stance = [](const ClaimEdge& edge) {
    return edge.kind == EdgeKind::kSupports || edge.kind == EdgeKind::kContradicts;
  };
  std::vector<ClaimEdge> links;
  for (const ClaimEdge& edge : stored) {
    if (edge.kind == EdgeKind::kSummarises || edge.kind == EdgeKind::kRestates || edge.by_user) {
      links.push_back(edge);
    }
  }
  if (*current) {
    for (ClaimEdge& edge : stored) {
      if (is_stance(edge) && !edge.by_user) links.push_back(std::move(edge));
    }
    return links;
  }
  // Stale or across stores: computed from the claims.
  auto stance = CurrentStanceEdges(stores, lexicon, computed);
  if (!stance) return std::unexpected(stance.error());
  for (ClaimEdge& edge : *stance) {
    if (!edge.by_user) links.push_back(std::move(edge));
  }
  return links;
}

std::function<Result<int>(Store*, const Lexicon*, const LinkScope&)> StanceLinkStep(
    StanceEdgeOptions options) {
  return [options](Store* store, const Lexicon* lexicon, const LinkScope& scope) {
    return LinkStanceEdges(store, lexicon, options, scope);
  };
}

}  // namespace claimkb
