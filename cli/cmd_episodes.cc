// claimkb episodes — list stored episodes with their metadata.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "command.h"
#include "session.h"

namespace claimkb::cli {
Result<CommandOutcome> RunEpisodes(const GlobalOptions& globals, OutputFormat format) {
  Session session(globals);
  auto store = session.store();
  if (!store) return std::unexpected(store.error());
  auto episodes = (*store)->ListEpisodes();
  if (!episodes) return std::unexpected(episodes.error());

  if (format == OutputFormat::kJson) {
    nlohmann::json list = nlohmann::json::array();
    for (const EpisodeRecord& episode : *episodes) list.push_back(EpisodeToJson(episode));
    PrintJson(Envelope("episodes", list));
    return CommandOutcome{};
  }
  for (const EpisodeRecord& episode : *episodes) {
    fmt::print("{}  {}  {}\n", episode.date.empty() ? "unknown date" : episode.date,
               Bold(episode.slug), episode.title);
    fmt::print("    {} · {} timed sections · {} claims · {}\n",
               episode.duration_s < 0 ? "no duration" : FormatSeconds(episode.duration_s),
               episode.timed_section_count, episode.claim_count,
               episode.url.empty() ? "no link" : episode.url);
    if (episode.sources.size() > 1) {
      fmt::print("    {} sources: {}\n", episode.sources.size(), fmt::join(episode.source_slugs, ", "));
    }
  }
  if (episodes->empty()) {
    fmt::print("no episodes yet: run `claimkb ingest PATH` first\n");
  }
  return CommandOutcome{};
}

void RegisterEpisodes(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto format = std::make_shared<OutputFormat>(OutputFormat::kText);
  CLI::App* command = app.add_subcommand("episodes", "List stored episodes");
  AddFormatOption(command, format.get(), {OutputFormat::kText, OutputFormat::kJson});
  command->callback([&globals, format, selected] {
    *selected = [&globals, format] { return RunEpisodes(globals, *format); };
  });
}

}  // namespace claimkb::cli
