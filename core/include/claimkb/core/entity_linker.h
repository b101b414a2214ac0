// Finds lexicon entities in text, robust to speech-recognition damage:
// Unicode normalisation (NFKC, full-width → half-width, case folding), keys
// that ignore spaces, hyphens and dots, version-aware matching ("Gemini 3.0
// Pro" = "Gemini-3 Pro"), explicit aliases, and a bounded fuzzy match for
// Latin names that reports its confidence.
#ifndef CLAIMKB_CORE_ENTITY_LINKER_H_
#define CLAIMKB_CORE_ENTITY_LINKER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "claimkb/core/lexicon.h"

namespace claimkb {

struct LinkedMention {
  std::string entity_id;
  EntityKind kind = EntityKind::kModel;
  std::string surface;      // Exact bytes of the input that matched.
  std::size_t begin = 0;    // Byte offset in the input.
  std::size_t end = 0;      // One past the last byte.
  double confidence = 1.0;  // 1.0 for exact or alias matches, lower for fuzzy ones.
  // True when the lexicon has no entry for `entity_id`: the name grammar or a
  // benchmark cue found it. Lexicon::Ancestors() still gives its parents.
  bool is_new = false;
  // Empty for a mention that stands on its own. A bound name ("Opus", "K2",
  // "Moonlight": a bare version code or Claude tier, or a lexicon spelling
  // marked "~") that the text around it does not confirm comes back only
  // through Link()'s `pending`, with the ids (its family, its ancestors, its
  // maker) any of which, named elsewhere in the same document, confirms it.
  // A bound name with none of these comes back only when it labels the text
  // (first, then a colon: "Sunday：…"), with no anchors: the caller may
  // confirm it by the labels of the list around it.
  std::vector<std::string> anchors;
};

struct LinkerOptions {
  // Fuzzy matches below this confidence are dropped. Default: 0.8.
  double min_fuzzy_confidence = 0.8;
  // Whether topic cue words are reported as kTopic mentions. Default: true.
  bool include_topics = true;
  // Whether names that fit the model-name grammar or a benchmark cue but no
  // lexicon entry are linked as new entities ("Llama-3.1-8B-Instruct",
  // "LiveCodeBench"), with an id made from the name and a confidence below
  // 1. Default: true.
  bool open_vocabulary = true;
};

class EntityLinker {
 public:
  // The linker keeps `lexicon` alive.
  explicit EntityLinker(std::shared_ptr<const Lexicon> lexicon, LinkerOptions options = {});
  ~EntityLinker();
  EntityLinker(EntityLinker&&) noexcept;
  EntityLinker& operator=(EntityLinker&&) noexcept;

  // All non-overlapping mentions in `text`, longest match first, in order of
  // position. Never throws; text that is not valid UTF-8 yields no mentions.
  //
  // A bound name is linked when the text itself confirms it: it stands in an
  // enumeration ("、", ",", "/", "和", "and" …) beside a mention of the same
  // kind ("Scale AI、Mercor、Surge"). Otherwise it is left out, or, when
  // `pending` is given, appended there (in order of position, never
  // overlapping the returned mentions) with its anchors, for a caller that
  // sees the whole document to confirm (Confirms).
  std::vector<LinkedMention> Link(std::string_view text,
                                  std::vector<LinkedMention>* pending = nullptr) const;

  // Whether some anchor of the pending `mention` is in `named`: the ids, with
  // their ancestors (Lexicon::Ancestors), of the document's other mentions.
  static bool Confirms(const LinkedMention& mention,
                       const std::unordered_set<std::string>& named);

  // Adds to `named` what Confirms reads: the ids of `mentions` other than
  // topics, each with its ancestors.
  void AddConfirmingIds(const std::vector<LinkedMention>& mentions,
                        std::unordered_set<std::string>* named) const;

  // Resolves a user-typed name ("SWE-bench", "思维链", "gemini 3") to one entity
  // id, or empty when nothing matches. Used on the query side.
  std::string Resolve(std::string_view name) const;

  const Lexicon& lexicon() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// NFKC, full-width → half-width, case folded: the form text is matched in.
// Stored text is never normalised; only keys are.
std::string NormalizeForMatching(std::string_view text);

}  // namespace claimkb

#endif  // CLAIMKB_CORE_ENTITY_LINKER_H_
