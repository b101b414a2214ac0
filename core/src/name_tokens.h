// Tokens of open-vocabulary names, and the pieces both grammars share (the
// model-name grammar in name_grammar.cc, the benchmark cues in
// benchmark_cues.cc): what a size, a version, a date or a year looks like,
// and the slug rules of lexicon ids. Private to claimkb_core.
#ifndef CLAIMKB_CORE_NAME_TOKENS_H_
#define CLAIMKB_CORE_NAME_TOKENS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "claimkb/core/claim.h"
#include "text_normalizer.h"

namespace claimkb::internal {

// A name the grammar found in a text, before the linker resolves it.
struct GrammarName {
  std::size_t first = 0;  // Index of its first NormChar.
  std::size_t last = 0;   // Index of its last NormChar.
  EntityKind kind = EntityKind::kModel;
  std::string id;    // Lexicon-style slug: "llama-3-1-8b-instruct", "aime-2025".
  std::string name;  // Display form: "Llama 3.1 8B Instruct".
  // Set when the grammar knows the parent outright (a benchmark's year or
  // edition: "aime" for "AIME 2025"); otherwise ParentIds(id) gives it.
  std::string parent_id;
  double confidence = 0.9;  // Lower than a lexicon match: nobody has reviewed it.
  // Non-empty for a name too bare to stand alone ("Opus", "K2"): the family
  // it belongs to when that family or its maker is named elsewhere.
  std::string bound_family;
};

// How one token is joined to the next.
enum class Gap {
  kNone,        // Something else (CJK, punctuation, a line break): names stop here.
  kSpace,       // Spaces only: "Gemini 2.5".
  kHyphen,      // A hyphen or underscore, maybe with spaces: "Llama-3".
  kDot,         // A single dot: "3.1".
  kApostrophe,  // "AIME'25".
};

struct NameToken {
  std::size_t first = 0;  // NormChar index.
  std::size_t last = 0;
  std::string folded;    // Lower case ASCII.
  std::string original;  // The input's bytes: their case is evidence.
  Gap gap_after = Gap::kNone;
};

// Whether token t continues into token t+1: TokenizeNames sets a gap only
// when nothing but separators lies between them.
inline bool JoinsNext(const std::vector<NameToken>& tokens, std::size_t t) {
  return t + 1 < tokens.size() && tokens[t].gap_after != Gap::kNone;
}

// The separator-free key of `count` tokens from `from`: "gpt" "oss" → "gptoss".
std::string GluedKey(const std::vector<NameToken>& tokens, std::size_t from, std::size_t count);

// Maximal runs of ASCII letters and digits of the normalised text, with the
// gap to the next run. A run glued to a letter of another script is left out.
std::vector<NameToken> TokenizeNames(std::string_view text, const std::vector<NormChar>& chars);

bool AllDigits(std::string_view s);
bool HasDigit(std::string_view s);
inline bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
// "8B", "8x7B", "A22B", "120b", "1T" (folded).
bool IsSizeToken(std::string_view s);
// "4o", "3n", "5v": a number with a release's one-letter ending (folded).
bool IsSuffixedNumber(std::string_view s);
// "3", "4o", "3n", "V3", "K2", "R1", "M2", "X1", "T1" (folded).
bool IsVersionToken(std::string_view s);
// A size, also with a decimal: "1.7b".
bool IsSizeGroup(std::string_view s);
// Four digits as MMDD or YYMM ("0324", "2507"), or eight as YYYYMMDD.
bool IsDateToken(std::string_view s);
// A year after a benchmark: "2025", or "25" for 2025.
std::optional<std::string> YearOf(std::string_view s);
std::string Lower(std::string_view s);
// The folded, separator-free key of an ASCII name; empty when it holds
// anything but ASCII letters, digits and separators.
std::string AsciiKey(std::string_view s);
// The camel case of a model's or benchmark's name: a capital, at least two
// small letters, and a later capital ("InternVL", "CodeClash"); letters
// only. A capital with one small letter before the next ("BcCthVvb") is
// more often an identifier, as in a video's address.
bool CamelStem(std::string_view stem);
// Letters only, a capital first and both cases after it: the spelling of a
// coined name ("RoBERTa", "DeBERTa", "XLNet", "ViT"), never an English word
// or an acronym.
bool MixedCaseStem(std::string_view stem);
// Upper-case words of the field that are no model or benchmark (GPU, API, RLHF …).
const std::unordered_set<std::string>& CommonAcronyms();
// A digit written as a Chinese numeral ("三" → 3), or -1.
int ChineseDigit(char32_t cp);
// A number from zero to ten written as an English word ("three" → 3), or -1.
int EnglishNumber(std::string_view folded);
// Words after a spelt-out number that make it a count, not a version
// ("Gemini three times", "GPT two years ago").
bool CountsSomething(std::string_view folded);
// A version spoken in Chinese numerals from chars[at] ("三", "三点五"):
// its digits ("3.5") and the index of its last char. Nothing when no
// numeral starts there, when it is version 0, or when the char after it
// makes it a count or a word ("三个月", "一样", "三十").
struct SpokenVersion {
  std::string digits;
  std::size_t last = 0;
};
std::optional<SpokenVersion> ChineseVersionAt(const std::vector<NormChar>& chars, std::size_t at);
// The matching key of `chars` (BuildKey) with the numbers that speech
// recognition spells out inside a Latin name read as digits: an English
// number word from one to nine after a Latin word ("tau two bench" keys as
// tau2bench), a version in Chinese numerals after a Latin word ("mistral
// large 三", "tau 二 bench"; not a count: "GPT 三个月"), a decimal spoken in
// Chinese after either or after digits ("GPT five 点一", "v3 点二"), and a
// year read digit by digit ("aime 二零二五"; not a date, "…年"). Each digit
// spans the words it stands for, so a match still starts and ends on word
// boundaries.
std::vector<KeyChar> SpokenNumberKey(const std::vector<NormChar>& chars);
// Whether `word` starts at chars[at].
bool StartsWithAt(const std::vector<NormChar>& chars, std::size_t at, std::u32string_view word);
// The normalised code points of `utf8`.
std::u32string ToU32(std::string_view utf8);

// The id slug of a display name: lower case, spaces and dots in versions
// become hyphens ("Gemini 2.5 Pro" → "gemini-2-5-pro"), a trailing ".0" is
// dropped, sizes keep their dot ("1.7B" → "1.7b").
std::string SlugOf(std::string_view name);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_NAME_TOKENS_H_
