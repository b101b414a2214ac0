#include "restatement_linker.h"

#include <cstdint>
#include <unordered_map>

#include "summary_linker.h"

namespace claimkb::internal {

std::vector<Restatement> FindRestatements(const std::vector<std::string>& mine,
                                          const std::vector<std::string>& theirs,
                                          const RestatementOptions& options) {
  // An inverted index over `theirs`: a transcript of thousands of lines
  // against a digest of hundreds then costs the bigrams actually shared,
  // not every pair.
  std::vector<std::size_t> their_size(theirs.size());
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> postings;
  for (std::size_t t = 0; t < theirs.size(); ++t) {
    const std::vector<std::uint64_t> profile = BigramProfile(theirs[t]);
    their_size[t] = profile.size();
    for (std::uint64_t bigram : profile) postings[bigram].push_back(t);
  }
  std::vector<Restatement> found;
  std::unordered_map<std::size_t, int> shared;
  for (std::size_t m = 0; m < mine.size(); ++m) {
    const std::vector<std::uint64_t> profile = BigramProfile(mine[m]);
    if (static_cast<int>(profile.size()) < options.min_shared) continue;
    shared.clear();
    for (std::uint64_t bigram : profile) {
      auto it = postings.find(bigram);
      if (it == postings.end()) continue;
      for (std::size_t t : it->second) ++shared[t];
    }
    bool any = false;
    Restatement best;
    for (const auto& [t, count] : shared) {
      if (count < options.min_shared) continue;
      const double dice =
          2.0 * count / static_cast<double>(profile.size() + their_size[t]);
      if (dice < options.min_dice) continue;
      if (!any || dice > best.dice || (dice == best.dice && t < best.theirs)) {
        best = Restatement{m, t, dice};
        any = true;
      }
    }
    if (any) found.push_back(best);
  }
  return found;
}

}  // namespace claimkb::internal
