#include "timestamp.h"

#include <array>
#include <cctype>
#include <limits>
#include <string>
#include <utility>

namespace claimkb::internal {
namespace {

// Spaces that may surround a range separator: ASCII, no-break and ideographic.
std::size_t SkipSpaces(std::string_view text, std::size_t i) {
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\t') {
      ++i;
    } else if (text.substr(i, 2) == "\xC2\xA0") {
      i += 2;
    } else if (text.substr(i, 3) == "\xE3\x80\x80") {
      i += 3;
    } else {
      break;
    }
  }
  return i;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::size_t CountDigits(std::string_view text, std::size_t i) {
  std::size_t n = 0;
  while (i + n < text.size() && IsDigit(text[i + n])) ++n;
  return n;
}

int ToInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// A clock written as h:mm:ss or mm:ss at the start of `text`.
struct Clock {
  int seconds = 0;
  std::size_t length = 0;
  bool possible = true;  // False for minutes or seconds of 60 or more.
};

std::optional<Clock> MatchClock(std::string_view text) {
  const std::size_t first = CountDigits(text, 0);
  if (first == 0 || first > 3) return std::nullopt;
  std::size_t i = first;
  if (i >= text.size() || text[i] != ':' || CountDigits(text, i + 1) != 2) return std::nullopt;
  const int a = ToInt(text.substr(0, first));
  const int b = ToInt(text.substr(i + 1, 2));
  i += 3;
  Clock clock;
  if (i < text.size() && text[i] == ':' && CountDigits(text, i + 1) == 2) {
    const int c = ToInt(text.substr(i + 1, 2));
    i += 3;
    clock.seconds = a * 3600 + b * 60 + c;
    clock.possible = b < 60 && c < 60;
  } else {
    // Two groups are minutes and seconds: ranges inside short episodes are
    // written "12:30 - 15:00".
    clock.seconds = a * 60 + b;
    clock.possible = a < 60 && b < 60;
  }
  // Subtitles give milliseconds ("00:00:04,200", "00:01.500"): the second
  // is what a moment needs.
  if (i < text.size() && (text[i] == ',' || text[i] == '.') && CountDigits(text, i + 1) == 3) {
    i += 4;
  }
  // "00:00:00:00" or "12:345" is not a clock we understand.
  if (i < text.size() && (IsDigit(text[i]) || text[i] == ':')) return std::nullopt;
  clock.length = i;
  return clock;
}

// Separators accepted between the two ends of a range. Longer spellings come
// first so that "--" is not read as "-" followed by garbage.
constexpr std::array<std::string_view, 11> kSeparators = {"-->" /* subtitles */,
                                                          "--",
                                                          "-",
                                                          "\xE2\x80\x93" /* – */,
                                                          "\xE2\x80\x94" /* — */,
                                                          "~",
                                                          "\xEF\xBD\x9E" /* ～ */,
                                                          "\xEF\xBC\x8D" /* － */,
                                                          "\xE2\x88\x92" /* − */,
                                                          "\xE8\x87\xB3" /* 至 */,
                                                          "to"};

constexpr std::array<std::string_view, 4> kOpeners = {"\xEF\xBC\x88" /* （ */, "(", "[",
                                                      "\xE3\x80\x90" /* 【 */};
constexpr std::array<std::string_view, 4> kClosers = {"\xEF\xBC\x89" /* ） */, ")", "]",
                                                      "\xE3\x80\x91" /* 】 */};

std::unexpected<Error> Impossible(std::string_view stamp) {
  return MakeError(
      ErrorCode::kParse,
      "impossible timestamp \"" + std::string(stamp) + "\": minutes and seconds must be below 60",
      "write times as h:mm:ss or mm:ss");
}

}  // namespace

Result<std::optional<RangeMatch>> MatchTimeRange(std::string_view text) {
  std::size_t i = SkipSpaces(text, 0);
  const std::size_t start_at = i;
  const std::optional<Clock> start = MatchClock(text.substr(i));
  if (!start) return std::nullopt;
  i = SkipSpaces(text, i + start->length);
  std::size_t separator = 0;
  for (std::string_view candidate : kSeparators) {
    if (text.substr(i, candidate.size()) == candidate) {
      separator = candidate.size();
      break;
    }
  }
  if (separator == 0) return std::nullopt;
  i = SkipSpaces(text, i + separator);
  const std::size_t end_at = i;
  const std::optional<Clock> end = MatchClock(text.substr(i));
  if (!end) return std::nullopt;
  i += end->length;
  if (!start->possible) return Impossible(text.substr(start_at, start->length));
  if (!end->possible) return Impossible(text.substr(end_at, end->length));
  if (end->seconds < start->seconds) {
    return MakeError(ErrorCode::kParse,
                     "time range runs backwards: \"" +
                         std::string(text.substr(start_at, i - start_at)) +
                         "\" ends before it starts",
                     "check the order of the two timestamps");
  }
  return RangeMatch{TimeRange{start->seconds, end->seconds}, i};
}

Result<std::optional<BracketRange>> FindBracketedRange(std::string_view text) {
  std::optional<BracketRange> best;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t opener = 0;
    for (std::string_view candidate : kOpeners) {
      if (text.substr(i, candidate.size()) == candidate) {
        opener = candidate.size();
        break;
      }
    }
    if (opener == 0) continue;
    const std::size_t content = i + opener;
    Result<std::optional<RangeMatch>> match = MatchTimeRange(text.substr(content));
    if (!match) return std::unexpected(match.error());
    if (!*match) continue;
    // The closer may follow a remark ("，节选并合并"); take the nearest one.
    std::size_t close_at = std::string_view::npos;
    std::size_t close_len = 0;
    for (std::string_view closer : kClosers) {
      const std::size_t at = text.find(closer, content + (*match)->length);
      if (at < close_at) {
        close_at = at;
        close_len = closer.size();
      }
    }
    if (close_at == std::string_view::npos) continue;
    best = BracketRange{(*match)->range, i, close_at + close_len};
    i = close_at + close_len - 1;
  }
  return best;
}

Result<std::optional<int>> ParseClockValue(std::string_view text) {
  const std::size_t begin = SkipSpaces(text, 0);
  std::size_t end = text.size();
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  const std::string_view value = text.substr(begin, end - begin);
  const std::optional<Clock> clock = MatchClock(value);
  if (!clock || clock->length != value.size()) return std::nullopt;
  if (!clock->possible) return Impossible(value);
  return clock->seconds;
}

std::optional<int> ParseDurationWords(std::string_view text) {
  // Units longest first, so that "minutes" is not read as "min" and "utes".
  static constexpr std::pair<std::string_view, int> kUnits[] = {
      {"hours", 3600}, {"hour", 3600},  {"hrs", 3600},  {"hr", 3600},   {"h", 3600},
      {"小时", 3600},  {"minutes", 60}, {"minute", 60}, {"mins", 60},   {"min", 60},
      {"m", 60},       {"分钟", 60},    {"分", 60},     {"seconds", 1}, {"second", 1},
      {"secs", 1},     {"sec", 1},      {"s", 1},       {"秒钟", 1},    {"秒", 1}};
  auto skip = [&](std::size_t at) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    return at;
  };
  auto skip_word = [&](std::size_t at, std::string_view word) {
    return text.substr(at).starts_with(word) ? skip(at + word.size()) : at;
  };
  std::size_t at = skip(0);
  for (std::string_view about : {"约", "大约", "about", "~", "≈"}) at = skip_word(at, about);
  int seconds = 0;
  int parts = 0;
  int last_unit = std::numeric_limits<int>::max();
  while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
    int number = 0;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9' && number < 100000) {
      number = number * 10 + (text[at++] - '0');
    }
    at = skip(at);
    int unit = 0;
    for (const auto& [word, scale] : kUnits) {
      if (!text.substr(at).starts_with(word)) continue;
      // A Latin unit ends at a word boundary: "58 minutes", not "58 mango".
      const std::size_t end = at + word.size();
      if (static_cast<unsigned char>(word.front()) < 0x80 && end < text.size() &&
          std::isalpha(static_cast<unsigned char>(text[end]))) {
        continue;
      }
      unit = scale;
      at = skip(end);
      break;
    }
    // Units go from large to small, each once: "1 小时 12 分".
    if (unit == 0 || unit >= last_unit) return std::nullopt;
    last_unit = unit;
    seconds += number * unit;
    ++parts;
    at = skip_word(at, ",");
  }
  for (std::string_view after : {"左右", "上下"}) at = skip_word(at, after);
  if (parts == 0 || at != text.size() || seconds <= 0 || seconds > 100 * 3600) return std::nullopt;
  return seconds;
}

}  // namespace claimkb::internal
