#include "benchmark_result_extractor.h"

#include <algorithm>

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

  // Entities by offset, walked once alongside the quantities (which come in
  // text order): looking at every entity for every number was quadratic
  // on a long claim (issue 11).
  std::vector<const NamedEntity*> by_offset;
  by_offset.reserve(entities.size());
  for (const NamedEntity& entity : entities) by_offset.push_back(&entity);
  std::stable_sort(by_offset.begin(), by_offset.end(),
                   [](const NamedEntity* a, const NamedEntity* b) { return a->begin < b->begin; });
  const std::string* first_model = nullptr;
  const std::string* first_benchmark = nullptr;
  for (const NamedEntity* entity : by_offset) {
    if (!first_model && entity->kind == EntityKind::kModel) first_model = &entity->entity_id;
    if (!first_benchmark && entity->kind == EntityKind::kBenchmark) {
      first_benchmark = &entity->entity_id;
    }
  }
  std::size_t next_entity = 0;                  // First entity not yet before the quantity.
  const std::string* last_model = nullptr;      // Nearest model before it.
  const std::string* last_benchmark = nullptr;  // Nearest benchmark before it.
  std::size_t max_end = 0;                      // Largest end among entities before it.

  for (const Quantity& quantity : ParseQuantities(text)) {
    if (results.size() >= kMaxResultsPerClaim) break;
    while (next_entity < by_offset.size() && by_offset[next_entity]->begin < quantity.begin) {
      const NamedEntity* entity = by_offset[next_entity++];
      if (entity->kind == EntityKind::kModel) last_model = &entity->entity_id;
      if (entity->kind == EntityKind::kBenchmark) last_benchmark = &entity->entity_id;
      max_end = std::max(max_end, entity->end);
    }
    if (!IsScoreUnit(quantity.unit)) continue;
    // Inside a name ("GPT-5"): an entity before it reaching into it, or one
    // starting within it.
    const bool inside_name =
        max_end > quantity.begin ||
        (next_entity < by_offset.size() && Overlaps(quantity, *by_offset[next_entity]));
    if (inside_name) continue;
    // The nearest model and benchmark named before the number, else the
    // first named anywhere, else the context's.
    std::string model = last_model ? *last_model : first_model ? *first_model : std::string();
    std::string benchmark = last_benchmark    ? *last_benchmark
                            : first_benchmark ? *first_benchmark
                                              : std::string();
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
