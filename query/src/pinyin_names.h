// Chinese personal names and their pinyin, both ways: a question in English
// names Chinese people in pinyin ("What does Zhang Hongjiang think"), while
// the digests it asks about write them in characters (张宏江).
#ifndef CLAIMKB_QUERY_SRC_PINYIN_NAMES_H_
#define CLAIMKB_QUERY_SRC_PINYIN_NAMES_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/query/term_tables.h"

namespace claimkb::internal {

// A Chinese name as it is written in English: "杨植麟" → "yang zhilin",
// "zhilin yang" (given name first, as Western bylines put it) and "yang zhi
// lin"; the first character read as a surname where it has a surname
// reading (单 → shan). Empty unless the name is two to four Chinese
// characters that the table reads.
std::vector<std::string> PinyinNames(const TermTables& tables, std::string_view name);

// The ways `word` (lower-case ASCII letters) is read as one or two pinyin
// syllables: "hongjiang" → {{"hong", "jiang"}}, "xian" → {{"xian"}, {"xi",
// "an"}}. Empty when it is not pinyin.
std::vector<std::vector<std::string>> PinyinSyllables(const TermTables& tables,
                                                      std::string_view word);

// The names in characters that `surname` and `given` (lower-case pinyin,
// the given name of one or two syllables) may write, kept only when
// `occurs` finds each two characters of the name side by side somewhere
// (the index's bigrams): "zhang" + "hongjiang" → 张宏江 in a store that
// holds it. At most `limit`, in the table's order.
std::vector<std::string> NamesFromPinyin(const TermTables& tables, std::string_view surname,
                                         std::string_view given,
                                         const std::function<bool(std::string_view)>& occurs,
                                         std::size_t limit);

// A Chinese name written in pinyin in `text`: two capitalised words side by
// side, surname first ("Zhang Hongjiang") or last ("Hongjiang Zhang"), with
// the names in characters NamesFromPinyin finds for it. [begin, end) are
// bytes of `text`.
struct PinyinMention {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<std::string> names;
};
std::vector<PinyinMention> FindPinyinNames(const TermTables& tables, std::string_view text,
                                           const std::function<bool(std::string_view)>& occurs,
                                           std::size_t limit);

}  // namespace claimkb::internal

#endif  // CLAIMKB_QUERY_SRC_PINYIN_NAMES_H_
