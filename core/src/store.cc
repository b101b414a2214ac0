#include "claimkb/core/store.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <variant>

#include "claimkb/core/file_bytes.h"
#include "claimkb/core/resources.h"
#include "claimkb/core/speaker_identity.h"
#include "edge_row.h"
#include "restatement_linker.h"
#include "sqlite_db.h"

// Early returns keep the many fallible steps of a write readable. Used only
// in this file.
#define CLAIMKB_RETURN_IF_ERROR(expr)                                      \
  do {                                                                     \
    auto&& claimkb_status_ = (expr);                                       \
    if (!claimkb_status_) return std::unexpected(claimkb_status_.error()); \
  } while (0)

#define CLAIMKB_CONCAT_INNER(a, b) a##b
#define CLAIMKB_CONCAT(a, b) CLAIMKB_CONCAT_INNER(a, b)
#define CLAIMKB_ASSIGN_OR_RETURN(lhs, expr)                                    \
  auto CLAIMKB_CONCAT(claimkb_result_, __LINE__) = (expr);                     \
  if (!CLAIMKB_CONCAT(claimkb_result_, __LINE__))                              \
    return std::unexpected(CLAIMKB_CONCAT(claimkb_result_, __LINE__).error()); \
  lhs = std::move(*CLAIMKB_CONCAT(claimkb_result_, __LINE__))

namespace claimkb {

namespace fs = std::filesystem;
using sqlite::Database;
using sqlite::Statement;
using sqlite::Transaction;

const char* PutOutcomeName(PutOutcome outcome) {
  switch (outcome) {
    case PutOutcome::kAdded:
      return "added";
    case PutOutcome::kUnchanged:
      return "unchanged";
    case PutOutcome::kReplaced:
      return "replaced";
    case PutOutcome::kKeptOther:
      return "kept-other";
  }
  return "added";
}

struct Store::Impl {
  Database db;
  std::string path;  // <dir>/claims.sqlite.
  StoreOptions options;
};

namespace {

constexpr char kDatabaseFile[] = "claims.sqlite";
constexpr char kEditorName[] = "editor";

// ---------------------------------------------------------------------------
// Small helpers.

// Case folding for ASCII only: Chinese names have no case, and the stored
// text always stays as written.
std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A matching key for person names: case-insensitive and blind to spaces, so
// that "Jerry  Tworek", "jerry tworek" and "JerryTworek" meet. U+3000 (the
// ideographic space, E3 80 80) is dropped too.
std::string PersonKey(std::string_view name) {
  std::string key;
  for (std::size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (std::isspace(c)) continue;
    if (c == 0xE3 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
        static_cast<unsigned char>(name[i + 2]) == 0x80) {
      i += 2;
      continue;
    }
    key += static_cast<char>(std::tolower(c));
  }
  return key;
}

std::string Trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return std::string(text.substr(begin, end - begin));
}

// Splits "Jared Faraic（Jerry）" or "Lance (LangChain)" into name and note, in
// case the parser left the bracket on the name.
std::pair<std::string, std::string> SplitBracketNote(const std::string& speaker) {
  static constexpr std::pair<std::string_view, std::string_view> kBrackets[] = {{"（", "）"},
                                                                                {"(", ")"}};
  for (const auto& [open, close] : kBrackets) {
    if (speaker.size() <= close.size() || !speaker.ends_with(close)) continue;
    std::size_t at = speaker.rfind(open);
    if (at == std::string::npos || at == 0) continue;
    std::string inner =
        speaker.substr(at + open.size(), speaker.size() - close.size() - at - open.size());
    return {Trim(speaker.substr(0, at)), Trim(inner)};
  }
  return {speaker, {}};
}

std::string NowUtc() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

std::string FileName(const std::string& path) { return fs::path(path).filename().string(); }

std::string SlugStem(const std::string& path) {
  fs::path file(path);
  std::string stem = file.extension() == ".md" ? file.stem().string() : file.filename().string();
  return stem.empty() ? "episode" : stem;
}

std::optional<SectionKind> SectionKindFromName(std::string_view name) {
  for (SectionKind kind : {SectionKind::kSummary, SectionKind::kFullText, SectionKind::kOther}) {
    if (name == SectionKindName(kind)) return kind;
  }
  return std::nullopt;
}

MentionRole MentionRoleFromText(std::string_view name) {
  for (MentionRole role : {MentionRole::kSubject, MentionRole::kObject, MentionRole::kMentioned}) {
    if (name == MentionRoleName(role)) return role;
  }
  return MentionRole::kMentioned;
}

std::string ToJson(const std::vector<std::string>& strings) {
  return nlohmann::json(strings).dump();
}

// Stored JSON was written by ToJson; anything else means the row was edited
// by hand, which we report as corruption rather than guess.
Result<std::vector<std::string>> FromJson(const std::string& text, const std::string& file) {
  nlohmann::json json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!json.is_array()) {
    return std::unexpected(
        Error{ErrorCode::kCorruption, "stored JSON list is malformed: " + text, "", file, 0});
  }
  std::vector<std::string> out;
  for (const auto& item : json) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

// ---------------------------------------------------------------------------
// Migrations.

struct Migration {
  int version = 0;
  fs::path file;
};

// The version of a migration file named `NNNN_name.sql` (name of letters, digits, `_`
// and `-`), or nothing for any other file. A plain check, not std::regex: GCC 12's
// <regex> draws -Wmaybe-uninitialized in the sanitizer build and costs start-up time.
std::optional<int> MigrationVersion(std::string_view name) {
  constexpr std::string_view kSuffix = ".sql";
  if (name.size() < 4 + 1 + 1 + kSuffix.size() || !name.ends_with(kSuffix) || name[4] != '_') {
    return std::nullopt;
  }
  int version = 0;
  for (char c : name.substr(0, 4)) {
    if (c < '0' || c > '9') return std::nullopt;
    version = version * 10 + (c - '0');
  }
  for (char c : name.substr(5, name.size() - 5 - kSuffix.size())) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return std::nullopt;
  }
  return version;
}

Result<std::vector<Migration>> ListMigrations(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return MakeError(
        ErrorCode::kNotFound, "migrations directory not found: " + dir,
        "an installed claimkb reads share/claimkb/migrations beside its bin/: reinstall it "
        "(programs using the library: set StoreOptions::migrations_dir)");
  }
  std::vector<Migration> migrations;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    if (std::optional<int> version = MigrationVersion(entry.path().filename().string())) {
      migrations.push_back({*version, entry.path()});
    }
  }
  if (ec) return MakeError(ErrorCode::kIO, "cannot list " + dir + ": " + ec.message());
  std::sort(migrations.begin(), migrations.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  // Later files belong to a newer claimkb (an old build beside a newer
  // source tree or installed share/): this code's SQL is for its own version.
  std::erase_if(migrations,
                [](const Migration& m) { return m.version > kStoreSchemaVersion; });
  // A gap or a duplicate would make user_version ambiguous, so refuse both.
  for (std::size_t i = 0; i < migrations.size(); ++i) {
    if (migrations[i].version != static_cast<int>(i) + 1) {
      return MakeError(ErrorCode::kInvalidArgument,
                       "migrations in " + dir + " must be numbered 0001, 0002, ... without gaps",
                       "found " + migrations[i].file.filename().string());
    }
  }
  if (migrations.empty()) {
    return MakeError(
        ErrorCode::kNotFound, "no NNNN_*.sql migrations in " + dir,
        "an installed claimkb reads share/claimkb/migrations beside its bin/: reinstall it "
        "(programs using the library: set StoreOptions::migrations_dir)");
  }
  return migrations;
}

Result<std::string> ReadFile(const fs::path& file) {
  Result<std::string> text = ReadFileBytes(file.string());
  if (!text) return MakeError(ErrorCode::kIO, "cannot read " + file.string());
  return text;
}

// Applies the migrations the store lacks. Returns the version the store
// was at before (0 for a new store).
Result<std::int64_t> Migrate(const Database& db, const std::vector<Migration>& migrations,
                     bool read_only) {
  CLAIMKB_ASSIGN_OR_RETURN(std::int64_t version, db.QueryInt("PRAGMA user_version"));
  const int newest = migrations.back().version;
  if (version > newest) {
    return std::unexpected(
        Error{ErrorCode::kSchemaMismatch,
              fmt::format("database schema version {} is newer than this claimkb knows ({})",
                          version, newest),
              "use a newer claimkb, or ingest into a new --db directory", db.path(), 0});
  }
  if (version == newest) return version;
  if (read_only) {
    return std::unexpected(
        Error{ErrorCode::kSchemaMismatch,
              fmt::format("database schema version {} needs upgrading to {}", version, newest),
              "open it once without read-only to upgrade", db.path(), 0});
  }
  for (const Migration& migration : migrations) {
    CLAIMKB_ASSIGN_OR_RETURN(std::string sql, ReadFile(migration.file));
    CLAIMKB_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginImmediate(db));
    // Read again under the write lock: another process may have migrated
    // between our first look and now.
    CLAIMKB_ASSIGN_OR_RETURN(std::int64_t current, db.QueryInt("PRAGMA user_version"));
    if (current >= migration.version) continue;
    Status applied = db.Exec(sql);
    if (!applied) {
      Error error = applied.error();
      error.message = migration.file.filename().string() + ": " + error.message;
      return std::unexpected(error);
    }
    CLAIMKB_RETURN_IF_ERROR(db.Exec(fmt::format("PRAGMA user_version = {}", migration.version)));
    CLAIMKB_RETURN_IF_ERROR(txn.Commit());
  }
  return version;
}

// A migration that rewrites a table leaves the old pages inside the file:
// SQLite reuses them but never gives them back. 0006 rebuilt the edges and
// walks and left 120,757 of 421,184 pages free at 10,000 episodes (1.72 GB;
// VACUUM took 26 s and brought the file to 1.20 GB); 0007's DROP COLUMN
// frees no page at all but leaves the claim table's pages part empty (1k
// episodes: 124.6 MB, 104.9 MB after VACUUM). Neither shows in one pragma,
// and an upgrade is rare, so every upgrade of a store that held data ends
// with VACUUM. A failure here (another process holds the database) leaves
// a correct, merely larger store, so it is not an error. Later migrations
// that only add an index free nothing: a store already at 7 is not
// compacted again (VACUUM takes 26 s at 10,000 episodes).
constexpr std::int64_t kLastRewritingVersion = 7;
void CompactAfterUpgrade(const Database& db) {
  if (db.Exec("VACUUM")) (void)db.Exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

// ---------------------------------------------------------------------------
// A claim's text (store version 7).

// The rows of a claim `c`'s section `sec`, turn `tu` and paragraph `par`.
#define CLAIMKB_CLAIM_PARAGRAPH_JOIN                                                            \
  "LEFT JOIN section sec ON sec.episode_id = c.episode_id AND sec.ordinal = c.section_ordinal " \
  "LEFT JOIN turn tu ON tu.section_id = sec.id AND tu.ordinal = c.turn_ordinal "                \
  "LEFT JOIN paragraph par ON par.turn_id = tu.id AND par.ordinal = c.paragraph_ordinal "

// The text of claim `c` over CLAIMKB_CLAIM_PARAGRAPH_JOIN: as written when
// the row keeps it, else its span of the paragraph's plain text. The span is
// in bytes, so substr works on the BLOB (on TEXT it would count characters).
#define CLAIMKB_CLAIM_TEXT                                                   \
  "COALESCE(c.text, CAST(substr(CAST(par.plain AS BLOB), c.span_begin + 1, " \
  "c.span_end - c.span_begin) AS TEXT), '')"

// The span of `episode`'s paragraph that `claim` points at, as the read above
// would cut it from the stored paragraph; nullopt when there is no such
// paragraph or the span does not lie inside it.
std::optional<std::string_view> SpanText(const Episode& episode, const Claim& claim) {
  const auto s = static_cast<std::size_t>(claim.section_index);
  const auto t = static_cast<std::size_t>(claim.turn_index);
  const auto p = static_cast<std::size_t>(claim.paragraph_index);
  if (claim.section_index < 0 || s >= episode.sections.size()) return std::nullopt;
  const Section& section = episode.sections[s];
  if (claim.turn_index < 0 || t >= section.turns.size()) return std::nullopt;
  const Turn& turn = section.turns[t];
  if (claim.paragraph_index < 0 || p >= turn.paragraphs.size()) return std::nullopt;
  const std::string& plain = turn.paragraphs[p].plain;
  if (claim.span_begin < 0 || claim.span_end < claim.span_begin ||
      static_cast<std::size_t>(claim.span_end) > plain.size()) {
    return std::nullopt;
  }
  return std::string_view(plain).substr(
      static_cast<std::size_t>(claim.span_begin),
      static_cast<std::size_t>(claim.span_end - claim.span_begin));
}

// ---------------------------------------------------------------------------
// Writing.

// Lookups into the lexicon built once per write. Only entries() is used so
// the store does not depend on how the lexicon indexes itself.
struct LexiconIndex {
  std::unordered_map<std::string, const LexiconEntry*> by_id;
  std::unordered_map<std::string, const LexiconEntry*> person_by_key;  // PersonKey(name|alias).
  const Lexicon& lexicon;  // For the parents of ids it does not list.

  explicit LexiconIndex(const Lexicon& source) : lexicon(source) {
    for (const LexiconEntry& entry : source.entries()) {
      by_id.emplace(entry.id, &entry);
      if (entry.kind != EntityKind::kPerson) continue;
      person_by_key.emplace(PersonKey(entry.name), &entry);
      for (const std::string& alias : entry.aliases)
        person_by_key.emplace(PersonKey(alias), &entry);
    }
  }

  const LexiconEntry* Person(const std::string& name) const {
    if (name.empty()) return nullptr;
    auto it = person_by_key.find(PersonKey(name));
    return it == person_by_key.end() ? nullptr : it->second;
  }
};

// The speaker of each turn, as written and as stored: [section][turn].
struct TurnSpeaker {
  std::string written;
  std::optional<std::int64_t> id;
};
using TurnSpeakers = std::vector<std::vector<TurnSpeaker>>;

// The row id of a short text kept once in a table of its own (evidence
// labels in edge_label, walk keys in stance_key), added when new. Within one
// write each text is looked up or added once.
class TextRowIds {
 public:
  // `table` has columns id and `column` (UNIQUE); both are fixed names.
  TextRowIds(const Database& db, std::string table, std::string column)
      : db_(db), table_(std::move(table)), column_(std::move(column)) {}
  Result<std::int64_t> Id(const std::string& text) {
    if (auto it = ids_.find(text); it != ids_.end()) return it->second;
    if (!add_) {
      CLAIMKB_ASSIGN_OR_RETURN(Statement add,
                               db_.Prepare(fmt::format("INSERT INTO {0} ({1}) VALUES (?) "
                                                       "ON CONFLICT ({1}) DO NOTHING",
                                                       table_, column_)));
      CLAIMKB_ASSIGN_OR_RETURN(
          Statement find,
          db_.Prepare(fmt::format("SELECT id FROM {} WHERE {} = ?", table_, column_)));
      add_.emplace(std::move(add));
      find_.emplace(std::move(find));
    }
    add_->Reset();
    add_->Bind(1, text);
    CLAIMKB_RETURN_IF_ERROR(add_->Run());
    find_->Reset();
    find_->Bind(1, text);
    CLAIMKB_ASSIGN_OR_RETURN(bool found, find_->Step());
    if (!found) return MakeError(ErrorCode::kCorruption, table_ + " row not stored: " + text);
    const std::int64_t id = find_->Int64(0);
    // Reset now, not at the next call: a statement left on its row keeps
    // the connection reading, and SQLite skips the automatic checkpoint
    // after a commit while one is, so the WAL grew through a whole link
    // step (163 MB at 1,000 episodes, 5 GB at 10,000).
    find_->Reset();
    return ids_.emplace(text, id).first->second;
  }

 private:
  const Database& db_;
  std::string table_, column_;
  std::optional<Statement> add_, find_;
  std::unordered_map<std::string, std::int64_t> ids_;
};

// One write transaction's worth of state: statements prepared once and
// caches so that a speaker or entity is upserted once per write.
class Writer {
 public:
  Writer(const Database& db, const Lexicon& lexicon) : db_(db), lexicon_(lexicon) {}

  // Returns the speaker row for a turn's (speaker, note), creating or
  // merging rows as needed; nullopt when nobody is named.
  Result<std::optional<std::int64_t>> ResolveSpeaker(const std::string& written,
                                                     const std::string& given_note);
  Status InsertBody(std::int64_t episode_id, const Episode& episode, TurnSpeakers* speakers);
  // `speaker_ids`, when given, receives each claim's speaker row (nullopt
  // for nobody), in claim order.
  // `episode` is the body the claims' spans point into, as stored.
  Status InsertClaims(std::int64_t episode_id, const Episode& episode,
                      const std::vector<Claim>& claims, const TurnSpeakers& speakers,
                      std::vector<std::optional<std::int64_t>>* speaker_ids = nullptr);
  // The claims just inserted as QueryClaims would read them back once this
  // write commits (canonical speaker names and entity kinds as stored now,
  // repeated topics and summaries once), so the index can be written from
  // memory instead of from the store.
  Result<std::vector<StoredClaim>> Describe(
      std::int64_t episode_id, const std::string& slug, const Episode& episode,
      const std::vector<Claim>& claims,
      const std::vector<std::optional<std::int64_t>>& speaker_ids);
  Status SaveUserEdges(std::int64_t episode_id);
  Status RestoreUserEdges();
  // Adds 'restates' edges from the episode's claims to their near-duplicates
  // in the other sources of its work (rows sharing its work_key).
  Status LinkRestatements(std::int64_t episode_id);
  Status BumpGeneration() {
    return db_.Exec("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
  }

 private:
  Result<std::int64_t> SpeakerIdByName(const std::string& name, bool create);
  Status AddSpeakerAlias(std::int64_t speaker_id, const std::string& alias);
  Status UpsertEntity(const std::string& id, EntityKind fallback_kind);
  Status NoteSurface(const std::string& id, const std::string& surface, double confidence);

  struct SavedEdge {
    std::int64_t src_episode, src_ordinal, dst_episode, dst_ordinal;
    std::int64_t kind;  // internal::EdgeKindCode.
    std::string evidence;
  };

  // A speaker id as it is now: a row merged into another during this write
  // lives on as that other row.
  std::optional<std::int64_t> Live(std::optional<std::int64_t> id) const {
    while (id) {
      auto it = merged_into_.find(*id);
      if (it == merged_into_.end()) break;
      id = it->second;
    }
    return id;
  }

  const Database& db_;
  LexiconIndex lexicon_;
  std::unordered_map<std::int64_t, std::int64_t> merged_into_;  // Merged speaker -> survivor.
  std::map<std::pair<std::string, std::string>, std::optional<std::int64_t>> speaker_cache_;
  std::set<std::string> entities_done_;
  std::vector<SavedEdge> saved_edges_;
};

Result<std::int64_t> Writer::SpeakerIdByName(const std::string& name, bool create) {
  CLAIMKB_ASSIGN_OR_RETURN(Statement find, db_.Prepare("SELECT id FROM speaker WHERE name = ?"));
  find.Bind(1, name);
  CLAIMKB_ASSIGN_OR_RETURN(bool found, find.Step());
  if (found) return find.Int64(0);
  if (!create) return 0;
  CLAIMKB_ASSIGN_OR_RETURN(Statement insert, db_.Prepare("INSERT INTO speaker (name) VALUES (?)"));
  insert.Bind(1, name);
  CLAIMKB_RETURN_IF_ERROR(insert.Run());
  return db_.LastInsertRowId();
}

Status Writer::AddSpeakerAlias(std::int64_t speaker_id, const std::string& alias) {
  if (alias.empty()) return {};
  // A speaker row that was created under this spelling before the lexicon
  // knew the person is merged into the canonical one, so one person never
  // shows up twice in listings.
  CLAIMKB_ASSIGN_OR_RETURN(std::int64_t other, SpeakerIdByName(alias, /*create=*/false));
  if (other != 0 && other != speaker_id) {
    for (const char* sql : {"UPDATE turn SET speaker_id = ?1 WHERE speaker_id = ?2",
                            "UPDATE claim SET speaker_id = ?1 WHERE speaker_id = ?2",
                            "UPDATE OR IGNORE speaker_alias SET speaker_id = ?1 "
                            "WHERE speaker_id = ?2",
                            "DELETE FROM speaker WHERE id = ?2"}) {
      CLAIMKB_ASSIGN_OR_RETURN(Statement merge, db_.Prepare(sql));
      merge.Bind(1, speaker_id).Bind(2, other);
      CLAIMKB_RETURN_IF_ERROR(merge.Run());
    }
    merged_into_[other] = speaker_id;
  }
  // An alias already owned by another speaker stays with it: the first
  // claim on a spelling wins, and aliases are unique so lookups are too.
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement insert,
      db_.Prepare("INSERT OR IGNORE INTO speaker_alias (speaker_id, alias) VALUES (?, ?)"));
  insert.Bind(1, speaker_id).Bind(2, alias);
  return insert.Run();
}

Result<std::optional<std::int64_t>> Writer::ResolveSpeaker(const std::string& written,
                                                           const std::string& given_note) {
  auto cache_key = std::make_pair(written, given_note);
  if (auto it = speaker_cache_.find(cache_key); it != speaker_cache_.end()) {
    return Live(it->second);
  }

  auto [name, note] = SplitBracketNote(Trim(written));
  if (note.empty()) note = Trim(given_note);
  std::optional<std::int64_t> result;
  if (!name.empty()) {
    const LexiconEntry* person = lexicon_.Person(name);
    bool via_note = false;
    if (person == nullptr) {
      person = lexicon_.Person(note);
      via_note = person != nullptr;
    }
    if (person != nullptr) {
      CLAIMKB_ASSIGN_OR_RETURN(std::int64_t id, SpeakerIdByName(person->name, /*create=*/true));
      std::vector<std::string> aliases;
      if (name != person->name) aliases.push_back(name);
      if (written != name && written != person->name) aliases.push_back(written);
      if (via_note && note != person->name) aliases.push_back(note);
      for (const std::string& alias : person->aliases) aliases.push_back(alias);
      for (const std::string& alias : aliases) CLAIMKB_RETURN_IF_ERROR(AddSpeakerAlias(id, alias));
      result = id;
    } else {
      CLAIMKB_ASSIGN_OR_RETURN(std::int64_t id, SpeakerIdByName(name, /*create=*/false));
      if (id == 0) {
        // A spelling already recorded as an alias belongs to that speaker.
        CLAIMKB_ASSIGN_OR_RETURN(
            Statement by_alias,
            db_.Prepare("SELECT speaker_id FROM speaker_alias WHERE alias = ?"));
        by_alias.Bind(1, name);
        CLAIMKB_ASSIGN_OR_RETURN(bool found, by_alias.Step());
        if (found) id = by_alias.Int64(0);
      }
      if (id == 0) {
        CLAIMKB_ASSIGN_OR_RETURN(id, SpeakerIdByName(name, /*create=*/true));
      }
      result = id;
    }
  }
  speaker_cache_.emplace(cache_key, result);
  return result;
}

Status Writer::UpsertEntity(const std::string& id, EntityKind fallback_kind) {
  if (id.empty() || !entities_done_.insert(id).second) return {};
  auto it = lexicon_.by_id.find(id);
  if (it == lexicon_.by_id.end()) {
    // Unknown to this lexicon: keep the row that a fuller lexicon may have
    // written earlier, else record the id as its own name.
    // A new name the grammar found records the parent its name implies, so
    // the stored tree reaches the lexicon (llama-3-1-8b → llama-3-1 → llama).
    const std::vector<std::string> chain = lexicon_.lexicon.Ancestors(id);
    // Its parents get rows too, so every is_a step of the chain is stored.
    if (chain.size() > 1) CLAIMKB_RETURN_IF_ERROR(UpsertEntity(chain[1], fallback_kind));
    CLAIMKB_ASSIGN_OR_RETURN(
        Statement insert,
        db_.Prepare(
            "INSERT OR IGNORE INTO entity (id, kind, name, parent_id) VALUES (?, ?, ?, ?)"));
    insert.Bind(1, id)
        .Bind(2, EntityKindName(fallback_kind))
        .Bind(3, id)
        .Bind(4, chain.size() > 1 ? chain[1] : std::string());
    return insert.Run();
  }
  const LexiconEntry& entry = *it->second;
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement upsert,
      db_.Prepare("INSERT INTO entity (id, kind, name, parent_id, family, version, variant) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                  "kind = excluded.kind, name = excluded.name, parent_id = excluded.parent_id, "
                  "family = excluded.family, version = excluded.version, "
                  "variant = excluded.variant"));
  upsert.Bind(1, entry.id)
      .Bind(2, EntityKindName(entry.kind))
      .Bind(3, entry.name)
      .Bind(4, entry.parent_id)
      .Bind(5, entry.family)
      .Bind(6, entry.version)
      .Bind(7, entry.variant);
  CLAIMKB_RETURN_IF_ERROR(upsert.Run());
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement alias,
      db_.Prepare("INSERT INTO entity_alias (entity_id, surface, source) VALUES (?, ?, 'lexicon') "
                  "ON CONFLICT DO UPDATE SET source = 'lexicon'"));
  for (const std::string& surface : entry.aliases) {
    alias.Reset();
    alias.Bind(1, entry.id).Bind(2, surface);
    CLAIMKB_RETURN_IF_ERROR(alias.Run());
  }
  return {};
}

Status Writer::NoteSurface(const std::string& id, const std::string& surface, double confidence) {
  if (surface.empty()) return {};
  if (auto it = lexicon_.by_id.find(id); it != lexicon_.by_id.end()) {
    const LexiconEntry& entry = *it->second;
    if (surface == entry.name ||
        std::find(entry.aliases.begin(), entry.aliases.end(), surface) != entry.aliases.end()) {
      return {};
    }
  }
  // A fuzzy match is most likely ASR damage; an exact one on a normalised key
  // is a spelling the lexicon does not list yet.
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement insert,
      db_.Prepare("INSERT OR IGNORE INTO entity_alias (entity_id, surface, source) "
                  "VALUES (?, ?, ?)"));
  insert.Bind(1, id).Bind(2, surface).Bind(3, confidence < 1.0 ? "asr" : "learned");
  return insert.Run();
}

Status Writer::InsertBody(std::int64_t episode_id, const Episode& episode, TurnSpeakers* speakers) {
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement section_stmt,
      db_.Prepare("INSERT INTO section (episode_id, ordinal, kind, title, line, level, start_s, "
                  "end_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement turn_stmt,
      db_.Prepare("INSERT INTO turn (section_id, ordinal, speaker, speaker_id, speaker_note, line, "
                  "start_s, end_s, spoken) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement paragraph_stmt,
      db_.Prepare("INSERT INTO paragraph (turn_id, ordinal, line, text, plain, bullet, depth, "
                  "highlights, start_s, end_s, reported_speaker, translation, reported_begin, "
                  "reported_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  speakers->assign(episode.sections.size(), {});
  for (std::size_t s = 0; s < episode.sections.size(); ++s) {
    const Section& section = episode.sections[s];
    section_stmt.Reset();
    section_stmt.Bind(1, episode_id)
        .Bind(2, static_cast<int>(s))
        .Bind(3, SectionKindName(section.kind))
        .Bind(4, section.title)
        .Bind(5, section.line)
        .Bind(6, section.level);
    if (section.range) {
      section_stmt.Bind(7, section.range->start_s).Bind(8, section.range->end_s);
    }
    CLAIMKB_RETURN_IF_ERROR(section_stmt.Run());
    std::int64_t section_id = db_.LastInsertRowId();
    for (std::size_t t = 0; t < section.turns.size(); ++t) {
      const Turn& turn = section.turns[t];
      CLAIMKB_ASSIGN_OR_RETURN(std::optional<std::int64_t> speaker_id,
                               ResolveSpeaker(turn.speaker, turn.speaker_note));
      (*speakers)[s].push_back({turn.speaker, speaker_id});
      turn_stmt.Reset();
      turn_stmt.Bind(1, section_id)
          .Bind(2, static_cast<int>(t))
          .Bind(3, turn.speaker)
          .Bind(5, turn.speaker_note)
          .Bind(6, turn.line)
          .Bind(9, turn.spoken);
      if (speaker_id) turn_stmt.Bind(4, *speaker_id);
      if (turn.range) turn_stmt.Bind(7, turn.range->start_s).Bind(8, turn.range->end_s);
      CLAIMKB_RETURN_IF_ERROR(turn_stmt.Run());
      std::int64_t turn_id = db_.LastInsertRowId();
      for (std::size_t p = 0; p < turn.paragraphs.size(); ++p) {
        const Paragraph& paragraph = turn.paragraphs[p];
        paragraph_stmt.Reset();
        paragraph_stmt.Bind(1, turn_id)
            .Bind(2, static_cast<int>(p))
            .Bind(3, paragraph.line)
            // Three paragraphs in four have no marks, and their two copies
            // were a sixth of the store: '' stands for "as plain". Plain
            // text is never empty when the Markdown is not, so '' is
            // unambiguous, and rows written before read back unchanged.
            .Bind(4, paragraph.text == paragraph.plain ? std::string_view("")
                                                       : std::string_view(paragraph.text))
            .Bind(5, paragraph.plain)
            .Bind(6, paragraph.bullet)
            .Bind(7, paragraph.depth)
            .Bind(8, ToJson(paragraph.highlights))
            .Bind(11, paragraph.reported_speaker)
            .Bind(12, paragraph.translation)
            .Bind(13, static_cast<std::int64_t>(paragraph.reported_begin))
            .Bind(14, static_cast<std::int64_t>(paragraph.reported_end));
        if (paragraph.range) {
          paragraph_stmt.Bind(9, paragraph.range->start_s).Bind(10, paragraph.range->end_s);
        }
        CLAIMKB_RETURN_IF_ERROR(paragraph_stmt.Run());
      }
    }
  }
  return {};
}

Status Writer::InsertClaims(std::int64_t episode_id, const Episode& episode,
                            const std::vector<Claim>& claims, const TurnSpeakers& speakers,
                            std::vector<std::optional<std::int64_t>>* speaker_ids) {
  if (speaker_ids != nullptr) speaker_ids->clear();
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement claim_stmt,
      db_.Prepare("INSERT INTO claim (episode_id, ordinal, text, speaker, speaker_id, by_editor, "
                  "section_ordinal, turn_ordinal, paragraph_ordinal, line, span_begin, span_end, "
                  "start_s, end_s, at_s, stance, modality, highlighted) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement entity_stmt,
      db_.Prepare("INSERT INTO claim_entity (claim_id, entity_id, role, inferred, surface, "
                  "confidence, stance) VALUES (?, ?, ?, ?, ?, ?, ?)"));
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement topic_stmt,
      db_.Prepare("INSERT OR IGNORE INTO claim_topic (claim_id, topic) VALUES (?, ?)"));
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement result_stmt,
      db_.Prepare("INSERT INTO benchmark_result (claim_id, ordinal, model_id, benchmark_id, low, "
                  "high, unit, qualifier, surface) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement edge_stmt,
      db_.Prepare(fmt::format("INSERT OR IGNORE INTO edge (src, dst, kind) VALUES (?, ?, {})",
                              internal::EdgeKindCode(EdgeKind::kSummarises))));

  std::unordered_map<int, std::int64_t> row_by_ordinal;
  for (const Claim& claim : claims) {
    std::optional<std::int64_t> speaker_id;
    if (!claim.by_editor && !claim.speaker.empty()) {
      // The turn's speaker carries the bracket note that may have identified
      // the person, so prefer it; fall back to the claim's own spelling.
      const TurnSpeaker* turn = nullptr;
      if (claim.section_index >= 0 && claim.section_index < static_cast<int>(speakers.size()) &&
          claim.turn_index >= 0 &&
          claim.turn_index < static_cast<int>(speakers[claim.section_index].size())) {
        turn = &speakers[claim.section_index][claim.turn_index];
      }
      if (turn != nullptr && turn->written == claim.speaker) {
        speaker_id = Live(turn->id);
      } else {
        CLAIMKB_ASSIGN_OR_RETURN(speaker_id, ResolveSpeaker(claim.speaker, ""));
      }
    }
    claim_stmt.Reset();
    claim_stmt.Bind(1, episode_id)
        .Bind(2, claim.ordinal)
        .Bind(4, claim.speaker)
        .Bind(6, claim.by_editor)
        .Bind(7, claim.section_index)
        .Bind(8, claim.turn_index)
        .Bind(9, claim.paragraph_index)
        .Bind(10, claim.line)
        .Bind(11, claim.span_begin)
        .Bind(12, claim.span_end)
        .Bind(13, claim.start_s)
        .Bind(14, claim.end_s)
        .Bind(15, claim.at_s)
        .Bind(16, StanceName(claim.stance))
        .Bind(17, ModalityName(claim.modality))
        .Bind(18, claim.highlighted);
    // A claim that is its paragraph's span stores no copy of it (NULL):
    // reads cut it from the paragraph (kClaimText). Other words are kept.
    if (SpanText(episode, claim) != claim.text) claim_stmt.Bind(3, claim.text);
    if (speaker_id) claim_stmt.Bind(5, *speaker_id);
    if (speaker_ids != nullptr) speaker_ids->push_back(speaker_id);
    CLAIMKB_RETURN_IF_ERROR(claim_stmt.Run());
    std::int64_t claim_id = db_.LastInsertRowId();
    row_by_ordinal[claim.ordinal] = claim_id;

    for (const EntityMention& mention : claim.entities) {
      CLAIMKB_RETURN_IF_ERROR(UpsertEntity(mention.entity_id, mention.kind));
      CLAIMKB_RETURN_IF_ERROR(NoteSurface(mention.entity_id, mention.surface, mention.confidence));
      entity_stmt.Reset();
      entity_stmt.Bind(1, claim_id)
          .Bind(2, mention.entity_id)
          .Bind(3, MentionRoleName(mention.role))
          .Bind(4, mention.inferred)
          .Bind(5, mention.surface)
          .Bind(6, mention.confidence)
          .Bind(7, StanceName(mention.stance));
      CLAIMKB_RETURN_IF_ERROR(entity_stmt.Run());
    }
    for (const std::string& topic : claim.topics) {
      topic_stmt.Reset();
      topic_stmt.Bind(1, claim_id).Bind(2, topic);
      CLAIMKB_RETURN_IF_ERROR(topic_stmt.Run());
    }
    for (std::size_t r = 0; r < claim.results.size(); ++r) {
      const BenchmarkResult& result = claim.results[r];
      CLAIMKB_RETURN_IF_ERROR(UpsertEntity(result.model_id, EntityKind::kModel));
      CLAIMKB_RETURN_IF_ERROR(UpsertEntity(result.benchmark_id, EntityKind::kBenchmark));
      result_stmt.Reset();
      result_stmt.Bind(1, claim_id)
          .Bind(2, static_cast<int>(r))
          .Bind(3, result.model_id)
          .Bind(4, result.benchmark_id)
          .Bind(5, result.low)
          .Bind(6, result.high)
          .Bind(7, result.unit)
          .Bind(8, result.qualifier)
          .Bind(9, result.surface);
      CLAIMKB_RETURN_IF_ERROR(result_stmt.Run());
    }
  }
  // Summaries point at claims that may come later in the list, so the
  // edges are added once every claim has its row.
  for (const Claim& claim : claims) {
    for (int target : claim.summarises) {
      auto dst = row_by_ordinal.find(target);
      if (dst == row_by_ordinal.end()) {
        return MakeError(ErrorCode::kInvalidArgument,
                         fmt::format("claim {} summarises claim {}, which does not exist",
                                     claim.ordinal, target));
      }
      edge_stmt.Reset();
      edge_stmt.Bind(1, row_by_ordinal[claim.ordinal]).Bind(2, dst->second);
      CLAIMKB_RETURN_IF_ERROR(edge_stmt.Run());
    }
  }
  return {};
}

Result<std::vector<StoredClaim>> Writer::Describe(
    std::int64_t episode_id, const std::string& slug, const Episode& episode,
    const std::vector<Claim>& claims,
    const std::vector<std::optional<std::int64_t>>& speaker_ids) {
  CLAIMKB_ASSIGN_OR_RETURN(Statement speaker_name,
                           db_.Prepare("SELECT name FROM speaker WHERE id = ?"));
  CLAIMKB_ASSIGN_OR_RETURN(Statement entity_kind,
                           db_.Prepare("SELECT kind FROM entity WHERE id = ?"));
  std::unordered_map<std::int64_t, std::string> names;
  std::unordered_map<std::string, EntityKind> kinds;
  std::vector<StoredClaim> out;
  out.reserve(claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i) {
    StoredClaim stored;
    stored.claim = claims[i];
    Claim& claim = stored.claim;
    stored.id = slug + "#" + std::to_string(claim.ordinal);
    stored.episode_id = episode_id;
    stored.episode_slug = slug;
    stored.episode_title = episode.title;
    stored.episode_url = episode.url;
    stored.episode_date = episode.date;
    stored.path = episode.path;
    if (claim.section_index >= 0 &&
        claim.section_index < static_cast<int>(episode.sections.size())) {
      const Section& section = episode.sections[claim.section_index];
      stored.section_title = section.title;
      if (claim.turn_index >= 0 && claim.turn_index < static_cast<int>(section.turns.size())) {
        const Turn& turn = section.turns[claim.turn_index];
        if (claim.paragraph_index >= 0 &&
            claim.paragraph_index < static_cast<int>(turn.paragraphs.size())) {
          stored.translation = turn.paragraphs[claim.paragraph_index].translation;
        }
      }
    }
    const std::optional<std::int64_t> speaker = Live(speaker_ids[i]);
    if (claim.by_editor) {
      stored.speaker_name = kEditorName;
    } else if (!speaker) {
      stored.speaker_name = claim.speaker;
    } else {
      auto it = names.find(*speaker);
      if (it == names.end()) {
        speaker_name.Reset();
        speaker_name.Bind(1, *speaker);
        CLAIMKB_ASSIGN_OR_RETURN(bool found, speaker_name.Step());
        it = names.emplace(*speaker, found ? speaker_name.Text(0) : claim.speaker).first;
      }
      stored.speaker_name = it->second;
    }
    for (EntityMention& mention : claim.entities) {
      auto it = kinds.find(mention.entity_id);
      if (it == kinds.end()) {
        entity_kind.Reset();
        entity_kind.Bind(1, mention.entity_id);
        CLAIMKB_ASSIGN_OR_RETURN(bool found, entity_kind.Step());
        const EntityKind kind =
            found ? EntityKindFromName(entity_kind.Text(0)).value_or(EntityKind::kModel)
                  : mention.kind;
        it = kinds.emplace(mention.entity_id, kind).first;
      }
      mention.kind = it->second;
    }
    // claim_topic and edge rows are unique, so a repeat is stored once.
    auto first_of_each = [](auto& values) {
      for (std::size_t j = 1; j < values.size();) {
        if (std::find(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(j),
                      values[j]) != values.begin() + static_cast<std::ptrdiff_t>(j)) {
          values.erase(values.begin() + static_cast<std::ptrdiff_t>(j));
        } else {
          ++j;
        }
      }
    };
    first_of_each(claim.topics);
    first_of_each(claim.summarises);
    out.push_back(std::move(stored));
  }
  return out;
}

Status Writer::SaveUserEdges(std::int64_t episode_id) {
  // Edges a user decided on are worth more than anything we can recompute,
  // so they survive a re-ingest when both ends still exist by ordinal.
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement select,
      // A user's edge keeps its evidence as written (label_id is NULL).
      db_.Prepare("SELECT s.episode_id, s.ordinal, d.episode_id, d.ordinal, g.kind, g.evidence "
                  "FROM edge g JOIN claim s ON s.id = g.src JOIN claim d ON d.id = g.dst "
                  "WHERE g.by_user = 1 AND (s.episode_id = ?1 OR d.episode_id = ?1)"));
  select.Bind(1, episode_id);
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, select.Step());
    if (!row) break;
    saved_edges_.push_back({select.Int64(0), select.Int64(1), select.Int64(2), select.Int64(3),
                            select.Int64(4), select.Text(5)});
  }
  return {};
}

Status Writer::RestoreUserEdges() {
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement insert,
      db_.Prepare("INSERT OR IGNORE INTO edge (src, dst, kind, evidence, by_user) "
                  "SELECT s.id, d.id, ?5, ?6, 1 FROM claim s, claim d "
                  "WHERE s.episode_id = ?1 AND s.ordinal = ?2 "
                  "AND d.episode_id = ?3 AND d.ordinal = ?4"));
  for (const SavedEdge& edge : saved_edges_) {
    insert.Reset();
    insert.Bind(1, edge.src_episode)
        .Bind(2, edge.src_ordinal)
        .Bind(3, edge.dst_episode)
        .Bind(4, edge.dst_ordinal)
        .Bind(5, edge.kind)
        .Bind(6, edge.evidence);
    CLAIMKB_RETURN_IF_ERROR(insert.Run());
  }
  saved_edges_.clear();
  return {};
}

Status Writer::LinkRestatements(std::int64_t episode_id) {
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement select,
      db_.Prepare("SELECT c.id, " CLAIMKB_CLAIM_TEXT ", c.episode_id = ?1 "
                  "FROM claim c JOIN episode e ON e.id = c.episode_id " CLAIMKB_CLAIM_PARAGRAPH_JOIN
                  "WHERE e.work_key = (SELECT work_key FROM episode WHERE id = ?1) "
                  "ORDER BY c.episode_id, c.ordinal"));
  select.Bind(1, episode_id);
  std::vector<std::int64_t> mine_rows, their_rows;
  std::vector<std::string> mine, theirs;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, select.Step());
    if (!row) break;
    (select.Int(2) != 0 ? mine_rows : their_rows).push_back(select.Int64(0));
    (select.Int(2) != 0 ? mine : theirs).push_back(select.Text(1));
  }
  if (mine.empty() || theirs.empty()) return {};
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement insert,
      db_.Prepare(fmt::format("INSERT OR IGNORE INTO edge (src, dst, kind, label_id, weight) "
                              "VALUES (?, ?, {}, ?, ?)",
                              internal::EdgeKindCode(EdgeKind::kRestates))));
  TextRowIds labels(db_, "edge_label", "text");
  for (const internal::Restatement& found :
       internal::FindRestatements(mine, theirs, internal::RestatementOptions{})) {
    // Read back as "bigram dice <dice to two places>".
    CLAIMKB_ASSIGN_OR_RETURN(std::int64_t label, labels.Id("bigram dice"));
    insert.Reset();
    insert.Bind(1, mine_rows[found.mine])
        .Bind(2, their_rows[found.theirs])
        .Bind(3, label)
        .Bind(4, found.dice);
    CLAIMKB_RETURN_IF_ERROR(insert.Run());
  }
  return {};
}

Result<TurnSpeakers> LoadTurnSpeakers(const Database& db, std::int64_t episode_id) {
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement select,
      db.Prepare("SELECT s.ordinal, t.ordinal, t.speaker, t.speaker_id FROM turn t "
                 "JOIN section s ON s.id = t.section_id WHERE s.episode_id = ? "
                 "ORDER BY s.ordinal, t.ordinal"));
  select.Bind(1, episode_id);
  TurnSpeakers speakers;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, select.Step());
    if (!row) break;
    std::size_t s = static_cast<std::size_t>(select.Int(0));
    std::size_t t = static_cast<std::size_t>(select.Int(1));
    if (speakers.size() <= s) speakers.resize(s + 1);
    if (speakers[s].size() <= t) speakers[s].resize(t + 1);
    speakers[s][t].written = select.Text(2);
    if (!select.IsNull(3)) speakers[s][t].id = select.Int64(3);
  }
  return speakers;
}

Status CheckWritable(const StoreOptions& options) {
  if (options.read_only) {
    return MakeError(ErrorCode::kInvalidArgument, "the database was opened read-only",
                     "open it without read-only to write");
  }
  return {};
}

// ---------------------------------------------------------------------------
// Reading claims.

constexpr char kClaimSelect[] =
    "SELECT c.id, c.ordinal, " CLAIMKB_CLAIM_TEXT
    ", c.speaker, c.by_editor, c.section_ordinal, c.turn_ordinal, "
    "c.paragraph_ordinal, c.line, c.span_begin, c.span_end, c.start_s, c.end_s, c.at_s, "
    "c.stance, c.modality, c.highlighted, e.id, e.slug, e.title, e.url, e.date, e.path, "
    "COALESCE(sec.title, ''), sp.name, COALESCE(par.translation, '') "
    "FROM claim c JOIN episode e ON e.id = c.episode_id " CLAIMKB_CLAIM_PARAGRAPH_JOIN
    "LEFT JOIN speaker sp ON sp.id = c.speaker_id ";

// Reads claims from a statement over kClaimSelect and fills in what hangs
// off each claim with statements prepared once for the whole listing.
// Each claim `select` yields, whole, passed to `visit` as soon as it is
// read, so a caller going through every claim holds one at a time.
Status VisitClaims(const Database& db, Statement& select,
                   const std::function<Status(StoredClaim&&)>& visit, bool full = true) {
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement entities,
      db.Prepare("SELECT ce.entity_id, en.kind, ce.surface, ce.confidence, ce.inferred, ce.role, "
                 "ce.stance FROM claim_entity ce JOIN entity en ON en.id = ce.entity_id "
                 "WHERE ce.claim_id = ? ORDER BY ce.rowid"));
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement topics,
      db.Prepare("SELECT topic FROM claim_topic WHERE claim_id = ? ORDER BY rowid"));
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement results,
      db.Prepare("SELECT model_id, benchmark_id, low, high, unit, qualifier, surface "
                 "FROM benchmark_result WHERE claim_id = ? ORDER BY ordinal"));
  CLAIMKB_ASSIGN_OR_RETURN(Statement summarises,
                           db.Prepare(fmt::format("SELECT d.ordinal FROM edge g JOIN claim d "
                                                  "ON d.id = g.dst WHERE g.src = ? AND "
                                                  "g.kind = {} ORDER BY g.id",
                                                  internal::EdgeKindCode(EdgeKind::kSummarises))));
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, select.Step());
    if (!row) break;
    StoredClaim stored;
    Claim& claim = stored.claim;
    std::int64_t row_id = select.Int64(0);
    claim.ordinal = select.Int(1);
    claim.text = select.Text(2);
    claim.speaker = select.Text(3);
    claim.by_editor = select.Int(4) != 0;
    claim.section_index = select.Int(5);
    claim.turn_index = select.Int(6);
    claim.paragraph_index = select.Int(7);
    claim.line = select.Int(8);
    claim.span_begin = select.Int(9);
    claim.span_end = select.Int(10);
    claim.start_s = select.OptionalInt(11);
    claim.end_s = select.OptionalInt(12);
    claim.at_s = select.OptionalInt(13);
    claim.stance = StanceFromName(select.Text(14)).value_or(Stance::kNeutral);
    claim.modality = ModalityFromName(select.Text(15)).value_or(Modality::kOpinion);
    claim.highlighted = select.Int(16) != 0;
    stored.episode_id = select.Int64(17);
    stored.episode_slug = select.Text(18);
    stored.episode_url = select.Text(20);
    stored.episode_date = select.Text(21);
    if (full) {
      stored.episode_title = select.Text(19);
      stored.path = select.Text(22);
      stored.section_title = select.Text(23);
      stored.translation = select.Text(25);
    }
    stored.id = stored.episode_slug + "#" + std::to_string(claim.ordinal);
    if (claim.by_editor) {
      stored.speaker_name = kEditorName;
    } else {
      stored.speaker_name = select.IsNull(24) ? claim.speaker : select.Text(24);
    }

    entities.Reset();
    entities.Bind(1, row_id);
    while (true) {
      CLAIMKB_ASSIGN_OR_RETURN(bool more, entities.Step());
      if (!more) break;
      EntityMention mention;
      mention.entity_id = entities.Text(0);
      mention.kind = EntityKindFromName(entities.Text(1)).value_or(EntityKind::kModel);
      mention.surface = entities.Text(2);
      mention.confidence = entities.Double(3);
      mention.inferred = entities.Int(4) != 0;
      mention.role = MentionRoleFromText(entities.Text(5));
      mention.stance = StanceFromName(entities.Text(6)).value_or(Stance::kNeutral);
      claim.entities.push_back(std::move(mention));
    }
    topics.Reset();
    topics.Bind(1, row_id);
    while (true) {
      CLAIMKB_ASSIGN_OR_RETURN(bool more, topics.Step());
      if (!more) break;
      claim.topics.push_back(topics.Text(0));
    }
    if (!full) {
      CLAIMKB_RETURN_IF_ERROR(visit(std::move(stored)));
      continue;
    }
    results.Reset();
    results.Bind(1, row_id);
    while (true) {
      CLAIMKB_ASSIGN_OR_RETURN(bool more, results.Step());
      if (!more) break;
      claim.results.push_back({results.Text(0), results.Text(1), results.Double(2),
                               results.Double(3), results.Text(4), results.Text(5),
                               results.Text(6)});
    }
    summarises.Reset();
    summarises.Bind(1, row_id);
    while (true) {
      CLAIMKB_ASSIGN_OR_RETURN(bool more, summarises.Step());
      if (!more) break;
      claim.summarises.push_back(summarises.Int(0));
    }
    CLAIMKB_RETURN_IF_ERROR(visit(std::move(stored)));
  }
  return {};
}

Result<std::vector<StoredClaim>> ReadClaims(const Database& db, Statement& select,
                                            std::size_t expected = 0) {
  std::vector<StoredClaim> out;
  out.reserve(expected);
  CLAIMKB_RETURN_IF_ERROR(VisitClaims(db, select, [&out](StoredClaim&& claim) -> Status {
    out.push_back(std::move(claim));
    return {};
  }));
  return out;
}

// The claims of `select` as the link step reads them: each claim without
// what only a reader needs, moved into its compact record as it is read,
// and each episode's fields once for all its claims.
Status ReadLinkClaims(const Database& db, Statement& select, std::vector<LinkClaim>& out) {
  std::unordered_map<std::int64_t, std::shared_ptr<const LinkEpisode>> episodes;
  return VisitClaims(
      db, select,
      [&](StoredClaim&& claim) -> Status {
        std::shared_ptr<const LinkEpisode>& episode = episodes[claim.episode_id];
        if (!episode) {
          episode = std::make_shared<const LinkEpisode>(LinkEpisode{std::move(claim.episode_slug),
                                                                    std::move(claim.episode_url),
                                                                    std::move(claim.episode_date)});
        }
        out.push_back(ToLinkClaim(std::move(claim), episode));
        return {};
      },
      /*full=*/false);
}

}  // namespace

// ---------------------------------------------------------------------------
// Store.

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

const std::string& Store::path() const { return impl_->path; }

namespace {

// Turns a writable connection's journal to WAL. Switching a new file's
// journal takes an exclusive lock, and SQLite returns SQLITE_BUSY for it at
// once instead of calling the busy handler (the handler is only consulted
// for a lock taken outside any transaction). Two writers that open a new
// database together (two ingests started at once) then lost the race with
// "database is locked"; so the switch is retried here for as long as the
// connection's busy timeout would have waited. Once the file is in WAL mode
// the pragma takes no lock and returns at once.
Status SwitchToWal(const Database& db, int busy_timeout_ms) {
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms);
  for (;;) {
    Status switched = db.Exec("PRAGMA journal_mode = WAL");
    if (switched || switched.error().code != ErrorCode::kLocked ||
        std::chrono::steady_clock::now() >= deadline) {
      return switched;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& db_dir, const StoreOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  if (impl->options.migrations_dir.empty()) {
    impl->options.migrations_dir = MigrationsResourceDirectory();
  }
  impl->path = (fs::path(db_dir) / kDatabaseFile).string();

  std::error_code ec;
  if (options.read_only) {
    if (!fs::exists(impl->path, ec)) {
      return MakeError(ErrorCode::kNotFound, "no database at " + impl->path,
                       "ingest some digests first");
    }
  } else {
    fs::create_directories(db_dir, ec);
    if (ec) {
      return std::unexpected(
          Error{ErrorCode::kIO, "cannot create database directory " + db_dir + ": " + ec.message(),
                "choose a writable --db directory", db_dir, 0});
    }
  }

  CLAIMKB_ASSIGN_OR_RETURN(std::vector<Migration> migrations,
                           ListMigrations(impl->options.migrations_dir));
  CLAIMKB_ASSIGN_OR_RETURN(impl->db, Database::Open(impl->path, options.read_only));
  const Database& db = impl->db;
  db.SetBusyTimeout(options.busy_timeout_ms);

  // SQLite reads the file lazily, so the first statement that touches it is
  // where a stray non-database file shows up; say so in plain words.
  auto first_touch = [&]() -> Status {
    CLAIMKB_RETURN_IF_ERROR(db.Exec("PRAGMA foreign_keys = ON"));
    CLAIMKB_RETURN_IF_ERROR(db.QueryInt("PRAGMA user_version"));
    if (!options.read_only) CLAIMKB_RETURN_IF_ERROR(SwitchToWal(db, options.busy_timeout_ms));
    return db.Exec("PRAGMA synchronous = FULL");
  };
  Status touched = first_touch();
  if (!touched && options.read_only && touched.error().code != ErrorCode::kCorruption &&
      !fs::exists(impl->path + "-wal", ec) && ::access(db_dir.c_str(), W_OK) != 0) {
    // A WAL database needs its -shm file even to read; in a directory we may
    // not write (a read-only mount, another user's database) it cannot be
    // created. With no -wal file every commit is in the main file, so
    // reading it as immutable sees the whole database.
    CLAIMKB_ASSIGN_OR_RETURN(impl->db, Database::OpenImmutable(impl->path));
    db.SetBusyTimeout(options.busy_timeout_ms);
    touched = first_touch();
  }
  if (!touched) {
    Error error = touched.error();
    if (error.code == ErrorCode::kCorruption) {
      error.message =
          impl->path + " is not a claimkb database or is damaged (" + error.message + ")";
      error.hint = "move the file away, or choose another --db directory";
    }
    return std::unexpected(std::move(error));
  }
  if (options.read_only) {
    // A store an older claimkb wrote is upgraded on its first read by this
    // one when the directory lets us write: a new release must not make
    // `ask` refuse a store until the next ingest. Where we may not write, the
    // read below says what to do.
    CLAIMKB_ASSIGN_OR_RETURN(std::int64_t version, db.QueryInt("PRAGMA user_version"));
    if (version > 0 && version < migrations.back().version) {
      impl.reset();  // No connection of ours stands in the upgrade's way.
      StoreOptions writable = options;
      writable.read_only = false;
      auto upgraded = Store::Open(db_dir, writable);
      if (upgraded) {
        upgraded->reset();
        return Store::Open(db_dir, options);
      }
      return std::unexpected(Error{
          ErrorCode::kSchemaMismatch,
          fmt::format("database schema version {} needs upgrading to {}, and upgrading it failed: {}",
                      version, migrations.back().version, upgraded.error().message),
          "run claimkb once where it may write to this directory (any ingest upgrades it)",
          (fs::path(db_dir) / kDatabaseFile).string(), 0});
    }
  }
  CLAIMKB_ASSIGN_OR_RETURN(std::int64_t was, Migrate(db, migrations, options.read_only));
  if (was > 0 && was < kLastRewritingVersion) {
    CompactAfterUpgrade(db);
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Result<PutResult> Store::PutEpisode(const Episode& episode, const std::vector<Claim>& claims,
                                    const Lexicon& lexicon) {
  CLAIMKB_RETURN_IF_ERROR(CheckWritable(impl_->options));
  const Database& db = impl_->db;
  // The episode a file belongs to: its canonical URL, else its content. Files
  // that share it are sources of one episode, each stored in its own row.
  const std::string work_key = !episode.url.empty()              ? episode.url
                               : !episode.episode_folder.empty() ? "folder:" + episode.episode_folder
                                                                 : "sha:" + episode.content_hash;

  CLAIMKB_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginImmediate(db));

  // The stored row this file replaces: the same file, else one with the
  // same content (the same digest under another name).
  struct Stored {
    std::int64_t id = 0;
    std::string slug, path, content_hash, key;
  };
  std::optional<Stored> stored;
  bool same_content_elsewhere = false;
  {
    CLAIMKB_ASSIGN_OR_RETURN(
        Statement find, db.Prepare("SELECT id, slug, path, content_hash, key FROM episode "
                                   "WHERE path = ?1 OR (work_key = ?2 AND content_hash = ?3) "
                                   "ORDER BY path = ?1 DESC LIMIT 1"));
    find.Bind(1, episode.path).Bind(2, work_key).Bind(3, episode.content_hash);
    CLAIMKB_ASSIGN_OR_RETURN(bool found, find.Step());
    if (found) {
      stored = Stored{find.Int64(0), find.Text(1), find.Text(2), find.Text(3), find.Text(4)};
      same_content_elsewhere = stored->path != episode.path;
    }
  }

  PutResult result;
  if (stored) {
    result.episode_id = stored->id;
    if (stored->content_hash == episode.content_hash) {
      result.outcome = PutOutcome::kUnchanged;
      if (same_content_elsewhere) result.note = "same content as " + FileName(stored->path);
      return result;  // The transaction guard rolls back; nothing was written.
    }
    result.outcome = PutOutcome::kReplaced;
  }
  // Other sources of the same episode, named in the note.
  std::string siblings;
  {
    CLAIMKB_ASSIGN_OR_RETURN(Statement others,
                             db.Prepare("SELECT path FROM episode WHERE work_key = ? AND path != ? "
                                        "ORDER BY path"));
    others.Bind(1, work_key).Bind(2, episode.path);
    while (true) {
      CLAIMKB_ASSIGN_OR_RETURN(bool row, others.Step());
      if (!row) break;
      siblings += (siblings.empty() ? "" : ", ") + FileName(others.Text(0));
    }
  }
  if (!siblings.empty() && !stored) {
    result.note = "another source of the episode of " + siblings + " (same URL)";
  }
  // `key` is unique per row: the work key for the first source, the work key
  // and the path for the others.
  std::string key = work_key;
  if (stored && stored->key.starts_with(work_key)) {
    key = stored->key;
  } else {
    CLAIMKB_ASSIGN_OR_RETURN(Statement taken, db.Prepare("SELECT 1 FROM episode WHERE key = ?"));
    taken.Bind(1, work_key);
    CLAIMKB_ASSIGN_OR_RETURN(bool exists, taken.Step());
    if (exists) key = work_key + " " + episode.path;
  }

  Writer writer(db, lexicon);
  std::int64_t episode_id = 0;
  std::string slug;
  if (stored) {
    // Keep the row id and slug so that "<slug>#<ordinal>" citations made
    // before the re-ingest still resolve.
    episode_id = stored->id;
    slug = stored->slug;
    CLAIMKB_RETURN_IF_ERROR(writer.SaveUserEdges(episode_id));
    for (const char* sql :
         {"DELETE FROM claim WHERE episode_id = ?", "DELETE FROM section WHERE episode_id = ?"}) {
      CLAIMKB_ASSIGN_OR_RETURN(Statement del, db.Prepare(sql));
      del.Bind(1, episode_id);
      CLAIMKB_RETURN_IF_ERROR(del.Run());
    }
    CLAIMKB_ASSIGN_OR_RETURN(
        Statement update,
        db.Prepare("UPDATE episode SET key = ?, title = ?, url = ?, date = ?, duration_s = ?, "
                   "path = ?, content_hash = ?, line_count = ?, listed_speakers = ?, "
                   "ingested_at = ?, work_key = ?, hosts = ? WHERE id = ?"));
    update.Bind(1, key)
        .Bind(2, episode.title)
        .Bind(3, episode.url)
        .Bind(4, episode.date)
        .Bind(5, episode.duration_s)
        .Bind(6, episode.path)
        .Bind(7, episode.content_hash)
        .Bind(8, episode.line_count)
        .Bind(9, ToJson(episode.listed_speakers))
        .Bind(10, NowUtc())
        .Bind(11, work_key)
        .Bind(12, ToJson(episode.hosts))
        .Bind(13, episode_id);
    CLAIMKB_RETURN_IF_ERROR(update.Run());
  } else {
    const std::string stem = SlugStem(episode.path);
    slug = stem;
    CLAIMKB_ASSIGN_OR_RETURN(Statement taken, db.Prepare("SELECT 1 FROM episode WHERE slug = ?"));
    for (int n = 2;; ++n) {
      taken.Reset();
      taken.Bind(1, slug);
      CLAIMKB_ASSIGN_OR_RETURN(bool exists, taken.Step());
      if (!exists) break;
      slug = stem + "-" + std::to_string(n);
    }
    CLAIMKB_ASSIGN_OR_RETURN(
        Statement insert,
        db.Prepare("INSERT INTO episode (slug, key, title, url, date, duration_s, path, "
                   "content_hash, line_count, listed_speakers, ingested_at, work_key, hosts) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.Bind(1, slug)
        .Bind(2, key)
        .Bind(3, episode.title)
        .Bind(4, episode.url)
        .Bind(5, episode.date)
        .Bind(6, episode.duration_s)
        .Bind(7, episode.path)
        .Bind(8, episode.content_hash)
        .Bind(9, episode.line_count)
        .Bind(10, ToJson(episode.listed_speakers))
        .Bind(11, NowUtc())
        .Bind(12, work_key)
        .Bind(13, ToJson(episode.hosts));
    CLAIMKB_RETURN_IF_ERROR(insert.Run());
    episode_id = db.LastInsertRowId();
  }

  TurnSpeakers speakers;
  std::vector<std::optional<std::int64_t>> speaker_ids;
  CLAIMKB_RETURN_IF_ERROR(writer.InsertBody(episode_id, episode, &speakers));
  CLAIMKB_RETURN_IF_ERROR(writer.InsertClaims(episode_id, episode, claims, speakers, &speaker_ids));
  CLAIMKB_RETURN_IF_ERROR(writer.RestoreUserEdges());
  CLAIMKB_RETURN_IF_ERROR(writer.LinkRestatements(episode_id));
  CLAIMKB_RETURN_IF_ERROR(writer.BumpGeneration());
  // Speaker rows may merge until the last claim is in: names are read after.
  CLAIMKB_ASSIGN_OR_RETURN(result.claims,
                           writer.Describe(episode_id, slug, episode, claims, speaker_ids));
  CLAIMKB_RETURN_IF_ERROR(txn.Commit());
  result.episode_id = episode_id;
  result.slug = slug;
  return result;
}

Result<std::optional<StoredSource>> Store::FindSource(const std::string& path) const {
  const Database& db = impl_->db;
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement find,
      db.Prepare("SELECT e.id, e.content_hash, (SELECT count(*) FROM claim c "
                 "WHERE c.episode_id = e.id) FROM episode e WHERE e.path = ? LIMIT 1"));
  find.Bind(1, path);
  CLAIMKB_ASSIGN_OR_RETURN(bool found, find.Step());
  if (!found) return std::optional<StoredSource>();
  return std::optional<StoredSource>(StoredSource{find.Int64(0), find.Text(1), find.Int(2)});
}

Status Store::ReplaceClaims(std::int64_t episode_id, const std::vector<Claim>& claims,
                            const Lexicon& lexicon) {
  CLAIMKB_RETURN_IF_ERROR(CheckWritable(impl_->options));
  CLAIMKB_ASSIGN_OR_RETURN(Episode stored, LoadEpisode(episode_id));
  return ReplaceClaims(episode_id, stored, claims, lexicon);
}

Status Store::ReplaceClaims(std::int64_t episode_id, const Episode& stored,
                            const std::vector<Claim>& claims, const Lexicon& lexicon) {
  CLAIMKB_RETURN_IF_ERROR(CheckWritable(impl_->options));
  const Database& db = impl_->db;
  CLAIMKB_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginImmediate(db));
  CLAIMKB_ASSIGN_OR_RETURN(Statement exists, db.Prepare("SELECT 1 FROM episode WHERE id = ?"));
  exists.Bind(1, episode_id);
  CLAIMKB_ASSIGN_OR_RETURN(bool found, exists.Step());
  if (!found) {
    return MakeError(ErrorCode::kNotFound, fmt::format("no episode with id {}", episode_id),
                     "list episodes with `claimkb episodes`");
  }
  Writer writer(db, lexicon);
  CLAIMKB_RETURN_IF_ERROR(writer.SaveUserEdges(episode_id));
  CLAIMKB_ASSIGN_OR_RETURN(Statement del, db.Prepare("DELETE FROM claim WHERE episode_id = ?"));
  del.Bind(1, episode_id);
  CLAIMKB_RETURN_IF_ERROR(del.Run());
  CLAIMKB_ASSIGN_OR_RETURN(TurnSpeakers speakers, LoadTurnSpeakers(db, episode_id));
  CLAIMKB_RETURN_IF_ERROR(writer.InsertClaims(episode_id, stored, claims, speakers));
  CLAIMKB_RETURN_IF_ERROR(writer.RestoreUserEdges());
  CLAIMKB_RETURN_IF_ERROR(writer.LinkRestatements(episode_id));
  CLAIMKB_RETURN_IF_ERROR(writer.BumpGeneration());
  return txn.Commit();
}

namespace {

// Rows that share a work key are the sources of one episode. The episode is
// listed once, under the source whose path sorts first (a rule that does not
// depend on ingest order), with every source's path and the counts summed.
std::vector<EpisodeRecord> GroupSources(std::vector<EpisodeRecord> rows,
                                        const std::vector<std::string>& work_keys) {
  std::unordered_map<std::string, std::vector<std::size_t>> by_key;
  for (std::size_t i = 0; i < rows.size(); ++i) by_key[work_keys[i]].push_back(i);
  std::vector<EpisodeRecord> episodes;
  std::unordered_set<std::string> done;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!done.insert(work_keys[i]).second) continue;
    std::vector<std::size_t> members = by_key[work_keys[i]];
    std::sort(members.begin(), members.end(),
              [&](std::size_t a, std::size_t b) { return rows[a].path < rows[b].path; });
    EpisodeRecord episode = rows[members.front()];
    episode.sources.clear();
    episode.source_slugs.clear();
    for (std::size_t m : members) {
      const EpisodeRecord& row = rows[m];
      episode.sources.push_back(row.path);
      episode.source_slugs.push_back(row.slug);
      if (m == members.front()) continue;
      episode.section_count += row.section_count;
      episode.timed_section_count += row.timed_section_count;
      episode.claim_count += row.claim_count;
      if (episode.date.empty()) episode.date = row.date;
      if (episode.duration_s < 0) episode.duration_s = row.duration_s;
      for (const std::string& name : row.speakers) {
        if (std::find(episode.speakers.begin(), episode.speakers.end(), name) ==
            episode.speakers.end())
          episode.speakers.push_back(name);
      }
      for (const std::string& person : row.people) {
        if (std::find(episode.people.begin(), episode.people.end(), person) ==
            episode.people.end())
          episode.people.push_back(person);
      }
    }
    episodes.push_back(std::move(episode));
  }
  return episodes;
}

}  // namespace

namespace {

// The episodes, each with its other sources (GroupSources); with `of_row`, only
// the one whose sources include that episode row.
Result<std::vector<EpisodeRecord>> ReadEpisodeRecords(const Database& db,
                                                      std::optional<std::int64_t> of_row) {
  // The rows of one work: the row's own work key.
  const std::string of_work =
      of_row ? "WHERE e.work_key = (SELECT work_key FROM episode WHERE id = ?1) " : "";
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement select,
      db.Prepare("SELECT e.id, e.slug, e.key, e.title, e.url, e.date, e.duration_s, e.path, "
                 "e.content_hash, "
                 "(SELECT count(*) FROM section s WHERE s.episode_id = e.id), "
                 "(SELECT count(*) FROM section s WHERE s.episode_id = e.id "
                 " AND s.start_s IS NOT NULL), "
                 "(SELECT count(*) FROM claim c WHERE c.episode_id = e.id), e.work_key "
                 "FROM episode e " +
                 of_work + "ORDER BY e.date IS NULL OR e.date = '', e.date, e.slug"));
  if (of_row) select.Bind(1, *of_row);
  std::vector<EpisodeRecord> records;
  std::vector<std::string> work_keys;
  std::unordered_map<std::int64_t, std::size_t> index_by_id;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, select.Step());
    if (!row) break;
    EpisodeRecord record;
    record.id = select.Int64(0);
    record.slug = select.Text(1);
    record.key = select.Text(2);
    record.title = select.Text(3);
    record.url = select.Text(4);
    record.date = select.Text(5);
    record.duration_s = select.Int(6);
    record.path = select.Text(7);
    record.content_hash = select.Text(8);
    record.section_count = select.Int(9);
    record.timed_section_count = select.Int(10);
    record.claim_count = select.Int(11);
    work_keys.push_back(select.Text(12));
    index_by_id[record.id] = records.size();
    records.push_back(std::move(record));
  }
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement speakers,
      db.Prepare("SELECT s.episode_id, sp.name, t.speaker FROM turn t "
                 "JOIN section s ON s.id = t.section_id JOIN speaker sp ON sp.id = t.speaker_id " +
                 std::string(of_row ? "WHERE s.episode_id IN (SELECT id FROM episode e " + of_work +
                                       ") "
                                 : "") +
                 "ORDER BY s.episode_id, s.ordinal, t.ordinal"));
  if (of_row) speakers.Bind(1, *of_row);
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, speakers.Step());
    if (!row) break;
    auto it = index_by_id.find(speakers.Int64(0));
    if (it == index_by_id.end()) continue;
    std::vector<std::string>& people = records[it->second].people;
    std::string person = speakers.Text(1);
    if (std::find(people.begin(), people.end(), person) == people.end()) people.push_back(person);
    std::vector<std::string>& names = records[it->second].speakers;
    std::string name = speakers.Text(2);
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return GroupSources(std::move(records), work_keys);
}

}  // namespace

Result<std::vector<EpisodeRecord>> Store::ListEpisodes() const {
  return ReadEpisodeRecords(impl_->db, std::nullopt);
}

Result<EpisodeRecord> Store::EpisodeOfRow(std::int64_t episode_id) const {
  CLAIMKB_ASSIGN_OR_RETURN(std::vector<EpisodeRecord> records,
                           ReadEpisodeRecords(impl_->db, episode_id));
  if (records.empty()) {
    return MakeError(ErrorCode::kNotFound, fmt::format("no episode row {}", episode_id));
  }
  return std::move(records.front());
}

Result<std::vector<std::int64_t>> Store::ListEpisodeRows() const {
  CLAIMKB_ASSIGN_OR_RETURN(Statement select,
                           impl_->db.Prepare("SELECT id FROM episode ORDER BY id"));
  std::vector<std::int64_t> rows;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, select.Step());
    if (!row) break;
    rows.push_back(select.Int64(0));
  }
  return rows;
}

Result<EpisodeRecord> Store::FindEpisode(std::string_view ref) const {
  CLAIMKB_ASSIGN_OR_RETURN(std::vector<EpisodeRecord> records, ListEpisodes());
  const std::string wanted = Trim(ref);
  if (wanted.empty()) return MakeError(ErrorCode::kInvalidArgument, "empty episode reference");
  std::int64_t number = 0;
  auto [end, ec] = std::from_chars(wanted.data(), wanted.data() + wanted.size(), number);
  const bool numeric = ec == std::errc() && end == wanted.data() + wanted.size();
  // Exact identifiers first, so a slug that happens to be a substring of
  // another title still finds its own episode.
  for (const EpisodeRecord& record : records) {
    if ((numeric && record.id == number) || record.slug == wanted ||
        (!record.url.empty() && record.url == wanted) || record.key == wanted ||
        std::find(record.source_slugs.begin(), record.source_slugs.end(), wanted) !=
            record.source_slugs.end()) {
      return record;
    }
  }
  const std::string needle = AsciiLower(wanted);
  std::vector<const EpisodeRecord*> candidates;
  for (const EpisodeRecord& record : records) {
    if (AsciiLower(record.title).find(needle) != std::string::npos ||
        AsciiLower(record.slug).find(needle) != std::string::npos) {
      candidates.push_back(&record);
    }
  }
  if (candidates.size() == 1) return *candidates.front();
  if (candidates.empty()) {
    return MakeError(ErrorCode::kNotFound, "no episode matches \"" + wanted + "\"",
                     "list episodes with `claimkb episodes`");
  }
  for (const EpisodeRecord* candidate : candidates) {
    if (AsciiLower(candidate->title) == needle) return *candidate;
  }
  std::string hint = "be more specific; candidates:";
  for (const EpisodeRecord* candidate : candidates) hint += " " + candidate->slug;
  return MakeError(ErrorCode::kNotFound,
                   fmt::format("\"{}\" matches {} episodes", wanted, candidates.size()), hint);
}

Result<Episode> Store::LoadEpisode(std::int64_t episode_id) const {
  const Database& db = impl_->db;
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement head,
      db.Prepare("SELECT path, content_hash, title, url, date, duration_s, listed_speakers, "
                 "line_count, hosts FROM episode WHERE id = ?"));
  head.Bind(1, episode_id);
  CLAIMKB_ASSIGN_OR_RETURN(bool found, head.Step());
  if (!found) {
    return MakeError(ErrorCode::kNotFound, fmt::format("no episode with id {}", episode_id),
                     "list episodes with `claimkb episodes`");
  }
  Episode episode;
  episode.path = head.Text(0);
  episode.content_hash = head.Text(1);
  episode.title = head.Text(2);
  episode.url = head.Text(3);
  episode.date = head.Text(4);
  episode.duration_s = head.Int(5);
  CLAIMKB_ASSIGN_OR_RETURN(episode.listed_speakers, FromJson(head.Text(6), impl_->path));
  episode.line_count = head.Int(7);
  CLAIMKB_ASSIGN_OR_RETURN(episode.hosts, FromJson(head.Text(8), impl_->path));

  auto range_of = [](const Statement& stmt, int column) -> std::optional<TimeRange> {
    if (stmt.IsNull(column)) return std::nullopt;
    return TimeRange{stmt.Int(column), stmt.Int(column + 1)};
  };

  CLAIMKB_ASSIGN_OR_RETURN(
      Statement sections,
      db.Prepare("SELECT ordinal, kind, title, line, level, start_s, end_s FROM section "
                 "WHERE episode_id = ? ORDER BY ordinal"));
  sections.Bind(1, episode_id);
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, sections.Step());
    if (!row) break;
    Section section;
    section.kind = SectionKindFromName(sections.Text(1)).value_or(SectionKind::kOther);
    section.title = sections.Text(2);
    section.line = sections.Int(3);
    section.level = sections.Int(4);
    section.range = range_of(sections, 5);
    episode.sections.push_back(std::move(section));
  }

  // Turns and paragraphs come back in (section, turn, paragraph) order with
  // their ordinals, which index straight into the vectors being rebuilt.
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement turns,
      db.Prepare("SELECT s.ordinal, t.speaker, t.speaker_note, t.line, t.start_s, t.end_s, t.spoken "
                 "FROM turn t JOIN section s ON s.id = t.section_id WHERE s.episode_id = ? "
                 "ORDER BY s.ordinal, t.ordinal"));
  turns.Bind(1, episode_id);
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, turns.Step());
    if (!row) break;
    std::size_t s = static_cast<std::size_t>(turns.Int(0));
    if (s >= episode.sections.size()) continue;
    Turn turn;
    turn.speaker = turns.Text(1);
    turn.speaker_note = turns.Text(2);
    turn.line = turns.Int(3);
    turn.range = range_of(turns, 4);
    turn.spoken = turns.Int(6) != 0;
    episode.sections[s].turns.push_back(std::move(turn));
  }

  CLAIMKB_ASSIGN_OR_RETURN(
      Statement paragraphs,
      db.Prepare(
          "SELECT s.ordinal, t.ordinal, p.line, p.text, p.plain, p.bullet, p.depth, "
          "p.highlights, p.start_s, p.end_s, p.reported_speaker, p.translation, "
          "p.reported_begin, p.reported_end FROM paragraph p JOIN turn t ON t.id = p.turn_id "
          "JOIN section s ON s.id = t.section_id WHERE s.episode_id = ? "
          "ORDER BY s.ordinal, t.ordinal, p.ordinal"));
  paragraphs.Bind(1, episode_id);
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, paragraphs.Step());
    if (!row) break;
    std::size_t s = static_cast<std::size_t>(paragraphs.Int(0));
    std::size_t t = static_cast<std::size_t>(paragraphs.Int(1));
    if (s >= episode.sections.size() || t >= episode.sections[s].turns.size()) continue;
    Paragraph paragraph;
    paragraph.line = paragraphs.Int(2);
    paragraph.plain = paragraphs.Text(4);
    // Markdown equal to the plain text is stored as '' (see InsertBody).
    paragraph.text = paragraphs.IsNull(3) || paragraphs.Text(3).empty() ? paragraph.plain
                                                                         : paragraphs.Text(3);
    paragraph.bullet = paragraphs.Int(5) != 0;
    paragraph.depth = paragraphs.Int(6);
    CLAIMKB_ASSIGN_OR_RETURN(paragraph.highlights, FromJson(paragraphs.Text(7), impl_->path));
    paragraph.range = range_of(paragraphs, 8);
    paragraph.reported_speaker = paragraphs.Text(10);
    paragraph.translation = paragraphs.Text(11);
    paragraph.reported_begin = static_cast<std::size_t>(paragraphs.Int64(12));
    paragraph.reported_end = static_cast<std::size_t>(paragraphs.Int64(13));
    episode.sections[s].turns[t].paragraphs.push_back(std::move(paragraph));
  }
  return episode;
}

namespace {

// A speaker's aliases in the order they were recorded.
Result<std::vector<std::string>> SpeakerAliases(const Database& db, std::int64_t speaker_id) {
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement select,
      db.Prepare("SELECT alias FROM speaker_alias WHERE speaker_id = ? ORDER BY rowid"));
  select.Bind(1, speaker_id);
  std::vector<std::string> aliases;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool more, select.Step());
    if (!more) break;
    aliases.push_back(select.Text(0));
  }
  return aliases;
}

}  // namespace

Result<std::vector<SpeakerRecord>> Store::ListSpeakerNames() const {
  const Database& db = impl_->db;
  // EXISTS stops at the first row of each speaker's index (turn_by_speaker,
  // claim_by_speaker): as ListSpeakers, a speaker with no turn and no claim
  // is left out, but nothing is counted.
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement select,
      db.Prepare("SELECT sp.id, sp.name FROM speaker sp "
                 "WHERE EXISTS (SELECT 1 FROM turn t WHERE t.speaker_id = sp.id) "
                 "OR EXISTS (SELECT 1 FROM claim c WHERE c.speaker_id = sp.id) ORDER BY sp.id"));
  std::vector<SpeakerRecord> records;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, select.Step());
    if (!row) break;
    SpeakerRecord record;
    record.id = select.Int64(0);
    record.name = select.Text(1);
    CLAIMKB_ASSIGN_OR_RETURN(record.aliases, SpeakerAliases(db, record.id));
    records.push_back(std::move(record));
  }
  return records;
}

Result<std::vector<std::string>> Store::ListListedSpeakerNames() const {
  // The JSON arrays are read by SQLite's json_each; episodes that list nobody
  // ('[]', the default) are skipped before any JSON is parsed.
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement select,
      impl_->db.Prepare("SELECT DISTINCT j.value FROM episode e, json_each(e.listed_speakers) j "
                        "WHERE e.listed_speakers <> '[]' AND j.type = 'text' ORDER BY 1"));
  std::vector<std::string> names;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, select.Step());
    if (!row) break;
    names.push_back(select.Text(0));
  }
  return names;
}

Result<std::vector<std::string>> Store::EpisodesListing(std::string_view name) const {
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement select,
      impl_->db.Prepare("SELECT DISTINCT e.slug FROM episode e, json_each(e.listed_speakers) j "
                        "WHERE e.listed_speakers <> '[]' AND j.value = ? ORDER BY e.id"));
  select.Bind(1, name);
  std::vector<std::string> slugs;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, select.Step());
    if (!row) break;
    slugs.push_back(select.Text(0));
  }
  return slugs;
}

Result<std::vector<SpeakerRecord>> Store::ListSpeakers() const {
  const Database& db = impl_->db;
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement select,
      db.Prepare("SELECT sp.id, sp.name, "
                 "(SELECT count(DISTINCT s.episode_id) FROM turn t "
                 " JOIN section s ON s.id = t.section_id WHERE t.speaker_id = sp.id), "
                 "(SELECT count(*) FROM turn t WHERE t.speaker_id = sp.id), "
                 "(SELECT count(*) FROM claim c WHERE c.speaker_id = sp.id) "
                 "FROM speaker sp"));
  std::vector<SpeakerRecord> records;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, select.Step());
    if (!row) break;
    SpeakerRecord record;
    record.id = select.Int64(0);
    record.name = select.Text(1);
    record.episode_count = select.Int(2);
    record.turn_count = select.Int(3);
    record.claim_count = select.Int(4);
    // Speakers whose episodes were all deleted or re-ingested under another
    // name stay as rows (aliases are worth keeping) but are not listed.
    if (record.turn_count == 0 && record.claim_count == 0) continue;
    CLAIMKB_ASSIGN_OR_RETURN(record.aliases, SpeakerAliases(db, record.id));
    records.push_back(std::move(record));
  }
  std::sort(records.begin(), records.end(), [](const SpeakerRecord& a, const SpeakerRecord& b) {
    if (a.claim_count != b.claim_count) return a.claim_count > b.claim_count;
    if (a.turn_count != b.turn_count) return a.turn_count > b.turn_count;
    return a.name < b.name;
  });
  return records;
}

Result<std::vector<StoredClaim>> Store::QueryClaims(const ClaimFilter& filter) const {
  const Database& db = impl_->db;
  std::string sql = kClaimSelect;
  std::vector<std::variant<std::int64_t, std::string>> params;
  std::vector<std::string> where;
  auto placeholders = [&](const std::vector<std::string>& values) {
    std::string list;
    for (const std::string& value : values) {
      list += list.empty() ? "?" : ", ?";
      params.emplace_back(value);
    }
    return list;
  };
  if (!filter.entity_ids.empty()) {
    where.push_back("c.id IN (SELECT claim_id FROM claim_entity WHERE entity_id IN (" +
                    placeholders(filter.entity_ids) + "))");
  }
  if (!filter.benchmark_ids.empty()) {
    // A benchmark counts when it is mentioned or carries a stated number.
    std::string mentioned = placeholders(filter.benchmark_ids);
    std::string stated = placeholders(filter.benchmark_ids);
    where.push_back("(c.id IN (SELECT claim_id FROM claim_entity WHERE entity_id IN (" + mentioned +
                    ")) OR c.id IN (SELECT claim_id FROM benchmark_result "
                    "WHERE benchmark_id IN (" +
                    stated + ")))");
  }
  if (filter.any_benchmark_or_topic) {
    where.push_back(
        "(c.id IN (SELECT ce.claim_id FROM claim_entity ce JOIN entity en ON en.id = "
        "ce.entity_id WHERE en.kind = 'benchmark') OR c.id IN (SELECT claim_id FROM "
        "benchmark_result) OR c.id IN (SELECT claim_id FROM claim_topic WHERE topic = ?))");
    params.emplace_back(*filter.any_benchmark_or_topic);
  }
  if (!filter.speaker.empty()) {
    if (AsciiLower(filter.speaker) == kEditorName) {
      where.push_back("c.by_editor = 1");
    } else {
      // Every name of the speaker's identity: its other speakers everywhere,
      // a role label only in the episodes where it stands for this person.
      auto identity = SpeakerIdentityOf(filter.speaker);
      if (!identity && identity.error().code != ErrorCode::kNotFound) {
        return std::unexpected(identity.error());
      }
      if (identity) {
        std::string clause = "(0";
        for (const IdentityMember& member : identity->members) {
          if (member.speaker_id == 0) continue;
          if (member.episode.empty()) {
            clause += " OR c.speaker_id = ?";
            params.emplace_back(member.speaker_id);
          } else {
            clause += " OR (c.speaker_id = ? AND e.slug = ?)";
            params.emplace_back(member.speaker_id);
            params.emplace_back(member.episode);
          }
        }
        where.push_back(clause + ")");
      } else {
        // Nobody of that name: the filter matches nothing, which is the answer.
        where.push_back("0");
      }
    }
  }
  if (!filter.topic.empty()) {
    where.push_back("c.id IN (SELECT claim_id FROM claim_topic WHERE topic = ?)");
    params.emplace_back(filter.topic);
  }
  if (filter.stance) {
    where.push_back("c.stance = ?");
    params.emplace_back(std::string(StanceName(*filter.stance)));
  }
  if (filter.episode_id) {
    // Every source of the episode: the rows that share its work key.
    where.push_back(
        "e.work_key = (SELECT work_key FROM episode WHERE id = ?)");
    params.emplace_back(*filter.episode_id);
  }
  // An undated episode cannot be said to fall inside a date range.
  if (!filter.since.empty()) {
    where.push_back("(e.date <> '' AND e.date >= ?)");
    params.emplace_back(filter.since);
  }
  if (!filter.until.empty()) {
    where.push_back("(e.date <> '' AND e.date <= ?)");
    params.emplace_back(filter.until);
  }
  for (std::size_t i = 0; i < where.size(); ++i) sql += (i == 0 ? "WHERE " : " AND ") + where[i];
  sql += " ORDER BY e.date IS NULL OR e.date = '', e.date, e.slug, c.ordinal LIMIT ? OFFSET ?";
  params.emplace_back(static_cast<std::int64_t>(filter.limit > 0 ? filter.limit : -1));
  params.emplace_back(static_cast<std::int64_t>(std::max(filter.offset, 0)));

  CLAIMKB_ASSIGN_OR_RETURN(Statement select, db.Prepare(sql));
  for (std::size_t i = 0; i < params.size(); ++i) {
    std::visit([&](const auto& value) { select.Bind(static_cast<int>(i) + 1, value); }, params[i]);
  }
  return ReadClaims(db, select);
}

namespace {

// "<slug>#<ordinal>" split into its slug and ordinal; kInvalidArgument when
// it is not of that shape.
Result<std::pair<std::string_view, int>> SplitClaimId(std::string_view claim_id) {
  const std::size_t hash = claim_id.rfind('#');
  int ordinal = -1;
  if (hash != std::string_view::npos && hash > 0) {
    std::string_view digits = claim_id.substr(hash + 1);
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), ordinal);
    if (ec != std::errc() || end != digits.data() + digits.size()) ordinal = -1;
  }
  if (ordinal < 0) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "malformed claim id \"" + std::string(claim_id) + "\"",
                     "claim ids look like <episode slug>#<number>, e.g. 2025-11-21-foo#12");
  }
  return std::pair<std::string_view, int>(claim_id.substr(0, hash), ordinal);
}

}  // namespace

Result<StoredClaim> Store::GetClaim(std::string_view claim_id) const {
  CLAIMKB_ASSIGN_OR_RETURN(auto parts, SplitClaimId(claim_id));
  const Database& db = impl_->db;
  CLAIMKB_ASSIGN_OR_RETURN(Statement select, db.Prepare(std::string(kClaimSelect) +
                                                        "WHERE e.slug = ? AND c.ordinal = ?"));
  select.Bind(1, parts.first).Bind(2, parts.second);
  CLAIMKB_ASSIGN_OR_RETURN(std::vector<StoredClaim> found, ReadClaims(db, select));
  if (found.empty()) {
    return MakeError(ErrorCode::kNotFound, "no claim " + std::string(claim_id),
                     "the episode may have been re-ingested with fewer claims");
  }
  return std::move(found.front());
}

Result<std::vector<StoredClaim>> Store::AllClaims() const { return QueryClaims(ClaimFilter{}); }

Status Store::ForEachClaim(const std::function<Status(const StoredClaim&)>& visit) const {
  const Database& db = impl_->db;
  // AllClaims' order, so an index rebuilt from it numbers documents alike.
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement select,
      db.Prepare(std::string(kClaimSelect) +
                 " ORDER BY e.date IS NULL OR e.date = '', e.date, e.slug, c.ordinal"));
  return VisitClaims(db, select, [&visit](StoredClaim&& claim) { return visit(claim); });
}

Result<std::vector<EntityCount>> Store::ListEntities(std::optional<EntityKind> kind) const {
  const Database& db = impl_->db;
  std::string sql =
      // Mentions are where a claim names the entity; a claim that only
      // inherits it from its turn's context (inferred) does not count, or one
      // name early in a long transcript would count once per later claim.
      "SELECT en.id, en.kind, en.name, "
      "count(DISTINCT CASE WHEN ce.inferred = 0 THEN ce.claim_id END), "
      "count(DISTINCT CASE WHEN ce.inferred = 0 THEN c.episode_id END), "
      "group_concat(DISTINCT nullif(ce.surface, '') || char(31)), "
      "coalesce(max(CASE WHEN ce.inferred = 0 THEN ce.confidence END), 0) FROM entity en "
      "LEFT JOIN claim_entity ce ON ce.entity_id = en.id "
      "LEFT JOIN claim c ON c.id = ce.claim_id ";
  if (kind) sql += "WHERE en.kind = ? ";
  sql += "GROUP BY en.id ";
  // A claim's topics live in claim_topic, not claim_entity; without them
  // `entities --kind topic` listed nothing. The name is the id: the lexicon
  // has the display name.
  const bool topics = !kind || *kind == EntityKind::kTopic;
  if (topics) {
    sql +=
        "UNION ALL SELECT ct.topic, 'topic', ct.topic, count(DISTINCT ct.claim_id), "
        "count(DISTINCT c.episode_id), '', 1.0 FROM claim_topic ct "
        "JOIN claim c ON c.id = ct.claim_id "
        "WHERE ct.topic NOT IN (SELECT id FROM entity) GROUP BY ct.topic ";
  }
  sql += "ORDER BY 4 DESC, 1";
  CLAIMKB_ASSIGN_OR_RETURN(Statement select, db.Prepare(sql));
  if (kind) select.Bind(1, EntityKindName(*kind));
  std::vector<EntityCount> out;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, select.Step());
    if (!row) break;
    EntityCount entity{select.Text(0),
                       EntityKindFromName(select.Text(1)).value_or(EntityKind::kModel),
                       select.Text(2),
                       select.Int(3),
                       select.Int(4),
                       {},
                       select.Double(6)};
    // Each surface ends with a unit separator, so commas inside one survive.
    const std::string surfaces = select.Text(5);
    std::size_t start = 0;
    while (start < surfaces.size()) {
      const std::size_t end = surfaces.find('\x1f', start);
      if (end == std::string::npos) break;
      entity.surfaces.push_back(surfaces.substr(start, end - start));
      start = end + 2;  // Past the separator and group_concat's comma.
    }
    out.push_back(std::move(entity));
  }
  return out;
}

Result<std::vector<Store::StoredResult>> Store::ListResults(const std::string& benchmark_id) const {
  const Database& db = impl_->db;
  std::string sql =
      "SELECT r.model_id, r.benchmark_id, r.low, r.high, r.unit, r.qualifier, r.surface, "
      "e.slug, c.ordinal FROM benchmark_result r JOIN claim c ON c.id = r.claim_id "
      "JOIN episode e ON e.id = c.episode_id ";
  if (!benchmark_id.empty()) sql += "WHERE r.benchmark_id = ? ";
  sql += "ORDER BY e.date IS NULL OR e.date = '', e.date, e.slug, c.ordinal, r.ordinal";
  CLAIMKB_ASSIGN_OR_RETURN(Statement select, db.Prepare(sql));
  if (!benchmark_id.empty()) select.Bind(1, benchmark_id);
  std::vector<StoredResult> out;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, select.Step());
    if (!row) break;
    StoredResult stored;
    stored.result = {select.Text(0), select.Text(1), select.Double(2), select.Double(3),
                     select.Text(4), select.Text(5), select.Text(6)};
    stored.claim_id = select.Text(7) + "#" + std::to_string(select.Int(8));
    out.push_back(std::move(stored));
  }
  return out;
}

namespace {

Result<SpeakerFacts> LoadSpeakerFacts(const Database& db, const std::string& file) {
  SpeakerFacts facts;
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement speakers,
      db.Prepare("SELECT sp.id, sp.name, "
                 "(SELECT count(*) FROM turn t WHERE t.speaker_id = sp.id), "
                 "(SELECT count(*) FROM claim c WHERE c.speaker_id = sp.id) FROM speaker sp"));
  std::map<std::int64_t, std::size_t> index_of;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, speakers.Step());
    if (!row) break;
    SpeakerFacts::Speaker speaker;
    speaker.id = speakers.Int64(0);
    speaker.name = speakers.Text(1);
    speaker.turn_count = speakers.Int(2);
    speaker.claim_count = speakers.Int(3);
    // As ListSpeakers: a row nobody speaks under any more is not a speaker.
    if (speaker.turn_count == 0 && speaker.claim_count == 0) continue;
    index_of[speaker.id] = facts.speakers.size();
    facts.speakers.push_back(std::move(speaker));
  }
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement aliases, db.Prepare("SELECT speaker_id, alias FROM speaker_alias ORDER BY rowid"));
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, aliases.Step());
    if (!row) break;
    if (auto it = index_of.find(aliases.Int64(0)); it != index_of.end()) {
      facts.speakers[it->second].aliases.push_back(aliases.Text(1));
    }
  }
  // Turns and claims per speaker and episode, in one pass each.
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement presence,
      db.Prepare("SELECT speaker_id, slug, sum(turns), sum(claims) FROM ("
                 " SELECT t.speaker_id AS speaker_id, e.slug AS slug, 1 AS turns, 0 AS claims "
                 " FROM turn t JOIN section s ON s.id = t.section_id "
                 " JOIN episode e ON e.id = s.episode_id WHERE t.speaker_id IS NOT NULL "
                 " UNION ALL SELECT c.speaker_id, e.slug, 0, 1 FROM claim c "
                 " JOIN episode e ON e.id = c.episode_id WHERE c.speaker_id IS NOT NULL) "
                 "GROUP BY speaker_id, slug ORDER BY speaker_id, slug"));
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, presence.Step());
    if (!row) break;
    if (auto it = index_of.find(presence.Int64(0)); it != index_of.end()) {
      facts.speakers[it->second].episodes.push_back(
          {presence.Text(1), presence.Int(2), presence.Int(3)});
    }
  }
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement episodes,
      db.Prepare("SELECT slug, work_key, title, listed_speakers, hosts FROM episode ORDER BY id"));
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, episodes.Step());
    if (!row) break;
    SpeakerFacts::Episode episode;
    episode.slug = episodes.Text(0);
    episode.work_key = episodes.Text(1);
    episode.title = episodes.Text(2);
    CLAIMKB_ASSIGN_OR_RETURN(episode.listed, FromJson(episodes.Text(3), file));
    CLAIMKB_ASSIGN_OR_RETURN(episode.hosts, FromJson(episodes.Text(4), file));
    facts.episodes.push_back(std::move(episode));
  }
  // Paragraphs where a speaker may say their own name; the resolver checks
  // that a known name follows the cue.
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement intros,
      db.Prepare("SELECT t.speaker_id, e.slug, p.plain FROM paragraph p "
                 "JOIN turn t ON t.id = p.turn_id JOIN section s ON s.id = t.section_id "
                 "JOIN episode e ON e.id = s.episode_id WHERE t.speaker_id IS NOT NULL AND "
                 "(instr(p.plain, '我是') > 0 OR instr(p.plain, '我叫') > 0 OR "
                 "p.plain LIKE '%I''m %' OR p.plain LIKE '%I am %' OR "
                 "p.plain LIKE '%my name is %' OR p.plain LIKE '%this is %') "
                 "ORDER BY p.id"));
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, intros.Step());
    if (!row) break;
    facts.introductions.push_back({intros.Int64(0), intros.Text(1), intros.Text(2)});
  }
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement decisions,
      db.Prepare("SELECT name, other, verdict FROM speaker_decision ORDER BY id"));
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, decisions.Step());
    if (!row) break;
    facts.decisions.push_back(
        {decisions.Text(0), decisions.Text(1), decisions.Text(2) == "same"});
  }
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement organisations,
      db.Prepare("SELECT e.id, e.name, a.surface FROM entity e "
                 "LEFT JOIN entity_alias a ON a.entity_id = e.id WHERE e.kind = 'org' "
                 "ORDER BY e.id"));
  std::string current;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool row, organisations.Step());
    if (!row) break;
    if (organisations.Text(0) != current) {
      current = organisations.Text(0);
      facts.organisations.push_back({organisations.Text(1)});
    }
    if (!organisations.IsNull(2)) facts.organisations.back().push_back(organisations.Text(2));
  }
  return facts;
}

}  // namespace

Result<std::vector<SpeakerIdentity>> Store::SpeakerIdentities() const {
  CLAIMKB_ASSIGN_OR_RETURN(SpeakerFacts facts, LoadSpeakerFacts(impl_->db, impl_->path));
  return ResolveSpeakerIdentities(facts);
}

Result<SpeakerIdentity> Store::SpeakerIdentityOf(std::string_view name) const {
  CLAIMKB_ASSIGN_OR_RETURN(std::vector<SpeakerIdentity> identities, SpeakerIdentities());
  // A role label is in the identity of every host it stands for; asked by
  // itself, it means the episodes where it stands for nobody named.
  const SpeakerIdentity* found = nullptr;
  for (const SpeakerIdentity& identity : identities) {
    if (!identity.Named(name)) continue;
    if (found == nullptr || AsciiLower(identity.name) == AsciiLower(std::string(name))) {
      found = &identity;
    }
  }
  if (found == nullptr) {
    return MakeError(ErrorCode::kNotFound, fmt::format("no speaker called \"{}\"", name),
                     "`claimkb speakers` lists them");
  }
  return *found;
}

Status Store::RecordSpeakerDecision(std::string_view name, std::string_view other, bool same) {
  CLAIMKB_RETURN_IF_ERROR(CheckWritable(impl_->options));
  // Both names must be someone the store knows, so that a typo is an error
  // rather than a decision that never applies.
  for (std::string_view each : {name, other}) {
    if (each.empty()) continue;
    CLAIMKB_ASSIGN_OR_RETURN(SpeakerIdentity identity, SpeakerIdentityOf(each));
    // A spelling the lexicon gave a speaker, or a host known only from a
    // cover, is no speaker of its own: a split cannot take it apart.
    const bool stored_name = std::any_of(
        identity.members.begin(), identity.members.end(), [&](const IdentityMember& member) {
          return AsciiLower(member.name) == AsciiLower(std::string(each));
        });
    if (!same && !stored_name) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("\"{}\" is not a speaker of its own but a name of {}", each,
                                   identity.name),
                       "split the speaker it stands for (e.g. 主持人), or remove the alias from "
                       "the lexicon and run `claimkb reextract`");
    }
  }
  const Database& db = impl_->db;
  CLAIMKB_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginImmediate(db));
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement insert,
      db.Prepare("INSERT INTO speaker_decision (name, other, verdict, decided_at) "
                 "VALUES (?, ?, ?, ?)"));
  insert.Bind(1, name).Bind(2, other).Bind(3, same ? "same" : "apart").Bind(4, NowUtc());
  CLAIMKB_RETURN_IF_ERROR(insert.Run());
  return txn.Commit();
}

namespace {

// A claim's row id from "<slug>#<ordinal>"; nullopt when no such claim.
Result<std::optional<std::int64_t>> ClaimRowId(const Database& db, std::string_view claim_id) {
  CLAIMKB_ASSIGN_OR_RETURN(auto parts, SplitClaimId(claim_id));
  CLAIMKB_ASSIGN_OR_RETURN(Statement select,
                           db.Prepare("SELECT c.id FROM claim c JOIN episode e ON e.id = "
                                      "c.episode_id WHERE e.slug = ? AND c.ordinal = ?"));
  select.Bind(1, parts.first).Bind(2, parts.second);
  CLAIMKB_ASSIGN_OR_RETURN(bool found, select.Step());
  if (!found) return std::optional<std::int64_t>();
  return std::optional<std::int64_t>(select.Int64(0));
}

}  // namespace

namespace {

// "5, 6" for these kinds (internal::EdgeKindCode): our own names as SQL,
// never user text. Empty for every kind.
std::string KindList(const std::vector<EdgeKind>& kinds) {
  std::vector<int> codes;
  for (EdgeKind kind : kinds) codes.push_back(internal::EdgeKindCode(kind));
  return fmt::format("{}", fmt::join(codes, ", "));
}

// The WHERE clause for the edges of `kinds` (empty: every kind) with either
// end among `claims`, a subquery of claim row ids. Each end goes through its
// own index: the source through (kind, src), the destination through dst
// with the kind only checked ("+kind"), since SQLite otherwise walks every
// edge of the kind to test its destination, which at 10,000 episodes is
// 100,000 summary links for fifty claims.
std::string EdgesTouching(const std::string& claims, const std::vector<EdgeKind>& kinds) {
  const std::string kind_list = KindList(kinds);
  if (kind_list.empty()) {
    return fmt::format(
        "WHERE g.id IN (SELECT id FROM edge WHERE src IN {0} "
        "UNION SELECT id FROM edge WHERE dst IN {0}) ",
        claims);
  }
  return fmt::format(
      "WHERE g.id IN (SELECT id FROM edge WHERE src IN {0} AND kind IN ({1}) "
      "UNION SELECT id FROM edge WHERE dst IN {0} AND +kind IN ({1})) ",
      claims, kind_list);
}

// The edges `where` selects (a clause over the edge `g`, may be empty), in
// insertion order, with their ends as claim ids; `bind` binds its values.
Result<std::vector<ClaimEdge>> ReadEdges(const Database& db, const std::string& where,
                                         const std::function<void(Statement&)>& bind) {
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement select,
      db.Prepare(std::string("SELECT se.slug, s.ordinal, de.slug, d.ordinal, g.kind, g.evidence, "
                             "g.by_user, g.weight, l.text FROM edge g "
                             "JOIN claim s ON s.id = g.src JOIN episode se ON se.id = s.episode_id "
                             "JOIN claim d ON d.id = g.dst JOIN episode de ON de.id = d.episode_id "
                             "LEFT JOIN edge_label l ON l.id = g.label_id ") +
                 where + "ORDER BY g.id"));
  if (bind) bind(select);
  std::vector<ClaimEdge> edges;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool more, select.Step());
    if (!more) break;
    std::optional<EdgeKind> kind = internal::EdgeKindFromCode(select.Int(4));
    if (!kind) {
      return MakeError(ErrorCode::kCorruption, "edge of unknown kind " + select.Text(4),
                       "the database was edited by hand or by a newer claimkb");
    }
    const double weight = select.Double(7);
    edges.push_back(ClaimEdge{
        fmt::format("{}#{}", select.Text(0), select.Int(1)),
        fmt::format("{}#{}", select.Text(2), select.Int(3)), *kind,
        select.IsNull(8) ? select.Text(5) : internal::ScoredEvidence(select.Text(8), weight),
        weight, select.Int(6) != 0});
  }
  return edges;
}

}  // namespace

Result<std::vector<ClaimEdge>> Store::ListClaimEdges(std::string_view claim_id,
                                                     const std::vector<EdgeKind>& kinds) const {
  if (!claim_id.empty()) return ListClaimEdgesOf({std::string(claim_id)}, kinds);
  const std::string kind_list = KindList(kinds);
  const std::string where = kind_list.empty() ? "" : "WHERE g.kind IN (" + kind_list + ") ";
  return ReadEdges(impl_->db, where, {});
}

Result<std::vector<ClaimEdge>> Store::ListClaimEdgesOf(const std::vector<std::string>& claim_ids,
                                                       const std::vector<EdgeKind>& kinds) const {
  // Parsed first, so a malformed id is refused before any SQL runs.
  nlohmann::json wanted = nlohmann::json::array();
  for (const std::string& id : claim_ids) {
    CLAIMKB_ASSIGN_OR_RETURN(auto parts, SplitClaimId(id));
    wanted.push_back({parts.first, parts.second});
  }
  if (wanted.empty()) return std::vector<ClaimEdge>();
  // One statement for every claim: `ask` reads the summary links of fifty
  // hits per facet, and a statement per claim (each its own read
  // transaction) was 40% of a whole `ask` process on the corpus. The ids
  // travel as one JSON array of [slug, ordinal], so any number of them fits
  // in one bound parameter.
  const std::string rows =
      "(SELECT c.id FROM json_each(?1) AS w "
      "JOIN episode e ON e.slug = json_extract(w.value, '$[0]') "
      "JOIN claim c ON c.episode_id = e.id AND c.ordinal = json_extract(w.value, '$[1]'))";
  const std::string where = EdgesTouching(rows, kinds);
  return ReadEdges(impl_->db, where, [&](Statement& select) { select.Bind(1, wanted.dump()); });
}

Result<std::vector<ClaimEdge>> Store::ListClaimEdgesAround(
    const std::vector<std::string>& entity_ids, const std::vector<EdgeKind>& kinds) const {
  if (entity_ids.empty()) return std::vector<ClaimEdge>();
  std::string params;
  for (std::size_t i = 1; i <= entity_ids.size(); ++i) {
    params += fmt::format("{}?{}", i == 1 ? "" : ", ", i);
  }
  // From the claims that name the entities, as QueryClaims' entity filter
  // finds them.
  const std::string where = EdgesTouching(
      "(SELECT claim_id FROM claim_entity WHERE entity_id IN (" + params + "))", kinds);
  return ReadEdges(impl_->db, where, [&](Statement& select) {
    for (std::size_t i = 0; i < entity_ids.size(); ++i) {
      select.Bind(static_cast<int>(i + 1), entity_ids[i]);
    }
  });
}

Status Store::ReplaceStanceEdges(const std::vector<ClaimEdge>& edges, std::int64_t generation) {
  return WriteStanceEdges(edges, generation, /*replace=*/true);
}

Status Store::AddStanceEdges(const std::vector<ClaimEdge>& edges, std::int64_t generation) {
  return WriteStanceEdges(edges, generation, /*replace=*/false);
}

namespace {

// Records in meta the store generation a derived table (stance edges, stance
// walks) was computed at, so readers can tell whether it is current.
Status RecordGeneration(const Database& db, const char* key, std::int64_t generation) {
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement mark, db.Prepare("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
  mark.Bind(1, std::string(key)).Bind(2, std::to_string(generation));
  return mark.Run();
}

}  // namespace

Status Store::WriteStanceEdges(const std::vector<ClaimEdge>& edges, std::int64_t generation,
                               bool replace) {
  CLAIMKB_RETURN_IF_ERROR(CheckWritable(impl_->options));
  for (const ClaimEdge& edge : edges) {
    if (edge.kind != EdgeKind::kSupports && edge.kind != EdgeKind::kContradicts) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("not a stance edge: {}", EdgeKindName(edge.kind)));
    }
  }
  const Database& db = impl_->db;
  const int supports = internal::EdgeKindCode(EdgeKind::kSupports);
  const int contradicts = internal::EdgeKindCode(EdgeKind::kContradicts);
  CLAIMKB_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginImmediate(db));
  if (replace) {
    CLAIMKB_RETURN_IF_ERROR(db.Exec(fmt::format(
        "DELETE FROM edge WHERE by_user = 0 AND kind IN ({}, {})", supports, contradicts)));
  }
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement insert,
      db.Prepare("INSERT INTO edge (src, dst, kind, label_id, evidence, weight) "
                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (src, dst, kind) DO UPDATE SET "
                 "label_id = excluded.label_id, evidence = excluded.evidence, "
                 "weight = excluded.weight "
                 "WHERE edge.by_user = 0 AND excluded.weight > edge.weight"));
  // Edges added in two writes (chunks of a relink, an incremental step) can
  // give one pair both kinds through two targets: the pair contradicts, and
  // its computed 'supports' goes. Only the pairs written now can newly have
  // both, so each is checked by its own key.
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement drop_supports,
      db.Prepare(fmt::format("DELETE FROM edge WHERE src = ?1 AND dst = ?2 AND kind = {0} AND "
                             "by_user = 0 AND EXISTS (SELECT 1 FROM edge o WHERE o.src = ?1 AND "
                             "o.dst = ?2 AND o.kind = {1})",
                             supports, contradicts)));
  TextRowIds labels(db, "edge_label", "text");
  for (const ClaimEdge& edge : edges) {
    CLAIMKB_ASSIGN_OR_RETURN(std::optional<std::int64_t> src, ClaimRowId(db, edge.src));
    CLAIMKB_ASSIGN_OR_RETURN(std::optional<std::int64_t> dst, ClaimRowId(db, edge.dst));
    if (!src || !dst) continue;
    insert.Reset();
    insert.Bind(1, *src).Bind(2, *dst).Bind(3, internal::EdgeKindCode(edge.kind));
    // "<target> score <weight>": the label only, the text is formed on read.
    if (std::optional<std::string> label = internal::EvidenceLabel(edge.evidence, edge.weight)) {
      CLAIMKB_ASSIGN_OR_RETURN(std::int64_t label_id, labels.Id(*label));
      insert.Bind(4, label_id).Bind(5, "");
    } else {
      insert.BindNull(4).Bind(5, edge.evidence);
    }
    insert.Bind(6, edge.weight);
    CLAIMKB_RETURN_IF_ERROR(insert.Run());
    drop_supports.Reset();
    drop_supports.Bind(1, *src).Bind(2, *dst);
    CLAIMKB_RETURN_IF_ERROR(drop_supports.Run());
  }
  CLAIMKB_RETURN_IF_ERROR(RecordGeneration(db, "stance_edges_generation", generation));
  return txn.Commit();
}

namespace {

constexpr char kTakesStance[] =
    "(c.stance IN ('positive', 'negative') OR EXISTS (SELECT 1 FROM claim_entity s "
    "WHERE s.claim_id = c.id AND s.stance IN ('positive', 'negative')))";

}  // namespace

namespace {

// The statement of claims that take a stance on any of `entity_ids` or
// `topics`, in row order.
Result<Statement> PrepareClaimsOnTargets(const Database& db,
                                         const std::vector<std::string>& entity_ids,
                                         const std::vector<std::string>& topics) {
  auto placeholders = [](std::size_t n) {
    std::string list;
    for (std::size_t i = 0; i < n; ++i) list += i == 0 ? "?" : ", ?";
    return list;
  };
  const std::string sql =
      std::string(kClaimSelect) + "WHERE " + kTakesStance +
      " AND c.id IN (SELECT claim_id FROM claim_entity WHERE entity_id IN (" +
      placeholders(entity_ids.size()) +
      ") UNION SELECT claim_id FROM claim_topic WHERE topic IN (" + placeholders(topics.size()) +
      ")) ORDER BY c.id";
  CLAIMKB_ASSIGN_OR_RETURN(Statement select, db.Prepare(sql));
  int index = 1;
  for (const std::string& id : entity_ids) select.Bind(index++, id);
  for (const std::string& topic : topics) select.Bind(index++, topic);
  return select;
}

}  // namespace

Result<std::vector<StoredClaim>> Store::ClaimsTakingStance() const {
  const Database& db = impl_->db;
  CLAIMKB_ASSIGN_OR_RETURN(Statement select, db.Prepare(std::string(kClaimSelect) + "WHERE " +
                                                        kTakesStance + " ORDER BY c.id"));
  return ReadClaims(db, select);
}

Result<std::vector<LinkClaim>> Store::LinkClaimsTakingStance() const {
  const Database& db = impl_->db;
  CLAIMKB_ASSIGN_OR_RETURN(Statement select, db.Prepare(std::string(kClaimSelect) + "WHERE " +
                                                        kTakesStance + " ORDER BY c.id"));
  std::vector<LinkClaim> out;
  CLAIMKB_RETURN_IF_ERROR(ReadLinkClaims(db, select, out));
  return out;
}

Result<std::vector<StoredClaim>> Store::ClaimsOnTargets(const std::vector<std::string>& entity_ids,
                                                        const std::vector<std::string>& topics,
                                                        std::size_t expected) const {
  if (entity_ids.empty() && topics.empty()) return std::vector<StoredClaim>{};
  const Database& db = impl_->db;
  CLAIMKB_ASSIGN_OR_RETURN(Statement select, PrepareClaimsOnTargets(db, entity_ids, topics));
  return ReadClaims(db, select, expected);
}

Result<std::vector<LinkClaim>> Store::LinkClaimsOnTargets(
    const std::vector<std::string>& entity_ids, const std::vector<std::string>& topics,
    std::size_t expected) const {
  std::vector<LinkClaim> out;
  if (entity_ids.empty() && topics.empty()) return out;
  const Database& db = impl_->db;
  CLAIMKB_ASSIGN_OR_RETURN(Statement select, PrepareClaimsOnTargets(db, entity_ids, topics));
  out.reserve(expected);
  CLAIMKB_RETURN_IF_ERROR(ReadLinkClaims(db, select, out));
  return out;
}

Result<std::vector<LinkClaim>> Store::LinkClaimsByRow(const std::vector<std::int64_t>& rows) const {
  const Database& db = impl_->db;
  std::vector<std::int64_t> sorted(rows);
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::vector<LinkClaim> out;
  out.reserve(sorted.size());
  // A few hundred at a time: SQLite bounds the parameters of one statement.
  constexpr std::size_t kBatch = 500;
  for (std::size_t from = 0; from < sorted.size(); from += kBatch) {
    const std::size_t n = std::min(kBatch, sorted.size() - from);
    std::string list;
    for (std::size_t i = 0; i < n; ++i) list += i == 0 ? "?" : ", ?";
    CLAIMKB_ASSIGN_OR_RETURN(
        Statement select,
        db.Prepare(std::string(kClaimSelect) + "WHERE c.id IN (" + list + ") ORDER BY c.id"));
    for (std::size_t i = 0; i < n; ++i) select.Bind(static_cast<int>(i + 1), sorted[from + i]);
    CLAIMKB_RETURN_IF_ERROR(ReadLinkClaims(db, select, out));
  }
  return out;
}

Status Store::AddStanceWalks(const std::vector<StanceWalkRow>& rows, std::int64_t generation,
                             WalkWrite how) {
  CLAIMKB_RETURN_IF_ERROR(CheckWritable(impl_->options));
  const Database& db = impl_->db;
  CLAIMKB_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginImmediate(db));
  if (how == WalkWrite::kReplaceAll) CLAIMKB_RETURN_IF_ERROR(db.Exec("DELETE FROM stance_walk"));
  CLAIMKB_ASSIGN_OR_RETURN(Statement insert,
                           db.Prepare("INSERT INTO stance_walk (claim_id, key_id, walk, factor) "
                                      "VALUES (?, ?, ?, ?)"));
  TextRowIds key_ids(db, "stance_key", "key");
  std::unordered_map<std::string, std::optional<std::int64_t>> claim_ids;
  std::unordered_set<std::int64_t> claim_rows_cleared;
  CLAIMKB_ASSIGN_OR_RETURN(Statement clear_claim,
                           db.Prepare("DELETE FROM stance_walk WHERE claim_id = ?"));
  for (const StanceWalkRow& row : rows) {
    auto claim = claim_ids.find(row.claim);
    if (claim == claim_ids.end()) {
      CLAIMKB_ASSIGN_OR_RETURN(std::optional<std::int64_t> found, ClaimRowId(db, row.claim));
      claim = claim_ids.emplace(row.claim, found).first;
    }
    if (!claim->second) continue;
    if (how == WalkWrite::kReplaceClaims && claim_rows_cleared.insert(*claim->second).second) {
      clear_claim.Reset();
      clear_claim.Bind(1, *claim->second);
      CLAIMKB_RETURN_IF_ERROR(clear_claim.Run());
    }
    CLAIMKB_ASSIGN_OR_RETURN(std::int64_t key_id, key_ids.Id(row.key));
    insert.Reset();
    insert.Bind(1, *claim->second)
        .Bind(2, key_id)
        .Bind(3, static_cast<std::int64_t>(row.walk))
        .Bind(4, row.factor);
    CLAIMKB_RETURN_IF_ERROR(insert.Run());
  }
  CLAIMKB_RETURN_IF_ERROR(RecordGeneration(db, "stance_walks_generation", generation));
  return txn.Commit();
}

Result<std::int64_t> Store::StanceWalksGeneration() const {
  return impl_->db.QueryInt(
      "SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta "
      "WHERE key = 'stance_walks_generation'), -1)");
}

Result<std::vector<Store::StanceWalkEntry>> Store::StanceWalkHead(const std::string& key, int walk,
                                                                  int limit) const {
  const Database& db = impl_->db;
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement select,
      // The tie-break, the citable id, is formed from the claim and its
      // episode (schema/sqlite/0006_lean_store.sql): the index yields the
      // factor order, and SQLite sorts each run of one factor by the id,
      // stopping at the run that fills the head.
      db.Prepare("SELECT w.claim_id, e.slug || '#' || c.ordinal AS ref, w.factor "
                 "FROM stance_walk w JOIN claim c ON c.id = w.claim_id "
                 "JOIN episode e ON e.id = c.episode_id "
                 "WHERE w.key_id = (SELECT id FROM stance_key WHERE key = ?) AND w.walk = ? "
                 "ORDER BY w.factor DESC, ref LIMIT ?"));
  select.Bind(1, key)
      .Bind(2, static_cast<std::int64_t>(walk))
      .Bind(3, static_cast<std::int64_t>(limit));
  std::vector<StanceWalkEntry> head;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool more, select.Step());
    if (!more) break;
    head.push_back(StanceWalkEntry{select.Int64(0), select.Text(1), select.Double(2)});
  }
  return head;
}

Result<std::vector<Store::TargetClaims>> Store::CountClaimsOnTargets() const {
  return CountClaims(nullptr, nullptr);
}

Result<std::vector<Store::TargetClaims>> Store::CountClaimsOnTargets(
    const std::vector<std::string>& entity_ids, const std::vector<std::string>& topics) const {
  return CountClaims(&entity_ids, &topics);
}

Result<std::vector<Store::TargetClaims>> Store::CountClaims(
    const std::vector<std::string>* entity_ids, const std::vector<std::string>* topics) const {
  const Database& db = impl_->db;
  // Without lists, every entity and topic; with them, only those listed.
  auto only = [](const char* column, const std::vector<std::string>* ids) {
    if (ids == nullptr) return std::string();
    std::string list;
    for (std::size_t i = 0; i < ids->size(); ++i) list += i == 0 ? "?" : ", ?";
    return fmt::format(" AND {} IN ({})", column, list);
  };
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement select,
      db.Prepare(fmt::format(
          "SELECT 0, e.entity_id, count(DISTINCT e.claim_id) FROM claim_entity e "
          "JOIN claim c ON c.id = e.claim_id WHERE {}{} GROUP BY e.entity_id UNION ALL "
          "SELECT 1, t.topic, count(DISTINCT t.claim_id) FROM claim_topic t "
          "JOIN claim c ON c.id = t.claim_id WHERE {}{} GROUP BY t.topic ORDER BY 1, 2",
          kTakesStance, only("e.entity_id", entity_ids), kTakesStance,
          only("t.topic", topics))));
  int index = 1;
  if (entity_ids != nullptr) {
    for (const std::string& id : *entity_ids) select.Bind(index++, id);
  }
  if (topics != nullptr) {
    for (const std::string& topic : *topics) select.Bind(index++, topic);
  }
  std::vector<TargetClaims> counts;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool more, select.Step());
    if (!more) break;
    counts.push_back({select.Int(0) != 0, select.Text(1), select.Int64(2)});
  }
  return counts;
}

Result<std::int64_t> Store::StanceEdgesGeneration() const {
  return impl_->db.QueryInt(
      "SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta "
      "WHERE key = 'stance_edges_generation'), -1)");
}

Result<std::vector<EntityNode>> Store::ListEntityNodes() const {
  CLAIMKB_ASSIGN_OR_RETURN(
      Statement select, impl_->db.Prepare("SELECT id, kind, name, parent_id FROM entity ORDER BY id"));
  std::vector<EntityNode> nodes;
  while (true) {
    CLAIMKB_ASSIGN_OR_RETURN(bool more, select.Step());
    if (!more) break;
    nodes.push_back(EntityNode{select.Text(0),
                               EntityKindFromName(select.Text(1)).value_or(EntityKind::kModel),
                               select.Text(2), select.Text(3)});
  }
  return nodes;
}

Result<std::int64_t> Store::ClaimCount() const {
  return impl_->db.QueryInt("SELECT count(*) FROM claim");
}

Result<std::int64_t> Store::Generation() const {
  return impl_->db.QueryInt("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'");
}

Status Store::CheckIntegrity() const {
  const Database& db = impl_->db;
  CLAIMKB_ASSIGN_OR_RETURN(Statement integrity, db.Prepare("PRAGMA integrity_check"));
  CLAIMKB_ASSIGN_OR_RETURN(bool row, integrity.Step());
  if (row && integrity.Text(0) != "ok") {
    return std::unexpected(
        Error{ErrorCode::kCorruption, "integrity check failed: " + integrity.Text(0),
              "restore from a backup or re-ingest into a new --db directory", impl_->path, 0});
  }
  CLAIMKB_ASSIGN_OR_RETURN(Statement foreign, db.Prepare("PRAGMA foreign_key_check"));
  CLAIMKB_ASSIGN_OR_RETURN(bool dangling, foreign.Step());
  if (dangling) {
    return std::unexpected(
        Error{ErrorCode::kCorruption,
              "a row of table " + foreign.Text(0) + " points at a missing " + foreign.Text(2),
              "re-ingest the affected episodes", impl_->path, 0});
  }
  return {};
}

}  // namespace claimkb
