// claimkb lexicon — the user's own lexicon decisions, kept in
// <db>/lexicon.tsv on top of the bundled lexicon:
//   lexicon add NAME [--kind K] [--id ID] [--name DISPLAY] [--as ENTITY]
//   lexicon import FILE [--kind K]
// `add` accepts a new name that `entities --new` listed (by its id or a
// spelling), renames it (--id, --name), or makes it another spelling of a
// known entity (--as). Run `claimkb reextract` to apply the decisions to
// stored claims; they stay in force for every later extraction.
#include <fmt/format.h>

#include "claimkb/core/user_lexicon.h"
#include "command.h"
#include "session.h"

namespace claimkb::cli {
namespace {

struct AddArgs {
  std::string name;
  std::string kind;
  std::string id;
  std::string display;
  std::string as;
};

Result<EntityKind> KindArgument(const std::string& kind_name, EntityKind fallback) {
  if (kind_name.empty()) return fallback;
  const auto kind = EntityKindFromName(kind_name);
  if (!kind) {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("--kind \"{}\": expected model, benchmark, org, product, "
                                 "technique, topic or person",
                                 kind_name));
  }
  return *kind;
}

Result<CommandOutcome> RunLexiconAdd(const GlobalOptions& globals, const AddArgs& args) {
  Session session(globals);
  auto linker = session.linker();
  if (!linker) return std::unexpected(linker.error());
  const Lexicon& lexicon = (*linker)->lexicon();
  auto kind = KindArgument(args.kind, EntityKind::kModel);
  if (!kind) return std::unexpected(kind.error());

  // A name `entities --new` listed may be given by its id; its stored
  // spellings then become the entry's name and aliases.
  std::vector<std::string> spellings;
  std::optional<EntityKind> stored_kind;
  if (auto store = session.store(); store) {
    auto entities = (*store)->ListEntities(std::nullopt);
    if (entities) {
      for (const EntityCount& entity : *entities) {
        const bool named = entity.entity_id == args.name ||
                           std::find(entity.surfaces.begin(), entity.surfaces.end(), args.name) !=
                               entity.surfaces.end();
        if (named && lexicon.Find(entity.entity_id) == nullptr) {
          spellings = entity.surfaces;
          stored_kind = entity.kind;
          break;
        }
      }
    }
  }
  const std::string written =
      !spellings.empty() &&
              args.name.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ .") == std::string::npos
          ? spellings.front()
          : args.name;
  LexiconEntry entry =
      EntryForName(written, args.kind.empty() && stored_kind ? *stored_kind : *kind, **linker);
  if (!args.kind.empty()) entry.kind = *kind;
  for (const std::string& spelling : spellings) {
    if (spelling != entry.name) entry.aliases.push_back(spelling);
  }

  if (!args.as.empty()) {
    // Another spelling of a known entity: the row repeats its id, which
    // adds the spellings to it.
    std::string target = (*linker)->Resolve(args.as);
    const LexiconEntry* known = target.empty() ? nullptr : lexicon.Find(target);
    if (known == nullptr) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("--as \"{}\": no entity of that name in the lexicon", args.as),
                       "`claimkb entities` lists the known ones; use --id to make a new one");
    }
    if (entry.name != known->name) entry.aliases.insert(entry.aliases.begin(), entry.name);
    entry.id = known->id;
    entry.kind = known->kind;
    entry.name = known->name;
    entry.parent_id.clear();
    entry.topics.clear();
  } else {
    if (!args.id.empty()) entry.id = args.id;
    if (!args.display.empty()) {
      if (args.display != entry.name) entry.aliases.insert(entry.aliases.begin(), entry.name);
      entry.name = args.display;
    }
  }
  std::erase(entry.aliases, entry.name);
  const std::string path = UserLexiconPath(session.PrimaryDatabase());
  if (Status status = AppendToUserLexicon(path, entry, session.LexiconDirectory()); !status) {
    return std::unexpected(status.error());
  }
  fmt::print("{} {} {} \"{}\"{}{} -> {}\n", args.as.empty() ? "added" : "aliased",
             EntityKindName(entry.kind), entry.id, entry.name,
             entry.parent_id.empty() ? "" : fmt::format(" under {}", entry.parent_id),
             entry.aliases.empty() ? "" : fmt::format(" (+{} spellings)", entry.aliases.size()),
             path);
  fmt::print("run `claimkb reextract` to apply it to stored claims\n");
  return CommandOutcome{};
}

Result<CommandOutcome> RunLexiconImport(const GlobalOptions& globals, const std::string& file,
                                        const std::string& kind_name) {
  Session session(globals);
  auto kind = KindArgument(kind_name, EntityKind::kModel);
  if (!kind) return std::unexpected(kind.error());
  const std::string path = UserLexiconPath(session.PrimaryDatabase());
  auto report = ImportIntoUserLexicon(file, path, session.LexiconDirectory(), *kind);
  if (!report) return std::unexpected(report.error());
  for (const std::string& problem : report->problems) fmt::print(stderr, "{}\n", problem);
  fmt::print("{}: {} added, {} already known, {} left out -> {}\n", file, report->added,
             report->known, report->problems.size(), path);
  if (report->added > 0) fmt::print("run `claimkb reextract` to apply them to stored claims\n");
  CommandOutcome outcome;
  outcome.partial_failure = !report->problems.empty();
  return outcome;
}

}  // namespace

void RegisterLexicon(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  CLI::App* command =
      app.add_subcommand("lexicon", "Your own lexicon entries: accept, rename or import names");
  command->require_subcommand(1);

  auto add = std::make_shared<AddArgs>();
  CLI::App* add_command = command->add_subcommand(
      "add", "Accept a new name (from `entities --new`), rename it, or alias it to an entity");
  add_command->add_option("name", add->name, "The name as written, or its id from entities --new")
      ->required();
  add_command->add_option("--kind", add->kind, "model|benchmark|org|product|technique|person");
  add_command->add_option("--id", add->id, "The id to give it (default: made from the name)");
  add_command->add_option("--name", add->display, "The display name (default: as written)");
  add_command->add_option("--as", add->as, "Make it another spelling of this known entity");
  add_command->callback([&globals, add, selected] {
    *selected = [&globals, add] { return RunLexiconAdd(globals, *add); };
  });

  struct ImportArgs {
    std::string file;
    std::string kind;
  };
  auto import = std::make_shared<ImportArgs>();
  CLI::App* import_command = command->add_subcommand(
      "import", "Import a list: lexicon TSV rows, or one name a line (NAME[<TAB>KIND])");
  import_command->add_option("file", import->file, "The list to import")->required();
  import_command->add_option("--kind", import->kind,
                             "Kind of names that give none (default: model)");
  import_command->callback([&globals, import, selected] {
    *selected = [&globals, import] {
      return RunLexiconImport(globals, import->file, import->kind);
    };
  });
}

}  // namespace claimkb::cli
