#include "claimkb/core/episode.h"

#include <algorithm>
#include <cstdio>

namespace claimkb {

const char* SectionKindName(SectionKind kind) {
  switch (kind) {
    case SectionKind::kSummary:
      return "summary";
    case SectionKind::kFullText:
      return "fulltext";
    case SectionKind::kOther:
      return "other";
  }
  return "other";
}

std::vector<std::string> Episode::Speakers() const {
  std::vector<std::string> names;
  for (const Section& section : sections) {
    for (const Turn& turn : section.turns) {
      if (turn.speaker.empty()) continue;
      if (std::find(names.begin(), names.end(), turn.speaker) == names.end()) {
        names.push_back(turn.speaker);
      }
    }
  }
  return names;
}

std::string FormatSeconds(int seconds) {
  if (seconds < 0) seconds = 0;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%02d:%02d:%02d", seconds / 3600, (seconds / 60) % 60,
                seconds % 60);
  return buffer;
}

}  // namespace claimkb
