#include "claimkb/core/claim_graph.h"

#include <array>
#include <utility>

namespace claimkb {
namespace {

constexpr std::array<std::pair<EdgeKind, const char*>, 9> kEdgeKinds{{
    {EdgeKind::kSaidBy, "said_by"},
    {EdgeKind::kInEpisode, "in_episode"},
    {EdgeKind::kMentions, "mentions"},
    {EdgeKind::kIsA, "is_a"},
    {EdgeKind::kSamePerson, "same_person"},
    {EdgeKind::kSupports, "supports"},
    {EdgeKind::kContradicts, "contradicts"},
    {EdgeKind::kSummarises, "summarises"},
    {EdgeKind::kRestates, "restates"},
}};

}  // namespace

const char* VertexKindName(VertexKind kind) {
  switch (kind) {
    case VertexKind::kEpisode:
      return "episode";
    case VertexKind::kSpeaker:
      return "speaker";
    case VertexKind::kClaim:
      return "claim";
    case VertexKind::kEntity:
      return "entity";
  }
  return "";
}

const char* EdgeKindName(EdgeKind kind) {
  for (const auto& [value, name] : kEdgeKinds) {
    if (value == kind) return name;
  }
  return "";
}

std::optional<EdgeKind> EdgeKindFromName(std::string_view name) {
  for (const auto& [value, text] : kEdgeKinds) {
    if (name == text) return value;
  }
  return std::nullopt;
}

bool IsSymmetric(EdgeKind kind) {
  return kind == EdgeKind::kSamePerson || kind == EdgeKind::kSupports ||
         kind == EdgeKind::kContradicts || kind == EdgeKind::kRestates;
}

}  // namespace claimkb
