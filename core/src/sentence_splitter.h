// Private helper of the claim extractor: cuts a paragraph's plain text into
// claim-sized pieces. Sentences end at Chinese and English terminators
// (。！？；!?; and a full stop followed by a space); a sentence is cut again at
// a contrast marker (但/但是/然而/却/而/不过/but/however) that follows a comma,
// but only when both halves still assert something on their own.
#ifndef CLAIMKB_CORE_SENTENCE_SPLITTER_H_
#define CLAIMKB_CORE_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimkb::internal {

struct TextSpan {
  std::size_t begin = 0;  // Byte offset in the split text.
  std::size_t end = 0;    // One past the last byte.
};

struct SplitterOptions {
  // A contrast split happens only when each half keeps at least this many
  // content characters (letters, digits, ideographs). Default: 4.
  int min_half_chars = 4;
  // Whether to split at contrast markers at all. Default: true.
  bool split_contrast = true;
  // A piece longer than this is cut at the last clause pause (，,;:) or
  // space before the limit, else at a code point, so that text without
  // sentence ends cannot make one claim of unbounded size. Default: 2,000
  // bytes (about 660 Chinese characters; the longest claim of ../shared's
  // corpus and corpus-more has 558 bytes).
  std::size_t max_piece_bytes = 2000;
};

// The claim-sized pieces of `text`, in order, each trimmed of white space,
// leading list markers ("2）") and dangling separators (，、：). Pieces that
// are empty after trimming are left out. Offsets index `text`.
std::vector<TextSpan> SplitIntoClaims(std::string_view text, const SplitterOptions& options = {});

// `span` without leading and trailing white space and separators.
TextSpan TrimClaimSpan(std::string_view text, TextSpan span);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_SENTENCE_SPLITTER_H_
