// claimkb benchmarks [BENCHMARK] [--timeline] [--plot FILE.svg] — each
// benchmark with how often, by whom and in which episodes it was discussed,
// the models named with it, the results stated for it and the stance taken
// toward the benchmark itself (claimkb/query/benchmark_tracking.h).
#include <fmt/format.h>

#include <fstream>

#include "benchmark_printer.h"
#include "claimkb/query/benchmark_tracking.h"
#include "command.h"
#include "date_bound.h"
#include "session.h"

namespace claimkb::cli {
namespace {

struct BenchmarksArgs {
  std::string benchmark;
  std::string model;
  std::string since;
  std::string until;
  bool timeline = false;
  std::string plot;
  OutputFormat format = OutputFormat::kText;
};

void PrintTimeline(const BenchmarkTrack& track) {
  fmt::print("{} — timeline\n", Bold(Shown(track.name)));
  std::string last_episode;
  for (const BenchmarkMention& mention : track.mentions) {
    if (mention.episode_slug != last_episode) {
      last_episode = mention.episode_slug;
      fmt::print("{}  {}\n", mention.episode_date.empty() ? "undated" : mention.episode_date,
                 Shown(mention.episode_slug));
    }
    fmt::print("  {} {}: {}  {}\n", FormatOptionalSeconds(mention.second), Shown(mention.speaker),
               Shown(mention.text), Dim(mention.claim_id));
    for (const StatedResult& result : track.results) {
      if (result.claim_id == mention.claim_id) PrintResultLine(result);
    }
  }
}

Result<CommandOutcome> RunBenchmarks(const GlobalOptions& globals, const BenchmarksArgs& args) {
  if (!args.plot.empty() && args.benchmark.empty()) {
    return MakeError(ErrorCode::kInvalidArgument, "--plot draws one benchmark's timeline",
                     "name it: claimkb benchmarks ARC-AGI-2 --plot arc.svg");
  }
  auto dates = DateRangeOf(args.since, args.until);
  if (!dates) return std::unexpected(dates.error());
  Session session(globals);
  auto tracks =
      session.knowledge_base().Benchmarks({args.benchmark, args.model, dates->since, dates->until});
  if (!tracks) return std::unexpected(tracks.error());

  if (!args.plot.empty()) {
    std::ofstream out(args.plot, std::ios::binary | std::ios::trunc);
    BenchmarkTrack empty;
    empty.name = args.benchmark;
    out << TimelineSvg(tracks->empty() ? empty : tracks->front());
    out.close();
    if (!out) {
      return MakeError(ErrorCode::kIO, "cannot write " + args.plot, "check the path");
    }
  }
  if (args.format == OutputFormat::kText) {
    if (tracks->empty()) fmt::print("No claim discusses {}.\n", Shown(args.benchmark));
    for (const BenchmarkTrack& track : *tracks) {
      args.timeline ? PrintTimeline(track) : PrintTrack(track);
    }
    return CommandOutcome{};
  }
  std::vector<nlohmann::json> records;
  for (const BenchmarkTrack& track : *tracks) {
    nlohmann::json record = TrackToJson(track, args.timeline);
    if (args.format == OutputFormat::kCsv || args.format == OutputFormat::kMarkdown) {
      // Tables: one row per benchmark, lists as "name (claims)".
      record = {{"benchmark", track.benchmark_id},
                {"name", track.name},
                {"claims", track.claim_count},
                {"speakers", TallyTexts(track.speakers)},
                {"episodes", TallyTexts(track.episodes)},
                {"models", TallyTexts(track.models)},
                {"results", track.results.size()},
                {"positive", track.positive},
                {"negative", track.negative},
                {"mixed", track.mixed}};
    }
    records.push_back(std::move(record));
  }
  PrintRecords("benchmarks", records,
               {"benchmark", "name", "claims", "speakers", "episodes", "models", "results",
                "positive", "negative", "mixed"},
               args.format);
  return CommandOutcome{};
}

}  // namespace

void RegisterBenchmarks(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto args = std::make_shared<BenchmarksArgs>();
  CLI::App* command = app.add_subcommand(
      "benchmarks", "Benchmarks discussed: by whom, where, models, stated results, stance");
  command->add_option("benchmark", args->benchmark, "One benchmark, with its descendants");
  command->add_option("--model", args->model, "Only results for this model (with descendants)");
  command->add_flag("--timeline", args->timeline, "Every claim about it, in date order");
  command->add_option("--plot", args->plot, "Draw the stated results over time as an SVG file");
  command->add_option("--since", args->since, "Only claims of episodes on or after YYYY-MM[-DD]");
  command->add_option("--until", args->until, "Only claims of episodes on or before YYYY-MM[-DD]");
  AddFormatOption(command, &args->format, AllFormats());
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] { return RunBenchmarks(globals, *args); };
  });
}

}  // namespace claimkb::cli
