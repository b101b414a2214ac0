// Loads the lexicon from tab-separated files. The format is documented for
// users in data/lexicon/README.md; this file is its only reader, so the two
// must change together.
#include "claimkb/core/lexicon.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "claimkb/core/resources.h"
#include "name_grammar.h"

namespace claimkb {
namespace {

// Column order of every lexicon file. Trailing columns may be left out, so a
// topic-less technique is just "id<TAB>kind<TAB>name".
constexpr std::size_t kMinColumns = 3;
constexpr std::size_t kMaxColumns = 11;
constexpr const char* kColumnsHint =
    "columns are: id, kind, name, parent, aliases, topics, cues, family, version, variant, "
    "maker";

std::string_view Trim(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const auto first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(kSpace);
  return text.substr(first, last - first + 1);
}

// The tab-separated cells of a row, without a vector per row: the lexicon's
// rows are parsed at every start-up. `count` is the number of cells, which
// may exceed the capacity (only the first kMaxColumns + 1 are kept), so a
// row with too many columns is still reported as such.
struct Cells {
  std::array<std::string_view, kMaxColumns + 1> cells;
  std::size_t count = 0;
};

void SplitRow(std::string_view row, Cells* out) {
  out->count = 0;
  std::size_t start = 0;
  while (true) {
    const auto pos = row.find('\t', start);
    const auto cell = row.substr(start, pos == std::string_view::npos ? pos : pos - start);
    if (out->count < out->cells.size()) out->cells[out->count] = cell;
    ++out->count;
    if (pos == std::string_view::npos) return;
    start = pos + 1;
  }
}

// A lone "-" stands for an empty cell, because runs of invisible tabs are
// easy to miscount when a user edits a file by hand.
std::string Cell(std::string_view raw) {
  const auto cell = Trim(raw);
  if (cell == "-") return {};
  return std::string(cell);
}

std::vector<std::string> List(std::string_view raw) {
  std::vector<std::string> items;
  const auto cell = Trim(raw);
  if (cell.empty() || cell == "-") return items;
  for (std::size_t start = 0; start <= cell.size();) {
    auto pos = cell.find('|', start);
    if (pos == std::string_view::npos) pos = cell.size();
    const auto item = Trim(cell.substr(start, pos - start));
    if (!item.empty()) items.emplace_back(item);
    start = pos + 1;
  }
  return items;
}

// Ids are slugs so that they survive URLs, shell arguments and SQL unquoted.
bool IsValidId(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
  });
}

// One read of the whole file, then lines as views: every command loads the
// lexicon, so its parse is part of every command's start-up.
Result<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return MakeErrorAt(ErrorCode::kIO, path.string(), 0, "cannot open lexicon file");
  std::string text(static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
  in.seekg(0);
  if (!in.read(text.data(), static_cast<std::streamsize>(text.size()))) {
    return MakeErrorAt(ErrorCode::kIO, path.string(), 0, "read failed");
  }
  return text;
}

Status ParseText(const std::filesystem::path& path, const std::string& text,
                 std::vector<LexiconEntry>* entries) {
  const std::string file = path.string();
  const bool fuzzy = !path.filename().string().starts_with("zz-catalog-");
  int line_number = 0;
  Cells split;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string_view row = std::string_view(text).substr(at, end - at);
    at = end + 1;
    ++line_number;
    if (line_number == 1 && row.starts_with("\xEF\xBB\xBF")) row.remove_prefix(3);  // BOM.
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    const auto trimmed = Trim(row);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    SplitRow(row, &split);
    const auto& cells = split.cells;
    if (Trim(cells[0]) == "id" && split.count > 1 && Trim(cells[1]) == "kind") continue;
    auto fail = [&](std::string message) {
      auto error = MakeErrorAt(ErrorCode::kParse, file, line_number, std::move(message));
      error.error().hint = kColumnsHint;
      return error;
    };
    if (split.count < kMinColumns || split.count > kMaxColumns) {
      return fail("expected " + std::to_string(kMinColumns) + " to " + std::to_string(kMaxColumns) +
                  " tab-separated columns, found " + std::to_string(split.count));
    }
    auto cell = [&](std::size_t index) -> std::string_view {
      return index < split.count ? cells[index] : std::string_view{};
    };
    LexiconEntry entry;
    entry.id = Cell(cell(0));
    if (!IsValidId(entry.id)) {
      return fail("invalid id '" + entry.id + "': use lower-case letters, digits, '-', '_', '.'");
    }
    const std::string_view kind_name = Trim(cell(1));
    const auto kind = EntityKindFromName(kind_name == "-" ? std::string_view() : kind_name);
    if (!kind) {
      return fail("unknown kind '" + std::string(kind_name == "-" ? "" : kind_name) +
                  "': expected model, benchmark, org, product, technique, topic or person");
    }
    entry.kind = *kind;
    entry.name = Cell(cell(2));
    if (entry.name.empty()) return fail("entry '" + entry.id + "' has no name");
    entry.parent_id = Cell(cell(3));
    // "~" marks a spelling that needs context to be this entity.
    if (entry.name.size() > 1 && entry.name.front() == '~') {
      entry.name.erase(0, 1);
      entry.name_bound = true;
      entry.bound_aliases.push_back(entry.name);
    }
    for (std::string& alias : List(cell(4))) {
      if (alias.size() > 1 && alias.front() == '~') {
        entry.bound_aliases.push_back(alias.substr(1));
      } else {
        entry.aliases.push_back(std::move(alias));
      }
    }
    entry.topics = List(cell(5));
    entry.cues = List(cell(6));
    entry.family = Cell(cell(7));
    entry.version = Cell(cell(8));
    entry.variant = Cell(cell(9));
    entry.maker = Cell(cell(10));
    if (!entry.maker.empty() && entry.kind != EntityKind::kModel) {
      return fail("entry '" + entry.id + "' has a maker, but only models may have one");
    }
    if (!entry.cues.empty() && entry.kind != EntityKind::kTopic) {
      return fail("entry '" + entry.id + "' has cues, but only topics may have cues");
    }
    entry.source_file = file;
    entry.source_line = line_number;
    entry.fuzzy = fuzzy;
    entries->push_back(std::move(entry));
  }
  return {};
}

Status ParseFile(const std::filesystem::path& path, std::vector<LexiconEntry>* entries) {
  auto text = ReadFile(path);
  if (!text) return std::unexpected(text.error());
  return ParseText(path, *text, entries);
}

}  // namespace

namespace {

// Lower-case ASCII letters and digits of `text`: "DeepSeek" and "deepseek" and
// "gpt-oss" / "GPT-OSS" meet on one key.
std::string FamilyKey(std::string_view text) {
  std::string key;
  for (const char c : text) {
    if (c >= 'A' && c <= 'Z') {
      key.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      key.push_back(c);
    }
  }
  return key;
}

}  // namespace

Lexicon::Lexicon(std::vector<LexiconEntry> entries) : entries_(std::move(entries)) {
  by_id_.reserve(entries_.size());
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    by_id_.emplace(entries_[i].id, i);
    if (!entries_[i].parent_id.empty()) children_[entries_[i].parent_id].push_back(i);
  }
  // A family's root is a model entry without a parent; the one whose id is
  // the family itself wins over one that merely lists it ("gemini" before
  // "gemini-1" if both were roots).
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const LexiconEntry& entry = entries_[i];
    if (entry.kind != EntityKind::kModel || !entry.parent_id.empty() || entry.family.empty()) {
      continue;
    }
    const std::string key = FamilyKey(entry.family);
    if (key.empty()) continue;
    const auto [it, inserted] = family_roots_.emplace(key, i);
    if (!inserted && FamilyKey(entry.id) == key && FamilyKey(entries_[it->second].id) != key) {
      it->second = i;
    }
  }
}

// Checks what a single row cannot: unique ids, parents and topics that exist,
// and parent chains without cycles. A member, so that it looks ids up in
// by_id_ rather than in a map of its own: both were built at every start-up.
Status Lexicon::Validate() const {
  if (by_id_.size() != entries_.size()) {
    // by_id_ keeps an id's first entry: the first entry it does not point
    // at repeats an id.
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      const LexiconEntry& entry = entries_[i];
      const LexiconEntry& first = entries_[by_id_.at(entry.id)];
      if (&first != &entry) {
        return MakeErrorAt(ErrorCode::kParse, entry.source_file, entry.source_line,
                           "duplicate id '" + entry.id + "', first defined at " +
                               first.source_file + ":" + std::to_string(first.source_line));
      }
    }
  }
  for (const auto& entry : entries_) {
    if (!entry.parent_id.empty() && Find(entry.parent_id) == nullptr) {
      return MakeErrorAt(ErrorCode::kParse, entry.source_file, entry.source_line,
                         "parent '" + entry.parent_id + "' of '" + entry.id + "' does not exist");
    }
    if (!entry.maker.empty()) {
      const LexiconEntry* maker = Find(entry.maker);
      if (maker == nullptr || maker->kind != EntityKind::kOrg) {
        return MakeErrorAt(ErrorCode::kParse, entry.source_file, entry.source_line,
                           "maker '" + entry.maker + "' of '" + entry.id + "' is not an org entry");
      }
    }
    for (const auto& topic : entry.topics) {
      const LexiconEntry* known = Find(topic);
      if (known == nullptr || known->kind != EntityKind::kTopic) {
        return MakeErrorAt(ErrorCode::kParse, entry.source_file, entry.source_line,
                           "topic '" + topic + "' of '" + entry.id + "' is not a topic entry");
      }
    }
    // A chain longer than the number of entries must revisit some entry.
    const LexiconEntry* cursor = &entry;
    for (std::size_t steps = 0; !cursor->parent_id.empty(); ++steps) {
      if (steps > entries_.size() || cursor->parent_id == entry.id) {
        return MakeErrorAt(ErrorCode::kParse, entry.source_file, entry.source_line,
                           "parent chain of '" + entry.id + "' loops back on itself");
      }
      cursor = Find(cursor->parent_id);
    }
  }
  return {};
}

std::string Lexicon::FamilyRoot(std::string_view family) const {
  const auto it = family_roots_.find(FamilyKey(family));
  return it == family_roots_.end() ? std::string() : entries_[it->second].id;
}

Result<std::shared_ptr<const Lexicon>> Lexicon::Load(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return MakeError(ErrorCode::kNotFound, "lexicon directory '" + dir + "' does not exist",
                     "set CLAIMKB_LEXICON to a directory of *.tsv files");
  }
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".tsv" && it->is_regular_file(ec)) files.push_back(it->path());
  }
  if (ec) return MakeError(ErrorCode::kIO, "cannot list '" + dir + "': " + ec.message());
  if (files.empty()) {
    return MakeError(ErrorCode::kNotFound, "no *.tsv files in lexicon directory '" + dir + "'",
                     "set CLAIMKB_LEXICON to a directory of *.tsv files");
  }
  // A fixed order makes load errors and alias priority reproducible.
  std::sort(files.begin(), files.end());
  // A row per line at most: room for all entries at once rather than a
  // doubling (and a move of every entry) per growth.
  std::vector<std::string> texts;
  texts.reserve(files.size());
  std::size_t lines = 0;
  for (const auto& file : files) {
    auto text = ReadFile(file);
    if (!text) return std::unexpected(text.error());
    lines += static_cast<std::size_t>(std::count(text->begin(), text->end(), '\n')) + 1;
    texts.push_back(std::move(*text));
  }
  std::vector<LexiconEntry> entries;
  entries.reserve(lines);
  for (std::size_t f = 0; f < files.size(); ++f) {
    if (auto status = ParseText(files[f], texts[f], &entries); !status) {
      return std::unexpected(status.error());
    }
  }
  auto lexicon = std::make_shared<const Lexicon>(std::move(entries));
  if (auto status = lexicon->Validate(); !status) return std::unexpected(status.error());
  return lexicon;
}

Result<std::shared_ptr<const Lexicon>> Lexicon::Load(const std::string& dir,
                                                     const std::string& user_file) {
  auto base = Load(dir);
  if (!base || user_file.empty()) return base;
  std::error_code ec;
  if (!std::filesystem::exists(user_file, ec)) return base;
  std::vector<LexiconEntry> added;
  if (auto status = ParseFile(user_file, &added); !status) return std::unexpected(status.error());
  std::vector<LexiconEntry> entries = (*base)->entries();
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < entries.size(); ++i) index.emplace(entries[i].id, i);
  for (LexiconEntry& entry : added) {
    const auto it = index.find(entry.id);
    if (it == index.end()) {
      index.emplace(entry.id, entries.size());
      entries.push_back(std::move(entry));
      continue;
    }
    LexiconEntry& known = entries[it->second];
    if (known.kind != entry.kind) {
      return MakeErrorAt(ErrorCode::kParse, entry.source_file, entry.source_line,
                         "'" + entry.id + "' is a " + EntityKindName(known.kind) + " in " +
                             known.source_file + ", not a " + EntityKindName(entry.kind));
    }
    auto add_alias = [&](const std::string& alias) {
      if (alias != known.name &&
          std::find(known.aliases.begin(), known.aliases.end(), alias) == known.aliases.end()) {
        known.aliases.push_back(alias);
      }
    };
    if (!entry.name_bound) add_alias(entry.name);
    for (const auto& alias : entry.aliases) add_alias(alias);
    for (const auto& alias : entry.bound_aliases) {
      if (std::find(known.bound_aliases.begin(), known.bound_aliases.end(), alias) ==
          known.bound_aliases.end()) {
        known.bound_aliases.push_back(alias);
      }
    }
  }
  auto lexicon = std::make_shared<const Lexicon>(std::move(entries));
  if (auto status = lexicon->Validate(); !status) return std::unexpected(status.error());
  return lexicon;
}

std::string Lexicon::DefaultDirectory() {
  if (const char* env = std::getenv("CLAIMKB_LEXICON"); env != nullptr && *env != '\0') {
    return env;
  }
  return LexiconResourceDirectory();
}

Result<std::shared_ptr<const Lexicon>> Lexicon::LoadDefault() { return Load(DefaultDirectory()); }

const LexiconEntry* Lexicon::Find(const std::string& id) const {
  const auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

std::vector<std::string> Lexicon::Ancestors(const std::string& id) const {
  std::vector<std::string> chain;
  const LexiconEntry* entry = Find(id);
  if (entry == nullptr) {
    // A name the grammar made: walk up the parents its slug implies until
    // one is a model or benchmark entry (or a family's root).
    chain.push_back(id);
    for (const std::string& parent : internal::ParentIds(id)) {
      const LexiconEntry* known = Find(parent);
      if (known != nullptr &&
          (known->kind == EntityKind::kModel || known->kind == EntityKind::kBenchmark)) {
        entry = known;
        break;
      }
      // The last parent is the family ("deepseek"), whose root entry may
      // have another id ("deepseek-models").
      if (internal::ParentIds(parent).empty()) {
        if (const std::string root = FamilyRoot(parent); !root.empty()) {
          entry = Find(root);
          break;
        }
      }
      chain.push_back(parent);
    }
    if (entry == nullptr) return {};
  }
  // The bound guards against cycles in entries that did not come from Load().
  while (entry != nullptr && chain.size() <= entries_.size()) {
    chain.push_back(entry->id);
    entry = entry->parent_id.empty() ? nullptr : Find(entry->parent_id);
  }
  return chain;
}

std::string Lexicon::Maker(const std::string& id) const {
  for (const std::string& ancestor : Ancestors(id)) {
    if (const LexiconEntry* entry = Find(ancestor); entry != nullptr && !entry->maker.empty()) {
      return entry->maker;
    }
  }
  return {};
}

std::vector<std::string> Lexicon::Descendants(const std::string& id) const {
  std::vector<std::string> out;
  if (Find(id) == nullptr) return out;
  std::unordered_set<std::string> seen;
  std::vector<std::string> stack{id};
  while (!stack.empty()) {
    std::string current = std::move(stack.back());
    stack.pop_back();
    if (!seen.insert(current).second) continue;
    out.push_back(current);
    const auto it = children_.find(current);
    if (it == children_.end()) continue;
    // Pushed in reverse so that children come out in file order.
    for (auto child = it->second.rbegin(); child != it->second.rend(); ++child) {
      stack.push_back(entries_[*child].id);
    }
  }
  return out;
}

}  // namespace claimkb
