#include "cue_scanner.h"

#include <algorithm>

#include "utf8_scan.h"

namespace claimkb::internal {

namespace {

// The bytes of the multi-byte character at `pos` as one key, and its length;
// length 0 for an ASCII byte, a stray continuation byte or a cut sequence.
std::size_t FirstCharKey(std::string_view text, std::size_t pos, std::uint32_t* key) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || pos + length > text.size()) return 0;
  std::uint32_t k = 0;
  for (std::size_t i = 0; i < length; ++i) k = (k << 8) | static_cast<unsigned char>(text[pos + i]);
  *key = k;
  return length;
}

}  // namespace

CueScanner::CueScanner(const std::vector<Cue>& cues) {
  entries_.reserve(cues.size());
  for (const Cue& cue : cues) {
    if (cue.pattern.empty()) continue;
    entries_.push_back(Entry{std::string(cue.pattern), cue.tag});
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const auto first = static_cast<unsigned char>(entries_[i].pattern[0]);
    std::uint32_t key = 0;
    if (FirstCharKey(entries_[i].pattern, 0, &key) > 0) {
      by_first_char_[key].push_back(static_cast<int>(i));
      continue;
    }
    by_first_byte_[first].push_back(static_cast<int>(i));
    // Upper-case text must find lower-case patterns too.
    if (first >= 'a' && first <= 'z') {
      by_first_byte_[first - 'a' + 'A'].push_back(static_cast<int>(i));
    }
  }
  const auto longest_first = [this](std::vector<int>& bucket) {
    std::stable_sort(bucket.begin(), bucket.end(), [this](int a, int b) {
      return entries_[a].pattern.size() > entries_[b].pattern.size();
    });
  };
  for (auto& bucket : by_first_byte_) longest_first(bucket);
  for (auto& [key, bucket] : by_first_char_) longest_first(bucket);
}

bool CueScanner::MatchAt(std::string_view text, std::size_t pos, CueMatch* match,
                         bool left_boundary) const {
  const std::vector<int>* bucket = &by_first_byte_[static_cast<unsigned char>(text[pos])];
  std::uint32_t key = 0;
  if (FirstCharKey(text, pos, &key) > 0) {
    const auto it = by_first_char_.find(key);
    if (it == by_first_char_.end()) return false;
    bucket = &it->second;
  }
  for (int index : *bucket) {
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
