// Start-up cost of the lexicon and the entity linker: what every search and
// ask process pays before it reads the index (issue 12 item 4). Times
// Lexicon::Load and EntityLinker construction apart, over many rounds in
// one process, so a change to either shows without the noise of dynamic
// loading. The whole-process cost is measured by bench/startup_process.py.
//
//   build/bench/startup [LEXICON_DIR] [ROUNDS]
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_support.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"

int main(int argc, char** argv) {
  bench::program_name = "startup";
  const std::string dir = argc > 1 ? argv[1] : claimkb::Lexicon::DefaultDirectory();
  const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 200;
  using Clock = std::chrono::steady_clock;
  std::vector<double> load_ms;
  std::vector<double> build_ms;
  std::vector<double> link_ms;
  std::size_t mentions = 0;
  for (int round = 0; round < rounds; ++round) {
    const auto t0 = Clock::now();
    auto lexicon = bench::Check(claimkb::Lexicon::Load(dir), "load " + dir);
    const auto t1 = Clock::now();
    const claimkb::EntityLinker linker(lexicon);
    const auto t2 = Clock::now();
    // The first Link() of a process, as a search pays it.
    mentions += linker.Link("Gemini 3 Pro 在 SWE-bench Verified 上的表现").size();
    const auto t3 = Clock::now();
    load_ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    build_ms.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
    link_ms.push_back(std::chrono::duration<double, std::milli>(t3 - t2).count());
  }
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  fmt::print("lexicon {}: {} rounds\n", dir, rounds);
  fmt::print("  Lexicon::Load        median {:.3f} ms\n", median(load_ms));
  fmt::print("  EntityLinker build   median {:.3f} ms\n", median(build_ms));
  fmt::print("  first Link()         median {:.3f} ms\n", median(link_ms));
  fmt::print("  ({} mentions linked)\n", mentions / static_cast<std::size_t>(rounds));
  return 0;
}
