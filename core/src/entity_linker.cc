// The entity linker. At construction every name, alias and topic cue of the
// lexicon is turned into a key (normalised, separators dropped) and stored in
// a trie keyed by code point, so Link() walks the text once and, at each
// position, only as deep as some key continues: the cost is linear in the
// text, not in the size of the lexicon. Fuzzy matching runs afterwards on the
// Latin words that no exact match covered, against names bucketed by length.
#include "claimkb/core/entity_linker.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <limits>
#include <mutex>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>

#include "name_grammar.h"
#include "name_tokens.h"
#include "text_normalizer.h"
#include "trie_edges.h"

namespace claimkb {
namespace {

using internal::IsAsciiDigit;
using internal::IsAsciiLower;
using internal::IsWordChar;
using internal::KeyChar;
using internal::NormChar;

// Fuzzy matching is bounded: names shorter than kMinFuzzyLength are matched
// exactly only (short names are one edit away from too many words), names of
// kLongFuzzyLength or more tolerate two edits, others one.
constexpr std::size_t kMinFuzzyLength = 6;
constexpr std::size_t kLongFuzzyLength = 10;
// The longest key compared by the edit distance; longer windows are skipped.
constexpr std::size_t kMaxFuzzyKey = 48;
// A fuzzy window spans at most this many Latin words ("Switch Bench Pro").
constexpr std::size_t kMaxFuzzyWords = 4;

// Whether an enumeration of these two kinds lists things of one sort: an
// organisation and a product are listed as the same thing ("Perplexity、
// Cursor、各种 agent 公司"), so either confirms a bound name of the other.
bool ListedTogether(EntityKind a, EntityKind b) {
  auto company = [](EntityKind k) { return k == EntityKind::kOrg || k == EntityKind::kProduct; };
  return a == b || (company(a) && company(b));
}

// Whether `mention` begins `text` (after spaces) and a colon follows it
// (after spaces): the label of a list item, "Pi：团队极强".
bool IsLabel(std::string_view text, const LinkedMention& mention) {
  if (text.find_first_not_of(' ') != mention.begin) return false;
  std::string_view rest = text.substr(mention.end);
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  return rest.starts_with(":") || rest.starts_with("：");
}

std::size_t MaxEdits(std::size_t length) {
  if (length >= kLongFuzzyLength) return 2;
  if (length >= kMinFuzzyLength) return 1;
  return 0;
}

// What a trie node resolves to. A key can belong to several entries (a model
// family and a product can share a spelling); the list is sorted so the
// preferred target comes first.
struct Target {
  uint32_t entry = 0;     // Index into Lexicon::entries().
  bool is_topic = false;  // A topic name or cue rather than a named entity.
  bool by_name = false;   // The key is the entry's display name, not an alias or cue.
  // Short acronyms ("FAIR", "RAG", "IMO", "CoT") collide with ordinary words
  // ("fair", "rag", "imo", "cot"), so they match only when the text has the
  // same capitals or is all capitals. Index into Impl::case_forms; -1 when
  // any case matches.
  int case_form = -1;
  // A spelling marked "~" in the lexicon: linked only where context confirms it.
  bool bound = false;
};

// Names of at most this many letters, without digits, with two capitals or
// more, are acronyms whose case must match in running text.
constexpr std::size_t kMaxAcronymLetters = 5;

// The letters of `text` in their original case, or empty when `text` is not
// an acronym by the rule above.
std::string AcronymForm(std::string_view text) {
  // Counted before any letter is copied: every spelling of the lexicon
  // passes here at start-up, and few are acronyms.
  std::size_t letters = 0;
  int capitals = 0;
  for (const char c : text) {
    if (c >= '0' && c <= '9') return {};
    if (static_cast<unsigned char>(c) >= 0x80) return {};
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      if (++letters > kMaxAcronymLetters) return {};
      if (c <= 'Z') ++capitals;
    }
  }
  if (capitals < 2) return {};
  std::string form;
  for (const char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) form.push_back(c);
  }
  return form;
}

// Entities beat topic cues (the entity carries its own topics), display names
// beat aliases, and otherwise the lexicon's file order decides.
bool Prefer(const Target& a, const Target& b) {
  if (a.bound != b.bound) return !a.bound;
  if (a.is_topic != b.is_topic) return !a.is_topic;
  if (a.by_name != b.by_name) return a.by_name;
  return a.entry < b.entry;
}

// A name considered for fuzzy matching, with what the filters need.
struct FuzzyName {
  std::u32string key;                // ASCII letters and digits only.
  std::u32string digits;             // The key's digits in order: versions must match exactly.
  std::array<uint8_t, 36> counts{};  // Letter and digit histogram for a cheap lower bound.
  uint32_t entry = 0;
  bool linkable = false;  // Used by Link() and not only by Resolve().
};

int SymbolIndex(char32_t cp) {
  if (IsAsciiLower(cp)) return static_cast<int>(cp - 'a');
  if (IsAsciiDigit(cp)) return 26 + static_cast<int>(cp - '0');
  return -1;
}

bool IsAsciiAlnumKey(const std::u32string& key) {
  return !key.empty() &&
         std::all_of(key.begin(), key.end(), [](char32_t cp) { return SymbolIndex(cp) >= 0; });
}

std::u32string DigitsOf(std::u32string_view key) {
  std::u32string digits;
  for (const char32_t cp : key) {
    if (IsAsciiDigit(cp)) digits.push_back(cp);
  }
  return digits;
}

// Optimal string alignment distance (Damerau-Levenshtein with adjacent
// transpositions, each substring edited once), or `bound` + 1 once the
// distance is known to exceed `bound`.
std::size_t BoundedEditDistance(std::u32string_view a, std::u32string_view b, std::size_t bound) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  if ((n > m ? n - m : m - n) > bound) return bound + 1;
  std::array<std::array<std::size_t, kMaxFuzzyKey + 1>, 3> rows{};
  for (std::size_t j = 0; j <= m; ++j) rows[1][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    auto& current = rows[(i + 1) % 3];
    const auto& previous = rows[i % 3];
    const auto& before = rows[(i + 2) % 3];
    current[0] = i;
    std::size_t row_min = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        value = std::min(value, before[j - 2] + 1);
      }
      current[j] = value;
      row_min = std::min(row_min, value);
    }
    if (row_min > bound) return bound + 1;
  }
  return rows[(n + 1) % 3][m];
}

struct Candidate {
  std::size_t first = 0;  // Index of the first key char.
  std::size_t last = 0;   // Index of the last key char.
  uint32_t entry = 0;
  double confidence = 1.0;
  int grammar = -1;  // Index of a new name the grammar found; -1 for lexicon entries.
  bool bound = false;  // Needs its context to confirm it (LinkedMention::anchors).
  // The grammar name a bound name came from, whose family ("Claude" for
  // "Opus") is one of its anchors; -1 when none.
  int from_grammar = -1;
};

constexpr uint32_t kNoEntry = std::numeric_limits<uint32_t>::max();

}  // namespace

struct EntityLinker::Impl {
  std::shared_ptr<const Lexicon> lexicon;
  LinkerOptions options;

  // The trie: node 0 is the root; an edge is (node << 32 | code point).
  internal::TrieEdges edges;
  uint32_t node_count = 1;  // The root.
  // What each node resolves to, flat: the targets of node `n` are
  // target_pool[target_begin[n], target_begin[n + 1]), empty where no key
  // ends. A vector per node cost an allocation for each of the lexicon's
  // thousands of keys at every start-up.
  std::vector<uint32_t> target_begin;
  std::vector<Target> target_pool;
  std::span<const Target> TargetsOf(uint32_t node) const {
    return std::span<const Target>(target_pool.data() + target_begin[node],
                                   target_begin[node + 1] - target_begin[node]);
  }

  // Built on the first fuzzy look-up, not at construction: most queries
  // never reach one (only capitalised or numbered words that no exact match
  // covers do), and a search process should not pay for them. The once
  // flag makes the build safe from threads sharing one linker.
  mutable std::once_flag fuzzy_once;
  mutable std::vector<FuzzyName> fuzzy_names;
  mutable std::vector<std::vector<uint32_t>> fuzzy_by_length;  // Key length -> fuzzy_names indexes.
  void BuildFuzzy() const;

  std::vector<std::string> case_forms;  // Acronyms that must keep their case.

  std::unique_ptr<internal::NameGrammar> grammar;  // Open-vocabulary names.

  void Build();
  // Adds the trie path of `key` and returns its end node.
  uint32_t InsertPath(const std::u32string& key);
  // Merges `target` into the node's sorted target list.
  void MergeTarget(std::vector<Target>* list, const Target& target) const;
  // Whether the ASCII letters of `surface` fit the target's case rule.
  bool CaseFits(const Target& target, std::string_view surface) const;
  // The BMP code points that start some key: most positions of a text start
  // none, and a bit test says so before any hashing.
  std::vector<bool> root_starts;
  uint32_t Child(uint32_t node, char32_t cp) const {
    if (node == 0 && cp < root_starts.size() && !root_starts[cp]) return 0;
    return edges.Find(internal::TrieEdges::Key(node, cp));
  }
  // The preferred target of `node` that the options allow, or nullptr. An
  // empty `surface` skips the case rule (user-typed names in Resolve()).
  const Target* Usable(uint32_t node, bool allow_topics, std::string_view surface) const {
    for (const auto& target : TargetsOf(node)) {
      if (target.is_topic && !allow_topics) continue;
      if (!surface.empty() && !CaseFits(target, surface)) continue;
      return &target;
    }
    return nullptr;
  }
  // The closest fuzzy name to `key` within the edit bound, as (entry,
  // confidence); entry is UINT32_MAX when none qualifies.
  std::pair<uint32_t, double> BestFuzzy(const std::u32string& key, bool link_only) const;
  // The entry of `kind` that `id` names, by id or by key ("llama-3-1" meets
  // "Llama 3.1"), or kNoEntry.
  uint32_t KnownOfKind(const std::string& id, EntityKind kind) const;
};

uint32_t EntityLinker::Impl::KnownOfKind(const std::string& id, EntityKind kind) const {
  const auto& entries = lexicon->entries();
  if (const LexiconEntry* entry = lexicon->Find(id); entry != nullptr && entry->kind == kind) {
    return static_cast<uint32_t>(entry - entries.data());
  }
  uint32_t node = 0;
  for (const char32_t cp : internal::KeyOf(id)) {
    node = Child(node, cp);
    if (node == 0) return kNoEntry;
  }
  for (const Target& target : TargetsOf(node)) {
    if (!target.is_topic && entries[target.entry].kind == kind) return target.entry;
  }
  return kNoEntry;
}

uint32_t EntityLinker::Impl::InsertPath(const std::u32string& key) {
  if (key.front() < root_starts.size()) root_starts[key.front()] = true;
  uint32_t node = 0;
  for (const char32_t cp : key) {
    const auto [child, added] = edges.FindOrInsert(internal::TrieEdges::Key(node, cp), node_count);
    if (added) ++node_count;
    node = child;
  }
  return node;
}

void EntityLinker::Impl::MergeTarget(std::vector<Target>* targets, const Target& target) const {
  auto& list = *targets;
  for (auto& existing : list) {
    if (existing.entry == target.entry && existing.bound != target.bound) {
      // A plain spelling of the entry makes the key plain.
      existing.bound = false;
      std::sort(list.begin(), list.end(), Prefer);
      return;
    }
    if (existing.entry == target.entry) {
      existing.by_name = existing.by_name || target.by_name;
      // A spelling without a case rule ("Mixture of Experts") makes the key
      // case-free for this entry.
      if (target.case_form < 0 || existing.case_form < 0) {
        existing.case_form = -1;
      } else if (case_forms[static_cast<std::size_t>(existing.case_form)] !=
                 case_forms[static_cast<std::size_t>(target.case_form)]) {
        existing.case_form = -1;
      }
      return;
    }
  }
  list.push_back(target);
  std::sort(list.begin(), list.end(), Prefer);
}

void EntityLinker::Impl::Build() {
  root_starts.assign(0x10000, false);
  const auto& entries = lexicon->entries();
  // Room for the trie up front spares the rehashes. Spellings share
  // prefixes and a CJK code point is three bytes, so the nodes come to a
  // third to a half of the spelled bytes (13,470 for 29,074 bytes in the
  // bundled lexicon); reserving a node per byte made start-up touch (and
  // page-fault in) twice the memory it uses. Large catalogs share far more
  // ("Llama 3.1 8B", "Llama 3.1 70B"): 88,000 nodes for 1.26 MB in a lexicon
  // fifty times the bundled one (bench/startup_lexicon.py). Reserved by the
  // bytes, its table took 32 MB, and every step of the build missed the
  // cache; hence the cap (2 MB of slots), past which the table doubles.
  std::size_t spelled = 0;
  std::size_t spellings = 0;
  for (const auto& entry : entries) {
    spelled += entry.name.size();
    for (const auto& alias : entry.aliases) spelled += alias.size();
    for (const auto& cue : entry.cues) spelled += cue.size();
    spellings += 1 + entry.aliases.size() + entry.bound_aliases.size() + entry.cues.size();
  }
  edges.Reserve(std::min<std::size_t>(spelled / 2, std::size_t{1} << 16));
  // Each spelling's (end node, target) in lexicon order; grouped by node
  // below, where each node's list is merged in that same order.
  std::vector<std::pair<uint32_t, Target>> ends;
  ends.reserve(spellings);
  std::u32string key;
  for (uint32_t i = 0; i < entries.size(); ++i) {
    const auto& entry = entries[i];
    const bool is_topic = entry.kind == EntityKind::kTopic;
    auto add = [&](const std::string& text, bool by_name, bool bound = false) {
      if (!internal::KeyInto(text, &key)) key.clear();
      Target target{i, is_topic, by_name, -1, bound};
      if (std::string form = AcronymForm(text); !form.empty()) {
        target.case_form = static_cast<int>(case_forms.size());
        case_forms.push_back(std::move(form));
      }
      if (key.empty()) return;
      ends.emplace_back(InsertPath(key), target);
    };
    if (!entry.name_bound) add(entry.name, true);
    for (const auto& alias : entry.aliases) add(alias, false);
    for (const auto& alias : entry.bound_aliases) add(alias, alias == entry.name, true);
    for (const auto& cue : entry.cues) add(cue, false);
  }
  // Counting sort of the ends by node, stable, then one merge per node.
  std::vector<uint32_t> order(node_count + 1, 0);
  for (const auto& end : ends) ++order[end.first + 1];
  for (uint32_t n = 0; n < node_count; ++n) order[n + 1] += order[n];
  std::vector<uint32_t> by_node(ends.size());
  {
    std::vector<uint32_t> next(order.begin(), order.end() - 1);
    for (uint32_t e = 0; e < ends.size(); ++e) by_node[next[ends[e].first]++] = e;
  }
  target_begin.assign(node_count + 1, 0);
  target_pool.reserve(ends.size());
  std::vector<Target> list;
  for (uint32_t n = 0; n < node_count; ++n) {
    target_begin[n] = static_cast<uint32_t>(target_pool.size());
    list.clear();
    for (uint32_t at = order[n]; at < order[n + 1]; ++at) {
      MergeTarget(&list, ends[by_node[at]].second);
    }
    target_pool.insert(target_pool.end(), list.begin(), list.end());
  }
  target_begin[node_count] = static_cast<uint32_t>(target_pool.size());
  if (options.open_vocabulary) grammar = std::make_unique<internal::NameGrammar>(*lexicon);
}

void EntityLinker::Impl::BuildFuzzy() const {
  const auto& entries = lexicon->entries();
  std::unordered_map<std::u32string, std::size_t> fuzzy_seen;  // Key -> fuzzy_names index.
  std::u32string key;
  for (uint32_t i = 0; i < entries.size(); ++i) {
    const auto& entry = entries[i];
    // Generated catalog entries are matched exactly only; leaving them out
    // of the fuzzy buckets also keeps the fuzzy pass as fast as before.
    if (!entry.fuzzy) continue;
    // Techniques and topics are named by ordinary words ("distillation",
    // "coding"), whose one-edit neighbours are other ordinary words
    // ("distillations", "coming"): Link() matches them exactly only.
    const bool linkable = entry.kind != EntityKind::kTopic && entry.kind != EntityKind::kTechnique;
    // Bound spellings are ambiguous as they stand: a typo of one is noise,
    // so they are not added here.
    auto add = [&](const std::string& text) {
      if (!internal::KeyInto(text, &key)) return;
      if (key.size() < kMinFuzzyLength || key.size() > kMaxFuzzyKey || !IsAsciiAlnumKey(key)) {
        return;
      }
      // Keep the name of the entry that exact matching would prefer.
      if (!fuzzy_seen.emplace(key, fuzzy_names.size()).second) return;
      FuzzyName name;
      name.key = key;
      name.digits = DigitsOf(key);
      for (const char32_t cp : key) ++name.counts[static_cast<std::size_t>(SymbolIndex(cp))];
      name.entry = i;
      name.linkable = linkable;
      fuzzy_names.push_back(std::move(name));
    };
    if (!entry.name_bound) add(entry.name);
    for (const auto& alias : entry.aliases) add(alias);
    for (const auto& cue : entry.cues) add(cue);
  }
  for (uint32_t i = 0; i < fuzzy_names.size(); ++i) {
    const std::size_t length = fuzzy_names[i].key.size();
    if (fuzzy_by_length.size() <= length) fuzzy_by_length.resize(length + 1);
    fuzzy_by_length[length].push_back(i);
  }
}

bool EntityLinker::Impl::CaseFits(const Target& target, std::string_view surface) const {
  if (target.case_form < 0) return true;
  const std::string& form = case_forms[static_cast<std::size_t>(target.case_form)];
  std::string letters;
  bool all_capitals = true;
  for (const char c : surface) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      letters.push_back(c);
      all_capitals = all_capitals && c <= 'Z';
    }
  }
  // A trailing plural "s" is not part of the acronym ("GPUs").
  if (letters.size() == form.size() + 1 && letters.back() == 's') {
    letters.pop_back();
    all_capitals = std::all_of(letters.begin(), letters.end(), [](char c) { return c <= 'Z'; });
  }
  return letters == form || (all_capitals && letters.size() == form.size());
}

std::pair<uint32_t, double> EntityLinker::Impl::BestFuzzy(const std::u32string& key,
                                                          bool link_only) const {
  std::pair<uint32_t, double> best{std::numeric_limits<uint32_t>::max(), 0.0};
  if (key.size() + 2 < kMinFuzzyLength || key.size() > kMaxFuzzyKey) return best;
  std::call_once(fuzzy_once, [this] { BuildFuzzy(); });
  if (fuzzy_by_length.empty()) return best;
  std::array<uint8_t, 36> counts{};
  for (const char32_t cp : key) {
    const int index = SymbolIndex(cp);
    if (index < 0) return best;
    ++counts[static_cast<std::size_t>(index)];
  }
  const std::u32string digits = DigitsOf(key);
  const std::size_t low = key.size() > 2 ? key.size() - 2 : 0;
  const std::size_t high = std::min(key.size() + 2, fuzzy_by_length.size() - 1);
  for (std::size_t length = low; length <= high && length < fuzzy_by_length.size(); ++length) {
    const std::size_t bound = MaxEdits(length);
    if (bound == 0 || (length > key.size() ? length - key.size() : key.size() - length) > bound) {
      continue;
    }
    for (const uint32_t index : fuzzy_by_length[length]) {
      const auto& name = fuzzy_names[index];
      if (link_only && !name.linkable) continue;
      // A different version number is a different model, never a typo.
      if (name.digits != digits) continue;
      // Each edit changes the histogram by at most two.
      std::size_t histogram_gap = 0;
      for (std::size_t s = 0; s < counts.size(); ++s) {
        histogram_gap +=
            counts[s] > name.counts[s] ? counts[s] - name.counts[s] : name.counts[s] - counts[s];
      }
      if (histogram_gap > 2 * bound) continue;
      // A name cut short or run on ("Reflection" for "Reflection AI") is
      // another word or a partial name, not damage to this one.
      if (name.key.starts_with(key) || name.key.ends_with(key) || key.starts_with(name.key) ||
          key.ends_with(name.key)) {
        continue;
      }
      const std::size_t distance = BoundedEditDistance(key, name.key, bound);
      if (distance == 0 || distance > bound) continue;
      const double confidence =
          1.0 - static_cast<double>(distance) / static_cast<double>(name.key.size());
      if (confidence > best.second) best = {name.entry, confidence};
    }
  }
  if (best.second < options.min_fuzzy_confidence) best = {std::numeric_limits<uint32_t>::max(), 0};
  return best;
}

EntityLinker::EntityLinker(std::shared_ptr<const Lexicon> lexicon, LinkerOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->lexicon = std::move(lexicon);
  impl_->options = options;
  impl_->Build();
}

EntityLinker::~EntityLinker() = default;
EntityLinker::EntityLinker(EntityLinker&&) noexcept = default;
EntityLinker& EntityLinker::operator=(EntityLinker&&) noexcept = default;

const Lexicon& EntityLinker::lexicon() const { return *impl_->lexicon; }

bool EntityLinker::Confirms(const LinkedMention& mention,
                            const std::unordered_set<std::string>& named) {
  return std::any_of(mention.anchors.begin(), mention.anchors.end(),
                     [&](const std::string& anchor) { return named.contains(anchor); });
}

void EntityLinker::AddConfirmingIds(const std::vector<LinkedMention>& mentions,
                                    std::unordered_set<std::string>* named) const {
  for (const LinkedMention& mention : mentions) {
    if (mention.kind == EntityKind::kTopic || !named->insert(mention.entity_id).second) continue;
    for (std::string& ancestor : lexicon().Ancestors(mention.entity_id)) {
      named->insert(std::move(ancestor));
    }
  }
}

std::vector<LinkedMention> EntityLinker::Link(std::string_view text,
                                              std::vector<LinkedMention>* pending) const {
  std::vector<LinkedMention> mentions;
  if (text.size() >= std::numeric_limits<uint32_t>::max()) return mentions;
  std::vector<NormChar> chars;
  if (!internal::NormalizeChars(text, &chars)) return mentions;
  const std::vector<KeyChar> key = internal::SpokenNumberKey(chars);
  const std::size_t n = chars.size();

  // A Latin match may not start or end inside a word, nor split a decimal
  // number ("Gemini 2" is not in "Gemini 2.5"); CJK has no such boundaries.
  // A digit read from a Chinese numeral (SpokenNumberKey) is bounded as
  // the numeral is: its source character decides.
  auto boundary_before = [&](std::size_t k) {
    if (!IsWordChar(key[k].cp) || !IsWordChar(chars[key[k].first].cp)) return true;
    const std::size_t c = key[k].first;
    if (c == 0) return true;
    const char32_t previous = chars[c - 1].cp;
    if (IsWordChar(previous)) return false;
    return !((previous == '.' || previous == ',') && IsAsciiDigit(key[k].cp) && c >= 2 &&
             IsAsciiDigit(chars[c - 2].cp));
  };
  auto boundary_after = [&](std::size_t k) {
    if (!IsWordChar(key[k].cp) || !IsWordChar(chars[key[k].last].cp)) return true;
    const std::size_t c = key[k].last;
    if (c + 1 >= n) return true;
    const char32_t next = chars[c + 1].cp;
    if (IsWordChar(next)) return false;
    return !((next == '.' || next == ',') && IsAsciiDigit(key[k].cp) && c + 2 < n &&
             IsAsciiDigit(chars[c + 2].cp));
  };

  const auto& entries = impl_->lexicon->entries();
  // "meta-neuro-symbolic", "meta-learning": a capitalised name written in
  // lower case and hyphened to a lower-case word is the head of an English
  // compound, not the name (Meta).
  auto lower_compound_head = [&](uint32_t entry, std::string_view surface, std::size_t last) {
    const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    const std::string& name = entries[entry].name;
    if (std::none_of(name.begin(), name.end(), upper)) return false;
    if (std::any_of(surface.begin(), surface.end(), upper) ||
        std::none_of(surface.begin(), surface.end(), lower)) {
      return false;
    }
    const std::size_t c = key[last].last;
    return c + 2 < n && chars[c + 1].cp == '-' && lower(text[chars[c + 2].begin]);
  };

  // "MOE Capital", "Transformer Ventures", "GPT 资本": a model, product or
  // technique name followed by a word that makes a firm's name (capital,
  // fund, group, bank) names the firm, not the thing. Funds and holding
  // companies are named after the technology they invest in; linking the
  // technique reads a line about an investor as a view of the method.
  auto names_a_firm = [&](uint32_t entry, std::size_t last) {
    const EntityKind kind = entries[entry].kind;
    if (kind == EntityKind::kOrg || kind == EntityKind::kPerson) return false;
    std::string_view after = text.substr(chars[key[last].last].end);
    // Chinese designators follow the name directly or after one space.
    if (after.starts_with(" ")) after.remove_prefix(1);
    for (std::string_view word : {"资本", "基金", "创投", "集团", "控股", "证券", "银行"}) {
      if (after.starts_with(word)) return true;
    }
    // English designators are capitalised words of their own.
    for (std::string_view word :
         {"Capital", "Ventures", "Venture Partners", "Partners", "Fund", "Holdings", "Group",
          "Investments", "Securities", "Bank", "Inc", "Ltd", "LLC", "Corp"}) {
      if (!after.starts_with(word)) continue;
      const std::size_t end = word.size();
      if (end == after.size() || !std::isalnum(static_cast<unsigned char>(after[end]))) {
        return true;
      }
    }
    return false;
  };

  // "千兆字节", "100 字节", "几个字节": a short Chinese name right after a
  // numeral, a measure word or a unit prefix is a quantity's unit ("字节",
  // byte, is also ByteDance's short name), not the company or product.
  auto after_numeral = [&](uint32_t entry, std::size_t start, std::size_t last) {
    const EntityKind kind = entries[entry].kind;
    if (kind != EntityKind::kOrg && kind != EntityKind::kProduct && kind != EntityKind::kModel) {
      return false;
    }
    const std::size_t first = key[start].first;
    if (first == 0 || chars[first].cp < 0x3400 || key[last].last - first + 1 > 2) return false;
    std::size_t at = first - 1;
    while (at > 0 && chars[at].cp == ' ') --at;
    static constexpr std::u32string_view kBefore = U"零〇一二三四五六七八九十百千万亿两几个兆吉";
    const char32_t cp = chars[at].cp;
    return IsAsciiDigit(cp) || kBefore.find(cp) != std::u32string_view::npos;
  };

  const bool allow_topics = impl_->options.include_topics;
  std::vector<Candidate> candidates;
  for (std::size_t start = 0; start < key.size(); ++start) {
    if (!boundary_before(start)) continue;
    uint32_t node = 0;
    Candidate best;
    bool found = false;
    for (std::size_t k = start; k < key.size(); ++k) {
      node = impl_->Child(node, key[k].cp);
      if (node == 0) break;
      if (impl_->target_begin[node] == impl_->target_begin[node + 1]) continue;
      std::size_t last = k;
      if (!boundary_after(k)) {
        // A plural "s" glued to a Latin name still names it ("GPUs", "LLMs").
        const bool plural = IsAsciiLower(key[k].cp) && k + 1 < key.size() && key[k + 1].cp == 's' &&
                            key[k + 1].first == key[k].last + 1 && boundary_after(k + 1);
        if (!plural) continue;
        last = k + 1;
      }
      const std::size_t begin = chars[key[start].first].begin;
      const std::string_view surface = text.substr(begin, chars[key[last].last].end - begin);
      const Target* target = impl_->Usable(node, allow_topics, surface);
      if (target == nullptr) continue;
      if (lower_compound_head(target->entry, surface, last)) continue;
      if (names_a_firm(target->entry, last)) continue;
      if (after_numeral(target->entry, start, last)) continue;
      best = Candidate{start, last, target->entry, 1.0};
      best.bound = target->bound;
      found = true;
    }
    if (found) candidates.push_back(best);
  }

  // Names the grammar recognises. One that the lexicon knows under another
  // spelling ("Claude 4.5 Opus" as claude-opus-4-5) links to the entry;
  // others are new entities. Lexicon matches of the same span come first and
  // so win the tie below.
  std::vector<internal::GrammarName> grammar_names;
  if (impl_->grammar) {
    grammar_names = impl_->grammar->Scan(text, chars);
    for (std::size_t g = 0; g < grammar_names.size(); ++g) {
      const auto& name = grammar_names[g];
      const auto first =
          std::lower_bound(key.begin(), key.end(), name.first,
                           [](const KeyChar& k, std::size_t c) { return k.first < c; });
      if (first == key.end()) continue;
      std::size_t last_index = static_cast<std::size_t>(first - key.begin());
      while (last_index + 1 < key.size() && key[last_index + 1].last <= name.last) ++last_index;
      const std::size_t first_index = static_cast<std::size_t>(first - key.begin());
      if (key[first_index].first > name.last) continue;
      if (!boundary_before(first_index) || !boundary_after(last_index)) continue;
      Candidate candidate{first_index, last_index, kNoEntry, name.confidence, static_cast<int>(g)};
      candidate.bound = !name.bound_family.empty();
      candidate.from_grammar = static_cast<int>(g);
      if (const uint32_t known = impl_->KnownOfKind(name.id, name.kind); known != kNoEntry) {
        candidate.entry = known;
        candidate.confidence = candidate.bound ? name.confidence : 1.0;
        candidate.grammar = -1;
      } else if (impl_->lexicon->Find(name.id) != nullptr) {
        continue;  // The id belongs to an entry of another kind: not ours to mint.
      }
      candidates.push_back(candidate);
    }
  }

  // Longest first, then leftmost; a match overlapping a chosen one is dropped.
  std::stable_sort(
      candidates.begin(), candidates.end(),
      [](const Candidate& a, const Candidate& b) { return a.last - a.first > b.last - b.first; });
  std::vector<uint8_t> covered(key.size(), 0);
  std::vector<Candidate> chosen;
  auto take = [&](const Candidate& candidate) {
    for (std::size_t k = candidate.first; k <= candidate.last; ++k) {
      if (covered[k]) return;
    }
    std::fill(covered.begin() + static_cast<std::ptrdiff_t>(candidate.first),
              covered.begin() + static_cast<std::ptrdiff_t>(candidate.last) + 1, 1);
    chosen.push_back(candidate);
  };
  for (const auto& candidate : candidates) {
    if (!candidate.bound) take(candidate);
  }

  // A slashed alternative replaces the last word of the model name before
  // it ("Qwen Plus/Max", "Gemini 2.5 Pro/Flash"): linked when the name it
  // makes is a model the lexicon knows.
  const std::size_t plain_chosen = chosen.size();
  for (std::size_t c = 0; c < plain_chosen; ++c) {
    const Candidate& named = chosen[c];
    if (named.grammar >= 0 || entries[named.entry].kind != EntityKind::kModel) continue;
    const std::size_t slash = key[named.last].last + 1;
    // The slash is a key char of its own when the key keeps it.
    std::size_t word_first = named.last + 1;  // Key index of the alternative's first char.
    if (word_first < key.size() && key[word_first].first == slash) ++word_first;
    if (slash + 1 >= n || chars[slash].cp != '/' || word_first >= key.size() ||
        key[word_first].first != slash + 1 || SymbolIndex(key[word_first].cp) < 0) {
      continue;
    }
    std::size_t word_last = word_first;  // Key index of the alternative's last char.
    while (word_last + 1 < key.size() && SymbolIndex(key[word_last + 1].cp) >= 0 &&
           key[word_last + 1].first == key[word_last].last + 1) {
      ++word_last;
    }
    if (!boundary_after(word_last)) continue;
    // The named surface without its last word, then the alternative.
    const std::size_t name_begin = chars[key[named.first].first].begin;
    std::string_view head = text.substr(name_begin, chars[key[named.last].last].end - name_begin);
    const std::size_t cut = head.find_last_of(" -");
    if (cut == std::string_view::npos) continue;
    const std::size_t word_begin = chars[key[word_first].first].begin;
    std::string alternative(head.substr(0, cut + 1));
    alternative += text.substr(word_begin, chars[key[word_last].last].end - word_begin);
    uint32_t node = 0;
    for (const char32_t cp : internal::KeyOf(alternative)) {
      node = impl_->Child(node, cp);
      if (node == 0) break;
    }
    if (node == 0) continue;
    const Target* target = impl_->Usable(node, /*allow_topics=*/false, {});
    if (target == nullptr || target->bound || entries[target->entry].kind != EntityKind::kModel) {
      continue;
    }
    take(Candidate{word_first, word_last, target->entry, 1.0});
  }

  // Fuzzy matching over windows of consecutive Latin words that no exact
  // match touched. Only words that look like names are tried: capitalised or
  // carrying a digit, as model, benchmark and product names in running text
  // are; lower-case English words are never names in disguise.
  // (An empty fuzzy list, built on first use, makes BestFuzzy() find nothing.)
  if (impl_->options.min_fuzzy_confidence <= 1.0) {
    struct Word {
      std::size_t first;
      std::size_t last;
    };
    std::vector<Word> words;
    for (std::size_t k = 0; k < key.size();) {
      if (SymbolIndex(key[k].cp) < 0) {
        ++k;
        continue;
      }
      std::size_t last = k;
      while (last + 1 < key.size() && SymbolIndex(key[last + 1].cp) >= 0 &&
             key[last + 1].first == key[last].last + 1) {
        ++last;
      }
      words.push_back({k, last});
      k = last + 1;
    }
    std::vector<Candidate> fuzzy;
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (!boundary_before(words[w].first)) continue;
      const unsigned char lead =
          static_cast<unsigned char>(text[chars[key[words[w].first].first].begin]);
      std::u32string window;
      bool has_digit = false;
      Candidate best;
      bool found = false;
      for (std::size_t v = w; v < words.size() && v < w + kMaxFuzzyWords; ++v) {
        // Words join only across separators, which leave no key chars between them.
        if (v > w && words[v].first != words[v - 1].last + 1) break;
        bool touched = false;
        for (std::size_t k = words[v].first; k <= words[v].last; ++k) {
          touched = touched || covered[k];
          window.push_back(key[k].cp);
          has_digit = has_digit || IsAsciiDigit(key[k].cp);
        }
        if (touched || window.size() > kMaxFuzzyKey) break;
        if (!boundary_after(words[v].last)) continue;
        if (!(lead >= 'A' && lead <= 'Z') && !has_digit) continue;
        const auto [entry, confidence] = impl_->BestFuzzy(window, /*link_only=*/true);
        if (entry == std::numeric_limits<uint32_t>::max()) continue;
        if (!found || confidence > best.confidence) {
          best = Candidate{words[w].first, words[v].last, entry, confidence};
          found = true;
        }
      }
      if (found) fuzzy.push_back(best);
    }
    std::stable_sort(fuzzy.begin(), fuzzy.end(), [](const Candidate& a, const Candidate& b) {
      if (a.confidence != b.confidence) return a.confidence > b.confidence;
      return a.last - a.first > b.last - b.first;
    });
    for (const auto& candidate : fuzzy) take(candidate);
  }

  // Bound names, in the gaps the others left. One stands when an
  // enumeration joins it to a mention of its kind ("Scale AI、Mercor、Surge、
  // Turing"); confirming one can confirm its neighbour, so repeat until
  // nothing changes. The rest wait for the document (`pending`).
  auto kind_of = [&](const Candidate& c) {
    return c.grammar >= 0 ? grammar_names[static_cast<std::size_t>(c.grammar)].kind
                          : entries[c.entry].kind;
  };
  // The mention a chosen candidate makes, with its place and surface.
  auto mention_of = [&](const Candidate& candidate) {
    LinkedMention mention;
    if (candidate.grammar >= 0) {
      const auto& name = grammar_names[static_cast<std::size_t>(candidate.grammar)];
      mention.entity_id = name.id;
      mention.kind = name.kind;
      mention.is_new = true;
    } else {
      mention.entity_id = entries[candidate.entry].id;
      mention.kind = entries[candidate.entry].kind;
    }
    mention.begin = chars[key[candidate.first].first].begin;
    mention.end = chars[key[candidate.last].last].end;
    mention.surface = std::string(text.substr(mention.begin, mention.end - mention.begin));
    mention.confidence = candidate.confidence;
    return mention;
  };
  // ✓ ✔ ☑ ✅
  static constexpr std::string_view kCheckMarks[] = {"\xE2\x9C\x93", "\xE2\x9C\x94", "\xE2\x98\x91",
                                                     "\xE2\x9C\x85"};
  std::vector<Candidate> bound;
  for (const auto& candidate : candidates) {
    if (!candidate.bound) continue;
    // A bound name is an ordinary word too: written in lower case it is
    // the word ("the next step, GPT-5 …", "step 3 of the recipe"), whatever
    // stands beside it or the document names. A letter code ("k2") is no
    // word, whatever its case.
    const std::size_t lead_at = chars[key[candidate.first].first].begin;
    const char lead = text[lead_at];
    const bool coded = lead_at + 1 < text.size() && text[lead_at + 1] >= '0' &&
                       text[lead_at + 1] <= '9';
    // Nor is a Claude tier with a version after it ("sonnet 四点五"): the
    // grammar reads a tier's version only from 4 on, which no verse has.
    const bool tier_version =
        candidate.from_grammar >= 0 &&
        grammar_names[static_cast<std::size_t>(candidate.from_grammar)].bound_family == "Claude" &&
        internal::HasDigit(grammar_names[static_cast<std::size_t>(candidate.from_grammar)].id);
    if (lead >= 'a' && lead <= 'z' && !coded && !tier_version) continue;
    // After a check mark it is a status a page shows ("✓ Verified", a
    // forum's badge beside a user's name), not a name.
    std::string_view before = text.substr(0, lead_at);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (std::any_of(std::begin(kCheckMarks), std::end(kCheckMarks),
                    [&](std::string_view mark) { return before.ends_with(mark); })) {
      continue;
    }
    bool free = true;
    for (std::size_t k = candidate.first; k <= candidate.last && free; ++k) free = !covered[k];
    for (const auto& other : bound) {
      free = free && (candidate.last < other.first || other.last < candidate.first);
    }
    if (free) bound.push_back(candidate);
  }
  if (!bound.empty()) {
    // The char index just past a list separator next to chars[at], looking
    // in `step` direction (-1 before, +1 after); n when there is none.
    auto across_separator = [&](std::size_t at, int step) -> std::size_t {
      auto move = [&](std::size_t i) -> std::size_t {
        if (step < 0) return i == 0 ? n : i - 1;
        return i + 1 >= n ? n : i + 1;
      };
      // Speech puts a particle before the comma of a list ("DBC V4 啊，GM
      // 5.2 啊，包括像 MiniMax M3"), and a word that introduces the next
      // item after it; both are skipped.
      auto filler = [](char32_t cp) {
        return cp == ' ' || cp == U'啊' || cp == U'呀' || cp == U'呢' || cp == U'吧' ||
               cp == U'嘛' || cp == U'哈';
      };
      auto skip_introducer = [&](std::size_t i) {
        for (const std::u32string_view word :
             {std::u32string_view(U"包括像"), std::u32string_view(U"包括"),
              std::u32string_view(U"比如说"), std::u32string_view(U"比如"),
              std::u32string_view(U"还有"), std::u32string_view(U"像")}) {
          const std::size_t len = word.size();
          const std::size_t begin = step < 0 ? (i + 1 >= len ? i + 1 - len : n) : i;
          if (begin >= n || begin + len > n) continue;
          bool same = true;
          for (std::size_t j = 0; j < len && same; ++j) same = chars[begin + j].cp == word[j];
          if (same)
            return step < 0 ? (begin == 0 ? n : begin - 1) : (begin + len >= n ? n : begin + len);
        }
        return i;
      };
      // Read in the scan's direction: after a name, fillers then the
      // separator then an introducer; before one, the reverse.
      std::size_t i = move(at);
      if (step < 0) {
        while (i < n && chars[i].cp == ' ') i = move(i);
        if (i < n) i = skip_introducer(i);
      }
      while (i < n && (step > 0 ? filler(chars[i].cp) : chars[i].cp == ' ')) i = move(i);
      if (i >= n) return n;
      const char32_t cp = chars[i].cp;
      bool separator = cp == U'、' || cp == ',' || cp == U'，' || cp == '/' || cp == '&' ||
                       cp == U'和' || cp == U'与' || cp == U'及' || cp == U'或';
      if (!separator && (cp == 'd' || cp == 'r' || cp == 'n' || cp == 'a' || cp == 'o')) {
        // "and", "or" as words.
        for (const std::u32string_view word : {std::u32string_view(U"and"), std::u32string_view(U"or")}) {
          const std::size_t len = word.size();
          const std::size_t begin = step < 0 ? (i + 1 >= len ? i + 1 - len : n) : i;
          if (begin >= n || begin + len > n) continue;
          bool same = true;
          for (std::size_t j = 0; j < len && same; ++j) same = chars[begin + j].cp == word[j];
          const bool spaced = begin > 0 && chars[begin - 1].cp == ' ' && begin + len < n &&
                              chars[begin + len].cp == ' ';
          if (same && spaced) {
            separator = true;
            i = step < 0 ? begin : begin + len - 1;
            break;
          }
        }
      }
      if (!separator) return n;
      i = move(i);
      while (i < n && (step < 0 ? filler(chars[i].cp) : chars[i].cp == ' ')) i = move(i);
      if (i < n && step > 0) {
        i = skip_introducer(i);
        while (i < n && chars[i].cp == ' ') i = move(i);
      }
      return i;
    };
    std::vector<Candidate> confirmed_set = chosen;
    std::vector<bool> confirmed(bound.size(), false);
    for (bool changed = true; changed;) {
      changed = false;
      for (std::size_t b = 0; b < bound.size(); ++b) {
        if (confirmed[b]) continue;
        const std::size_t before = across_separator(key[bound[b].first].first, -1);
        const std::size_t after = across_separator(key[bound[b].last].last, +1);
        for (const auto& other : confirmed_set) {
          if (!ListedTogether(kind_of(other), kind_of(bound[b]))) continue;
          if ((before < n && key[other.last].last == before) ||
              (after < n && key[other.first].first == after)) {
            confirmed[b] = true;
            break;
          }
        }
        if (confirmed[b]) {
          confirmed_set.push_back(bound[b]);
          changed = true;
        }
      }
    }
    // The entity named right before `candidate` as its owner, across "的"
    // or "'s" ("Meta 的 V2"), if any.
    auto owner_before = [&](const Candidate& candidate) -> std::optional<std::string> {
      std::size_t at = key[candidate.first].first;
      auto back = [&]() {
        while (at > 0 && chars[at - 1].cp == ' ') --at;
      };
      back();
      if (at > 0 && chars[at - 1].cp == U'的') {
        --at;
      } else if (at > 1 && chars[at - 1].cp == 's' &&
                 (chars[at - 2].cp == '\'' || chars[at - 2].cp == U'\u2019')) {
        at -= 2;
      } else {
        return std::nullopt;
      }
      back();
      if (at == 0) return std::nullopt;
      for (std::size_t c = 0; c < chosen.size(); ++c) {
        if (key[chosen[c].last].last + 1 == at) return mention_of(chosen[c]).entity_id;
      }
      return std::nullopt;
    };
    std::vector<LinkedMention> waiting;
    for (std::size_t b = 0; b < bound.size(); ++b) {
      if (confirmed[b]) {
        Candidate plain = bound[b];
        plain.bound = false;
        chosen.push_back(plain);
        continue;
      }
      if (pending == nullptr) continue;
      const Candidate& candidate = bound[b];
      LinkedMention mention = mention_of(candidate);
      const Lexicon& lexicon = *impl_->lexicon;
      // Anchors: the family a bare code or tier belongs to, the entry's
      // ancestors, and the maker of the chain.
      if (candidate.from_grammar >= 0) {
        const auto& name = grammar_names[static_cast<std::size_t>(candidate.from_grammar)];
        if (std::string root = lexicon.FamilyRoot(name.bound_family); !root.empty()) {
          mention.anchors.push_back(std::move(root));
        } else if (name.kind == EntityKind::kBenchmark && name.bound_family == name.name) {
          // A new benchmark bound to itself: confirmed where the document
          // names it once in a way that stands ("CodeClash" in a list).
          mention.anchors.push_back(mention.entity_id);
        }
      }
      for (std::string& ancestor : lexicon.Ancestors(mention.entity_id)) {
        if (ancestor != mention.entity_id) mention.anchors.push_back(std::move(ancestor));
      }
      if (std::string maker = lexicon.Maker(mention.entity_id); !maker.empty()) {
        mention.anchors.push_back(std::move(maker));
      }
      // "Meta 的 V2", "Meta's V2": a bare code that another name owns
      // belongs to that owner, not to the family that codes its versions.
      if (candidate.from_grammar >= 0 &&
          !grammar_names[static_cast<std::size_t>(candidate.from_grammar)].bound_family.empty()) {
        if (const std::optional<std::string> owner = owner_before(candidate)) {
          const std::string owner_maker = lexicon.Maker(*owner);
          const bool own = std::any_of(
              mention.anchors.begin(), mention.anchors.end(), [&](const std::string& anchor) {
                return anchor == *owner || (!owner_maker.empty() && anchor == owner_maker);
              });
          if (!own) continue;
        }
      }
      // Without anchors a bound name is dropped, unless it labels the text:
      // first, then a colon ("Generalist：Google 出来的团队"), where the caller
      // may confirm it by the labels around it (a list of companies).
      if (mention.anchors.empty() && !IsLabel(text, mention)) continue;
      waiting.push_back(std::move(mention));
    }
    std::sort(waiting.begin(), waiting.end(),
              [](const LinkedMention& a, const LinkedMention& b) { return a.begin < b.begin; });
    for (auto& mention : waiting) pending->push_back(std::move(mention));
  }

  std::sort(chosen.begin(), chosen.end(),
            [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
  mentions.reserve(chosen.size());
  for (const auto& candidate : chosen) mentions.push_back(mention_of(candidate));
  return mentions;
}

std::string EntityLinker::Resolve(std::string_view name) const {
  const auto& entries = impl_->lexicon->entries();
  // An id typed as is ("swe-bench-verified") resolves to itself.
  std::string lowered;
  for (const char c : name) lowered.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  const auto trimmed_begin = lowered.find_first_not_of(" \t\r\n");
  if (trimmed_begin != std::string::npos) {
    const auto trimmed_end = lowered.find_last_not_of(" \t\r\n");
    const std::string id = lowered.substr(trimmed_begin, trimmed_end - trimmed_begin + 1);
    if (impl_->lexicon->Find(id) != nullptr) return id;
  }
  std::u32string key = internal::KeyOf(name);
  if (key.empty()) return {};
  auto exact = [&](const std::u32string& candidate) -> const Target* {
    uint32_t node = 0;
    for (const char32_t cp : candidate) {
      node = impl_->Child(node, cp);
      if (node == 0) return nullptr;
    }
    return impl_->Usable(node, /*allow_topics=*/true, /*surface=*/{});
  };
  if (const Target* target = exact(key)) return entries[target->entry].id;
  if (key.size() > 2 && key.back() == U's' && IsAsciiLower(key[key.size() - 2])) {
    if (const Target* target = exact(key.substr(0, key.size() - 1))) {
      return entries[target->entry].id;
    }
  }
  const auto [entry, confidence] = impl_->BestFuzzy(key, /*link_only=*/false);
  if (entry != std::numeric_limits<uint32_t>::max()) return entries[entry].id;
  return {};
}

std::string NormalizeForMatching(std::string_view text) {
  std::vector<NormChar> chars;
  if (!internal::NormalizeChars(text, &chars)) return {};
  std::string out;
  out.reserve(text.size());
  for (const auto& c : chars) internal::AppendUtf8(c.cp, &out);
  return out;
}

}  // namespace claimkb
