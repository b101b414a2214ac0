#include "edge_row.h"

#include <fmt/format.h>

#include <array>
#include <utility>

namespace claimkb::internal {
namespace {

// Codes 1-6 as in the CHECK of schema/sqlite/0006_lean_store.sql.
constexpr std::array<std::pair<EdgeKind, int>, 6> kCodes{{
    {EdgeKind::kIsA, 1},
    {EdgeKind::kSamePerson, 2},
    {EdgeKind::kSupports, 3},
    {EdgeKind::kContradicts, 4},
    {EdgeKind::kSummarises, 5},
    {EdgeKind::kRestates, 6},
}};

}  // namespace

int EdgeKindCode(EdgeKind kind) {
  for (const auto& [value, code] : kCodes) {
    if (value == kind) return code;
  }
  return 0;  // Not a stored kind (said_by, in_episode, mentions): no row has it.
}

std::optional<EdgeKind> EdgeKindFromCode(int code) {
  for (const auto& [value, stored] : kCodes) {
    if (stored == code) return value;
  }
  return std::nullopt;
}

std::string ScoredEvidence(std::string_view label, double weight) {
  return fmt::format("{} {:.2f}", label, weight);
}

std::optional<std::string> EvidenceLabel(std::string_view evidence, double weight) {
  const std::string tail = fmt::format(" {:.2f}", weight);
  if (evidence.size() <= tail.size() || !evidence.ends_with(tail)) return std::nullopt;
  return std::string(evidence.substr(0, evidence.size() - tail.size()));
}

}  // namespace claimkb::internal
