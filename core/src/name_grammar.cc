// The model-name grammar works on the tokens of name_tokens.h: a family stem
// followed by components joined by a space, hyphen, dot or underscore (a
// version, sizes, variants, a revision, a date). Benchmark names are the
// business of benchmark_cues.cc, which Scan() runs too.
#include "name_grammar.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "claimkb/core/lexicon.h"

namespace claimkb::internal {
namespace {

// Words that make a model name more specific. They are common enough in
// model names to be worth a rule, and rare enough as prose right after a
// model name ("Gemini 3 Pro", not "Gemini 3 base") to keep precision.
const std::unordered_set<std::string>& Variants() {
  static const std::unordered_set<std::string> kVariants = {
      "instruct", "it",       "coder",   "math",   "vl",     "vision",  "mini",   "nano",
      "pro",      "max",      "plus",    "turbo",  "flash",  "lite",    "ultra",  "air",
      "thinking", "reasoner", "preview", "exp",    "sonnet", "opus",    "haiku",  "scout",
      "maverick", "micro",    "omni",    "heavy",  "zero",   "distill", "prover", "asr",
      "tts",      "realtime", "small",   "medium", "large",  "codex",   "chat",   "edge",
      "8bit",     "4bit",     "fp8",     "int4",   "int8",   "awq",     "gguf",   "moe",
      "nemo",     "next",     "high",    "low",    "fast",   "oss",     "super",  "reasoning",
      "base",     "tiny",     "xl",      "xxl"};
  return kVariants;
}
// The variants that say how big a checkpoint is, not what it is for.
bool IsSizeWord(std::string_view folded) {
  static constexpr std::array<std::string_view, 6> kSizeWords = {"base", "large", "small",
                                                                 "tiny", "xl",    "xxl"};
  return std::find(kSizeWords.begin(), kSizeWords.end(), folded) != kSizeWords.end();
}
bool IsVariant(const NameToken& t) {
  // "high"/"low" are reasoning-effort tiers only when hyphenated ("o3-mini-high").
  if (t.folded == "high" || t.folded == "low") return false;
  return Variants().contains(t.folded);
}

// Claude's tiers are written without the family ("Opus 4.5"): they name it.
const std::unordered_set<std::string>& ClaudeTiers() {
  static const std::unordered_set<std::string> kTiers = {"opus", "sonnet", "haiku"};
  return kTiers;
}

// A short version of a family the lexicon does not know: one digit ("4")
// or a letter and one or two digits ("X5", "S2"); "19" of "COVID-19" is no
// release number.
bool ShortVersion(std::string_view folded) {
  if (folded.size() == 1) return folded[0] >= '1' && folded[0] <= '9';
  return folded.size() <= 3 && IsLower(folded[0]) && folded[1] != '0' &&
         AllDigits(folded.substr(1));
}

// Tier words that follow a spoken version in lower case ("gemini two point
// five pro", "千问三 max", "grok 四 fast"): none of them an everyday word
// there.
const std::unordered_set<std::string_view>& SpokenTiers() {
  static const std::unordered_set<std::string_view> kTiers = {
      "pro",  "flash",  "mini",  "nano", "max",      "turbo", "ultra", "lite",
      "opus", "sonnet", "haiku", "fast", "thinking", "coder", "air"};
  return kTiers;
}

// "Claude" before a tier, or "cloud", as speech recognition hears it there
// ("cloud opus 四点五").
bool NamesClaude(const NameToken& token) {
  return token.folded == "claude" || token.folded == "cloud";
}

// Words hyphened after a model's name that compare something with it
// ("GPT-4-Level performance", "a GPT-5-Class model"), not a release's name.
bool ComparedAs(std::string_view folded) {
  static const std::unordered_set<std::string_view> kWords = {
      "level", "class", "style", "like", "grade",   "era", "type",
      "based", "sized", "scale", "tier", "quality", "ish", "powered"};
  return kWords.contains(folded);
}

// A lower-case word as a name shows it: "opus" → "Opus".
std::string Capitalised(std::string word) {
  if (!word.empty() && IsLower(word[0])) word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

// Whether a Latin word follows chars[last], spaces skipped: in Chinese text
// the next thing after a name is most often Chinese.
bool LatinWordAfter(const std::vector<NormChar>& chars, std::size_t last) {
  std::size_t at = last + 1;
  while (at < chars.size() && chars[at].cp == ' ') ++at;
  return at < chars.size() && chars[at].cp < 0x80 && IsWordChar(chars[at].cp);
}

// A tier one space after a version spoken in Chinese numerals ("千问三 max",
// "grok 四 fast"): it joins the name.
void AppendSpokenTier(const std::vector<NameToken>& tokens, const std::vector<NormChar>& chars,
                      GrammarName* name) {
  if (name->last + 2 >= chars.size() || chars[name->last + 1].cp != ' ') return;
  for (const NameToken& token : tokens) {
    if (token.first != name->last + 2) continue;
    if (SpokenTiers().contains(token.folded)) {
      name->id.append("-").append(token.folded);
      name->name.append(" ").append(Capitalised(token.folded));
      name->last = token.last;
    }
    return;
  }
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

// Whether a word for an organisation ("公司", "团队", "startup") ends right
// before chars[first], after spaces.
bool AfterOrganisationNoun(const std::vector<NormChar>& chars, std::size_t first) {
  std::size_t end = first;
  while (end > 0 && chars[end - 1].cp == ' ') --end;
  for (const std::u32string_view word :
       {std::u32string_view(U"公司"), std::u32string_view(U"团队"), std::u32string_view(U"实验室"),
        std::u32string_view(U"company"), std::u32string_view(U"startup"),
        std::u32string_view(U"lab")}) {
    if (end < word.size()) continue;
    const std::size_t begin = end - word.size();
    bool same = true;
    for (std::size_t k = 0; k < word.size() && same; ++k) same = chars[begin + k].cp == word[k];
    // An English word stands alone: "collab" holds no "lab".
    const bool latin = word.front() < 0x80;
    if (same && (!latin || begin == 0 || !IsWordChar(chars[begin - 1].cp))) return true;
  }
  return false;
}

// Whether what follows chars[last], spaces skipped, says that a size just
// read is an attribute of the model rather than part of its name: "GLM-4.6
// 355B 激活 32B", "MiniMax-M2 230B 总参", "with 120B total params".
bool AttributeWordAfter(const std::vector<NormChar>& chars, std::size_t last) {
  std::size_t at = last + 1;
  while (at < chars.size() && chars[at].cp == ' ') ++at;
  for (const std::u32string_view word :
       {std::u32string_view(U"总参"), std::u32string_view(U"参数"), std::u32string_view(U"激活"),
        std::u32string_view(U"total"), std::u32string_view(U"active"),
        std::u32string_view(U"param"), std::u32string_view(U"activated")}) {
    if (at + word.size() > chars.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < word.size() && same; ++k) {
      char32_t cp = chars[at + k].cp;
      if (cp >= 'A' && cp <= 'Z') cp = cp - 'A' + 'a';
      same = cp == word[k];
    }
    if (same) return true;
  }
  return false;
}

}  // namespace

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
      const bool joins =
          !groups.empty() && groups.size() > 1 &&
          ((AllDigits(segment) && segment.size() <= 2) || IsSuffixedNumber(segment)) &&
          IsAsciiDigit(static_cast<unsigned char>(groups.back().back())) &&
          !IsSizeToken(groups.back()) && groups.back().size() <= 6 && !IsDateToken(groups.back());
      // A benchmark's numbered part ("frontiermath-tier-4") is one group:
      // its parent is the benchmark, not a version 4 of it.
      const bool numbers_part = !groups.empty() && AllDigits(segment) &&
                                (groups.back() == "tier" || groups.back() == "level");
      if (numbers_part) {
        groups.back().append("-").append(segment);
      } else if (joins) {
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
    if (version != kNone && drop < version)
      --version;
    else if (drop == version)
      version = kNone;
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

namespace {

// Whether `token` is written as a name speech recognition may have damaged:
// a capital first, then letters only (no digits, hyphens or dots).
bool NameShapedWord(const NameToken& token) {
  return IsUpper(token.original.front()) &&
         std::all_of(token.folded.begin(), token.folded.end(), [](char c) { return IsLower(c); });
}

// Whether `a` becomes `b` by at most one edit: a letter changed, added,
// dropped, or two neighbours swapped ("optus" → "opus", "grock" → "grok").
bool WithinOneEdit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;  // Equal, or one letter added at the end.
  if (a.size() == b.size()) {
    if (a.substr(i + 1) == b.substr(i + 1)) return true;  // Changed.
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.substr(i + 2) == b.substr(i + 2);  // Swapped.
  }
  return a.substr(i) == b.substr(i + 1);  // Added (or dropped) at i.
}

}  // namespace

NameGrammar::NameGrammar(const Lexicon& lexicon) {
  for (const LexiconEntry& entry : lexicon.entries()) {
    if (entry.kind != EntityKind::kModel && entry.kind != EntityKind::kBenchmark) {
      known_other_.insert(AsciiKey(entry.name));
      for (const auto& alias : entry.aliases) known_other_.insert(AsciiKey(alias));
    }
    if (entry.kind == EntityKind::kModel && !entry.family.empty()) {
      // A family is a stem only when some name of the family starts with it
      // and goes on with a separator or a digit ("DeepSeek-V3", "Qwen2.5"):
      // "Alpha" (AlphaGo, AlphaZero) is no stem of its own.
      // Most model entries repeat a family already seen: the key decides
      // that before anything else is built.
      std::string key = AsciiKey(entry.family);
      if (key.empty() || families_.contains(key)) continue;
      const std::string family = Lower(entry.family);
      auto prefixes = [&](const std::string& name) {
        const std::string lowered = Lower(name);
        if (!lowered.starts_with(family)) return false;
        if (lowered.size() == family.size()) return true;
        const char next = lowered[family.size()];
        return !IsLower(next);
      };
      bool stem = prefixes(entry.name);
      for (const auto& alias : entry.aliases) stem = stem || prefixes(alias);
      const LexiconEntry* root = lexicon.Find(lexicon.FamilyRoot(entry.family));
      const bool bound = root != nullptr && root->name_bound;
      if (stem) families_.emplace(std::move(key), Stem{entry.family, bound});
    }
  }
  // A line named by one word inside another family ("Mixtral" of Mistral)
  // is a stem of its own for the sizes and versions written after it
  // ("Mixtral 8x22B"); the lexicon's entry is then its parent.
  for (const LexiconEntry& entry : lexicon.entries()) {
    if (entry.kind != EntityKind::kModel || entry.family.empty() || !entry.version.empty() ||
        entry.name.size() < 3 ||
        !std::all_of(entry.name.begin(), entry.name.end(),
                     [](char c) { return IsUpper(c) || IsLower(c); })) {
      continue;
    }
    families_.emplace(AsciiKey(entry.name), Stem{entry.name, entry.name_bound});
  }
  // Families whose versions are a capital letter and a number ("Kimi K2",
  // "DeepSeek V3", "MiniMax M2"): a bare "K1.5" may be one of theirs.
  for (const LexiconEntry& entry : lexicon.entries()) {
    const std::string& v = entry.version;
    if (entry.kind != EntityKind::kModel || entry.family.empty() || v.size() < 2 ||
        !IsUpper(v[0]) || !IsAsciiDigit(static_cast<unsigned char>(v[1]))) {
      continue;
    }
    const auto [it, inserted] = code_letters_.emplace(v[0], entry.family);
    if (!inserted && AsciiKey(it->second) != AsciiKey(entry.family)) it->second.clear();
  }
  for (const LexiconEntry& entry : lexicon.entries()) {
    if (entry.kind != EntityKind::kModel || entry.family.empty() || !entry.version.empty() ||
        AsciiKey(entry.name) != AsciiKey(entry.family)) {
      continue;
    }
    for (const std::string& alias : entry.aliases) {
      const std::u32string chinese = ToU32(alias);
      if (chinese.size() < 2 ||
          !std::all_of(chinese.begin(), chinese.end(), [](char32_t cp) { return cp >= 0x3400; })) {
        continue;
      }
      cjk_families_.emplace(chinese.front(),
                            std::make_pair(chinese, Stem{entry.family, entry.name_bound}));
    }
  }
  // "o1", "o3-mini": OpenAI's reasoning models are named by a bare letter,
  // recognised only glued to its number.
  families_.erase("o");
  std::unordered_set<std::string> family_keys;
  for (const auto& [key, stem] : families_) family_keys.insert(key);
  benchmarks_ = std::make_unique<BenchmarkCues>(lexicon, std::move(family_keys));
}

NameGrammar::~NameGrammar() = default;

bool NameGrammar::NamingWord(const NameToken& token, std::size_t min_letters) const {
  return IsUpper(token.original.front()) && token.folded.size() >= min_letters &&
         std::all_of(token.folded.begin(), token.folded.end(), IsLower) &&
         !families_.contains(token.folded) && !ComparedAs(token.folded);
}

bool NameGrammar::LineWord(const NameToken& token) const {
  return NamingWord(token, 2) && !IsVariant(token) && !known_other_.contains(token.folded);
}

bool NameGrammar::ReleaseWord(const NameToken& token) const { return NamingWord(token, 3); }

// A word is read as a damaged stem only when it looks like a name (a
// capital first, letters only, not a common acronym) and is long enough that
// one edit leaves it recognisable: three letters, or two capitals against a
// three-letter stem ("GM" for GLM). Exactly one family may be that near.
const NameGrammar::Stem* NameGrammar::NearestStem(const NameToken& token) const {
  const std::string& word = token.folded;
  if (!NameShapedWord(token) || CommonAcronyms().contains(word)) return nullptr;
  const bool capitals =
      std::all_of(token.original.begin(), token.original.end(), [](char c) { return IsUpper(c); });
  if (word.size() < 2 || (word.size() == 2 && !capitals)) return nullptr;
  const Stem* found = nullptr;
  for (const auto& [key, stem] : families_) {
    if (key.size() < 3 || (word.size() == 2 && key.size() != 3) || !WithinOneEdit(word, key)) {
      continue;
    }
    if (found != nullptr && AsciiKey(found->display) != AsciiKey(stem.display)) return nullptr;
    found = &stem;
  }
  return found;
}

std::string NameGrammar::NearestClaudeTier(const NameToken& token) const {
  if (token.folded.size() < 4 || !NameShapedWord(token)) return {};
  for (const std::string& tier : ClaudeTiers()) {
    if (WithinOneEdit(token.folded, tier)) {
      return Capitalised(tier);
    }
  }
  return {};
}

void NameGrammar::JoinSpeltLetters(std::vector<NameToken>* tokens_out,
                                   std::vector<GrammarName>* found) const {
  std::vector<NameToken>& tokens = *tokens_out;
  auto letter = [&](std::size_t t) {
    return tokens[t].folded.size() == 1 && IsLower(tokens[t].folded[0]);
  };
  // Most text has no two single letters in a row: nothing to rebuild then.
  bool pair = false;
  for (std::size_t i = 0; i + 1 < tokens.size() && !pair; ++i) pair = letter(i) && letter(i + 1);
  if (!pair) return;
  std::vector<NameToken> joined;
  joined.reserve(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // The run of single letters one space apart from here.
    std::size_t end = i;
    while (letter(end) && end + 1 < tokens.size() && tokens[end].gap_after == Gap::kSpace &&
           letter(end + 1) && tokens[end + 1].first == tokens[end].last + 2) {
      ++end;
    }
    bool merged = false;
    // The longest prefix of two letters or more that spells a name.
    for (std::size_t last = end; last > i && letter(i) && !merged; --last) {
      std::string key;
      for (std::size_t t = i; t <= last; ++t) key += tokens[t].folded;
      const auto benchmark = benchmarks_->KnownBenchmark(key);
      if (!families_.contains(key) && !benchmark) continue;
      NameToken token = tokens[i];
      token.last = tokens[last].last;
      token.folded = key;
      token.original.clear();
      for (const char c : key) token.original.push_back(static_cast<char>(c - 'a' + 'A'));
      token.gap_after = tokens[last].gap_after;
      if (benchmark && !families_.contains(key)) {
        GrammarName name;
        name.first = token.first;
        name.last = token.last;
        name.kind = EntityKind::kBenchmark;
        name.id = benchmark->first;
        name.name = benchmark->second;
        name.confidence = 0.8;
        found->push_back(std::move(name));
      }
      joined.push_back(std::move(token));
      i = last;
      merged = true;
    }
    if (!merged) joined.push_back(tokens[i]);
  }
  tokens = std::move(joined);
}

std::vector<GrammarName> NameGrammar::Scan(std::string_view text,
                                           const std::vector<NormChar>& chars) const {
  std::vector<GrammarName> found;
  std::vector<NameToken> tokens = TokenizeNames(text, chars);
  JoinSpeltLetters(&tokens, &found);
  const std::size_t n = tokens.size();
  auto joined = [&](std::size_t t) { return JoinsNext(tokens, t); };
  auto glued_key = [&](std::size_t from, std::size_t count) {
    return GluedKey(tokens, from, count);
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
    bool bound_stem = false;
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
        bound_stem = it->second.bound;
        next = i + count;
      }
    }
    const NameToken& head = tokens[i];
    bool versioned_new_family = false;
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
          bound_stem = it->second.bound;
        } else if (CamelStem(std::string_view(head.original).substr(0, cut)) && AllDigits(rest) &&
                   rest.size() <= 2 && rest.front() != '0' && !known_other_.contains(stem)) {
          // A family the lexicon does not know, written in the camel case
          // of model names and glued to its version ("InternVL4").
          family = head.original.substr(0, cut);
          versioned_new_family = true;
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
    // A tier in lower case names Claude only with a version of its own
    // naming (4 on) right after it: "sonnet 4.6", not "a sonnet".
    const bool lower_tier_version = i + 1 < n && joined(i) && tokens[i].gap_after == Gap::kSpace &&
                                    tokens[i + 1].folded.size() == 1 &&
                                    tokens[i + 1].folded[0] >= '4' &&
                                    tokens[i + 1].folded[0] <= '9';
    // "Claude" (or "cloud", as speech recognition hears it) right before a
    // tier makes it Claude's whatever its case: "claude sonnet", "cloud opus".
    const bool after_claude =
        i > 0 && NamesClaude(tokens[i - 1]) && tokens[i - 1].gap_after == Gap::kSpace;
    if (family.empty() && ClaudeTiers().contains(head.folded) &&
        (IsUpper(head.original.front()) || lower_tier_version || after_claude)) {
      family = "Claude";
      claude_tier = Capitalised(head.original);
      next = i + 1;
    }
    // A family or a Claude tier damaged by speech recognition, which spells
    // a name it does not know as the nearest word it does ("Optus 4.8" for
    // Opus 4.8, "Grock 4", "Quen 3", "GM 5.2" for GLM-5.2): one edit from a
    // stem, with a version right after it. The name is bound (below), so it
    // stands only where the family or its maker is named elsewhere.
    bool repaired = false;
    if (family.empty() && i + 1 < n && joined(i) && tokens[i].gap_after != Gap::kDot &&
        tokens[i].gap_after != Gap::kApostrophe && AllDigits(tokens[i + 1].folded) &&
        tokens[i + 1].folded.size() <= 2) {
      if (const Stem* near = NearestStem(head)) {
        family = near->display;
      } else if (std::string tier = NearestClaudeTier(head); !tier.empty()) {
        family = "Claude";
        claude_tier = std::move(tier);
      }
      repaired = !family.empty();
      if (repaired) next = i + 1;
    }
    // A stem the lexicon does not know still names a model when a parameter
    // count in billions follows it directly ("Yi-34B", "Falcon 180B"): the
    // shape is specific enough, and the parents stay unknown.
    // Two capitalised words joined by a hyphen may make the stem ("Seed-OSS-36B");
    // a word hyphened to the one before is inside a name that starts earlier.
    bool unknown_family = false;
    bool sized_new_family = false;  // A coined stem with a size word: "RoBERTa-large".
    auto stem_word = [&](const NameToken& t) {
      return IsUpper(t.original.front()) && t.folded.size() >= 2 &&
             !IsAsciiDigit(static_cast<unsigned char>(t.folded.back())) &&
             !CommonAcronyms().contains(t.folded);
    };
    // A plain count with one of `units` ("8b", "1t", "256m").
    auto count_at = [&](std::size_t t, std::string_view units) {
      return t < n && IsSizeToken(tokens[t].folded) &&
             units.find(tokens[t].folded.back()) != std::string_view::npos &&
             AllDigits(tokens[t].folded.substr(0, tokens[t].folded.size() - 1));
    };
    auto billions_at = [&](std::size_t t) { return count_at(t, "bt"); };
    const bool inside_name = i > 0 && tokens[i - 1].gap_after == Gap::kHyphen &&
                             IsUpper(tokens[i - 1].original.front());
    // A tier word does not start a stem: "Super 49B" in "Llama Nemotron
    // Super 49B" is Nemotron's tier, not a family called Super ("Seed-OSS"
    // may still end one).
    if (family.empty() && !inside_name && i + 1 < n && joined(i) &&
        tokens[i].gap_after != Gap::kDot && tokens[i].gap_after != Gap::kApostrophe &&
        stem_word(head) && !IsVariant(head)) {
      // A count in millions names a small model only after a stem in the
      // camel case of model names ("SmolVLM-256M"); "Series 500M" is money.
      const bool millions =
          count_at(i + 1, "m") && CamelStem(head.original) && !known_other_.contains(head.folded);
      // A size word hyphened to a coined name, a revision between or not,
      // names a checkpoint ("RoBERTa-large", "DeBERTa-v3-base").
      auto size_word_at = [&](std::size_t t) {
        return t < n && tokens[t - 1].gap_after == Gap::kHyphen && IsSizeWord(tokens[t].folded);
      };
      const bool revision_next = i + 2 < n && tokens[i + 1].folded.size() >= 2 &&
                                 tokens[i + 1].folded.front() == 'v' &&
                                 AllDigits(tokens[i + 1].folded.substr(1));
      if (billions_at(i + 1) || millions) {
        family = head.original;
        next = i + 1;
        unknown_family = true;
      } else if (tokens[i].gap_after == Gap::kHyphen && MixedCaseStem(head.original) &&
                 !known_other_.contains(head.folded) &&
                 (size_word_at(i + 1) || (revision_next && size_word_at(i + 2)))) {
        family = head.original;
        next = i + 1;
        unknown_family = true;
        sized_new_family = true;
      } else if (tokens[i].gap_after == Gap::kHyphen && stem_word(tokens[i + 1]) && joined(i + 1) &&
                 tokens[i + 1].gap_after != Gap::kDot &&
                 tokens[i + 1].gap_after != Gap::kApostrophe && billions_at(i + 2)) {
        family = head.original + "-" + tokens[i + 1].original;
        next = i + 2;
        unknown_family = true;
      } else if (tokens[i].gap_after == Gap::kHyphen && i + 2 < n &&
                 ShortVersion(tokens[i + 1].folded) && tokens[i + 1].gap_after == Gap::kHyphen &&
                 IsVariant(tokens[i + 2]) && IsUpper(tokens[i + 2].original.front())) {
        // A stem, a version and a tier, hyphened: "Spark-X5-Ultra",
        // "Intern-S2-Preview". The tier makes the shape a model's.
        family = head.original;
        version = tokens[i + 1].original;
        next = i + 2;
        versioned_new_family = true;
      }
    }
    if (!family.empty()) {
      std::vector<std::string> sizes, tail;
      std::vector<std::pair<std::string, bool>> parts;  // Variants and sizes (true), as written. //
                                                        // Sizes; revision and date, as written.
      std::size_t last = next - 1;
      bool seen_size = false;
      bool dated = false;
      std::size_t version_token = version.empty() ? n : next - 1;
      // Two tokens with one hyphen between and no space: "4-5", not "4 - 5".
      auto tight_hyphen = [&](std::size_t a) {
        return tokens[a].gap_after == Gap::kHyphen && tokens[a + 1].first == tokens[a].last + 2;
      };
      // "2024-08-06" from token `at`: a year of this century, a month, a day.
      auto iso_date_at = [&](std::size_t at) {
        if (at + 2 >= n || !tight_hyphen(at) || !tight_hyphen(at + 1)) return false;
        const std::string& year = tokens[at].folded;
        const std::string& month = tokens[at + 1].folded;
        const std::string& day = tokens[at + 2].folded;
        if (year.size() != 4 || !year.starts_with("20") || !AllDigits(year)) return false;
        if (month.size() != 2 || day.size() != 2 || !AllDigits(month) || !AllDigits(day))
          return false;
        const int m = (month[0] - '0') * 10 + (month[1] - '0');
        const int d = (day[0] - '0') * 10 + (day[1] - '0');
        return m >= 1 && m <= 12 && d >= 1 && d <= 31;
      };
      // A month and day hyphened as two numbers: "gemini-2.5-pro-preview-05-06",
      // "Llama-4-Maverick-03-26-Experimental".
      auto month_day_at = [&](std::size_t at) {
        if (at + 1 >= n || !tight_hyphen(at)) return false;
        const std::string& month = tokens[at].folded;
        const std::string& day = tokens[at + 1].folded;
        if (month.size() != 2 || day.size() != 2 || !AllDigits(month) || !AllDigits(day))
          return false;
        return IsDateToken(month + day);
      };
      // Tiers written before the version keep their place: "Mistral Large 2"
      // is mistral-large-2, as the lexicon's "Mistral Medium 3" is.
      std::size_t parts_before_version = 0;
      bool named_line = false;   // A line word hyphened onto the family.
      bool only_hyphens = true;  // Every part so far hyphened tight to the one before.
      std::size_t t = next;
      while (t < n && joined(t - 1)) {
        const NameToken& token = tokens[t];
        const Gap gap = tokens[t - 1].gap_after;
        if (gap == Gap::kApostrophe) break;
        // A decimal joined by a dot: "3.1", "0.6B", "v0.3".
        std::string value = token.folded;
        std::string shown = token.original;
        std::size_t end = t;
        while (
            end + 1 < n && tokens[end].gap_after == Gap::kDot &&
            (AllDigits(tokens[end].folded) || (end == t && IsVersionToken(tokens[end].folded))) &&
            (AllDigits(tokens[end + 1].folded) || IsSizeToken(tokens[end + 1].folded) ||
             IsSuffixedNumber(tokens[end + 1].folded))) {
          value.append(".").append(tokens[end + 1].folded);
          shown.append(".").append(tokens[end + 1].original);
          ++end;
          if (!AllDigits(tokens[end].folded)) break;
        }
        if (gap == Gap::kDot) break;  // A dot after a name ends a sentence.
        const std::string head_part = value.substr(0, value.find('.'));
        const std::string unit_part =
            value.substr(value.rfind('.') == std::string::npos ? 0 : value.rfind('.') + 1);
        const bool size_like =
            IsSizeToken(value) || (value.find('.') != std::string::npos && IsSizeToken(unit_part) &&
                                   AllDigits(head_part));
        // A size one space after the name is the name's own ("Qwen3 235B")
        // unless it is a context length ("Phi-4-mini 128K") or the words
        // after it make it an attribute ("GLM-4.6 355B 激活 32B").
        if (size_like && gap == Gap::kSpace &&
            (value.back() == 'k' || AttributeWordAfter(chars, tokens[end].last))) {
          break;
        }
        if (size_like) {
          sizes.push_back(shown);
          parts.emplace_back(shown, true);
          seen_size = true;
        } else if (version.empty() && !seen_size && tail.empty() && IsVersionToken(head_part)) {
          version = shown;
          version_token = end;
          parts_before_version = parts.size();
        } else if (t == version_token + 1 && AllDigits(version) && version.size() <= 2 &&
                   AllDigits(value) && value.size() == 1 && tight_hyphen(t - 1)) {
          // The minor version of an API id, hyphened as its dot: "claude-3-5-sonnet",
          // "claude-sonnet-4-5-20250929".
          version.append(".").append(value);
          version_token = end;
        } else if ((!version.empty() || !variants.empty()) && gap == Gap::kHyphen &&
                   iso_date_at(t)) {
          // A snapshot's date written out: "gpt-4o-2024-08-06".
          tail.push_back(shown + "-" + tokens[t + 1].original + "-" + tokens[t + 2].original);
          end = t + 2;
          dated = true;
        } else if ((!version.empty() || !variants.empty()) && gap == Gap::kHyphen &&
                   month_day_at(t)) {
          tail.push_back(shown + "-" + tokens[t + 1].original);
          end = t + 1;
          dated = true;
        } else if ((!version.empty() || (!variants.empty() && gap == Gap::kHyphen)) &&
                   IsDateToken(value)) {
          // A snapshot's date, after the version or after a tier hyphened on
          // ("Devstral-Small-2507", which has no version of its own).
          tail.push_back(shown);
          dated = true;
        } else if ((seen_size || !variants.empty() || !version.empty()) && value.starts_with('v') &&
                   IsVersionToken(head_part)) {
          tail.push_back(shown);  // A revision: "Mistral-7B-v0.3".
        } else if (((token.folded == "deep" && joined(t) && tokens[t + 1].folded == "think") ||
                    (token.folded == "computer" && joined(t) && tokens[t + 1].folded == "use" &&
                     !version.empty())) &&
                   IsUpper(token.original.front()) && tokens[t].gap_after == Gap::kSpace &&
                   IsUpper(tokens[t + 1].original.front())) {
          // A two-word mode: "Gemini 3.5 Deep Think", "Gemini 2.5 Computer
          // Use" ("Deep Research" is a product beside the model, not a model;
          // "Claude computer use" in lower case is the capability).
          std::string mode = token.original + " " + tokens[t + 1].original;
          parts.emplace_back(mode, false);
          variants.push_back(std::move(mode));
          end = t + 1;
        } else if (seen_size && gap == Gap::kHyphen && value.size() >= 3 && value.size() <= 4 &&
                   value.back() == 'e' && AllDigits(value.substr(0, value.size() - 1))) {
          // The experts of a mixture after its size: "Llama-4-Maverick-17B-128E".
          parts.emplace_back(shown, true);
          sizes.push_back(shown);
        } else if (IsVariant(token) ||
                   ((token.folded == "high" || token.folded == "low") && gap == Gap::kHyphen)) {
          // A variant word must look like one: capitalised, all capitals, or
          // hyphenated to the name ("o3-mini"), never an English word in prose.
          // Right after a version, a tier that is no everyday English word
          // may be in lower case, as transcripts write it ("gemini 3.5 flash").
          static const std::unordered_set<std::string_view> kLowerAfterVersion = {
              "pro",   "flash", "lite",     "turbo", "ultra",   "max", "opus", "sonnet",
              "haiku", "coder", "instruct", "vl",    "preview", "air", "codex"};
          const bool after_version = !version.empty() && variants.empty() && parts.empty() &&
                                     gap == Gap::kSpace &&
                                     kLowerAfterVersion.contains(token.folded);
          // In Chinese text a Latin word is a name's: a spoken tier right
          // after the version, with no English word after it ("Grok 4 fast
          // 很快"; not "GPT-5 fast enough").
          const bool before_chinese = !version.empty() && variants.empty() && parts.empty() &&
                                      gap == Gap::kSpace && SpokenTiers().contains(token.folded) &&
                                      !LatinWordAfter(chars, token.last);
          // A tier before the version, as speech recognition writes it in
          // lower case ("mistral large 2"): right after the family, with a
          // version right after it.
          const bool before_version =
              version.empty() && variants.empty() && parts.empty() && t == next &&
              gap == Gap::kSpace && joined(t) && t + 1 < n && tokens[t].gap_after == Gap::kSpace &&
              IsVersionToken(tokens[t + 1].folded) && AllDigits(tokens[t + 1].folded.substr(0, 1));
          const bool shaped = gap == Gap::kHyphen || IsUpper(token.original.front()) ||
                              token.folded == "mini" || token.folded == "nano" || after_version ||
                              before_chinese || before_version;
          if (!shaped) break;
          parts.emplace_back(shown, false);
          variants.push_back(shown);
        } else if (gap == Gap::kHyphen && !variants.empty() && variants.back() == "Distill" &&
                   families_.contains(token.folded)) {
          // A distilled model names its student after "Distill":
          // "DeepSeek-R1-Distill-Qwen-32B" is one model, not R1 and a Qwen.
          parts.emplace_back(shown, false);
          variants.push_back(shown);
        } else if (gap == Gap::kHyphen && t == next && version.empty() && parts.empty() &&
                   !unknown_family && !versioned_new_family && claude_tier.empty() &&
                   tight_hyphen(t - 1) && LineWord(token)) {
          // A capitalised word hyphened straight onto a known family names
          // one of its lines ("Qwen-Image", "Hunyuan-MT-7B", "Kimi-Audio"):
          // a version, size or tier may follow.
          parts.emplace_back(shown, false);
          variants.push_back(shown);
          named_line = true;
        } else if (gap == Gap::kHyphen && !version.empty() && ReleaseWord(token)) {
          // A capitalised word hyphened on after the version names the
          // release itself ("DeepSeek-V3.2-Speciale", "GPT-5.1-Codex-Max").
          parts.emplace_back(shown, false);
          variants.push_back(shown);
        } else {
          break;
        }
        only_hyphens = only_hyphens && tight_hyphen(t - 1);
        last = end;
        t = end + 1;
      }
      // A major version 0 is no release of a known family ("GPT-0.5 时刻" is
      // a stage before GPT-1, a metaphor); a revision "v0.3" or a size
      // "0.5B" is parsed apart and still counts.
      if (!unknown_family && !version.empty() && version.front() == '0') version.clear();
      // Only a version or a size makes a new name: "Gemini Pro" alone is
      // left to the lexicon.
      // A size word hyphened to a known family names a checkpoint of a
      // family that never had versions ("BERT-base", "Whisper-large").
      const bool sized_checkpoint =
          !unknown_family && version.empty() && sizes.empty() && variants.size() == 1 &&
          tokens[next - 1].gap_after == Gap::kHyphen && IsSizeWord(Lower(variants[0]));
      // A known family with its line or two tiers hyphened on, and nothing
      // else, is a name of its own ("Qwen-Image", "LongCat-Flash-Chat"); one
      // tier alone ("Gemini-Pro") is still left to the lexicon.
      const bool hyphened_line = !unknown_family && !versioned_new_family && claude_tier.empty() &&
                                 only_hyphens && last >= next &&
                                 (named_line || variants.size() >= 2);
      const bool has_core =
          sized_new_family ? !variants.empty() && IsSizeWord(Lower(variants.back()))
          : unknown_family
              ? (version.empty() && !sizes.empty())
              : (!version.empty() || !sizes.empty() || dated || sized_checkpoint || hyphened_line);
      // A Claude tier alone ("和 Opus 一样好") names the tier's line, but
      // "Opus" is also a word: the linker wants Claude or its maker named
      // elsewhere in the document.
      if (!has_core && !claude_tier.empty() && last == i && variants.empty()) {
        GrammarName name;
        name.first = tokens[i].first;
        name.last = tokens[i].last;
        name.kind = EntityKind::kModel;
        name.id = "claude-" + Lower(claude_tier);
        name.name = "Claude " + claude_tier;
        name.confidence = 0.6;
        name.bound_family = "Claude";
        // Claude named right before it: the whole name, sure of itself.
        if (after_claude) {
          name.first = tokens[i - 1].first;
          name.confidence = 0.9;
          name.bound_family.clear();
        }
        found.push_back(std::move(name));
      }
      if (has_core) {
        GrammarName name;
        name.first = tokens[i].first;
        name.last = tokens[last].last;
        name.kind = EntityKind::kModel;
        std::vector<std::string> display{family == "o" ? "o" + version : family};
        std::string id = family == "o" ? "o" + Lower(version) : SlugOf(family);
        auto add = [&](const std::string& part, bool keep_dot) {
          display.push_back(part);
          std::string slug = keep_dot ? Lower(part) : VersionSlug(part);
          std::replace(slug.begin(), slug.end(), ' ', '-');
          id.append("-").append(slug);
        };
        // Claude names its tier before the version from 4 on ("Claude Sonnet
        // 4.5"), after it before ("Claude 3.5 Sonnet"); the lexicon's ids follow.
        std::vector<std::string> tiers;
        if (!claude_tier.empty()) tiers.push_back(claude_tier);
        for (const auto& variant : variants) {
          if (family == "Claude" && ClaudeTiers().contains(Lower(variant)))
            tiers.push_back(variant);
        }
        // Claude's tiers begin with Claude 3: "Sonnet 2.1" is Claude 2.1
        // with a tier it never had, so the name keeps the version alone.
        if (family == "Claude" && !version.empty() && version[0] < '3') tiers.clear();
        const bool tier_first = family == "Claude" && !version.empty() && version[0] >= '4';
        if (tier_first) {
          for (const auto& tier : tiers) add(tier, false);
        }
        // Variants and sizes keep the order they were written in.
        auto add_parts = [&](std::size_t from, std::size_t to) {
          for (std::size_t k = from; k < to; ++k) {
            const auto& [part, is_size] = parts[k];
            if (family == "Claude" && ClaudeTiers().contains(Lower(part))) continue;
            add(part, is_size || HasDigit(part));
          }
        };
        add_parts(0, parts_before_version);
        if (family != "o" && !version.empty()) add(version, false);
        if (!tier_first) {
          for (const auto& tier : tiers) add(tier, false);
        }
        add_parts(parts_before_version, parts.size());
        for (const auto& part : tail) add(part, false);
        if (family == "o") display = {JoinParts(display)};
        name.id = id;
        name.name = JoinParts(display);
        name.confidence = unknown_family || versioned_new_family ? 0.6 : 0.9;
        // "Step 2" is as often a step of a recipe as StepFun's model; a
        // parameter count ("Seed-OSS-36B") is specific enough on its own.
        if (bound_stem && sizes.empty()) name.bound_family = family;
        if (repaired) {
          name.confidence = 0.5;
          name.bound_family = family;
        }
        found.push_back(std::move(name));
      }
    }
  }
  // Bare letter-coded versions ("K2", "K1.5"): bound to the one family
  // whose versions are coded with that letter, when that family or its maker
  // is named elsewhere. A code glued to its family ("Kimi K2") is the
  // lexicon's or the rule above's, and the longer match wins there.
  for (std::size_t i = 0; i < n; ++i) {
    std::string original = tokens[i].original;
    if (original.size() < 2 || original.size() > 3 ||
        !AllDigits(std::string_view(original).substr(1))) {
      continue;
    }
    // In lower case, as transcripts write it, only with a spoken tier after
    // it ("k2 thinking"): "k2" alone is as often anything else.
    if (!IsUpper(original[0])) {
      const bool tier_after = i + 1 < n && tokens[i].gap_after == Gap::kSpace &&
                              SpokenTiers().contains(tokens[i + 1].folded);
      if (!tier_after || !IsLower(original[0])) continue;
      original[0] = static_cast<char>(original[0] - 'a' + 'A');
    }
    const auto it = code_letters_.find(original[0]);
    if (it == code_letters_.end() || it->second.empty()) continue;
    // Part of a longer name ("RTX-A6000", "A3-B2") is not a bare code.
    if (i > 0 && tokens[i - 1].gap_after == Gap::kHyphen) continue;
    // "新公司R3", "the startup R3": a code right after a word for an
    // organisation is that organisation's name.
    if (AfterOrganisationNoun(chars, tokens[i].first)) continue;
    std::string version = original;
    std::size_t last = i;
    if (i + 1 < n && tokens[i].gap_after == Gap::kDot && AllDigits(tokens[i + 1].folded) &&
        tokens[i + 1].folded.size() <= 2) {
      version.append(".").append(tokens[i + 1].folded);
      last = i + 1;
    }
    // A capitalised word hyphened on names the release, as after a whole
    // name ("V3.2-Speciale", "V3.1-Terminus"); anything else hyphened on
    // makes the code part of another name.
    std::vector<std::string> releases;
    while (last + 1 < n && tokens[last].gap_after == Gap::kHyphen &&
           ReleaseWord(tokens[last + 1])) {
      ++last;
      releases.push_back(tokens[last].original);
    }
    // A snapshot's date after them: "K2-Instruct-0905".
    if (!releases.empty() && last + 1 < n && tokens[last].gap_after == Gap::kHyphen &&
        IsDateToken(tokens[last + 1].folded)) {
      ++last;
      releases.push_back(tokens[last].original);
    }
    if (last + 1 < n && tokens[last].gap_after == Gap::kHyphen) continue;
    GrammarName name;
    name.first = tokens[i].first;
    name.kind = EntityKind::kModel;
    name.id = SlugOf(it->second) + "-" + VersionSlug(version);
    name.name = it->second + " " + version;
    for (const std::string& release : releases) {
      name.id.append("-").append(Lower(release));
      name.name.append(" ").append(release);
    }
    // A tier written after the code: "K2 Thinking".
    if (last + 1 < n && tokens[last].gap_after == Gap::kSpace && IsVariant(tokens[last + 1]) &&
        (IsUpper(tokens[last + 1].original.front()) ||
         SpokenTiers().contains(tokens[last + 1].folded))) {
      ++last;
      name.id.append("-").append(tokens[last].folded);
      name.name.append(" ").append(Capitalised(tokens[last].folded));
    }
    name.last = tokens[last].last;
    name.confidence = 0.6;
    name.bound_family = it->second;
    found.push_back(std::move(name));
  }
  // Versions in Chinese numerals, as speech recognition writes them in
  // Chinese transcripts: a letter code ("K三" → Kimi K3, "V四") or a family
  // stem ("Qwen三点五" → Qwen 3.5), glued or after one space, then a digit
  // and maybe "点" and decimals. A family named right before a letter code
  // makes it whole ("DeepSeek V四"); a bare code is bound like "K2" above.
  for (std::size_t i = 0; i < n; ++i) {
    const NameToken& token = tokens[i];
    std::size_t at = token.last + 1;
    if (at < chars.size() && chars[at].cp == ' ') ++at;
    const std::optional<SpokenVersion> spoken = ChineseVersionAt(chars, at);
    if (!spoken) continue;
    const std::string& number = spoken->digits;
    GrammarName name;
    name.kind = EntityKind::kModel;
    name.last = spoken->last;
    const std::string& original = token.original;
    if (original == "o" && number.size() == 1) {
      // OpenAI's o-series spoken: "o 三" is o3.
      name.id = "o" + number;
      name.name = "o" + number;
      name.first = token.first;
      name.confidence = 0.6;
      found.push_back(std::move(name));
      continue;
    }
    if (original.size() == 1 && (IsUpper(original[0]) || IsLower(original[0]))) {
      const char letter =
          IsLower(original[0]) ? static_cast<char>(original[0] - 'a' + 'A') : original[0];
      const auto code = code_letters_.find(letter);
      if (code == code_letters_.end() || code->second.empty()) continue;
      const std::string version = std::string(1, code->first) + number;
      name.id = SlugOf(code->second) + "-" + VersionSlug(version);
      name.name = code->second + " " + version;
      name.first = token.first;
      // "DeepSeek V四": the family before it, joined by a space.
      bool whole = false;
      for (std::size_t count = 1; count <= 2 && count <= i && !whole; ++count) {
        const std::size_t from = i - count;
        bool linked = true;
        for (std::size_t t = from; t < i; ++t) linked = linked && joined(t);
        linked = linked && tokens[i - 1].gap_after == Gap::kSpace;
        const auto it = families_.find(glued_key(from, count));
        if (linked && it != families_.end() &&
            AsciiKey(it->second.display) == AsciiKey(code->second)) {
          name.first = tokens[from].first;
          whole = true;
        }
      }
      // In lower case the letter is a code only after its family ("deep
      // seek v 三点二"); alone it is speech ("k 二" of nothing).
      if (!whole && !IsUpper(original[0])) continue;
      name.confidence = whole ? 0.8 : 0.6;
      if (!whole) name.bound_family = code->second;
    } else if (IsVariant(token) && i > 0 && joined(i - 1) &&
               tokens[i - 1].gap_after == Gap::kSpace && families_.contains(tokens[i - 1].folded)) {
      // A tier between the family and the version, as the Latin name has
      // it ("Mistral Large 2"): "mistral large 三".
      const Stem& stem = families_.find(tokens[i - 1].folded)->second;
      name.first = tokens[i - 1].first;
      name.id = SlugOf(stem.display) + "-" + token.folded + "-" + VersionSlug(number);
      name.name = stem.display + " " + Capitalised(token.folded) + " " + number;
      name.confidence = 0.8;
      if (stem.bound) name.bound_family = stem.display;
    } else {
      // Lower case is speech recognition's too ("gpt五点五"), but only a
      // family's own spelling is read then, never one an edit away.
      if (!IsUpper(original.front()) && !families_.contains(token.folded) &&
          !ClaudeTiers().contains(token.folded)) {
        continue;
      }
      name.first = token.first;
      // A Claude tier, exact or an edit away ("Optus五" for Opus 5): Claude
      // names the tier before the version from 4 on, and only those are
      // read here. Bound to Claude, as a bare tier is above.
      std::string tier =
          ClaudeTiers().contains(token.folded) ? token.original : NearestClaudeTier(token);
      if (!tier.empty()) {
        if (number.front() < '4') continue;
        name.id = "claude-" + Lower(tier) + "-" + VersionSlug(number);
        name.name = "Claude " + tier + " " + number;
        // "Claude" before it makes it whole ("claude opus 五"), as with
        // English number words below.
        if (i > 0 && NamesClaude(tokens[i - 1]) && tokens[i - 1].gap_after == Gap::kSpace) {
          name.first = tokens[i - 1].first;
          name.confidence = 0.8;
        } else {
          name.confidence = 0.6;
          name.bound_family = "Claude";
        }
        found.push_back(std::move(name));
        continue;
      }
      const auto it = families_.find(token.folded);
      const Stem* stem = it != families_.end() ? &it->second : NearestStem(token);
      if (stem == nullptr) continue;
      // A family whose versions carry a letter code takes no bare number:
      // "Kimi一K一点五" is a garbled "Kimi K1.5", not a Kimi 1.
      const bool coded =
          std::any_of(code_letters_.begin(), code_letters_.end(),
                      [&](const auto& c) { return AsciiKey(c.second) == AsciiKey(stem->display); });
      if (coded) continue;
      name.id = SlugOf(stem->display) + "-" + VersionSlug(number);
      name.name = stem->display + " " + number;
      name.confidence = 0.8;
      // An edit away from the stem: speech recognition's damage, bound as
      // in the Latin-digit case.
      if (it == families_.end()) {
        name.confidence = 0.5;
        name.bound_family = stem->display;
      } else if (stem->bound) {
        name.bound_family = stem->display;  // "Step三" is as bare as "Step 3".
      }
    }
    AppendSpokenTier(tokens, chars, &name);  // "grok 四 fast".
    found.push_back(std::move(name));
  }
  // Versions in English number words, as speech recognition spells them in
  // English transcripts: a family ("GPT three", "Gemini two point five
  // Pro"), a Claude tier from 4 on ("Opus four point five"), a family's
  // letter code ("DeepSeek V four", "K two") or OpenAI's "o" ("o four
  // mini"), then a number word, maybe "point" and a digit word, maybe a tier
  // word. Case does not matter (transcripts are often lower case), but the
  // stem must be the family's own spelling and the number no count ("GPT
  // three times").
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const NameToken& token = tokens[i];
    const Gap gap = token.gap_after;
    if (gap != Gap::kSpace && gap != Gap::kHyphen) continue;
    const int major = EnglishNumber(tokens[i + 1].folded);
    if (major < 1) continue;
    const bool tier = ClaudeTiers().contains(token.folded);
    const bool o_series = token.original == "o";
    const auto it = families_.find(token.folded);
    std::string coded_family;  // The family of a letter code ("V" → DeepSeek).
    if (token.folded.size() == 1 && !o_series) {
      const auto code = code_letters_.find(static_cast<char>(token.folded[0] - 'a' + 'A'));
      if (code != code_letters_.end()) coded_family = code->second;
    }
    if (!tier && !o_series && coded_family.empty() && it == families_.end()) continue;
    std::string number = std::to_string(major);
    std::size_t last = i + 1;
    if (last + 2 < n && joined(last) && tokens[last].gap_after == Gap::kSpace &&
        tokens[last + 1].folded == "point" && tokens[last + 1].gap_after == Gap::kSpace) {
      if (const int minor = EnglishNumber(tokens[last + 2].folded); minor >= 0 && minor <= 9) {
        number.append(".").append(std::to_string(minor));
        last += 2;
      }
    }
    if (last + 1 < n && joined(last) && CountsSomething(tokens[last + 1].folded)) continue;
    if (tier && major < 4) continue;  // Claude 3's tiers follow the version: "Claude 3 Opus".
    std::vector<std::string> shown_tiers;
    if (tier) {
      shown_tiers.push_back(Capitalised(token.folded));
    } else if (last + 1 < n && joined(last) && tokens[last].gap_after == Gap::kSpace &&
               SpokenTiers().contains(tokens[last + 1].folded)) {
      // The o-series keeps its tiers in lower case: "o4-mini".
      shown_tiers.push_back(o_series ? tokens[last + 1].folded
                                     : Capitalised(tokens[last + 1].folded));
      ++last;
    }
    GrammarName name;
    name.kind = EntityKind::kModel;
    name.first = token.first;
    name.last = tokens[last].last;
    name.confidence = 0.8;
    if (o_series) {
      // "o4", "o4-mini": the lexicon's ids and names of OpenAI's o-series.
      name.id = "o" + VersionSlug(number);
      for (const auto& shown : shown_tiers) name.id.append("-").append(shown);
      name.name = name.id;
      found.push_back(std::move(name));
      continue;
    }
    if (!coded_family.empty()) {
      const std::string version =
          std::string(1, static_cast<char>(token.folded[0] - 'a' + 'A')) + number;
      name.id = SlugOf(coded_family) + "-" + VersionSlug(version);
      name.name = coded_family + " " + version;
      for (const auto& shown : shown_tiers) {
        name.id.append("-").append(Lower(shown));
        name.name.append(" ").append(shown);
      }
      // "DeepSeek V four", "deep seek V four": the family before makes it
      // whole; a bare code is bound, as "K2" is.
      bool whole = false;
      for (std::size_t count = 1; count <= 2 && count <= i && !whole; ++count) {
        const std::size_t from = i - count;
        bool linked = tokens[i - 1].gap_after == Gap::kSpace;
        for (std::size_t t = from; t < i; ++t) linked = linked && joined(t);
        const auto stem = families_.find(glued_key(from, count));
        if (linked && stem != families_.end() &&
            AsciiKey(stem->second.display) == AsciiKey(coded_family)) {
          name.first = tokens[from].first;
          whole = true;
        }
      }
      if (!whole) {
        name.confidence = 0.6;
        name.bound_family = coded_family;
      }
      found.push_back(std::move(name));
      continue;
    }
    // A family whose versions carry a letter code takes no bare number, as above.
    const std::string family = tier ? std::string("Claude") : it->second.display;
    if (!tier && std::any_of(code_letters_.begin(), code_letters_.end(), [&](const auto& c) {
          return AsciiKey(c.second) == AsciiKey(family);
        })) {
      continue;
    }
    name.id = SlugOf(family);
    name.name = family;
    // Claude names its tier before the version from 4 on, as above.
    const bool tier_first = family == "Claude";
    if (tier_first) {
      for (const auto& shown : shown_tiers) {
        name.id.append("-").append(Lower(shown));
        name.name.append(" ").append(shown);
      }
    }
    name.id.append("-").append(VersionSlug(number));
    name.name.append(" ").append(number);
    if (!tier_first) {
      for (const auto& shown : shown_tiers) {
        name.id.append("-").append(Lower(shown));
        name.name.append(" ").append(shown);
      }
    }
    // A tier with its version is as specific as "Opus 4.5" and stands alone;
    // "Claude" before it makes it whole.
    if (tier && i > 0 && NamesClaude(tokens[i - 1]) && tokens[i - 1].gap_after == Gap::kSpace) {
      name.first = tokens[i - 1].first;
    } else if (!tier && it->second.bound) {
      name.bound_family = family;
    }
    found.push_back(std::move(name));
  }
  // A family's Chinese name, then a version in Chinese numerals or digits
  // ("千问三", "通义千问2.5", "混元 2"): the longest name at each place.
  for (std::size_t at = 0; at < chars.size(); ++at) {
    const auto [begin, end] = cjk_families_.equal_range(chars[at].cp);
    const std::pair<std::u32string, Stem>* best = nullptr;
    for (auto it = begin; it != end; ++it) {
      if (StartsWithAt(chars, at, it->second.first) &&
          (best == nullptr || it->second.first.size() > best->first.size())) {
        best = &it->second;
      }
    }
    if (best == nullptr) continue;
    std::size_t after = at + best->first.size();
    // "混元-T1", "混元-TurboS": a hyphen joins as a space does.
    const bool hyphened = after < chars.size() && chars[after].cp == '-';
    if (after < chars.size() && (chars[after].cp == ' ' || hyphened)) ++after;
    // The Chinese name and a Latin word may make a longer family ("豆包 Seed"
    // is Doubao-Seed); its version comes after the word.
    Stem family = best->second;
    for (const NameToken& token : tokens) {
      if (token.first != after || token.gap_after != Gap::kSpace) continue;
      const auto longer = families_.find(AsciiKey(family.display) + token.folded);
      if (longer != families_.end() && IsUpper(token.original.front())) {
        family = longer->second;
        after = token.last + 2;
      }
      break;
    }
    std::string digits;
    std::size_t last = 0;
    // A letter-coded version after the name: "混元 T1", "文心 X1.1".
    const auto coded = std::find_if(tokens.begin(), tokens.end(), [&](const NameToken& t) {
      return t.first == after && t.original.size() >= 2 && t.original.size() <= 3 &&
             IsUpper(t.original[0]) && AllDigits(std::string_view(t.original).substr(1)) &&
             t.original[1] != '0';
    });
    if (const std::optional<SpokenVersion> spoken = ChineseVersionAt(chars, after)) {
      digits = spoken->digits;
      last = spoken->last;
    } else if (coded != tokens.end()) {
      digits = coded->original;
      last = coded->last;
      const auto next = coded + 1;
      if (coded->gap_after == Gap::kDot && next != tokens.end() && AllDigits(next->folded) &&
          next->folded.size() <= 2) {
        digits.append(".").append(next->folded);
        last = next->last;
      }
      // "混元 T1-Pro" or "T1 的" go on as the Latin name; a hyphen after the
      // code is a longer name the grammar reads on its own.
      if (coded->gap_after == Gap::kHyphen) continue;
    } else {
      // Latin digits, maybe with one decimal part; a percentage, a size or a
      // count word after them makes them something else ("混元 2 个", "豆包 30%").
      std::size_t k = after;
      while (k < chars.size() && IsAsciiDigit(chars[k].cp) && k - after < 2) ++k;
      if (k == after && hyphened) {
        // A capitalised Latin word hyphened to the Chinese name is a
        // release of the family ("混元-TurboS" is Hunyuan-TurboS); another
        // family's name is not ("通义-Qwen").
        const auto word = std::find_if(tokens.begin(), tokens.end(),
                                       [&](const NameToken& t) { return t.first == after; });
        if (word != tokens.end() && word->original.size() >= 2 && IsUpper(word->original.front()) &&
            !families_.contains(word->folded) &&
            (word + 1 == tokens.end() || word->gap_after == Gap::kSpace ||
             word->gap_after == Gap::kNone)) {
          GrammarName release;
          release.kind = EntityKind::kModel;
          release.first = at;
          release.last = word->last;
          release.id = SlugOf(family.display) + "-" + Lower(word->original);
          release.name = family.display + "-" + word->original;
          release.confidence = 0.8;
          if (family.bound) release.bound_family = family.display;
          found.push_back(std::move(release));
          at = word->last;
        }
        continue;
      }
      if (k == after || (k < chars.size() && IsAsciiDigit(chars[k].cp))) continue;
      if (k + 1 < chars.size() && chars[k].cp == '.' && IsAsciiDigit(chars[k + 1].cp)) {
        k += 2;
        if (k < chars.size() && IsAsciiDigit(chars[k].cp)) continue;
      }
      if (k < chars.size() && (IsWordChar(chars[k].cp) || chars[k].cp == '%' ||
                               std::u32string_view(U"个年月天倍分次位号万亿").find(chars[k].cp) !=
                                   std::u32string_view::npos)) {
        continue;
      }
      for (std::size_t d = after; d < k; ++d) digits.push_back(static_cast<char>(chars[d].cp));
      if (digits.front() == '0') continue;
      last = k - 1;
    }
    GrammarName name;
    name.kind = EntityKind::kModel;
    name.first = at;
    name.last = last;
    name.id = SlugOf(family.display) + "-" + VersionSlug(digits);
    name.name = family.display + " " + digits;
    name.confidence = 0.8;
    if (family.bound) name.bound_family = family.display;
    AppendSpokenTier(tokens, chars, &name);  // "千问三 max".
    last = name.last;
    found.push_back(std::move(name));
    at = last;
  }
  benchmarks_->Scan(tokens, chars, &found);
  return found;
}

}  // namespace claimkb::internal
