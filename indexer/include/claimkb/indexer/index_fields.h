// The one table of searchable fields. Indexing (ClaimIndex), query parsing
// (claimkb::QueryParser) and help text (`claimkb search --help`) all read
// this table, so a field cannot be indexed under one prefix and searched
// under another. schema/index_layout.md documents the same layout in prose.
#ifndef CLAIMKB_INDEXER_INDEX_FIELDS_H_
#define CLAIMKB_INDEXER_INDEX_FIELDS_H_

#include <span>
#include <string_view>

namespace claimkb {

// How a query value of a field is understood and turned into terms.
enum class FieldType {
  kText,      // Free text under a prefix, weighted (section:, title:).
  kEntity,    // Lexicon entity resolved through the EntityLinker (model:, benchmark:).
  kSpeaker,   // Canonical speaker name, ASCII-lower-cased.
  kKeyword,   // Lower-cased id as typed (topic:).
  kStance,    // One of claimkb::StanceName's values.
  kModality,  // One of claimkb::ModalityName's values.
  kEpisode,   // Episode slug, or a substring of one.
  kYesNo,     // yes/no (also true/false, 1/0).
  kDate,      // YYYY, YYYY-MM or YYYY-MM-DD, or a range A..B with open ends.
  kClaimId,   // Exact claim id "<slug>#<ordinal>".
};

struct IndexField {
  std::string_view name;    // Query prefix without the colon: "model".
  std::string_view prefix;  // Xapian term prefix: "XM"; empty for value-only fields.
  FieldType type;
  int slot;                 // Value slot for ranges/sorting; -1 when none.
  std::string_view values;  // Accepted values, for help: "model id or alias".
  std::string_view help;    // One sentence for `--help`.
};

// Every field, in help order. The table lives for the whole program.
std::span<const IndexField> IndexFields();

// The field called `name` (exact, lower case), or nullptr.
const IndexField* FindIndexField(std::string_view name);

// Value slots that are not query fields. Kept here so the writer and the
// searcher agree; documented in schema/index_layout.md.
inline constexpr int kSlotDate = 0;            // "YYYYMMDD" of the episode; empty when unknown.
inline constexpr int kSlotAtSeconds = 1;       // sortable_serialise(at_s); absent when untimed.
inline constexpr int kSlotOrdinal = 2;         // sortable_serialise(ordinal).
// Slots 3 and 4 (speaker, stance) until layout 6: now read from slot 8.
inline constexpr int kSlotHitCard = 5;         // What a hit shows, in one value (hit_card.h).
inline constexpr int kSlotEpisode = 6;         // Episode slug (sorting).
inline constexpr int kSlotStanceSpeaker = 8;   // "<stance>\x1f<speaker>": ask's tallies, one pass.
inline constexpr int kSlotModelFirst = 10;     // Models (facet), one per slot, 10..13.
inline constexpr int kSlotTopicFirst = 20;     // Topics (facet), one per slot, 20..23.
inline constexpr int kFacetSlotsPerField = 4;  // Values beyond the 4th are not faceted.

// Term prefixes that are not query fields.
inline constexpr std::string_view kPrefixUnique = "Q";      // "Q<claim id>".
inline constexpr std::string_view kPrefixEpisodeId = "XI";  // "XI<episode row id>".

// Metadata keys.
inline constexpr std::string_view kMetaGeneration = "claimkb:generation";
inline constexpr std::string_view kMetaLayout = "claimkb:layout";
inline constexpr std::string_view kMetaCjk = "claimkb:cjk";
// "claimkb:episode:<episode row id>": the fields all claims of an episode
// share (core/claim_codec.h, EncodeEpisodeRecord), once per episode.
inline constexpr std::string_view kMetaEpisodePrefix = "claimkb:episode:";
// "claimkb:section:<episode row id>:<section index>": a section's title, once
// per section; claim records whose title is the same leave theirs out.
inline constexpr std::string_view kMetaSectionPrefix = "claimkb:section:";
// 2: titles only under prefixes. 3: document data holds the encoded claim.
// 4: value slot 7 holds the claim id. 5: slot 8 holds stance and speaker.
// 6: document data holds the claim's own fields; its episode's are metadata.
// 7: slot 5 holds the hit card (id, speaker, stance, date, text); slots 3, 4
// and 7 are no longer written (facets read slot 8). 8: document data leaves
// out (null) the text, speaker name and stance the hit card holds the same,
// and a section title its section's metadata holds.
inline constexpr std::string_view kLayoutVersion = "8";

}  // namespace claimkb

#endif  // CLAIMKB_INDEXER_INDEX_FIELDS_H_
