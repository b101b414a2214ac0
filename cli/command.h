// The command table. Each command lives in its own file and registers a
// CLI11 subcommand; the action it installs returns a Status that main() turns
// into an exit code, once, for every command.
#ifndef CLAIMKB_CLI_COMMAND_H_
#define CLAIMKB_CLI_COMMAND_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "claimkb/core/result.h"
#include "output.h"

namespace claimkb::cli {

// Options shared by every command, filled in by CLI11 before an action runs.
struct GlobalOptions {
  std::vector<std::string> databases;  // --db, repeatable; empty = the default directory.
  std::string lexicon_dir;             // --lexicon; empty = the bundled lexicon.
};

// What a command needs to report its outcome. `partial_failure` is set when
// some input was rejected but the command otherwise did its job (exit 1).
struct CommandOutcome {
  bool partial_failure = false;
};

using Action = std::function<Result<CommandOutcome>()>;

// Adds one subcommand to `app`; stores its action in `*selected` when the
// user picks it.
using Registrar = void (*)(CLI::App& app, const GlobalOptions& globals, Action* selected);

struct CommandEntry {
  const char* name;
  Registrar registrar;
};

// Every command, in the order `claimkb --help` lists them.
const std::vector<CommandEntry>& CommandTable();

// Commands that other commands (demo) run with their own arguments.
struct IngestArgs {
  std::vector<std::string> paths;
  OutputFormat format = OutputFormat::kText;
  bool quiet = false;
  bool as_note = false;  // Keep files that look like notes.
  bool explain = false;  // Print what the reader recognised; store nothing.
};
Result<CommandOutcome> RunIngest(const GlobalOptions& globals, const IngestArgs& args);

Result<CommandOutcome> RunEpisodes(const GlobalOptions& globals, OutputFormat format);

struct ClaimsArgs {
  std::string model;
  std::string benchmark;
  std::string speaker;
  std::string topic;
  std::string stance;
  std::string episode;
  std::string since;
  std::string until;
  int limit = 0;
  int offset = 0;
  OutputFormat format = OutputFormat::kText;
};
Result<CommandOutcome> RunClaims(const GlobalOptions& globals, const ClaimsArgs& args);

struct SearchArgs {
  std::string query;
  int limit = 20;
  int offset = 0;
  int context = 0;
  bool facets = false;
  bool explain = false;
  std::string order = "relevance";
  OutputFormat format = OutputFormat::kText;
};
Result<CommandOutcome> RunSearch(const GlobalOptions& globals, const SearchArgs& args);

struct AskArgs {
  std::string question;
  int limit = 20;
  bool explain = false;
  std::string today;
  OutputFormat format = OutputFormat::kText;
};
Result<CommandOutcome> RunAsk(const GlobalOptions& globals, const AskArgs& args);

// Adds an integer option that must not be negative (--limit, --offset,
// --context): a negative value is a usage error (exit 2) in every command.
CLI::Option* AddCountOption(CLI::App* command, const std::string& name, int* value,
                            const std::string& help);

// Adds --format with the formats a listing supports to `command`.
void AddFormatOption(CLI::App* command, OutputFormat* format,
                     const std::vector<OutputFormat>& allowed);

}  // namespace claimkb::cli

#endif  // CLAIMKB_CLI_COMMAND_H_
