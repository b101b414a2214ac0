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

// How a database directory holds its index. "<db_dir>/xapian" is a symbolic
// link to the live index, a sibling directory "xapian.XXXXXX". A rebuild
// writes a new sibling while readers keep using the old one, then replaces
// the link with rename(2), which is atomic: a reader opens either the old or
// the new index, never a half-built one, and a crash at any moment leaves
// one of them live. Databases written before this layout hold a plain
// "xapian" directory, which is opened as it is and moved aside by the first
// rebuild. Readers resolve the link once, so all files they open belong to
// one index; the previous index is kept until the next rebuild for readers
// that opened it just before a swap.
class ClaimIndex {
 public:
  // The path of the index inside a database directory: "<db_dir>/xapian".
  static std::string IndexDirectory(const std::string& db_dir);

  // The live index directory of `db_dir`: where "<db_dir>/xapian" leads.
  // kNotFound when there is none (or the link leads nowhere).
  static Result<std::string> ResolveIndexDirectory(const std::string& db_dir);

  // Opens the live index of `db_dir` for writing, creating it (and db_dir)
  // if needed. kLocked when another process writes to it, kIO when it cannot
  // be created. Callers that change a database hold its WriteLock.
  static Result<std::unique_ptr<ClaimIndex>> Open(const std::string& db_dir,
                                                  const IndexOptions& options = {});

  // Creates an empty index in a new sibling directory of the live one, not
  // visible to readers until Publish(). options.overwrite is ignored (the
  // new index is always empty). A staging index left behind by a crash is
  // deleted by the next Publish().
  static Result<std::unique_ptr<ClaimIndex>> CreateStaging(const std::string& db_dir,
                                                           const IndexOptions& options = {});

  // Rewrites this staging index, after Commit(), into full blocks in a new
  // sibling directory (Xapian::Database::compact) and deletes the original:
  // smaller and faster to search. Nothing more can be written into it; it
  // still needs Publish(). kInvalidArgument for an index not made by
  // CreateStaging().
  Status Compact();

  // Makes this staging index the live index of its database, atomically
  // (see above), after Commit(). Deletes indexes older than the one it
  // replaces. kInvalidArgument for an index not made by CreateStaging().
  Status Publish();

  // Runs Xapian's structural check (Xapian::Database::check) over every
  // table of the live index of `db_dir`. kCorruption with the first problems
  // found, kNotFound when there is no index; both hint at `claimkb reindex`.
  static Status Verify(const std::string& db_dir);

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

  // Writes the changes made so far to disk without recording a generation,
  // so that a long batch does not hold them all in memory. For the live
  // index they become visible, under the generation of the last Commit(),
  // which readers then see is behind the store (index_sync.h).
  Status Flush();

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
  // Records or checks the segmentation and layout of a newly opened index.
  static Result<std::unique_ptr<ClaimIndex>> Configure(std::unique_ptr<Impl> impl,
                                                       const IndexOptions& options);
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimkb

#endif  // CLAIMKB_INDEXER_CLAIM_INDEX_H_
