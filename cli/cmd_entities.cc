// claimkb entities — the models, benchmarks, organisations, products,
// techniques and topics mentioned in stored claims, with mention counts.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "command.h"
#include "session.h"

namespace claimkb::cli {
namespace {

Result<CommandOutcome> RunEntities(const GlobalOptions& globals, const std::string& kind_name,
                                   OutputFormat format) {
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
  auto lexicon = session.lexicon();
  if (!lexicon) return std::unexpected(lexicon.error());
  auto stores = session.local_readers();
  if (!stores) return std::unexpected(stores.error());
  // Over every database: one row per entity, counts added.
  std::vector<EntityCount> entities;
  std::map<std::string, std::size_t> index_of;
  for (const Store* store : *stores) {
    auto listed = store->ListEntities(kind);
    if (!listed) return std::unexpected(listed.error());
    for (EntityCount& entity : *listed) {
      auto [it, added] = index_of.try_emplace(entity.entity_id, entities.size());
      if (added) {
        entities.push_back(std::move(entity));
      } else {
        entities[it->second].mentions += entity.mentions;
        entities[it->second].episodes += entity.episodes;
      }
    }
  }
  for (EntityCount& entity : entities) {
    // Topics are stored by id; the lexicon has their display name.
    const LexiconEntry* entry = (*lexicon)->Find(entity.entity_id);
    if (entity.name == entity.entity_id && entry != nullptr) entity.name = entry->name;
  }
  std::stable_sort(
      entities.begin(), entities.end(), [](const EntityCount& a, const EntityCount& b) {
        return a.mentions != b.mentions ? a.mentions > b.mentions : a.entity_id < b.entity_id;
      });

  std::vector<nlohmann::json> records;
  for (const EntityCount& entity : entities) {
    records.push_back({{"id", entity.entity_id},
                       {"kind", EntityKindName(entity.kind)},
                       {"name", entity.name},
                       {"mentions", entity.mentions},
                       {"episodes", entity.episodes}});
  }
  if (PrintRecords("entities", records, {"id", "kind", "name", "mentions", "episodes"}, format)) {
    return CommandOutcome{};
  }
  for (const EntityCount& entity : entities) {
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
    OutputFormat format = OutputFormat::kText;
  };
  auto args = std::make_shared<Args>();
  CLI::App* command = app.add_subcommand("entities", "Entities mentioned in claims, by count");
  command->add_option("--kind", args->kind, "model|benchmark|org|product|technique|topic|person");
  AddFormatOption(command, &args->format, AllFormats());
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] { return RunEntities(globals, args->kind, args->format); };
  });
}

}  // namespace claimkb::cli
