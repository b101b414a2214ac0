// claimkb help [COMMAND] — a command's options followed by worked examples,
// and where this claimkb finds its data. `claimkb COMMAND --help` gives the
// options alone.
#include <fmt/format.h>

#include <map>
#include <string>

#include "claimkb/core/lexicon.h"
#include "claimkb/core/resources.h"
#include "claimkb/indexer/database_location.h"
#include "command.h"

namespace claimkb::cli {
namespace {

// Examples per command: what a user types, and why. Every line runs against
// a database made by `claimkb ingest` of the bundled samples.
const std::map<std::string, std::string>& Examples() {
  static const std::map<std::string, std::string> examples = {
      {"ingest",
       "  claimkb ingest ~/digests                 # every *.md under a directory\n"
       "  claimkb ingest a.md b.md --db ./kb       # into a database of its own\n"
       "  claimkb ingest ~/digests --format json   # one report per file, for scripts\n"},
      {"episodes", "  claimkb episodes\n  claimkb episodes --format json\n"},
      {"show",
       "  claimkb show frontier-bench-weekly-reasoning   # sections, time ranges, speakers\n"
       "  claimkb show 'Frontier Bench'                  # by part of the title\n"},
      {"speakers", "  claimkb speakers          # canonical names and every spelling seen\n"},
      {"search",
       "  claimkb search 'model:\"Gemini 3\" topic:coding'\n"
       "  claimkb search '多模态推理' --context 1      # with neighbouring sentences\n"
       "  claimkb search 'benchmark:arc-agi-2 stance:negative' --facets\n"
       "  claimkb search 'agents date:2025-11..' --order newest --format markdown\n"},
      {"ask",
       "  claimkb ask 'what did speakers say about Gemini 3 coding vs benchmarks'\n"
       "  claimkb ask '上个月大家怎么评价 Gemini 3？' --today 2025-12-15\n"
       "  claimkb ask 'is SWE-bench saturated' --explain --format json\n"},
      {"claims",
       "  claimkb claims --model 'Gemini 3' --topic coding --limit 4\n"
       "  claimkb claims --speaker 'Maya Chen' --since 2025-11-01 --format csv\n"},
      {"results",
       "  claimkb results --benchmark ARC-AGI-2\n"
       "  claimkb results --model 'Gemini 3 Pro' --format json\n"},
      {"cite",
       "  claimkb cite 'frontier-bench-weekly-reasoning#12'     # a Markdown quote with link\n"
       "  claimkb cite ID1 ID2 --format text\n"
       "  claimkb cite ID1 ID2 --style csl-json > claims.json  # for pandoc --citeproc\n"
       "  claimkb cite 'compute-corner-ep5-notes#7' --style bibtex --accessed 2026-01-05\n"},
      {"entities", "  claimkb entities --kind benchmark\n  claimkb entities --format json\n"},
      {"related",
       "  claimkb related 'model-observatory-gemini3-panel#13'   # supports, contradicts, summary\n"
       "  claimkb related 'model-observatory-gemini3-panel#20' --format json\n"},
      {"graph",
       "  claimkb graph --around 'Gemini 3 Pro' --depth 1        # DOT: pipe into dot -Tsvg\n"
       "  claimkb graph --around 'Gemini 3' --format graphml     # for Gephi\n"
       "  claimkb graph --around ARC-AGI-2 --depth 2 --format json\n"},
      {"reextract", "  claimkb reextract         # after editing the lexicon\n"},
      {"reindex",
       "  claimkb reindex           # rebuild the search index beside the old one, then swap\n"},
      {"check",
       "  claimkb check             # exit 1 when the index is stale or corrupt\n"
       "  claimkb check --format json\n"},
      {"demo", "  claimkb demo\n  claimkb demo --keep       # keep the temporary database\n"},
      {"help", "  claimkb help search\n"},
  };
  return examples;
}

std::string Files() {
  return fmt::format(
      "Files:\n"
      "  database    {}  (--db, $CLAIMKB_DB)\n"
      "  lexicon     {}  (--lexicon, $CLAIMKB_LEXICON)\n"
      "  migrations  {}\n"
      "  samples     {}  (claimkb demo)\n",
      DefaultDatabaseDirectory(), Lexicon::DefaultDirectory(), MigrationsResourceDirectory(),
      SamplesResourceDirectory());
}

Result<CommandOutcome> RunHelp(const CLI::App& app, const std::string& topic) {
  if (topic.empty()) {
    // App::help() would describe the subcommand being run (help itself).
    fmt::print("{}\nclaimkb help COMMAND shows a command's options and examples.\n\n{}",
               app.get_formatter()->make_help(&app, "claimkb", CLI::AppFormatMode::Normal),
               Files());
    return CommandOutcome{};
  }
  const CLI::App* command = nullptr;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->get_name() == topic) command = sub;
  }
  if (command == nullptr) {
    return MakeError(ErrorCode::kInvalidArgument, fmt::format("no command \"{}\"", topic),
                     "`claimkb help` lists the commands");
  }
  fmt::print("{}", command->help());
  if (auto it = Examples().find(topic); it != Examples().end()) {
    fmt::print("\nExamples:\n{}", it->second);
  }
  return CommandOutcome{};
}

}  // namespace

void RegisterHelp(CLI::App& app, const GlobalOptions&, Action* selected) {
  auto topic = std::make_shared<std::string>();
  CLI::App* command =
      app.add_subcommand("help", "A command's options with examples, and where data is found");
  command->add_option("command", *topic, "The command to explain");
  command->callback(
      [&app, topic, selected] { *selected = [&app, topic] { return RunHelp(app, *topic); }; });
}

}  // namespace claimkb::cli
