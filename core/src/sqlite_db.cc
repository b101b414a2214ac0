#include "sqlite_db.h"

#include <sqlite3.h>

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace claimkb::sqlite {

Error MakeSqliteError(int code, sqlite3* db, std::string_view context, const std::string& file) {
  // The database's message names the constraint or the failing file; the
  // generic text of the code is only a fallback for when there is no handle.
  std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  std::string message = std::string(context) + ": " + detail;
  ErrorCode mapped = ErrorCode::kIO;
  std::string hint;
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      mapped = ErrorCode::kLocked;
      hint = "another process is writing to the database; retry when it has finished";
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      mapped = ErrorCode::kCorruption;
      hint = "the file is damaged or is not a claimkb database; move it away and re-ingest";
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_PERM:
    case SQLITE_READONLY:
      mapped = ErrorCode::kIO;
      hint = "check that the directory exists, is writable and the disk is not full";
      break;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
      mapped = ErrorCode::kInvalidArgument;
      break;
    default:
      mapped = ErrorCode::kIO;
      break;
  }
  Error error{mapped, std::move(message), std::move(hint), file, 0};
  return error;
}

// Compiled statements of one connection that no Statement holds now, by
// their SQL text.
class StatementCache {
 public:
  // Most SQL texts are fixed; a few are built from filters. The bound keeps
  // the cache from growing with every combination a long session meets.
  static constexpr std::size_t kMaxIdle = 64;

  sqlite3_stmt* Take(const std::string& sql) {
    auto it = idle_.find(sql);
    if (it == idle_.end() || it->second.empty()) return nullptr;
    sqlite3_stmt* stmt = it->second.back();
    it->second.pop_back();
    --count_;
    return stmt;
  }
  // Keeps `stmt` (reset) for the next Take(sql), or finalizes it.
  void Give(sqlite3_stmt* stmt, std::string sql) {
    if (!open_ || count_ >= kMaxIdle) {
      sqlite3_finalize(stmt);
      return;
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    idle_[std::move(sql)].push_back(stmt);
    ++count_;
  }
  // Finalizes every idle statement; later Give() calls finalize theirs.
  void Close() {
    for (auto& [sql, stmts] : idle_) {
      for (sqlite3_stmt* stmt : stmts) sqlite3_finalize(stmt);
    }
    idle_.clear();
    count_ = 0;
    open_ = false;
  }

 private:
  std::unordered_map<std::string, std::vector<sqlite3_stmt*>> idle_;
  std::size_t count_ = 0;
  bool open_ = true;
};

Statement::Statement(sqlite3_stmt* stmt, sqlite3* db, std::string file,
                     std::shared_ptr<StatementCache> cache, std::string sql)
    : stmt_(stmt),
      db_(db),
      file_(std::move(file)),
      cache_(std::move(cache)),
      sql_(std::move(sql)) {}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)),
      db_(other.db_),
      file_(std::move(other.file_)),
      bind_error_(other.bind_error_),
      cache_(std::move(other.cache_)),
      sql_(std::move(other.sql_)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    Finalize();
    stmt_ = std::exchange(other.stmt_, nullptr);
    db_ = other.db_;
    file_ = std::move(other.file_);
    bind_error_ = other.bind_error_;
    cache_ = std::move(other.cache_);
    sql_ = std::move(other.sql_);
  }
  return *this;
}

Statement::~Statement() { Finalize(); }

void Statement::Finalize() {
  if (stmt_ != nullptr) {
    if (cache_) {
      cache_->Give(stmt_, std::move(sql_));
    } else {
      sqlite3_finalize(stmt_);
    }
  }
  stmt_ = nullptr;
}

Statement& Statement::Bind(int index, std::int64_t value) {
  int rc = sqlite3_bind_int64(stmt_, index, value);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Statement& Statement::Bind(int index, double value) {
  int rc = sqlite3_bind_double(stmt_, index, value);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Statement& Statement::Bind(int index, std::string_view value) {
  int rc =
      sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Statement& Statement::Bind(int index, const std::optional<int>& value) {
  if (!value) return BindNull(index);
  return Bind(index, static_cast<std::int64_t>(*value));
}

Statement& Statement::BindNull(int index) {
  int rc = sqlite3_bind_null(stmt_, index);
  if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
  return *this;
}

Result<bool> Statement::Step() {
  if (bind_error_ != 0) {
    return std::unexpected(MakeSqliteError(bind_error_, db_, "binding a parameter", file_));
  }
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const char* sql = sqlite3_sql(stmt_);
  std::string context = "running \"";
  // The statement's first words are enough to tell which one failed.
  context += std::string_view(sql != nullptr ? sql : "").substr(0, 60);
  context += "\"";
  return std::unexpected(MakeSqliteError(rc, db_, context, file_));
}

Status Statement::Run() {
  while (true) {
    Result<bool> row = Step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return {};
  }
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_error_ = 0;
}

std::int64_t Statement::Int64(int column) const { return sqlite3_column_int64(stmt_, column); }

double Statement::Double(int column) const { return sqlite3_column_double(stmt_, column); }

std::string Statement::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

bool Statement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::optional<int> Statement::OptionalInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Int(column);
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      path_(std::move(other.path_)),
      cache_(std::move(other.cache_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    if (cache_) cache_->Close();
    if (db_ != nullptr) sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
    cache_ = std::move(other.cache_);
  }
  return *this;
}

Database::~Database() {
  // close_v2 defers the close until outstanding statements are finalized,
  // so destruction order between Statements and the Database cannot crash;
  // the cache finalizes the idle ones now and the others when they finish.
  if (cache_) cache_->Close();
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

Result<Database> Database::Open(const std::string& path, bool read_only) {
  Database database;
  database.path_ = path;
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &database.db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    Error error = MakeSqliteError(rc, database.db_, "opening " + path, path);
    return std::unexpected(std::move(error));
  }
  // Extended codes tell IOERR_FSYNC from IOERR_READ in messages; the mapping
  // above masks them back to primary codes.
  sqlite3_extended_result_codes(database.db_, 1);
  return database;
}

Result<Database> Database::OpenImmutable(const std::string& path) {
  // A URI path escapes '%', '?' and '#'; everything else is taken as is.
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      constexpr char kHex[] = "0123456789ABCDEF";
      uri += '%';
      uri += kHex[(static_cast<unsigned char>(c) >> 4) & 0xF];
      uri += kHex[static_cast<unsigned char>(c) & 0xF];
    } else {
      uri += c;
    }
  }
  uri += "?immutable=1";
  Database database;
  database.path_ = path;
  int rc = sqlite3_open_v2(uri.c_str(), &database.db_,
                           SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK)
    return std::unexpected(MakeSqliteError(rc, database.db_, "opening " + path, path));
  sqlite3_extended_result_codes(database.db_, 1);
  return database;
}

Result<Statement> Database::Prepare(std::string_view sql) const {
  if (!cache_) cache_ = std::make_shared<StatementCache>();
  std::string text(sql);
  if (sqlite3_stmt* cached = cache_->Take(text)) {
    return Statement(cached, db_, path_, cache_, std::move(text));
  }
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) {
    if (stmt != nullptr) sqlite3_finalize(stmt);
    std::string context = "preparing \"" + std::string(sql.substr(0, 60)) + "\"";
    return std::unexpected(MakeSqliteError(rc, db_, context, path_));
  }
  if (stmt == nullptr) return Statement(stmt, db_, path_);  // Only a comment or blanks.
  return Statement(stmt, db_, path_, cache_, std::move(text));
}

Status Database::Exec(const std::string& sql) const {
  char* message = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
  if (message != nullptr) sqlite3_free(message);
  if (rc != SQLITE_OK) {
    std::string context = "running \"" + sql.substr(0, 60) + "\"";
    return std::unexpected(MakeSqliteError(rc, db_, context, path_));
  }
  return {};
}

Result<std::int64_t> Database::QueryInt(std::string_view sql) const {
  Result<Statement> stmt = Prepare(sql);
  if (!stmt) return std::unexpected(stmt.error());
  Result<bool> row = stmt->Step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return 0;
  return stmt->Int64(0);
}

std::int64_t Database::LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }

void Database::SetBusyTimeout(int milliseconds) const { sqlite3_busy_timeout(db_, milliseconds); }

Result<Transaction> Transaction::BeginImmediate(const Database& db) {
  Status begun = db.Exec("BEGIN IMMEDIATE");
  if (!begun) return std::unexpected(begun.error());
  return Transaction(&db);
}

Transaction::Transaction(Transaction&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

Transaction::~Transaction() {
  // A failed ROLLBACK (the transaction may already have been rolled back by
  // SQLite itself after an I/O error) leaves nothing for us to undo.
  if (db_ != nullptr) (void)db_->Exec("ROLLBACK");
}

Status Transaction::Commit() {
  Status committed = db_->Exec("COMMIT");
  if (!committed) return committed;  // The destructor rolls back.
  db_ = nullptr;
  return {};
}

}  // namespace claimkb::sqlite
