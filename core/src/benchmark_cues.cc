// The benchmark cues work on the tokens of name_tokens.h, one start token at
// a time; the linker keeps the longest of overlapping names and prefers a
// lexicon match of the same span.
#include "benchmark_cues.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "claimkb/core/lexicon.h"

namespace claimkb::internal {
namespace {

// Benchmark name endings. Case matters when glued: "LiveCodeBench" but not
// "workbench", "SimpleQA" but not "faqa".
constexpr std::array<std::string_view, 4> kBenchSuffixes = {"Bench", "Eval", "QA", "Arena"};
// Editions that follow a benchmark's name ("SWE-bench Verified", "MMLU-Pro").
const std::unordered_set<std::string>& Editions() {
  static const std::unordered_set<std::string> kEditions = {
      "verified", "pro",        "lite", "hard",     "live",
      "diamond",  "multimodal", "plus", "extended", "mini"};
  return kEditions;
}

// Context that makes an acronym a benchmark: after it ("X 得分", "X score")…
constexpr std::array<std::string_view, 12> kAfterCues = {
    "得分",   "分数", "榜单",  "测评",   "评测",      "基准",
    "测试集", "跑分", "score", "scores", "benchmark", "leaderboard"};

// A word written with a capital and then small letters or digits ("Frontier",
// "Code"), or a CamelCase or upper-case one ("WebDev", "GPU").
bool Capitalised(const NameToken& token) {
  return token.original.size() >= 2 && IsUpper(token.original.front()) &&
         !AllDigits(std::string_view(token.original).substr(1));
}

// Capitalised words that begin sentences and titles, not names.
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

// Words that call what stands next to them a benchmark ("公开学术基准（如
// Gaia）", "benchmarks such as Gaia", "Gaia 评测").
constexpr std::array<std::string_view, 10> kBenchmarkWords = {
    "基准",      "评测",       "测评",        "榜单",  "测试集",
    "benchmark", "benchmarks", "leaderboard", "evals", "eval"};

bool IsLetterCp(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }

// Whether a benchmark word lies within a few characters before chars[first]
// (in the same sentence) or right after chars[last] (after spaces). A
// known benchmark written in another case than its own ("Gaia" for GAIA)
// is a name only there: alone it may be the word or another name.
bool BenchmarkWordNear(const std::vector<NormChar>& chars, std::size_t first, std::size_t last) {
  static const std::vector<std::u32string> kWords = [] {
    std::vector<std::u32string> words;
    for (const std::string_view word : kBenchmarkWords) words.push_back(ToU32(word));
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

}  // namespace

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

void BenchmarkCues::Scan(const std::vector<NameToken>& tokens, const std::vector<NormChar>& chars,
                         std::vector<GrammarName>* found_out) const {
  std::vector<GrammarName>& found = *found_out;
  const std::size_t n = tokens.size();
  // Whether token t continues into token t+1.
  auto joined = [&](std::size_t t) { return t + 1 < n && tokens[t].gap_after != Gap::kNone; };
  // The separator-free key of `count` tokens from `from`.
  auto glued_key = [&](std::size_t from, std::size_t count) {
    std::string key;
    for (std::size_t t = from; t < from + count; ++t) key += tokens[t].folded;
    return key;
  };
  for (std::size_t i = 0; i < n; ++i) {
    // Every name starts with a letter.
    if (!IsLower(tokens[i].folded.front())) continue;
    const NameToken& head = tokens[i];
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
          if (y) {
            year = y;
            ++end;
          } else if (Editions().contains(tokens[end + 1].folded) &&
                     tokens[end].gap_after != Gap::kApostrophe &&
                     (IsUpper(tokens[end + 1].original.front()) ||
                      tokens[end].gap_after == Gap::kHyphen)) {
            edition = true;
            found.push_back(CuedBenchmark(
                tokens[i].first, tokens[end + 1].last, *stem->id + "-" + tokens[end + 1].folded,
                *stem->display + " " + tokens[end + 1].original, 0.8, *stem->id));
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
      for (const std::string_view suffix : kBenchSuffixes) {
        if (original.size() > suffix.size() + 1 && original.ends_with(suffix)) {
          const std::string_view stem =
              std::string_view(original).substr(0, original.size() - suffix.size());
          const bool shaped =
              std::any_of(stem.begin() + 1, stem.end(),
                          [](char c) { return IsUpper(c) || (c >= '0' && c <= '9'); }) ||
              (IsUpper(stem.front()) && IsLower(stem.back()));
          if (shaped && (IsUpper(stem.front()) || IsUpper(stem.back()))) end = i;
        }
      }
      if (!end) {
        // Hyphenated ("GDP-bench", "RL-lab-bench", "C-Eval") or, after an
        // acronym or CamelCase word, spaced ("WebDev Arena"), or after two
        // capitalised words ("Frontier Code Arena"): one capitalised word
        // before a spaced ending is too often prose ("Code Arena", "The Bench").
        for (std::size_t t = i; t + 1 < n && t < i + 3 && joined(t); ++t) {
          const Gap gap = tokens[t].gap_after;
          if (gap != Gap::kHyphen && gap != Gap::kSpace) break;
          const NameToken& after = tokens[t + 1];
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
        found.push_back(
            CuedBenchmark(head.first, tokens[last].last, SlugOf(display), display, 0.7));
      }
    }

    // ---- Benchmarks by context: an acronym "在 X 上", "X 得分", "on X".
    {
      const std::string& original = head.original;
      const bool acronym =
          original.size() >= 3 && original.size() <= 10 && IsUpper(original[0]) &&
          std::all_of(original.begin(), original.end(),
                      [](char c) { return IsUpper(c) || (c >= '0' && c <= '9'); }) &&
          std::count_if(original.begin(), original.end(), IsUpper) >= 2;
      if (acronym && !CommonAcronyms().contains(head.folded) && !families_.contains(head.folded)) {
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
          found.push_back(
              CuedBenchmark(head.first, tokens[last].last, SlugOf(display), display, 0.6));
        }
      }
    }
  }
}

}  // namespace claimkb::internal
