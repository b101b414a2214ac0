// claimkb reextract — run extraction again over every stored episode, after
// the lexicon or the extractor changed, then rebuild the search index.
#include <fmt/format.h>

#include "claimkb/indexer/knowledge_base_writer.h"
#include "command.h"
#include "session.h"

namespace claimkb::cli {
namespace {

Result<CommandOutcome> RunReextract(const GlobalOptions& globals) {
  Session session(globals);
  auto writer = session.OpenWriter();
  if (!writer) return std::unexpected(writer.error());
  auto done = (*writer)->Reextract();
  if (!done) return std::unexpected(done.error());
  fmt::print("re-extracted {} episodes: {} claims, {} indexed\n", done->episodes, done->claims,
             done->indexed);
  return CommandOutcome{};
}

}  // namespace

void RegisterReextract(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  CLI::App* command = app.add_subcommand(
      "reextract", "Extract claims again from every stored episode (after a lexicon change)");
  command->callback(
      [&globals, selected] { *selected = [&globals] { return RunReextract(globals); }; });
}

}  // namespace claimkb::cli
