// A compact, lossless encoding of a StoredClaim in two parts, for the search
// index: each document keeps its claim's own fields, and the fields every
// claim of an episode shares (slug, title, link, date, source file) are kept
// once per episode. Together they let hits from a remote shard (which has no
// SQLite store on this machine) be shown and cited in full. Both parts are
// JSON arrays: positions instead of key names keep them small.
#ifndef CLAIMKB_CORE_CLAIM_CODEC_H_
#define CLAIMKB_CORE_CLAIM_CODEC_H_

#include <string>
#include <string_view>

#include "claimkb/core/result.h"
#include "claimkb/core/store.h"

namespace claimkb {

// The claim's own fields and its episode's row id, as one line of JSON.
// Leaves out the episode fields, the source path and the id (which the
// episode's slug and the ordinal make).
std::string EncodeClaimRecord(const StoredClaim& claim);

// The fields `claim` shares with every claim of its episode: slug, title,
// link, date and source file, as one line of JSON.
std::string EncodeEpisodeRecord(const StoredClaim& claim);

// The inverse of EncodeClaimRecord: every field but those of the episode
// record, which are left empty (episode_id is set). kCorruption when `text`
// is not such an encoding (the index then needs `claimkb reindex`).
Result<StoredClaim> DecodeClaimRecord(std::string_view text);

// Fills `claim`'s episode fields, and its id, from EncodeEpisodeRecord's
// `text`. kCorruption when `text` is not such an encoding.
Status ApplyEpisodeRecord(std::string_view text, StoredClaim* claim);

}  // namespace claimkb

#endif  // CLAIMKB_CORE_CLAIM_CODEC_H_
