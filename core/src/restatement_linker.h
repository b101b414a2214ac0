// Private helper of the store: finds claims that restate each other in two
// sources of one episode (a digest and the transcript it was made from, two
// pipelines' summaries of one talk). Such claims are near-duplicates: most of
// their character bigrams are shared both ways, not merely contained.
#ifndef CLAIMKB_CORE_RESTATEMENT_LINKER_H_
#define CLAIMKB_CORE_RESTATEMENT_LINKER_H_

#include <cstddef>
#include <string>
#include <vector>

namespace claimkb::internal {

struct RestatementOptions {
  // Dice coefficient of the two bigram profiles, 2|a∩b| / (|a| + |b|). A
  // symmetric measure: a short claim inside a long paragraph-claim shares all
  // of its bigrams with it, yet does not restate it.
  double min_dice = 0.6;
  int min_shared = 5;  // Fewer shared bigrams never match (short claims).
};

struct Restatement {
  std::size_t mine = 0;    // Index into `mine`.
  std::size_t theirs = 0;  // Index into `theirs`.
  double dice = 0;
};

// For each text of `mine`, its best near-duplicate among `theirs` (at most
// one), in `mine` order. Ties go to the earlier of `theirs`.
std::vector<Restatement> FindRestatements(const std::vector<std::string>& mine,
                                          const std::vector<std::string>& theirs,
                                          const RestatementOptions& options);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_RESTATEMENT_LINKER_H_
