// The peers of the scale benchmark (bench/scale/run.sh): a bare Xapian index
// and an SQLite FTS5 trigram table over the same claim texts claimkb stores.
//
//   scale_peer ingest xapian|fts5 DB PATH...   files → claims → index
//   scale_peer search xapian|fts5 DB QUERY     top 20 hits, printed
//   scale_peer count  xapian|fts5 DB QUERY     exact number of matches
//
// Ingest reads files exactly as claimkb does (CollectMarkdownFiles, the
// digest reader with its sidecars, ClaimExtractor) and indexes each claim's
// text as one document, so every engine indexes the same text; the claim
// count and the share of time spent reading and extracting are printed as a
// JSON line (the harness subtracts nothing: it compares whole processes).
//
// Bare Xapian uses claimkb's own term generation (xapian_support.h: the same
// CJK n-gram flags, stemmer and stemming strategy), with positions, the
// claim text and its source as document data, and one commit at the end, as
// a plain Xapian application would. FTS5 has one row per claim (text, and
// the source UNINDEXED), one transaction per file in WAL mode with
// synchronous=NORMAL. Neither keeps entities, speakers or any other field:
// they are the floor a search engine over the same text costs.
#include <fmt/format.h>
#include <sqlite3.h>
#include <time.h>
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bench_support.h"
#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/indexer/claim_index.h"
#include "claimkb/indexer/ingester.h"
#include "xapian_support.h"

namespace fs = std::filesystem;
namespace xs = claimkb::xapian_support;
using Clock = std::chrono::steady_clock;

namespace {

using bench::Check;
using bench::Die;

constexpr int kPageSize = 20;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// The engine side of ingest: one document per claim.
class Sink {
 public:
  virtual ~Sink() = default;
  virtual void BeginFile() = 0;
  virtual void Add(const std::string& text, const std::string& source) = 0;
  virtual void EndFile() = 0;
  virtual void Finish() = 0;
};

class XapianSink : public Sink {
 public:
  explicit XapianSink(const std::string& dir)
      : db_(dir, Xapian::DB_CREATE_OR_OPEN) {
    generator_.set_stemmer(xs::Stemmer());
    generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    generator_.set_flags(xs::TermGeneratorFlags(claimkb::CjkSegmentation::kNgram));
  }
  void BeginFile() override {}
  void Add(const std::string& text, const std::string& source) override {
    Xapian::Document doc;
    generator_.set_document(doc);
    generator_.index_text(xs::PrepareText(text, claimkb::CjkSegmentation::kNgram));
    doc.set_data(text + "\n" + source);
    db_.add_document(doc);
  }
  void EndFile() override {}
  void Finish() override { db_.commit(); }

 private:
  Xapian::WritableDatabase db_;
  Xapian::TermGenerator generator_;
};

// RAII for sqlite3* and statements; errors end the program (a peer that
// cannot write has nothing to measure).
struct Sqlite {
  sqlite3* db = nullptr;
  explicit Sqlite(const std::string& path, int flags) {
    if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
      Die(fmt::format("opening {}: {}", path, sqlite3_errmsg(db)));
    }
    sqlite3_busy_timeout(db, 5000);
  }
  ~Sqlite() { sqlite3_close(db); }
  void Exec(const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = error ? error : "?";
      sqlite3_free(error);
      Die(fmt::format("{}: {}", sql, message));
    }
  }
  sqlite3_stmt* Prepare(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
      Die(fmt::format("{}: {}", sql, sqlite3_errmsg(db)));
    }
    return stmt;
  }
};

class Fts5Sink : public Sink {
 public:
  explicit Fts5Sink(const std::string& path)
      : db_(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) {
    db_.Exec("PRAGMA journal_mode=WAL");
    db_.Exec("PRAGMA synchronous=NORMAL");
    db_.Exec(
        "CREATE VIRTUAL TABLE IF NOT EXISTS claims USING fts5(text, source UNINDEXED, "
        "tokenize='trigram')");
    insert_ = db_.Prepare("INSERT INTO claims(text, source) VALUES (?, ?)");
  }
  ~Fts5Sink() override { sqlite3_finalize(insert_); }
  void BeginFile() override { db_.Exec("BEGIN IMMEDIATE"); }
  void Add(const std::string& text, const std::string& source) override {
    sqlite3_bind_text(insert_, 1, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    sqlite3_bind_text(insert_, 2, source.data(), static_cast<int>(source.size()), SQLITE_STATIC);
    if (sqlite3_step(insert_) != SQLITE_DONE) Die(sqlite3_errmsg(db_.db));
    sqlite3_reset(insert_);
  }
  void EndFile() override { db_.Exec("COMMIT"); }
  void Finish() override { db_.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); }

 private:
  Sqlite db_;
  sqlite3_stmt* insert_ = nullptr;
};

int Ingest(const std::string& engine, const std::string& db, const std::vector<std::string>& paths) {
  auto start = Clock::now();
  auto lexicon = Check(claimkb::Lexicon::LoadDefault(), "loading the lexicon");
  auto linker = std::make_shared<const claimkb::EntityLinker>(lexicon);
  claimkb::ClaimExtractor extractor(linker);
  std::unique_ptr<Sink> sink;
  if (engine == "xapian") {
    sink = std::make_unique<XapianSink>(db);
  } else {
    sink = std::make_unique<Fts5Sink>(db);
  }
  std::vector<claimkb::FileOutcome> problems;
  const std::vector<std::string> files = claimkb::CollectMarkdownFiles(paths, &problems);
  double read_s = 0;
  std::size_t claims = 0, episodes = 0, bytes = 0, skipped = 0;
  for (const std::string& file : files) {
    auto read_start = Clock::now();
    auto episode = claimkb::ParseDigestFile(file);
    if (!episode) {
      ++skipped;  // Notes and sidecars, as claimkb skips them.
      read_s += SecondsSince(read_start);
      continue;
    }
    std::vector<claimkb::Claim> extracted = extractor.Extract(*episode);
    read_s += SecondsSince(read_start);
    bytes += fs::file_size(file);
    ++episodes;
    sink->BeginFile();
    for (const claimkb::Claim& claim : extracted) {
      sink->Add(claim.text, fmt::format("{}:{}", file, claim.line));
    }
    sink->EndFile();
    claims += extracted.size();
  }
  sink->Finish();
  fmt::print(
      "{{\"engine\": \"{}\", \"files\": {}, \"episodes\": {}, \"skipped\": {}, \"claims\": {}, "
      "\"bytes\": {}, \"read_extract_s\": {:.3f}, \"total_s\": {:.3f}}}\n",
      engine, files.size(), episodes, skipped, claims, bytes, read_s, SecondsSince(start));
  return 0;
}

// "a b" "c" d → FTS5 MATCH syntax: every word and phrase a quoted string,
// implicitly AND-ed, as a user of FTS5 would write it.
std::string Fts5Expression(std::string_view query) {
  std::vector<std::string> parts;
  std::string current;
  bool in_quotes = false;
  auto flush = [&] {
    if (!current.empty()) parts.push_back(current);
    current.clear();
  };
  for (char c : query) {
    if (c == '"') {
      flush();
      in_quotes = !in_quotes;
    } else if (c == ' ' && !in_quotes) {
      flush();
    } else {
      current.push_back(c);
    }
  }
  flush();
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += ' ';
    out += '"';
    for (char c : part) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    out += '"';
  }
  return out;
}

Xapian::Query ParseXapian(const Xapian::Database& db, const std::string& text) {
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stemmer(xs::Stemmer());
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  return parser.parse_query(xs::PrepareQueryText(text, claimkb::CjkSegmentation::kNgram),
                            xs::QueryParserFlags(claimkb::CjkSegmentation::kNgram));
}

// Prints the page of hits (search) or the exact count (count). Exit 3 when
// the engine refuses the query (Xapian 1.4.22's parser error, FTS5 syntax).
int Query(const std::string& mode, const std::string& engine, const std::string& path,
          const std::string& text) {
  if (engine == "xapian") {
    try {
      Xapian::Database db(path);
      Xapian::Enquire enquire(db);
      enquire.set_query(ParseXapian(db, text));
      if (mode == "count") {
        Xapian::MSet all = enquire.get_mset(0, 0, db.get_doccount());
        fmt::print("{}\n", all.get_matches_estimated());
        return 0;
      }
      Xapian::MSet page = enquire.get_mset(0, kPageSize);
      fmt::print("{} matches\n", page.get_matches_estimated());
      for (auto it = page.begin(); it != page.end(); ++it) fmt::print("{}\n", it.get_document().get_data());
      return 0;
    } catch (const Xapian::Error& e) {
      fmt::print(stderr, "scale_peer: {}: {}\n", e.get_type(), e.get_msg());
      return 3;
    }
  }
  Sqlite db(path, SQLITE_OPEN_READONLY);
  const std::string expression = Fts5Expression(text);
  const char* sql = mode == "count"
                        ? "SELECT count(*) FROM claims WHERE claims MATCH ?"
                        : "SELECT text, source FROM claims WHERE claims MATCH ? ORDER BY rank LIMIT 20";
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db.db, sql, -1, &stmt, nullptr) != SQLITE_OK) Die(sqlite3_errmsg(db.db));
  sqlite3_bind_text(stmt, 1, expression.data(), static_cast<int>(expression.size()), SQLITE_STATIC);
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    if (mode == "count") {
      fmt::print("{}\n", sqlite3_column_int64(stmt, 0));
    } else {
      fmt::print("{}\n{}\n", reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
                 reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)));
    }
  }
  sqlite3_finalize(stmt);
  if (rc != SQLITE_DONE) {
    fmt::print(stderr, "scale_peer: fts5: {}\n", sqlite3_errmsg(db.db));
    return 3;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  bench::program_name = "scale_peer";
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() < 4 || (args[1] != "xapian" && args[1] != "fts5")) {
    Die("usage: scale_peer ingest|search|count xapian|fts5 DB PATH...|QUERY");
  }
  if (args[0] == "ingest") {
    return Ingest(args[1], args[2], std::vector<std::string>(args.begin() + 3, args.end()));
  }
  if (args[0] == "search" || args[0] == "count") return Query(args[0], args[1], args[2], args[3]);
  Die(fmt::format("unknown mode '{}'", args[0]));
}
