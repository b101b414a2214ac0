// What a search shows of each hit, packed into one value slot (kSlotHitCard)
// so that a hit costs one value lookup instead of one per field: Xapian's
// glass backend finds each slot's value for a document separately, and
// `ask` reads a few hundred candidates per facet.
#ifndef CLAIMKB_INDEXER_HIT_CARD_H_
#define CLAIMKB_INDEXER_HIT_CARD_H_

#include <string>
#include <string_view>

namespace claimkb {

struct HitCard {
  std::string claim_id;      // "<slug>#<ordinal>".
  std::string speaker;       // Canonical speaker name; empty when unnamed.
  std::string stance;        // StanceName.
  std::string date;          // "YYYYMMDD"; empty when unknown.
  std::string text;          // The claim text as indexed (prepared for snippets).

  // The episode's slug: the id up to its last '#'.
  std::string_view EpisodeSlug() const;
};

// The card as a value: its fields joined by '\x1f', the text last. A '\x1f'
// inside a field before the text (digest text is untrusted) becomes a space,
// so the fields always split back as they were written.
std::string EncodeHitCard(const HitCard& card);

// The inverse of EncodeHitCard. A value with fewer fields (an index of an
// older layout is refused before this is read) leaves the rest empty.
HitCard DecodeHitCard(std::string_view value);

// The joint stance × speaker value (kSlotStanceSpeaker) that ask's tallies
// and the speaker and stance facets count: "<stance>\x1f<speaker>", the
// speaker empty when unnamed.
std::string EncodeStanceSpeaker(std::string_view stance, std::string_view speaker);

// Its two halves, or false when `value` has no separator.
bool SplitStanceSpeaker(std::string_view value, std::string_view* stance,
                        std::string_view* speaker);

}  // namespace claimkb

#endif  // CLAIMKB_INDEXER_HIT_CARD_H_
