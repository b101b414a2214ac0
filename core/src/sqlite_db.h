// The one adapter between SQLite and claimkb: an owning connection, an owning
// prepared statement and a transaction guard. Every SQLite result code that
// leaves this file has been turned into a claimkb::Error, so nothing above it
// ever looks at an SQLITE_* constant.
#ifndef CLAIMKB_CORE_SQLITE_DB_H_
#define CLAIMKB_CORE_SQLITE_DB_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "claimkb/core/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace claimkb::sqlite {

class StatementCache;

// Maps an SQLite result code to an Error. BUSY/LOCKED become kLocked,
// CORRUPT/NOTADB kCorruption, IOERR/CANTOPEN/FULL and anything unknown kIO,
// and CONSTRAINT/MISMATCH/RANGE/TOOBIG kInvalidArgument because they mean the
// caller handed us data the schema rejects. `db` may be null; when given, its
// error message is used because it is more specific than the code's.
Error MakeSqliteError(int code, sqlite3* db, std::string_view context, const std::string& file);

// A prepared statement. Bind errors are remembered and reported by the next
// Step() or Run(), so call sites read as one straight sequence of binds.
// Owns the sqlite3_stmt; the connection must outlive it. A statement from
// Database::Prepare goes back, reset, to its connection's cache when it is
// destroyed, so the next Prepare of the same SQL skips compiling it.
class Statement {
 public:
  Statement() = default;
  Statement(sqlite3_stmt* stmt, sqlite3* db, std::string file,
            std::shared_ptr<StatementCache> cache = nullptr, std::string sql = {});
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Parameters are 1-based, as in SQLite.
  Statement& Bind(int index, std::int64_t value);
  Statement& Bind(int index, int value) { return Bind(index, static_cast<std::int64_t>(value)); }
  Statement& Bind(int index, bool value) { return Bind(index, static_cast<std::int64_t>(value)); }
  Statement& Bind(int index, double value);
  // The text is copied by SQLite, so temporaries are safe.
  Statement& Bind(int index, std::string_view value);
  Statement& Bind(int index, const std::string& value) {
    return Bind(index, std::string_view(value));
  }
  Statement& Bind(int index, const char* value) { return Bind(index, std::string_view(value)); }
  // NULL when empty.
  Statement& Bind(int index, const std::optional<int>& value);
  Statement& BindNull(int index);

  // Advances: true when a row is available, false when done.
  Result<bool> Step();
  // Steps until done, for statements that return no rows.
  Status Run();
  // Makes the statement ready to run again with new bindings.
  void Reset();

  // Columns are 0-based, as in SQLite. NULL reads as 0 or "".
  std::int64_t Int64(int column) const;
  int Int(int column) const { return static_cast<int>(Int64(column)); }
  double Double(int column) const;
  std::string Text(int column) const;
  bool IsNull(int column) const;
  std::optional<int> OptionalInt(int column) const;

 private:
  void Finalize();

  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;  // Not owned; for error messages.
  std::string file_;       // The database's path, for errors.
  int bind_error_ = 0;     // First failed bind, reported by Step().
  std::shared_ptr<StatementCache> cache_;  // Where stmt_ goes back to; may be null.
  std::string sql_;                        // Its key there: the text it was prepared from.
};

// An owning connection. Not thread-safe: one thread at a time.
class Database {
 public:
  Database() = default;
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // Opens `path`, creating it unless `read_only`. SQLite opens lazily, so a
  // file that is not a database is only detected by the first statement.
  static Result<Database> Open(const std::string& path, bool read_only);
  // Opens `path` read-only as an immutable file (SQLite's immutable=1 URI):
  // no locks and no -shm file, so a WAL database on a read-only mount or in
  // another user's directory can be read. Only for files nobody writes.
  static Result<Database> OpenImmutable(const std::string& path);

  // Compiles `sql`, or takes the compiled statement a finished Statement of
  // the same SQL left in the cache: a claim lookup runs five statements, and
  // compiling them cost more than running them.
  Result<Statement> Prepare(std::string_view sql) const;
  // Runs one or more `;`-separated statements that return no rows we need.
  Status Exec(const std::string& sql) const;
  // Runs a statement that yields one integer (e.g. "PRAGMA user_version").
  Result<std::int64_t> QueryInt(std::string_view sql) const;

  std::int64_t LastInsertRowId() const;
  void SetBusyTimeout(int milliseconds) const;
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
  // Shared with the statements taken from it, which may outlive a moved-from
  // or closed Database; closing it finalizes what it holds.
  mutable std::shared_ptr<StatementCache> cache_;
};

// Rolls back on destruction unless Commit() succeeded, so that every early
// `return` on error leaves nothing half-written.
class Transaction {
 public:
  // BEGIN IMMEDIATE takes the write lock up front: a writer that would block
  // fails here with kLocked (after busy_timeout) instead of mid-way.
  static Result<Transaction> BeginImmediate(const Database& db);
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  Status Commit();

 private:
  explicit Transaction(const Database* db) : db_(db) {}
  const Database* db_ = nullptr;  // Null once committed or rolled back.
};

}  // namespace claimkb::sqlite

#endif  // CLAIMKB_CORE_SQLITE_DB_H_
