// Reads a whole file into memory.
//
// One read into a buffer sized from the file's length: a re-ingest reads
// every file of a folder to compare its hash, and reading through an
// istreambuf_iterator, a character at a time, was a quarter of its time.
#ifndef CLAIMKB_CORE_FILE_BYTES_H_
#define CLAIMKB_CORE_FILE_BYTES_H_

#include <string>

#include "claimkb/core/result.h"

namespace claimkb {

// The bytes of the file at `path`, all of them even where its length is not
// known in advance (files under /proc say 0). kIO with the system's reason
// ("No such file or directory") in the message when it cannot be opened or
// read; the error names `path`.
Result<std::string> ReadFileBytes(const std::string& path);

}  // namespace claimkb

#endif  // CLAIMKB_CORE_FILE_BYTES_H_
