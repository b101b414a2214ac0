#include "claimkb/core/claim.h"

#include <array>
#include <string_view>
#include <utility>

namespace claimkb {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> Lookup(const std::array<std::pair<Enum, const char*>, N>& table,
                           std::string_view name) {
  for (const auto& [value, text] : table) {
    if (name == text) return value;
  }
  return std::nullopt;
}

template <typename Enum, std::size_t N>
const char* NameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
  for (const auto& [candidate, text] : table) {
    if (candidate == value) return text;
  }
  return "";
}

constexpr std::array<std::pair<EntityKind, const char*>, 7> kEntityKinds{{
    {EntityKind::kModel, "model"},
    {EntityKind::kBenchmark, "benchmark"},
    {EntityKind::kOrg, "org"},
    {EntityKind::kProduct, "product"},
    {EntityKind::kTechnique, "technique"},
    {EntityKind::kTopic, "topic"},
    {EntityKind::kPerson, "person"},
}};
constexpr std::array<std::pair<Stance, const char*>, 4> kStances{{
    {Stance::kNeutral, "neutral"},
    {Stance::kPositive, "positive"},
    {Stance::kNegative, "negative"},
    {Stance::kMixed, "mixed"},
}};
constexpr std::array<std::pair<Modality, const char*>, 4> kModalities{{
    {Modality::kOpinion, "opinion"},
    {Modality::kFirsthand, "firsthand"},
    {Modality::kReported, "reported"},
    {Modality::kSpeculative, "speculative"},
}};
constexpr std::array<std::pair<MentionRole, const char*>, 3> kRoles{{
    {MentionRole::kSubject, "subject"},
    {MentionRole::kObject, "object"},
    {MentionRole::kMentioned, "mentioned"},
}};

}  // namespace

const char* EntityKindName(EntityKind kind) { return NameOf(kEntityKinds, kind); }
std::optional<EntityKind> EntityKindFromName(std::string_view name) {
  return Lookup(kEntityKinds, name);
}
const char* StanceName(Stance stance) { return NameOf(kStances, stance); }
std::optional<Stance> StanceFromName(std::string_view name) { return Lookup(kStances, name); }
const char* ModalityName(Modality modality) { return NameOf(kModalities, modality); }
std::optional<Modality> ModalityFromName(std::string_view name) {
  return Lookup(kModalities, name);
}
const char* MentionRoleName(MentionRole role) { return NameOf(kRoles, role); }

}  // namespace claimkb
