#include "claimkb/indexer/index_fields.h"

#include <array>

namespace claimkb {
namespace {

// Boolean prefixes start with "X" (Xapian's convention for user prefixes);
// values are lower case or CJK, so no ":" separator is ever needed.
constexpr std::array<IndexField, 14> kFields{{
    {"model", "XM", FieldType::kEntity, -1, "model id or alias: gemini-3, \"Gemini 3 Pro\"",
     "Claims about the model or any model below it (gemini-3 finds Gemini 3 Pro)."},
    {"benchmark", "XB", FieldType::kEntity, -1, "benchmark id or alias: arc-agi-2, SWE-bench",
     "Claims naming the benchmark."},
    {"entity", "XE", FieldType::kEntity, -1, "any lexicon entity",
     "Claims naming any entity: model, benchmark, org, product, technique."},
    {"speaker", "XS", FieldType::kSpeaker, -1, "canonical speaker name",
     "Claims by this speaker; \"editor\" for the digest's editor."},
    {"topic", "XT", FieldType::kKeyword, -1, "topic id: coding, evaluation",
     "Claims tagged with the topic."},
    {"stance", "XN", FieldType::kStance, -1, "neutral, positive, negative, mixed",
     "The claim's stance toward its subject."},
    {"modality", "XO", FieldType::kModality, -1, "opinion, firsthand, reported, speculative",
     "How the speaker knows what they say."},
    {"episode", "XP", FieldType::kEpisode, kSlotEpisode, "episode slug or part of one",
     "Claims of the matching episodes."},
    {"highlighted", "XH", FieldType::kYesNo, -1, "yes or no",
     "Claims inside the editor's highlights."},
    {"editor", "XR", FieldType::kYesNo, -1, "yes or no",
     "Claims by the digest's editor (summary) rather than a speaker."},
    {"date", "", FieldType::kDate, kSlotDate, "2025-11-21, 2025-11, 2025-11..2025-12, 2025-11..",
     "Episode date or date range, inclusive."},
    {"section", "S", FieldType::kText, -1, "free text", "Words in the section title."},
    {"title", "T", FieldType::kText, -1, "free text", "Words in the episode title."},
    {"id", "Q", FieldType::kClaimId, -1, "claim id: <slug>#<n>", "One claim by its id."},
}};

}  // namespace

std::span<const IndexField> IndexFields() { return kFields; }

const IndexField* FindIndexField(std::string_view name) {
  for (const IndexField& field : kFields) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

}  // namespace claimkb
