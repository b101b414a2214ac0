// Keeping the Xapian index in step with SQLite, the source of truth.
#ifndef CLAIMKB_CLI_INDEX_MAINTENANCE_H_
#define CLAIMKB_CLI_INDEX_MAINTENANCE_H_

#include <cstdint>
#include <vector>

#include "session.h"

namespace claimkb::cli {

// Re-indexes the claims of `episodes` in the primary database's index and
// records the store's generation in it. `generation_before` is the store's
// generation before the batch that changed `episodes`: an index that does not
// reflect exactly that generation has drifted and is rebuilt from the store.
// Returns the number of claims written.
Result<int> UpdateIndex(Session& session, std::int64_t generation_before,
                        const std::vector<std::int64_t>& episodes);

// Rebuilds the whole index from the store. Returns the number of claims written.
Result<int> RebuildIndex(Session& session);

}  // namespace claimkb::cli

#endif  // CLAIMKB_CLI_INDEX_MAINTENANCE_H_
