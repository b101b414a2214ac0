// Hostile and mistaken input to the question interpreter: a "today" that is
// no date, a huge question, a speaker name inside a longer word. Each used
// to abort `claimkb ask` or answer the wrong question.
#include <catch2/catch.hpp>

#include "claimkb/core/entity_linker.h"
#include "claimkb/query/question.h"
#include "support/lexicon_entry.h"

namespace {

using claimkb::EntityKind;
using claimkb::ErrorCode;
using claimkb::QuestionInterpreter;
using claimkb::QuestionOptions;
using Strings = std::vector<std::string>;

std::shared_ptr<const claimkb::EntityLinker> Linker() {
  std::vector<claimkb::LexiconEntry> entries{
      claimkb::testing::Entry("gemini-3", EntityKind::kModel, "Gemini 3", ""),
      claimkb::testing::Entry("scaling", EntityKind::kTopic, "Scaling", "", {}, {}, {"scaling"}),
  };
  return std::make_shared<const claimkb::EntityLinker>(
      std::make_shared<const claimkb::Lexicon>(std::move(entries)));
}

TEST_CASE("a today that is not a calendar date is refused, not an abort", "[question]") {
  // std::stoi threw std::invalid_argument on these, which escaped main().
  for (const char* today : {"notadate", "2025", "x-y-z", "2025-13-01", "2025-02-29", "2025-1-1",
                            "20251101", "2025-11-0a", "-"}) {
    INFO("today: " << today);
    QuestionOptions options;
    options.today = today;
    auto plan = QuestionInterpreter(Linker(), options).Interpret("Gemini 3 this month");
    REQUIRE_FALSE(plan);
    CHECK(plan.error().code == ErrorCode::kInvalidArgument);
  }
  QuestionOptions leap;
  leap.today = "2024-02-29";
  auto plan = QuestionInterpreter(Linker(), leap).Interpret("Gemini 3 this month");
  REQUIRE(plan);
  CHECK(plan->facets[0].since == "2024-02-01");
  CHECK(plan->facets[0].until == "2024-02-29");
}

TEST_CASE("a question longer than the bound is refused", "[question]") {
  QuestionOptions options;
  options.today = "2025-11-28";
  const QuestionInterpreter interpreter(Linker(), options);
  std::string question = "Gemini 3 ";
  while (question.size() <= claimkb::kMaxQuestionBytes) question += "scaling ";
  auto plan = interpreter.Interpret(question);
  REQUIRE_FALSE(plan);
  CHECK(plan.error().code == ErrorCode::kInvalidArgument);
  CHECK(interpreter.Interpret("Gemini 3 scaling"));
}

TEST_CASE("a speaker is found by the whole name, not a prefix", "[question]") {
  QuestionOptions options;
  options.today = "2025-11-28";
  options.speakers = {{"Speaker4"}, {"Kev"}, {"余北"}};
  const QuestionInterpreter interpreter(Linker(), options);
  // "Speaker4999" used to become speaker Speaker4 and the word "999".
  auto plan = interpreter.Interpret("what did Speaker4999 say about scaling");
  REQUIRE(plan);
  CHECK(plan->facets[0].speakers.empty());
  CHECK(interpreter.Interpret("Kevin on scaling")->facets[0].speakers.empty());
  // The whole name still counts, also next to punctuation and in Chinese.
  CHECK(interpreter.Interpret("what did Speaker4 say about scaling?")->facets[0].speakers ==
        Strings{"Speaker4"});
  CHECK(interpreter.Interpret("scaling (Kev)")->facets[0].speakers == Strings{"Kev"});
  CHECK(interpreter.Interpret("余北怎么看scaling")->facets[0].speakers == Strings{"余北"});
}

}  // namespace

namespace {

TEST_CASE("dates in a question become windows the search grammar accepts", "[question]") {
  // Found by fuzz_question: "0125-01" became date:0125-01-01..0125-01-31,
  // which the grammar refuses (years start at 1000), so ask failed on a
  // question it said it understood. "2025-11-99" became an impossible day.
  QuestionOptions options;
  options.today = "2025-11-28";
  const QuestionInterpreter interpreter(Linker(), options);
  auto old = interpreter.Interpret("Gemini 3 0125-01");
  REQUIRE(old);
  CHECK(old->facets[0].since.empty());
  auto bad_day = interpreter.Interpret("Gemini 3 2025-11-99");
  REQUIRE(bad_day);
  CHECK(bad_day->facets[0].since == "2025-11-01");
  CHECK(bad_day->facets[0].until == "2025-11-30");
  auto good_day = interpreter.Interpret("Gemini 3 2025-11-21");
  REQUIRE(good_day);
  CHECK(good_day->facets[0].since == "2025-11-21");
  CHECK(good_day->facets[0].until == "2025-11-21");
  QuestionOptions ancient;
  ancient.today = "1000-06-01";  // "last year" would be 999.
  CHECK_FALSE(QuestionInterpreter(Linker(), ancient).Interpret("Gemini 3 last year"));
}

}  // namespace
