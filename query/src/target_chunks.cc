#include "target_chunks.h"

#include <algorithm>
#include <map>
#include <utility>

namespace claimkb::internal {

std::vector<TargetChunk> PackTargets(std::vector<Store::TargetClaims> counts, std::int64_t budget) {
  // One count per id: several stores may each hold claims on it.
  std::map<std::pair<bool, std::string>, std::int64_t> summed;
  for (const Store::TargetClaims& count : counts)
    summed[{count.is_topic, count.id}] += count.claims;
  std::vector<Store::TargetClaims> sorted;
  sorted.reserve(summed.size());
  for (const auto& [key, claims] : summed) sorted.push_back({key.first, key.second, claims});
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.claims > b.claims; });
  std::vector<TargetChunk> chunks;
  std::vector<std::int64_t> load;
  for (const Store::TargetClaims& count : sorted) {
    std::size_t c = 0;
    while (c < chunks.size() && load[c] + count.claims > budget) ++c;
    if (c == chunks.size()) {
      chunks.emplace_back();
      load.push_back(0);
    }
    (count.is_topic ? chunks[c].topics : chunks[c].entities).insert(count.id);
    load[c] += count.claims;
    chunks[c].claims += count.claims;
  }
  return chunks;
}

}  // namespace claimkb::internal
