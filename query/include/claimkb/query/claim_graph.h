// `claimkb graph --around ENTITY`: the part of the claim graph about one
// entity, as a Boost.Graph built for the question and cut by breadth-first
// distance, and its exports for Graphviz (DOT) and Gephi (GraphML).
#ifndef CLAIMKB_QUERY_CLAIM_GRAPH_H_
#define CLAIMKB_QUERY_CLAIM_GRAPH_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/claim_graph.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/result.h"
#include "claimkb/core/store.h"

namespace claimkb {

struct GraphAroundOptions {
  // Edges from the entity a vertex may be: 1 = the claims naming it (and
  // the entities right above and below it), 2 = also their speakers,
  // episodes, other entities and linked claims, ... Default: 2.
  int depth = 2;
  // Speaker identity's same_person links; nullptr draws none.
  const SamePersonSource* same_person = nullptr;
};

// The graph around `entity` (a name or alias the linker resolves, e.g.
// "Gemini 3"). It is built from the claims that mention the entity or
// anything that is_a it (Gemini 3 Pro for Gemini 3), with their speakers,
// episodes and the entities they mention, the entity's ancestors, and the
// claims those claims are linked to (supports, contradicts, summarises,
// restates) with their speakers and episodes; then a breadth-first search
// from the entity (all edges taken both ways) keeps the vertices at most
// `depth` edges away and the edges among them. Vertices come in the order
// they were first reached, the entity first. kInvalidArgument when the
// linker resolves `entity` to nothing, or depth < 0.
Result<ClaimGraph> GraphAround(const std::vector<const Store*>& stores, const EntityLinker& linker,
                               std::string_view entity, const GraphAroundOptions& options);

// Graphviz DOT (a `digraph`): node ids are the vertex ids, with label, kind,
// shape and colour by kind, and the full text as tooltip; edges carry kind
// and evidence. Renders with `dot -Tsvg`.
std::string WriteDot(const ClaimGraph& graph);
// GraphML (Boost.Graph's writer): one directed graph, node data keys
// "vid", "kind", "label", "text", "distance", edge keys "kind", "evidence".
// Gephi shows "label" as the node label.
std::string WriteGraphml(const ClaimGraph& graph);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_CLAIM_GRAPH_H_
