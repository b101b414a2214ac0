// claimkb reindex — rebuild the search index from SQLite, the source of truth.
// claimkb check — report drift between the two without changing anything.
#include <fmt/format.h>

#include "claimkb/indexer/claim_index.h"
#include "command.h"
#include "index_maintenance.h"
#include "session.h"

namespace claimkb::cli {
namespace {

Result<CommandOutcome> RunReindex(const GlobalOptions& globals) {
  Session session(globals);
  auto indexed = RebuildIndex(session);
  if (!indexed) return std::unexpected(indexed.error());
  fmt::print("reindexed {} claims into {}\n", *indexed,
             ClaimIndex::IndexDirectory(session.PrimaryDatabase()));
  return CommandOutcome{};
}

Result<CommandOutcome> RunCheck(const GlobalOptions& globals, OutputFormat format) {
  Session session(globals);
  auto store = session.store();
  if (!store) return std::unexpected(store.error());
  auto generation = (*store)->Generation();
  if (!generation) return std::unexpected(generation.error());
  auto claims = (*store)->AllClaims();
  if (!claims) return std::unexpected(claims.error());

  std::int64_t indexed_generation = 0;
  std::uint64_t documents = 0;
  std::string problem;
  auto index = ClaimIndex::OpenReadOnly({session.PrimaryDatabase()});
  if (!index) {
    problem = "no readable index: " + index.error().ToString();
  } else {
    auto g = (*index)->Generation();
    auto n = (*index)->DocCount();
    if (!g || !n) {
      problem = "index unreadable: " + (!g ? g.error() : n.error()).ToString();
    } else {
      indexed_generation = *g;
      documents = *n;
      if (indexed_generation != *generation) {
        problem = fmt::format("index reflects generation {}, store is at {}", indexed_generation,
                              *generation);
      } else if (documents != claims->size()) {
        problem = fmt::format("index holds {} claims, store holds {}", documents, claims->size());
      }
    }
  }
  if (format == OutputFormat::kJson) {
    PrintJson(Envelope("check", {{"ok", problem.empty()},
                                 {"store_generation", *generation},
                                 {"index_generation", indexed_generation},
                                 {"store_claims", claims->size()},
                                 {"index_claims", documents},
                                 {"problem", problem}}));
  } else if (problem.empty()) {
    fmt::print("ok: store and index agree (generation {}, {} claims)\n", *generation,
               claims->size());
  } else {
    fmt::print("drift: {}\nrun `claimkb reindex` to repair\n", problem);
  }
  return CommandOutcome{!problem.empty()};
}

}  // namespace

void RegisterReindex(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  CLI::App* command =
      app.add_subcommand("reindex", "Rebuild the search index from the SQLite store");
  command->callback(
      [&globals, selected] { *selected = [&globals] { return RunReindex(globals); }; });
}

void RegisterCheck(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto format = std::make_shared<OutputFormat>(OutputFormat::kText);
  CLI::App* command = app.add_subcommand(
      "check", "Report drift between the store and the search index (exit 1 on drift)");
  AddFormatOption(command, format.get(), {OutputFormat::kText, OutputFormat::kJson});
  command->callback([&globals, format, selected] {
    *selected = [&globals, format] { return RunCheck(globals, *format); };
  });
}

}  // namespace claimkb::cli
