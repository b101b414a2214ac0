// Private helper of the store: how a claim edge is kept in its row of the
// edge table (schema/sqlite/0006_lean_store.sql). The kind is a small integer
// code instead of its name, and a measured edge's evidence, "<label>
// <weight to two places>" ("agents score 2.00", "bigram dice 0.91"), is kept
// as a shared label and the weight the row already holds: at 1,000 episodes
// the names and evidence texts were a third of the edge table and its
// indexes.
#ifndef CLAIMKB_CORE_EDGE_ROW_H_
#define CLAIMKB_CORE_EDGE_ROW_H_

#include <optional>
#include <string>
#include <string_view>

#include "claimkb/core/claim_graph.h"

namespace claimkb::internal {

// The stored code of a kind; fixed by the schema, whatever EdgeKind's order.
int EdgeKindCode(EdgeKind kind);
std::optional<EdgeKind> EdgeKindFromCode(int code);

// The label of an evidence text that reads "<label> <weight as {:.2f}>", so
// that ScoredEvidence(label, weight) gives the text back byte for byte;
// nullopt for any other text (a user's words, an empty text).
std::optional<std::string> EvidenceLabel(std::string_view evidence, double weight);
std::string ScoredEvidence(std::string_view label, double weight);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_EDGE_ROW_H_
