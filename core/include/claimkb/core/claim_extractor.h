// Episode → atomic claims. Deterministic and fast: no network, no model
// weights. Sentences are split at Chinese and English punctuation and at
// contrast markers; each claim gets its speaker, time range and estimated
// second, linked entities (inherited from the turn or section when the claim
// names none), topics, stance, modality and stated benchmark results.
#ifndef CLAIMKB_CORE_CLAIM_EXTRACTOR_H_
#define CLAIMKB_CORE_CLAIM_EXTRACTOR_H_

#include <memory>
#include <vector>

#include "claimkb/core/claim.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/episode.h"
#include "claimkb/core/stance_model.h"

namespace claimkb {

struct ExtractorOptions {
  // Claims shorter than this many characters (code points) after trimming are
  // dropped: "好的。" asserts nothing. Default: 4.
  int min_claim_chars = 4;
  // A sentence is cut at a contrast marker (但, 然而, but ...) only when both
  // halves keep at least this many content characters. Default: 4.
  int min_contrast_half_chars = 4;
  // A claim that names no model inherits the last model of its turn when that
  // model was named at most this many paragraphs earlier (0 = same paragraph).
  // Claims that refer back with a pronoun (it, 它, 其) and models named in
  // the section title are inherited at any distance. A turn that has named
  // no model yet inherits the section's: its title's model, else the model
  // of the nearest earlier turn in the same section (never across sections,
  // never into the editor's lines). Default: 1.
  int inherit_within_paragraphs = 1;
  // Summary claims link to full-text claims sharing an entity and at least
  // this fraction of character bigrams (of the shorter claim). Default: 0.25.
  double summary_min_overlap = 0.25;
  // The fraction needed when no entity is shared. Default: 0.5.
  double summary_min_overlap_without_entity = 0.5;
  // Weighs the stance rules' findings into a stance (stance_model.h). Null:
  // the shipped model, StanceModel::Default(). The leave-one-episode-out
  // benchmark passes models trained without the episode it scores.
  std::shared_ptr<const StanceModel> stance_model;
  // Only the hand-written stance rules, without the lexicons and the model:
  // the classifier as it was, for comparison. Default: false.
  bool stance_rules_only = false;
};

class ClaimExtractor {
 public:
  // Keeps `linker` alive; it provides the lexicon too.
  explicit ClaimExtractor(std::shared_ptr<const EntityLinker> linker,
                          ExtractorOptions options = {});

  // Claims of every summary and full-text section, ordinals from 0 in file
  // order. Editor claims (summary sections, unattributed text) carry
  // `summarises` links to the full-text claims they restate, when found.
  std::vector<Claim> Extract(const Episode& episode) const;

 private:
  std::shared_ptr<const EntityLinker> linker_;
  ExtractorOptions options_;
};

}  // namespace claimkb

#endif  // CLAIMKB_CORE_CLAIM_EXTRACTOR_H_
