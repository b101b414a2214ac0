#include "claimkb/core/link_claim.h"

#include "claimkb/core/store.h"

namespace claimkb {

LinkClaim ToLinkClaim(const StoredClaim& claim) {
  return LinkClaim{claim.id,
                   {claim.claim.text, claim.claim.entities, claim.claim.topics, claim.claim.stance,
                    claim.claim.modality, claim.claim.by_editor},
                   claim.speaker_name,
                   std::make_shared<const LinkEpisode>(
                       LinkEpisode{claim.episode_slug, claim.episode_url, claim.episode_date})};
}

}  // namespace claimkb
