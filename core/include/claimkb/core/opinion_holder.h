// Who holds a view: a name followed by a verb of thinking, feeling, saying or
// warning ("哈萨比斯认为…", "Gemini 也觉得很困难", "Sam says") is the holder of
// the view the clause gives, not what that view judges. One reading, shared
// by the stance classifier (a person's stance, claimkb_core) and the
// contradictions' judged head (claimkb_query).
#ifndef CLAIMKB_CORE_OPINION_HOLDER_H_
#define CLAIMKB_CORE_OPINION_HOLDER_H_

#include <cstddef>
#include <span>
#include <string_view>

namespace claimkb::internal {

// Removes `token` from the front of `text` and says whether it did; a token
// that ends in an English letter or digit only at a word boundary ("so" is
// not the start of "sora"). The judged head reads its words with it too.
bool EatWord(std::string_view* text, std::string_view token);

// Adverbs that may stand between a name and its verb ("也", "一直", "also").
std::span<const std::string_view> HolderAdverbs();

// Whether `after`, the text right after a name, makes the name the holder of
// a view: blanks and adverbs, then a verb of holding ("也觉得很困难", " thinks
// that"); not a word that only opens with one ("说明了", "称得上最强"). With
// `reach`, up to that many more bytes of the same clause may come before the
// verb ("持续提出", "几年后提出"): a person named in a claim is far more often
// the one who holds its view than what it judges.
bool HoldsAView(std::string_view after, std::size_t reach = 0);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_OPINION_HOLDER_H_
