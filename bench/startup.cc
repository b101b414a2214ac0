// Start-up cost of the lexicon and the entity linker: what every search and
// ask process pays before it reads the index (issue 12 item 4). Times
// Lexicon::Load and EntityLinker construction apart, over many rounds in
// one process, so a change to either shows without the noise of dynamic
// loading. Times are this thread's CPU time (the machine is shared, and its
// load inflates wall time). The whole-process cost is measured by
// bench/startup_process.py; bench/startup_lexicon.py writes a lexicon fifty
// times the bundled one to pass as LEXICON_DIR.
//
//   build/bench/startup [LEXICON_DIR] [ROUNDS]
#include <fmt/format.h>
#include <time.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_support.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"

namespace {

double ThreadCpuMs() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  bench::program_name = "startup";
  const std::string dir = argc > 1 ? argv[1] : claimkb::Lexicon::DefaultDirectory();
  const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 200;
  std::vector<double> load_ms;
  std::vector<double> build_ms;
  std::vector<double> link_ms;
  std::size_t mentions = 0;
  for (int round = 0; round < rounds; ++round) {
    const double t0 = ThreadCpuMs();
    auto lexicon = bench::Check(claimkb::Lexicon::Load(dir), "load " + dir);
    const double t1 = ThreadCpuMs();
    const claimkb::EntityLinker linker(lexicon);
    const double t2 = ThreadCpuMs();
    // The first Link() of a process, as a search pays it.
    mentions += linker.Link("Gemini 3 Pro 在 SWE-bench Verified 上的表现").size();
    const double t3 = ThreadCpuMs();
    load_ms.push_back(t1 - t0);
    build_ms.push_back(t2 - t1);
    link_ms.push_back(t3 - t2);
  }
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  fmt::print("lexicon {}: {} rounds\n", dir, rounds);
  fmt::print("  Lexicon::Load        median {:.3f} ms CPU\n", median(load_ms));
  fmt::print("  EntityLinker build   median {:.3f} ms CPU\n", median(build_ms));
  fmt::print("  first Link()         median {:.3f} ms CPU\n", median(link_ms));
  fmt::print("  ({} mentions linked)\n", mentions / static_cast<std::size_t>(rounds));
  return 0;
}
