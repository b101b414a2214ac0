#include "benchmark_result_extractor.h"

#include "cue_scanner.h"
#include "quantity_parser.h"

namespace claimkb::internal {
namespace {

// Words that say a number is a score rather than a count.
const CueScanner& ScoreWordScanner() {
  static const CueScanner scanner({
      {"分数", 1},
      {"得分", 1},
      {"跑分", 1},
      {"准确率", 1},
      {"成绩", 1},
      {"正确率", 1},
      {"通过率", 1},
      {"score", 1},
      {"scores", 1},
      {"accuracy", 1},
      {"pass@", 1},
      {"elo", 1},
      {"排名", 1},
      {"榜", 1},
  });
  return scanner;
}

bool IsScoreUnit(const std::string& unit) {
  return unit.empty() || unit == "%" || unit == "points" || unit == "x";
}

bool Overlaps(const Quantity& quantity, const NamedEntity& entity) {
  return quantity.begin < entity.end && entity.begin < quantity.end;
}

}  // namespace

std::vector<BenchmarkResult> ExtractBenchmarkResults(std::string_view text,
                                                     const std::vector<NamedEntity>& entities,
                                                     const ResultContext& context) {
  std::vector<BenchmarkResult> results;
  bool names_benchmark = false;
  for (const NamedEntity& entity : entities) {
    names_benchmark |= entity.kind == EntityKind::kBenchmark;
  }
  if (!names_benchmark && context.inherited_benchmark.empty()) return results;
  const bool score_words = !ScoreWordScanner().Scan(text).empty();

  for (const Quantity& quantity : ParseQuantities(text)) {
    if (!IsScoreUnit(quantity.unit)) continue;
    bool inside_name = false;
    for (const NamedEntity& entity : entities) inside_name |= Overlaps(quantity, entity);
    if (inside_name) continue;
    // The nearest model and benchmark named before the number, else the
    // first named anywhere, else the context's.
    std::string model;
    std::string benchmark;
    for (const NamedEntity& entity : entities) {
      if (entity.begin >= quantity.begin) continue;
      if (entity.kind == EntityKind::kModel) model = entity.entity_id;
      if (entity.kind == EntityKind::kBenchmark) benchmark = entity.entity_id;
    }
    for (const NamedEntity& entity : entities) {
      if (model.empty() && entity.kind == EntityKind::kModel) model = entity.entity_id;
      if (benchmark.empty() && entity.kind == EntityKind::kBenchmark) benchmark = entity.entity_id;
    }
    if (model.empty()) model = context.default_model;
    if (benchmark.empty()) {
      const bool looks_like_score =
          quantity.unit == "%" || quantity.unit == "points" || score_words;
      if (!looks_like_score) continue;
      benchmark = context.inherited_benchmark;
    }
    if (!quantity.unit.empty() || quantity.vague || score_words || quantity.low != quantity.high ||
        !quantity.qualifier.empty()) {
      BenchmarkResult result;
      result.model_id = model;
      result.benchmark_id = benchmark;
      result.low = quantity.low;
      result.high = quantity.high;
      result.unit = quantity.unit;
      result.qualifier = quantity.qualifier;
      result.surface = std::string(text.substr(quantity.begin, quantity.end - quantity.begin));
      results.push_back(std::move(result));
    }
  }
  return results;
}

}  // namespace claimkb::internal
