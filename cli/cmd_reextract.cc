// claimkb reextract — run extraction again over every stored episode, after
// the lexicon or the extractor changed, then rebuild the search index.
#include <fmt/format.h>

#include "claimkb/query/stance_edges.h"
#include "command.h"
#include "index_maintenance.h"
#include "session.h"

namespace claimkb::cli {
namespace {

Result<CommandOutcome> RunReextract(const GlobalOptions& globals) {
  Session session(globals);
  auto writer = session.writer();
  if (!writer) return std::unexpected(writer.error());
  auto episodes = writer->store->ListEpisodes();
  if (!episodes) return std::unexpected(episodes.error());

  int claims = 0;
  for (const EpisodeRecord& record : *episodes) {
    // The stored episode is the input, so re-extraction works even when the
    // source file has moved or gone.
    auto episode = writer->store->LoadEpisode(record.id);
    if (!episode) return std::unexpected(episode.error());
    std::vector<Claim> extracted = writer->extractor->Extract(*episode);
    claims += static_cast<int>(extracted.size());
    Status replaced = writer->store->ReplaceClaims(record.id, extracted, *writer->lexicon);
    if (!replaced) return std::unexpected(replaced.error());
  }
  auto indexed = RebuildIndex(session);
  if (!indexed) return std::unexpected(indexed.error());
  auto linked = LinkStanceEdges(writer->store, writer->lexicon);
  if (!linked) return std::unexpected(linked.error());
  fmt::print("re-extracted {} episodes: {} claims, {} indexed\n", episodes->size(), claims,
             *indexed);
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
