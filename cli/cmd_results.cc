// claimkb results — the benchmark numbers stated in claims: which model,
// which benchmark, what value or range, said by whom and where. Vague
// quantities keep their range ("三十几" is 31–39), never a made-up point.
#include <fmt/format.h>

#include <algorithm>

#include "claimkb/query/citation.h"
#include "command.h"
#include "session.h"

namespace claimkb::cli {
namespace {

struct ResultsArgs {
  std::string benchmark;
  std::string model;
  OutputFormat format = OutputFormat::kText;
};

std::string ValueText(const BenchmarkResult& result) {
  auto number = [](double value) { return fmt::format("{:g}", value); };
  std::string value = result.low == result.high
                          ? number(result.low)
                          : fmt::format("{}–{}", number(result.low), number(result.high));
  return value + result.unit;
}

std::string EntityName(const Lexicon& lexicon, const std::string& id) {
  if (id.empty()) return "(model not named)";
  const LexiconEntry* entry = lexicon.Find(id);
  return entry != nullptr ? entry->name : id;
}

Result<CommandOutcome> RunResults(const GlobalOptions& globals, const ResultsArgs& args) {
  Session session(globals);
  auto linker = session.linker();
  if (!linker) return std::unexpected(linker.error());
  const Lexicon& lexicon = (*linker)->lexicon();
  // Both filters include descendants, as in `claimkb claims`.
  std::vector<std::string> benchmarks;
  std::vector<std::string> models;
  for (auto [name, kind, ids] : {std::tuple{&args.benchmark, EntityKind::kBenchmark, &benchmarks},
                                 std::tuple{&args.model, EntityKind::kModel, &models}}) {
    if (name->empty()) continue;
    std::string id = (*linker)->Resolve(*name);
    const LexiconEntry* entry = id.empty() ? nullptr : lexicon.Find(id);
    if (entry == nullptr || entry->kind != kind) {
      return MakeError(
          ErrorCode::kInvalidArgument,
          fmt::format("no {} called \"{}\" in the lexicon", EntityKindName(kind), *name));
    }
    *ids = lexicon.Descendants(id);
  }
  auto stores = session.local_readers();
  if (!stores) return std::unexpected(stores.error());
  // Every database's results, each with the store that holds its claim.
  std::vector<std::pair<Store::StoredResult, const Store*>> results;
  for (const Store* store : *stores) {
    auto listed = store->ListResults("");
    if (!listed) return std::unexpected(listed.error());
    for (Store::StoredResult& result : *listed) results.emplace_back(std::move(result), store);
  }
  // Grouped by benchmark; within one, the store's date order stands.
  std::stable_sort(results.begin(), results.end(), [](const auto& a, const auto& b) {
    return a.first.result.benchmark_id < b.first.result.benchmark_id;
  });

  auto wanted = [](const std::vector<std::string>& ids, const std::string& id) {
    return ids.empty() || std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  std::vector<nlohmann::json> records;
  std::string current_benchmark;
  for (const auto& [stored, store] : results) {
    const BenchmarkResult& result = stored.result;
    if (!wanted(benchmarks, result.benchmark_id) || !wanted(models, result.model_id)) continue;
    auto claim = store->GetClaim(stored.claim_id);
    if (!claim) return std::unexpected(claim.error());
    std::optional<int> second = CitationSecond(claim->claim);
    std::string speaker = claim->claim.by_editor ? "editor" : claim->speaker_name;
    std::string link = TimestampLink(claim->episode_url, second);
    if (args.format != OutputFormat::kText) {
      records.push_back({{"benchmark", result.benchmark_id},
                         {"model", result.model_id},
                         {"low", result.low},
                         {"high", result.high},
                         {"unit", result.unit},
                         {"qualifier", result.qualifier},
                         {"surface", result.surface},
                         {"claim", claim->id},
                         {"speaker", speaker},
                         {"episode", {{"id", claim->episode_slug}, {"date", claim->episode_date}}},
                         {"link", link}});
      continue;
    }
    if (result.benchmark_id != current_benchmark) {
      current_benchmark = result.benchmark_id;
      fmt::print("{}\n", Bold(EntityName(lexicon, current_benchmark)));
    }
    fmt::print("  {:<22} {:>10} {}  {} · {} {}\n", EntityName(lexicon, result.model_id),
               Shown(ValueText(result)),
               Dim(Shown(result.qualifier.empty() ? "" : "(" + result.qualifier + ")")),
               Shown(speaker), claim->episode_date.empty() ? "undated" : claim->episode_date,
               FormatOptionalSeconds(second));
    fmt::print("  {}\n", Dim(Shown(fmt::format("\"{}\"  {}", result.surface, link))));
  }
  // Tables flatten the episode to its id.
  if (args.format == OutputFormat::kCsv || args.format == OutputFormat::kMarkdown) {
    for (nlohmann::json& record : records) {
      record["episode_date"] = record["episode"]["date"];
      record["episode"] = record["episode"]["id"];
    }
  }
  PrintRecords("results", records,
               {"benchmark", "model", "low", "high", "unit", "qualifier", "surface", "claim",
                "speaker", "episode", "episode_date", "link"},
               args.format);
  return CommandOutcome{};
}

}  // namespace

void RegisterResults(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto args = std::make_shared<ResultsArgs>();
  CLI::App* command =
      app.add_subcommand("results", "Benchmark scores stated in claims, with who said them");
  command->add_option("--benchmark", args->benchmark, "Benchmark, with its descendants");
  command->add_option("--model", args->model, "Model, with its descendants");
  AddFormatOption(command, &args->format, AllFormats());
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] { return RunResults(globals, *args); };
  });
}

}  // namespace claimkb::cli
