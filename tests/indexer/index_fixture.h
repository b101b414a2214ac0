// Hand-built claims and lexicon shared by the indexer and query tests (and
// the temporary directory of support/temp_dir.h).
#ifndef CLAIMKB_TESTS_INDEXER_INDEX_FIXTURE_H_
#define CLAIMKB_TESTS_INDEXER_INDEX_FIXTURE_H_

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "claimkb/core/claim.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/store.h"
#include "support/lexicon_entry.h"
#include "support/temp_dir.h"

namespace claimkb::testing {

// gemini > gemini-3 > gemini-3-pro; gpt-5; SWE-bench Verified (also spelled
// "SWE-bench" and, by speech recognition, "SwitchBank"); ARC-AGI-2;
// chain-of-thought (思维链); topics coding and reasoning; the person 田渊栋
// (also spelled 田博士).
inline std::shared_ptr<const Lexicon> TestLexicon() {
  std::vector<LexiconEntry> entries{
      Entry("gemini", EntityKind::kModel, "Gemini", ""),
      Entry("gemini-3", EntityKind::kModel, "Gemini 3", "gemini"),
      Entry("gemini-3-pro", EntityKind::kModel, "Gemini 3 Pro", "gemini-3"),
      Entry("gpt-5", EntityKind::kModel, "GPT-5", ""),
      Entry("swe-bench-verified", EntityKind::kBenchmark, "SWE-bench Verified", "",
            {"SWE-bench", "SwitchBank"}),
      Entry("arc-agi-2", EntityKind::kBenchmark, "ARC-AGI-2", "", {"ARK AGI2"}),
      Entry("chain-of-thought", EntityKind::kTechnique, "chain-of-thought", "", {"思维链", "CoT"}),
      Entry("coding", EntityKind::kTopic, "Coding", ""),
      Entry("reasoning", EntityKind::kTopic, "Reasoning", ""),
      Entry("tian-yuandong", EntityKind::kPerson, "田渊栋", "", {"田博士"}),
  };
  return std::make_shared<const Lexicon>(std::move(entries));
}

inline EntityMention Mention(std::string id, EntityKind kind) {
  EntityMention mention;
  mention.entity_id = std::move(id);
  mention.kind = kind;
  return mention;
}

struct ClaimSpec {
  std::string slug;
  int ordinal = 0;
  std::string text;
  std::string speaker;
  std::vector<EntityMention> entities;
  std::vector<std::string> topics;
  Stance stance = Stance::kNeutral;
  std::string date = "2025-11-21";
  bool highlighted = false;
};

inline StoredClaim MakeClaim(const ClaimSpec& spec) {
  StoredClaim stored;
  stored.id = spec.slug + "#" + std::to_string(spec.ordinal);
  stored.claim.ordinal = spec.ordinal;
  stored.claim.text = spec.text;
  stored.claim.speaker = spec.speaker;
  stored.claim.by_editor = spec.speaker.empty();
  stored.claim.entities = spec.entities;
  stored.claim.topics = spec.topics;
  stored.claim.stance = spec.stance;
  stored.claim.highlighted = spec.highlighted;
  stored.claim.at_s = 60 * spec.ordinal;
  stored.episode_id = spec.slug == "gemini-live" ? 1 : 2;
  stored.episode_slug = spec.slug;
  stored.episode_title = spec.slug == "gemini-live" ? "Gemini 3 live review" : "Agents podcast";
  stored.episode_date = spec.date;
  stored.section_title = "Section of " + spec.slug;
  stored.speaker_name = spec.speaker.empty() ? "editor" : spec.speaker;
  return stored;
}

// Six claims over two episodes, worked out by hand in the query tests:
//   gemini-live#0 田博士  gemini-3-pro, coding, positive   (Chinese, 前端)
//   gemini-live#1 余北    gemini-3, reasoning, negative     (Chinese, 多模态推理, 幻觉)
//   gemini-live#2 Nathan  gemini-3-pro + swe-bench, coding, positive (says "SwitchBank")
//   gemini-live#3 editor  gemini-3, reasoning, mixed, highlighted (mixed latin/Chinese)
//   agents#0      Lance   gpt-5, coding, negative           (English)
//   agents#1      Lance   chain-of-thought, reasoning, neutral (English only)
inline std::vector<StoredClaim> SampleClaims() {
  using K = EntityKind;
  return {
      MakeClaim({"gemini-live",
                 0,
                 "Gemini 3 Pro 大大降低了前端门槛，写小程序很快。",
                 "田博士",
                 {Mention("gemini-3-pro", K::kModel)},
                 {"coding"},
                 Stance::kPositive}),
      MakeClaim({"gemini-live",
                 1,
                 "内部小基准显示多模态推理下降，但幻觉缓解了。",
                 "余北",
                 {Mention("gemini-3", K::kModel)},
                 {"reasoning"},
                 Stance::kNegative}),
      MakeClaim({"gemini-live",
                 2,
                 "On SwitchBank it is not the top model, but close.",
                 "Nathan",
                 {Mention("gemini-3-pro", K::kModel), Mention("swe-bench-verified", K::kBenchmark)},
                 {"coding"},
                 Stance::kPositive}),
      MakeClaim({"gemini-live",
                 3,
                 "Gemini 3 的推理 token 变长，src 任务表现未必更好。",
                 "",
                 {Mention("gemini-3", K::kModel)},
                 {"reasoning"},
                 Stance::kMixed,
                 "2025-11-21",
                 true}),
      MakeClaim({"agents",
                 0,
                 "GPT-5 writes backend code that still needs careful review.",
                 "Lance",
                 {Mention("gpt-5", K::kModel)},
                 {"coding"},
                 Stance::kNegative,
                 "2025-10-14"}),
      MakeClaim({"agents",
                 1,
                 "Breaking a task down with chain-of-thought makes fewer errors.",
                 "Lance",
                 {Mention("chain-of-thought", K::kTechnique)},
                 {"reasoning"},
                 Stance::kNeutral,
                 "2025-10-14"}),
  };
}

}  // namespace claimkb::testing

#endif  // CLAIMKB_TESTS_INDEXER_INDEX_FIXTURE_H_
