// Tokens of names and the shapes of their parts. See name_tokens.h.
#include "name_tokens.h"

#include <algorithm>

namespace claimkb::internal {
namespace {

bool IsAsciiAlnum(char32_t cp) { return IsAsciiLower(cp) || IsAsciiDigit(cp); }

}  // namespace

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string GluedKey(const std::vector<NameToken>& tokens, std::size_t from, std::size_t count) {
  std::string key;
  for (std::size_t t = from; t < from + count; ++t) key += tokens[t].folded;
  return key;
}

std::vector<NameToken> TokenizeNames(std::string_view text, const std::vector<NormChar>& chars) {
  std::vector<NameToken> tokens;
  const std::size_t n = chars.size();
  for (std::size_t i = 0; i < n;) {
    if (!IsAsciiAlnum(chars[i].cp)) {
      ++i;
      continue;
    }
    NameToken token;
    token.first = i;
    while (i < n && IsAsciiAlnum(chars[i].cp)) {
      token.folded.push_back(static_cast<char>(chars[i].cp));
      ++i;
    }
    token.last = i - 1;
    // A token glued to a letter of another script ("Gemini３" is folded, but
    // "Ölmo") is not an ASCII name.
    if (i < n && IsWordChar(chars[i].cp)) {
      while (i < n && IsWordChar(chars[i].cp)) ++i;
      continue;
    }
    if (token.first > 0 && IsWordChar(chars[token.first - 1].cp)) continue;
    token.original = std::string(
        text.substr(chars[token.first].begin, chars[token.last].end - chars[token.first].begin));
    // The gap up to the next letter or digit.
    std::size_t j = i;
    int spaces = 0, hyphens = 0, dots = 0, apostrophes = 0, other = 0;
    while (j < n && !IsAsciiAlnum(chars[j].cp) && j - i < 4) {
      const char32_t cp = chars[j].cp;
      if (cp == ' ' || cp == 0x00A0) {
        ++spaces;
      } else if (cp == '-' || cp == '_' || cp == 0x2010 || cp == 0x2011 || cp == 0x00B7) {
        // A middle dot joins the parts of a name as a hyphen does ("DALL·E 3").
        ++hyphens;
      } else if (cp == '.') {
        ++dots;
      } else if (cp == '\'' || cp == 0x2019) {
        ++apostrophes;
      } else {
        ++other;
      }
      ++j;
    }
    if (j < n && IsAsciiAlnum(chars[j].cp) && other == 0 && j > i) {
      if (apostrophes == 1 && hyphens + dots == 0 && spaces <= 1) {
        token.gap_after = Gap::kApostrophe;
      } else if (apostrophes > 0) {
        token.gap_after = Gap::kNone;
      } else if (dots == 1 && spaces + hyphens == 0) {
        token.gap_after = Gap::kDot;
      } else if (dots == 0 && hyphens <= 1 && spaces <= 2 && hyphens + spaces > 0) {
        token.gap_after = hyphens > 0 ? Gap::kHyphen : Gap::kSpace;
      }
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

// "8B", "0.6B" (two tokens, joined by the caller), "8x7B", "A22B", "120b", "1T".
bool IsSizeToken(std::string_view s) {
  if (s.size() < 2) return false;
  const char unit = s.back();
  if (unit != 'b' && unit != 'm' && unit != 't' && unit != 'k') return false;
  std::string_view body = s.substr(0, s.size() - 1);
  if (body.starts_with('a') || body.starts_with('e')) body.remove_prefix(1);  // Active params.
  if (const auto x = body.find('x'); x != std::string_view::npos) {
    return AllDigits(body.substr(0, x)) && AllDigits(body.substr(x + 1));
  }
  return AllDigits(body);
}

// A number with the one-letter ending some releases carry: "4o" (omni),
// "3n" (Gemma 3n, for devices), "4v" / the "5v" of "4.5V" (vision).
bool IsSuffixedNumber(std::string_view s) {
  return s.size() >= 2 && s.size() <= 3 && AllDigits(s.substr(0, s.size() - 1)) &&
         (s.back() == 'o' || s.back() == 'n' || s.back() == 'v');
}

// "3", "4o", "3n", "V3", "K2", "R1", "M2", "X1" (ERNIE X1), "T1" (Hunyuan T1).
bool IsVersionToken(std::string_view s) {
  if (s.empty() || s.size() > 5) return false;
  if (AllDigits(s)) return s.size() <= 3;
  if (IsSuffixedNumber(s)) return true;
  return (s.front() == 'v' || s.front() == 'k' || s.front() == 'r' || s.front() == 'm' ||
          s.front() == 'x' || s.front() == 't') &&
         AllDigits(s.substr(1)) && s.size() <= 4;
}

// A size with a decimal: "1.7b".
bool IsSizeGroup(std::string_view s) {
  if (IsSizeToken(s)) return true;
  const auto dot = s.find('.');
  return dot != std::string_view::npos && AllDigits(s.substr(0, dot)) &&
         IsSizeToken(s.substr(dot + 1)) && AllDigits(s.substr(dot + 1, s.size() - dot - 2));
}

// Four digits as MMDD or YYMM ("0324", "2507"), or eight as YYYYMMDD.
bool IsDateToken(std::string_view s) {
  if (!AllDigits(s)) return false;
  auto number = [](std::string_view d) { return (d[0] - '0') * 10 + (d[1] - '0'); };
  if (s.size() == 8)
    return s.starts_with("20") && number(s.substr(4, 2)) >= 1 && number(s.substr(4, 2)) <= 12;
  if (s.size() != 4) return false;
  const int a = number(s.substr(0, 2));
  const int b = number(s.substr(2, 2));
  const bool mmdd = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  const bool yymm = a >= 23 && a <= 39 && b >= 1 && b <= 12;
  return mmdd || yymm;
}

// A year after a benchmark: "2025", "25" (for 2025), as a four-digit string.
std::optional<std::string> YearOf(std::string_view s) {
  if (!AllDigits(s)) return std::nullopt;
  if (s.size() == 4 && (s.starts_with("19") || s.starts_with("20"))) return std::string(s);
  if (s.size() == 2 && s[0] >= '1' && s[0] <= '3') return std::string("20").append(s);
  return std::nullopt;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The folded, separator-free key of a lexicon string, or empty when it holds
// anything but ASCII letters, digits and separators.
std::string AsciiKey(std::string_view s) {
  std::string key;
  for (const char c : s) {
    if (IsUpper(c)) {
      key.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (IsLower(c) || (c >= '0' && c <= '9')) {
      key.push_back(c);
    } else if (c == ' ' || c == '-' || c == '.' || c == '_') {
      continue;
    } else {
      return {};
    }
  }
  return key;
}

// Upper-case words that sit in a benchmark's context ("在 X 上") but are not
// benchmarks. Lexicon names win over a cue anyway; these are the common
// words of the field the lexicon does not list.
bool CamelStem(std::string_view stem) {
  if (stem.size() < 4 || !IsUpper(stem[0]) || !IsLower(stem[1]) || !IsLower(stem[2])) return false;
  bool later_capital = false;
  for (std::size_t k = 1; k < stem.size(); ++k) {
    if (!IsUpper(stem[k]) && !IsLower(stem[k])) return false;
    later_capital = later_capital || IsUpper(stem[k]);
  }
  return later_capital;
}

bool MixedCaseStem(std::string_view stem) {
  if (stem.size() < 3 || !IsUpper(stem[0])) return false;
  bool lower = false, later_capital = false;
  for (std::size_t k = 1; k < stem.size(); ++k) {
    if (!IsUpper(stem[k]) && !IsLower(stem[k])) return false;
    lower = lower || IsLower(stem[k]);
    later_capital = later_capital || IsUpper(stem[k]);
  }
  return lower && later_capital;
}

const std::unordered_set<std::string>& CommonAcronyms() {
  static const std::unordered_set<std::string> kWords = {
      "ai",   "agi", "asi",  "api",  "apis",  "app",  "gpu", "gpus", "cpu",  "tpu",  "npu",
      "sdk",  "ide", "cli",  "pc",   "ios",   "mac",  "aws", "gcp",  "pdf",  "html", "css",
      "json", "sql", "url",  "http", "llm",   "llms", "vlm", "rl",   "ml",   "nlp",  "cv",
      "ui",   "ux",  "ppt",  "ceo",  "cto",   "cfo",  "ok",  "usb",  "sota", "ram",  "ssd",
      "hbm",  "fp8", "fp16", "bf16", "int8",  "int4", "moe", "mcp",  "rag",  "cot",  "sft",
      "dpo",  "ppo", "grpo", "kv",   "vc",    "ipo",  "gdp", "usa",  "us",   "uk",   "eu",
      "tv",   "vr",  "ar",   "xr",   "pr",    "qa",   "faq", "diy",  "toc",  "tob",  "saas",
      "b2b",  "b2c", "roi",  "kpi",  "okr",   "pm",   "hr",  "ipad", "ios",  "rlhf", "gpt",
      "nvda", "ibm", "amd",  "arm",  "asml",  "tsmc", "phd", "mit",  "cmu",  "ucb",  "tbd",
      "etc",  "aka", "vs",   "eval", "evals", "mvp",  "poc", "sla",  "ssh",  "nas",  "cuda"};
  return kWords;
}

int ChineseDigit(char32_t cp) {
  static constexpr std::u32string_view kDigits = U"零一二三四五六七八九";
  if (cp == U'〇') return 0;
  const std::size_t at = kDigits.find(cp);
  return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
}

int EnglishNumber(std::string_view folded) {
  static constexpr std::string_view kWords[] = {"zero", "one",   "two",   "three", "four", "five",
                                                "six",  "seven", "eight", "nine",  "ten"};
  for (std::size_t k = 0; k < std::size(kWords); ++k) {
    if (folded == kWords[k]) return static_cast<int>(k);
  }
  return -1;
}

bool CountsSomething(std::string_view word) {
  static const std::unordered_set<std::string_view> kUnits = {
      "times",  "time", "years", "year",   "months",  "month",   "weeks",  "week",
      "days",   "day",  "hours", "hour",   "minutes", "seconds", "people", "of",
      "things", "ways", "steps", "points", "percent", "more",    "other",  "others"};
  return kUnits.contains(word);
}

std::optional<SpokenVersion> ChineseVersionAt(const std::vector<NormChar>& chars, std::size_t at) {
  // Characters that make a numeral a count or a word, not a version: "K三个月",
  // "GPT一样", "M一些", "三十".
  static constexpr std::u32string_view kNot =
      U"十百千万亿个年月日天号次种倍位层家期成分秒条项样些起直定下般切旦共边方面致同半会时点代";
  // After 一 also a measure word or the rest of a word that starts with 一
  // ("老 K 一口气", "一遍", "一再", "一律", idioms of praise such as "一骑绝尘",
  // "一马当先", "一枝独秀", "一流", "一键", and 一…就: "千问一发布就火了").
  // Only after 一: after another numeral the same characters often start
  // the next word of the sentence ("K二本来", "GPT五把任务做完", "K2 只用了").
  static constexpr std::u32string_view kNotAfterOne =
      U"口眼句遍把套步批轮场波阵段份张块门只台名篇群堆手心概再向味律本骑马枝流键举线体等度路番系席"
      U"夜刀览针发上";
  if (at >= chars.size() || ChineseDigit(chars[at].cp) < 0) return std::nullopt;
  SpokenVersion version{std::to_string(ChineseDigit(chars[at].cp)), at};
  ++at;
  if (at + 1 < chars.size() && chars[at].cp == U'点' && ChineseDigit(chars[at + 1].cp) >= 0) {
    version.digits.push_back('.');
    ++at;
    while (at < chars.size() && ChineseDigit(chars[at].cp) >= 0 && version.digits.size() < 5) {
      version.digits += std::to_string(ChineseDigit(chars[at].cp));
      version.last = at++;
    }
  }
  if (at < chars.size() &&
      (kNot.find(chars[at].cp) != std::u32string_view::npos || ChineseDigit(chars[at].cp) >= 0 ||
       (version.digits == "1" && kNotAfterOne.find(chars[at].cp) != std::u32string_view::npos))) {
    return std::nullopt;
  }
  if (version.digits.front() == '0') return std::nullopt;  // No release is version 0.
  return version;
}

namespace {

// Whether the last character before chars[at], spaces and hyphens skipped,
// is a Latin letter; `gap` says whether any was skipped.
bool LatinWordBefore(const std::vector<NormChar>& chars, std::size_t at, bool* gap) {
  std::size_t j = at;
  while (j > 0 && (chars[j - 1].cp == ' ' || chars[j - 1].cp == '-')) --j;
  *gap = j < at;
  return j > 0 && IsAsciiLower(chars[j - 1].cp);
}

}  // namespace

std::vector<KeyChar> SpokenNumberKey(const std::vector<NormChar>& chars) {
  std::vector<KeyChar> key = BuildKey(chars);
  const std::size_t n = chars.size();
  // Rewritten in place: a number's digits are never more than the key
  // characters they replace, so the write index `w` stays behind `k`.
  std::size_t w = 0;
  // Writes the digits of `digits` ("3.5"), the first spanning chars
  // [first, first_last], the rest up to `last`; the decimal point is a
  // separator, as in every key.
  auto append = [&](std::string_view digits, std::size_t first, std::size_t first_last,
                    std::size_t last) {
    bool opened = false;
    for (const char c : digits) {
      if (c == '.') continue;
      key[w++] = {static_cast<char32_t>(c), static_cast<uint32_t>(opened ? first_last + 1 : first),
                  static_cast<uint32_t>(opened ? last : first_last)};
      opened = true;
    }
  };
  // A decimal spoken after a version from chars[from] on, maybe after a
  // space: "点" and one Chinese digit ("five 点一", "v3 点二", "五 点一"). Its
  // digit, with *last set to the numeral's index; empty when there is none
  // or it is a word ("点一些", "点一下").
  auto chinese_decimal = [&](std::size_t from, std::size_t* last) -> std::string {
    while (from < n && chars[from].cp == ' ') ++from;
    if (from + 1 >= n || chars[from].cp != U'点') return {};
    const std::optional<SpokenVersion> minor = ChineseVersionAt(chars, from + 1);
    if (!minor || minor->digits.find('.') != std::string::npos) return {};
    *last = minor->last;
    return minor->digits;
  };
  for (std::size_t k = 0; k < key.size(); ++k) {
    const std::size_t at = key[k].first;
    bool gap = false;
    // "v3 点二": a decimal in Chinese after a Latin name's digits.
    if (key[k].cp == U'点' && w > 0 && IsAsciiDigit(key[w - 1].cp) &&
        IsAsciiDigit(chars[key[w - 1].last].cp)) {
      std::size_t digit = key[w - 1].first;
      while (digit > 0 && IsAsciiDigit(chars[digit - 1].cp)) --digit;
      std::size_t last = 0;
      const std::string minor =
          LatinWordBefore(chars, digit, &gap) ? chinese_decimal(at, &last) : std::string();
      if (!minor.empty()) {
        append(minor, at, last, last);
        while (k + 1 < key.size() && key[k + 1].first <= last) ++k;
        continue;
      }
    }
    if (ChineseDigit(key[k].cp) >= 0 && LatinWordBefore(chars, at, &gap)) {
      // A year read digit by digit, as a benchmark's edition ("aime 二零二五"):
      // 19xx or 20xx, not a date ("…年").
      std::string year;
      std::size_t end = at;
      while (end < n && ChineseDigit(chars[end].cp) >= 0 && year.size() < 5) {
        year += std::to_string(ChineseDigit(chars[end].cp));
        ++end;
      }
      if (year.size() == 4 && (year.starts_with("19") || year.starts_with("20")) &&
          (end == n || chars[end].cp != U'年')) {
        append(year, at, at, end - 1);
        while (k + 1 < key.size() && key[k + 1].first < end) ++k;
        continue;
      }
      if (const std::optional<SpokenVersion> spoken = ChineseVersionAt(chars, at)) {
        std::string digits = spoken->digits;
        std::size_t last = spoken->last;
        if (digits.find('.') == std::string::npos) digits += chinese_decimal(last + 1, &last);
        append(digits, at, at, last);
        while (k + 1 < key.size() && key[k + 1].first <= last) ++k;
        continue;
      }
    }
    if (IsAsciiLower(key[k].cp) && at > 0 && LatinWordBefore(chars, at, &gap) && gap) {
      std::size_t end = at;  // One past the word.
      std::string word;
      while (end < n && IsAsciiLower(chars[end].cp) && word.size() < 6) {
        word.push_back(static_cast<char>(chars[end].cp));
        ++end;
      }
      // The word after it, which may make the number a count ("two times").
      std::size_t after = end;
      while (after < n && chars[after].cp == ' ') ++after;
      std::string following;
      while (after < n && IsAsciiLower(chars[after].cp) && following.size() < 9) {
        following.push_back(static_cast<char>(chars[after].cp));
        ++after;
      }
      const int number = EnglishNumber(word);
      if (number >= 1 && number <= 9 && (end == n || !IsWordChar(chars[end].cp)) &&
          !CountsSomething(following)) {
        std::size_t last = end - 1;
        std::string digits = std::to_string(number);
        digits.append(chinese_decimal(end, &last));
        append(digits, at, end - 1, last);
        while (k + 1 < key.size() && key[k + 1].first <= last) ++k;
        continue;
      }
    }
    key[w++] = key[k];
  }
  key.resize(w);
  return key;
}

bool StartsWithAt(const std::vector<NormChar>& chars, std::size_t at, std::u32string_view word) {
  if (at + word.size() > chars.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (chars[at + i].cp != word[i]) return false;
  }
  return true;
}

std::u32string ToU32(std::string_view utf8) {
  std::vector<NormChar> chars;
  NormalizeChars(utf8, &chars);
  std::u32string out;
  for (const auto& c : chars) out.push_back(c.cp);
  return out;
}

std::string SlugOf(std::string_view name) {
  // Split into alnum runs; keep the dot of a size ("1.7B") and drop a ".0"
  // that follows a version number.
  std::vector<std::string> segments;
  std::string current;
  std::size_t i = 0;
  auto flush = [&] {
    if (!current.empty()) segments.push_back(current);
    current.clear();
  };
  while (i < name.size()) {
    const char c = name[i];
    if (IsUpper(c) || IsLower(c) || (c >= '0' && c <= '9')) {
      current.push_back(IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c);
      ++i;
      continue;
    }
    if (c == '.' && !current.empty() && AllDigits(current) && i + 1 < name.size()) {
      std::size_t j = i + 1;
      std::string next;
      while (j < name.size() &&
             (IsUpper(name[j]) || IsLower(name[j]) || (name[j] >= '0' && name[j] <= '9'))) {
        next.push_back(IsUpper(name[j]) ? static_cast<char>(name[j] - 'A' + 'a') : name[j]);
        ++j;
      }
      if (IsSizeToken(next) && AllDigits(next.substr(0, next.size() - 1))) {
        current.append(".").append(next);  // "1.7b".
        i = j;
        continue;
      }
      if (next == "0" && (j >= name.size() || !(name[j] == '.' && j + 1 < name.size() &&
                                                name[j + 1] >= '0' && name[j + 1] <= '9'))) {
        i = j;  // "3.0" → "3".
        continue;
      }
    }
    flush();
    ++i;
  }
  flush();
  std::string slug;
  for (const auto& segment : segments) {
    if (!slug.empty()) slug.push_back('-');
    slug += segment;
  }
  return slug;
}

}  // namespace claimkb::internal
