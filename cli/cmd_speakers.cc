// claimkb speakers — everyone who speaks in the stored episodes.
#include <fmt/format.h>

#include "command.h"
#include "session.h"

namespace claimkb::cli {
namespace {

Result<CommandOutcome> RunSpeakers(const GlobalOptions& globals, OutputFormat format) {
  Session session(globals);
  auto store = session.store();
  if (!store) return std::unexpected(store.error());
  auto speakers = (*store)->ListSpeakers();
  if (!speakers) return std::unexpected(speakers.error());

  if (format == OutputFormat::kJson) {
    nlohmann::json list = nlohmann::json::array();
    for (const SpeakerRecord& speaker : *speakers) {
      list.push_back({{"name", speaker.name},
                      {"aliases", speaker.aliases},
                      {"episodes", speaker.episode_count},
                      {"turns", speaker.turn_count},
                      {"claims", speaker.claim_count}});
    }
    PrintJson(Envelope("speakers", list));
    return CommandOutcome{};
  }
  for (const SpeakerRecord& speaker : *speakers) {
    std::string aliases =
        speaker.aliases.empty() ? "" : fmt::format(" (also {})", fmt::join(speaker.aliases, ", "));
    fmt::print("{}{}  {} episodes · {} turns · {} claims\n", Bold(speaker.name), aliases,
               speaker.episode_count, speaker.turn_count, speaker.claim_count);
  }
  return CommandOutcome{};
}

}  // namespace

void RegisterSpeakers(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto format = std::make_shared<OutputFormat>(OutputFormat::kText);
  CLI::App* command = app.add_subcommand("speakers", "List speakers with their aliases");
  AddFormatOption(command, format.get(), {OutputFormat::kText, OutputFormat::kJson});
  command->callback([&globals, format, selected] {
    *selected = [&globals, format] { return RunSpeakers(globals, *format); };
  });
}

}  // namespace claimkb::cli
