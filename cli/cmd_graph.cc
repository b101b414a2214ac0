// claimkb graph --around ENTITY — the claim graph around one entity, for
// Graphviz (dot), Gephi (graphml) or programs (json)
// (claimkb/query/claim_graph.h does the work).
#include <fmt/format.h>

#include "claimkb/query/claim_graph.h"
#include "command.h"
#include "session.h"

namespace claimkb::cli {
namespace {

struct GraphArgs {
  std::string around;
  int depth = 2;
  std::string format = "dot";
};

Result<CommandOutcome> RunGraph(const GlobalOptions& globals, const GraphArgs& args) {
  Session session(globals);
  auto graph = session.knowledge_base().GraphAround(args.around, args.depth);
  if (!graph) return std::unexpected(graph.error());

  if (args.format == "dot") {
    fmt::print("{}", WriteDot(*graph));
  } else if (args.format == "graphml") {
    fmt::print("{}", WriteGraphml(*graph));
  } else {
    nlohmann::json nodes = nlohmann::json::array();
    for (const GraphVertex& vertex : graph->vertices) {
      nodes.push_back({{"id", vertex.id},
                       {"kind", VertexKindName(vertex.kind)},
                       {"label", vertex.label},
                       {"text", vertex.text},
                       {"distance", vertex.distance}});
    }
    nlohmann::json edges = nlohmann::json::array();
    for (const GraphEdge& edge : graph->edges) {
      edges.push_back({{"source", graph->vertices[edge.source].id},
                       {"target", graph->vertices[edge.target].id},
                       {"kind", EdgeKindName(edge.kind)},
                       {"evidence", edge.evidence}});
    }
    PrintJson(Envelope("graph", {{"around", graph->vertices.front().id},
                                 {"depth", args.depth},
                                 {"nodes", nodes},
                                 {"edges", edges}}));
  }
  return CommandOutcome{};
}

}  // namespace

void RegisterGraph(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto args = std::make_shared<GraphArgs>();
  CLI::App* command =
      app.add_subcommand("graph", "The claim graph around an entity, for Graphviz or Gephi");
  command->add_option("--around", args->around, "Entity (with everything that is one)")
      ->required();
  AddCountOption(command, "--depth", &args->depth,
                 "Keep what is at most N edges from the entity (default 2)");
  command->add_option("--format", args->format, "dot (Graphviz), graphml (Gephi) or json")
      ->check(CLI::IsMember({"dot", "graphml", "json"}));
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] { return RunGraph(globals, *args); };
  });
}

}  // namespace claimkb::cli
