#include "quantity_parser.h"

#include <cmath>

#include "cue_scanner.h"
#include "utf8_scan.h"

namespace claimkb::internal {
namespace {

// Tags of the unit table: an index into kUnitNames, or one of the special
// values below.
enum UnitTag {
  kUnitPercent = 0,
  kUnitTimes,
  kUnitPoints,
  kUnitTokens,
  kUnitCount,
  kUnitYears,
  kUnitMonths,
  kUnitDays,
  kUnitHours,
  kUnitMinutes,
  kUnitSeconds,
  kUnitPeople,
  kUnitLayers,
  kUnitTenths,     // 成: "三成" is 30 %.
  kUnitMonthDate,  // A bare 月 after a number is a date, not a duration.
  kUnitNotAUnit,   // 十分 (very), 分之 (fractions), 年代 (decades): never a quantity.
};
constexpr std::string_view kUnitNames[] = {"%",     "x",      "points", "tokens", "count",
                                           "years", "months", "days",   "hours",  "min",
                                           "s",     "people", "layers"};

const CueScanner& UnitScanner() {
  static const CueScanner scanner({
      {"%", kUnitPercent},       {"％", kUnitPercent},      {"percent", kUnitPercent},
      {"个百分点", kUnitPoints}, {"百分点", kUnitPoints},   {"percentage points", kUnitPoints},
      {"pp", kUnitPoints},       {"points", kUnitPoints},   {"pts", kUnitPoints},
      {"分", kUnitPoints},       {"分钟", kUnitMinutes},    {"分之", kUnitNotAUnit},
      {"倍", kUnitTimes},        {"x", kUnitTimes},         {"×", kUnitTimes},
      {"times", kUnitTimes},     {"token", kUnitTokens},    {"tokens", kUnitTokens},
      {"个", kUnitCount},        {"个月", kUnitMonths},     {"月", kUnitMonthDate},
      {"年", kUnitYears},        {"周年", kUnitYears},      {"年代", kUnitNotAUnit},
      {"years", kUnitYears},     {"year", kUnitYears},      {"months", kUnitMonths},
      {"天", kUnitDays},         {"days", kUnitDays},       {"小时", kUnitHours},
      {"hours", kUnitHours},     {"minutes", kUnitMinutes}, {"秒", kUnitSeconds},
      {"seconds", kUnitSeconds}, {"人", kUnitPeople},       {"people", kUnitPeople},
      {"层", kUnitLayers},       {"layers", kUnitLayers},   {"次", kUnitCount},
      {"条", kUnitCount},        {"种", kUnitCount},        {"家", kUnitCount},
      {"成", kUnitTenths},
  });
  return scanner;
}

// Multipliers written after a number: "10B", "100 trillion", "20 万".
const CueScanner& ScaleScanner() {
  static const CueScanner scanner({
      {"k", 3},
      {"m", 6},
      {"b", 9},
      {"t", 12},
      {"thousand", 3},
      {"million", 6},
      {"billion", 9},
      {"trillion", 12},
      {"万", 4},
      {"亿", 8},
      {"千", 3},
      {"百万", 6},
      {"千万", 7},
      {"万亿", 12},
  });
  return scanner;
}

// Vague phrases with a fixed range, tag = index into kVaguePhrases.
struct VaguePhrase {
  std::string_view text;
  double low;
  double high;
};
constexpr VaguePhrase kVaguePhrases[] = {
    {"个位数", 1, 9},        {"两位数", 10, 99},     {"三位数", 100, 999},
    {"成百上千", 100, 1000}, {"上百", 100, 999},     {"上千", 1000, 9999},
    {"上万", 10000, 99999},  {"几十", 20, 99},       {"几百", 200, 999},
    {"几千", 2000, 9999},    {"几万", 20000, 99999}, {"数十", 20, 99},
    {"数百", 200, 999},      {"数千", 2000, 9999},   {"数万", 20000, 99999},
    {"dozens", 24, 99},      {"hundreds", 200, 999}, {"thousands", 2000, 9999},
};

const CueScanner& VagueScanner() {
  static const CueScanner scanner([] {
    std::vector<Cue> cues;
    for (std::size_t i = 0; i < std::size(kVaguePhrases); ++i) {
      cues.push_back({kVaguePhrases[i].text, static_cast<int>(i)});
    }
    return cues;
  }());
  return scanner;
}

int ChineseDigit(char32_t cp) {
  switch (cp) {
    case U'零':
    case U'〇':
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'两':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

int ChineseMultiplier(char32_t cp) {
  switch (cp) {
    case U'十':
      return 10;
    case U'百':
      return 100;
    case U'千':
      return 1000;
    case U'万':
      return 10000;
    case U'亿':
      return 100000000;
    default:
      return 0;
  }
}

// Assigns through a size so that GCC 12 at -O2 does not raise its false
// -Wrestrict warning about std::string assignment from short literals.
void SetText(std::string* out, std::string_view value) {
  out->resize(value.size());
  value.copy(out->data(), value.size());
}

void SkipSpaces(std::string_view text, std::size_t* pos) {
  while (*pos < text.size() && (text[*pos] == ' ' || text[*pos] == '\t')) ++*pos;
}

// A number as it is being read: its range and where it ends.
struct Reading {
  double low = 0;
  double high = 0;
  std::size_t end = 0;
  bool vague = false;
};

// Reads a Chinese numeral ("三十几", "十几", "两", "二十") at `pos`.
bool ReadChineseNumeral(std::string_view text, std::size_t pos, Reading* reading) {
  double total = 0;
  double section = 0;
  int digit = -1;
  bool has_multiplier = false;
  bool trailing_ji = false;
  std::size_t cursor = pos;
  int chars = 0;
  while (cursor < text.size()) {
    char32_t cp = 0;
    const std::size_t length = DecodeUtf8At(text, cursor, &cp);
    const int value = ChineseDigit(cp);
    const int multiplier = ChineseMultiplier(cp);
    if (value >= 0) {
      if (digit >= 0) break;  // "三五" is a vague pair; stop at the first.
      digit = value;
    } else if (multiplier == 10 || multiplier == 100 || multiplier == 1000) {
      if (chars == 0 && multiplier != 10) return false;  // "百"/"千" alone are words.
      section += (digit >= 0 ? digit : 1) * multiplier;
      digit = -1;
      has_multiplier = true;
    } else if (multiplier > 0) {
      if (chars == 0) return false;  // "万一" is "in case".
      total = (total + section + (digit >= 0 ? digit : 0)) * multiplier;
      section = 0;
      digit = -1;
      has_multiplier = true;
    } else if (cp == U'几' && has_multiplier && digit < 0) {
      trailing_ji = true;
      cursor += length;
      ++chars;
      break;
    } else {
      break;
    }
    cursor += length;
    ++chars;
  }
  if (chars == 0) return false;
  const double value = total + section + (digit >= 0 ? digit : 0);
  reading->end = cursor;
  reading->low = value;
  reading->high = value;
  if (trailing_ji) {
    // "三十几": the ones digit is unknown, 31..39.
    reading->low = value + 1;
    reading->high = value + 9;
    reading->vague = true;
  } else if (cursor < text.size()) {
    char32_t next = 0;
    const std::size_t length = DecodeUtf8At(text, cursor, &next);
    if (next == U'多' && has_multiplier) {
      // "十多", "三十多": more than the round number, below the next one.
      reading->low = value + 1;
      reading->high = value + 9;
      reading->vague = true;
      reading->end = cursor + length;
    }
  }
  // A lone digit (一, 两, 三 ...) is a number only if a unit follows; the
  // caller checks that. Remember whether a multiplier made it unambiguous.
  if (!has_multiplier && !trailing_ji) reading->vague = false;
  return true;
}

// Reads "12", "1,234", "13.7" at `pos`.
bool ReadArabic(std::string_view text, std::size_t pos, Reading* reading) {
  std::size_t cursor = pos;
  double value = 0;
  while (cursor < text.size() && IsAsciiDigit(text[cursor])) {
    value = value * 10 + (text[cursor] - '0');
    ++cursor;
    // Thousands separators: a comma followed by exactly three digits.
    if (cursor + 3 < text.size() + 0 && text[cursor] == ',' && IsAsciiDigit(text[cursor + 1]) &&
        IsAsciiDigit(text[cursor + 2]) && IsAsciiDigit(text[cursor + 3]) &&
        (cursor + 4 >= text.size() || !IsAsciiDigit(text[cursor + 4]))) {
      ++cursor;
    }
  }
  if (cursor == pos) return false;
  if (cursor + 1 < text.size() && text[cursor] == '.' && IsAsciiDigit(text[cursor + 1])) {
    ++cursor;
    double scale = 0.1;
    while (cursor < text.size() && IsAsciiDigit(text[cursor])) {
      value += (text[cursor] - '0') * scale;
      scale /= 10;
      ++cursor;
    }
  }
  reading->low = value;
  reading->high = value;
  reading->end = cursor;
  return true;
}

// Applies a scale word right after a number ("10B", "100 trillion", "20 万").
void ReadScale(std::string_view text, Reading* reading) {
  std::size_t cursor = reading->end;
  SkipSpaces(text, &cursor);
  CueMatch match;
  if (cursor >= text.size() || !ScaleScanner().MatchAt(text, cursor, &match, false)) return;
  // Single-letter scales must be glued to the number ("10B", not "10 B").
  if (match.end - match.begin == 1 && IsAsciiAlpha(text[cursor]) && cursor != reading->end) return;
  const double factor = std::pow(10.0, match.tag);
  reading->low *= factor;
  reading->high *= factor;
  reading->end = match.end;
}

// The unit right after a number, or -1.
int ReadUnit(std::string_view text, std::size_t* end) {
  std::size_t cursor = *end;
  SkipSpaces(text, &cursor);
  if (cursor >= text.size()) return -1;
  CueMatch match;
  if (!UnitScanner().MatchAt(text, cursor, &match, false)) return -1;
  // "x" counts as a unit only glued to the number ("2x").
  if (match.tag == kUnitTimes && text[cursor] == 'x' && cursor != *end) return -1;
  *end = match.end;
  return match.tag;
}

bool IsRangeSeparator(std::string_view text, std::size_t pos, bool allow_words,
                      std::size_t* after) {
  static const CueScanner scanner({
      {"~", 1},
      {"～", 1},
      {"-", 1},
      {"–", 1},
      {"—", 1},
      {"至", 2},
      {"到", 2},
      {"to", 2},
  });
  std::size_t cursor = pos;
  SkipSpaces(text, &cursor);
  CueMatch match;
  if (cursor >= text.size() || !scanner.MatchAt(text, cursor, &match)) return false;
  if (match.tag == 2 && !allow_words) return false;
  cursor = match.end;
  SkipSpaces(text, &cursor);
  *after = cursor;
  return true;
}

// Whether the number at `pos` is glued to a name: "GPT-5", "O3", "S4.5",
// "v1", "Qwen2.5".
bool GluedToName(std::string_view text, std::size_t pos) {
  if (pos == 0) return false;
  const char before = text[pos - 1];
  if (IsAsciiAlpha(before)) return true;
  if ((before == '-' || before == '.' || before == '_') && pos >= 2 &&
      (IsAsciiAlnum(text[pos - 2]))) {
    return true;
  }
  return false;
}

// Whether the text right before `pos` (skipping spaces and approximation
// marks) is a "from" word: 从, 由, from.
bool PrecededByFrom(std::string_view text, std::size_t pos) {
  std::size_t cursor = pos;
  for (int steps = 0; steps < 3 && cursor > 0; ++steps) {
    char32_t cp = 0;
    const std::size_t length = DecodeUtf8Before(text, cursor, &cp);
    if (cp == U'从' || cp == U'由') return true;
    if (cp == ' ' || cp == U'约' || cp == U'≈' || cp == '~') {
      cursor -= length;
      continue;
    }
    if (cp == 'm' && cursor >= 4) {
      const std::string_view word = text.substr(cursor - 4, 4);
      if ((word == "from" || word == "From") && (cursor == 4 || !IsAsciiAlpha(text[cursor - 5]))) {
        return true;
      }
    }
    return false;
  }
  return false;
}

// Reads one quantity starting at `pos`; false when nothing there is one.
bool ReadQuantity(std::string_view text, std::size_t pos, Quantity* quantity) {
  Reading first;
  bool chinese = false;
  CueMatch vague_match;
  char32_t cp = 0;
  DecodeUtf8At(text, pos, &cp);
  if (VagueScanner().MatchAt(text, pos, &vague_match)) {
    const VaguePhrase& phrase = kVaguePhrases[vague_match.tag];
    first = Reading{phrase.low, phrase.high, vague_match.end, true};
  } else if (IsAsciiDigit(text[pos])) {
    if (GluedToName(text, pos)) return false;
    if (!ReadArabic(text, pos, &first)) return false;
    // Clock times (00:31:47) and digits glued to letters ("3D", "5th") are
    // not quantities; scale letters are handled below.
    if (first.end < text.size() && text[first.end] == ':' && first.end + 1 < text.size() &&
        IsAsciiDigit(text[first.end + 1])) {
      return false;
    }
  } else if (ChineseDigit(cp) >= 0 || ChineseMultiplier(cp) > 0) {
    char32_t before = 0;
    DecodeUtf8Before(text, pos, &before);
    if (before == U'第' || before == U'周' || before == U'星') return false;
    if (!ReadChineseNumeral(text, pos, &first)) return false;
    chinese = true;
  } else {
    return false;
  }
  ReadScale(text, &first);
  if (first.end < text.size() && IsAsciiAlpha(text[first.end]) && !chinese) {
    // "3D", "5th", "4o": part of a name, unless a unit like "2x" follows.
    std::size_t probe = first.end;
    const int unit = ReadUnit(text, &probe);
    if (unit != kUnitTimes && unit != kUnitPoints && unit != kUnitTokens) return false;
  }
  const bool from = PrecededByFrom(text, pos);
  std::size_t end = first.end;
  int unit = ReadUnit(text, &end);
  Reading range = first;
  std::size_t after = 0;
  // A range "2~3 倍", "15B–70B", "2 到 3": not after 从, where 到 means "to
  // a new value" rather than "up to".
  if (IsRangeSeparator(text, end, !from, &after) && after < text.size()) {
    Reading second;
    bool read = false;
    if (IsAsciiDigit(text[after]) && !chinese) {
      read = ReadArabic(text, after, &second);
    } else if (chinese) {
      char32_t next = 0;
      DecodeUtf8At(text, after, &next);
      if (ChineseDigit(next) >= 0 || ChineseMultiplier(next) == 10) {
        read = ReadChineseNumeral(text, after, &second);
      }
    }
    if (read) {
      ReadScale(text, &second);
      // "2025-11" is a date, not a range.
      const bool date = !chinese && first.low >= 1900 && first.low <= 2100 &&
                        std::floor(first.low) == first.low && text[end] != ' ' && second.low >= 1 &&
                        second.low <= 12;
      if (date) return false;
      if (second.high >= first.low) {
        range.high = second.high;
        range.end = second.end;
        end = second.end;
        const int second_unit = ReadUnit(text, &end);
        if (second_unit >= 0) unit = second_unit;
      }
    }
  }
  // Years ("2025 年", "2024"), dates ("11 月") and decades are not amounts.
  if (unit == kUnitMonthDate || unit == kUnitNotAUnit) return false;
  if (!chinese && !first.vague && first.low >= 1900 && first.low <= 2100 &&
      std::floor(first.low) == first.low && first.high == first.low &&
      (unit == kUnitYears || unit < 0)) {
    return false;
  }
  if (chinese && !first.vague && range.high == range.low) {
    // A bare Chinese digit is a number only with a unit, and 十分 is "very".
    if (unit < 0) {
      if (first.low < 10) return false;
    }
    const std::string_view run = text.substr(pos, first.end - pos);
    if (run == "十" && unit == kUnitPoints) return false;
  }
  quantity->begin = pos;
  quantity->end = unit >= 0 ? end : range.end;
  quantity->low = range.low;
  quantity->high = range.high;
  quantity->vague = first.vague;
  quantity->unit.clear();
  if (unit == kUnitTenths) {
    quantity->low *= 10;
    quantity->high *= 10;
    SetText(&quantity->unit, "%");
  } else if (unit >= 0) {
    SetText(&quantity->unit, kUnitNames[unit]);
  }
  // Keep "+" of "6K+" in the phrase.
  if (quantity->end < text.size() && text[quantity->end] == '+') ++quantity->end;
  return true;
}

// Marks before/after/alternative (see Quantity::qualifier).
void MarkQualifiers(std::string_view text, std::vector<Quantity>* quantities) {
  auto& list = *quantities;
  // Alternatives: "十几（或个位数）", "70% (or 60%)".
  for (std::size_t i = 1; i < list.size(); ++i) {
    std::size_t cursor = list[i - 1].end;
    SkipSpaces(text, &cursor);
    char32_t cp = 0;
    if (cursor >= text.size()) continue;
    cursor += DecodeUtf8At(text, cursor, &cp);
    if (cp != U'（' && cp != '(') continue;
    SkipSpaces(text, &cursor);
    const std::string_view rest = text.substr(cursor);
    std::size_t skip = 0;
    if (rest.starts_with("或者"))
      skip = 6;
    else if (rest.starts_with("或"))
      skip = 3;
    else if (rest.starts_with("or "))
      skip = 3;
    if (skip == 0) continue;
    cursor += skip;
    SkipSpaces(text, &cursor);
    if (cursor == list[i].begin) SetText(&list[i].qualifier, "alternative");
  }
  // Changes: "从 A 到 B", "由 A 升至 B", "from A to B".
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i].qualifier == "alternative" || !PrecededByFrom(text, list[i].begin)) continue;
    std::size_t j = i + 1;
    while (j < list.size() && list[j].qualifier == "alternative") ++j;
    if (j >= list.size()) continue;
    // The words between the two, leaving out bracketed asides.
    std::string between;
    int depth = 0;
    std::size_t cursor = list[i].end;
    while (cursor < list[j].begin) {
      char32_t cp = 0;
      const std::size_t length = DecodeUtf8At(text, cursor, &cp);
      if (cp == U'（' || cp == '(') ++depth;
      if (depth == 0) between.append(text.substr(cursor, length));
      if ((cp == U'）' || cp == ')') && depth > 0) --depth;
      cursor += length;
    }
    if (between.size() > 24) continue;
    if (between.find("到") != std::string::npos || between.find("至") != std::string::npos ||
        between.find("to") != std::string::npos || between.find("→") != std::string::npos) {
      SetText(&list[i].qualifier, "before");
      SetText(&list[j].qualifier, "after");
    }
  }
}

}  // namespace

std::vector<Quantity> ParseQuantities(std::string_view text) {
  std::vector<Quantity> quantities;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if ((byte & 0xC0) == 0x80) {
      ++pos;
      continue;
    }
    Quantity quantity;
    if (ReadQuantity(text, pos, &quantity)) {
      quantities.push_back(std::move(quantity));
      pos = quantities.back().end;
      continue;
    }
    // Skip the rest of a number or word that did not qualify, so that the
    // "5" of "GPT-45" or the "1" of "2025-11" is not read on its own.
    if (IsAsciiAlnum(text[pos])) {
      while (pos < text.size() && (IsAsciiAlnum(text[pos]) || text[pos] == '.' ||
                                   text[pos] == ':' || text[pos] == '-')) {
        ++pos;
      }
    } else {
      char32_t cp = 0;
      pos += DecodeUtf8At(text, pos, &cp);
    }
  }
  MarkQualifiers(text, &quantities);
  return quantities;
}

}  // namespace claimkb::internal
