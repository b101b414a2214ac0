// claimkb entities — the models, benchmarks, organisations, products,
// techniques and topics mentioned in stored claims, with mention counts.
// --new lists the names that no lexicon entry covers (the name grammar or a
// benchmark cue found them), for review with `claimkb lexicon add`.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

#include "command.h"
#include "session.h"

namespace claimkb::cli {
namespace {

Result<CommandOutcome> RunEntities(const GlobalOptions& globals, const std::string& kind_name,
                                   bool only_new, OutputFormat format) {
  std::optional<EntityKind> kind;
  if (!kind_name.empty()) {
    kind = EntityKindFromName(kind_name);
    if (!kind) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("--kind \"{}\": expected model, benchmark, org, product, "
                                   "technique, topic or person",
                                   kind_name));
    }
  }
  Session session(globals);
  auto listed = session.knowledge_base().Entities(kind, only_new);
  if (!listed) return std::unexpected(listed.error());
  const std::vector<EntityCount>& entities = *listed;

  std::vector<nlohmann::json> records;
  for (const EntityCount& entity : entities) {
    nlohmann::json record = {{"id", entity.entity_id},
                             {"kind", EntityKindName(entity.kind)},
                             {"name", entity.name},
                             {"mentions", entity.mentions},
                             {"episodes", entity.episodes}};
    if (only_new) {
      record["surfaces"] = entity.surfaces;  // An array, as schema/output_schema.md says.
      record["confidence"] = entity.confidence;
    }
    records.push_back(std::move(record));
  }
  if (PrintRecords("entities", records, {"id", "kind", "name", "mentions", "episodes"}, format)) {
    return CommandOutcome{};
  }
  for (const EntityCount& entity : entities) {
    if (only_new) {
      fmt::print("{:>5}  {:<10} {}  {}\n", entity.mentions, EntityKindName(entity.kind),
                 Bold(Shown(entity.entity_id)),
                 Dim(Shown(fmt::format("{} · {} episodes · confidence {:.2f}",
                                       fmt::join(entity.surfaces, " | "), entity.episodes,
                                       entity.confidence))));
      continue;
    }
    fmt::print("{:>5}  {:<10} {}  {}\n", entity.mentions, EntityKindName(entity.kind),
               Bold(Shown(entity.name)),
               Dim(fmt::format("{} · {} episodes", entity.entity_id, entity.episodes)));
  }
  return CommandOutcome{};
}

}  // namespace

void RegisterEntities(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  struct Args {
    std::string kind;
    bool only_new = false;
    OutputFormat format = OutputFormat::kText;
  };
  auto args = std::make_shared<Args>();
  CLI::App* command = app.add_subcommand("entities", "Entities mentioned in claims, by count");
  command->add_option("--kind", args->kind, "model|benchmark|org|product|technique|topic|person");
  command->add_flag("--new", args->only_new,
                    "Only names no lexicon entry covers, with their spellings; accept or rename "
                    "them with `claimkb lexicon add`");
  AddFormatOption(command, &args->format, AllFormats());
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] {
      return RunEntities(globals, args->kind, args->only_new, args->format);
    };
  });
}

}  // namespace claimkb::cli
