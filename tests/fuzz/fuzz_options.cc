// libFuzzer harness: every command's option parsing, as main() sets it up
// (the command table, global --db/--lexicon, fall-through), and the date
// parsers behind --since, --until and --today. The input is split at
// newlines into argv. Parsing may refuse anything with a CLI11 ParseError or
// a Result error; any other exception, a crash or a sanitizer report is a
// finding. Actions are not run: they open databases.
// Built by tests/fuzz/run.sh with clang, never by CTest.
#include <CLI/CLI.hpp>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command.h"
#include "cli/date_bound.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> args = {"claimkb"};
  std::size_t start = 0;
  while (start <= input.size()) {
    std::size_t end = input.find('\n', start);
    if (end == std::string_view::npos) end = input.size();
    args.emplace_back(input.substr(start, end - start));
    start = end + 1;
  }
  for (const std::string& arg : args) {
    auto since = claimkb::cli::DateBound(arg, false, "--since");
    auto until = claimkb::cli::DateBound(arg, true, "--until");
    if (since.has_value() != until.has_value()) std::abort();
    if (since && !since->empty() && *since > *until) std::abort();
    (void)claimkb::cli::CalendarDate(arg, "--today");
    (void)claimkb::cli::DateRangeOf(arg, args.back());
  }

  CLI::App app{"claimkb"};
  app.require_subcommand(1);
  app.fallthrough();
  app.set_version_flag("--version", "claimkb");
  claimkb::cli::GlobalOptions globals;
  app.add_option("--db", globals.databases);
  app.add_option("--lexicon", globals.lexicon_dir);
  claimkb::cli::Action action;
  for (const claimkb::cli::CommandEntry& entry : claimkb::cli::CommandTable()) {
    entry.registrar(app, globals, &action);
  }
  std::vector<const char*> argv;
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError&) {
    return 0;
  }
  return 0;
}
