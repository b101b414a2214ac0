// The CLI's side of the write handle (claimkb/indexer/knowledge_base_writer.h):
// opens it on the session's database, and tells the user when a reader
// caught an index up or answers from one a writer is still updating.
#ifndef CLAIMKB_CLI_INDEX_MAINTENANCE_H_
#define CLAIMKB_CLI_INDEX_MAINTENANCE_H_

#include <memory>
#include <string>
#include <vector>

#include "claimkb/core/digest_parser.h"
#include "session.h"

namespace claimkb {
class KnowledgeBaseWriter;  // claimkb/indexer/knowledge_base_writer.h
}  // namespace claimkb

namespace claimkb::cli {

// The write handle on the session's one write database (Session::
// WriteDatabase), with the session's lexicon and $CLAIMKB_LOCK_TIMEOUT.
Result<std::unique_ptr<KnowledgeBaseWriter>> OpenWriter(Session& session,
                                                        const ParseOptions& parse = {});

// For commands that read the index (search, ask): checks every local
// database among `sources` whose index lags behind its store, catching it up
// when nobody else is writing (KnowledgeBaseWriter::CatchUpIndex; a note on
// stderr says so), and noting on stderr that results are those of the last
// complete index while another process writes. Fails when a lagging index
// cannot be repaired here.
Status EnsureIndexesCurrent(Session& session, const std::vector<std::string>& sources);

}  // namespace claimkb::cli

#endif  // CLAIMKB_CLI_INDEX_MAINTENANCE_H_
