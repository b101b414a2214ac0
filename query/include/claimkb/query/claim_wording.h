// What a citation may say a claim said, and how to label it: the digest's
// wording is an editor's paraphrase (often a translation), not the speaker's
// words, unless the source is a verbatim transcript.
#ifndef CLAIMKB_QUERY_CLAIM_WORDING_H_
#define CLAIMKB_QUERY_CLAIM_WORDING_H_

#include <string>
#include <string_view>

#include "claimkb/core/episode.h"
#include "claimkb/core/store.h"

namespace claimkb {

struct ClaimWording {
  // The claim's text; the whole sentence instead when the claim is one half
  // of a sentence cut at a contrast ("X，但 Y", "X, but Y"), so that a cited
  // "X" never drops the "but Y" that qualifies it.
  std::string text;
  bool widened = false;     // `text` is the whole sentence, not the claim alone.
  bool verbatim = false;    // The source is a transcript: the words were spoken.
  bool translated = false;  // The wording's script differs from the episode title's.
};

// The wording of `claim` as stored in `episode` (Store::LoadEpisode of its
// episode). Verbatim when the episode's file is a transcript (.vtt, .srt,
// .json) or the claim's turn is marked spoken (a raw "[hh:mm:ss]" transcript's
// unnamed lines). Translated when exactly one of the wording and the episode
// title is mostly Chinese (MostlyCjk).
ClaimWording WordingOf(const StoredClaim& claim, const Episode& episode);

// The sentence of `paragraph` around [begin, end) when the claim there was
// cut from it at a contrast marker (its text begins with one, or the text
// after it does), else exactly paragraph[begin, end).
std::string ContrastSentence(std::string_view paragraph, std::size_t begin, std::size_t end);

// The turn and paragraph `claim` came from, or nullptr when its indexes do
// not fit `episode`.
const Turn* TurnOf(const Claim& claim, const Episode& episode);
const Paragraph* ParagraphOf(const Claim& claim, const Episode& episode);

// Whether `text` is mostly Chinese: each CJK ideograph counts as one word,
// each run of Latin letters as one word; at least half of the words are CJK.
bool MostlyCjk(std::string_view text);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_CLAIM_WORDING_H_
