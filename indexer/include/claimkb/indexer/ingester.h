// Ingest orchestration: paths → Markdown files → parse → extract → store.
// Each file is stored in its own transaction, so one bad file never costs
// the rest of the batch and a crash leaves every file whole or absent.
#ifndef CLAIMKB_INDEXER_INGESTER_H_
#define CLAIMKB_INDEXER_INGESTER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/store.h"

namespace claimkb {

enum class FileStatus {
  kAdded,      // A new episode was stored.
  kUnchanged,  // Same content as stored; nothing written.
  kReplaced,   // The stored episode was replaced by this file's content.
  kKeptOther,  // Another digest of the same episode was kept instead.
  kSkipped,    // Not a digest (a note); nothing written.
  kRejected,   // Unreadable or malformed; nothing written.
  kIgnored,    // Found in a directory but not read: not Markdown, hidden, or a
               // directory already walked (a symbolic link loop).
};
const char* FileStatusName(FileStatus status);

struct FileOutcome {
  std::string path;
  FileStatus status = FileStatus::kAdded;
  std::string message;          // Reason for skips and rejections; note for kKeptOther/kReplaced.
  std::int64_t episode_id = 0;  // 0 when nothing was stored.
  int claim_count = 0;
};

struct IngestReport {
  std::vector<FileOutcome> files;
  // Episodes whose stored content changed, for the index to catch up with.
  std::vector<std::int64_t> changed_episodes;

  int Count(FileStatus status) const;
  bool AnyRejected() const { return Count(FileStatus::kRejected) > 0; }
};

// Expands files and directories (recursively, *.md, sorted) into the
// list of files to ingest. Unreadable directories and missing paths become
// kRejected outcomes in `problems` instead of stopping the walk.
// Directories also give their transcripts (*.vtt, *.srt, and *.json files
// whose content is a Podcasting 2.0 transcript); other *.json files become
// kSkipped outcomes saying they were ignored.
std::vector<std::string> CollectMarkdownFiles(const std::vector<std::string>& paths,
                                              std::vector<FileOutcome>* problems);

class Ingester {
 public:
  // Called after each file with (files done, files total, outcome).
  using Progress = std::function<void(std::size_t, std::size_t, const FileOutcome&)>;
  // Receives the claims of each file stored as kAdded or kReplaced, as
  // stored (PutResult::claims), right after the file's transaction commits.
  using ClaimSink = std::function<void(const FileOutcome&, std::vector<StoredClaim>)>;

  // Does not take ownership; all three must outlive the Ingester.
  Ingester(Store* store, const ClaimExtractor* extractor, const Lexicon* lexicon);

  // How files are read, e.g. ParseOptions::as_note to keep notes. Default: {}.
  void set_parse_options(ParseOptions options) { parse_options_ = std::move(options); }
  // Where stored claims go (the index writer). Default: nowhere.
  void set_claim_sink(ClaimSink sink) { sink_ = std::move(sink); }

  IngestReport Ingest(const std::vector<std::string>& paths, const Progress& progress = {});

  // Parses and extracts one file and stores it. A file whose bytes hash as
  // stored for its path is kUnchanged at the cost of reading it: it is
  // neither parsed nor extracted.
  FileOutcome IngestFile(const std::string& path);

 private:
  Store* store_;
  const ClaimExtractor* extractor_;
  const Lexicon* lexicon_;
  ParseOptions parse_options_;
  ClaimSink sink_;
};

}  // namespace claimkb

#endif  // CLAIMKB_INDEXER_INGESTER_H_
