#include "cue_timing.h"

#include <cstdio>

namespace claimkb::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Reads a run of digits at `*pos`; returns how many there were.
std::size_t ReadDigits(std::string_view text, std::size_t* pos, std::int64_t* value) {
  const std::size_t begin = *pos;
  *value = 0;
  while (*pos < text.size() && IsDigit(text[*pos]) && *pos - begin < 9) {
    *value = *value * 10 + (text[*pos] - '0');
    ++*pos;
  }
  return *pos - begin;
}

std::string FormatMs(std::int64_t ms) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%02lld:%02lld:%02lld.%03lld",
                static_cast<long long>(ms / 3600000), static_cast<long long>(ms / 60000 % 60),
                static_cast<long long>(ms / 1000 % 60), static_cast<long long>(ms % 1000));
  return buffer;
}

}  // namespace

std::optional<std::int64_t> ParseCueTime(std::string_view text) {
  text = TrimSpaces(text);
  // Up to three colon-separated fields, then an optional fraction.
  std::int64_t fields[3] = {0, 0, 0};
  std::size_t widths[3] = {0, 0, 0};
  int count = 0;
  std::size_t pos = 0;
  while (count < 3) {
    widths[count] = ReadDigits(text, &pos, &fields[count]);
    if (widths[count] == 0) return std::nullopt;
    ++count;
    if (pos < text.size() && text[pos] == ':') {
      ++pos;
      continue;
    }
    break;
  }
  if (count < 2) return std::nullopt;  // "12" or "12.5" alone is not a cue time.
  std::int64_t fraction_ms = 0;
  if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
    ++pos;
    std::int64_t digits = 0;
    const std::size_t width = ReadDigits(text, &pos, &digits);
    if (width == 0 || width > 3) return std::nullopt;
    for (std::size_t w = width; w < 3; ++w) digits *= 10;  // ".5" is 500 ms.
    fraction_ms = digits;
  }
  if (pos != text.size()) return std::nullopt;
  const std::int64_t hours = count == 3 ? fields[0] : 0;
  const std::int64_t minutes = fields[count - 2];
  const std::int64_t seconds = fields[count - 1];
  // Minutes and seconds are two digits (one is tolerated); hours may be longer.
  if (widths[count - 1] > 2 || widths[count - 2] > 2) return std::nullopt;
  if (minutes >= 60 || seconds >= 60) return std::nullopt;
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction_ms;
}

bool LooksLikeTimingLine(std::string_view line) {
  return line.find("-->") != std::string_view::npos;
}

std::optional<CueTiming> ParseCueTiming(std::string_view line, std::string* problem) {
  const std::size_t arrow = line.find("-->");
  if (arrow == std::string_view::npos) {
    *problem = "not a cue timing line (no \"-->\")";
    return std::nullopt;
  }
  const std::string_view left = TrimSpaces(line.substr(0, arrow));
  std::string_view right = TrimSpaces(line.substr(arrow + 3));
  // The end time is the first word after the arrow; cue settings may follow.
  const std::size_t space = right.find_first_of(" \t");
  if (space != std::string_view::npos) right = right.substr(0, space);
  const std::optional<std::int64_t> start = ParseCueTime(left);
  if (!start) {
    *problem = "bad start time \"" + std::string(left) + "\"";
    return std::nullopt;
  }
  const std::optional<std::int64_t> end = ParseCueTime(right);
  if (!end) {
    *problem = "bad end time \"" + std::string(right) + "\"";
    return std::nullopt;
  }
  if (*end < *start) {
    *problem = "cue ends at " + FormatMs(*end) + ", before it starts at " + FormatMs(*start);
    return std::nullopt;
  }
  return CueTiming{*start, *end};
}

}  // namespace claimkb::internal
