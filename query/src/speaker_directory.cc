#include "claimkb/query/speaker_directory.h"

#include <algorithm>

namespace claimkb {
namespace {

// One person in two databases shares a personal name; a role label
// ("主持人") is shared by everybody's hosts and says nothing.
bool SharesName(const SpeakerIdentity& a, const SpeakerIdentity& b) {
  return std::any_of(b.names.begin(), b.names.end(), [&](const std::string& name) {
    return !IsSpeakerRoleLabel(name) &&
           std::find(a.names.begin(), a.names.end(), name) != a.names.end();
  });
}

void Absorb(SpeakerIdentity* into, SpeakerIdentity&& from) {
  for (std::string& name : from.names) {
    if (std::find(into->names.begin(), into->names.end(), name) == into->names.end())
      into->names.push_back(std::move(name));
  }
  // Members keep their speaker ids, which differ between databases; a
  // claim is matched by its speaker's name (SpeakerIdentity::Matches).
  for (IdentityMember& member : from.members) into->members.push_back(std::move(member));
  for (IdentityEvidence& evidence : from.evidence) into->evidence.push_back(std::move(evidence));
  for (IdentityEvidence& held : from.held_apart) into->held_apart.push_back(std::move(held));
  into->episode_count += from.episode_count;
  into->turn_count += from.turn_count;
  into->claim_count += from.claim_count;
}

}  // namespace

Result<std::vector<SpeakerIdentity>> ListSpeakerIdentities(
    const std::vector<const Store*>& stores) {
  std::vector<SpeakerIdentity> all;
  for (const Store* store : stores) {
    auto identities = store->SpeakerIdentities();
    if (!identities) return std::unexpected(identities.error());
    for (SpeakerIdentity& identity : *identities) {
      auto same = std::find_if(all.begin(), all.end(), [&](const SpeakerIdentity& known) {
        return SharesName(known, identity);
      });
      if (same == all.end()) {
        all.push_back(std::move(identity));
      } else {
        Absorb(&*same, std::move(identity));
      }
    }
  }
  std::stable_sort(all.begin(), all.end(), [](const SpeakerIdentity& a, const SpeakerIdentity& b) {
    return a.claim_count > b.claim_count;
  });
  return all;
}

Result<SpeakerIdentity> FindSpeakerIdentity(const std::vector<const Store*>& stores,
                                            std::string_view name) {
  std::optional<SpeakerIdentity> found;
  for (const Store* store : stores) {
    auto identity = store->SpeakerIdentityOf(name);
    if (!identity) {
      if (identity.error().code == ErrorCode::kNotFound) continue;
      return std::unexpected(identity.error());
    }
    if (!found) {
      found = std::move(*identity);
    } else {
      Absorb(&*found, std::move(*identity));
    }
  }
  if (!found) {
    return MakeError(ErrorCode::kNotFound, "no speaker called \"" + std::string(name) + "\"",
                     "`claimkb speakers` lists them");
  }
  return *found;
}

}  // namespace claimkb
