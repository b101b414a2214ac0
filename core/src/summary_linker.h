// Private helper of the claim extractor: links the editor's summary claims to
// the full-text claims they restate. Two claims match when they share an
// entity and enough character bigrams (Chinese characters and whole Latin
// words are the units), or share very many bigrams without a common entity.
#ifndef CLAIMKB_CORE_SUMMARY_LINKER_H_
#define CLAIMKB_CORE_SUMMARY_LINKER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claimkb/core/claim.h"

namespace claimkb::internal {

// The sorted, distinct bigrams of a text's content units.
std::vector<std::uint64_t> BigramProfile(std::string_view text);

// |a ∩ b| for two sorted profiles.
int SharedBigrams(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

struct SummaryLinkOptions {
  double min_overlap = 0.25;                // With a shared entity: shared / smaller profile.
  double min_overlap_without_entity = 0.5;  // Without one.
  int min_shared = 4;                       // Fewer shared bigrams never match.
  int max_links = 3;                        // Best matches kept per summary claim.
};

// Fills Claim::summarises of every editor claim with the ordinals of the
// best-matching claims by speakers. Claims must have their ordinals set.
void LinkSummaries(std::vector<Claim>* claims, const SummaryLinkOptions& options);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_SUMMARY_LINKER_H_
