// The entity lexicon: models, benchmarks, organisations, products,
// techniques and topics with their aliases, loaded from TSV files in a
// directory (data/lexicon/ by default) so users extend it without rebuilding.
#ifndef CLAIMKB_CORE_LEXICON_H_
#define CLAIMKB_CORE_LEXICON_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimkb/core/claim.h"
#include "claimkb/core/result.h"

namespace claimkb {

struct LexiconEntry {
  std::string id;  // Stable slug: "gemini-3-pro", "swe-bench-verified".
  EntityKind kind = EntityKind::kModel;
  std::string name;                  // Display name: "Gemini 3 Pro".
  std::string parent_id;             // "gemini-3" for "gemini-3-pro"; empty at the root.
  std::string family;                // Models: "Gemini"; empty otherwise.
  std::string version;               // Models: "3"; empty when none.
  std::string variant;               // Models: "Pro"; empty when none.
  std::vector<std::string> aliases;  // Other spellings, incl. known ASR damage ("Gen3").
  // Spellings too ambiguous to link on their own, written with a leading "~"
  // in the file ("~Surge", "~Moonlight"; a "~" on the name puts the name
  // here too): the linker takes them only where the context confirms them
  // (entity_linker.h).
  std::vector<std::string> bound_aliases;
  bool name_bound = false;  // The display name is one of `bound_aliases`.
  // Models: the organisation that makes the family ("moonshot-ai" for
  // "kimi"); children inherit it (Lexicon::Maker). Empty when not given.
  std::string maker;
  std::vector<std::string> topics;   // Topic ids this entity implies (benchmarks: "coding").
  // Topics only: cue words (Chinese and English) that signal the topic.
  std::vector<std::string> cues;
  // Whether the linker may match the entry's names with typos. False for
  // entries of generated catalog files (zz-catalog-*.tsv): fuzzy matching
  // is for reviewed names, and "Numerical" is not NumericNLG.
  bool fuzzy = true;
  std::string source_file;  // The TSV file the entry came from; empty if built in code.
  int source_line = 0;      // 1-based line in `source_file`; 0 if built in code.
};

class Lexicon {
 public:
  // Loads every *.tsv in `dir`, in file-name order. Errors name the file and
  // line of a bad row (wrong column count, unknown kind, duplicate id, parent
  // or topic that does not exist, a parent cycle). The format is documented in
  // data/lexicon/README.md.
  static Result<std::shared_ptr<const Lexicon>> Load(const std::string& dir);
  // Load(dir), then the user's own file `user_file` (same format; skipped
  // when it does not exist). A user row whose id the directory already has
  // adds its name and aliases to that entry as aliases, so a user can give a
  // bundled entity another spelling without editing the bundled files; any
  // other row is a new entry, validated like the rest.
  static Result<std::shared_ptr<const Lexicon>> Load(const std::string& dir,
                                                     const std::string& user_file);

  // The bundled lexicon: $CLAIMKB_LEXICON if set, else the installed or
  // source-tree lexicon (claimkb/core/resources.h).
  static Result<std::shared_ptr<const Lexicon>> LoadDefault();
  static std::string DefaultDirectory();

  const std::vector<LexiconEntry>& entries() const { return entries_; }
  // nullptr when `id` is unknown. The pointer lives as long as the Lexicon.
  const LexiconEntry* Find(const std::string& id) const;
  // `id` and its ancestors, nearest first: gemini-3-pro, gemini-3, gemini.
  // An id the lexicon does not list but the name grammar made
  // ("llama-3-1-8b-instruct", a new entity found in text) gets the parents
  // its name implies, up to the first entry the lexicon knows: llama-3-1-8b,
  // llama-3-1, llama. Empty when `id` reaches no known entry.
  std::vector<std::string> Ancestors(const std::string& id) const;
  // The root model entry of a family, by the family's slug or key
  // ("deepseek" → "deepseek-models"); empty when no entry has that family.
  std::string FamilyRoot(std::string_view family) const;
  // The maker of `id` or of its nearest ancestor that names one
  // ("kimi-k1-5" → "moonshot-ai"); empty when none does.
  std::string Maker(const std::string& id) const;
  // `id` and every entry below it, parents before children. Empty when `id`
  // is unknown.
  std::vector<std::string> Descendants(const std::string& id) const;

  // Takes the entries as given; Load() is what validates them. Entries whose
  // id repeats are reachable through Find() only by their first occurrence.
  explicit Lexicon(std::vector<LexiconEntry> entries);
  // The maps below hold views into entries_: a copy would point into the
  // original's strings.
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

 private:
  // What Load() checks once the entries are indexed (lexicon.cc).
  Status Validate() const;

  std::vector<LexiconEntry> entries_;
  // The keys are views of the entries' own ids (a copy of every id cost an
  // allocation each at every start-up).
  std::unordered_map<std::string_view, std::size_t> by_id_;  // id -> index into entries_.
  // Parent id -> indexes of its direct children, in entry order.
  std::unordered_map<std::string_view, std::vector<std::size_t>> children_;
  // Family key ("deepseek", "gptoss") -> index of the family's root model entry.
  std::unordered_map<std::string, std::size_t> family_roots_;
};

}  // namespace claimkb

#endif  // CLAIMKB_CORE_LEXICON_H_
