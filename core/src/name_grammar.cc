// The name grammar works on tokens: maximal runs of ASCII letters and digits
// of the normalised text, with the gap that separates each from the next.
// A model name is a family stem followed by components joined by a space,
// hyphen, dot or underscore; a benchmark name is recognised by its suffix
// (Bench, -bench, Eval, QA, Arena), by a known benchmark followed by a year
// or an edition, or by an acronym in a benchmark's context.
#include "name_grammar.h"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_set>

#include "claimkb/core/lexicon.h"

namespace claimkb::internal {
namespace {

// How one token is joined to the next.
enum class Gap {
  kNone,        // Something else (CJK, punctuation, a line break): names stop here.
  kSpace,       // Spaces only: "Gemini 2.5".
  kHyphen,      // A hyphen or underscore, maybe with spaces: "Llama-3".
  kDot,         // A single dot: "3.1".
  kApostrophe,  // "AIME'25".
};

struct Token {
  std::size_t first = 0;  // NormChar index.
  std::size_t last = 0;
  std::string folded;    // Lower case ASCII.
  std::string original;  // The input's bytes: their case is evidence.
  Gap gap_after = Gap::kNone;
};

bool IsAsciiAlnum(char32_t cp) { return IsAsciiLower(cp) || IsAsciiDigit(cp); }

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

std::vector<Token> Tokenize(std::string_view text, const std::vector<NormChar>& chars) {
  std::vector<Token> tokens;
  const std::size_t n = chars.size();
  for (std::size_t i = 0; i < n;) {
    if (!IsAsciiAlnum(chars[i].cp)) {
      ++i;
      continue;
    }
    Token token;
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
      } else if (cp == '-' || cp == '_' || cp == 0x2010 || cp == 0x2011) {
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

// Words that make a model name more specific. They are common enough in
// model names to be worth a rule, and rare enough as prose right after a
// model name ("Gemini 3 Pro", not "Gemini 3 base") to keep precision.
const std::unordered_set<std::string>& Variants() {
  static const std::unordered_set<std::string> kVariants = {
      "instruct", "it",      "coder",     "math",    "vl",       "vision", "mini",    "nano",
      "pro",      "max",     "plus",      "turbo",   "flash",    "lite",   "ultra",   "air",
      "thinking", "reasoner", "preview",  "exp",     "sonnet",   "opus",   "haiku",   "scout",
      "maverick", "micro",   "omni",      "heavy",   "zero",     "distill", "prover", "asr",
      "tts",      "realtime", "small",    "medium",  "large",    "codex",  "chat",    "edge",
      "8bit",     "4bit",    "fp8",       "int4",    "int8",     "awq",    "gguf",    "moe",
      "nemo",     "next",    "high",      "low"};
  return kVariants;
}
bool IsVariant(const Token& t) {
  // "high"/"low" are reasoning-effort tiers only when hyphenated ("o3-mini-high").
  if (t.folded == "high" || t.folded == "low") return false;
  return Variants().contains(t.folded);
}

// Claude's tiers are written without the family ("Opus 4.5"): they name it.
const std::unordered_set<std::string>& ClaudeTiers() {
  static const std::unordered_set<std::string> kTiers = {"opus", "sonnet", "haiku"};
  return kTiers;
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

// "3", "4o", "V3", "K2", "R1", "M2".
bool IsVersionToken(std::string_view s) {
  if (s.empty() || s.size() > 5) return false;
  if (AllDigits(s)) return s.size() <= 3;
  if (IsAsciiDigit(static_cast<unsigned char>(s.front())) && AllDigits(s.substr(0, s.size() - 1)) &&
      s.back() == 'o') {
    return true;  // "4o".
  }
  return (s.front() == 'v' || s.front() == 'k' || s.front() == 'r' || s.front() == 'm') &&
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
  if (s.size() == 8) return s.starts_with("20") && number(s.substr(4, 2)) >= 1 && number(s.substr(4, 2)) <= 12;
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

// Benchmark name endings. Case matters when glued: "LiveCodeBench" but not
// "workbench", "SimpleQA" but not "faqa".
constexpr std::array<std::string_view, 4> kBenchSuffixes = {"Bench", "Eval", "QA", "Arena"};
// Editions that follow a benchmark's name ("SWE-bench Verified", "MMLU-Pro").
const std::unordered_set<std::string>& Editions() {
  static const std::unordered_set<std::string> kEditions = {
      "verified", "pro", "lite", "hard", "live", "diamond", "multimodal", "plus", "extended", "mini"};
  return kEditions;
}

// Upper-case words that sit in a benchmark's context ("在 X 上") but are not
// benchmarks. Lexicon names win over a cue anyway; these are the common
// words of the field the lexicon does not list.
const std::unordered_set<std::string>& NotBenchmarks() {
  static const std::unordered_set<std::string> kWords = {
      "ai",   "agi",  "asi",  "api",  "apis", "app",  "gpu",  "gpus", "cpu",  "tpu",  "npu",
      "sdk",  "ide",  "cli",  "pc",   "ios",  "mac",  "aws",  "gcp",  "pdf",  "html", "css",
      "json", "sql",  "url",  "http", "llm",  "llms", "vlm",  "rl",   "ml",   "nlp",  "cv",
      "ui",   "ux",   "ppt",  "ceo",  "cto",  "cfo",  "ok",   "usb",  "sota", "ram",  "ssd",
      "hbm",  "fp8",  "fp16", "bf16", "int8", "int4", "moe",  "mcp",  "rag",  "cot",  "sft",
      "dpo",  "ppo",  "grpo", "kv",   "vc",   "ipo",  "gdp",  "usa",  "us",   "uk",   "eu",
      "tv",   "vr",   "ar",   "xr",   "pr",   "qa",   "faq",  "diy",  "toc",  "tob",  "saas",
      "b2b",  "b2c",  "roi",  "kpi",  "okr",  "pm",   "hr",   "ipad", "ios",  "rlhf", "gpt",
      "nvda", "ibm",  "amd",  "arm",  "asml", "tsmc", "phd",  "mit",  "cmu",  "ucb",  "tbd",
      "etc",  "aka",  "vs",   "eval", "evals", "mvp", "poc",  "sla",  "ssh",  "nas",  "cuda"};
  return kWords;
}

// Context that makes an acronym a benchmark: after it ("X 得分", "X score")…
constexpr std::array<std::string_view, 12> kAfterCues = {
    "得分", "分数", "榜单", "测评", "评测", "基准", "测试集", "跑分",
    "score", "scores", "benchmark", "leaderboard"};

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

// Joins display parts with single spaces.
std::string JoinParts(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += part;
  }
  return out;
}

// The slug segment of a version: "3.1" → "3-1", "V3" → "v3", "3.0" → "3".
std::string VersionSlug(std::string_view version) {
  std::string v = Lower(version);
  while (v.size() > 2 && v.ends_with(".0")) v.resize(v.size() - 2);
  std::replace(v.begin(), v.end(), '.', '-');
  return v;
}

}  // namespace

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
      while (j < name.size() && (IsUpper(name[j]) || IsLower(name[j]) ||
                                 (name[j] >= '0' && name[j] <= '9'))) {
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

std::vector<std::string> ParentIds(std::string_view id) {
  // Segments, with the digit runs of one version joined again: "3", "1" is
  // version 3.1; a segment of more than two digits (a date, a size) never joins.
  std::vector<std::string> groups;
  std::size_t start = 0;
  while (start <= id.size()) {
    std::size_t end = id.find('-', start);
    if (end == std::string_view::npos) end = id.size();
    std::string segment(id.substr(start, end - start));
    if (!segment.empty()) {
      const bool joins = !groups.empty() && groups.size() > 1 && AllDigits(segment) &&
                         segment.size() <= 2 && IsAsciiDigit(static_cast<unsigned char>(groups.back().back())) &&
                         !IsSizeToken(groups.back()) && groups.back().size() <= 6 &&
                         !IsDateToken(groups.back());
      if (joins) {
        groups.back().append(".").append(segment);
      } else {
        groups.push_back(std::move(segment));
      }
    }
    start = end + 1;
  }
  // The version: the first version-like group that no size precedes.
  constexpr std::size_t kNone = std::string::npos;
  std::size_t version = kNone;
  for (std::size_t g = 1; g < groups.size(); ++g) {
    std::string head = groups[g].substr(0, groups[g].find('.'));
    if (IsSizeToken(head) || IsSizeGroup(groups[g])) break;
    if (IsVersionToken(head)) {
      version = g;
      break;
    }
  }
  std::vector<std::string> parents;
  while (groups.size() > 1) {
    // A date goes first, then the last part that is not the version.
    std::size_t drop = kNone;
    for (std::size_t g = groups.size() - 1; g >= 1 && drop == kNone; --g) {
      if (IsDateToken(groups[g]) && g != version) drop = g;
    }
    for (std::size_t g = groups.size() - 1; g >= 1 && drop == kNone; --g) {
      if (g != version) drop = g;
    }
    if (drop == kNone) drop = version;
    groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(drop));
    if (version != kNone && drop < version) --version;
    else if (drop == version) version = kNone;
    std::string parent;
    for (const auto& group : groups) {
      if (!parent.empty()) parent.push_back('-');
      std::string slug = group;
      if (!IsSizeGroup(group)) std::replace(slug.begin(), slug.end(), '.', '-');
      parent += slug;
    }
    parents.push_back(std::move(parent));
  }
  return parents;
}

NameGrammar::NameGrammar(const Lexicon& lexicon) {
  for (const LexiconEntry& entry : lexicon.entries()) {
    if (entry.kind == EntityKind::kModel && !entry.family.empty()) {
      // A family is a stem only when some name of the family starts with it
      // and goes on with a separator or a digit ("DeepSeek-V3", "Qwen2.5"):
      // "Alpha" (AlphaGo, AlphaZero) is no stem of its own.
      const std::string family = Lower(entry.family);
      const std::string key = AsciiKey(entry.family);
      if (key.empty() || families_.contains(key)) continue;
      auto prefixes = [&](const std::string& name) {
        const std::string lowered = Lower(name);
        if (!lowered.starts_with(family)) return false;
        if (lowered.size() == family.size()) return true;
        const char next = lowered[family.size()];
        return !IsLower(next);
      };
      bool stem = prefixes(entry.name);
      for (const auto& alias : entry.aliases) stem = stem || prefixes(alias);
      if (stem) families_.emplace(key, Stem{entry.family, {}});
    }
    if (entry.kind == EntityKind::kBenchmark) {
      auto add = [&](const std::string& name) {
        const std::string key = AsciiKey(name);
        if (key.size() >= 2 && !benchmarks_.contains(key)) {
          benchmarks_.emplace(key, Stem{name, entry.id});
        }
      };
      add(entry.name);
      for (const auto& alias : entry.aliases) add(alias);
    }
  }
  // "o1", "o3-mini": OpenAI's reasoning models are named by a bare letter,
  // recognised only glued to its number.
  families_.erase("o");
}

std::vector<GrammarName> NameGrammar::Scan(std::string_view text,
                                           const std::vector<NormChar>& chars) const {
  std::vector<GrammarName> found;
  const std::vector<Token> tokens = Tokenize(text, chars);
  const std::size_t n = tokens.size();
  // Whether token t continues into token t+1 (Tokenize sets a gap only when
  // nothing but separators lies between them).
  auto joined = [&](std::size_t t) { return t + 1 < n && tokens[t].gap_after != Gap::kNone; };
  // The separator-free key of `count` tokens from `from`: "gpt" "oss" → "gptoss".
  auto glued_key = [&](std::size_t from, std::size_t count) {
    std::string key;
    for (std::size_t t = from; t < from + count; ++t) key += tokens[t].folded;
    return key;
  };

  for (std::size_t i = 0; i < n; ++i) {
    // Every name starts with a letter: "3.1" or "8B" alone starts none.
    if (!IsLower(tokens[i].folded.front())) continue;
    // ---- Models: a family stem, then components.
    std::string family;
    std::size_t next = i;  // First token after the family.
    std::string version;
    std::vector<std::string> variants;  // As written, in order.
    std::string claude_tier;
    for (std::size_t count = 3; count >= 1 && family.empty(); --count) {
      if (i + count > n) continue;
      bool linked = true;
      for (std::size_t t = i; t + 1 < i + count; ++t) {
        linked = linked && joined(t) && tokens[t].gap_after != Gap::kDot &&
                 tokens[t].gap_after != Gap::kApostrophe;
      }
      if (!linked) continue;
      const auto it = families_.find(glued_key(i, count));
      if (it != families_.end()) {
        family = it->second.display;
        next = i + count;
      }
    }
    const Token& head = tokens[i];
    if (family.empty()) {
      // A family glued to its version: "Qwen2.5", "Llama3", "GPT4o", "o3".
      for (std::size_t cut = head.folded.size() - 1; cut >= 1 && family.empty(); --cut) {
        if (!IsAsciiDigit(static_cast<unsigned char>(head.folded[cut]))) continue;
        const std::string stem = head.folded.substr(0, cut);
        const std::string rest = head.folded.substr(cut);
        if (!IsVersionToken(rest)) continue;
        if (stem == "o" && head.original.front() == 'o') {
          family = "o";
        } else if (const auto it = families_.find(stem); it != families_.end()) {
          family = it->second.display;
        } else {
          continue;
        }
        version = rest;
        next = i + 1;
        // "Qwen2.5": the decimal goes on after a dot.
        if (next < n && head.gap_after == Gap::kDot && AllDigits(tokens[next].folded) &&
            tokens[next].folded.size() <= 2) {
          version.append(".").append(tokens[next].folded);
          ++next;
        }
      }
    }
    if (family.empty() && ClaudeTiers().contains(head.folded) && IsUpper(head.original.front())) {
      family = "Claude";
      claude_tier = head.original;
      next = i + 1;
    }
    // A stem the lexicon does not know still names a model when a parameter
    // count in billions follows it directly ("Yi-34B", "Falcon 180B"): the
    // shape is specific enough, and the parents stay unknown.
    bool unknown_family = false;
    if (family.empty() && i + 1 < n && joined(i) && tokens[i].gap_after != Gap::kDot &&
        tokens[i].gap_after != Gap::kApostrophe && IsUpper(head.original.front()) &&
        head.folded.size() >= 2 && !IsAsciiDigit(static_cast<unsigned char>(head.folded.back())) &&
        IsSizeToken(tokens[i + 1].folded) &&
        (tokens[i + 1].folded.back() == 'b' || tokens[i + 1].folded.back() == 't') &&
        AllDigits(tokens[i + 1].folded.substr(0, tokens[i + 1].folded.size() - 1)) &&
        !NotBenchmarks().contains(head.folded)) {
      family = head.original;
      next = i + 1;
      unknown_family = true;
    }
    if (!family.empty()) {
      std::vector<std::string> sizes, tail;
      std::vector<std::pair<std::string, bool>> parts;  // Variants and sizes (true), as written.  // Sizes; revision and date, as written.
      std::size_t last = next - 1;
      bool seen_size = false;
      std::size_t t = next;
      while (t < n && joined(t - 1)) {
        const Token& token = tokens[t];
        const Gap gap = tokens[t - 1].gap_after;
        if (gap == Gap::kApostrophe) break;
        // A decimal joined by a dot: "3.1", "0.6B", "v0.3".
        std::string value = token.folded;
        std::string shown = token.original;
        std::size_t end = t;
        while (end + 1 < n && tokens[end].gap_after == Gap::kDot &&
               (AllDigits(tokens[end].folded) || (end == t && IsVersionToken(tokens[end].folded))) &&
               (AllDigits(tokens[end + 1].folded) || IsSizeToken(tokens[end + 1].folded))) {
          value.append(".").append(tokens[end + 1].folded);
          shown.append(".").append(tokens[end + 1].original);
          ++end;
          if (!AllDigits(tokens[end].folded)) break;
        }
        if (gap == Gap::kDot) break;  // A dot after a name ends a sentence.
        const std::string head_part = value.substr(0, value.find('.'));
        const std::string unit_part = value.substr(value.rfind('.') == std::string::npos ? 0 : value.rfind('.') + 1);
        const bool size_like =
            IsSizeToken(value) ||
            (value.find('.') != std::string::npos && IsSizeToken(unit_part) && AllDigits(head_part));
        if (size_like) {
          sizes.push_back(shown);
          parts.emplace_back(shown, true);
          seen_size = true;
        } else if (version.empty() && !seen_size && tail.empty() && IsVersionToken(head_part)) {
          version = shown;
        } else if (!version.empty() && IsDateToken(value)) {
          tail.push_back(shown);
        } else if ((seen_size || !variants.empty() || !version.empty()) && value.starts_with('v') &&
                   IsVersionToken(head_part)) {
          tail.push_back(shown);  // A revision: "Mistral-7B-v0.3".
        } else if (IsVariant(token) || ((token.folded == "high" || token.folded == "low") &&
                                        gap == Gap::kHyphen)) {
          // A variant word must look like one: capitalised, all capitals, or
          // hyphenated to the name ("o3-mini"), never an English word in prose.
          const bool shaped = gap == Gap::kHyphen || IsUpper(token.original.front()) ||
                              token.folded == "mini" || token.folded == "nano";
          if (!shaped) break;
          parts.emplace_back(shown, false);
          variants.push_back(shown);
        } else {
          break;
        }
        last = end;
        t = end + 1;
      }
      // Only a version or a size makes a new name: "Gemini Pro" alone is
      // left to the lexicon.
      const bool has_core =
          unknown_family ? (version.empty() && !sizes.empty()) : (!version.empty() || !sizes.empty());
      if (has_core) {
        GrammarName name;
        name.first = tokens[i].first;
        name.last = tokens[last].last;
        name.kind = EntityKind::kModel;
        std::vector<std::string> display{family == "o" ? "o" + version : family};
        std::string id = family == "o" ? "o" + Lower(version) : SlugOf(family);
        auto add = [&](const std::string& part, bool keep_dot) {
          display.push_back(part);
          id.append("-").append(keep_dot ? Lower(part) : VersionSlug(part));
        };
        // Claude names its tier before the version from 4 on ("Claude Sonnet
        // 4.5"), after it before ("Claude 3.5 Sonnet"); the lexicon's ids follow.
        std::vector<std::string> tiers;
        if (!claude_tier.empty()) tiers.push_back(claude_tier);
        for (const auto& variant : variants) {
          if (family == "Claude" && ClaudeTiers().contains(Lower(variant))) tiers.push_back(variant);
        }
        const bool tier_first = family == "Claude" && !version.empty() && version[0] >= '4';
        if (tier_first) {
          for (const auto& tier : tiers) add(tier, false);
        }
        if (family != "o" && !version.empty()) add(version, false);
        if (!tier_first) {
          for (const auto& tier : tiers) add(tier, false);
        }
        // Variants and sizes keep the order they were written in.
        for (const auto& [part, is_size] : parts) {
          if (family == "Claude" && ClaudeTiers().contains(Lower(part))) continue;
          add(part, is_size || HasDigit(part));
        }
        for (const auto& part : tail) add(part, false);
        if (family == "o") display = {JoinParts(display)};
        name.id = id;
        name.name = JoinParts(display);
        name.confidence = unknown_family ? 0.6 : 0.9;
        found.push_back(std::move(name));
      }
    }

    // ---- Benchmarks: a known name with a year or an edition.
    for (std::size_t count = 3; count >= 1; --count) {
      if (i + count > n) continue;
      bool linked = true;
      for (std::size_t t = i; t + 1 < i + count; ++t) {
        linked = linked && joined(t) && tokens[t].gap_after != Gap::kApostrophe;
      }
      if (!linked) continue;
      const std::string key = glued_key(i, count);
      const std::size_t last_token = i + count - 1;
      // "AIME25", "AIME2025": the year glued to the last token.
      std::optional<std::string> year;
      std::size_t end = last_token;
      const Stem* stem = nullptr;
      if (const auto it = benchmarks_.find(key); it != benchmarks_.end()) {
        stem = &it->second;
        if (end + 1 < n && joined(end) && tokens[end].gap_after != Gap::kDot) {
          // A spaced year has four digits: "HLE 25" is more likely a score.
          auto y = YearOf(tokens[end + 1].folded);
          if (y && tokens[end].gap_after != Gap::kApostrophe && tokens[end + 1].folded.size() != 4) {
            y.reset();
          }
          if (y) {
            year = y;
            ++end;
          } else if (Editions().contains(tokens[end + 1].folded) &&
                     tokens[end].gap_after != Gap::kApostrophe &&
                     (IsUpper(tokens[end + 1].original.front()) ||
                      tokens[end].gap_after == Gap::kHyphen)) {
            GrammarName name;
            name.first = tokens[i].first;
            name.last = tokens[end + 1].last;
            name.kind = EntityKind::kBenchmark;
            name.parent_id = stem->id;
            name.id = stem->id + "-" + tokens[end + 1].folded;
            name.name = stem->display + " " + tokens[end + 1].original;
            name.confidence = 0.8;
            found.push_back(std::move(name));
          }
        }
      } else {
        for (const std::size_t digits : {std::size_t{4}, std::size_t{2}}) {
          if (key.size() <= digits + 1) continue;
          const auto prefix = benchmarks_.find(key.substr(0, key.size() - digits));
          if (prefix == benchmarks_.end()) continue;
          if (auto y = YearOf(key.substr(key.size() - digits))) {
            // The year must be its own part of the last token ("AIME25").
            const std::string& last_folded = tokens[last_token].folded;
            if (last_folded.size() > digits &&
                !IsAsciiDigit(static_cast<unsigned char>(last_folded[last_folded.size() - digits - 1]))) {
              stem = &prefix->second;
              year = y;
              break;
            }
          }
        }
      }
      if (stem != nullptr && year) {
        GrammarName name;
        name.first = tokens[i].first;
        name.last = tokens[end].last;
        name.kind = EntityKind::kBenchmark;
        name.parent_id = stem->id;
        name.id = stem->id + "-" + *year;
        name.name = stem->display + " " + *year;
        name.confidence = 0.8;
        found.push_back(std::move(name));
        break;
      }
      if (stem != nullptr) break;
    }

    // ---- Benchmarks by their ending: "LiveCodeBench", "GDP-bench", "WebDev Arena".
    {
      std::optional<std::size_t> end;
      const std::string& original = head.original;
      for (const std::string_view suffix : kBenchSuffixes) {
        if (original.size() > suffix.size() + 1 && original.ends_with(suffix)) {
          const std::string_view stem =
              std::string_view(original).substr(0, original.size() - suffix.size());
          const bool shaped = std::any_of(stem.begin() + 1, stem.end(), [](char c) {
                                return IsUpper(c) || (c >= '0' && c <= '9');
                              }) ||
                              (IsUpper(stem.front()) && IsLower(stem.back()));
          if (shaped && (IsUpper(stem.front()) || IsUpper(stem.back()))) end = i;
        }
      }
      if (!end) {
        // Hyphenated ("GDP-bench", "RL-lab-bench", "C-Eval") or, after an
        // acronym or CamelCase word, spaced ("WebDev Arena").
        for (std::size_t t = i; t + 1 < n && t < i + 3 && joined(t); ++t) {
          const Gap gap = tokens[t].gap_after;
          if (gap != Gap::kHyphen && gap != Gap::kSpace) break;
          const Token& after = tokens[t + 1];
          const bool suffix = after.folded == "bench" || after.folded == "eval" ||
                              after.folded == "qa" || after.folded == "arena";
          if (!suffix) {
            if (gap != Gap::kHyphen) break;
            continue;
          }
          const bool head_shaped =
              IsUpper(head.original.front()) &&
              (head.original.size() == 1 ||
               std::any_of(head.original.begin() + 1, head.original.end(),
                           [](char c) { return IsUpper(c) || (c >= '0' && c <= '9'); }));
          if (gap == Gap::kHyphen && (IsUpper(head.original.front()))) end = t + 1;
          if (gap == Gap::kSpace && t == i && head_shaped && IsUpper(after.original.front())) {
            end = t + 1;
          }
          break;
        }
      }
      if (end) {
        std::size_t last = *end;
        // An edition and a version may follow: "SWE-bench Verified", "Terminal-Bench 2.0".
        if (last + 1 < n && joined(last) && Editions().contains(tokens[last + 1].folded) &&
            tokens[last].gap_after != Gap::kDot && IsUpper(tokens[last + 1].original.front())) {
          ++last;
        }
        std::string display;
        for (std::size_t t = i; t <= last; ++t) {
          display += tokens[t].original;
          if (t < last) display += tokens[t].gap_after == Gap::kSpace ? " " : "-";
        }
        // A version is one digit or a decimal ("Terminal-Bench 2.0"); "C-Eval 47" is a score.
        if (last + 1 < n && joined(last) && tokens[last].gap_after == Gap::kSpace &&
            AllDigits(tokens[last + 1].folded) &&
            (tokens[last + 1].folded.size() == 1 || tokens[last + 1].gap_after == Gap::kDot)) {
          ++last;
          display.append(" ").append(tokens[last].original);
          if (last + 1 < n && tokens[last].gap_after == Gap::kDot &&
              AllDigits(tokens[last + 1].folded) && tokens[last + 1].folded.size() <= 2) {
            ++last;
            display.append(".").append(tokens[last].original);
          }
        }
        GrammarName name;
        name.first = head.first;
        name.last = tokens[last].last;
        name.kind = EntityKind::kBenchmark;
        name.id = SlugOf(display);
        name.name = display;
        name.confidence = 0.7;
        found.push_back(std::move(name));
      }
    }

    // ---- Benchmarks by context: an acronym "在 X 上", "X 得分", "on X".
    {
      const std::string& original = head.original;
      const bool acronym = original.size() >= 3 && original.size() <= 10 && IsUpper(original[0]) &&
                           std::all_of(original.begin(), original.end(), [](char c) {
                             return IsUpper(c) || (c >= '0' && c <= '9');
                           }) &&
                           std::count_if(original.begin(), original.end(), IsUpper) >= 2;
      if (acronym && !NotBenchmarks().contains(head.folded) && !families_.contains(head.folded)) {
        // Let a hyphenated acronym continue: "ARC-AGI", "MM-Vet" is left out.
        std::size_t last = i;
        while (last + 1 < n && tokens[last].gap_after == Gap::kHyphen &&
               std::all_of(tokens[last + 1].original.begin(), tokens[last + 1].original.end(),
                           [](char c) { return IsUpper(c) || (c >= '0' && c <= '9'); }) &&
               last < i + 2) {
          ++last;
        }
        auto skip_spaces_back = [&](std::size_t at) {
          while (at > 0 && chars[at - 1].cp == ' ') --at;
          return at;
        };
        auto skip_spaces = [&](std::size_t at) {
          while (at < chars.size() && chars[at].cp == ' ') ++at;
          return at;
        };
        const std::size_t before = skip_spaces_back(head.first);
        const std::size_t after = skip_spaces(tokens[last].last + 1);
        const bool zai = before > 0 && chars[before - 1].cp == U'在';
        const bool shang = after < chars.size() && chars[after].cp == U'上';
        // "在 X 上" is also plain Chinese for "on X" ("在 MLA 上的开销"); it
        // names a benchmark when a score or a ranking follows.
        bool cue = false;
        if (zai && shang) {
          std::size_t at = after + 1;
          if (at < chars.size() && chars[at].cp == U'的') ++at;
          at = skip_spaces(at);
          static const std::vector<std::u32string> kScoreWords = [] {
            std::vector<std::u32string> words;
            for (const std::string_view word :
                 {"得分", "分数", "成绩", "准确率", "拿到", "取得", "达到", "超过", "刷到", "跑出",
                  "跑到", "排名", "排第", "领先", "击败", "打败"}) {
              words.push_back(ToU32(word));
            }
            return words;
          }();
          cue = at < chars.size() && IsAsciiDigit(chars[at].cp);
          for (const auto& word : kScoreWords) cue = cue || StartsWithAt(chars, at, word);
        }
        static const std::vector<std::u32string> kAfter = [] {
          std::vector<std::u32string> words;
          for (const std::string_view word : kAfterCues) words.push_back(ToU32(word));
          return words;
        }();
        for (const auto& word : kAfter) cue = cue || StartsWithAt(chars, after, word);
        // "on GPQA": the English preposition right before.
        if (i > 0 && tokens[i - 1].folded == "on" && tokens[i - 1].gap_after == Gap::kSpace &&
            tokens[i - 1].last + 2 == head.first) {
          cue = true;
        }
        if (cue) {
          std::string display;
          for (std::size_t t = i; t <= last; ++t) {
            display += tokens[t].original;
            if (t < last) display += "-";
          }
          GrammarName name;
          name.first = head.first;
          name.last = tokens[last].last;
          name.kind = EntityKind::kBenchmark;
          name.id = SlugOf(display);
          name.name = display;
          name.confidence = 0.6;
          found.push_back(std::move(name));
        }
      }
    }
  }
  return found;
}

}  // namespace claimkb::internal
