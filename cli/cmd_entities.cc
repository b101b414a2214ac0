// claimkb entities — the models, benchmarks, organisations, products,
// techniques and topics mentioned in stored claims, with mention counts.
#include <fmt/format.h>

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
  auto store = session.store();
  if (!store) return std::unexpected(store.error());
  auto entities = (*store)->ListEntities(kind);
  if (!entities) return std::unexpected(entities.error());

  if (format == OutputFormat::kJson) {
    nlohmann::json list = nlohmann::json::array();
    for (const EntityCount& entity : *entities) {
      list.push_back({{"id", entity.entity_id},
                      {"kind", EntityKindName(entity.kind)},
                      {"name", entity.name},
                      {"mentions", entity.mentions},
                      {"episodes", entity.episodes}});
    }
    PrintJson(Envelope("entities", list));
    return CommandOutcome{};
  }
  for (const EntityCount& entity : *entities) {
    fmt::print("{:>5}  {:<10} {}  {}\n", entity.mentions, EntityKindName(entity.kind),
               Bold(entity.name),
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
  AddFormatOption(command, &args->format, {OutputFormat::kText, OutputFormat::kJson});
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] { return RunEntities(globals, args->kind, args->format); };
  });
}

}  // namespace claimkb::cli
