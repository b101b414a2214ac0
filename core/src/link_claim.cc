#include "claimkb/core/link_claim.h"

#include "claimkb/core/store.h"

namespace claimkb {

LinkClaim ToLinkClaim(const StoredClaim& claim) {
  StoredClaim copy = claim;
  auto episode = std::make_shared<const LinkEpisode>(
      LinkEpisode{copy.episode_slug, copy.episode_url, copy.episode_date});
  return ToLinkClaim(std::move(copy), std::move(episode));
}

LinkClaim ToLinkClaim(StoredClaim&& claim, std::shared_ptr<const LinkEpisode> episode) {
  return LinkClaim{std::move(claim.id),
                   {std::move(claim.claim.text), std::move(claim.claim.entities),
                    std::move(claim.claim.topics), claim.claim.stance, claim.claim.modality,
                    claim.claim.by_editor},
                   std::move(claim.speaker_name),
                   std::move(episode)};
}

}  // namespace claimkb
