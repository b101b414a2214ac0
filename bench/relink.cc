// The link step alone: a full relink of a store's stance edges
// (LinkStanceEdges without a scope, as after a first bulk ingest or a
// re-extraction), with its wall time, CPU time and the process's peak
// resident memory. It rewrites the store's edges, so run it on a copy:
//   build-bench/bench/relink /tmp/scale/1000/claimkb
#include <fmt/format.h>
#include <sys/resource.h>

#include <chrono>

#include "bench_support.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/store.h"
#include "claimkb/query/stance_edges.h"

namespace {

double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;  // ru_maxrss is in KiB on Linux.
}

}  // namespace

int main(int argc, char** argv) {
  bench::program_name = "relink";
  if (argc != 2) bench::Die("usage: relink DATABASE_DIR (a copy: its edges are rewritten)");
  auto lexicon = bench::Check(claimkb::Lexicon::LoadDefault(), "loading the lexicon");
  auto store = bench::Check(claimkb::Store::Open(argv[1]), "opening the store");
  const long rss_before = PeakRssMb();
  const double cpu_before = CpuSeconds();
  const auto start = std::chrono::steady_clock::now();
  const int edges =
      bench::Check(claimkb::LinkStanceEdges(store.get(), lexicon.get()), "relinking");
  const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - start;
  fmt::print("edges {}  wall {:.2f} s  cpu {:.2f} s  peak RSS {} MB (before the step {} MB)\n",
             edges, wall.count(), CpuSeconds() - cpu_before, PeakRssMb(), rss_before);
  return 0;
}
