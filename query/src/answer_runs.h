// An interviewer's question and the lines that answer it, ranked as one
// passage (issue 9, "context" misses). In a transcript or a dialogue the
// answer follows the question and often shares none of its words ("我觉得这个
// 是一个我们希望长期去做的事情" after "你们会长期选择开源吗？"): the question
// matches, its answer does not. A question among the best hits lends its
// weight to its answer run, as one block.
#ifndef CLAIMKB_QUERY_ANSWER_RUNS_H_
#define CLAIMKB_QUERY_ANSWER_RUNS_H_

#include <string>
#include <string_view>

#include "claimkb/core/result.h"
#include "claimkb/query/searcher.h"

namespace claimkb::internal {

struct AnswerRunOptions {
  int reach = 0;            // Questions are looked for among the best `reach` hits; 0 = off.
  int questions = 0;        // At most this many passages, the best questions first.
  double min_ratio = 0;     // A question's weight must be at least this share of the best hit's.
  int span = 0;             // Answer lines per passage, at most.
  double answer_share = 0;  // The passage's weight: its question's + this × its answers' own.
};

// Whether a claim is a question: its text ends with a question mark, and not
// with a tag that asks for agreement with what was just said ("…，对吧？",
// "…, right?"), which a speaker puts after an answer.
bool IsQuestionLine(std::string_view text);

// Finds the questions among the best hits of `result` (best first, as
// ranked) and lends each one's weight to the lines after it that answer it:
// in a dialogue, the other speakers' lines until the asker speaks again; in
// a transcript without speakers, the lines until the next question. Answer
// lines the words did not find are fetched within `filter`. Each answer line
// keeps its own weight when that is higher. Re-sorts `result` and notes the
// passages in `result->parsed`. Errors as Searcher::Fetch.
Status RankAnswerRuns(const Searcher& searcher, const std::string& filter,
                      const AnswerRunOptions& options, bool records, SearchResult* result);

}  // namespace claimkb::internal

#endif  // CLAIMKB_QUERY_ANSWER_RUNS_H_
