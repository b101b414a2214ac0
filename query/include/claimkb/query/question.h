// Natural questions → structured queries. "what did speakers say about
// Gemini 3 coding vs benchmarks" becomes two facets, Gemini 3 × coding and
// Gemini 3 × evaluation, each a query in the search grammar. The same entity
// linker as extraction reads the question, so aliases, ASR spellings and
// Chinese cue words work the same way on both sides.
#ifndef CLAIMKB_QUERY_QUESTION_H_
#define CLAIMKB_QUERY_QUESTION_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/entity_linker.h"
#include "claimkb/core/result.h"

namespace claimkb {

// One side of a question: what its claims must be about.
struct QuestionFacet {
  std::string label;                    // "Gemini 3 × coding".
  std::vector<std::string> models;      // Required (AND), ids; ancestors match descendants.
  std::vector<std::string> benchmarks;  // Required (AND).
  std::vector<std::string> speakers;    // Any of them (OR), canonical names.
  // Any of these topics or entities (OR): the subject matter of the facet.
  std::vector<std::string> topics;
  std::vector<std::string> entities;
  // Words left over once entities and question words are removed. They rank
  // claims (more matches first) but do not exclude claims that lack them,
  // unless the facet has nothing else to go on.
  std::vector<std::string> words;
  // Every content word of this side, entity and topic surfaces included
  // ("scaling", "撞墙"): claims that use the question's own words rank first.
  std::vector<std::string> rank_words;
  std::string since;  // YYYY-MM-DD or empty.
  std::string until;  // YYYY-MM-DD or empty.

  // The filter in the search grammar: "model:gemini-3 (topic:coding)".
  // Empty when the facet has no structured part.
  std::string FilterQuery() const;
  // The leftover words as one OR query ("撞墙 OR bottleneck"); empty when none.
  std::string WordsQuery() const;
  // The rank words as one OR query, for ranking; empty when none.
  std::string RankQuery() const;
};

struct QuestionPlan {
  std::string question;
  bool comparison = false;            // The question compares two sides ("A vs B").
  std::vector<QuestionFacet> facets;  // One, or two for a comparison.
};

struct QuestionOptions {
  // Today's date (YYYY-MM-DD) for time words such as "this month" or 上个月.
  // Default: empty, meaning the system clock.
  std::string today;
  // Canonical speaker names with their aliases, so that "Karpathy on RL"
  // becomes a speaker filter. Each inner list: canonical name first.
  std::vector<std::vector<std::string>> speakers;
};

// Longer questions are refused: a question is a sentence or two, and its
// words become one search each.
inline constexpr std::size_t kMaxQuestionBytes = 2000;

class QuestionInterpreter {
 public:
  QuestionInterpreter(std::shared_ptr<const EntityLinker> linker, QuestionOptions options);

  // kInvalidArgument for an empty question, one longer than
  // kMaxQuestionBytes, one in which nothing could be recognised (no entity,
  // topic, speaker, time or content word), or a QuestionOptions::today that
  // is not a calendar date YYYY-MM-DD.
  Result<QuestionPlan> Interpret(std::string_view question) const;

 private:
  std::shared_ptr<const EntityLinker> linker_;
  QuestionOptions options_;
};

// "what the question became", one facet per line, for --explain.
std::string Describe(const QuestionPlan& plan);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_QUESTION_H_
