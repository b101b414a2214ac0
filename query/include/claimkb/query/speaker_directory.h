// Speakers as people over several databases: each store groups its own
// speakers (Store::SpeakerIdentities); identities that share a name or an
// alias across databases are one person here.
#ifndef CLAIMKB_QUERY_SPEAKER_DIRECTORY_H_
#define CLAIMKB_QUERY_SPEAKER_DIRECTORY_H_

#include <string_view>
#include <vector>

#include "claimkb/core/result.h"
#include "claimkb/core/speaker_identity.h"
#include "claimkb/core/store.h"

namespace claimkb {

// Every identity of `stores` (none may be null), most claims first; counts
// are summed over the databases, evidence kept from each.
Result<std::vector<SpeakerIdentity>> ListSpeakerIdentities(const std::vector<const Store*>& stores);

// The identity `name` belongs to in any of `stores`, merged over them;
// kNotFound when no database knows the name.
Result<SpeakerIdentity> FindSpeakerIdentity(const std::vector<const Store*>& stores,
                                            std::string_view name);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_SPEAKER_DIRECTORY_H_
