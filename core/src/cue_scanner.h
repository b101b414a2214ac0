// Private helper of the claim extractor: finds cue words (stance, modality,
// contrast markers, units) in text without std::regex. Matching is
// longest-first and left to right, so a longer cue hides the shorter ones
// inside it ("不够" is one negative cue, not the negator "不" plus "够").
#ifndef CLAIMKB_CORE_CUE_SCANNER_H_
#define CLAIMKB_CORE_CUE_SCANNER_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimkb::internal {

struct Cue {
  std::string_view pattern;  // Lower-case ASCII or any UTF-8; must not be empty.
  int tag = 0;               // What the caller wants to know about a match.
};

struct CueMatch {
  std::size_t begin = 0;  // Byte offset in the scanned text.
  std::size_t end = 0;    // One past the last byte.
  int tag = 0;            // The matched Cue's tag.
};

class CueScanner {
 public:
  // Copies the patterns. ASCII letters in patterns must be lower case: the
  // text side is folded to lower case while matching.
  explicit CueScanner(const std::vector<Cue>& cues);

  // Non-overlapping matches in order of position. At each position the
  // longest cue wins. A pattern that starts (ends) with an ASCII letter or
  // digit only matches where the text has no ASCII letter or digit just
  // before (after) it, so "not" does not match inside "nothing".
  std::vector<CueMatch> Scan(std::string_view text) const;

  // The longest cue that matches at exactly `pos`, or false. Without
  // `left_boundary` a cue may follow a letter or digit directly, as a unit
  // follows its number ("10B", "2x").
  bool MatchAt(std::string_view text, std::size_t pos, CueMatch* match,
               bool left_boundary = true) const;

 private:
  struct Entry {
    std::string pattern;
    int tag = 0;
  };
  std::vector<Entry> entries_;
  // For each first byte of an ASCII pattern, indexes into entries_, longest
  // pattern first.
  std::array<std::vector<int>, 256> by_first_byte_;
  // The same for patterns that open with a multi-byte character, keyed by
  // that character's bytes: hundreds of Chinese cues share a lead byte, and
  // trying them one by one at every position dominated extraction.
  std::unordered_map<std::uint32_t, std::vector<int>> by_first_char_;
};

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_CUE_SCANNER_H_
