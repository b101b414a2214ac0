// Boost.Graph is included here and in agreement.cc only: its headers are
// heavy, and the graph is built here, on demand, only as large as the question.
#include "claimkb/query/claim_graph.h"

#include <fmt/format.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <cstdint>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "claimkb/query/stance_edges.h"

namespace claimkb {
namespace {

constexpr std::size_t kLabelCodePoints = 40;  // A claim's label: its first 40 characters.

// The first `limit` code points of UTF-8 `text`, with "…" when cut.
std::string Shorten(std::string_view text, std::size_t limit) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (points++ == limit) return std::string(text.substr(0, i)) + "…";
  }
  return std::string(text);
}

// XML 1.0 cannot carry most control characters, and a terminal or viewer
// should not get them either: they become spaces in both exports.
std::string Clean(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) c = ' ';
  }
  return out;
}

// Boost's DOT writer quotes values and escapes their quotes, not their
// backslashes; a trailing backslash would swallow the closing quote.
std::string DotText(std::string_view text) {
  std::string out;
  for (char c : Clean(text)) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// Builds the question's vertices and edges, each once.
class Builder {
 public:
  std::size_t Vertex(VertexKind kind, const std::string& key, const std::string& label,
                     const std::string& text = {}) {
    std::string id = std::string(VertexKindName(kind)) + ":" + key;
    auto [it, added] = index_.try_emplace(id, graph_.vertices.size());
    if (added) graph_.vertices.push_back(GraphVertex{kind, std::move(id), label, text, 0});
    return it->second;
  }
  std::optional<std::size_t> Find(VertexKind kind, const std::string& key) const {
    auto it = index_.find(std::string(VertexKindName(kind)) + ":" + key);
    if (it == index_.end()) return std::nullopt;
    return it->second;
  }
  void Edge(std::size_t source, std::size_t target, EdgeKind kind, const std::string& evidence) {
    if (source == target) return;
    if (IsSymmetric(kind) && target < source) std::swap(source, target);
    if (!edges_.insert({source, target, kind}).second) return;
    graph_.edges.push_back(GraphEdge{source, target, kind, evidence});
  }
  ClaimGraph& graph() { return graph_; }

 private:
  ClaimGraph graph_;
  std::unordered_map<std::string, std::size_t> index_;
  std::set<std::tuple<std::size_t, std::size_t, EdgeKind>> edges_;
};

// A claim with its speaker and episode; returns the claim's vertex.
std::size_t AddClaim(Builder& builder, const StoredClaim& claim) {
  const std::string speaker = claim.claim.by_editor ? "editor" : claim.speaker_name;
  const std::size_t v =
      builder.Vertex(VertexKind::kClaim, claim.id,
                     Shorten(Clean(claim.claim.text), kLabelCodePoints), Clean(claim.claim.text));
  // The editor is not a person: a summary line is in its episode, said by nobody.
  if (!claim.claim.by_editor && !claim.speaker_name.empty()) {
    builder.Edge(v, builder.Vertex(VertexKind::kSpeaker, claim.speaker_name, claim.speaker_name),
                 EdgeKind::kSaidBy, "");
  }
  const std::string episode_label =
      Shorten(Clean(claim.episode_title), kLabelCodePoints) +
      (claim.episode_date.empty() ? "" : " (" + claim.episode_date + ")");
  builder.Edge(v,
               builder.Vertex(VertexKind::kEpisode, claim.episode_slug, episode_label,
                              Clean(claim.episode_title)),
               EdgeKind::kInEpisode, "");
  return v;
}

struct Bfs : boost::default_bfs_visitor {
  std::vector<int>* distance;
  std::vector<std::size_t>* order;
  template <typename Vertex, typename Graph>
  void discover_vertex(Vertex v, const Graph&) const {
    order->push_back(v);
  }
  template <typename Edge, typename Graph>
  void tree_edge(Edge e, const Graph& g) const {
    (*distance)[boost::target(e, g)] = (*distance)[boost::source(e, g)] + 1;
  }
};

const char* Shape(VertexKind kind) {
  switch (kind) {
    case VertexKind::kEpisode:
      return "folder";
    case VertexKind::kSpeaker:
      return "ellipse";
    case VertexKind::kClaim:
      return "box";
    case VertexKind::kEntity:
      return "hexagon";
  }
  return "box";
}

const char* Color(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kSupports:
      return "darkgreen";
    case EdgeKind::kContradicts:
      return "red";
    case EdgeKind::kSummarises:
    case EdgeKind::kRestates:
      return "blue";
    case EdgeKind::kSamePerson:
      return "purple";
    default:
      return "gray40";
  }
}

// The plain data as a Boost graph with string properties, for the writers.
struct VertexProps {
  std::string id, kind, label, text, shape;
  int distance = 0;
};
struct EdgeProps {
  std::string kind, evidence, color, style;
};
using PropertyGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, VertexProps, EdgeProps>;

PropertyGraph ToBoost(const ClaimGraph& graph, bool dot) {
  auto text = [dot](std::string_view value) { return dot ? DotText(value) : Clean(value); };
  PropertyGraph g(graph.vertices.size());
  for (std::size_t v = 0; v < graph.vertices.size(); ++v) {
    const GraphVertex& vertex = graph.vertices[v];
    g[v] = VertexProps{text(vertex.id),    VertexKindName(vertex.kind), text(vertex.label),
                       text(vertex.text),  Shape(vertex.kind),          vertex.distance};
  }
  for (const GraphEdge& edge : graph.edges) {
    boost::add_edge(edge.source, edge.target,
                    EdgeProps{EdgeKindName(edge.kind), text(edge.evidence), Color(edge.kind),
                              IsSymmetric(edge.kind) ? "dashed" : "solid"},
                    g);
  }
  return g;
}

}  // namespace

Result<ClaimGraph> GraphAround(const std::vector<const Store*>& stores, const EntityLinker& linker,
                               std::string_view entity, const GraphAroundOptions& options) {
  if (options.depth < 0) {
    return MakeError(ErrorCode::kInvalidArgument, "--depth must be 0 or more");
  }
  const Lexicon& lexicon = linker.lexicon();
  const std::string root = linker.Resolve(entity);
  if (root.empty()) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "\"" + std::string(entity) + "\" names no known entity",
                     "`claimkb entities` lists the known ones");
  }

  // The stored entity tree (what claims link to), the lexicon for the rest.
  std::map<std::string, EntityNode> nodes;
  for (const Store* store : stores) {
    auto listed = store->ListEntityNodes();
    if (!listed) return std::unexpected(listed.error());
    for (EntityNode& node : *listed) nodes.try_emplace(node.id, std::move(node));
  }
  auto node_of = [&](const std::string& id) {
    if (auto it = nodes.find(id); it != nodes.end()) return it->second;
    EntityNode node{id, EntityKind::kModel, id, ""};
    if (const LexiconEntry* entry = lexicon.Find(id)) {
      node = EntityNode{id, entry->kind, entry->name, entry->parent_id};
    }
    return node;
  };
  std::map<std::string, std::vector<std::string>> children;
  for (const auto& [id, node] : nodes) {
    if (!node.parent_id.empty()) children[node.parent_id].push_back(id);
  }

  Builder builder;
  auto add_entity = [&](const std::string& id) {
    const EntityNode node = node_of(id);
    return builder.Vertex(VertexKind::kEntity, id, node.name.empty() ? id : node.name);
  };
  const std::size_t root_vertex = add_entity(root);
  // Everything that is_a the entity, and what the entity is.
  std::vector<std::string> scope = {root};
  for (std::size_t i = 0; i < scope.size(); ++i) {
    for (const std::string& child : children[scope[i]]) scope.push_back(child);
  }
  for (const std::string& id : scope) add_entity(id);
  for (std::string id = root, parent = node_of(root).parent_id; !parent.empty();
       id = parent, parent = node_of(parent).parent_id) {
    if (builder.Find(VertexKind::kEntity, parent)) break;  // A cycle in hand-edited rows.
    add_entity(parent);
  }

  // The claims about it, with what they say it about.
  std::set<std::string> about;
  for (const Store* store : stores) {
    ClaimFilter filter;
    filter.entity_ids = scope;
    auto claims = store->QueryClaims(filter);
    if (!claims) return std::unexpected(claims.error());
    for (const StoredClaim& claim : *claims) {
      if (!about.insert(claim.id).second) continue;
      const std::size_t v = AddClaim(builder, claim);
      for (const EntityMention& mention : claim.claim.entities) {
        builder.Edge(v, add_entity(mention.entity_id), EdgeKind::kMentions,
                     mention.inferred ? "inferred" : mention.surface);
      }
    }
  }

  // Claims linked to those: stored edges, then the current stance edges.
  // Only the edges that touch these claims are read: a store of 10,000
  // episodes has millions, and reading them all took most of a minute.
  std::vector<ClaimEdge> touching;
  for (const Store* store : stores) {
    auto stored = store->ListClaimEdgesAround(scope);
    if (!stored) return std::unexpected(stored.error());
    touching.insert(touching.end(), std::make_move_iterator(stored->begin()),
                    std::make_move_iterator(stored->end()));
  }
  auto links = LinksAmong(stores, &lexicon, std::move(touching));
  if (!links) return std::unexpected(links.error());
  for (const ClaimEdge& link : *links) {
    if (!about.contains(link.src) && !about.contains(link.dst)) continue;
    std::optional<std::size_t> ends[2];
    const std::string* ids[2] = {&link.src, &link.dst};
    for (int side = 0; side < 2; ++side) {
      ends[side] = builder.Find(VertexKind::kClaim, *ids[side]);
      if (ends[side]) continue;
      for (const Store* store : stores) {
        auto claim = store->GetClaim(*ids[side]);
        if (claim) {
          ends[side] = AddClaim(builder, *claim);
          break;
        }
        if (claim.error().code != ErrorCode::kNotFound) return std::unexpected(claim.error());
      }
    }
    if (ends[0] && ends[1]) builder.Edge(*ends[0], *ends[1], link.kind, link.evidence);
  }

  // is_a between the entities drawn, and same_person between the speakers.
  ClaimGraph& graph = builder.graph();
  for (std::size_t v = 0; v < graph.vertices.size(); ++v) {
    if (graph.vertices[v].kind != VertexKind::kEntity) continue;
    const std::string id = graph.vertices[v].id.substr(std::string_view("entity:").size());
    const std::string parent = node_of(id).parent_id;
    if (auto p = parent.empty() ? std::nullopt : builder.Find(VertexKind::kEntity, parent)) {
      builder.Edge(v, *p, EdgeKind::kIsA, "");
    }
  }
  if (options.same_person != nullptr) {
    std::vector<std::string> speakers;
    for (const GraphVertex& vertex : graph.vertices) {
      if (vertex.kind == VertexKind::kSpeaker) speakers.push_back(vertex.label);
    }
    auto same = options.same_person->SamePersonLinks(speakers);
    if (!same) return std::unexpected(same.error());
    for (const SamePersonLink& link : *same) {
      auto a = builder.Find(VertexKind::kSpeaker, link.speaker);
      auto b = builder.Find(VertexKind::kSpeaker, link.other);
      if (a && b) builder.Edge(*a, *b, EdgeKind::kSamePerson, link.evidence);
    }
  }

  // Breadth-first from the entity over every edge, either way.
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected g(graph.vertices.size());
  for (const GraphEdge& edge : graph.edges) boost::add_edge(edge.source, edge.target, g);
  std::vector<int> distance(graph.vertices.size(), -1);
  std::vector<std::size_t> order;
  distance[root_vertex] = 0;
  Bfs visitor;
  visitor.distance = &distance;
  visitor.order = &order;
  boost::breadth_first_search(g, boost::vertex(root_vertex, g), boost::visitor(visitor));

  ClaimGraph out;
  std::vector<std::size_t> remap(graph.vertices.size(), SIZE_MAX);
  for (std::size_t v : order) {
    if (distance[v] > options.depth) continue;
    remap[v] = out.vertices.size();
    out.vertices.push_back(std::move(graph.vertices[v]));
    out.vertices.back().distance = distance[v];
  }
  for (GraphEdge& edge : graph.edges) {
    if (remap[edge.source] == SIZE_MAX || remap[edge.target] == SIZE_MAX) continue;
    edge.source = remap[edge.source];
    edge.target = remap[edge.target];
    out.edges.push_back(std::move(edge));
  }
  return out;
}

std::string WriteDot(const ClaimGraph& graph) {
  PropertyGraph g = ToBoost(graph, /*dot=*/true);
  boost::dynamic_properties dp;
  dp.property("node_id", boost::get(&VertexProps::id, g));
  dp.property("label", boost::get(&VertexProps::label, g));
  dp.property("kind", boost::get(&VertexProps::kind, g));
  dp.property("shape", boost::get(&VertexProps::shape, g));
  dp.property("tooltip", boost::get(&VertexProps::text, g));
  dp.property("label", boost::get(&EdgeProps::kind, g));
  dp.property("kind", boost::get(&EdgeProps::kind, g));
  dp.property("tooltip", boost::get(&EdgeProps::evidence, g));
  dp.property("color", boost::get(&EdgeProps::color, g));
  dp.property("style", boost::get(&EdgeProps::style, g));
  std::ostringstream out;
  boost::write_graphviz_dp(out, g, dp, "node_id");
  return out.str();
}

std::string WriteGraphml(const ClaimGraph& graph) {
  PropertyGraph g = ToBoost(graph, /*dot=*/false);
  boost::dynamic_properties dp;
  dp.property("vid", boost::get(&VertexProps::id, g));
  dp.property("kind", boost::get(&VertexProps::kind, g));
  dp.property("label", boost::get(&VertexProps::label, g));
  dp.property("text", boost::get(&VertexProps::text, g));
  dp.property("distance", boost::get(&VertexProps::distance, g));
  dp.property("kind", boost::get(&EdgeProps::kind, g));
  dp.property("evidence", boost::get(&EdgeProps::evidence, g));
  std::ostringstream out;
  boost::write_graphml(out, g, dp, /*ordered_vertices=*/true);
  return out.str();
}

}  // namespace claimkb
