#include "claimkb/query/query_parser.h"

#include <catch2/catch.hpp>

#include "claimkb/core/entity_linker.h"
#include "indexer/index_fixture.h"

using claimkb::ErrorCode;
using claimkb::QueryParser;

namespace {

const QueryParser& Parser() {
  static const QueryParser parser(
      std::make_shared<const claimkb::EntityLinker>(claimkb::testing::TestLexicon()));
  return parser;
}

struct Case {
  const char* input;
  const char* printed;
};

}  // namespace

TEST_CASE("Queries parse to the expected tree", "[query_parser]") {
  const Case cases[] = {
      // A topic cue word also matches the claims tagged with its topic.
      {"coding", R"((or (text "coding") (field topic coding)))"},
      {"model:gemini-3 coding",
       R"((and (field model gemini-3) (or (text "coding") (field topic coding))))"},
      {R"(model:"Gemini 3")", "(field model gemini-3)"},
      {"model:gemini3", "(field model gemini-3)"},
      {"model:Gemini-3-Pro", "(field model gemini-3-pro)"},
      {"benchmark:SwitchBank", "(field benchmark swe-bench-verified)"},
      {R"(benchmark:"SWE-bench")", "(field benchmark swe-bench-verified)"},
      {"benchmark:ARC-AGI-2", "(field benchmark arc-agi-2)"},
      {"topic:coding stance:negative", "(and (field topic coding) (field stance negative))"},
      {"speaker:余北", "(field speaker 余北)"},
      {"speaker:Nathan", "(field speaker nathan)"},
      // A spelling of a person the lexicon knows becomes the canonical name.
      {"speaker:田博士", "(field speaker 田渊栋)"},
      {"highlighted:yes editor:no", "(and (field highlighted yes) (field editor no))"},
      {"modality:firsthand", "(field modality firsthand)"},
      {"episode:gemini", "(field episode gemini)"},
      {"date:2025-11..2025-12", "(date 20251101 20251231)"},
      {"date:2025-11-21", "(date 20251121 20251121)"},
      {"date:2025-11..", "(date 20251101 *)"},
      {"date:..2025-02", "(date * 20250228)"},
      {"date:2024-02", "(date 20240201 20240229)"},
      {"date:2025", "(date 20250101 20251231)"},
      {"alpha OR beta", R"((or (text "alpha") (text "beta")))"},
      {"alpha AND NOT beta", R"((and (text "alpha") (not (text "beta"))))"},
      {"alpha NOT beta", R"((and (text "alpha") (not (text "beta"))))"},
      {"(alpha OR beta) model:gpt-5",
       R"((and (or (text "alpha") (text "beta")) (field model gpt-5)))"},
      {"-model:gpt-5 review", R"((and (not (field model gpt-5)) (text "review")))"},
      {"-(alpha beta) gamma", R"((and (not (text "alpha beta")) (text "gamma")))"},
      // Lower-case and/or/not are words, not operators.
      {"cats and dogs or not", R"((text "cats and dogs or not"))"},
      {R"("多模态推理")", R"((phrase "多模态推理"))"},
      {"“前端 门槛”", R"((phrase "前端 门槛"))"},
      {"gem*", R"((text "gem*"))"},
      {"model:gem*", "(wildcard model gem)"},
      {"section:开场", R"((text section "开场"))"},
      {R"(title:"Gemini 3 live")", R"((phrase title "Gemini 3 live"))"},
      {"http://example.com", R"((text "http://example.com"))"},
      {"id:gemini-live#2", "(field id gemini-live#2)"},
      // Entities named in free text also match through their terms.
      {"SWE-bench 很强",
       R"((and (or (text "SWE-bench") (field entity swe-bench-verified)) (text "很强")))"},
      {"思维链", R"((or (text "思维链") (field entity chain-of-thought)))"},
      {"gemini 推理 src", R"((and (or (text "gemini") (field entity gemini)) (text "推理 src")))"},
      // A possessive belongs to the name, typed with either apostrophe; it
      // is no word a claim must contain.
      {"Gemini's 推理", R"((and (or (text "Gemini") (field entity gemini)) (text "推理")))"},
      {"Gemini\u2019s 推理", R"((and (or (text "Gemini") (field entity gemini)) (text "推理")))"},
      {"Gemini's", R"((or (text "Gemini") (field entity gemini)))"},
      // Only a whole clitic: "'source" stays a word.
      {"Gemini'source", R"((and (or (text "Gemini") (field entity gemini)) (text "'source")))"},
  };
  for (const Case& c : cases) {
    INFO("input: " << c.input);
    auto parsed = Parser().Parse(c.input);
    REQUIRE(parsed);
    CHECK(claimkb::ToString(*parsed) == c.printed);
  }
}

TEST_CASE("Without a linker, entity values are taken as ids and text is not linked",
          "[query_parser]") {
  QueryParser bare(nullptr);
  auto parsed = bare.Parse("model:Some-Model SWE-bench");
  REQUIRE(parsed);
  CHECK(claimkb::ToString(*parsed) == R"((and (field model some-model) (text "SWE-bench")))");
}

TEST_CASE("Malformed queries are errors that point at the fault", "[query_parser]") {
  const Case cases[] = {
      {"", "empty query"},
      {"   ", "empty query"},
      {R"("unclosed phrase)", "unbalanced quote at column 1"},
      {R"(model:"Gemini 3)", "unbalanced quote at column 7"},
      {"(alpha OR beta", "unbalanced parenthesis at column 1: '(' is never closed"},
      {"model:gemini-3 (", "unbalanced parenthesis at column 16: '(' is never closed"},
      {"alpha)", "unbalanced parenthesis at column 6: ')' without '('"},
      {"()", "empty parentheses at column 1"},
      {"foo:bar", "unknown field 'foo:' at column 1"},
      {"model:", "missing value after 'model:' at column 1"},
      {"date:2025-13", "bad date '2025-13' at column 6"},
      {"date:2025-02-30", "bad date '2025-02-30' at column 6"},
      {"date:2025-1-5", "bad date '2025-1-5' at column 6"},
      {"date:2025-12..2025-11", "date range '2025-12..2025-11' at column 6 runs backwards"},
      {"date:..", "bad date '..' at column 6"},
      {"stance:angry", "unknown stance 'angry' at column 8"},
      {"modality:dreamt", "unknown modality 'dreamt' at column 10"},
      {"highlighted:maybe", "'highlighted:' expects yes or no, not 'maybe' at column 13"},
      {"model:llama-9", "unknown model 'llama-9' at column 7"},
      {"model:SWE-bench", "'SWE-bench' at column 7 is a benchmark, not a model"},
      {"topic:cooking", "unknown topic 'cooking' at column 7"},
      {"前端 model:bogus", "unknown model 'bogus' at column 10"},
      {"alpha OR", "'OR' at column 7 needs something after it"},
      {"AND beta", "'AND' at column 1 needs something before it"},
      {"alpha AND", "'AND' at column 7 needs something after it"},
      {"NOT", "'NOT' at column 1 needs something after it"},
  };
  for (const Case& c : cases) {
    INFO("input: " << c.input);
    auto parsed = Parser().Parse(c.input);
    REQUIRE(!parsed);
    CHECK(parsed.error().code == ErrorCode::kInvalidArgument);
    CHECK(parsed.error().message == c.printed);
  }
}

TEST_CASE("Unknown fields list the known ones in the hint", "[query_parser]") {
  auto parsed = Parser().Parse("colour:red");
  REQUIRE(!parsed);
  CHECK_THAT(parsed.error().hint, Catch::Contains("model") && Catch::Contains("benchmark"));
}

TEST_CASE("Nesting and length are bounded with a message, never a stack overflow",
          "[query_parser]") {
  // 4,000 parentheses and 25,000 NOTs used to overflow the stack.
  auto deep = Parser().Parse(std::string(4000, '(') + "alpha" + std::string(4000, ')'));
  REQUIRE_FALSE(deep);
  CHECK(deep.error().code == ErrorCode::kInvalidArgument);
  // The 65th level opens at column 65.
  CHECK(deep.error().message ==
        "the query nests parentheses and NOTs more than 64 deep at column 65");
  std::string nots;
  for (int i = 0; i < 1000; ++i) nots += "NOT ";
  auto negated = Parser().Parse(nots + "alpha");
  REQUIRE_FALSE(negated);
  CHECK(negated.error().message ==
        "the query nests parentheses and NOTs more than 64 deep at column 257");
  // 25,000 of them are refused by length before any parsing.
  for (int i = 1000; i < 25000; ++i) nots += "NOT ";
  auto long_negated = Parser().Parse(nots + "alpha");
  REQUIRE_FALSE(long_negated);
  CHECK(long_negated.error().message ==
        "the query is 100005 bytes long; at most 16384 are accepted");
  // 64 levels are fine: 63 parentheses around the word, the word itself.
  CHECK(Parser().Parse(std::string(63, '(') + "alpha" + std::string(63, ')')));
  // A flat query of many words is not deep.
  std::string flat;
  for (int i = 0; i < 1500; ++i) flat += "alpha OR ";
  CHECK(Parser().Parse(flat + "beta"));
  auto huge = Parser().Parse(std::string(claimkb::kMaxQueryBytes + 1, 'a'));
  REQUIRE_FALSE(huge);
  CHECK(huge.error().message == "the query is 16385 bytes long; at most 16384 are accepted");
}

TEST_CASE("Words written with Xapian's syntax are not cut apart by linking", "[query_parser]") {
  // "gemini" is a model and SwitchBank an alias: linked alone, but a wildcard
  // or a +/- word goes to Xapian whole.
  CHECK(claimkb::ToString(*Parser().Parse("gemini*")) == R"((text "gemini*"))");
  CHECK(claimkb::ToString(*Parser().Parse("+SwitchBank")) == R"((text "+SwitchBank"))");
  CHECK(claimkb::ToString(*Parser().Parse("-gemini")) == R"((text "-gemini"))");
  CHECK(claimkb::ToString(*Parser().Parse("SwitchBank")) ==
        R"((or (text "SwitchBank") (field entity swe-bench-verified)))");
}
