// The Xapian index of claims: derived from the SQLite store and rebuildable
// from it at any time. One document per claim; its layout (term prefixes,
// value slots, metadata keys) is the table in claimkb/indexer/index_fields.h,
// written out in schema/index_layout.md.
#ifndef CLAIMKB_INDEXER_CLAIM_INDEX_H_
#define CLAIMKB_INDEXER_CLAIM_INDEX_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/lexicon.h"
#include "claimkb/core/result.h"
#include "claimkb/core/store.h"

namespace claimkb {

// How Chinese (and other CJK) text becomes terms. An index records the mode it
// was built with (metadata "claimkb:cjk") and queries follow that record, so a
// query is always tokenised like the documents it searches.
// schema/index_layout.md has the measurements behind the default.
enum class CjkSegmentation {
  kNgram,     // Xapian's FLAG_CJK_NGRAM unigrams and bigrams (default: best recall).
  kIcuWords,  // ICU dictionary word breaks, applied by us before Xapian.
};
const char* CjkSegmentationName(CjkSegmentation mode);  // "icu", "ngram".

struct IndexOptions {
  // Segmentation of a new index. An existing index keeps the mode it was
  // created with; asking for another one is kInvalidArgument (reindex first).
  CjkSegmentation cjk = CjkSegmentation::kNgram;  // Default: Xapian n-grams.
  // Start from an empty index, dropping any existing documents (reindex).
  bool overwrite = false;  // Default: false.
};

class ClaimIndex {
 public:
  // The directory of the index inside a database directory: "<db_dir>/xapian".
  static std::string IndexDirectory(const std::string& db_dir);

  // Opens `<db_dir>/xapian` for writing, creating it (and db_dir) if needed.
  // kLocked when another process writes to it, kIO when it cannot be created.
  static Result<std::unique_ptr<ClaimIndex>> Open(const std::string& db_dir,
                                                  const IndexOptions& options = {});

  // Opens one or more sources for reading, combined by Xapian into one
  // database: each source is a database directory (its xapian/ subdirectory
  // is used; a bare Xapian directory works too) or "tcp://host:port" for a
  // running xapian-tcpsrv. kNotFound for a missing directory, kIO naming the
  // source for a remote that does not answer, kInvalidArgument for an empty
  // list or a malformed tcp:// address.
  static Result<std::unique_ptr<ClaimIndex>> OpenReadOnly(const std::vector<std::string>& sources);

  ~ClaimIndex();
  ClaimIndex(const ClaimIndex&) = delete;
  ClaimIndex& operator=(const ClaimIndex&) = delete;

  // Indexes `claim` as the one document for its id, replacing any previous
  // version: calling it twice with the same claim leaves one document.
  // `lexicon` provides the ancestors of every model and entity (a Gemini 3 Pro
  // claim is found under model:gemini-3 and model:gemini). Not visible to
  // readers until Commit(). kInvalidArgument on a read-only index or an empty id.
  Status Replace(const StoredClaim& claim, const Lexicon& lexicon);

  // Removes every claim of an episode, given its slug or its numeric row id.
  // Returns how many documents were removed (0 when none matched).
  Result<int> DeleteEpisode(std::string_view slug_or_id);

  // Makes all changes durable and visible, recording `generation` (the
  // SQLite Store::Generation() the index now reflects) in the metadata.
  Status Commit(std::int64_t generation);

  // The generation recorded by the last Commit(); 0 for an index never
  // committed. For several sources, the first source's record.
  Result<std::int64_t> Generation() const;

  // Documents (claims) in the index, over all sources.
  Result<std::uint64_t> DocCount() const;

  // The segmentation this index was built with.
  CjkSegmentation cjk() const;

 private:
  struct Impl;
  explicit ClaimIndex(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimkb

#endif  // CLAIMKB_INDEXER_CLAIM_INDEX_H_
