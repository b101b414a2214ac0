// claimkb speakers — everyone who speaks in the stored episodes, over every
// --db database (a speaker in several is listed once, counts added).
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "command.h"
#include "session.h"

namespace claimkb::cli {
namespace {

Result<CommandOutcome> RunSpeakers(const GlobalOptions& globals, OutputFormat format) {
  Session session(globals);
  auto stores = session.local_readers();
  if (!stores) return std::unexpected(stores.error());
  std::vector<SpeakerRecord> speakers;
  std::map<std::string, std::size_t> index_of;
  for (const Store* store : *stores) {
    auto listed = store->ListSpeakers();
    if (!listed) return std::unexpected(listed.error());
    for (SpeakerRecord& speaker : *listed) {
      auto [it, added] = index_of.try_emplace(speaker.name, speakers.size());
      if (added) {
        speakers.push_back(std::move(speaker));
        continue;
      }
      SpeakerRecord& merged = speakers[it->second];
      for (const std::string& alias : speaker.aliases) {
        if (std::find(merged.aliases.begin(), merged.aliases.end(), alias) ==
            merged.aliases.end()) {
          merged.aliases.push_back(alias);
        }
      }
      merged.episode_count += speaker.episode_count;
      merged.turn_count += speaker.turn_count;
      merged.claim_count += speaker.claim_count;
    }
  }
  // Most claims first, as the store orders one database.
  std::stable_sort(
      speakers.begin(), speakers.end(),
      [](const SpeakerRecord& a, const SpeakerRecord& b) { return a.claim_count > b.claim_count; });

  std::vector<nlohmann::json> records;
  for (const SpeakerRecord& speaker : speakers) {
    records.push_back({{"name", speaker.name},
                       {"aliases", speaker.aliases},
                       {"episodes", speaker.episode_count},
                       {"turns", speaker.turn_count},
                       {"claims", speaker.claim_count}});
  }
  if (PrintRecords("speakers", records, {"name", "aliases", "episodes", "turns", "claims"},
                   format)) {
    return CommandOutcome{};
  }
  for (const SpeakerRecord& speaker : speakers) {
    std::string aliases =
        speaker.aliases.empty() ? "" : fmt::format(" (also {})", fmt::join(speaker.aliases, ", "));
    fmt::print("{}{}  {} episodes · {} turns · {} claims\n", Bold(Shown(speaker.name)),
               Shown(aliases), speaker.episode_count, speaker.turn_count, speaker.claim_count);
  }
  return CommandOutcome{};
}

}  // namespace

void RegisterSpeakers(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto format = std::make_shared<OutputFormat>(OutputFormat::kText);
  CLI::App* command = app.add_subcommand("speakers", "List speakers with their aliases");
  AddFormatOption(command, format.get(), AllFormats());
  command->callback([&globals, format, selected] {
    *selected = [&globals, format] { return RunSpeakers(globals, *format); };
  });
}

}  // namespace claimkb::cli
