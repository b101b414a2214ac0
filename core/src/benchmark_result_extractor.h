// Private helper of the claim extractor: turns the numbers of a claim about a
// model on a benchmark into BenchmarkResults. "Gen3 的分数从十几（或个位数）到
// 三十几" on ARC-AGI-2 gives three results: 11..19 before and 1..9 as its
// alternative, both for no model (the score before Gemini 3 was its
// predecessor's, which the claim does not name), and 31..39 after, for
// gemini-3.
#ifndef CLAIMKB_CORE_BENCHMARK_RESULT_EXTRACTOR_H_
#define CLAIMKB_CORE_BENCHMARK_RESULT_EXTRACTOR_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/claim.h"

namespace claimkb::internal {

// An entity named in the claim text.
struct NamedEntity {
  std::size_t begin = 0;  // Byte offsets in the claim text.
  std::size_t end = 0;
  std::string entity_id;
  EntityKind kind = EntityKind::kModel;
};

struct ResultContext {
  // The model the claim is about when it names none before a number: its
  // subject, possibly inherited from the turn. May be empty.
  std::string default_model;
  // A benchmark named earlier in the paragraph, for claims that name none.
  // May be empty.
  std::string inherited_benchmark;
};

// Results stated in `text`. A claim that names no benchmark and inherits none
// states no results. With only an inherited benchmark, a number counts only
// when it looks like a score (a percentage, points, or a score word nearby),
// so that "8~10 个 agent" after a benchmark is not read as its result.
// At most kMaxResultsPerClaim results, the first in the text: a claim
// stating more is a table or a hostile file, not a sentence.
inline constexpr std::size_t kMaxResultsPerClaim = 16;
std::vector<BenchmarkResult> ExtractBenchmarkResults(std::string_view text,
                                                     const std::vector<NamedEntity>& entities,
                                                     const ResultContext& context);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_BENCHMARK_RESULT_EXTRACTOR_H_
