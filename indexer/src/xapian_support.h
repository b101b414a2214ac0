// Private Xapian helpers shared by the index writer (indexer) and the
// searcher (query) so both tokenise text identically. Never included by a
// public header: Xapian types stay out of claimkb's API.
#ifndef CLAIMKB_INDEXER_XAPIAN_SUPPORT_H_
#define CLAIMKB_INDEXER_XAPIAN_SUPPORT_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/result.h"
#include "claimkb/indexer/claim_index.h"
#include "claimkb/indexer/index_fields.h"

namespace claimkb::xapian_support {

// THE adapter from Xapian exceptions to claimkb errors. Call it only inside a
// catch (...) block: it rethrows the current exception to classify it.
// `context` says what was being done ("opening /db/xapian").
Error CurrentExceptionToError(std::string_view context);

// Runs `fn`, turning any exception into an Error via the adapter above.
template <typename Fn>
auto Guard(std::string_view context, Fn&& fn) -> decltype(fn()) {
  try {
    return fn();
  } catch (...) {
    return std::unexpected<Error>(CurrentExceptionToError(context));
  }
}

// The separator we insert between ICU words inside a CJK run. U+3000
// (ideographic space) splits words for Xapian and is removed from snippets.
inline constexpr std::string_view kWordSeparator = "\u3000";

// Inserts kWordSeparator at every ICU dictionary word break inside runs of
// CJK characters (zh locale); other text is returned unchanged.
std::string SegmentCjkWords(std::string_view text, std::string_view separator = kWordSeparator);

// Query text for Xapian's QueryParser. For kIcuWords, the words of one CJK
// run are joined by "-", which the QueryParser reads as a phrase: "世界模型"
// must match the words 世界 模型 adjacent, not anywhere in the claim.
std::string PrepareQueryText(std::string_view text, CjkSegmentation mode);

// Text as it must be fed to the TermGenerator, QueryParser or snippet
// generator for `mode`: segmented for kIcuWords, unchanged for kNgram.
std::string PrepareText(std::string_view text, CjkSegmentation mode);

// Feeds `text` to `generator` (with positions or without) under `prefix`.
// In kNgram mode Chinese, Japanese and Korean runs are indexed without
// stemming: the QueryParser never stems CJK n-grams, and the stemmed copy
// ("Z" + n-gram) that STEM_SOME adds for every other word doubled the CJK
// postings for nothing. `generator` must use STEM_SOME, as the index's does;
// it is left so.
void IndexText(Xapian::TermGenerator& generator, std::string_view text, Xapian::termcount wdf,
               const std::string& prefix, bool positions, CjkSegmentation mode);

// Removes inserted separators and merges adjacent highlights ("»«" → "").
std::string CleanSnippet(std::string snippet, std::string_view open, std::string_view close);

// Flags and stemmer shared by writer, parser and snippets.
Xapian::Stem Stemmer();
int TermGeneratorFlags(CjkSegmentation mode);
unsigned QueryParserFlags(CjkSegmentation mode);
unsigned SnippetFlags(CjkSegmentation mode);

// "XM" + value, with ASCII letters lower-cased (CJK and digits kept).
std::string BooleanTerm(std::string_view prefix, std::string_view value);
std::string AsciiLower(std::string_view text);

// The mode recorded in a database's metadata; kNgram when absent.
CjkSegmentation ReadCjkMode(const Xapian::Database& db);

// Opens and combines read-only sources (see ClaimIndex::OpenReadOnly). A
// source whose index has another layout is an error (kSchemaMismatch), never
// silently left out. `shards`, when given, receives each source's database
// in order: Xapian reads metadata from the first one only, and document d of
// the combination is document (d - 1) / n + 1 of shard (d - 1) % n.
Result<Xapian::Database> OpenSources(const std::vector<std::string>& sources,
                                     std::vector<Xapian::Database>* shards = nullptr);

// The metadata key of an episode's record (kMetaEpisodePrefix + row id).
std::string EpisodeKey(std::int64_t episode_id);

// The metadata key of a section's title (kMetaSectionPrefix); with
// section_index < 0, the prefix of all the episode's section keys.
std::string SectionKey(std::int64_t episode_id, int section_index);

// True for "tcp://..." sources; Parse splits host and port.
bool IsRemote(std::string_view source);

}  // namespace claimkb::xapian_support

#endif  // CLAIMKB_INDEXER_XAPIAN_SUPPORT_H_
