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

// What a reader of the record already holds of the claim from elsewhere in
// the same document (the index's hit card): the claim text as stored there,
// the canonical speaker name and the stance name; and the section title the
// index keeps once per section (the writer only: a reader learns which
// section from the record itself, see DecodeClaimRecord).
struct ClaimRecordShared {
  std::string_view text;
  std::string_view speaker_name;
  std::string_view stance;
  std::string_view section_title;
};

// The claim's own fields and its episode's row id, as one line of JSON.
// Leaves out the episode fields, the source path and the id (which the
// episode's slug and the ordinal make). A field equal byte for byte to its
// value in `shared` is written as null, so the record does not repeat what
// the document holds elsewhere (the text was a third of the index's
// document data); DecodeClaimRecord takes it back from the same `shared`.
std::string EncodeClaimRecord(const StoredClaim& claim, const ClaimRecordShared& shared = {});

// The fields `claim` shares with every claim of its episode: slug, title,
// link, date and source file, as one line of JSON.
std::string EncodeEpisodeRecord(const StoredClaim& claim);

// The inverse of EncodeClaimRecord: every field but those of the episode
// record, which are left empty (episode_id is set); a null field takes its
// value from `shared`, which must be what the encoder was given, except the
// section title: a null one is left empty and `*section_title_left_out` set,
// for the caller to read it by the record's episode and section index.
// kCorruption when `text` is not such an encoding (the index then needs
// `claimkb reindex`).
Result<StoredClaim> DecodeClaimRecord(std::string_view text, const ClaimRecordShared& shared = {},
                                      bool* section_title_left_out = nullptr);

// Fills `claim`'s episode fields, and its id, from EncodeEpisodeRecord's
// `text`. kCorruption when `text` is not such an encoding.
Status ApplyEpisodeRecord(std::string_view text, StoredClaim* claim);

}  // namespace claimkb

#endif  // CLAIMKB_CORE_CLAIM_CODEC_H_
