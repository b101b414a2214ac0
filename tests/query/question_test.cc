// How questions become facets: comparisons, shared subjects, Chinese, speakers
// and time words. Expected facets are worked out from the questions by hand.
#include "claimkb/query/question.h"

#include <catch2/catch.hpp>

#include "claimkb/core/entity_linker.h"
#include "support/lexicon_entry.h"

namespace {

using claimkb::EntityKind;
using claimkb::LexiconEntry;
using claimkb::QuestionInterpreter;
using claimkb::QuestionOptions;
using claimkb::testing::Entry;
using Strings = std::vector<std::string>;

std::shared_ptr<const claimkb::EntityLinker> Linker() {
  std::vector<LexiconEntry> entries{
      Entry("gemini", EntityKind::kModel, "Gemini", ""),
      Entry("gemini-3", EntityKind::kModel, "Gemini 3", "gemini", {"Gen3"}),
      Entry("gemini-3-pro", EntityKind::kModel, "Gemini 3 Pro", "gemini-3"),
      Entry("claude-sonnet-4-5", EntityKind::kModel, "Claude Sonnet 4.5", ""),
      Entry("arc-agi-2", EntityKind::kBenchmark, "ARC-AGI-2", "", {}, {"evaluation"}),
      Entry("scaling-law", EntityKind::kTechnique, "Scaling law", "", {"扩展规律"}, {"scaling"}),
      Entry("andrej-karpathy", EntityKind::kPerson, "Andrej Karpathy", "", {"Karpathy"}),
      Entry("coding", EntityKind::kTopic, "Coding", "", {}, {}, {"coding", "编程", "写代码"}),
      Entry("evaluation", EntityKind::kTopic, "Evaluation", "", {}, {},
            {"benchmark", "benchmarks", "跑分"}),
      Entry("scaling", EntityKind::kTopic, "Scaling", "", {}, {}, {"撞墙", "hit a wall"}),
      Entry("rl", EntityKind::kTopic, "RL", "", {}, {}, {"RL", "强化学习"}),
  };
  auto lexicon = std::make_shared<const claimkb::Lexicon>(std::move(entries));
  return std::make_shared<const claimkb::EntityLinker>(lexicon);
}

claimkb::QuestionPlan Interpret(const std::string& question, QuestionOptions options = {}) {
  if (options.today.empty()) options.today = "2025-11-28";
  QuestionInterpreter interpreter(Linker(), options);
  auto plan = interpreter.Interpret(question);
  INFO(question);
  REQUIRE(plan);
  return *plan;
}

TEST_CASE("a comparison shares its model with the side that names none", "[question]") {
  auto plan = Interpret("what did speakers say about Gemini 3 coding vs benchmarks");
  CHECK(plan.comparison);
  REQUIRE(plan.facets.size() == 2);
  CHECK(plan.facets[0].models == Strings{"gemini-3"});
  CHECK(plan.facets[0].topics == Strings{"coding"});
  CHECK(plan.facets[1].models == Strings{"gemini-3"});
  CHECK(plan.facets[1].topics == Strings{"evaluation"});
  CHECK(plan.facets[0].FilterQuery() == "model:gemini-3 topic:coding");
  CHECK(plan.facets[0].words.empty());  // "what did speakers say about" are question words.
}

TEST_CASE("two models compared on one topic share the topic", "[question]") {
  auto plan = Interpret("Claude Sonnet 4.5 compared with Gemini 3 Pro on coding");
  REQUIRE(plan.facets.size() == 2);
  CHECK(plan.facets[0].models == Strings{"claude-sonnet-4-5"});
  CHECK(plan.facets[1].models == Strings{"gemini-3-pro"});
  CHECK(plan.facets[0].topics == Strings{"coding"});
  CHECK(plan.facets[1].topics == Strings{"coding"});
}

TEST_CASE("Chinese comparisons with 和…对比 split at the joiner", "[question]") {
  auto plan = Interpret("Gen3 编程和跑分对比");
  REQUIRE(plan.facets.size() == 2);
  CHECK(plan.facets[0].models == Strings{"gemini-3"});
  CHECK(plan.facets[0].topics == Strings{"coding"});
  CHECK(plan.facets[1].models == Strings{"gemini-3"});
  CHECK(plan.facets[1].topics == Strings{"evaluation"});
}

TEST_CASE("a technique brings its topics, and its words rank the claims", "[question]") {
  auto plan = Interpret("谁认为 scaling law 撞墙了");
  CHECK_FALSE(plan.comparison);
  REQUIRE(plan.facets.size() == 1);
  const auto& facet = plan.facets[0];
  CHECK(facet.entities == Strings{"scaling-law"});
  CHECK(facet.topics == Strings{"scaling"});
  CHECK(facet.FilterQuery() == "(topic:scaling OR entity:scaling-law)");
  // 谁, 认为 and 了 are question words; the rest ranks.
  CHECK(facet.rank_words == Strings{"scaling", "law", "撞墙"});
}

TEST_CASE("people become speaker filters", "[question]") {
  QuestionOptions options;
  options.speakers = {{"余北"}, {"Andrej Karpathy", "Karpathy"}};
  auto plan = Interpret("Karpathy on RL", options);
  REQUIRE(plan.facets.size() == 1);
  CHECK(plan.facets[0].speakers == Strings{"Andrej Karpathy"});
  CHECK(plan.facets[0].topics == Strings{"rl"});
  auto chinese = Interpret("余北怎么看强化学习", options);
  CHECK(chinese.facets[0].speakers == Strings{"余北"});
  CHECK(chinese.facets[0].topics == Strings{"rl"});
}

TEST_CASE("time words become date windows counted from today", "[question]") {
  auto this_month = Interpret("which benchmarks were discussed this month");
  CHECK(this_month.facets[0].since == "2025-11-01");
  CHECK(this_month.facets[0].until == "2025-11-30");
  auto last_month = Interpret("上个月 ARC-AGI-2 的跑分");
  CHECK(last_month.facets[0].since == "2025-10-01");
  CHECK(last_month.facets[0].until == "2025-10-31");
  CHECK(last_month.facets[0].benchmarks == Strings{"arc-agi-2"});
  auto explicit_month = Interpret("2024年2月 coding");
  CHECK(explicit_month.facets[0].until == "2024-02-29");  // A leap year.
  QuestionOptions january;
  january.today = "2026-01-15";
  auto across_year = Interpret("last month coding", january);
  CHECK(across_year.facets[0].since == "2025-12-01");
}

TEST_CASE("questions with nothing to search for are refused", "[question]") {
  QuestionInterpreter interpreter(Linker(), {});
  CHECK_FALSE(interpreter.Interpret("   "));
  auto vague = interpreter.Interpret("what did they say?");
  REQUIRE_FALSE(vague);
  CHECK(vague.error().code == claimkb::ErrorCode::kInvalidArgument);
}

}  // namespace
