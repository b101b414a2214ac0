#include "summary_linker.h"

#include <algorithm>
#include <functional>
#include <string>
#include <utility>

#include "utf8_scan.h"

namespace claimkb::internal {
namespace {

// Content units of a text: each ideograph, and each run of Latin letters and
// digits folded to lower case, as a 32-bit hash.
std::vector<std::uint32_t> Units(std::string_view text) {
  std::vector<std::uint32_t> units;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (IsAsciiAlnum(text[pos])) {
      std::uint32_t hash = 2166136261u;  // FNV-1a over the folded word.
      while (pos < text.size() && IsAsciiAlnum(text[pos])) {
        hash = (hash ^ static_cast<unsigned char>(AsciiLower(text[pos]))) * 16777619u;
        ++pos;
      }
      units.push_back(hash | 0x80000000u);  // Never equal to a code point.
      continue;
    }
    char32_t cp = 0;
    pos += DecodeUtf8At(text, pos, &cp);
    if (IsContentChar(cp)) units.push_back(static_cast<std::uint32_t>(cp));
  }
  return units;
}

bool SharesEntity(const Claim& a, const Claim& b) {
  for (const EntityMention& x : a.entities) {
    if (x.kind == EntityKind::kTopic) continue;
    for (const EntityMention& y : b.entities) {
      if (x.entity_id == y.entity_id) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::uint64_t> BigramProfile(std::string_view text) {
  const std::vector<std::uint32_t> units = Units(text);
  std::vector<std::uint64_t> bigrams;
  for (std::size_t i = 1; i < units.size(); ++i) {
    bigrams.push_back((static_cast<std::uint64_t>(units[i - 1]) << 32) | units[i]);
  }
  std::sort(bigrams.begin(), bigrams.end());
  bigrams.erase(std::unique(bigrams.begin(), bigrams.end()), bigrams.end());
  return bigrams;
}

int SharedBigrams(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  int shared = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared;
      ++i;
      ++j;
    }
  }
  return shared;
}

void LinkSummaries(std::vector<Claim>* claims, const SummaryLinkOptions& options) {
  std::vector<std::vector<std::uint64_t>> profiles;
  profiles.reserve(claims->size());
  for (const Claim& claim : *claims) profiles.push_back(BigramProfile(claim.text));

  // The speakers' claims, listed once: a digest that is all editor's text
  // (a hostile summary line of 35,000 claims) then costs nothing per pair.
  std::vector<std::size_t> spoken;
  for (std::size_t f = 0; f < claims->size(); ++f) {
    if (!(*claims)[f].by_editor && !profiles[f].empty()) spoken.push_back(f);
  }
  for (std::size_t s = 0; s < claims->size() && !spoken.empty(); ++s) {
    Claim& summary = (*claims)[s];
    if (!summary.by_editor || profiles[s].empty()) continue;
    std::vector<std::pair<double, int>> matches;  // (score, ordinal)
    for (std::size_t f : spoken) {
      const Claim& full = (*claims)[f];
      const int shared = SharedBigrams(profiles[s], profiles[f]);
      if (shared < options.min_shared) continue;
      const double overlap = static_cast<double>(shared) /
                             static_cast<double>(std::min(profiles[s].size(), profiles[f].size()));
      const bool entity = SharesEntity(summary, full);
      if (overlap < (entity ? options.min_overlap : options.min_overlap_without_entity)) continue;
      // A shared entity is worth a little: among equal overlaps it wins.
      matches.emplace_back(overlap + (entity ? 0.1 : 0.0), full.ordinal);
    }
    std::sort(matches.begin(), matches.end(), std::greater<>());
    if (static_cast<int>(matches.size()) > options.max_links) matches.resize(options.max_links);
    for (const auto& match : matches) summary.summarises.push_back(match.second);
    std::sort(summary.summarises.begin(), summary.summarises.end());
  }
}

}  // namespace claimkb::internal
