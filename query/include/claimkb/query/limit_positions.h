// Who says that what a question asks about has hit its limit, and who says
// it has not. "Who thinks scaling has hit a wall, and who disagrees?" is
// answered by verdicts on a limit (limit_verdict.h), not by the claims'
// stance: "我们没看到“墙”" and "最终会走向算力与能源的极限" are both about
// scaling, and which of them praises it is not what the user asked.
#ifndef CLAIMKB_QUERY_LIMIT_POSITIONS_H_
#define CLAIMKB_QUERY_LIMIT_POSITIONS_H_

#include <string>
#include <vector>

#include "claimkb/core/lexicon.h"
#include "claimkb/core/store.h"
#include "claimkb/query/limit_verdict.h"
#include "claimkb/query/question.h"

namespace claimkb {

struct LimitPosition {
  std::string speaker;  // Canonical name; "editor" for a digest's own words.
  LimitVerdict verdict = LimitVerdict::kNone;
  std::vector<std::string> claim_ids;  // The claims that state it, best first.
};

// The verdicts on a limit that `claims` (best first) state, one entry per
// speaker and verdict, entries in the order of their best claim. A claim
// counts when ReadLimitStatement gives it a verdict and it is about the
// facet: it carries one of the facet's topics, or names one of its models,
// benchmarks or entities or a descendant of one in `lexicon` (gemini-3-pro
// for gemini-3), or the facet names none of these. A speaker who says both
// is listed under both: the answer shows the split rather than averaging it.
std::vector<LimitPosition> LimitPositions(const QuestionFacet& facet,
                                          const std::vector<StoredClaim>& claims,
                                          const Lexicon& lexicon);

// "reached", "not_reached", "diminishing" (kNone: "none").
std::string_view LimitVerdictName(LimitVerdict verdict);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_LIMIT_POSITIONS_H_
