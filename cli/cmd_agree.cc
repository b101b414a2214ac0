// claimkb agree --about X — clusters of speakers who share a stance on X
// (claimkb/query/agreement.h does the work).
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstddef>

#include "claim_printer.h"
#include "claimkb/query/agreement.h"
#include "command.h"
#include "session.h"

namespace claimkb::cli {
namespace {

nlohmann::json PositionToJson(const SpeakerPosition& position) {
  return {{"speaker", position.speaker},     {"stance", StanceName(position.stance)},
          {"positive", position.positive},   {"negative", position.negative},
          {"aspects", position.aspects},     {"claims", position.claim_ids}};
}

Result<CommandOutcome> RunAgree(const GlobalOptions& globals, const std::string& about_name,
                                OutputFormat format) {
  Session session(globals);
  auto answer = session.knowledge_base().Agree(about_name);
  if (!answer) return std::unexpected(answer.error());
  const AboutFilter* about = &answer->about;
  const Agreement* agreement = &answer->agreement;

  if (format == OutputFormat::kJson) {
    nlohmann::json clusters = nlohmann::json::array();
    for (const AgreementCluster& cluster : agreement->clusters) {
      nlohmann::json members = nlohmann::json::array();
      for (const SpeakerPosition& member : cluster.members) members.push_back(PositionToJson(member));
      clusters.push_back({{"stance", StanceName(cluster.stance)},
                          {"speakers", members},
                          {"shared_aspects", cluster.shared_aspects}});
    }
    nlohmann::json split = nlohmann::json::array();
    for (const SpeakerPosition& position : agreement->split) split.push_back(PositionToJson(position));
    PrintJson(Envelope("agree", {{"about", about->label}, {"clusters", clusters}, {"split", split}}));
    return CommandOutcome{};
  }
  if (agreement->clusters.empty() && agreement->split.empty()) {
    fmt::print("No speaker takes a stance on {}.\n", Shown(about->label));
    return CommandOutcome{};
  }
  for (const AgreementCluster& cluster : agreement->clusters) {
    fmt::print("{} {} speaker{}{}\n", StanceLabel(cluster.stance), cluster.members.size(),
               cluster.members.size() == 1 ? "" : "s",
               cluster.shared_aspects.empty()
                   ? std::string()
                   : Dim(Shown(fmt::format(" · sharing {}", fmt::join(cluster.shared_aspects, ", ")))));
    for (const SpeakerPosition& member : cluster.members) {
      // A few claim ids to look up with `claimkb show`; JSON lists them all.
      constexpr std::size_t kShownClaims = 3;
      const std::size_t shown = std::min(kShownClaims, member.claim_ids.size());
      std::vector<std::string> ids(member.claim_ids.begin(),
                                   member.claim_ids.begin() + static_cast<std::ptrdiff_t>(shown));
      if (member.claim_ids.size() > shown) {
        ids.push_back(fmt::format("(+{} more)", member.claim_ids.size() - shown));
      }
      fmt::print("   {}  {}\n", Bold(Shown(member.speaker)),
                 Dim(Shown(fmt::format("{}+ {}− · {} · {}", member.positive, member.negative,
                                       fmt::join(member.aspects, ", "), fmt::join(ids, " ")))));
    }
  }
  if (!agreement->split.empty()) {
    fmt::print("{}\n", Dim("Split (as often for as against):"));
    for (const SpeakerPosition& position : agreement->split) {
      fmt::print("   {}  {}\n", Bold(Shown(position.speaker)),
                 Dim(fmt::format("{}+ {}−", position.positive, position.negative)));
    }
  }
  return CommandOutcome{};
}

}  // namespace

void RegisterAgree(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  struct Args {
    std::string about;
    OutputFormat format = OutputFormat::kText;
  };
  auto args = std::make_shared<Args>();
  CLI::App* command =
      app.add_subcommand("agree", "Clusters of speakers who share a stance on an entity or topic");
  command->add_option("--about", args->about, "Entity (with its descendants) or topic")
      ->required();
  AddFormatOption(command, &args->format, {OutputFormat::kText, OutputFormat::kJson});
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] { return RunAgree(globals, args->about, args->format); };
  });
}

}  // namespace claimkb::cli
