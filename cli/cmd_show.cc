// claimkb show EPISODE — one episode: metadata, sections with their time
// ranges, and who speaks in each.
#include <fmt/format.h>

#include "command.h"
#include "session.h"

namespace claimkb::cli {
namespace {

std::string RangeText(const std::optional<TimeRange>& range) {
  if (!range) return "untimed";
  return fmt::format("{} - {}", FormatSeconds(range->start_s), FormatSeconds(range->end_s));
}

std::vector<std::string> SectionSpeakers(const Section& section) {
  std::vector<std::string> names;
  for (const Turn& turn : section.turns) {
    if (turn.speaker.empty()) continue;
    if (std::find(names.begin(), names.end(), turn.speaker) == names.end()) {
      names.push_back(turn.speaker);
    }
  }
  return names;
}

nlohmann::json ShowJson(const EpisodeRecord& record, const Episode& episode) {
  nlohmann::json sections = nlohmann::json::array();
  for (const Section& section : episode.sections) {
    if (section.kind == SectionKind::kOther) continue;
    nlohmann::json item = {{"title", section.title}, {"kind", SectionKindName(section.kind)},
                           {"line", section.line},   {"start_s", nullptr},
                           {"end_s", nullptr},       {"speakers", SectionSpeakers(section)}};
    if (section.range) {
      item["start_s"] = section.range->start_s;
      item["end_s"] = section.range->end_s;
    }
    sections.push_back(item);
  }
  nlohmann::json out = EpisodeToJson(record);
  out["section_list"] = sections;
  out["listed_speakers"] = episode.listed_speakers;
  return out;
}

Result<CommandOutcome> RunShow(const GlobalOptions& globals, const std::string& ref,
                               OutputFormat format) {
  Session session(globals);
  auto shown = session.knowledge_base().Show(ref);
  if (!shown) return std::unexpected(shown.error());
  const EpisodeRecord* record = &shown->record;
  const Episode* episode = &shown->episode;

  if (format == OutputFormat::kJson) {
    PrintJson(Envelope("episode", ShowJson(*record, *episode)));
    return CommandOutcome{};
  }
  fmt::print("{}\n", Bold(Shown(record->title)));
  fmt::print("id        {}\n", Shown(record->slug));
  fmt::print("link      {}\n", record->url.empty() ? "-" : Shown(record->url));
  fmt::print("date      {}\n", record->date.empty() ? "unknown" : record->date);
  fmt::print("duration  {}\n",
             record->duration_s < 0 ? "unknown" : FormatSeconds(record->duration_s));
  fmt::print("speakers  {}\n", Shown(fmt::format("{}", fmt::join(record->speakers, ", "))));
  fmt::print("source    {}\n", Shown(record->path));
  fmt::print("claims    {}\n\n", record->claim_count);
  for (const Section& section : episode->sections) {
    if (section.kind == SectionKind::kOther) continue;
    std::vector<std::string> speakers = SectionSpeakers(section);
    fmt::print("{}  {}{}\n", Dim(RangeText(section.range)), Shown(section.title),
               section.kind == SectionKind::kSummary ? " [editor]" : "");
    if (!speakers.empty()) {
      fmt::print("    {}\n", Shown(fmt::format("{}", fmt::join(speakers, ", "))));
    }
  }
  return CommandOutcome{};
}

}  // namespace

void RegisterShow(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  struct Args {
    std::string ref;
    OutputFormat format = OutputFormat::kText;
  };
  auto args = std::make_shared<Args>();
  CLI::App* command = app.add_subcommand("show", "Show one episode: sections, ranges, speakers");
  command->add_option("episode", args->ref, "Episode id, slug, URL or part of the title")
      ->required();
  AddFormatOption(command, &args->format, {OutputFormat::kText, OutputFormat::kJson});
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] { return RunShow(globals, args->ref, args->format); };
  });
}

}  // namespace claimkb::cli
