#include "claimkb/query/limit_positions.h"

#include <algorithm>
#include <map>
#include <utility>

namespace claimkb {
namespace {

bool AboutFacet(const QuestionFacet& facet, const Claim& claim, const Lexicon& lexicon) {
  std::vector<std::string> ids = facet.models;
  ids.insert(ids.end(), facet.benchmarks.begin(), facet.benchmarks.end());
  ids.insert(ids.end(), facet.entities.begin(), facet.entities.end());
  if (ids.empty() && facet.topics.empty()) return true;
  for (const std::string& topic : claim.topics) {
    if (std::find(facet.topics.begin(), facet.topics.end(), topic) != facet.topics.end())
      return true;
  }
  for (const EntityMention& mention : claim.entities) {
    // The mention's id and its ancestors: gemini-3-pro is about gemini-3.
    for (const std::string& above : lexicon.Ancestors(mention.entity_id)) {
      if (std::find(ids.begin(), ids.end(), above) != ids.end()) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<LimitPosition> LimitPositions(const QuestionFacet& facet,
                                          const std::vector<StoredClaim>& claims,
                                          const Lexicon& lexicon) {
  std::vector<LimitPosition> out;
  std::map<std::pair<std::string, LimitVerdict>, std::size_t> index_of;
  for (const StoredClaim& claim : claims) {
    const LimitVerdict verdict = VerdictOnALimit(claim.claim.text);
    if (verdict == LimitVerdict::kNone || !AboutFacet(facet, claim.claim, lexicon)) continue;
    auto [it, added] = index_of.try_emplace({claim.speaker_name, verdict}, out.size());
    if (added) out.push_back({claim.speaker_name, verdict, {}});
    out[it->second].claim_ids.push_back(claim.id);
  }
  return out;
}

std::string_view LimitVerdictName(LimitVerdict verdict) {
  switch (verdict) {
    case LimitVerdict::kReached:
      return "reached";
    case LimitVerdict::kNotReached:
      return "not_reached";
    case LimitVerdict::kDiminishing:
      return "diminishing";
    case LimitVerdict::kNone:
      break;
  }
  return "none";
}

}  // namespace claimkb
