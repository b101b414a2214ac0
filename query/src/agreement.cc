// The one file that includes Boost.Graph: its headers are heavy, and the
// graph is built here, on demand, only as large as the question.
#include "claimkb/query/agreement.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <map>
#include <set>
#include <utility>

namespace claimkb {
namespace {

void AddOnce(std::vector<std::string>& list, const std::string& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

}  // namespace

Agreement FindAgreement(const std::vector<StoredClaim>& claims, const AboutFilter& about,
                        const Lexicon* lexicon) {
  // Per speaker, per stance: the aspects and claims.
  struct Tally {
    std::vector<std::string> aspects[2];  // [0] positive, [1] negative.
    std::vector<std::string> claim_ids[2];
  };
  std::map<std::string, Tally> tallies;
  for (const StoredClaim& claim : claims) {
    // The editor is no speaker, and an unlabelled turn names nobody.
    if (claim.claim.by_editor || claim.speaker_name.empty()) continue;
    for (const StanceTarget& target : StanceTargets(claim.claim, lexicon)) {
      if (!about.Matches(target)) continue;
      // A topic the claim only touches (it judges some other entity) says
      // nothing about the speaker's view of the topic.
      if (target.entity_id.empty() && !target.direct) continue;
      Tally& tally = tallies[claim.speaker_name];
      const int side = target.stance == Stance::kPositive ? 0 : 1;
      AddOnce(tally.aspects[side], target.Label());
      AddOnce(tally.claim_ids[side], claim.id);
    }
  }

  Agreement agreement;
  std::vector<SpeakerPosition> positions;
  for (auto& [speaker, tally] : tallies) {
    SpeakerPosition position;
    position.speaker = speaker;
    position.positive = static_cast<int>(tally.claim_ids[0].size());
    position.negative = static_cast<int>(tally.claim_ids[1].size());
    if (position.positive == position.negative) {
      agreement.split.push_back(std::move(position));
      continue;
    }
    const int side = position.positive > position.negative ? 0 : 1;
    position.stance = side == 0 ? Stance::kPositive : Stance::kNegative;
    position.aspects = std::move(tally.aspects[side]);
    position.claim_ids = std::move(tally.claim_ids[side]);
    positions.push_back(std::move(position));
  }

  // Speakers are vertices; an edge joins two speakers of one stance who
  // hold it on a common aspect.
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Graph graph(positions.size());
  std::map<std::pair<int, std::string>, std::size_t> first_holder;  // (stance, aspect) → vertex.
  for (std::size_t v = 0; v < positions.size(); ++v) {
    for (const std::string& aspect : positions[v].aspects) {
      auto [it, added] =
          first_holder.try_emplace({static_cast<int>(positions[v].stance), aspect}, v);
      if (!added) boost::add_edge(it->second, v, graph);
    }
  }
  std::vector<int> component(positions.size());
  const int count = positions.empty() ? 0 : boost::connected_components(graph, component.data());

  agreement.clusters.resize(static_cast<std::size_t>(count));
  std::vector<std::map<std::string, int>> aspect_counts(static_cast<std::size_t>(count));
  for (std::size_t v = 0; v < positions.size(); ++v) {
    const auto c = static_cast<std::size_t>(component[v]);
    agreement.clusters[c].stance = positions[v].stance;
    for (const std::string& aspect : positions[v].aspects) ++aspect_counts[c][aspect];
    agreement.clusters[c].members.push_back(std::move(positions[v]));
  }
  for (std::size_t c = 0; c < agreement.clusters.size(); ++c) {
    AgreementCluster& cluster = agreement.clusters[c];
    for (const auto& [aspect, holders] : aspect_counts[c]) {
      if (holders > 1) cluster.shared_aspects.push_back(aspect);
    }
    std::stable_sort(cluster.members.begin(), cluster.members.end(),
                     [](const SpeakerPosition& a, const SpeakerPosition& b) {
                       return a.claim_ids.size() > b.claim_ids.size();
                     });
  }
  std::stable_sort(agreement.clusters.begin(), agreement.clusters.end(),
                   [](const AgreementCluster& a, const AgreementCluster& b) {
                     if (a.members.size() != b.members.size()) {
                       return a.members.size() > b.members.size();
                     }
                     return a.stance < b.stance;
                   });
  return agreement;
}

Result<Agreement> FindAgreement(const std::vector<const Store*>& stores, const AboutFilter& about,
                                const Lexicon* lexicon) {
  // Only claims that take a stance can hold a position, and with a target
  // only those on it, as for contradictions: at 10,000 episodes reading
  // every claim took half a minute for one topic.
  std::vector<StoredClaim> claims;
  for (const Store* store : stores) {
    std::vector<std::string> topics;
    if (!about.topic_id.empty()) topics.push_back(about.topic_id);
    auto all = about.empty() ? store->ClaimsTakingStance()
                             : store->ClaimsOnTargets(about.entity_ids, topics);
    if (!all) return std::unexpected(all.error());
    claims.insert(claims.end(), std::make_move_iterator(all->begin()),
                  std::make_move_iterator(all->end()));
  }
  return FindAgreement(claims, about, lexicon);
}

}  // namespace claimkb
