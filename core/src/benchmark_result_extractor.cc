#include "benchmark_result_extractor.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

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

// Ways of running a benchmark that a claim names beside a number ("45% with
// Deep Think", "开启 Deep Think 模式大约 45%"): kept with the result, since a
// score means little without its setting. Matched case-blind.
constexpr std::string_view kSettingCues[] = {
    "deep think", "pass@1", "pass@k", "with tools", "without tools", "no tools", "无工具",
    "带工具", "high reasoning", "low reasoning", "思考模式", "best-of-n", "majority vote",
    "多数投票", "cons@64", "thinking mode"};

bool IsClauseBreak(std::string_view text, std::size_t at) {
  for (std::string_view mark : {",", ";", "\xEF\xBC\x8C", "\xEF\xBC\x9B", "\xE3\x80\x82", "\xE3\x80\x81"}) {
    if (text.substr(at, mark.size()) == mark) return true;
  }
  return false;
}

bool HasClauseBreak(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t at = begin; at < end && at < text.size(); ++at) {
    if (IsClauseBreak(text, at)) return true;
  }
  return false;
}

std::string LowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "在 USAMO'25 上", " on USAMO": a clause that says where its number was
// scored.
bool NamesAPlace(std::string_view between) {
  const std::size_t zai = between.find("\xE5\x9C\xA8");  // 在
  if (zai != std::string_view::npos &&
      between.find("\xE4\xB8\x8A", zai) != std::string_view::npos) {  // 上
    return true;
  }
  return between.find(" on ") != std::string_view::npos;
}

// Whether the number at [begin, end) is a difference, not a score: "涨了
// 十几分", "差距小于 2 分", "个位数百分比的差距", "improved by 5 points".
// A difference given as a score would put a gain on a model's timeline.
bool IsDifference(std::string_view text, std::size_t begin, std::size_t end) {
  // A cue just before the number, with at most a short word ("小于", "约")
  // and no clause break between.
  constexpr std::size_t kBeforeReach = 9;
  const std::size_t from = begin > kBeforeReach + 12 ? begin - kBeforeReach - 12 : 0;
  const std::string before = LowerAscii(text.substr(from, begin - from));
  for (std::string_view cue :
       {"涨了",   "提升了", "提高了", "高出",   "高了", "低了",   "差距",
        "差了",   "相差",   "领先了", "落后了", "多了", "少了",   "增加了",
        "下降了", "降了",   "掉了",   "拉开了", " by ", "gap of", "lead of"}) {
    const std::size_t at = before.rfind(cue);
    if (at == std::string::npos) continue;
    const std::size_t cue_end = from + at + cue.size();
    if (begin - cue_end <= kBeforeReach && !HasClauseBreak(text, cue_end, begin)) return true;
  }
  // A word for a gap just after it: "40% 的差距", "5 points higher".
  constexpr std::size_t kAfterReach = 18;
  const std::string after = LowerAscii(text.substr(end, kAfterReach));
  for (std::string_view cue : {"差距", "的提升", "的领先", "的涨幅", " gap", " higher", " lower",
                               " lead", " ahead", " behind", " better than", " worse than"}) {
    const std::size_t at = after.find(cue);
    if (at != std::string::npos && !HasClauseBreak(text, end, end + at)) return true;
  }
  return false;
}

// Whether a Latin word ends right before `begin` (after one space) and no
// entity ends there.
bool AfterUnlinkedWord(std::string_view text, std::size_t begin,
                       const std::vector<const NamedEntity*>& entities) {
  std::size_t end = begin;
  if (end > 0 && text[end - 1] == ' ') --end;
  if (end == 0 || !std::isalpha(static_cast<unsigned char>(text[end - 1]))) return false;
  return std::none_of(entities.begin(), entities.end(),
                      [&](const NamedEntity* entity) { return entity->end == end; });
}

// Words that make every model the subject of what follows.
bool SaysEveryone(std::string_view before) {
  const std::string lower = LowerAscii(before);
  for (std::string_view word : {"大家", "各家", "所有模型", "每个模型", "头部模型", "前三", "前五",
                                "前十", "几家", "everyone", "all models", "every model",
                                "all the models", "top models", "top three", "top five"}) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return false;
}

// Whether the number at `begin` is the value of a label that ends within a
// few bytes after `label_end`, as a table row's cell under its column is
// ("RULER 128K：78.4", "GPT-5: 74.9"): a colon, then only spaces.
bool LabelledValue(std::string_view text, std::size_t label_end, std::size_t begin) {
  constexpr std::size_t kMaxLabelTail = 16;
  if (label_end > begin || begin - label_end > kMaxLabelTail) return false;
  std::string_view between = text.substr(label_end, begin - label_end);
  while (between.ends_with(' ')) between.remove_suffix(1);
  if (!(between.ends_with(':') || between.ends_with("\xEF\xBC\x9A"))) return false;
  return !HasClauseBreak(text, label_end, begin);
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
  std::size_t first_model_end = 0;
  const std::string* first_benchmark = nullptr;
  for (const NamedEntity* entity : by_offset) {
    if (!first_model && entity->kind == EntityKind::kModel) {
      first_model = &entity->entity_id;
      first_model_end = entity->end;
    }
    if (!first_benchmark && entity->kind == EntityKind::kBenchmark) {
      first_benchmark = &entity->entity_id;
    }
  }
  std::size_t next_entity = 0;                  // First entity not yet before the quantity.
  const std::string* last_model = nullptr;      // Nearest model before it.
  const std::string* last_benchmark = nullptr;  // Nearest benchmark before it.
  std::size_t last_model_begin = 0;
  std::size_t last_model_end = 0;
  std::size_t last_benchmark_end = 0;
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // Each result's quantity.
  std::size_t max_end = 0;                      // Largest end among entities before it.

  const std::vector<Quantity> quantities = ParseQuantities(text);
  // Whether the first model named has a score of its own after it: then it
  // starts its own statement ("它…拿了 64%，GPT-5.5 是 59%", "前三都过了
  // 70%，Claude Opus 5 是 74.8%"), and a number before it is not its score.
  const bool first_model_scored =
      first_model != nullptr &&
      std::any_of(quantities.begin(), quantities.end(), [&](const Quantity& q) {
        return q.begin >= first_model_end && IsScoreUnit(q.unit);
      });
  for (const Quantity& quantity : quantities) {
    if (results.size() >= kMaxResultsPerClaim) break;
    while (next_entity < by_offset.size() && by_offset[next_entity]->begin < quantity.begin) {
      const NamedEntity* entity = by_offset[next_entity++];
      if (entity->kind == EntityKind::kModel) {
        last_model = &entity->entity_id;
        last_model_begin = entity->begin;
        last_model_end = entity->end;
      }
      if (entity->kind == EntityKind::kBenchmark) {
        last_benchmark = &entity->entity_id;
        last_benchmark_end = entity->end;
      }
      max_end = std::max(max_end, entity->end);
    }
    if (!IsScoreUnit(quantity.unit)) continue;
    // Inside a name ("GPT-5"): an entity before it reaching into it, or one
    // starting within it.
    const bool inside_name =
        max_end > quantity.begin ||
        (next_entity < by_offset.size() && Overlaps(quantity, *by_offset[next_entity]));
    if (inside_name) continue;
    if (IsDifference(text, quantity.begin, quantity.end)) continue;
    // A bare number right after a Latin word no entity ends at is that
    // word's version ("Grock 4 试过", "Step 3"), not a score; after a named
    // benchmark ("GPQA 80") it is one.
    if (quantity.unit.empty() && AfterUnlinkedWord(text, quantity.begin, by_offset)) continue;
    // "R1 在 MATH 上 97%，Qwen3 在 USAMO'25 上 21%": once another model's
    // result has used the last benchmark, a model named in a new clause
    // starts a new statement whose benchmark the linker did not know; the
    // earlier benchmark is not it.
    // A list under one benchmark ("…上约 77%，Gemini 3 Pro 76%") names none
    // in between, so only a clause that places its number "在 … 上" or
    // "on …" counts as a new statement.
    if (last_benchmark != nullptr && last_model != nullptr &&
        last_model_begin > last_benchmark_end &&
        HasClauseBreak(text, last_benchmark_end, last_model_begin) &&
        NamesAPlace(text.substr(last_model_end, quantity.begin - std::min(quantity.begin,
                                                                          last_model_end))) &&
        std::any_of(results.begin(), results.end(), [&](const BenchmarkResult& earlier) {
          return earlier.benchmark_id == *last_benchmark && earlier.model_id != *last_model;
        })) {
      continue;
    }
    // The nearest model and benchmark named before the number, else the
    // first named anywhere (unless that one has its own score after it),
    // else the context's.
    std::string model = last_model                           ? *last_model
                        : first_model && !first_model_scored ? *first_model
                                                             : std::string();
    std::string benchmark = last_benchmark    ? *last_benchmark
                            : first_benchmark ? *first_benchmark
                                              : std::string();
    // The turn's model is the subject only when the claim names no other:
    // "大家基本都在80%左右" is every lab's model, not the one being discussed.
    // Nor is it the model that starts its own statement after the number.
    if (model.empty() && !SaysEveryone(text.substr(0, quantity.begin)) &&
        !(first_model_scored && context.default_model == *first_model)) {
      model = context.default_model;
    }
    if (benchmark.empty()) {
      const bool looks_like_score =
          quantity.unit == "%" || quantity.unit == "points" || score_words;
      if (!looks_like_score) continue;
      benchmark = context.inherited_benchmark;
    }
    // A bare number set after a benchmark's or a model's name and a colon
    // is that column's value in a table row read as a line.
    const std::size_t label_end =
        std::max(last_benchmark ? last_benchmark_end : 0, last_model ? last_model_end : 0);
    const bool labelled = label_end > 0 && LabelledValue(text, label_end, quantity.begin);
    if (!quantity.unit.empty() || quantity.vague || score_words || quantity.low != quantity.high ||
        !quantity.qualifier.empty() || labelled) {
      BenchmarkResult result;
      result.model_id = model;
      result.benchmark_id = benchmark;
      result.low = quantity.low;
      result.high = quantity.high;
      result.unit = quantity.unit;
      result.qualifier = quantity.qualifier;
      result.surface = std::string(text.substr(quantity.begin, quantity.end - quantity.begin));
      results.push_back(std::move(result));
      spans.emplace_back(quantity.begin, quantity.end);
    }
  }
  // A setting belongs to the result in its clause: the one just before it
  // ("45% with Deep Think"), else the one just after it ("开启 Deep Think
  // 模式大约 45%").
  const std::string lower = LowerAscii(text);
  for (std::string_view cue : kSettingCues) {
    for (std::size_t at = lower.find(cue); at != std::string::npos;
         at = lower.find(cue, at + cue.size())) {
      std::optional<std::size_t> owner;
      for (std::size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].second <= at && !HasClauseBreak(text, spans[i].second, at)) owner = i;
      }
      if (!owner) {
        for (std::size_t i = 0; i < spans.size(); ++i) {
          if (spans[i].first >= at + cue.size() &&
              !HasClauseBreak(text, at + cue.size(), spans[i].first)) {
            owner = i;
            break;
          }
        }
      }
      if (!owner) continue;
      std::string& qualifier = results[*owner].qualifier;
      const std::string setting(text.substr(at, cue.size()));
      if (qualifier.find(setting) == std::string::npos) {
        qualifier += (qualifier.empty() ? "" : ", ") + setting;
      }
    }
  }
  // "Gen3 的分数从十几到三十几": the number a change starts from is the
  // score before this model, its predecessor's, not the model's own. When
  // the start of a change would go to the same model as its end, it goes to
  // no model (the predecessor is not named); "Gemini 2.5 的 20% 到 Gemini 3
  // 的 35%" names both and keeps them.
  for (std::size_t i = 0; i < results.size(); ++i) {
    BenchmarkResult& start = results[i];
    if (!start.qualifier.starts_with("before") && !start.qualifier.starts_with("alternative")) {
      continue;
    }
    for (std::size_t j = i + 1; j < results.size(); ++j) {
      if (!results[j].qualifier.starts_with("after")) continue;
      if (results[j].model_id == start.model_id &&
          results[j].benchmark_id == start.benchmark_id) {
        start.model_id.clear();
      }
      break;
    }
  }
  return results;
}

}  // namespace claimkb::internal
