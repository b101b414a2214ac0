// A compact, lossless JSON encoding of a StoredClaim. The search index keeps
// one in each document, so that hits from a remote shard (which has no
// SQLite store on this machine) can still be shown and cited in full.
#ifndef CLAIMKB_CORE_CLAIM_CODEC_H_
#define CLAIMKB_CORE_CLAIM_CODEC_H_

#include <string>
#include <string_view>

#include "claimkb/core/result.h"
#include "claimkb/core/store.h"

namespace claimkb {

// Every field of `claim`, as one line of JSON.
std::string EncodeStoredClaim(const StoredClaim& claim);

// The inverse of EncodeStoredClaim. kCorruption when `text` is not such an
// encoding (the index then needs `claimkb reindex`).
Result<StoredClaim> DecodeStoredClaim(std::string_view text);

}  // namespace claimkb

#endif  // CLAIMKB_CORE_CLAIM_CODEC_H_
