// The user lexicon file: appended to, never rewritten, and each change is
// checked by loading the combined lexicon from a temporary copy before the
// copy replaces the file, so a bad decision never leaves an unloadable file.
#include "claimkb/core/user_lexicon.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "claimkb/core/file_bytes.h"
#include "name_grammar.h"

namespace claimkb {
namespace {

constexpr const char* kHeader =
    "# Your own lexicon entries, written by `claimkb lexicon add` and `claimkb lexicon import`.\n"
    "# Same format as data/lexicon/*.tsv (see its README). A row whose id the bundled lexicon\n"
    "# already has adds its name and aliases to that entry.\n"
    "# id\tkind\tname\tparent\taliases\ttopics\n";

std::string Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::string Row(const LexiconEntry& entry) {
  std::string aliases;
  for (const auto& alias : entry.aliases) {
    if (!aliases.empty()) aliases += "|";
    aliases += alias;
  }
  std::string topics;
  for (const auto& topic : entry.topics) {
    if (!topics.empty()) topics += "|";
    topics += topic;
  }
  return entry.id + "\t" + EntityKindName(entry.kind) + "\t" + entry.name + "\t" +
         (entry.parent_id.empty() ? "-" : entry.parent_id) + "\t" +
         (aliases.empty() ? "-" : aliases) + "\t" + (topics.empty() ? "-" : topics) + "\n";
}

Result<std::string> ReadAll(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return std::string();
  Result<std::string> text = ReadFileBytes(path);
  if (!text) return MakeError(ErrorCode::kIO, "cannot read " + path);
  return text;
}

// Writes `content` next to `path`, loads the lexicon with it, and only then
// moves it into place.
Status ReplaceChecked(const std::string& path, const std::string& content,
                      const std::string& lexicon_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path target(path);
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  const std::string temp = path + ".new";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return MakeError(ErrorCode::kIO, "cannot write " + temp);
    out << content;
    if (!out.flush()) return MakeError(ErrorCode::kIO, "cannot write " + temp);
  }
  auto loaded = Lexicon::Load(lexicon_dir, temp);
  if (!loaded) {
    fs::remove(temp, ec);
    Error error = loaded.error();
    if (error.file == temp) error.file = path;
    error.code = ErrorCode::kInvalidArgument;
    error.hint = "nothing was written to " + path;
    return std::unexpected(std::move(error));
  }
  fs::rename(temp, path, ec);
  if (ec) return MakeError(ErrorCode::kIO, "cannot replace " + path + ": " + ec.message());
  return {};
}

// The one mention that covers all of `name`, if any.
const LinkedMention* WholeMention(const std::vector<LinkedMention>& mentions,
                                  std::string_view name) {
  const LinkedMention* found = nullptr;
  for (const auto& mention : mentions) {
    if (mention.kind == EntityKind::kTopic) continue;
    if (mention.begin == 0 && mention.end == name.size()) found = &mention;
  }
  return found;
}

}  // namespace

std::string UserLexiconPath(const std::string& db_dir) {
  return (std::filesystem::path(db_dir) / "lexicon.tsv").string();
}

LexiconEntry EntryForName(std::string_view name, EntityKind kind, const EntityLinker& linker) {
  const std::string written = Trim(name);
  LexiconEntry entry;
  entry.name = written;
  entry.kind = kind;
  const auto mentions = linker.Link(written);
  if (const LinkedMention* whole = WholeMention(mentions, written)) {
    entry.id = whole->entity_id;
    entry.kind = whole->kind;
  } else {
    entry.id = internal::SlugOf(written);
  }
  const Lexicon& lexicon = linker.lexicon();
  if (lexicon.Find(entry.id) == nullptr) {
    const auto chain = lexicon.Ancestors(entry.id);
    for (std::size_t i = 1; i < chain.size(); ++i) {
      if (lexicon.Find(chain[i]) != nullptr) {
        entry.parent_id = chain[i];
        break;
      }
    }
  }
  if (entry.kind == EntityKind::kBenchmark) entry.topics = {"evaluation"};
  return entry;
}

Status AppendToUserLexicon(const std::string& path, const LexiconEntry& entry,
                           const std::string& lexicon_dir) {
  auto content = ReadAll(path);
  if (!content) return std::unexpected(content.error());
  if (content->empty()) *content = kHeader;
  if (!content->empty() && content->back() != '\n') content->push_back('\n');
  *content += Row(entry);
  return ReplaceChecked(path, *content, lexicon_dir);
}

Result<ImportReport> ImportIntoUserLexicon(const std::string& list, const std::string& path,
                                           const std::string& lexicon_dir,
                                           EntityKind default_kind) {
  std::ifstream in(list, std::ios::binary);
  if (!in) return MakeError(ErrorCode::kNotFound, "cannot open " + list);
  auto lexicon = Lexicon::Load(lexicon_dir, path);
  if (!lexicon) return std::unexpected(lexicon.error());
  const EntityLinker linker(*lexicon);
  auto content = ReadAll(path);
  if (!content) return std::unexpected(content.error());
  if (content->empty()) *content = kHeader;
  if (content->back() != '\n') content->push_back('\n');

  ImportReport report;
  std::unordered_map<std::string, int> written;  // Id -> line of the list that wrote it.
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    const std::string trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') {
      ++report.skipped;
      continue;
    }
    std::vector<std::string> cells;
    std::stringstream split(line);
    for (std::string cell; std::getline(split, cell, '\t');) cells.push_back(Trim(cell));
    const std::string where = list + ":" + std::to_string(number) + ": ";
    // A row in the lexicon format goes in as it is, and the load check below
    // validates it.
    const bool id_like =
        !cells[0].empty() && std::all_of(cells[0].begin(), cells[0].end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                 c == '.';
        });
    if (cells.size() >= 3 && EntityKindFromName(cells[1]) && id_like) {
      if ((*lexicon)->Find(cells[0]) != nullptr) {
        ++report.known;
        continue;
      }
      if (written.contains(cells[0])) continue;
      written.emplace(cells[0], number);
      std::string row = line;
      while (!row.empty() && (row.back() == '\r' || row.back() == '\n')) row.pop_back();
      *content += row + "\n";
      ++report.added;
      continue;
    }
    EntityKind kind = default_kind;
    if (cells.size() >= 2 && !cells[1].empty()) {
      const auto named = EntityKindFromName(cells[1]);
      if (!named) {
        report.problems.push_back(where + "unknown kind '" + cells[1] + "'");
        continue;
      }
      kind = *named;
    }
    const std::string& name = cells[0];
    const auto mentions = linker.Link(name);
    const LinkedMention* whole = WholeMention(mentions, name);
    if (whole != nullptr && !whole->is_new && whole->kind == kind) {
      ++report.known;
      continue;
    }
    LexiconEntry entry = EntryForName(name, kind, linker);
    entry.kind = kind;
    if (entry.id.empty()) {
      report.problems.push_back(where + "no letters or digits to make an id from");
      continue;
    }
    if (const LexiconEntry* existing = (*lexicon)->Find(entry.id);
        existing != nullptr && existing->kind != kind) {
      report.problems.push_back(where + "'" + entry.id + "' is already a " +
                                EntityKindName(existing->kind));
      continue;
    }
    if (written.contains(entry.id)) {
      ++report.known;
      continue;
    }
    written.emplace(entry.id, number);
    *content += Row(entry);
    ++report.added;
  }
  if (report.added > 0) {
    if (auto status = ReplaceChecked(path, *content, lexicon_dir); !status) {
      return std::unexpected(status.error());
    }
  }
  return report;
}

}  // namespace claimkb
