// The benchmark cues work on the tokens of name_tokens.h, one start token at
// a time; the linker keeps the longest of overlapping names and prefers a
// lexicon match of the same span.
#include "benchmark_cues.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <utility>

#include "claimkb/core/lexicon.h"

namespace claimkb::internal {
namespace {

// Benchmark name endings. Case matters when glued: "LiveCodeBench" but not
// "workbench", "SimpleQA" but not "faqa".
constexpr std::array<std::string_view, 4> kBenchSuffixes = {"Bench", "Eval", "QA", "Arena"};
// A word with a benchmark ending glued on after a name-shaped stem:
// "LiveCodeBench", "SimpleQA", "C-Eval"'s "Eval" alone is not one.
bool GluedBenchEnding(std::string_view original) {
  for (const std::string_view suffix : kBenchSuffixes) {
    if (original.size() > suffix.size() + 1 && original.ends_with(suffix)) {
      const std::string_view stem = original.substr(0, original.size() - suffix.size());
      const bool shaped =
          std::any_of(stem.begin() + 1, stem.end(),
                      [](char c) { return IsUpper(c) || (c >= '0' && c <= '9'); }) ||
          (IsUpper(stem.front()) && IsLower(stem.back()));
      if (shaped && (IsUpper(stem.front()) || IsUpper(stem.back()))) return true;
    }
  }
  return false;
}

// Editions that follow a benchmark's name ("SWE-bench Verified", "MMLU-Pro").
const std::unordered_set<std::string>& Editions() {
  static const std::unordered_set<std::string> kEditions = {
      "verified",   "pro",  "lite",     "hard", "live", "diamond",
      "multimodal", "plus", "extended", "mini", "auto"};
  return kEditions;
}

// The month a word names, in full or cut to three letters ("Feb",
// "February"), written out in full; empty for any other word.
std::string_view MonthName(std::string_view folded) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  for (const std::string_view month : kMonths) {
    const std::string lower = Lower(month);
    if (folded == lower || (folded.size() == 3 && lower.starts_with(folded))) return month;
  }
  return {};
}

// A word written with a capital and then small letters or digits ("Frontier",
// "Code"), or a CamelCase or upper-case one ("WebDev", "GPU").
bool Capitalised(const NameToken& token) {
  return token.original.size() >= 2 && IsUpper(token.original.front()) &&
         !AllDigits(std::string_view(token.original).substr(1));
}

// Capitalised words that begin sentences and titles, not names.
// A language written as a code after a benchmark's name ("-ZH", "-CN", "-JA").
bool LanguageCode(std::string_view original) {
  static const std::unordered_set<std::string_view> kCodes = {"ZH", "CN", "EN", "JA", "JP", "KO",
                                                              "KR", "FR", "DE", "ES", "RU", "AR",
                                                              "PT", "IT", "VI", "TH"};
  return kCodes.contains(original);
}

// A release written as "v" and digits ("v6").
bool IsRelease(std::string_view folded) {
  return folded.size() >= 2 && folded[0] == 'v' && AllDigits(folded.substr(1));
}

// Whether tokens[at + 1] is a release of the name ending at tokens[at]:
// spaced or hyphened on, with no decimal after it ("LiveCodeBench v6",
// "BFCL-v3"; "v1.5" is no token of its own).
bool ReleaseAfter(const std::vector<NameToken>& tokens, std::size_t at) {
  return at + 1 < tokens.size() &&
         (tokens[at].gap_after == Gap::kSpace || tokens[at].gap_after == Gap::kHyphen) &&
         IsRelease(tokens[at + 1].folded) &&
         !(at + 2 < tokens.size() && tokens[at + 1].gap_after == Gap::kDot);
}

const std::unordered_set<std::string>& NotNameStarts() {
  static const std::unordered_set<std::string> kWords = {
      "the", "a",  "an", "this", "that", "these", "our", "their", "its", "my", "your",
      "in",  "on", "at", "for",  "from", "with",  "and", "or",    "to",  "of", "by"};
  return kWords;
}

// English prefixes written with a hyphen before a name ("Post-MMLU", "Non-GAIA").
const std::unordered_set<std::string>& EnglishPrefixes() {
  static const std::unordered_set<std::string> kWords = {
      "pre", "post", "non", "anti", "sub", "super", "over", "under", "re", "self", "semi", "mid"};
  return kWords;
}

std::vector<std::u32string> U32Words(std::initializer_list<std::string_view> words) {
  std::vector<std::u32string> out;
  for (const std::string_view word : words) out.push_back(ToU32(word));
  return out;
}

// The Chinese words that call a name beside them a benchmark, on either
// side ("X 榜单第一", "评测 X").
const std::vector<std::u32string>& ChineseBenchmarkWords() {
  static const std::vector<std::u32string> kWords =
      U32Words({"榜单", "测评", "评测", "基准", "测试集"});
  return kWords;
}

bool IsLetterCp(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }

// Whether a benchmark word lies within a few characters before chars[first]
// (in the same sentence) or right after chars[last] (after spaces). A
// known benchmark written in another case than its own ("Gaia" for GAIA)
// is a name only there: alone it may be the word or another name.
bool BenchmarkWordNear(const std::vector<NormChar>& chars, std::size_t first, std::size_t last) {
  // Words that call what stands next to them a benchmark ("公开学术基准（如
  // Gaia）", "benchmarks such as Gaia", "Gaia 评测").
  static const std::vector<std::u32string> kWords = [] {
    std::vector<std::u32string> words = ChineseBenchmarkWords();
    for (std::u32string& english :
         U32Words({"benchmark", "benchmarks", "leaderboard", "evals", "eval"})) {
      words.push_back(std::move(english));
    }
    return words;
  }();
  constexpr std::size_t kReach = 16;  // "benchmarks such as " is 19 code points.
  auto sentence_end = [](char32_t cp) {
    return cp == U'。' || cp == U'；' || cp == ';' || cp == U'！' || cp == U'？' || cp == '!' ||
           cp == '?' || cp == '\n';
  };
  for (std::size_t back = 1; back <= kReach + 10 && back <= first; ++back) {
    const std::size_t at = first - back;
    if (sentence_end(chars[at].cp)) break;
    for (const auto& word : kWords) {
      // The word must end within kReach of the name.
      if (back < word.size() || back - word.size() > kReach || !StartsWithAt(chars, at, word)) {
        continue;
      }
      // An English word stands alone ("evaluate" holds no "eval").
      const std::size_t end = at + word.size();
      const bool latin = word.front() < 0x80;
      if (!latin || ((at == 0 || !IsLetterCp(chars[at - 1].cp)) &&
                     (end >= chars.size() || !IsLetterCp(chars[end].cp)))) {
        return true;
      }
    }
  }
  std::size_t after = last + 1;
  while (after < chars.size() && chars[after].cp == ' ') ++after;
  for (const auto& word : kWords) {
    if (StartsWithAt(chars, after, word)) return true;
  }
  return false;
}

// A benchmark the cues found: its span of characters, id, display form and
// how sure the cue is (below a lexicon match's); the parent, when the cue
// knows it outright (a year or an edition of a known benchmark).
GrammarName CuedBenchmark(std::size_t first, std::size_t last, std::string id, std::string display,
                          double confidence, std::string parent_id = {}) {
  GrammarName name;
  name.first = first;
  name.last = last;
  name.kind = EntityKind::kBenchmark;
  name.id = std::move(id);
  name.name = std::move(display);
  name.parent_id = std::move(parent_id);
  name.confidence = confidence;
  return name;
}

// An upper-case word of three to ten letters and digits, two letters at
// least ("GPQA", "BFCL", "HLE").
bool Acronym(std::string_view word) {
  return word.size() >= 3 && word.size() <= 10 && IsUpper(word[0]) &&
         std::all_of(word.begin(), word.end(),
                     [](char c) { return IsUpper(c) || (c >= '0' && c <= '9'); }) &&
         std::count_if(word.begin(), word.end(), IsUpper) >= 2;
}

// A capitalised word of four letters or more that is not an acronym
// ("Toolathlon", "NoLiMa", "WebVoyager", "Polyglot").
bool CapitalisedName(const NameToken& token) {
  const std::string& word = token.original;
  return word.size() >= 4 && IsUpper(word[0]) && !HasDigit(word) &&
         !NotNameStarts().contains(token.folded) && !CommonAcronyms().contains(token.folded);
}

// The last token of the name a context cue may call a benchmark, starting
// at tokens[i]: an acronym, hyphened to up to two more ("ARC-AGI"), or one
// or two capitalised words ("Toolathlon", "Aider Polyglot"). None when the
// token continues a name that starts before it ("MCP-Universe", "e.g.").
std::optional<std::size_t> ContextName(const std::vector<NameToken>& tokens, std::size_t i) {
  const NameToken& head = tokens[i];
  if (i > 0 && (tokens[i - 1].gap_after == Gap::kHyphen || tokens[i - 1].gap_after == Gap::kDot ||
                tokens[i - 1].gap_after == Gap::kApostrophe)) {
    return std::nullopt;
  }
  const std::size_t n = tokens.size();
  if (Acronym(head.original)) {
    if (CommonAcronyms().contains(head.folded)) return std::nullopt;
    std::size_t last = i;
    while (last + 1 < n && tokens[last].gap_after == Gap::kHyphen &&
           std::all_of(tokens[last + 1].original.begin(), tokens[last + 1].original.end(),
                       [](char c) { return IsUpper(c) || (c >= '0' && c <= '9'); }) &&
           last < i + 2) {
      ++last;
    }
    return last;
  }
  if (!CapitalisedName(head)) return std::nullopt;
  // The name ends where the run of joined tokens ends: "Claude Code 得分"
  // is not "Code".
  std::size_t last = i;
  if (i + 1 < n && head.gap_after == Gap::kSpace && CapitalisedName(tokens[i + 1]) &&
      (i + 2 >= n || tokens[i + 1].gap_after == Gap::kNone)) {
    last = i + 1;
  }
  // A name that goes on ("Toolathlon-2", "Polyglot Benchmark", "Claude
  // Code 2") is another one.
  if (last + 1 < n && tokens[last].gap_after != Gap::kNone &&
      (tokens[last].gap_after != Gap::kSpace || !IsLower(tokens[last + 1].original.front()))) {
    return std::nullopt;
  }
  return last;
}

// Whether a unit, a percentage or a count word follows chars[last] (spaces
// skipped): the number before it is a score or a count, not a release.
bool UnitAfter(const std::vector<NormChar>& chars, std::size_t last) {
  std::size_t at = last + 1;
  while (at < chars.size() && chars[at].cp == ' ') ++at;
  if (at >= chars.size()) return false;
  const char32_t cp = chars[at].cp;
  return cp == '%' || cp == '.' ||
         std::u32string_view(U"个分题次倍点位名项%％").find(cp) != std::u32string_view::npos;
}

std::size_t SkipSpacesBack(const std::vector<NormChar>& chars, std::size_t at) {
  while (at > 0 && chars[at - 1].cp == ' ') --at;
  return at;
}

std::size_t SkipSpaces(const std::vector<NormChar>& chars, std::size_t at) {
  while (at < chars.size() && chars[at].cp == ' ') ++at;
  return at;
}

bool StartsWithAny(const std::vector<NormChar>& chars, std::size_t at,
                   const std::vector<std::u32string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::u32string& word) { return StartsWithAt(chars, at, word); });
}

// Whether a digit follows within a few characters of chars[at] ("得分
// 38.6%", "score of 71").
bool DigitSoonAfter(const std::vector<NormChar>& chars, std::size_t at) {
  constexpr std::size_t kReach = 8;
  for (std::size_t k = at; k < chars.size() && k < at + kReach; ++k) {
    if (IsAsciiDigit(chars[k].cp)) return true;
    if (chars[k].cp == U'。' || chars[k].cp == U'，' || chars[k].cp == ',') return false;
  }
  return false;
}

// "在 X 上" is also plain Chinese for "on X" ("在 MLA 上的开销"); it names a
// benchmark when a score or a ranking follows. `before` and `after` are the
// positions around the name, past its spaces.
bool ScoreAfterZai(const std::vector<NormChar>& chars, std::size_t before, std::size_t after) {
  const bool zai = before > 0 && chars[before - 1].cp == U'在';
  const bool shang = after < chars.size() && chars[after].cp == U'上';
  if (!zai || !shang) return false;
  std::size_t at = after + 1;
  if (at < chars.size() && chars[at].cp == U'的') ++at;
  at = SkipSpaces(chars, at);
  static const std::vector<std::u32string> kScoreWords =
      U32Words({"得分", "分数", "成绩", "准确率", "拿到", "取得", "达到", "超过", "刷到", "跑出",
                "跑到", "排名", "排第", "领先", "击败", "打败"});
  return (at < chars.size() && IsAsciiDigit(chars[at].cp)) || StartsWithAny(chars, at, kScoreWords);
}

// How a name is written, which decides what context may call it a benchmark.
enum class NameShape {
  kAcronym,      // "GPQA": any cue.
  kCamelCase,    // "NoLiMa", "WebVoyager": a score word needs a number after it.
  kCapitalised,  // "Toolathlon": only Chinese cue words. English prose
                 // opens sentences with capitals ("Average score 80").
};

NameShape ShapeOf(std::string_view word) {
  if (Acronym(word)) return NameShape::kAcronym;
  return std::any_of(word.begin() + 1, word.end(), [](char c) { return IsUpper(c); })
             ? NameShape::kCamelCase
             : NameShape::kCapitalised;
}

// Whether a word right after the name calls it a benchmark. A score word
// ("得分", "score") needs a number after it unless the name is an acronym:
// "Cursor 得分很高" is a product's reputation. A count or "等" may stand
// between a list and the word ("两个测评", "等基准").
bool CueWordAfter(const std::vector<NormChar>& chars, std::size_t after, NameShape shape) {
  const bool english_too = shape != NameShape::kCapitalised;
  static const std::vector<std::u32string> kScoreWords =
      U32Words({"得分", "分数", "跑分", "score", "scores"});
  static const std::vector<std::u32string> kBenchmarkWordsAfter = [] {
    std::vector<std::u32string> words = ChineseBenchmarkWords();
    for (const std::u32string& english : U32Words({"benchmark", "leaderboard"})) {
      words.push_back(english);
    }
    return words;
  }();
  // "ForkBomb eval": an English word of its own, after an acronym or a
  // CamelCase name only (english_too), never "evaluation" or "evaluate".
  static const std::vector<std::u32string> kEvalWords = U32Words({"evals", "eval"});
  static const std::vector<std::u32string> kFillers =
      U32Words({"两个", "三个", "几个", "这两个", "这几个", "等"});
  auto allowed = [&](const std::u32string& word) { return english_too || word.front() >= 0x80; };
  for (const std::u32string& word : kScoreWords) {
    if (allowed(word) && StartsWithAt(chars, after, word) &&
        (shape == NameShape::kAcronym || DigitSoonAfter(chars, after + word.size()))) {
      return true;
    }
  }
  for (const std::u32string& word : kBenchmarkWordsAfter) {
    if (allowed(word) && StartsWithAt(chars, after, word)) return true;
  }
  for (const std::u32string& word : kEvalWords) {
    const std::size_t end = after + word.size();
    if (english_too && StartsWithAt(chars, after, word) &&
        (end >= chars.size() || !IsLetterCp(chars[end].cp))) {
      return true;
    }
  }
  for (const std::u32string& filler : kFillers) {
    if (StartsWithAt(chars, after, filler) &&
        StartsWithAny(chars, after + filler.size(), kBenchmarkWordsAfter)) {
      return true;
    }
  }
  return false;
}

// Whether a Chinese benchmark word stands right before the name, spaces
// aside ("分享私藏评测 TodoHell：", "新基准 X"): it names what follows.
// Chinese only: "the benchmark Gemini tops" puts English words in the way.
bool CueWordBefore(const std::vector<NormChar>& chars, std::size_t before) {
  for (const std::u32string& word : ChineseBenchmarkWords()) {
    if (before >= word.size() && StartsWithAt(chars, before - word.size(), word)) return true;
  }
  return false;
}

// The conjunctions between the items of a list.
const std::vector<std::u32string>& ListJoins() {
  static const std::vector<std::u32string> kJoins =
      U32Words({"和", "与", "、", "及", "以及", "and", "/", ","});
  return kJoins;
}

// The first token of the next item when the name ending at tokens[last] is
// followed by a list's conjunction ("和", "与", "、", "及", "以及", "and",
// "/") and a name.
std::optional<std::size_t> ListedNext(const std::vector<NameToken>& tokens,
                                      const std::vector<NormChar>& chars, std::size_t last) {
  if (last + 1 >= tokens.size()) return std::nullopt;
  const std::size_t at = SkipSpaces(chars, tokens[last].last + 1);
  for (const std::u32string& join : ListJoins()) {
    if (!StartsWithAt(chars, at, join)) continue;
    if (SkipSpaces(chars, at + join.size()) == tokens[last + 1].first) return last + 1;
  }
  return std::nullopt;
}

// The last token of the item before the name starting at tokens[first] when
// a list's conjunction stands between them ("HMMT、BRUMO", "HELMET 和
// LongBench"): tokens[first - 1].
std::optional<std::size_t> ListedPrevious(const std::vector<NameToken>& tokens,
                                          const std::vector<NormChar>& chars, std::size_t first) {
  if (first == 0) return std::nullopt;
  const std::size_t end = SkipSpacesBack(chars, tokens[first].first);
  for (const std::u32string& join : ListJoins()) {
    if (end < join.size() || !StartsWithAt(chars, end - join.size(), join)) continue;
    if (SkipSpacesBack(chars, end - join.size()) == tokens[first - 1].last + 1) return first - 1;
  }
  return std::nullopt;
}

}  // namespace

bool BenchmarkCues::KnownSpan(const std::vector<NameToken>& tokens, std::size_t first,
                              std::size_t last) const {
  if (last < first || last - first >= 3) return false;
  for (std::size_t t = first; t < last; ++t) {
    if (!JoinsNext(tokens, t)) return false;
  }
  return benchmarks_.contains(GluedKey(tokens, first, last - first + 1));
}

bool BenchmarkCues::ListedBesideKnown(const std::vector<NameToken>& tokens,
                                      const std::vector<NormChar>& chars, std::size_t first,
                                      std::size_t last) const {
  // A list item: a known name of up to three tokens, maybe with a release
  // or a year after it ("LongBench v2", "AIME 2025"), or another acronym,
  // with a year, through which the list goes on.
  constexpr int kItems = 6;
  auto known_from = [&](std::size_t start) {
    for (std::size_t count = 3; count >= 1; --count) {
      if (start + count <= tokens.size() && KnownSpan(tokens, start, start + count - 1)) {
        return true;
      }
    }
    return false;
  };
  auto known_until = [&](std::size_t end) {
    for (std::size_t count = 1; count <= 3 && count <= end + 1; ++count) {
      if (KnownSpan(tokens, end + 1 - count, end)) return true;
    }
    return false;
  };
  auto year_at = [&](std::size_t t) {
    return tokens[t].folded.size() == 4 && YearOf(tokens[t].folded).has_value();
  };
  std::size_t end = last;
  for (int item = 0; item < kItems; ++item) {
    const std::optional<std::size_t> next = ListedNext(tokens, chars, end);
    if (!next) break;
    if (known_from(*next)) return true;
    if (!Acronym(tokens[*next].original)) break;
    end = *next + (*next + 1 < tokens.size() && year_at(*next + 1) ? 1 : 0);
  }
  std::size_t start = first;
  for (int item = 0; item < kItems; ++item) {
    const std::optional<std::size_t> previous = ListedPrevious(tokens, chars, start);
    if (!previous) break;
    std::size_t item_end = *previous;
    if (known_until(item_end)) return true;
    const bool release = IsRelease(tokens[item_end].folded);
    if (item_end > 0 && (year_at(item_end) || release)) {
      if (known_until(item_end - 1)) return true;
      if (year_at(item_end)) --item_end;
    }
    if (!Acronym(tokens[item_end].original)) break;
    start = item_end;
  }
  return false;
}

BenchmarkCues::BenchmarkCues(const Lexicon& lexicon, std::unordered_set<std::string> families)
    : families_(std::move(families)) {
  // Sized once: growing a node map through a large catalog's tens of
  // thousands of benchmark spellings rehashed it again and again.
  std::size_t spellings = 0;
  for (const LexiconEntry& entry : lexicon.entries()) {
    if (entry.kind == EntityKind::kBenchmark) spellings += 1 + entry.aliases.size();
  }
  benchmarks_.reserve(spellings);
  for (const LexiconEntry& entry : lexicon.entries()) {
    if (entry.kind != EntityKind::kBenchmark) continue;
    auto add = [&](const std::string& name) {
      std::string key = AsciiKey(name);
      if (key.size() < 2) return;
      // One look-up, and the Known built only for a new key (the first
      // spelling of a key wins).
      if (const auto [it, added] = benchmarks_.try_emplace(std::move(key)); added) {
        it->second = Known{&name, &entry.id};
      }
    };
    add(entry.name);
    for (const auto& alias : entry.aliases) add(alias);
  }
}

std::optional<std::pair<std::string, std::string>> BenchmarkCues::KnownBenchmark(
    const std::string& key) const {
  const auto it = benchmarks_.find(key);
  if (it == benchmarks_.end()) return std::nullopt;
  return std::make_pair(*it->second.id, *it->second.display);
}

void BenchmarkCues::Scan(const std::vector<NameToken>& tokens, const std::vector<NormChar>& chars,
                         std::vector<GrammarName>* found_out) const {
  std::vector<GrammarName>& found = *found_out;
  const std::size_t n = tokens.size();
  auto joined = [&](std::size_t t) { return JoinsNext(tokens, t); };
  auto glued_key = [&](std::size_t from, std::size_t count) {
    return GluedKey(tokens, from, count);
  };
  for (std::size_t i = 0; i < n; ++i) {
    // Every name starts with a letter.
    if (!IsLower(tokens[i].folded.front())) continue;
    const NameToken& head = tokens[i];
    // A camel-case word no lexicon entry spells ("CodeClash") may be a new
    // benchmark. Bound to itself, it stands where a list sets it beside a
    // benchmark ("LiveCodeBench v6、CodeClash"), and then wherever else the
    // document names it; the shape alone is also a product's or a
    // company's.
    const bool camel =
        CamelStem(head.original) && !GluedBenchEnding(head.original) &&
        !benchmarks_.contains(head.folded) && !families_.contains(head.folded) &&
        (i == 0 || tokens[i - 1].gap_after == Gap::kNone || tokens[i - 1].gap_after == Gap::kSpace);
    if (camel && (head.gap_after == Gap::kNone || head.gap_after == Gap::kSpace)) {
      GrammarName name =
          CuedBenchmark(head.first, head.last, SlugOf(head.original), head.original, 0.5);
      name.bound_family = head.original;
      found.push_back(std::move(name));
    } else if (camel && head.gap_after == Gap::kHyphen && i + 1 < n &&
               (i + 2 >= n || tokens[i + 1].gap_after != Gap::kHyphen)) {
      // The same word hyphened to what only a benchmark's name ends with: a
      // language ("MuseWrite-ZH") or a count of items ("RepoRescue-500",
      // "ScanMess-2K"), not a date. An edition ("OlyMath-Live") is also a
      // model's tier, so that one waits for a list, as the word alone does.
      const NameToken& end = tokens[i + 1];
      const std::string_view f = end.folded;
      const bool count = (f.size() >= 3 && AllDigits(f) && !IsDateToken(f) && f[0] != '0') ||
                         (f.size() >= 2 && f.back() == 'k' && AllDigits(f.substr(0, f.size() - 1)));
      const bool edition = Editions().contains(end.folded) && IsUpper(end.original.front());
      if (LanguageCode(end.original) || count || edition) {
        const std::string display = head.original + "-" + end.original;
        GrammarName name =
            CuedBenchmark(head.first, end.last, SlugOf(display), display, edition ? 0.5 : 0.6);
        if (edition) name.bound_family = display;
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
      const Known* stem = nullptr;
      bool edition = false;
      if (const auto it = benchmarks_.find(key); it != benchmarks_.end()) {
        stem = &it->second;
        if (end + 1 < n && joined(end) && tokens[end].gap_after != Gap::kDot) {
          // A spaced year has four digits: "HLE 25" is more likely a score.
          auto y = YearOf(tokens[end + 1].folded);
          if (y && tokens[end].gap_after != Gap::kApostrophe &&
              tokens[end + 1].folded.size() != 4) {
            y.reset();
          }
          const std::string_view month = tokens[end].gap_after == Gap::kSpace && end + 2 < n &&
                                                 joined(end + 1) &&
                                                 tokens[end + 1].gap_after == Gap::kSpace &&
                                                 IsUpper(tokens[end + 1].original.front()) &&
                                                 tokens[end + 2].folded.size() == 4
                                             ? MonthName(tokens[end + 1].folded)
                                             : std::string_view();
          if (y) {
            year = y;
            ++end;
          } else if (const std::optional<std::string> dated =
                         month.empty() ? std::nullopt : YearOf(tokens[end + 2].folded)) {
            // "HMMT Feb 2025": a contest held more than once a year, named by
            // its month and year, an edition of the contest.
            edition = true;
            const std::string part = std::string(month) + " " + *dated;
            found.push_back(CuedBenchmark(tokens[i].first, tokens[end + 2].last,
                                          *stem->id + "-" + Lower(month) + "-" + *dated,
                                          *stem->display + " " + part, 0.8, *stem->id));
          } else if (Editions().contains(tokens[end + 1].folded) &&
                     tokens[end].gap_after != Gap::kApostrophe &&
                     (IsUpper(tokens[end + 1].original.front()) ||
                      tokens[end].gap_after == Gap::kHyphen)) {
            edition = true;
            found.push_back(CuedBenchmark(
                tokens[i].first, tokens[end + 1].last, *stem->id + "-" + tokens[end + 1].folded,
                *stem->display + " " + tokens[end + 1].original, 0.8, *stem->id));
          } else if (ReleaseAfter(tokens, end)) {
            // "LiveCodeBench v6", "BFCL-v3": a release of the benchmark.
            edition = true;
            found.push_back(CuedBenchmark(
                tokens[i].first, tokens[end + 1].last, *stem->id + "-" + tokens[end + 1].folded,
                *stem->display + " " + tokens[end + 1].folded, 0.8, *stem->id));
          } else if (tokens[end].gap_after == Gap::kHyphen &&
                     LanguageCode(tokens[end + 1].original)) {
            // "BrowseComp-ZH", "MMLU-CN": the benchmark in another language.
            edition = true;
            found.push_back(CuedBenchmark(
                tokens[i].first, tokens[end + 1].last, *stem->id + "-" + tokens[end + 1].folded,
                *stem->display + "-" + tokens[end + 1].original, 0.8, *stem->id));
          } else if (tokens[end].gap_after == Gap::kHyphen && CamelStem(tokens[end + 1].original)) {
            // "xbench-DeepSearch": a named track of the benchmark.
            edition = true;
            found.push_back(CuedBenchmark(
                tokens[i].first, tokens[end + 1].last, *stem->id + "-" + tokens[end + 1].folded,
                *stem->display + "-" + tokens[end + 1].original, 0.8, *stem->id));
          } else if (tokens[end].gap_after == Gap::kSpace && tokens[end + 1].folded.size() == 1 &&
                     tokens[end + 1].folded[0] >= '2' && tokens[end + 1].folded[0] <= '9' &&
                     (end + 2 >= n || tokens[end + 1].gap_after == Gap::kSpace ||
                      tokens[end + 1].gap_after == Gap::kNone) &&
                     !UnitAfter(chars, tokens[end + 1].last)) {
            // "Mind2Web 2": the benchmark's second release; "HLE 2 分" and
            // "MMLU 5-shot" are a score and a setting.
            edition = true;
            found.push_back(CuedBenchmark(
                tokens[i].first, tokens[end + 1].last, *stem->id + "-" + tokens[end + 1].folded,
                *stem->display + " " + tokens[end + 1].original, 0.8, *stem->id));
          } else if (tokens[end].gap_after == Gap::kSpace &&
                     (tokens[end + 1].folded == "tier" || tokens[end + 1].folded == "level") &&
                     end + 2 < n && joined(end + 1) && tokens[end + 1].gap_after == Gap::kSpace &&
                     tokens[end + 2].folded.size() <= 2 && AllDigits(tokens[end + 2].folded)) {
            // "FrontierMath Tier 4", "GAIA Level 3": the benchmark's harder
            // part, whose scores are not the whole benchmark's.
            edition = true;
            const std::string part = tokens[end + 1].folded + "-" + tokens[end + 2].folded;
            found.push_back(CuedBenchmark(
                tokens[i].first, tokens[end + 2].last, *stem->id + "-" + part,
                *stem->display + " " + tokens[end + 1].original + " " + tokens[end + 2].original,
                0.8, *stem->id));
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
            if (last_folded.size() > digits && !IsAsciiDigit(static_cast<unsigned char>(
                                                   last_folded[last_folded.size() - digits - 1]))) {
              stem = &prefix->second;
              year = y;
              break;
            }
          }
        }
      }
      // A known name, then its version spoken as a word or in Chinese
      // numerals ("arc agi two", "Terminal-Bench 二点零"): the versioned
      // benchmark, when the lexicon knows it by that number.
      if (stem != nullptr && !year && !edition) {
        std::string digits;
        std::size_t last_char = 0;
        if (end + 1 < n && joined(end) && tokens[end].gap_after == Gap::kSpace &&
            EnglishNumber(tokens[end + 1].folded) >= 1 &&
            !(end + 2 < n && joined(end + 1) && CountsSomething(tokens[end + 2].folded))) {
          digits = std::to_string(EnglishNumber(tokens[end + 1].folded));
          last_char = tokens[end + 1].last;
        } else {
          std::size_t at = tokens[end].last + 1;
          if (at < chars.size() && chars[at].cp == ' ') ++at;
          if (const std::optional<SpokenVersion> spoken = ChineseVersionAt(chars, at)) {
            digits = spoken->digits;
            last_char = spoken->last;
          }
        }
        if (!digits.empty()) {
          std::string versioned = key;
          for (const char c : digits) {
            if (c != '.') versioned.push_back(c);
          }
          auto known = benchmarks_.find(versioned);
          if (known == benchmarks_.end() && digits.find('.') == std::string::npos) {
            known = benchmarks_.find(versioned + "0");  // "two" for "2.0".
          }
          if (known != benchmarks_.end()) {
            found.push_back(CuedBenchmark(tokens[i].first, last_char, *known->second.id,
                                          *known->second.display, 0.8));
          }
        }
      }
      // A capitalised word hyphened before a known benchmark names another
      // benchmark built on it ("Video-MME", "Multi-SWE-bench"), unless the
      // word is an English prefix ("Post-MMLU") or a name of its own.
      if (stem != nullptr && i > 0 && tokens[i - 1].gap_after == Gap::kHyphen &&
          Capitalised(tokens[i - 1]) && (i < 2 || tokens[i - 2].gap_after != Gap::kHyphen) &&
          !NotNameStarts().contains(tokens[i - 1].folded) &&
          !EnglishPrefixes().contains(tokens[i - 1].folded) &&
          !benchmarks_.contains(tokens[i - 1].folded) &&
          !families_.contains(tokens[i - 1].folded)) {
        std::string display = tokens[i - 1].original;
        for (std::size_t t = i; t <= last_token; ++t) {
          display += t == i || tokens[t - 1].gap_after != Gap::kSpace ? "-" : " ";
          display += tokens[t].original;
        }
        found.push_back(CuedBenchmark(tokens[i - 1].first, tokens[last_token].last, SlugOf(display),
                                      display, 0.7));
      }
      // A known name in another case than its own, next to a benchmark
      // word: "基准（如 Gaia）" is GAIA; the name alone is left to the lexicon.
      if (stem != nullptr && !year && !edition && IsUpper(tokens[i].original.front()) &&
          BenchmarkWordNear(chars, tokens[i].first, tokens[last_token].last)) {
        found.push_back(CuedBenchmark(tokens[i].first, tokens[last_token].last, *stem->id,
                                      *stem->display, 0.7));
      }
      if (stem != nullptr && year) {
        found.push_back(CuedBenchmark(tokens[i].first, tokens[end].last, *stem->id + "-" + *year,
                                      *stem->display + " " + *year, 0.8, *stem->id));
        break;
      }
      if (stem != nullptr) break;
    }

    // ---- Benchmarks by their ending: "LiveCodeBench", "GDP-bench", "WebDev Arena".
    {
      std::optional<std::size_t> end;
      const std::string& original = head.original;
      if (GluedBenchEnding(original)) end = i;
      if (!end) {
        // Hyphenated ("GDP-bench", "RL-lab-bench", "C-Eval") or, after an
        // acronym or CamelCase word, spaced ("WebDev Arena"), or after two
        // capitalised words ("Frontier Code Arena"): one capitalised word
        // before a spaced ending is too often prose ("Code Arena", "The Bench").
        for (std::size_t t = i; t + 1 < n && t < i + 3 && joined(t); ++t) {
          const Gap gap = tokens[t].gap_after;
          // A capitalised word dotted before a glued ending names its own
          // benchmark ("Fiction.LiveBench" is not LiveBench).
          if (gap == Gap::kDot && t == i && CapitalisedName(head) &&
              (i == 0 || tokens[i - 1].gap_after == Gap::kNone ||
               tokens[i - 1].gap_after == Gap::kSpace) &&
              GluedBenchEnding(tokens[t + 1].original)) {
            end = t + 1;
            break;
          }
          if (gap != Gap::kHyphen && gap != Gap::kSpace) break;
          const NameToken& after = tokens[t + 1];
          // A capitalised word hyphened to a name with its own ending
          // ("IMO-AnswerBench") is one name, not two.
          if (gap == Gap::kHyphen && GluedBenchEnding(after.original) &&
              IsUpper(head.original.front()) && !NotNameStarts().contains(head.folded) &&
              !EnglishPrefixes().contains(head.folded)) {
            end = t + 1;
            break;
          }
          const bool suffix = after.folded == "bench" || after.folded == "eval" ||
                              after.folded == "qa" || after.folded == "arena";
          if (!suffix) {
            if (gap == Gap::kSpace && t == i && Capitalised(head) && Capitalised(after) &&
                !NotNameStarts().contains(head.folded) && t + 2 < n && joined(t + 1) &&
                tokens[t + 1].gap_after == Gap::kSpace) {
              const NameToken& ending = tokens[t + 2];
              const bool spaced_suffix = ending.original == "Bench" || ending.original == "Eval" ||
                                         ending.original == "QA" || ending.original == "Arena";
              if (spaced_suffix) end = t + 2;
              break;
            }
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
        } else if (last + 1 < n && tokens[last].gap_after == Gap::kHyphen &&
                   LanguageCode(tokens[last + 1].original)) {
          ++last;  // "ScholarEval-ZH": in another language, as after a known name.
        }
        std::string display;
        for (std::size_t t = i; t <= last; ++t) {
          display += tokens[t].original;
          if (t < last) {
            const Gap gap = tokens[t].gap_after;
            display += gap == Gap::kSpace ? " " : gap == Gap::kDot ? "." : "-";
          }
        }
        // A version is one digit, maybe with decimals ("Terminal-Bench 2.0");
        // "C-Eval 47" and "SWE-bench Verified 78.2" are scores. A release
        // "v2" counts as after a known name ("OCRBench v2").
        if (joined(last) && ReleaseAfter(tokens, last)) {
          ++last;
          display.append(" ").append(tokens[last].folded);
        } else if (last + 1 < n && joined(last) && tokens[last].gap_after == Gap::kSpace &&
                   AllDigits(tokens[last + 1].folded) && tokens[last + 1].folded.size() == 1) {
          ++last;
          display.append(" ").append(tokens[last].original);
          if (last + 1 < n && tokens[last].gap_after == Gap::kDot &&
              AllDigits(tokens[last + 1].folded) && tokens[last + 1].folded.size() <= 2) {
            ++last;
            display.append(".").append(tokens[last].original);
          }
        }
        found.push_back(
            CuedBenchmark(head.first, tokens[last].last, SlugOf(display), display, 0.7));
      }
    }

    // ---- Benchmarks by context: an acronym or a capitalised name with a
    // score or a benchmark word beside it ("在 GPQA 上得分", "BFCL 得分",
    // "on HLE", "Toolathlon 得分 38.6%", "HELMET 和 NoLiMa 两个测评").
    if (const std::optional<std::size_t> last = ContextName(tokens, i)) {
      const NameShape shape = ShapeOf(head.original);
      const bool acronym = shape == NameShape::kAcronym;
      const std::size_t before = SkipSpacesBack(chars, head.first);
      const std::size_t after = SkipSpaces(chars, tokens[*last].last + 1);
      bool cue = ScoreAfterZai(chars, before, after) || CueWordAfter(chars, after, shape) ||
                 CueWordBefore(chars, before);
      // "on GPQA": the English preposition right before; an ordinary
      // capitalised word follows "on" too often ("on Twitter").
      if (acronym && i > 0 && tokens[i - 1].folded == "on" &&
          tokens[i - 1].gap_after == Gap::kSpace && tokens[i - 1].last + 2 == head.first) {
        cue = true;
      }
      // One of a list the benchmark word follows: "HELMET 和 NoLiMa 两个测评".
      if (!cue) {
        if (const std::optional<std::size_t> next = ListedNext(tokens, chars, *last)) {
          if (const std::optional<std::size_t> next_last = ContextName(tokens, *next)) {
            // The list's weakest name decides: "Average and Toolathlon
            // scores" is not a list of benchmarks.
            const NameShape next_shape = ShapeOf(tokens[*next].original);
            const NameShape weakest = std::max(shape, next_shape);
            cue = CueWordAfter(chars, SkipSpaces(chars, tokens[*next_last].last + 1), weakest);
          }
        }
      }
      // An acronym listed beside a known benchmark, directly or through
      // other acronyms: "HELMET 和 LongBench v2", "HMMT、BRUMO 2025、SMT 2025".
      // Not a capitalised word: companies and products are listed beside
      // benchmarks too.
      std::size_t name_last = *last;
      if (!cue && acronym && *last == i) {
        cue = ListedBesideKnown(tokens, chars, i, *last);
        // Its year is its edition ("BRUMO 2025"), as a known name's is.
        if (cue && i + 1 < n && tokens[i].gap_after == Gap::kSpace &&
            tokens[i + 1].folded.size() == 4 && YearOf(tokens[i + 1].folded) &&
            !StartsWithAny(chars, SkipSpaces(chars, tokens[i + 1].last + 1), U32Words({"年"}))) {
          name_last = i + 1;
        }
      }
      if (cue && !families_.contains(head.folded)) {
        std::string display;
        for (std::size_t t = i; t <= name_last; ++t) {
          display += tokens[t].original;
          if (t < name_last) display += tokens[t].gap_after == Gap::kSpace ? " " : "-";
        }
        found.push_back(CuedBenchmark(head.first, tokens[name_last].last, SlugOf(display), display,
                                      acronym ? 0.6 : 0.5));
      }
    }
  }
}

}  // namespace claimkb::internal
