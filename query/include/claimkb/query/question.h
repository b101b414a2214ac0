// Natural questions → structured queries. "what did speakers say about
// Gemini 3 coding vs benchmarks" becomes two facets, Gemini 3 × coding and
// Gemini 3 × evaluation, each a query in the search grammar. The same entity
// linker as extraction reads the question, so aliases, ASR spellings and
// Chinese cue words work the same way on both sides.
#ifndef CLAIMKB_QUERY_QUESTION_H_
#define CLAIMKB_QUERY_QUESTION_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/entity_linker.h"
#include "claimkb/core/result.h"
#include "claimkb/query/term_tables.h"

namespace claimkb {

// A word that ranks the claims of a facet, with where it came from.
struct RankTerm {
  std::string text;     // As searched: "幻觉", "hallucination", "world model".
  double weight = 1.0;  // 1 for the user's own words; expansions lower.
  std::string source;   // "question", "lemma", "ai-terms", "cc-cedict", "part", "lexicon",
                        // "limit", "person".
  std::string from;     // The question word it expands; empty for the user's own words.
};

// What the question asks for, which shapes the answer's layout.
enum class QuestionIntent {
  kWhat,     // What was said about X (default).
  kWho,      // Who said / who thinks: lead with speakers.
  kWhy,      // Reasons.
  kHow,      // Ways and means.
  kHowMuch,  // Numbers: scores, costs, shares, counts.
  kWhen,     // Dates and timelines.
  kCompare,  // Two sides.
};
std::string_view IntentName(QuestionIntent intent);

// One side of a question: what its claims must be about.
struct QuestionFacet {
  std::string label;  // "Gemini 3 × coding".
  // What the question names: they lift the claims that carry them (see
  // BoostQueries), and restrict only when they are listed in `filters`.
  std::vector<std::string> models;      // Model ids; ancestors match descendants.
  std::vector<std::string> benchmarks;  // Benchmark ids.
  std::vector<std::string> speakers;    // Canonical speaker names.
  // Slugs of the episodes whose cover lists a speaker the question names:
  // their claims are lifted too, since a raw transcript's lines name nobody.
  std::vector<std::string> listed_episodes;
  // When a named speaker is the question's subject ("what does Yang Zhilin
  // think of", "杨植麟怎么看"): the one entry of `filters` that keeps their
  // claims and the episodes listing them. RankAnswer drops it again when
  // nothing they said matches.
  std::string speaker_filter;
  std::vector<std::string> topics;      // Topic ids.
  std::vector<std::string> entities;    // Technique, product, organisation ids.
  // Words left over once entities and question words are removed: what the
  // label shows of the question besides the entities.
  std::vector<std::string> words;
  // Every content word of this side, entity and topic surfaces included
  // ("scaling", "撞墙"), as the question wrote them.
  std::vector<std::string> rank_words;
  std::string since;  // YYYY-MM-DD or empty.
  std::string until;  // YYYY-MM-DD or empty.
  // The ranked words: the question's content words and their expansions
  // into the other language, each with a weight. Entities, topics, speakers
  // and dates above only lift claims (BoostQueries) unless listed in `filters`.
  std::vector<RankTerm> terms;
  // The limit word when this side asks whether something has hit its limit
  // ("has scaling hit a wall?", "预训练到头了吗"; limit_verdict.h), else
  // empty. Its claims are searched by every limit word (source "limit") and
  // the answer says who holds that the limit is reached and who denies it.
  std::string asks_limit;
  // The side asks which benchmarks were discussed or what scores were
  // claimed ("which benchmarks …", "what scores …", "哪些基准", "哪些榜单"):
  // the answer lists the benchmarks its claims name in the facet's window,
  // with their stated results (benchmark_tracking.h).
  bool lists_benchmarks = false;
  // Hard filters in the search grammar: fields the user wrote ("topic:rl")
  // and the models or benchmarks that define the sides of a comparison.
  std::vector<std::string> filters;
  // A name the grammar minted (not in the lexicon: "ZorbArena") is found by
  // the query parser from its spelling, which it links again to the same
  // id, not from the id: its id → its spelling in the question.
  std::map<std::string, std::string> new_name_spellings;

  // The value a field query gives `id`: its spelling for a minted name,
  // else the id itself.
  std::string SearchValue(const std::string& id) const;
  // The hard filters as one query ("model:gemini-3 topic:coding"); empty
  // when nothing restricts the facet.
  std::string FilterQuery() const;
  // Field queries that lift matching claims: every recognised entity,
  // topic, speaker and the time window, unless already a filter.
  std::vector<std::string> BoostQueries() const;
  // The rank words as one OR query, for ranking; empty when none.
  std::string RankQuery() const;
};

struct QuestionPlan {
  std::string question;
  QuestionIntent intent = QuestionIntent::kWhat;
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
  // The episodes whose cover lists a name (Store::EpisodesListing over the
  // user's stores). Null: no episode is lifted for a named speaker.
  std::function<Result<std::vector<std::string>>(const std::string& name)> episodes_listing;
  // Function words and cross-language tables. Null: a small built-in list of
  // question words and no expansion into the other language.
  std::shared_ptr<const TermTables> tables;
  // Whether a word occurs in the user's index (Searcher::Occurs), so that
  // dictionary expansions are limited to words the claims use. Null: every
  // AI-table expansion is kept and CC-CEDICT ones are dropped.
  std::function<bool(std::string_view)> in_index;
  // Whether some claim in the user's index names an entity id
  // (Searcher::NamesEntity). A bound name in the question ("K2", "Opus":
  // EntityLinker's `pending`) that nothing else in the question confirms
  // is read as its entity when the claims name that entity. Null: such a
  // name is left to its words.
  std::function<bool(std::string_view)> entity_in_index;
  // Weights of expansions, relative to the user's own words (1). Defaults
  // measured on the dev questions (bench/README.md).
  double lemma_weight = 0.9;    // cheaper → cheap.
  // The project's AI-term table: hallucination → 幻觉. 0.8 since a Chinese
  // word weighs one term (RankedQuery::cjk_word_as_term): 0.7 → dev recall@50
  // 0.724, 0.8 → 0.735.
  double ai_term_weight = 0.8;
  double pivot_weight = 0.6;   // Another English name via the table: reinforcement learning → rl.
  double alias_weight = 0.8;   // Lexicon names of a recognised entity: Gemini 3 → Gen3.
  double cedict_weight = 0.4;  // CC-CEDICT senses, a less sure fallback.
  double cedict_pivot_weight = 0.3;  // Another Chinese word of a CC-CEDICT sense.
  double part_weight = 0.5;    // A word of a phrase alone: "scaling" of "scaling law".
  // Other words for a limit the question asks about ("hit a wall" → 到头,
  // 尽头, 接近尾声): they rank as one concept of their own, below the
  // question's word and its translation.
  double limit_weight = 0.6;
  // The names of a person the question asks about ("Dwarkesh", "杨植麟"), so
  // that claims naming them rank, not only those they speak. 0 leaves names
  // to the speaker boost alone.
  double person_name_weight = 0.8;
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
  // The question's mentions in order of position, with each bound name
  // ("K2") the question or the user's claims confirm.
  std::vector<LinkedMention> LinkQuestion(const std::string& question) const;

  std::shared_ptr<const EntityLinker> linker_;
  QuestionOptions options_;
};

// "what the question became", one facet per line, for --explain.
std::string Describe(const QuestionPlan& plan);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_QUESTION_H_
