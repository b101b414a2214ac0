// claimkb demo — the main job on the bundled samples: ingest data/samples/
// into a fresh database and answer a few questions with citations.
#include <fmt/format.h>
#include <stdlib.h>

#include <filesystem>
#include <functional>

#include "claimkb/core/resources.h"
#include "command.h"

namespace claimkb::cli {
namespace {

struct DemoArgs {
  std::string samples = SamplesResourceDirectory();
  bool keep = false;
};

// A new empty directory under the system's temporary directory.
Result<std::string> MakeTemporaryDatabase() {
  std::string pattern = (std::filesystem::temp_directory_path() / "claimkb-demo-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    return MakeError(ErrorCode::kIO, "cannot create a temporary database directory");
  }
  return pattern;
}

void Heading(const std::string& command) {
  fmt::print("\n{}\n", Bold(fmt::format("$ claimkb {}", command)));
}

Result<CommandOutcome> RunDemo(const GlobalOptions& globals, const DemoArgs& args) {
  GlobalOptions demo = globals;
  bool temporary = demo.databases.empty();
  if (temporary) {
    auto dir = MakeTemporaryDatabase();
    if (!dir) return std::unexpected(dir.error());
    demo.databases = {*dir};
  }
  fmt::print("claimkb demo: database {}\n", demo.databases.front());

  // The temporary database goes away however the demo ends.
  struct Cleanup {
    std::string dir;
    ~Cleanup() {
      if (dir.empty()) return;
      std::error_code ignored;
      std::filesystem::remove_all(dir, ignored);
      fmt::print("\n(demo database removed; use --keep or --db DIR to keep it)\n");
    }
  } cleanup{temporary && !args.keep ? demo.databases.front() : ""};

  ClaimsArgs coding;
  coding.model = "Gemini 3";
  coding.topic = "coding";
  coding.limit = 4;
  ClaimsArgs arc;
  arc.benchmark = "ARC-AGI-2";
  arc.limit = 3;
  arc.format = OutputFormat::kMarkdown;
  SearchArgs search;
  search.query = "多模态推理";
  search.limit = 3;
  AskArgs ask;
  ask.question = "what did speakers say about Gemini 3 coding vs benchmarks";
  ask.limit = 6;
  // Each step: the command line a user would type, and the same command run.
  const std::vector<std::pair<std::string, std::function<Result<CommandOutcome>()>>> steps = {
      {fmt::format("ingest {}", args.samples),
       [&] {
         return RunIngest(demo, IngestArgs{{args.samples}, OutputFormat::kText, true});
       }},
      {"episodes", [&] { return RunEpisodes(demo, OutputFormat::kText); }},
      {"claims --model \"Gemini 3\" --topic coding --limit 4",
       [&] { return RunClaims(demo, coding); }},
      {"claims --benchmark ARC-AGI-2 --limit 3 --format markdown",
       [&] { return RunClaims(demo, arc); }},
      {"search 多模态推理 --limit 3", [&] { return RunSearch(demo, search); }},
      {"ask \"what did speakers say about Gemini 3 coding vs benchmarks\" --limit 6",
       [&] { return RunAsk(demo, ask); }},
  };
  CommandOutcome outcome;
  for (const auto& [command, run] : steps) {
    Heading(command);
    auto result = run();
    if (!result) return std::unexpected(result.error());
    outcome.partial_failure = outcome.partial_failure || result->partial_failure;
  }
  return outcome;
}

}  // namespace

void RegisterDemo(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto args = std::make_shared<DemoArgs>();
  CLI::App* command = app.add_subcommand(
      "demo", "Ingest the bundled samples into a fresh database and answer a few questions");
  command->add_option("--samples", args->samples, "Directory of digests to use")
      ->capture_default_str();
  command->add_flag("--keep", args->keep, "Keep the temporary database and print its path");
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] { return RunDemo(globals, *args); };
  });
}

}  // namespace claimkb::cli
