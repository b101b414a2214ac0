// claimkb ingest --explain FILE...: what the reader recognised in each file,
// without storing anything.
#ifndef CLAIMKB_CLI_READ_EXPLANATION_H_
#define CLAIMKB_CLI_READ_EXPLANATION_H_

#include "command.h"
#include "session.h"

namespace claimkb::cli {

// Reads and extracts each file of args.paths (files only, not folders) and
// prints the report in args.format (text or JSON). Exit status 1 when a file
// could not be read at all.
Result<CommandOutcome> ExplainFiles(Session& session, const IngestArgs& args);

}  // namespace claimkb::cli

#endif  // CLAIMKB_CLI_READ_EXPLANATION_H_
