// Query latency of claimkb::Searcher against peers, measured side by side on
// the same claim texts and the same query words in one run:
//
//   claimkb        Searcher over the claim index built by the library APIs
//                  (query grammar, entity linking, fields, snippets).
//   xapian-bare    a plain Xapian index of the claim texts (FLAG_CJK_NGRAM,
//                  English stemmer, one QueryParser, default AND), snippets.
//   fts5-trigram   SQLite FTS5 with the trigram tokenizer, bm25 order, snippets.
//   fts5-unicode61 SQLite FTS5 with the default unicode61 tokenizer.
//   rg             `rg -c` over the corpus files, one process per query.
//   spawn-floor    spawning `true`: the process cost inside every rg number.
//
// Usage:  query_latency [corpus_dir] [iterations] [rg_iterations]
//
// Engines run round-robin inside every iteration (same cache state, same
// machine load). Hit counts are printed next to every timing: an engine that
// finds nothing is fast for a reason. The corpus is read at run time and never
// copied; the temporary database is deleted at exit.
#include <fmt/format.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bench_support.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/store.h"
#include "claimkb/indexer/claim_index.h"
#include "claimkb/indexer/knowledge_base_writer.h"
#include "claimkb/query/knowledge_base.h"
#include "claimkb/query/searcher.h"
#include "claimkb/query/stance_edges.h"

extern char** environ;

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

enum class QueryClass { kCjk, kEnglish, kField, kPhrase, kMixed };
constexpr std::array kClasses = {QueryClass::kCjk, QueryClass::kEnglish, QueryClass::kField,
                                 QueryClass::kPhrase, QueryClass::kMixed};

const char* ClassName(QueryClass c) {
  switch (c) {
    case QueryClass::kCjk:
      return "chinese";
    case QueryClass::kEnglish:
      return "english";
    case QueryClass::kField:
      return "field";
    case QueryClass::kPhrase:
      return "phrase";
    case QueryClass::kMixed:
      return "mixed";
  }
  return "?";
}

// One query of the mix. `words` are what the peers get: each one is a
// quoted FTS5 string, a Xapian phrase or word, an rg fixed string (several
// words: one PCRE2 line with all of them) and a case-insensitive substring
// for the reference count. Field queries have no peer equivalent; their
// peers search the words a user would type instead (documented in README).
struct BenchQuery {
  QueryClass cls;
  std::string_view claimkb;             // claimkb search grammar.
  std::string_view xapian;              // Plain Xapian QueryParser input.
  std::vector<std::string_view> words;  // Peer words, all required.
};

const std::vector<BenchQuery>& QueryMix() {
  static const std::vector<BenchQuery> kMix = {
      {QueryClass::kCjk, "多模态推理", "多模态推理", {"多模态推理"}},
      {QueryClass::kCjk, "强化学习", "强化学习", {"强化学习"}},
      {QueryClass::kCjk, "数据效率", "数据效率", {"数据效率"}},
      {QueryClass::kCjk, "撞墙", "撞墙", {"撞墙"}},
      {QueryClass::kCjk, "推理", "推理", {"推理"}},
      {QueryClass::kCjk, "世界模型", "世界模型", {"世界模型"}},
      {QueryClass::kEnglish, "agent", "agent", {"agent"}},
      {QueryClass::kEnglish, "reasoning", "reasoning", {"reasoning"}},
      {QueryClass::kEnglish, "scaling", "scaling", {"scaling"}},
      {QueryClass::kEnglish, "codex", "codex", {"codex"}},
      {QueryClass::kEnglish, "benchmark", "benchmark", {"benchmark"}},
      {QueryClass::kField, "model:gemini-3", "\"gemini 3\"", {"gemini 3"}},
      {QueryClass::kField, "topic:coding", "coding", {"coding"}},
      {QueryClass::kField,
       "model:gemini-3 topic:coding",
       "\"gemini 3\" coding",
       {"gemini 3", "coding"}},
      {QueryClass::kPhrase, "\"scaling law\"", "\"scaling law\"", {"scaling law"}},
      {QueryClass::kPhrase,
       "\"context engineering\"",
       "\"context engineering\"",
       {"context engineering"}},
      {QueryClass::kPhrase,
       "\"reinforcement learning\"",
       "\"reinforcement learning\"",
       {"reinforcement learning"}},
      {QueryClass::kMixed, "gemini 推理", "gemini 推理", {"gemini", "推理"}},
      {QueryClass::kMixed, "agent 编程", "agent 编程", {"agent", "编程"}},
      // Latin, CJK, Latin: the form Xapian 1.4.22's parser throws on.
      {QueryClass::kMixed,
       "gemini 推理 benchmark",
       "gemini 推理 benchmark",
       {"gemini", "推理", "benchmark"}},
  };
  return kMix;
}

// ---------------------------------------------------------------- helpers

using bench::Check;
using bench::Die;

double MicrosSince(Clock::time_point start) {
  return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

// CPU time of this thread: unlike wall time, it does not grow when other
// processes compete for the machine's two vCPUs.
double ThreadCpuMicros() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

// Wall and CPU time of one call.
struct Stopwatch {
  Clock::time_point wall = Clock::now();
  double cpu = ThreadCpuMicros();
  double WallMicros() const { return MicrosSince(wall); }
  double CpuMicros() const { return ThreadCpuMicros() - cpu; }
};

// Nearest-rank percentile of `samples` (copied: sorting is the caller's cost).
double Percentile(std::vector<double> samples, double p) {
  if (samples.empty()) return 0;
  std::sort(samples.begin(), samples.end());
  std::size_t rank = static_cast<std::size_t>(p / 100.0 * static_cast<double>(samples.size()));
  return samples[std::min(rank, samples.size() - 1)];
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "1234" or "12.3k" microseconds as a fixed-width cell.
std::string Micros(double us) {
  if (us >= 10000) return fmt::format("{:.1f}ms", us / 1000);
  return fmt::format("{:.0f}us", us);
}

// ------------------------------------------------------------- the engines

// SQLite FTS5 over the claim texts, one table per tokenizer, in a temp file.
class Fts5 {
 public:
  Fts5(const std::string& path, const std::vector<std::string>& texts) {
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) Die("cannot open " + path);
    Exec("PRAGMA journal_mode=WAL");
    Exec("CREATE VIRTUAL TABLE tri USING fts5(text, tokenize='trigram')");
    Exec("CREATE VIRTUAL TABLE u61 USING fts5(text, tokenize='unicode61')");
    Exec("BEGIN");
    for (const char* table : {"tri", "u61"}) {
      sqlite3_stmt* insert = Prepare(fmt::format("INSERT INTO {}(text) VALUES (?1)", table));
      for (const std::string& text : texts) {
        sqlite3_bind_text(insert, 1, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE) Die(sqlite3_errmsg(db_));
        sqlite3_reset(insert);
      }
      sqlite3_finalize(insert);
    }
    Exec("COMMIT");
  }
  ~Fts5() { sqlite3_close(db_); }
  Fts5(const Fts5&) = delete;
  Fts5& operator=(const Fts5&) = delete;

  // Every word quoted (an FTS5 string: a phrase, or for trigram a
  // substring), AND-ed: the same words the other peers get.
  static std::string MatchExpression(const BenchQuery& q) {
    std::string expr;
    for (std::string_view word : q.words) {
      if (!expr.empty()) expr += " AND ";
      expr += fmt::format("\"{}\"", word);
    }
    return expr;
  }

  // The timed work: top 20 by bm25 with a snippet each, like claimkb's page.
  // Returns the rows produced.
  int Search(const char* table, const std::string& expr) {
    sqlite3_stmt* stmt = Prepare(
        fmt::format("SELECT rowid, snippet({0}, 0, '«', '»', '…', 16) FROM {0} WHERE {0} MATCH ?1 "
                    "ORDER BY rank LIMIT 20",
                    table));
    sqlite3_bind_text(stmt, 1, expr.data(), static_cast<int>(expr.size()), SQLITE_STATIC);
    int rows = 0;
    std::size_t bytes = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      ++rows;
      bytes += static_cast<std::size_t>(sqlite3_column_bytes(stmt, 1));
    }
    sqlite3_finalize(stmt);
    sink_ += bytes;
    return rows;
  }

  // All matches (untimed): the recall figure.
  int Count(const char* table, const std::string& expr) {
    sqlite3_stmt* stmt = Prepare(fmt::format("SELECT count(*) FROM {0} WHERE {0} MATCH ?1", table));
    sqlite3_bind_text(stmt, 1, expr.data(), static_cast<int>(expr.size()), SQLITE_STATIC);
    int count = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    return count;
  }

  std::size_t sink() const { return sink_; }

 private:
  void Exec(const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = error ? error : "?";
      sqlite3_free(error);
      Die(sql + ": " + message);
    }
  }
  sqlite3_stmt* Prepare(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      Die(sql + ": " + sqlite3_errmsg(db_));
    }
    return stmt;
  }

  sqlite3* db_ = nullptr;
  std::size_t sink_ = 0;
};

// A plain Xapian index: text only, no fields, no values, no entity terms.
class BareXapian {
 public:
  BareXapian(const std::string& path, const std::vector<std::string>& texts) {
    {
      Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
      Xapian::TermGenerator generator;
      generator.set_stemmer(Xapian::Stem("en"));
      generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
      for (const std::string& text : texts) {
        Xapian::Document doc;
        doc.set_data(text);
        generator.set_document(doc);
        generator.index_text(text);
        db.add_document(doc);
      }
      db.commit();
    }
    db_ = Xapian::Database(path);
  }

  // The timed work: parse, top 20, a snippet each. -1 when Xapian's
  // parser throws (the 1.4.22 latin-CJK-latin bug).
  int Search(std::string_view text, Xapian::doccount limit = 20) {
    try {
      Xapian::QueryParser qp;
      qp.set_database(db_);
      qp.set_stemmer(stem_);
      qp.set_default_op(Xapian::Query::OP_AND);
      Xapian::Query query =
          qp.parse_query(std::string(text),
                         Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM);
      Xapian::Enquire enquire(db_);
      enquire.set_query(query);
      Xapian::MSet mset = enquire.get_mset(0, limit);
      for (auto it = mset.begin(); it != mset.end(); ++it) {
        const std::string data = it.get_document().get_data();
        sink_ +=
            mset.snippet(data, 160, stem_,
                         Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE |
                             Xapian::MSet::SNIPPET_CJK_NGRAM)
                .size();
      }
      return static_cast<int>(mset.size());
    } catch (const Xapian::QueryParserError&) {
      return -1;
    }
  }

  int Count(std::string_view text) { return Search(text, db_.get_doccount()); }
  std::size_t sink() const { return sink_; }

 private:
  Xapian::Database db_;
  Xapian::Stem stem_{"en"};
  std::size_t sink_ = 0;
};

// Runs `argv` with stdout captured; returns the output. The spawn, the
// search and the pipe are all inside the caller's timing, as for a user.
// Adds the child's CPU time (user + system) to `*child_cpu_us` when given.
std::string Spawn(const std::vector<std::string>& argv, double* child_cpu_us = nullptr) {
  int fds[2];
  if (pipe(fds) != 0) Die("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  posix_spawn_file_actions_addclose(&actions, fds[1]);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (spawned != 0) {
    close(fds[0]);
    Die(fmt::format("cannot run {}: {}", argv[0], std::strerror(spawned)));
  }
  std::string out;
  char buffer[4096];
  for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;) {
    out.append(buffer, static_cast<std::size_t>(n));
  }
  close(fds[0]);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  if (child_cpu_us != nullptr) {
    auto micros = [](const timeval& tv) {
      return static_cast<double>(tv.tv_sec) * 1e6 + static_cast<double>(tv.tv_usec);
    };
    *child_cpu_us += micros(usage.ru_utime) + micros(usage.ru_stime);
  }
  return out;
}

// rg over the digests (notes and the README excluded, as the ingester skips
// them): case-insensitive; one word as a fixed string, several words as one
// PCRE2 pattern requiring all of them on a line.
std::vector<std::string> RgCommand(const BenchQuery& q, const std::string& corpus) {
  std::vector<std::string> argv = {"rg", "-c", "-i", "--glob", "!note-*", "--glob", "!README.md"};
  if (q.words.size() == 1) {
    argv.push_back("-F");
    argv.emplace_back(q.words[0]);
  } else {
    std::string pattern;
    for (std::string_view word : q.words) pattern += fmt::format("(?=.*{})", word);
    argv.push_back("-P");
    argv.push_back(pattern);
  }
  argv.push_back(corpus);
  return argv;
}

// Sum of the per-file counts in `rg -c` output ("path:count" lines).
int RgLines(const std::string& output) {
  int total = 0;
  std::size_t start = 0;
  while (start < output.size()) {
    std::size_t end = output.find('\n', start);
    if (end == std::string::npos) end = output.size();
    std::string_view line(output.data() + start, end - start);
    std::size_t colon = line.rfind(':');
    if (colon != std::string_view::npos)
      total += std::atoi(std::string(line.substr(colon + 1)).c_str());
    start = end + 1;
  }
  return total;
}

// Claims containing every peer word (ASCII case-insensitive substring): the
// reference recall for the peers, which only see text.
int SubstringCount(const BenchQuery& q, const std::vector<std::string>& lowered_texts) {
  int count = 0;
  for (const std::string& text : lowered_texts) {
    bool all = std::all_of(q.words.begin(), q.words.end(), [&](std::string_view word) {
      return text.find(AsciiLower(word)) != std::string::npos;
    });
    count += all ? 1 : 0;
  }
  return count;
}

enum Engine { kClaimkb, kXapian, kFtsTrigram, kFtsUnicode, kRg, kSpawnFloor, kEngineCount };
constexpr std::array<const char*, kEngineCount> kEngineNames = {
    "claimkb", "xapian-bare", "fts5-trigram", "fts5-unicode61", "rg (spawn)", "spawn floor"};

}  // namespace

int main(int argc, char** argv) {
  bench::program_name = "query_latency";
  const std::string corpus =
      argc > 1 ? argv[1] : std::string(CLAIMKB_SOURCE_DIR) + "/../shared/corpus";
  const int iterations = argc > 2 ? std::atoi(argv[2]) : 300;
  const int rg_iterations = argc > 3 ? std::atoi(argv[3]) : 30;
  if (!fs::is_directory(corpus)) {
    Die(fmt::format("corpus directory '{}' not found; pass it as the first argument", corpus));
  }
  if (iterations < 1 || rg_iterations < 0) Die("iterations must be positive");

  // ------------------------------------------------------------- setup
  char tmpl[] = "/tmp/claimkb-bench-XXXXXX";
  if (mkdtemp(tmpl) == nullptr) Die("mkdtemp failed");
  const std::string tmp = tmpl;
  struct Cleanup {
    std::string dir;
    ~Cleanup() {
      std::error_code ignored;
      fs::remove_all(dir, ignored);
    }
  } cleanup{tmp};
  const std::string db_dir = tmp + "/db";

  auto lexicon = Check(claimkb::Lexicon::LoadDefault(), "loading the lexicon");
  auto linker = std::make_shared<const claimkb::EntityLinker>(lexicon);
  // Parse, extract and store on this thread while a second one indexes, as
  // `claimkb ingest` does; the stored claims then feed the peers.
  auto setup_start = Clock::now();
  // With the CLI's link step, so the store holds the same claim graph.
  claimkb::WriterOptions writer_options;
  writer_options.link_claims = claimkb::StanceLinkStep();
  auto writer = Check(claimkb::KnowledgeBaseWriter::Open(db_dir, lexicon, writer_options),
                      "opening the database");
  claimkb::IngestSummary ingested = Check(writer->Ingest({corpus}), "ingesting");
  const double ingest_ms = MicrosSince(setup_start) / 1000;
  for (const claimkb::FileOutcome& file : ingested.report.files) {
    if (file.status == claimkb::FileStatus::kRejected) Die("rejected: " + file.message);
  }
  auto claims = Check(writer->store().AllClaims(), "reading claims");

  std::vector<std::string> texts;
  std::vector<std::string> lowered;
  std::size_t text_bytes = 0;
  for (const claimkb::StoredClaim& claim : claims) {
    texts.push_back(claim.claim.text);
    lowered.push_back(AsciiLower(claim.claim.text));
    text_bytes += claim.claim.text.size();
  }

  // The searcher as `claimkb search` opens it: through the read-side handle.
  claimkb::KnowledgeBase kb(std::vector<std::string>{db_dir});
  const claimkb::Searcher* searcher = Check(kb.searcher(), "opening the searcher");
  auto peer_start = Clock::now();
  BareXapian xapian(tmp + "/bare-xapian", texts);
  const double xapian_build_ms = MicrosSince(peer_start) / 1000;
  peer_start = Clock::now();
  Fts5 fts(tmp + "/fts5.sqlite", texts);
  const double fts_build_ms = MicrosSince(peer_start) / 1000;

  fmt::print("query_latency: corpus {} ({} digests stored, {} files skipped)\n", corpus,
             ingested.report.Count(claimkb::FileStatus::kAdded),
             ingested.report.Count(claimkb::FileStatus::kSkipped));
  fmt::print(
      "  {} claims, {:.0f} KB of claim text; claimkb ingest (store and index) {:.0f} ms; "
      "bare Xapian build {:.0f} ms; FTS5 build (both tables) {:.0f} ms\n",
      claims.size(), static_cast<double>(text_bytes) / 1024, ingest_ms, xapian_build_ms,
      fts_build_ms);
  fmt::print(
      "  {} iterations x {} queries per in-process engine, {} for rg; engines round-robin\n\n",
      iterations, QueryMix().size(), rg_iterations);

  const auto& mix = QueryMix();
  std::vector<std::string> fts_exprs;
  for (const BenchQuery& q : mix) fts_exprs.push_back(Fts5::MatchExpression(q));

  // --------------------------------------------------- hit counts (untimed)
  struct Hits {
    int engine[kEngineCount] = {};
    int substring = 0;
  };
  std::vector<Hits> hits(mix.size());
  for (std::size_t i = 0; i < mix.size(); ++i) {
    claimkb::SearchOptions all;
    all.limit = 1000000;
    all.snippet_chars = 0;
    hits[i].engine[kClaimkb] =
        static_cast<int>(Check(searcher->Search(mix[i].claimkb, all), "searching").hits.size());
    hits[i].engine[kXapian] = xapian.Count(mix[i].xapian);
    hits[i].engine[kFtsTrigram] = fts.Count("tri", fts_exprs[i]);
    hits[i].engine[kFtsUnicode] = fts.Count("u61", fts_exprs[i]);
    hits[i].engine[kRg] = RgLines(Spawn(RgCommand(mix[i], corpus)));
    hits[i].substring = SubstringCount(mix[i], lowered);
  }

  // --------------------------------------------------------------- timing
  // wall[engine][query] and cpu[engine][query] in microseconds. For rg and
  // the spawn floor, CPU is ours (spawn, pipe) plus the child's.
  using Samples = std::vector<std::vector<std::vector<double>>>;
  Samples wall(kEngineCount, std::vector<std::vector<double>>(mix.size()));
  Samples cpu = wall;
  std::size_t sink = 0;
  const std::vector<std::string> spawn_floor = {"true"};
  for (int iter = -1; iter < iterations; ++iter) {  // iter -1 warms every engine up.
    const bool with_rg = iter < rg_iterations;
    for (std::size_t i = 0; i < mix.size(); ++i) {
      double wall_us[kEngineCount] = {};
      double cpu_us[kEngineCount] = {};
      auto record = [&](int engine, const Stopwatch& sw) {
        wall_us[engine] = sw.WallMicros();
        cpu_us[engine] += sw.CpuMicros();
      };
      {
        Stopwatch sw;
        auto result = searcher->Search(mix[i].claimkb);
        record(kClaimkb, sw);
        if (!result) Die("claimkb: " + result.error().ToString());
        sink += result->hits.size();
      }
      int xapian_rows = 0;
      {
        Stopwatch sw;
        xapian_rows = xapian.Search(mix[i].xapian);
        record(kXapian, sw);
      }
      {
        Stopwatch sw;
        sink += static_cast<std::size_t>(fts.Search("tri", fts_exprs[i]));
        record(kFtsTrigram, sw);
      }
      {
        Stopwatch sw;
        sink += static_cast<std::size_t>(fts.Search("u61", fts_exprs[i]));
        record(kFtsUnicode, sw);
      }
      if (with_rg) {
        {
          Stopwatch sw;
          sink += Spawn(RgCommand(mix[i], corpus), &cpu_us[kRg]).size();
          record(kRg, sw);
        }
        {
          Stopwatch sw;
          sink += Spawn(spawn_floor, &cpu_us[kSpawnFloor]).size();
          record(kSpawnFloor, sw);
        }
      }
      if (iter < 0) continue;
      for (int e = 0; e < kEngineCount; ++e) {
        if (e == kXapian && xapian_rows < 0) continue;  // Parser threw: no result to time.
        if ((e == kRg || e == kSpawnFloor) && !with_rg) continue;
        wall[e][i].push_back(wall_us[e]);
        cpu[e][i].push_back(cpu_us[e]);
      }
    }
  }
  sink += xapian.sink() + fts.sink();

  // -------------------------------------------------------------- report
  auto pooled = [&](const Samples& samples, int engine, std::optional<QueryClass> cls) {
    std::vector<double> all;
    for (std::size_t i = 0; i < mix.size(); ++i) {
      if (cls && mix[i].cls != *cls) continue;
      all.insert(all.end(), samples[engine][i].begin(), samples[engine][i].end());
    }
    return all;
  };
  auto ratio = [](double a, double b) { return b > 0 ? fmt::format("{:.2f}", a / b) : "-"; };

  fmt::print(
      "Hits per query (all matches, not just the first page). claimkb counts claims\n"
      "matching its grammar (fields use entity links, text also matches section and\n"
      "episode titles); peers see claim text only (rg: matching lines of the files).\n"
      "'substr' = claims whose text contains every word, the reference for the peers.\n"
      "ERR = the parser threw (Xapian 1.4.22 latin-CJK-latin bug).\n\n");
  fmt::print("{:<8} {:<30} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}\n", "class", "query (claimkb form)",
             "claimkb", "xapian", "fts5-tri", "fts5-u61", "rg", "substr");
  int totals[kEngineCount] = {};
  int zero[kEngineCount] = {};
  int total_substring = 0;
  for (std::size_t i = 0; i < mix.size(); ++i) {
    std::string cells;
    for (int e = 0; e < kRg + 1; ++e) {
      const int h = hits[i].engine[e];
      cells += h < 0 ? fmt::format(" {:>8}", "ERR") : fmt::format(" {:>8}", h);
      totals[e] += std::max(h, 0);
      zero[e] += h <= 0 ? 1 : 0;
    }
    total_substring += hits[i].substring;
    // Pad by display columns: CJK characters are two columns wide but
    // three bytes, so fmt's byte-based width needs a correction.
    std::string_view q = mix[i].claimkb;
    int columns = 0;
    for (unsigned char c : q) columns += (c & 0xC0) != 0x80 ? ((c >= 0xE0) ? 2 : 1) : 0;
    std::string padded(q);
    padded.append(static_cast<std::size_t>(std::max(0, 30 - columns)), ' ');
    fmt::print("{:<8} {}{} {:>8}\n", ClassName(mix[i].cls), padded, cells, hits[i].substring);
  }
  fmt::print("{:<8} {:<30} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}\n", "total", "", totals[kClaimkb],
             totals[kXapian], totals[kFtsTrigram], totals[kFtsUnicode], totals[kRg],
             total_substring);
  fmt::print("{:<8} {:<30} {:>8} {:>8} {:>8} {:>8} {:>8}\n\n", "0 or ERR", "", zero[kClaimkb],
             zero[kXapian], zero[kFtsTrigram], zero[kFtsUnicode], zero[kRg]);

  std::string summary;
  for (const auto& [name, samples] : {std::pair{"wall", &wall}, std::pair{"CPU", &cpu}}) {
    const std::vector<double> claimkb_all = pooled(*samples, kClaimkb, std::nullopt);
    const double c50 = Percentile(claimkb_all, 50);
    const double c99 = Percentile(claimkb_all, 99);
    fmt::print("{} time over the whole mix (top 20 with snippets; rg: one process per query)\n\n",
               name);
    fmt::print("{:<16} {:>8} {:>9} {:>9} {:>16} {:>16}\n", "engine", "samples", "p50", "p99",
               "claimkb/peer p50", "claimkb/peer p99");
    for (int e = 0; e < kEngineCount; ++e) {
      const std::vector<double> all = pooled(*samples, e, std::nullopt);
      const double p50 = Percentile(all, 50);
      const double p99 = Percentile(all, 99);
      fmt::print("{:<16} {:>8} {:>9} {:>9} {:>16} {:>16}\n", kEngineNames[e], all.size(),
                 Micros(p50), Micros(p99), e == kClaimkb ? "1.00" : ratio(c50, p50),
                 e == kClaimkb ? "1.00" : ratio(c99, p99));
      summary += fmt::format("{}{} {} p50 {} p99 {}", summary.empty() ? "" : "; ", kEngineNames[e],
                             name, Micros(p50), Micros(p99));
    }
    fmt::print("\n{} time per query class, p50 / p99 (claimkb/peer ratio of p50)\n\n", name);
    fmt::print("{:<10}", "class");
    for (int e = 0; e < kEngineCount; ++e) fmt::print(" {:>25}", kEngineNames[e]);
    fmt::print("\n");
    for (QueryClass cls : kClasses) {
      const double k50 = Percentile(pooled(*samples, kClaimkb, cls), 50);
      fmt::print("{:<10}", ClassName(cls));
      for (int e = 0; e < kEngineCount; ++e) {
        const std::vector<double> s = pooled(*samples, e, cls);
        const double p50 = Percentile(s, 50);
        std::string cell =
            s.empty() ? "-" : fmt::format("{} / {}", Micros(p50), Micros(Percentile(s, 99)));
        if (!s.empty() && e != kClaimkb) cell += fmt::format(" ({}x)", ratio(k50, p50));
        fmt::print(" {:>25}", cell);
      }
      fmt::print("\n");
    }
    fmt::print("\n");
  }
  fmt::print(
      "SUMMARY query_latency: {} | hits claimkb {} xapian {} fts5-tri {} fts5-u61 {} "
      "rg-lines {} substr {} (sink {})\n",
      summary, totals[kClaimkb], totals[kXapian], totals[kFtsTrigram], totals[kFtsUnicode],
      totals[kRg], total_substring, sink % 10);
  return 0;
}
