// The CLI side of keeping the Xapian index in step with SQLite: the work is
// claimkb/indexer/index_sync.h; this file finds the session's store, lexicon
// and write lock for it and tells the user what happened.
#ifndef CLAIMKB_CLI_INDEX_MAINTENANCE_H_
#define CLAIMKB_CLI_INDEX_MAINTENANCE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "session.h"

namespace claimkb::cli {

// Re-indexes the claims of `episodes` in the primary database's index, under
// the session's write lock (see claimkb::UpdateIndex). Returns claims written.
Result<int> UpdateIndex(Session& session, std::int64_t generation_before,
                        const std::vector<std::int64_t>& episodes);

// Rebuilds the whole index beside the old one and swaps it in, under the
// session's write lock. Returns the number of claims written.
Result<int> RebuildIndex(Session& session);

// For commands that read the index (search, ask): checks every local
// database among `sources` whose index lags behind its store, catching it up
// when nobody else is writing (a note on stderr says so), and noting on
// stderr that results are those of the last complete index while another
// process writes. Fails when a lagging index cannot be repaired here.
Status EnsureIndexesCurrent(Session& session, const std::vector<std::string>& sources);

}  // namespace claimkb::cli

#endif  // CLAIMKB_CLI_INDEX_MAINTENANCE_H_
