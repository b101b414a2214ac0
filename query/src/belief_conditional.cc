#include "claimkb/query/belief_conditional.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string>

#include "ascii_text.h"

namespace claimkb {
namespace {

using internal::AsciiLower;

constexpr auto kOpeners =
    std::to_array<std::string_view>({"如果", "假如", "要是", "倘若", "假设", "if "});
constexpr auto kBeliefs =
    std::to_array<std::string_view>({"认为", "觉得", "相信", "以为", "think", "believe", "assume"});
// "If you think about X" considers X; it holds no view.
constexpr auto kNotBeliefs = std::to_array<std::string_view>({"think about", "think of"});
// The antecedent ends at the first clause end after its opener.
constexpr auto kClauseEnds = std::to_array<std::string_view>({"，", "：", ", ", ": "});
constexpr auto kSentenceEnds =
    std::to_array<std::string_view>({"。", "！", "？", "；", ". ", "! ", "? ", "; "});

std::size_t FirstOf(std::string_view folded, std::size_t from,
                    std::span<const std::string_view> marks) {
  std::size_t first = folded.size();
  for (std::string_view mark : marks) first = std::min(first, folded.find(mark, from));
  return first;
}

// Calls `on` with [begin, end) of each consequent of a conditional on a
// belief in `folded`; stops when it returns true.
template <typename On>
bool AnyConsequent(std::string_view folded, On on) {
  for (std::string_view opener : kOpeners) {
    for (std::size_t at = folded.find(opener); at != std::string_view::npos;
         at = folded.find(opener, at + opener.size())) {
      // "if" is a word of its own ("if you", not "gif ").
      if (opener == "if " && at > 0 && std::isalpha(static_cast<unsigned char>(folded[at - 1]))) {
        continue;
      }
      const std::size_t sentence_end = FirstOf(folded, at, kSentenceEnds);
      const std::size_t clause_end = std::min(FirstOf(folded, at, kClauseEnds), sentence_end);
      if (clause_end >= sentence_end) continue;  // No consequent in this sentence.
      std::string antecedent(folded.substr(at, clause_end - at));
      for (std::string_view aside : kNotBeliefs) {
        for (std::size_t cut = antecedent.find(aside); cut != std::string::npos;
             cut = antecedent.find(aside, cut)) {
          antecedent.replace(cut, aside.size(), aside.size(), ' ');
        }
      }
      const bool belief = std::any_of(kBeliefs.begin(), kBeliefs.end(), [&](std::string_view b) {
        return antecedent.find(b) != std::string::npos;
      });
      if (belief && on(clause_end, sentence_end)) return true;
    }
  }
  return false;
}

}  // namespace

bool InConsequentOfABelief(std::string_view text, std::size_t at) {
  return AnyConsequent(AsciiLower(text), [at](std::size_t begin, std::size_t end) {
    return at >= begin && at < end;
  });
}

bool ConditionsOnABelief(std::string_view text) {
  return AnyConsequent(AsciiLower(text), [](std::size_t, std::size_t) { return true; });
}

}  // namespace claimkb
