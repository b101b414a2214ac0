// The grammar of open-vocabulary names: model names built from a family stem,
// a version, sizes, variants, a revision and a date ("Llama-3.1-8B-Instruct",
// "Mistral-7B-v0.3", "DeepSeek-V3-0324", "Claude Sonnet 4.5"), and benchmark
// names recognised by their shape or their context ("LiveCodeBench",
// "GDP-bench", "AIME'25", "在 GPQA 上"). New models and benchmarks appear every
// week; the grammar finds them without a lexicon entry, and the linker then
// resolves each one to the nearest entry it knows (its parents).
//
// Private to claimkb_core: the entity linker and the lexicon use it.
#ifndef CLAIMKB_CORE_NAME_GRAMMAR_H_
#define CLAIMKB_CORE_NAME_GRAMMAR_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "benchmark_cues.h"
#include "name_tokens.h"

namespace claimkb {
class Lexicon;
}

namespace claimkb::internal {

class NameGrammar {
 public:
  // Takes family stems ("Llama", "DeepSeek") from the lexicon's model
  // entries and known benchmark names ("AIME", "MMLU") from its benchmark
  // entries, so a larger lexicon also widens what the grammar recognises.
  // `lexicon` must outlive the grammar (BenchmarkCues points into it).
  explicit NameGrammar(const Lexicon& lexicon);
  ~NameGrammar();

  // Every name in `text` (already normalised into `chars`), possibly
  // overlapping; the linker picks among them and its own matches.
  std::vector<GrammarName> Scan(std::string_view text, const std::vector<NormChar>& chars) const;

 private:
  struct Stem {
    std::string display;  // "DeepSeek".
    // The family's own name is bound (an English word: "~Step", "~Seed"):
    // the names built on it stand where the family or its maker is named.
    bool bound = false;
  };
  std::unordered_map<std::string, Stem> families_;  // Folded key → family.
  // Folded names of the lexicon's organisations, products, people and
  // techniques: a camel-case word glued to a number that is one of them
  // ("OpenAI5") names no model family.
  std::unordered_set<std::string> known_other_;
  // The one family whose stem is an edit away from `token` (speech
  // recognition's damage), or null; and the same for a Claude tier, as the
  // tier is shown ("Opus"), or empty.
  const Stem* NearestStem(const NameToken& token) const;
  // A capitalised word that, hyphened on after a version, names the release
  // itself ("Speciale" of "DeepSeek-V3.2-Speciale", "Codex"): no family and
  // no word of comparison ("GPT-4-Level").
  bool ReleaseWord(const NameToken& token) const;
  // What both share: a capitalised word of letters only, at least
  // `min_letters` long, that is no family and no word of comparison.
  bool NamingWord(const NameToken& token, std::size_t min_letters) const;
  // A capitalised word that, hyphened straight onto a family, names one of
  // its lines ("Image" of "Qwen-Image", "MT" of "Hunyuan-MT-7B"): no tier,
  // family, other known name or word of comparison.
  bool LineWord(const NameToken& token) const;
  // Letters spelt out one by one, as speech recognition writes an acronym
  // ("g p t", "h l e"): a run that spells a family or a known benchmark
  // becomes one token in upper case; a benchmark's is also a name in `found`.
  void JoinSpeltLetters(std::vector<NameToken>* tokens, std::vector<GrammarName>* found) const;
  std::string NearestClaudeTier(const NameToken& token) const;
  // The letter of letter-coded versions ("K" of Kimi K2, "M" of MiniMax M2)
  // → the family; empty when two families share the letter.
  std::unordered_map<char, std::string> code_letters_;
  // A family's names in Chinese script ("千问", "通义千问", "混元"), which
  // speakers follow with a version as they do the Latin name ("千问三",
  // "混元2"); keyed by their first character.
  std::unordered_multimap<char32_t, std::pair<std::u32string, Stem>> cjk_families_;
  std::unique_ptr<BenchmarkCues> benchmarks_;
};

// The parent ids of a grammar id, nearest first, derived from the slug alone
// so that the parents of a stored id can be recomputed at any time:
// "llama-3-1-8b-instruct" → llama-3-1-8b, llama-3-1, llama. A size or a
// variant goes before the version, the version last; a date or revision is
// the first to go ("deepseek-v3-0324" → deepseek-v3, deepseek).
std::vector<std::string> ParentIds(std::string_view id);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_NAME_GRAMMAR_H_
