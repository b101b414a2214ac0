// Benchmark names the lexicon does not list, recognised by their shape or
// their context: a name ending in Bench, -bench, Eval, QA or Arena
// ("LiveCodeBench", "GDP-bench", "C-Eval"); a known benchmark with a year or
// an edition ("AIME 2025", "AIME'25", "AIME25", "MMLU-Pro"); an acronym where
// a score or a benchmark word stands beside it ("在 GPQA 上得分", "BFCL 得分",
// "on HLE"). Private to claimkb_core; NameGrammar runs it.
#ifndef CLAIMKB_CORE_BENCHMARK_CUES_H_
#define CLAIMKB_CORE_BENCHMARK_CUES_H_

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "name_tokens.h"

namespace claimkb {
class Lexicon;
}

namespace claimkb::internal {

class BenchmarkCues {
 public:
  // Known benchmark names ("AIME", "MMLU") come from the lexicon's benchmark
  // entries; `families` are the model family keys, which are never
  // benchmarks ("GLM 得分" is a model's score). Keeps pointers into the
  // entries' strings: `lexicon` must outlive the cues (the linker owns both).
  BenchmarkCues(const Lexicon& lexicon, std::unordered_set<std::string> families);

  // The id and display name of the benchmark whose folded, separator-free
  // key is `key` ("hle"), or nothing.
  std::optional<std::pair<std::string, std::string>> KnownBenchmark(const std::string& key) const;

  // Appends the benchmark names in `tokens` to `found`.
  void Scan(const std::vector<NameToken>& tokens, const std::vector<NormChar>& chars,
            std::vector<GrammarName>* found) const;

 private:
  // Whether tokens[first..last] (joined, three at most) spell a known benchmark.
  bool KnownSpan(const std::vector<NameToken>& tokens, std::size_t first, std::size_t last) const;
  // Whether the name tokens[first..last] stands in a list beside a known
  // benchmark, directly or through other acronyms of the list.
  bool ListedBesideKnown(const std::vector<NameToken>& tokens, const std::vector<NormChar>& chars,
                         std::size_t first, std::size_t last) const;

  // Pointers to the entry's own strings, not copies: a large catalog has
  // tens of thousands of benchmark spellings, each copied twice at every
  // start-up before.
  struct Known {
    const std::string* display = nullptr;  // "AIME".
    const std::string* id = nullptr;       // "aime".
  };
  std::unordered_map<std::string, Known> benchmarks_;  // Folded key → benchmark.
  std::unordered_set<std::string> families_;
};

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_BENCHMARK_CUES_H_
