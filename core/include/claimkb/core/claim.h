// Claims: the atomic, citable assertions extracted from an Episode, with the
// entities they mention and the benchmark numbers they state.
#ifndef CLAIMKB_CORE_CLAIM_H_
#define CLAIMKB_CORE_CLAIM_H_

#include <optional>
#include <string>
#include <vector>

namespace claimkb {

enum class EntityKind { kModel, kBenchmark, kOrg, kProduct, kTechnique, kTopic, kPerson };
const char* EntityKindName(EntityKind kind);  // "model", "benchmark", "org", ...
std::optional<EntityKind> EntityKindFromName(std::string_view name);

enum class Stance { kNeutral, kPositive, kNegative, kMixed };
const char* StanceName(Stance stance);  // "neutral", "positive", "negative", "mixed".
std::optional<Stance> StanceFromName(std::string_view name);

enum class Modality {
  kOpinion,      // The speaker's own judgement (default).
  kFirsthand,    // The speaker reports their own experience ("我试了", "I used").
  kReported,     // Second-hand ("他们反馈", "听说", "people say").
  kSpeculative,  // Hedged guess ("可能", "推测", "maybe").
};
const char* ModalityName(Modality modality);  // "opinion", "firsthand", ...
std::optional<Modality> ModalityFromName(std::string_view name);

enum class MentionRole { kSubject, kObject, kMentioned };
const char* MentionRoleName(MentionRole role);

// One entity linked in a claim.
struct EntityMention {
  std::string entity_id;  // Lexicon id, e.g. "gemini-3-pro".
  EntityKind kind = EntityKind::kModel;
  std::string surface;      // Text as it appears ("Gen3"); empty if inferred.
  double confidence = 1.0;  // 1.0 exact/alias; < 1 fuzzy.
  bool inferred = false;    // Taken from the turn or section context.
  MentionRole role = MentionRole::kMentioned;
  Stance stance = Stance::kNeutral;  // The claim's stance toward this entity.
};

// A number stated about a model on a benchmark. Vague quantities become ranges:
// "三十几" is 31..39, "个位数" is 1..9.
struct BenchmarkResult {
  std::string model_id;  // May be empty when the claim names no model.
  std::string benchmark_id;
  double low = 0;
  double high = 0;
  std::string unit;       // "%", "points", "x" ...; empty when none was stated.
  std::string qualifier;  // "before", "after", "alternative", ... ; free text.
  std::string surface;    // The phrase the number came from.
};

struct Claim {
  int ordinal = 0;             // Position among the episode's claims, from 0.
  std::string text;            // Exact text as written (Markdown marks stripped).
  std::string speaker;         // Speaker name as written; empty for the editor.
  bool by_editor = false;      // Summary or unattributed text: the digest's editor.
  int section_index = 0;       // Index into Episode::sections.
  int turn_index = 0;          // Index into Section::turns.
  int paragraph_index = 0;     // Index into Turn::paragraphs.
  int line = 0;                // 1-based source line.
  int span_begin = 0;          // Byte offset of `text` in Paragraph::plain.
  int span_end = 0;            // One past the last byte.
  std::optional<int> start_s;  // Range of the section or turn, when timed.
  std::optional<int> end_s;
  std::optional<int> at_s;  // Estimated moment within the range.
  std::vector<EntityMention> entities;
  std::vector<std::string> topics;  // Topic ids, e.g. "coding", "evaluation".
  Stance stance = Stance::kNeutral;
  Modality modality = Modality::kOpinion;
  bool highlighted = false;  // Inside the editor's **bold** or ==mark==.
  std::vector<BenchmarkResult> results;
  std::vector<int> summarises;  // Editor claims: ordinals of full-text claims matched.
};

}  // namespace claimkb

#endif  // CLAIMKB_CORE_CLAIM_H_
