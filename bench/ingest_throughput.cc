// Ingest throughput: the corpus parsed and extracted on its own (the issue
// asks that the whole corpus takes "well under a second"), then the corpus
// replicated N times and pushed through the whole pipeline (parse → extract
// → store → index, KnowledgeBaseWriter::Ingest) and once more unchanged,
// reported as files/s, claims/s and MB/s, with the sizes on disk and the
// peak memory.
//
// Usage:  ingest_throughput [corpus_dir] [copies] [extract_repeats] [flush_claims]
//                           [queued_claims] [compact_min_claims]
//
// The last three set WriterOptions (defaults: the writer's own), for
// choosing them by measurement.
//
// The writer runs without the claim graph's link step (StanceLinkStep,
// which `claimkb ingest` adds): this measures parse, extract, store and
// index, comparable across the rounds recorded in bench/README.md; the link
// step is timed on its own by bench/relink.
//
// Copies are made at run time, in memory: each copy's URL and title get a
// "copy k" marker and its path a distinct stem, so the store sees N distinct
// episodes (nothing is deduplicated as kUnchanged). Notes (not digests) are
// parsed, rejected as notes, and not replicated. The temporary database is
// deleted at exit.
#include <fmt/format.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "bench_support.h"
#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/indexer/claim_index.h"
#include "claimkb/indexer/knowledge_base_writer.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

using bench::Check;
using bench::Die;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU seconds of this process: unlike wall time, they do not grow when other
// processes compete for the machine's two vCPUs (but they leave out fsync
// waits, which wall time includes).
double ProcessCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct Stopwatch {
  Clock::time_point wall = Clock::now();
  double cpu = ProcessCpuSeconds();
  double Wall() const { return SecondsSince(wall); }
  double Cpu() const { return ProcessCpuSeconds() - cpu; }
};

struct File {
  std::string path;
  std::string bytes;
};

// Replaces the first occurrence of `from` in `text` (when non-empty).
void ReplaceFirst(std::string& text, std::string_view from, std::string_view to) {
  if (from.empty()) return;
  std::size_t at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
}

// Copy `k` of a digest: distinct URL, title and path stem, same prose.
File Replicate(const File& file, const claimkb::Episode& episode, int k) {
  File copy{file.path, file.bytes};
  if (k == 0) return copy;
  if (!episode.url.empty()) {
    const char* joiner = episode.url.find('?') == std::string::npos ? "?" : "&";
    ReplaceFirst(copy.bytes, episode.url,
                 fmt::format("{}{}claimkb_copy={}", episode.url, joiner, k));
  }
  ReplaceFirst(copy.bytes, episode.title, fmt::format("{} (copy {})", episode.title, k));
  fs::path p(file.path);
  copy.path = (p.parent_path() / fmt::format("{}-copy-{}.md", p.stem().string(), k)).string();
  return copy;
}

struct Rate {
  double seconds = 0;  // Wall.
  double cpu = 0;      // Process CPU.
  std::size_t files = 0;
  std::size_t claims = 0;
  std::size_t bytes = 0;
};

void PrintRate(std::string_view stage, const Rate& r) {
  fmt::print("{:<26} {:>8.3f} {:>8.3f} {:>9.0f} {:>10.0f} {:>8.2f} {:>13.0f}\n", stage, r.seconds,
             r.cpu, static_cast<double>(r.files) / r.seconds,
             static_cast<double>(r.claims) / r.seconds,
             static_cast<double>(r.bytes) / 1e6 / r.seconds, static_cast<double>(r.claims) / r.cpu);
}

}  // namespace

int main(int argc, char** argv) {
  bench::program_name = "ingest_throughput";
  const std::string corpus =
      argc > 1 ? argv[1] : std::string(CLAIMKB_SOURCE_DIR) + "/../shared/corpus";
  const int copies = argc > 2 ? std::atoi(argv[2]) : 10;
  const int extract_repeats = argc > 3 ? std::atoi(argv[3]) : 10;
  if (!fs::is_directory(corpus)) {
    Die(fmt::format("corpus directory '{}' not found; pass it as the first argument", corpus));
  }
  if (copies < 1 || extract_repeats < 1) Die("copies and repeats must be positive");
  claimkb::WriterOptions writer_options;
  if (argc > 4) writer_options.flush_claims = static_cast<std::size_t>(std::atol(argv[4]));
  if (argc > 5) writer_options.queued_claims = static_cast<std::size_t>(std::atol(argv[5]));
  if (argc > 6) writer_options.compact_min_claims = static_cast<std::size_t>(std::atol(argv[6]));

  // Every *.md of the corpus, read once; file reading is not timed below.
  std::vector<File> files;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.path().extension() != ".md") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    files.push_back({entry.path().string(), bytes.str()});
  }
  std::sort(files.begin(), files.end(),
            [](const File& a, const File& b) { return a.path < b.path; });
  std::size_t corpus_bytes = 0;
  for (const File& f : files) corpus_bytes += f.bytes.size();

  auto load_start = Clock::now();
  auto lexicon = Check(claimkb::Lexicon::LoadDefault(), "loading the lexicon");
  auto linker = std::make_shared<const claimkb::EntityLinker>(lexicon);
  claimkb::ClaimExtractor extractor(linker);
  const double linker_s = SecondsSince(load_start);

  // ------------------------------------ 1. the corpus once, parse + extract
  // Repeated; min and median reported (the first run also pays cold caches).
  std::vector<double> runs;
  std::vector<double> cpu_runs;
  std::size_t digests = 0;
  std::size_t notes = 0;
  std::size_t corpus_claims = 0;
  std::size_t digest_bytes = 0;
  std::vector<claimkb::Episode> episodes;  // Of the digests, from the last run.
  std::vector<const File*> digest_files;
  for (int run = 0; run < extract_repeats; ++run) {
    digests = notes = corpus_claims = digest_bytes = 0;
    episodes.clear();
    digest_files.clear();
    Stopwatch sw;
    for (const File& f : files) {
      auto episode = claimkb::ParseDigest(f.bytes, f.path);
      if (!episode) {
        if (episode.error().code != claimkb::ErrorCode::kNotADigest) {
          Die("cannot parse " + f.path + ": " + episode.error().ToString());
        }
        ++notes;
        continue;
      }
      corpus_claims += extractor.Extract(*episode).size();
      ++digests;
      digest_bytes += f.bytes.size();
      episodes.push_back(std::move(*episode));
      digest_files.push_back(&f);
    }
    runs.push_back(sw.Wall());
    cpu_runs.push_back(sw.Cpu());
  }
  std::vector<double> sorted = runs;
  std::sort(sorted.begin(), sorted.end());
  const double corpus_min = sorted.front();
  const double corpus_median = sorted[sorted.size() / 2];
  std::sort(cpu_runs.begin(), cpu_runs.end());
  const double corpus_cpu_median = cpu_runs[cpu_runs.size() / 2];

  fmt::print("ingest_throughput: corpus {}: {} files, {:.0f} KB ({} digests, {} notes)\n", corpus,
             files.size(), static_cast<double>(corpus_bytes) / 1024, digests, notes);
  fmt::print(
      "  lexicon + linker + extractor construction: {:.1f} ms (once per process, not below)\n\n",
      linker_s * 1000);
  fmt::print(
      "Whole corpus, parse + extract, {} runs: first {:.1f} ms, min {:.1f} ms, median {:.1f} ms, "
      "max {:.1f} ms (CPU median {:.1f} ms); {} claims\n\n",
      runs.size(), runs.front() * 1000, corpus_min * 1000, corpus_median * 1000,
      sorted.back() * 1000, corpus_cpu_median * 1000, corpus_claims);

  // ----------------------------------------------- 2. replicate N times
  std::vector<File> replicas;
  for (int k = 0; k < copies; ++k) {
    for (std::size_t i = 0; i < digest_files.size(); ++i) {
      replicas.push_back(Replicate(*digest_files[i], episodes[i], k));
    }
  }
  std::size_t replica_bytes = 0;
  for (const File& f : replicas) replica_bytes += f.bytes.size();

  // Extraction alone over the replicas.
  Rate extract_only;
  {
    Stopwatch sw;
    for (const File& f : replicas) {
      auto episode = Check(claimkb::ParseDigest(f.bytes, f.path), "parsing " + f.path);
      extract_only.claims += extractor.Extract(episode).size();
    }
    extract_only.seconds = sw.Wall();
    extract_only.cpu = sw.Cpu();
    extract_only.files = replicas.size();
    extract_only.bytes = replica_bytes;
  }

  // The whole pipeline through the write handle, as `claimkb ingest` runs
  // it: parse, extract and store on this thread (one transaction per file)
  // while a second thread indexes the stored claims from memory; one index
  // commit at the end. The replicas are written out as files first (not
  // timed), then ingested twice: into an empty database, and again
  // unchanged, which should cost a read and a hash per file.
  char tmpl[] = "/tmp/claimkb-ingest-bench-XXXXXX";
  if (mkdtemp(tmpl) == nullptr) Die("mkdtemp failed");
  struct Cleanup {
    std::string dir;
    ~Cleanup() {
      std::error_code ignored;
      fs::remove_all(dir, ignored);
    }
  } cleanup{tmpl};
  const std::string db_dir = std::string(tmpl) + "/db";
  const std::string files_dir = std::string(tmpl) + "/files";
  fs::create_directories(files_dir);
  for (std::size_t i = 0; i < replicas.size(); ++i) {
    std::ofstream out(fmt::format("{}/{:06d}-{}", files_dir, i,
                                  fs::path(replicas[i].path).filename().string()),
                      std::ios::binary);
    out << replicas[i].bytes;
  }

  Rate total, again;
  std::string index_update;
  {
    auto writer = Check(claimkb::KnowledgeBaseWriter::Open(db_dir, lexicon, writer_options),
                        "opening the database");
    Stopwatch sw;
    auto summary = Check(writer->Ingest({files_dir}), "ingesting");
    total.seconds = sw.Wall();
    total.cpu = sw.Cpu();
    total.claims = static_cast<std::size_t>(summary.indexed);
    index_update = summary.index_update;
    if (summary.report.Count(claimkb::FileStatus::kAdded) != static_cast<int>(replicas.size())) {
      Die(fmt::format("{} of {} files stored as new episodes: copies are not distinct",
                      summary.report.Count(claimkb::FileStatus::kAdded), replicas.size()));
    }
  }
  {
    auto writer =
        Check(claimkb::KnowledgeBaseWriter::Open(db_dir, lexicon), "opening the database");
    Stopwatch sw;
    auto summary = Check(writer->Ingest({files_dir}), "ingesting again");
    again.seconds = sw.Wall();
    again.cpu = sw.Cpu();
    const int unchanged = summary.report.Count(claimkb::FileStatus::kUnchanged);
    if (unchanged != static_cast<int>(replicas.size())) {
      Die("the second ingest found changed files");
    }
  }
  for (Rate* r : {&total, &again}) {
    r->files = replicas.size();
    r->bytes = replica_bytes;
  }
  again.claims = total.claims;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto size_of = [](const fs::path& path) {
    std::uintmax_t bytes = 0;
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) return fs::file_size(path, ec);
    for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
      if (entry.is_regular_file(ec)) bytes += entry.file_size(ec);
    }
    return bytes;
  };
  const std::uintmax_t store_bytes = size_of(fs::path(db_dir) / "claims.sqlite");
  const std::uintmax_t index_bytes =
      size_of(Check(claimkb::ClaimIndex::ResolveIndexDirectory(db_dir), "finding the index"));

  fmt::print("Corpus x {}: {} distinct episodes, {:.2f} MB, {} claims\n", copies,
             replicas.size(), static_cast<double>(replica_bytes) / 1e6, total.claims);
  fmt::print("writer: flush every {} claims, queue {} claims, compact from {} claims\n",
             writer_options.flush_claims, writer_options.queued_claims,
             writer_options.compact_min_claims);
  fmt::print(
      "(rates from wall time; last column from process CPU time, which machine load does not\n"
      " inflate; the pipeline runs two threads, so its CPU time may exceed its wall time)\n\n");
  fmt::print("{:<26} {:>8} {:>8} {:>9} {:>10} {:>8} {:>13}\n", "stage", "wall s", "CPU s",
             "files/s", "claims/s", "MB/s", "claims/CPU-s");
  PrintRate("parse+extract only", extract_only);
  PrintRate("pipeline: total", total);
  PrintRate("unchanged re-ingest", again);
  fmt::print(
      "\nindex {}: store {:.1f} MB + index {:.1f} MB = {:.2f}x the Markdown; peak RSS {:.0f} MB "
      "(whole program, replicas in memory included)\n",
      index_update, static_cast<double>(store_bytes) / 1e6, static_cast<double>(index_bytes) / 1e6,
      static_cast<double>(store_bytes + index_bytes) / static_cast<double>(replica_bytes),
      static_cast<double>(usage.ru_maxrss) / 1024);
  fmt::print(
      "\nSUMMARY ingest_throughput: corpus parse+extract min {:.1f} ms median {:.1f} ms "
      "(CPU median {:.1f} ms; {} digests, {} claims) | x{}: extract-only {:.0f} files/s {:.0f} "
      "claims/s {:.2f} MB/s; "
      "full pipeline {:.0f} files/s {:.0f} claims/s {:.2f} MB/s; unchanged re-ingest {:.2f} s\n",
      corpus_min * 1000, corpus_median * 1000, corpus_cpu_median * 1000, digests, corpus_claims,
      copies, static_cast<double>(extract_only.files) / extract_only.seconds,
      static_cast<double>(extract_only.claims) / extract_only.seconds,
      static_cast<double>(extract_only.bytes) / 1e6 / extract_only.seconds,
      static_cast<double>(total.files) / total.seconds,
      static_cast<double>(total.claims) / total.seconds,
      static_cast<double>(total.bytes) / 1e6 / total.seconds, again.seconds);
  return 0;
}
