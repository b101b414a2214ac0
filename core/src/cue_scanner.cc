#include "cue_scanner.h"

#include <algorithm>

#include "utf8_scan.h"

namespace claimkb::internal {

CueScanner::CueScanner(const std::vector<Cue>& cues) {
  entries_.reserve(cues.size());
  for (const Cue& cue : cues) {
    if (cue.pattern.empty()) continue;
    entries_.push_back(Entry{std::string(cue.pattern), cue.tag});
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const auto first = static_cast<unsigned char>(entries_[i].pattern[0]);
    by_first_byte_[first].push_back(static_cast<int>(i));
    // Upper-case text must find lower-case patterns too.
    if (first >= 'a' && first <= 'z') {
      by_first_byte_[first - 'a' + 'A'].push_back(static_cast<int>(i));
    }
  }
  for (auto& bucket : by_first_byte_) {
    std::stable_sort(bucket.begin(), bucket.end(), [this](int a, int b) {
      return entries_[a].pattern.size() > entries_[b].pattern.size();
    });
  }
}

bool CueScanner::MatchAt(std::string_view text, std::size_t pos, CueMatch* match,
                         bool left_boundary) const {
  const auto& bucket = by_first_byte_[static_cast<unsigned char>(text[pos])];
  for (int index : bucket) {
    const std::string& pattern = entries_[index].pattern;
    if (pos + pattern.size() > text.size()) continue;
    bool equal = true;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      if (AsciiLower(text[pos + i]) != pattern[i]) {
        equal = false;
        break;
      }
    }
    if (!equal) continue;
    if (left_boundary && IsAsciiAlnum(pattern.front()) && pos > 0 && IsAsciiAlnum(text[pos - 1])) {
      continue;
    }
    const std::size_t end = pos + pattern.size();
    if (IsAsciiAlnum(pattern.back()) && end < text.size() && IsAsciiAlnum(text[end])) continue;
    *match = CueMatch{pos, end, entries_[index].tag};
    return true;
  }
  return false;
}

std::vector<CueMatch> CueScanner::Scan(std::string_view text) const {
  std::vector<CueMatch> matches;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if ((byte & 0xC0) == 0x80) {  // Never start inside a code point.
      ++pos;
      continue;
    }
    CueMatch match;
    if (MatchAt(text, pos, &match)) {
      matches.push_back(match);
      pos = match.end;
    } else {
      ++pos;
    }
  }
  return matches;
}

}  // namespace claimkb::internal
