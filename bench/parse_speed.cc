// Parse and parse+extract speed per MB for each collection the reader reads
// (issue 7): ../shared/corpus, the two corpus-more pipelines and the
// project's own data/samples, each walked recursively.
//
// Usage:  parse_speed [repeats] [shared_dir]      # defaults: 3, ../shared
//
// Every .md/.markdown/.vtt/.srt/.json file goes through ParseDigestFile, as
// `claimkb ingest` reads it (the file read, its folder's sidecar and episode
// folder included, so warm page-cache reads are part of "parse"). Files the
// parser reports as kNotADigest are skipped and counted; any other error is
// printed once and counted. MB is every byte handed to the parser, skipped
// files included, so both rates share one denominator. Each collection runs
// `repeats` times; the best run is reported, wall and process CPU.
#include <fmt/format.h>
#include <time.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "bench_support.h"
#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct Stopwatch {
  Clock::time_point wall = Clock::now();
  double cpu = CpuSeconds();
  double Wall() const { return std::chrono::duration<double>(Clock::now() - wall).count(); }
  double Cpu() const { return CpuSeconds() - cpu; }
};

bool IsCandidate(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".md" || ext == ".markdown" || ext == ".vtt" || ext == ".srt" || ext == ".json";
}

struct Row {
  std::string name;
  bool missing = false;
  std::size_t files = 0, read = 0, skipped = 0, errors = 0, bytes = 0, claims = 0;
  double parse_wall = std::numeric_limits<double>::infinity();
  double total_wall = std::numeric_limits<double>::infinity();
  double total_cpu = std::numeric_limits<double>::infinity();
};

Row Measure(const std::string& name, const fs::path& dir, const claimkb::ClaimExtractor& extractor,
            int repeats) {
  Row row;
  row.name = name;
  if (!fs::is_directory(dir)) {
    row.missing = true;
    return row;
  }
  std::vector<std::string> paths;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && IsCandidate(entry.path())) {
      paths.push_back(entry.path().string());
      row.bytes += entry.file_size();
    }
  }
  std::sort(paths.begin(), paths.end());
  row.files = paths.size();

  for (int run = 0; run < repeats; ++run) {
    row.read = row.skipped = row.errors = row.claims = 0;
    Stopwatch sw;
    std::vector<claimkb::Episode> episodes;
    for (const std::string& path : paths) {
      auto episode = claimkb::ParseDigestFile(path);
      if (episode) {
        episodes.push_back(std::move(*episode));
        ++row.read;
      } else if (episode.error().code == claimkb::ErrorCode::kNotADigest) {
        ++row.skipped;
      } else {
        ++row.errors;
        if (run == 0) fmt::print(stderr, "  error: {}\n", episode.error().ToString());
      }
    }
    const double parse_wall = sw.Wall();
    for (const claimkb::Episode& episode : episodes) {
      row.claims += extractor.Extract(episode).size();
    }
    row.parse_wall = std::min(row.parse_wall, parse_wall);
    row.total_wall = std::min(row.total_wall, sw.Wall());
    row.total_cpu = std::min(row.total_cpu, sw.Cpu());
  }
  return row;
}

}  // namespace

int main(int argc, char** argv) {
  bench::program_name = "parse_speed";
  const int repeats = argc > 1 ? std::atoi(argv[1]) : 3;
  const fs::path shared = argc > 2 ? fs::path(argv[2])
                                   : fs::path(CLAIMKB_SOURCE_DIR) / ".." / "shared";
  if (repeats < 1) bench::Die("repeats must be positive");

  Stopwatch load;
  auto lexicon = bench::Check(claimkb::Lexicon::LoadDefault(), "loading the lexicon");
  claimkb::ClaimExtractor extractor(std::make_shared<const claimkb::EntityLinker>(lexicon));
  fmt::print("parse_speed: best of {} runs; lexicon + linker load {:.0f} ms (not counted)\n\n",
             repeats, load.Wall() * 1000);

  const std::vector<std::pair<std::string, fs::path>> collections = {
      {"corpus", shared / "corpus"},
      {"corpus-more/PodWiki", shared / "corpus-more" / "PodWiki"},
      {"corpus-more/awesome-ai-podcast-notes", shared / "corpus-more" / "awesome-ai-podcast-notes"},
      {"data/samples", fs::path(CLAIMKB_SOURCE_DIR) / "data" / "samples"},
  };
  fmt::print("| collection | files | read | skipped (not a digest) | errors | MB | claims | "
             "parse MB/s | parse+extract MB/s | parse+extract MB/s (CPU) |\n");
  fmt::print("|---|---|---|---|---|---|---|---|---|---|\n");
  for (const auto& [name, dir] : collections) {
    const Row r = Measure(name, dir, extractor, repeats);
    if (r.missing) {
      fmt::print("| {} | not found: {} | | | | | | | | |\n", name, dir.string());
      continue;
    }
    const double mb = static_cast<double>(r.bytes) / 1e6;
    fmt::print("| {} | {} | {} | {} | {} | {:.2f} | {} | {:.2f} | {:.2f} | {:.2f} |\n", r.name,
               r.files, r.read, r.skipped, r.errors, mb, r.claims, mb / r.parse_wall,
               mb / r.total_wall, mb / r.total_cpu);
  }
  return 0;
}
