// The claim graph's vocabulary: what its vertices and edges are. The edges
// that are costly to recompute (between claims) are stored in SQLite
// (schema/sqlite: edge); the rest are read from the claims themselves, and a
// Boost.Graph is built on demand from both (claimkb/query/claim_graph.h).
#ifndef CLAIMKB_CORE_CLAIM_GRAPH_H_
#define CLAIMKB_CORE_CLAIM_GRAPH_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/result.h"

namespace claimkb {

enum class VertexKind { kEpisode, kSpeaker, kClaim, kEntity };
const char* VertexKindName(VertexKind kind);  // "episode", "speaker", "claim", "entity".

enum class EdgeKind {
  kSaidBy,       // claim → speaker who said it.
  kInEpisode,    // claim → episode it was said in.
  kMentions,     // claim → entity it names (or takes from context).
  kIsA,          // entity → its parent: Gemini 3 Pro → Gemini 3 → Gemini.
  kSamePerson,   // speaker — speaker: one person under two names (speaker identity).
  kSupports,     // claim — claim: the same stance on the same target, other speakers.
  kContradicts,  // claim — claim: opposite stances on one target.
  kSummarises,   // editor's summary claim → the full-text claim it covers.
  kRestates,     // claim — claim: near-duplicates in two sources of one episode.
};
const char* EdgeKindName(EdgeKind kind);  // "said_by", "in_episode", ... as in the edge table.
std::optional<EdgeKind> EdgeKindFromName(std::string_view name);
// Whether the relation reads the same both ways (supports, contradicts,
// restates, same_person); a stored row then keeps one direction only.
bool IsSymmetric(EdgeKind kind);

// A stored edge between two claims (the edge table), by citable claim id.
struct ClaimEdge {
  std::string src;  // "<episode slug>#<ordinal>".
  std::string dst;
  EdgeKind kind = EdgeKind::kSupports;
  std::string evidence;  // Why: the shared target, the overlap; may be empty.
  double weight = 0;     // Strength for ranking (stance score, Dice); 0 when not measured.
  bool by_user = false;  // Decided by the user (kept across re-ingest), else computed.
};

// What a write changed, for the step that links claims across episodes: it
// links only these episodes' claims when the stored links were current
// before the write, and relinks the whole store otherwise.
struct LinkScope {
  std::vector<std::int64_t> changed_episodes;  // Store episode ids; empty = everything.
  std::int64_t generation_before = -1;         // Store::Generation() before the write.
};

// One speaker name linked to another as the same person. Speaker identity
// (merge/split decisions and the evidence for them) produces these; the
// graph only draws them.
struct SamePersonLink {
  std::string speaker;  // Canonical speaker names as stored.
  std::string other;
  std::string evidence;  // "lexicon alias", "user merge", ...
};

// The hook through which speaker identity feeds same_person edges into the
// graph. The graph asks for the links among the speakers it is drawing.
class SamePersonSource {
 public:
  virtual ~SamePersonSource() = default;
  // Links between any two of `speakers` (and only those); empty when none.
  virtual Result<std::vector<SamePersonLink>> SamePersonLinks(
      const std::vector<std::string>& speakers) const = 0;
};

// A typed graph as plain data, what the views return and the writers print.
// Vertex ids are unique and prefixed by kind: "entity:gemini-3",
// "claim:<slug>#12", "speaker:田渊栋", "episode:<slug>".
struct GraphVertex {
  VertexKind kind = VertexKind::kClaim;
  std::string id;
  std::string label;  // Short display text: the entity's name, the claim's first words, ...
  std::string text;   // The full text (a claim's words, an episode's title); may be empty.
  int distance = 0;   // Edges from the vertex the question started at.
};

struct GraphEdge {
  std::size_t source = 0;  // Indexes into ClaimGraph::vertices.
  std::size_t target = 0;
  EdgeKind kind = EdgeKind::kMentions;
  std::string evidence;
};

struct ClaimGraph {
  std::vector<GraphVertex> vertices;
  std::vector<GraphEdge> edges;
};

}  // namespace claimkb

#endif  // CLAIMKB_CORE_CLAIM_GRAPH_H_
