// claimkb episodes — list stored episodes with their metadata, over every
// --db database.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "command.h"
#include "session.h"

namespace claimkb::cli {
Result<CommandOutcome> RunEpisodes(const GlobalOptions& globals, OutputFormat format) {
  Session session(globals);
  auto listed = session.knowledge_base().Episodes();
  if (!listed) return std::unexpected(listed.error());
  const std::vector<EpisodeRecord>& episodes = *listed;

  std::vector<nlohmann::json> records;
  for (const EpisodeRecord& episode : episodes) records.push_back(EpisodeToJson(episode));
  if (PrintRecords("episodes", records,
                   {"id", "date", "title", "url", "duration_s", "sections", "timed_sections",
                    "claims", "speakers", "people", "path"},
                   format)) {
    return CommandOutcome{};
  }
  for (const EpisodeRecord& episode : episodes) {
    fmt::print("{}  {}  {}\n", episode.date.empty() ? "unknown date" : episode.date,
               Bold(Shown(episode.slug)), Shown(episode.title));
    fmt::print("    {} · {} timed sections · {} claims · {}\n",
               episode.duration_s < 0 ? "no duration" : FormatSeconds(episode.duration_s),
               episode.timed_section_count, episode.claim_count,
               episode.url.empty() ? "no link" : Shown(episode.url));
    if (episode.sources.size() > 1) {
      fmt::print("    {} sources: {}\n", episode.sources.size(),
                 Shown(fmt::format("{}", fmt::join(episode.source_slugs, ", "))));
    }
  }
  if (episodes.empty()) {
    fmt::print("no episodes yet: run `claimkb ingest PATH` first\n");
  }
  return CommandOutcome{};
}

void RegisterEpisodes(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto format = std::make_shared<OutputFormat>(OutputFormat::kText);
  CLI::App* command = app.add_subcommand("episodes", "List stored episodes");
  AddFormatOption(command, format.get(), AllFormats());
  command->callback([&globals, format, selected] {
    *selected = [&globals, format] { return RunEpisodes(globals, *format); };
  });
}

}  // namespace claimkb::cli
