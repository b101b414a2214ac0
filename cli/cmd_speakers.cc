// claimkb speakers — the people who speak in the stored episodes, each with
// every name it goes by and the evidence that links them (over every --db
// database); `speakers merge A B` and `speakers split A` record the user's
// own decision in the primary database.
#include <fmt/format.h>

#include "claimkb/query/speaker_directory.h"
#include "command.h"
#include "session.h"

namespace claimkb::cli {
namespace {

nlohmann::json EvidenceToJson(const IdentityEvidence& evidence) {
  return {{"kind", IdentityEvidenceKindName(evidence.kind)},
          {"name", evidence.name},
          {"other", evidence.other},
          {"detail", evidence.detail},
          {"episode", evidence.episode}};
}

nlohmann::json IdentityToJson(const SpeakerIdentity& identity) {
  std::vector<std::string> aliases(identity.names.begin() + 1, identity.names.end());
  nlohmann::json members = nlohmann::json::array();
  for (const IdentityMember& member : identity.members) {
    members.push_back({{"name", member.name}, {"episode", member.episode}});
  }
  nlohmann::json evidence = nlohmann::json::array();
  for (const IdentityEvidence& each : identity.evidence) evidence.push_back(EvidenceToJson(each));
  nlohmann::json held = nlohmann::json::array();
  for (const IdentityEvidence& each : identity.held_apart) held.push_back(EvidenceToJson(each));
  return {{"name", identity.name},        {"aliases", aliases},
          {"episodes", identity.episode_count}, {"turns", identity.turn_count},
          {"claims", identity.claim_count},  {"members", members},
          {"evidence", evidence},           {"held_apart", held}};
}

std::string EvidenceText(const IdentityEvidence& evidence) {
  return fmt::format("{} = {}  {}: {}{}", evidence.name, evidence.other,
                     IdentityEvidenceKindName(evidence.kind), evidence.detail,
                     evidence.episode.empty() ? "" : " (in " + evidence.episode + ")");
}

Result<CommandOutcome> RunSpeakers(const GlobalOptions& globals, OutputFormat format) {
  Session session(globals);
  auto identities = session.knowledge_base().Speakers();
  if (!identities) return std::unexpected(identities.error());

  std::vector<nlohmann::json> records;
  for (const SpeakerIdentity& identity : *identities) {
    nlohmann::json record = IdentityToJson(identity);
    if (format == OutputFormat::kCsv || format == OutputFormat::kMarkdown) {
      // Tables: each piece of evidence as one line of text.
      std::vector<std::string> evidence;
      for (const IdentityEvidence& each : identity.evidence) evidence.push_back(EvidenceText(each));
      record["evidence"] = evidence;
    }
    records.push_back(std::move(record));
  }
  if (PrintRecords("speakers", records,
                   {"name", "aliases", "episodes", "turns", "claims", "evidence"}, format)) {
    return CommandOutcome{};
  }
  for (const SpeakerIdentity& identity : *identities) {
    std::string aliases;
    for (std::size_t i = 1; i < identity.names.size(); ++i) {
      aliases += (aliases.empty() ? " (also " : ", ") + identity.names[i];
    }
    if (!aliases.empty()) aliases += ")";
    fmt::print("{}{}  {} episodes · {} turns · {} claims\n", Bold(Shown(identity.name)),
               Shown(aliases), identity.episode_count, identity.turn_count, identity.claim_count);
    for (const IdentityEvidence& evidence : identity.evidence) {
      fmt::print("    {}\n", Dim(Shown(EvidenceText(evidence))));
    }
    for (const IdentityEvidence& held : identity.held_apart) {
      fmt::print("    {}\n", Dim(Shown("held apart: " + EvidenceText(held))));
    }
  }
  return CommandOutcome{};
}

Result<CommandOutcome> RunDecision(const GlobalOptions& globals, const std::string& name,
                                   const std::string& other, bool same) {
  Session session(globals);
  auto lock = session.write_lock();
  if (!lock) return std::unexpected(lock.error());
  auto store = session.store();
  if (!store) return std::unexpected(store.error());
  if (auto status = (*store)->RecordSpeakerDecision(name, other, same); !status) {
    return std::unexpected(status.error());
  }
  auto identity = (*store)->SpeakerIdentityOf(same ? other : name);
  if (!identity) return std::unexpected(identity.error());
  if (same) {
    fmt::print(stderr, "merged: {}\n", fmt::join(identity->names, " = "));
  } else {
    fmt::print(stderr, "split: {} stands apart{}\n", name,
               identity->names.size() > 1
                   ? fmt::format(" (still {})", fmt::join(identity->names, " = "))
                   : "");
  }
  return CommandOutcome{};
}

}  // namespace

void RegisterSpeakers(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto format = std::make_shared<OutputFormat>(OutputFormat::kText);
  CLI::App* command =
      app.add_subcommand("speakers", "List speakers as people, with the evidence linking names");
  AddFormatOption(command, format.get(), AllFormats());

  auto names = std::make_shared<std::pair<std::string, std::string>>();
  CLI::App* merge = command->add_subcommand(
      "merge", "Record that two speaker names are one person (survives re-ingest)");
  merge->add_option("name", names->first, "A speaker's name or alias")->required();
  merge->add_option("other", names->second, "The other name of the same person")->required();
  merge->callback([&globals, names, selected] {
    *selected = [&globals, names] { return RunDecision(globals, names->first, names->second, true); };
  });
  CLI::App* split = command->add_subcommand(
      "split", "Record that a speaker name stands apart from the names linked to it");
  split->add_option("name", names->first, "A speaker's name, or a role label such as 主持人")
      ->required();
  split->callback([&globals, names, selected] {
    *selected = [&globals, names] { return RunDecision(globals, names->first, "", false); };
  });

  command->callback([&globals, format, selected, command] {
    if (!command->get_subcommands().empty()) return;  // merge or split chose already.
    *selected = [&globals, format] { return RunSpeakers(globals, *format); };
  });
}

}  // namespace claimkb::cli
