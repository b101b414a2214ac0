// The part of a stored claim the link step reads (stance edges and the
// stored walks, query/stance_edges.h): its id, speaker, episode, text,
// stance, modality and what it names. A chunk of the largest topic holds a
// hundred thousand claims; as whole StoredClaims (536 bytes before their
// strings, each with its episode's slug, link and date copied) they were
// most of the link step's peak memory (docs/decisions.md, "Issue 12: the
// link step's memory under 200 MB").
#ifndef CLAIMKB_CORE_LINK_CLAIM_H_
#define CLAIMKB_CORE_LINK_CLAIM_H_

#include <memory>
#include <string>
#include <vector>

#include "claimkb/core/claim.h"

namespace claimkb {

struct StoredClaim;

// What the link step reads of an episode, shared by its claims.
struct LinkEpisode {
  std::string slug;
  std::string url;
  std::string date;  // YYYY-MM-DD or empty.
};

// The fields of Claim the link step reads, under the same names, so that
// code written against a Claim reads either.
struct LinkClaimText {
  std::string text;
  std::vector<EntityMention> entities;
  std::vector<std::string> topics;
  Stance stance = Stance::kNeutral;
  Modality modality = Modality::kOpinion;
  bool by_editor = false;
};

struct LinkClaim {
  std::string id;  // As StoredClaim::id.
  LinkClaimText claim;
  std::string speaker_name;  // As StoredClaim::speaker_name.
  std::shared_ptr<const LinkEpisode> episode;
};

// The episode's fields of either kind of claim, for code that reads both.
inline const std::string& EpisodeSlug(const LinkClaim& claim) { return claim.episode->slug; }
inline const std::string& EpisodeUrl(const LinkClaim& claim) { return claim.episode->url; }
inline const std::string& EpisodeDate(const LinkClaim& claim) { return claim.episode->date; }

// The linked part of a whole claim (its own copy of the episode's fields).
LinkClaim ToLinkClaim(const StoredClaim& claim);
// The same, moved out of `claim`, under an episode record already made for
// its episode (the store shares one among an episode's claims).
LinkClaim ToLinkClaim(StoredClaim&& claim, std::shared_ptr<const LinkEpisode> episode);

}  // namespace claimkb

#endif  // CLAIMKB_CORE_LINK_CLAIM_H_
