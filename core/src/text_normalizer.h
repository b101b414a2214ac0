// Private helpers of the entity linker: the normalised, offset-preserving view
// of a text in which names are matched. Kept apart from entity_linker.cc so the
// key rules (what is ignored, what is a word boundary) live in one place and
// the lexicon side and the text side cannot drift apart.
#ifndef CLAIMKB_CORE_TEXT_NORMALIZER_H_
#define CLAIMKB_CORE_TEXT_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimkb::internal {

// One code point of the normalised text and the bytes of the input it came
// from. A code point that NFKC expands ("㎏" → "kg") yields several NormChars
// with the same byte range.
struct NormChar {
  char32_t cp = 0;     // Code point after NFKC and case folding.
  uint32_t begin = 0;  // Byte offset of the source code point in the input.
  uint32_t end = 0;    // One past its last byte.
};

// One code point of a matching key, pointing back at the NormChars it covers.
// Most cover one NormChar; a version digit absorbs a following ".0" so that
// "3.0" and "3" have the same key but the surface still spans "3.0".
struct KeyChar {
  char32_t cp = 0;
  uint32_t first = 0;  // Index of the first covered NormChar.
  uint32_t last = 0;   // Index of the last covered NormChar.
};

// Decodes `text` and normalises each code point (NFKC + case folding).
// Returns false, leaving `out` partial, when `text` is not valid UTF-8.
bool NormalizeChars(std::string_view text, std::vector<NormChar>* out);

// The matching key of normalised text: separators dropped, ".0" after a
// version number dropped.
std::vector<KeyChar> BuildKey(const std::vector<NormChar>& chars);

// The key of a lexicon name or a user query as a UTF-32 string; empty when
// `text` is not valid UTF-8 or holds only separators.
std::u32string KeyOf(std::string_view text);
// KeyOf() into `out` (cleared first), reusing its capacity. Returns false,
// leaving `out` partial, when `text` is not valid UTF-8.
bool KeyInto(std::string_view text, std::u32string* out);

// Characters ignored by keys: spaces and tabs (not line breaks), hyphens and dashes, dots,
// underscores, middle dots and invisible format characters.
bool IsSeparator(char32_t cp);

// Letters and digits of Latin script: the characters of a "word" whose ends
// must sit on word boundaries. CJK characters are not word characters, so
// "用MoE让" has boundaries on both sides of "MoE".
bool IsWordChar(char32_t cp);

inline bool IsAsciiDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }
inline bool IsAsciiLower(char32_t cp) { return cp >= 'a' && cp <= 'z'; }

// Appends `cp` to `out` as UTF-8.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_TEXT_NORMALIZER_H_
