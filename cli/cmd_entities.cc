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
        EntityCount& kept = entities[it->second];
        kept.mentions += entity.mentions;
        kept.episodes += entity.episodes;
        for (std::string& surface : entity.surfaces) {
          if (std::find(kept.surfaces.begin(), kept.surfaces.end(), surface) == kept.surfaces.end())
            kept.surfaces.push_back(std::move(surface));
        }
        kept.confidence = std::max(kept.confidence, entity.confidence);
      }
    }
  }
  if (only_new) {
    std::erase_if(entities, [&](const EntityCount& entity) {
      return entity.mentions == 0 || (*lexicon)->Find(entity.entity_id) != nullptr;
    });
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
    nlohmann::json record = {{"id", entity.entity_id},
                             {"kind", EntityKindName(entity.kind)},
                             {"name", entity.name},
                             {"mentions", entity.mentions},
                             {"episodes", entity.episodes}};
    if (only_new) {
      record["surfaces"] = fmt::format("{}", fmt::join(entity.surfaces, " | "));
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
