// claimkb reindex — rebuild the search index from SQLite, the source of truth.
// claimkb check — report drift between the two without changing anything.
#include <fmt/format.h>

#include "claimkb/indexer/claim_index.h"
#include "claimkb/indexer/knowledge_base_writer.h"
#include "command.h"
#include "session.h"

namespace claimkb::cli {
namespace {

Result<CommandOutcome> RunReindex(const GlobalOptions& globals) {
  Session session(globals);
  auto writer = session.OpenWriter();
  if (!writer) return std::unexpected(writer.error());
  auto indexed = (*writer)->Reindex();
  if (!indexed) return std::unexpected(indexed.error());
  fmt::print("reindexed {} claims into {}\n", *indexed,
             ClaimIndex::IndexDirectory((*writer)->db_dir()));
  return CommandOutcome{};
}

Result<CommandOutcome> RunCheck(const GlobalOptions& globals, OutputFormat format) {
  Session session(globals);
  auto writer = session.OpenWriter();
  if (!writer) return std::unexpected(writer.error());
  auto health = (*writer)->Check();
  if (!health) return std::unexpected(health.error());
  if (format == OutputFormat::kJson) {
    PrintJson(Envelope("check", {{"ok", health->ok()},
                                 {"store_generation", health->store_generation},
                                 {"index_generation", health->index_generation},
                                 {"store_claims", health->store_claims},
                                 {"index_claims", health->index_claims},
                                 {"problem", health->problem}}));
  } else if (health->ok()) {
    fmt::print("ok: store and index agree (generation {}, {} claims; index structure verified)\n",
               health->store_generation, health->store_claims);
  } else {
    fmt::print("problem: {}\n", health->problem);
  }
  return CommandOutcome{!health->ok()};
}

}  // namespace

void RegisterReindex(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  CLI::App* command =
      app.add_subcommand("reindex", "Rebuild the search index from the SQLite store");
  command->callback(
      [&globals, selected] { *selected = [&globals] { return RunReindex(globals); }; });
}

void RegisterCheck(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto format = std::make_shared<OutputFormat>(OutputFormat::kText);
  CLI::App* command = app.add_subcommand(
      "check", "Verify the search index and report drift from the store (exit 1 on a problem)");
  AddFormatOption(command, format.get(), {OutputFormat::kText, OutputFormat::kJson});
  command->callback([&globals, format, selected] {
    *selected = [&globals, format] { return RunCheck(globals, *format); };
  });
}

}  // namespace claimkb::cli
