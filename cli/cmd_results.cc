// claimkb results — the benchmark numbers stated in claims, one per line:
// which model, which benchmark, what value or range, said by whom and where.
// Vague quantities keep their range ("三十几" is 31–39), never a made-up
// point. The same results, grouped with the rest of what was said about each
// benchmark, are `claimkb benchmarks` (claimkb/query/benchmark_tracking.h).
#include <fmt/format.h>

#include "benchmark_printer.h"
#include "claimkb/query/benchmark_tracking.h"
#include "command.h"
#include "date_bound.h"
#include "session.h"

namespace claimkb::cli {
namespace {

struct ResultsArgs {
  std::string benchmark;
  std::string model;
  std::string since;
  std::string until;
  OutputFormat format = OutputFormat::kText;
};

Result<CommandOutcome> RunResults(const GlobalOptions& globals, const ResultsArgs& args) {
  auto dates = DateRangeOf(args.since, args.until);
  if (!dates) return std::unexpected(dates.error());
  Session session(globals);
  auto tracks =
      session.knowledge_base().Benchmarks({args.benchmark, args.model, dates->since, dates->until});
  if (!tracks) return std::unexpected(tracks.error());

  std::vector<nlohmann::json> records;
  for (const BenchmarkTrack& track : *tracks) {
    if (track.results.empty()) continue;
    if (args.format == OutputFormat::kText) fmt::print("{}\n", Bold(Shown(track.name)));
    for (const StatedResult& result : track.results) {
      if (args.format != OutputFormat::kText) {
        records.push_back({{"benchmark", track.benchmark_id},
                           {"model", result.model_id},
                           {"model_version", result.model_version},
                           {"low", result.low},
                           {"high", result.high},
                           {"unit", result.unit},
                           {"qualifier", result.setting},
                           {"surface", result.stated},
                           {"claim", result.claim_id},
                           {"speaker", result.speaker},
                           {"episode", {{"id", result.episode_slug}, {"date", result.episode_date}}},
                           {"link", result.link},
                           {"also_stated_in", result.also_stated_in}});
        continue;
      }
      fmt::print("  {:<22} {:>10} {}  {} · {} {}\n", Shown(result.model_name),
                 Shown(ValueText(result)),
                 Dim(Shown(result.setting.empty() ? "" : "(" + result.setting + ")")),
                 Shown(result.speaker), result.episode_date.empty() ? "undated" : result.episode_date,
                 FormatOptionalSeconds(result.second));
      fmt::print("  {}\n", Dim(Shown(fmt::format("\"{}\"  {}  {}", result.stated, result.claim_id,
                                                 result.link))));
    }
  }
  // Tables flatten the episode to its id.
  if (args.format == OutputFormat::kCsv || args.format == OutputFormat::kMarkdown) {
    for (nlohmann::json& record : records) {
      record["episode_date"] = record["episode"]["date"];
      record["episode"] = record["episode"]["id"];
    }
  }
  PrintRecords("results", records,
               {"benchmark", "model", "model_version", "low", "high", "unit", "qualifier",
                "surface", "claim", "speaker", "episode", "episode_date", "link"},
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
  command->add_option("--since", args->since, "Only claims of episodes on or after YYYY-MM[-DD]");
  command->add_option("--until", args->until, "Only claims of episodes on or before YYYY-MM[-DD]");
  AddFormatOption(command, &args->format, AllFormats());
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] { return RunResults(globals, *args); };
  });
}

}  // namespace claimkb::cli
