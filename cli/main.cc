// Entry point: builds the command table and maps errors to exit codes, once.
//   0  everything worked
//   1  some input was rejected, or the command failed (reason on stderr)
//   2  usage error (bad flags, malformed query)
// An exception that escapes a command is a bug, but it must still end in a
// message and exit 1, never in std::terminate's abort and core dump.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "claimkb/core/huge_page_heap.h"
#include "command.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

int ExitCodeFor(const claimkb::Error& error) {
  return error.code == claimkb::ErrorCode::kInvalidArgument ? kExitUsage : kExitFailure;
}

int Run(int argc, char** argv) {
  CLI::App app{
      "claimkb: who said what about which AI model, at which minute.\n"
      "Ingest Markdown digests of podcasts and livestreams, then search, ask and cite."};
  app.require_subcommand(1);
  // Global options may follow the subcommand: `claimkb ingest x.md --db d`.
  app.fallthrough();
  app.set_version_flag("--version", "claimkb 0.1.0");

  claimkb::cli::GlobalOptions globals;
  app.add_option("--db", globals.databases,
                 "Database directory (repeatable; tcp://host:port for a remote shard). "
                 "Default: $CLAIMKB_DB, else $XDG_DATA_HOME/claimkb")
      ->type_name("DIR")
      // One directory per --db: `claimkb ingest --db d a.md` must not read
      // the files as more databases and then ask for paths.
      ->allow_extra_args(false);
  app.add_option("--lexicon", globals.lexicon_dir,
                 "Lexicon directory (default: $CLAIMKB_LEXICON, else the bundled data/lexicon)")
      ->type_name("DIR");

  claimkb::cli::Action action;
  for (const claimkb::cli::CommandEntry& entry : claimkb::cli::CommandTable()) {
    entry.registrar(app, globals, &action);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (!action) return kExitUsage;

  claimkb::Result<claimkb::cli::CommandOutcome> outcome = action();
  std::cout.flush();
  if (!outcome) {
    std::cerr << "claimkb: " << outcome.error().ToString() << '\n';
    return ExitCodeFor(outcome.error());
  }
  return outcome->partial_failure ? kExitFailure : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  // Before anything allocates: see huge_page_heap.h for why.
  claimkb::BackHeapWithHugePages();
  try {
    return Run(argc, argv);
  } catch (const std::exception& error) {
    std::cout.flush();
    std::cerr << "claimkb: internal error: " << error.what()
              << "\n  this is a bug in claimkb; please report it with the command you ran\n";
  } catch (...) {
    std::cout.flush();
    std::cerr << "claimkb: internal error: unknown exception\n"
                 "  this is a bug in claimkb; please report it with the command you ran\n";
  }
  return kExitFailure;
}
