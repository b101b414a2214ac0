// Agreement: clusters of speakers who share a stance on one entity or topic.
#ifndef CLAIMKB_QUERY_AGREEMENT_H_
#define CLAIMKB_QUERY_AGREEMENT_H_

#include <string>
#include <vector>

#include "claimkb/core/lexicon.h"
#include "claimkb/core/result.h"
#include "claimkb/core/store.h"
#include "claimkb/query/stance_target.h"

namespace claimkb {

// One speaker's position on the asked-about target.
struct SpeakerPosition {
  std::string speaker;                // Canonical name.
  Stance stance = Stance::kNeutral;   // kPositive or kNegative: the more frequent of the two.
  int positive = 0;                   // Claims for.
  int negative = 0;                   // Claims against.
  std::vector<std::string> aspects;   // Target labels held with `stance` ("gemini-3 × coding").
  std::vector<std::string> claim_ids; // The claims that take `stance`.
};

// Speakers who share a stance, linked through the aspects they agree on.
struct AgreementCluster {
  Stance stance = Stance::kNeutral;
  std::vector<SpeakerPosition> members;  // Most claims first.
  std::vector<std::string> shared_aspects;  // Aspects held by two or more members.
};

struct Agreement {
  std::vector<AgreementCluster> clusters;  // Largest first; single speakers too.
  std::vector<SpeakerPosition> split;      // Speakers as often for as against: in no cluster.
};

// Positions of every speaker (the editor is not one) on the targets that
// match `about`, then clusters: two speakers are linked when they take the
// same stance on a shared aspect, and a cluster is a connected component of
// that graph (Boost.Graph), so agreement on Gemini 3's coding and on its
// vision, held by overlapping people, forms one group.
Agreement FindAgreement(const std::vector<StoredClaim>& claims, const AboutFilter& about,
                        const Lexicon* lexicon);

// FindAgreement over every claim of `stores`.
Result<Agreement> FindAgreement(const std::vector<const Store*>& stores, const AboutFilter& about,
                                const Lexicon* lexicon);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_AGREEMENT_H_
