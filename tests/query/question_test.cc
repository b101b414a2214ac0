// How questions become facets: comparisons, shared subjects, Chinese, speakers
// and time words. Expected facets are worked out from the questions by hand.
#include "claimkb/query/question.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>

#include "claimkb/core/entity_linker.h"
#include "claimkb/query/query_parser.h"
#include "claimkb/query/term_tables.h"
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
  // The compared model restricts both sides; the topics only lift.
  CHECK(plan.facets[0].FilterQuery() == "model:gemini-3");
  CHECK(plan.facets[0].BoostQueries() == Strings{"topic:coding"});
  CHECK(plan.facets[1].FilterQuery() == "model:gemini-3");
  CHECK(plan.intent == claimkb::QuestionIntent::kCompare);
  CHECK(plan.facets[0].words.empty());  // "what did speakers say about" are question words.
}

TEST_CASE("a benchmark the grammar mints is searched by its spelling, so its queries parse",
          "[question]") {
  // "ZorbArena" is in no lexicon: the grammar names it a benchmark by its
  // "Arena" ending, with the id "zorbarena", which the query parser cannot
  // resolve again (it links the spelling, not the id).
  const claimkb::QueryParser parser(Linker());
  auto plan = Interpret("Gemini 3 Pro vs Claude Sonnet 4.5 on ZorbArena");
  REQUIRE(plan.facets.size() == 2);
  // The plan keeps ids; the field queries carry the spelling, on both sides,
  // since the side that names no subject takes the other side's.
  CHECK(plan.facets[0].benchmarks == Strings{"zorbarena"});
  CHECK(plan.facets[1].benchmarks == Strings{"zorbarena"});
  CHECK(plan.facets[0].FilterQuery() == "model:gemini-3-pro benchmark:ZorbArena");
  CHECK(plan.facets[1].FilterQuery() == "model:claude-sonnet-4-5 benchmark:ZorbArena");
  for (const claimkb::QuestionFacet& facet : plan.facets) {
    const auto filter = parser.Parse(facet.FilterQuery());
    CHECK(filter);
    for (const std::string& boost : facet.BoostQueries()) CHECK(parser.Parse(boost));
  }
  auto single = Interpret("How did models do on ZorbArena?");
  REQUIRE(single.facets.size() == 1);
  CHECK(single.facets[0].benchmarks == Strings{"zorbarena"});
  CHECK(single.facets[0].BoostQueries() == Strings{"benchmark:ZorbArena"});
  CHECK(parser.Parse("benchmark:ZorbArena"));
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
  // Recognised entities and topics lift claims; they do not exclude any.
  CHECK(facet.FilterQuery().empty());
  CHECK(facet.BoostQueries() == Strings{"entity:scaling-law", "topic:scaling"});
  CHECK(plan.intent == claimkb::QuestionIntent::kWho);
  // 谁, 认为 and 了 are question words; the rest ranks.
  CHECK(facet.rank_words == Strings{"scaling", "law", "撞墙"});
}

TEST_CASE("a role label the store holds as a speaker lifts its turns but keeps out no one",
          "[question]") {
  // 嘉宾 and Host are speaker labels in some digests; most digests name
  // their guests and hosts, so a question about "the guests" keeps the
  // named ones' claims: the label boosts, and nothing is filtered.
  QuestionOptions options;
  options.speakers = {{"嘉宾"}, {"Host"}, {"余北"}};
  auto guests = Interpret("两位嘉宾认为强化学习有用吗", options);
  CHECK(guests.facets[0].speakers == Strings{"嘉宾"});
  CHECK(guests.facets[0].BoostQueries() == Strings{"topic:rl", "speaker:\"嘉宾\""});
  CHECK(guests.facets[0].FilterQuery().empty());
  CHECK(Interpret("what does the Host think about RL", options).facets[0].FilterQuery().empty());
  // A person's name still restricts, as below.
  CHECK(Interpret("余北认为强化学习有用吗", options).facets[0].FilterQuery() ==
        "(speaker:\"余北\")");
}

TEST_CASE("people become speaker boosts", "[question]") {
  QuestionOptions options;
  options.speakers = {{"余北"}, {"Andrej Karpathy", "Karpathy"}};
  auto plan = Interpret("Karpathy on RL", options);
  REQUIRE(plan.facets.size() == 1);
  CHECK(plan.facets[0].speakers == Strings{"Andrej Karpathy"});
  CHECK(plan.facets[0].topics == Strings{"rl"});
  auto chinese = Interpret("余北怎么看强化学习", options);
  CHECK(chinese.facets[0].speakers == Strings{"余北"});
  CHECK(chinese.facets[0].topics == Strings{"rl"});
  CHECK(chinese.facets[0].BoostQueries() == Strings{"topic:rl", "speaker:\"余北\""});
  // 怎么看 makes 余北 the question's subject: their claims only (no episode
  // lists them here, so the filter is the speaker alone).
  CHECK(chinese.facets[0].FilterQuery() == "(speaker:\"余北\")");
  CHECK(chinese.facets[0].speaker_filter == "(speaker:\"余北\")");
  // "on" is no verb of saying: Karpathy only lifts.
  CHECK(plan.facets[0].FilterQuery().empty());
  // Subject by a verb of saying or believing, or a possessive view.
  CHECK(Interpret("what does Karpathy think about RL", options).facets[0].FilterQuery() ==
        "(speaker:\"Andrej Karpathy\")");
  CHECK(Interpret("Karpathy's view of RL", options).facets[0].FilterQuery() ==
        "(speaker:\"Andrej Karpathy\")");
  CHECK(Interpret("余北认为强化学习有用吗", options).facets[0].FilterQuery() == "(speaker:\"余北\")");
  // Named as an object, not the subject: who disagrees with Karpathy.
  CHECK(Interpret("who disagrees with Karpathy", options).facets[0].FilterQuery().empty());
  // A "who" question asks which speakers: "Karpathy said" does not restrict it.
  CHECK(Interpret("who disagrees with what Karpathy said about RL", options)
            .facets[0].FilterQuery().empty());
  CHECK(Interpret("Karpathy thinker", options).facets[0].FilterQuery().empty());
  // A Latin name is a whole word: "Sam" does not hide in "sample".
  QuestionOptions sam;
  sam.speakers = {{"Sam Altman", "Sam"}};
  auto sample = Interpret("sample efficiency", sam);
  CHECK(sample.facets[0].speakers.empty());
  auto named = Interpret("what did Sam say about agents", sam);
  CHECK(named.facets[0].speakers == Strings{"Sam Altman"});
}

TEST_CASE("time words become date windows counted from today", "[question]") {
  auto this_month = Interpret("which benchmarks were discussed this month");
  CHECK(this_month.facets[0].since == "2025-11-01");
  CHECK(this_month.facets[0].until == "2025-11-30");
  auto last_month = Interpret("上个月 ARC-AGI-2 的跑分");
  CHECK(last_month.facets[0].since == "2025-10-01");
  CHECK(last_month.facets[0].until == "2025-10-31");
  CHECK(last_month.facets[0].benchmarks == Strings{"arc-agi-2"});
  // The window lifts claims of those dates; it does not hide the others.
  CHECK(last_month.facets[0].FilterQuery().empty());
  // 跑分 is a cue of the evaluation topic.
  CHECK(last_month.facets[0].BoostQueries() ==
        Strings{"benchmark:arc-agi-2", "topic:evaluation", "date:2025-10-01..2025-10-31"});
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

TEST_CASE("fields the user writes restrict, the rest of the question ranks", "[question]") {
  auto plan = Interpret("topic:rl why is scaling hard");
  REQUIRE(plan.facets.size() == 1);
  CHECK(plan.facets[0].FilterQuery() == "topic:rl");
  std::vector<std::string> own;
  for (const auto& term : plan.facets[0].terms) own.push_back(term.text);
  // "why" and "is" are question words; "topic:rl" is a field, not a word.
  CHECK(own == Strings{"scaling", "hard"});
  CHECK(plan.intent == claimkb::QuestionIntent::kWhy);
}

TEST_CASE("a field the search grammar refuses is the question's error, with its place",
          "[question]") {
  // Found by fuzz_question: "id:)" became a query the parser refuses, and
  // its column counted from the copied field, not from the question.
  QuestionOptions options;
  options.today = "2025-11-28";
  QuestionInterpreter interpreter(Linker(), options);
  auto plan = interpreter.Interpret("Gemini 3 id:)x on coding");
  REQUIRE_FALSE(plan);
  CHECK(plan.error().code == claimkb::ErrorCode::kInvalidArgument);
  INFO(plan.error().message);
  // "Gemini 3 " is nine bytes, so "id:" starts at column 10 of the question.
  CHECK(plan.error().message.find("the field 'id:)x' in the question") != std::string::npos);
  CHECK(plan.error().message.find("after 'id:' at column 10") != std::string::npos);
  // A well-formed field still restricts.
  CHECK(interpreter.Interpret("Gemini 3 id:\")x\" on coding"));
  // A model no entity has is refused here too (found by fuzz_question: the
  // plan was made and its query refused), at its place in the question:
  // "model:" starts at byte 8, its value at column 7 of the field, 15 here.
  auto unknown = interpreter.Interpret("scaling model:zzzz");
  REQUIRE_FALSE(unknown);
  INFO(unknown.error().message);
  CHECK(unknown.error().message.find("the field 'model:zzzz' in the question") !=
        std::string::npos);
  CHECK(unknown.error().message.find("unknown model 'zzzz' at column 15") != std::string::npos);
  CHECK(interpreter.Interpret("scaling model:gemini-3"));
}

TEST_CASE("the intent of a question is kept for the answer's layout", "[question]") {
  CHECK(Interpret("how much does inference cost").intent == claimkb::QuestionIntent::kHowMuch);
  CHECK(Interpret("推理成本是多少").intent == claimkb::QuestionIntent::kHowMuch);
  CHECK(Interpret("when will agents work").intent == claimkb::QuestionIntent::kWhen);
  CHECK(Interpret("GPT-5 launched when?").intent == claimkb::QuestionIntent::kWhen);
  CHECK(Interpret("scaling: when will it stop").intent == claimkb::QuestionIntent::kWhen);
  // A clause that "when" joins asks no time.
  CHECK(Interpret("what went wrong when he ran groups of agents").intent ==
        claimkb::QuestionIntent::kWhat);
  CHECK(Interpret("如何评估 agent").intent == claimkb::QuestionIntent::kHow);
  CHECK(Interpret("为什么 agent 难做").intent == claimkb::QuestionIntent::kWhy);
  CHECK(Interpret("agents and coding").intent == claimkb::QuestionIntent::kWhat);
}

QuestionOptions WithTables() {
  static auto tables = claimkb::TermTables::Load(claimkb::TermTables::DefaultDirectory());
  REQUIRE(tables);
  QuestionOptions options;
  options.tables = *tables;
  return options;
}

TEST_CASE("a Chinese speaker named in pinyin is that speaker", "[question]") {
  QuestionOptions options = WithTables();
  options.speakers = {{"姚顺宇"}, {"单田芳"}};
  // 姚 yao, 顺 shun, 宇 yu: surname first, given name first, or spaced.
  CHECK(Interpret("what did Yao Shunyu say about RL", options).facets[0].speakers ==
        Strings{"姚顺宇"});
  CHECK(Interpret("what does Shunyu Yao think of pretraining", options).facets[0].speakers ==
        Strings{"姚顺宇"});
  // 单 as a surname is shan, not dan.
  CHECK(Interpret("Shan Tianfang on agents", options).facets[0].speakers == Strings{"单田芳"});
  CHECK(Interpret("Dan Tianfang on agents", options).facets[0].speakers.empty());
  // 鹏's one entry in CC-CEDICT is a proper noun.
  options.speakers = {{"张鹏"}};
  CHECK(Interpret("what does Zhang Peng think of open source", options).facets[0].speakers ==
        Strings{"张鹏"});
  options.speakers = {{"姚顺宇"}, {"单田芳"}};
  // A whole name only: "yao" alone names nobody.
  CHECK(Interpret("yao on agents", options).facets[0].speakers.empty());
}

TEST_CASE("a Chinese name in pinyin that no speaker has ranks by its characters", "[question]") {
  QuestionOptions options = WithTables();
  // The index holds one claim; a word is in it when the claim holds it.
  const std::string claim = "张宏江把智能产业类比为电力产业";
  options.in_index = [&](std::string_view text) { return claim.find(text) != std::string::npos; };
  auto person_terms = [&](const std::string& question) {
    std::vector<std::pair<std::string, std::string>> found;  // text, from
    const auto plan = Interpret(question, options);
    for (const auto& term : plan.facets[0].terms) {
      if (term.source == "person") found.emplace_back(term.text, term.from);
    }
    return found;
  };
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  // 张 zhang (a surname), 宏 hong, 江 jiang: surname first or last.
  CHECK(person_terms("What analogy does Zhang Hongjiang use?") ==
        Pairs{{"Zhang Hongjiang", ""}, {"张宏江", "Zhang Hongjiang"}});
  CHECK(person_terms("Hongjiang Zhang on agents") ==
        Pairs{{"Hongjiang Zhang", ""}, {"张宏江", "Hongjiang Zhang"}});
  // The name is the person's, not two loose words.
  const Strings words =
      Interpret("What analogy does Zhang Hongjiang use?", options).facets[0].words;
  CHECK(std::find(words.begin(), words.end(), "zhang") == words.end());
  // Names whose characters the index does not hold side by side, words that
  // are no pinyin, and pinyin not written as a name are left alone.
  CHECK(person_terms("What does Zhang Jiang think?").empty());  // 张江 is not there.
  CHECK(person_terms("What does Wang Hongjiang think?").empty());
  CHECK(person_terms("How Long Context Works").empty());
  CHECK(person_terms("what analogy does zhang hongjiang use").empty());
}

TEST_CASE("a speaker the question names lifts the episodes whose cover lists them",
          "[question]") {
  QuestionOptions options = WithTables();
  options.speakers = {{"杨植麟"}, {"Karpathy", "Andrej Karpathy"}};
  std::vector<std::string> asked;
  options.episodes_listing = [&](const std::string& name) -> claimkb::Result<Strings> {
    asked.push_back(name);
    if (name == "杨植麟") return Strings{"ep-transcript", "ep-summary"};
    if (name == "Andrej Karpathy") return Strings{"ep-\"quoted\"", "ep-talk"};
    return Strings{};
  };
  // 杨 yang, 植 zhi, 麟 lin: the pinyin name finds the listed-only speaker.
  auto plan = Interpret("what does Yang Zhilin think about agents", options);
  CHECK(plan.facets[0].speakers == Strings{"杨植麟"});
  CHECK(plan.facets[0].listed_episodes == Strings{"ep-transcript", "ep-summary"});
  const Strings boosts = plan.facets[0].BoostQueries();
  CHECK(std::find(boosts.begin(), boosts.end(),
                  "(episode:ep-transcript OR episode:ep-summary)") != boosts.end());
  // "think" makes him the subject: his claims and the episodes listing him.
  CHECK(plan.facets[0].FilterQuery() ==
        "(speaker:\"杨植麟\" OR episode:ep-transcript OR episode:ep-summary)");
  // Every name of the speaker is looked up; a slug the grammar cannot quote
  // is left out rather than breaking the query.
  asked.clear();
  auto karpathy = Interpret("what did Karpathy say about agents", options);
  CHECK(asked == Strings{"Karpathy", "Andrej Karpathy"});
  CHECK(karpathy.facets[0].listed_episodes == Strings{"ep-talk"});
  // No speaker named: nothing is looked up, nothing lifted.
  asked.clear();
  CHECK(Interpret("agents and RL", options).facets[0].listed_episodes.empty());
  CHECK(asked.empty());
}

TEST_CASE("an error listing the episodes is the question's error", "[question]") {
  QuestionOptions options = WithTables();
  options.speakers = {{"Karpathy"}};
  options.episodes_listing = [](const std::string&) -> claimkb::Result<Strings> {
    return claimkb::MakeError(claimkb::ErrorCode::kIO, "disk gone");
  };
  QuestionInterpreter interpreter(Linker(), options);
  auto plan = interpreter.Interpret("what did Karpathy say about agents");
  REQUIRE_FALSE(plan);
  CHECK(plan.error().message == "disk gone");
}

const claimkb::RankTerm* Term(const claimkb::QuestionFacet& facet, const std::string& text) {
  for (const auto& term : facet.terms) {
    if (term.text == text) return &term;
  }
  return nullptr;
}

TEST_CASE("function words never become search terms", "[question][crosslang]") {
  // The words --explain used to show as facets: × "there" × "now" × "will".
  auto plan = Interpret("what will there be now about hallucination", WithTables());
  const auto& facet = plan.facets[0];
  for (const char* word : {"what", "will", "there", "be", "now", "about"}) {
    INFO(word);
    CHECK(Term(facet, word) == nullptr);
  }
  REQUIRE(Term(facet, "hallucination") != nullptr);
  CHECK(Term(facet, "hallucination")->weight == 1.0);
}

TEST_CASE("typed apostrophes keep English words whole, and clitics are read off",
          "[question][crosslang]") {
  // A phone types \u2019 for the apostrophe: "shouldn\u2019t" once became the
  // search word "shouldn" and the facet "\u2019s".
  for (const std::string apostrophe : {"'", "\u2019", "\u02BC"}) {
    const std::string question = "Why shouldn" + apostrophe + "t you ask Karpathy" + apostrophe +
                                 "s agents? What" + apostrophe + "s wrong with them?";
    INFO(question);
    auto plan = Interpret(question, WithTables());
    REQUIRE(plan.facets.size() == 1);
    const auto& facet = plan.facets[0];
    for (const char* word : {"shouldn", "shouldn't", "t", "s", "what's", "what"}) {
      INFO(word);
      CHECK(Term(facet, word) == nullptr);
    }
    CHECK(Term(facet, "agents") != nullptr);
    CHECK(Term(facet, "wrong") != nullptr);
    CHECK(plan.intent == claimkb::QuestionIntent::kWhy);
    // The facet's words: what is left once Karpathy is recognised.
    CHECK(facet.words == Strings{"ask", "agents", "wrong"});
    CHECK(facet.speakers == Strings{"Andrej Karpathy"});
  }
  // Quotation marks around a name are not part of it.
  auto quoted = Interpret("what about \u2018Gemini 3\u2019 coding", WithTables());
  CHECK(quoted.facets[0].models == Strings{"gemini-3"});
  CHECK(quoted.facets[0].words.empty());
}

TEST_CASE("who agrees and who disagrees is the answer's split, not a search word",
          "[question][crosslang]") {
  auto plan = Interpret("who thinks scaling has hit a wall, and who disagrees?", WithTables());
  REQUIRE(plan.facets.size() == 1);
  const auto& facet = plan.facets[0];
  CHECK(Term(facet, "disagrees") == nullptr);
  CHECK(Term(facet, "disagree") == nullptr);
  REQUIRE(Term(facet, "scaling") != nullptr);
  CHECK(plan.intent == claimkb::QuestionIntent::kWho);
  auto agree = Interpret("do Karpathy and Tworek agree about RL", WithTables());
  REQUIRE(agree.facets.size() == 1);
  CHECK(Term(agree.facets[0], "agree") == nullptr);
}

TEST_CASE("words expand into the other language, weighted below the user's own",
          "[question][crosslang]") {
  auto english = Interpret("hallucination in world models", WithTables());
  const auto& en = english.facets[0];
  REQUIRE(Term(en, "幻觉") != nullptr);
  CHECK(Term(en, "幻觉")->source == "ai-terms");
  CHECK(Term(en, "幻觉")->from == "hallucination");
  CHECK(Term(en, "幻觉")->weight < 1.0);
  // "world models" is found as the table's phrase "world model".
  REQUIRE(Term(en, "世界模型") != nullptr);

  auto chinese = Interpret("幻觉和世界模型", WithTables());
  const auto& zh = chinese.facets[0];
  REQUIRE(Term(zh, "幻觉") != nullptr);
  CHECK(Term(zh, "幻觉")->weight == 1.0);
  REQUIRE(Term(zh, "hallucination") != nullptr);
  CHECK(Term(zh, "hallucination")->weight < 1.0);
  CHECK(Term(zh, "world model") != nullptr);
  for (const auto& term : zh.terms) {
    INFO(term.text);
    CHECK((term.from.empty() ? term.weight == 1.0 : term.weight < 1.0));
  }

  // "larger" is no entry; its lemma "large" is (CC-CEDICT).
  auto larger = Interpret("larger inference", WithTables());
  REQUIRE(Term(larger.facets[0], "large") != nullptr);
  CHECK(Term(larger.facets[0], "large")->source == "lemma");
  CHECK(Term(larger.facets[0], "推理") != nullptr);
}

TEST_CASE("an English phrase's words rank alone without their clitic", "[question][crosslang]") {
  // ai_terms.tsv has "frontier lab": its words rank alone, "lab's" as "lab"
  // (a claim says "lab", never "lab's").
  const QuestionOptions options = WithTables();
  auto plan = Interpret("calling a frontier lab's API", options);
  const auto& facet = plan.facets[0];
  REQUIRE(Term(facet, "frontier lab") != nullptr);
  REQUIRE(Term(facet, "lab") != nullptr);
  CHECK(Term(facet, "lab")->source == "part");
  CHECK(Term(facet, "lab's") == nullptr);
  // And "calling an API" is 调用 (ai_terms.tsv), not CC-CEDICT's 称呼.
  REQUIRE(Term(facet, "调用") != nullptr);
  CHECK(Term(facet, "调用")->source == "ai-terms");
  // A KPI asked in Chinese finds the claims that write "KPI".
  auto kpi = Interpret("拿 Token 用量当考核指标合理吗", options);
  REQUIRE(Term(kpi.facets[0], "kpi") != nullptr);
  CHECK(Term(kpi.facets[0], "kpi")->from == "考核指标");
  // 公司 reaches 企业 through "company", both its translations.
  auto firms = Interpret("哪些公司在训练自己的模型", options);
  REQUIRE(Term(firms.facets[0], "企业") != nullptr);
  CHECK(Term(firms.facets[0], "企业")->from == "公司");
}

TEST_CASE("a Chinese AI term's words rank alone, lower than the term", "[question][crosslang]") {
  // data/crosslang/ai_terms.tsv has 上下文窗口 (context window): a claim that
  // says only 窗口 ("更长的窗口并不自动带来更好的 agent") still answers.
  const QuestionOptions options = WithTables();
  auto plan = Interpret("上下文窗口是不是越大越好", options);
  const auto& facet = plan.facets[0];
  REQUIRE(Term(facet, "上下文窗口") != nullptr);
  CHECK(Term(facet, "上下文窗口")->weight == 1.0);
  REQUIRE(Term(facet, "窗口") != nullptr);
  CHECK(Term(facet, "窗口")->source == "part");
  CHECK(Term(facet, "窗口")->from == "上下文窗口");
  CHECK(Term(facet, "窗口")->weight == options.part_weight);
  REQUIRE(Term(facet, "上下文") != nullptr);
  CHECK(Term(facet, "上下文")->weight == options.part_weight);
}

TEST_CASE("a Chinese AI term brings the table's other Chinese names of its English",
          "[question][crosslang]") {
  // data/crosslang/ai_terms.tsv: 创业公司 → startups, and startups → 初创公司
  // too. A claim that says 初创公司 answers a question that says 创业公司.
  const QuestionOptions options = WithTables();
  auto plan = Interpret("创业公司该不该自己训练模型", options);
  const auto& facet = plan.facets[0];
  REQUIRE(Term(facet, "创业公司") != nullptr);
  CHECK(Term(facet, "创业公司")->weight == 1.0);
  REQUIRE(Term(facet, "初创公司") != nullptr);
  CHECK(Term(facet, "初创公司")->weight == options.pivot_weight);
  CHECK(Term(facet, "初创公司")->from == "创业公司");
}

TEST_CASE("a Chinese A-not-A question form is no word of the question", "[question]") {
  // 要不要 asks yes or no: before, 不要 ranked claims; 才能 of 怎么才能 is
  // "only then can", not talent.
  const QuestionOptions options = WithTables();
  auto plan = Interpret("小公司要不要自己训练模型", options);
  CHECK(Term(plan.facets[0], "不要") == nullptr);
  CHECK(Term(plan.facets[0], "训练") != nullptr);
  // Any verb asked so: 给没给 leaves no 没给; 怎么看待 leaves no 待.
  auto given = Interpret("节目给没给出具体概率", options);
  CHECK(Term(given.facets[0], "没给") == nullptr);
  CHECK(Term(given.facets[0], "概率") != nullptr);
  auto regard = Interpret("怎么看待未来走向", options);
  CHECK(regard.facets[0].label.find("待") == std::string::npos);
  auto how = Interpret("创业公司怎么才能活下来", options);
  CHECK(Term(how.facets[0], "才能") == nullptr);
  CHECK(Term(how.facets[0], "创业公司") != nullptr);
}

TEST_CASE("characters ICU leaves alone are joined without the light ones at their ends",
          "[question]") {
  // ICU's dictionary lacks 试错 and cuts 试错来验证 into 试 错 来 验证: the lone
  // characters are joined back, but 来 only leads the verb in.
  const QuestionOptions options = WithTables();
  auto plan = Interpret("哪一步最没法靠小实验反复试错来验证", options);
  const auto& facet = plan.facets[0];
  CHECK(Term(facet, "试错") != nullptr);
  CHECK(Term(facet, "试错来") == nullptr);
  CHECK(Term(facet, "靠小") == nullptr);
  CHECK(Term(facet, "验证") != nullptr);
}

TEST_CASE("a Chinese count asked for ranks by its unit, and a country pair by each country",
          "[question][crosslang]") {
  // The answer to "差几个月" says "六到九个月": 几 is a question word and 个月
  // alone would be dropped. 中美 is written out as 中国 and 美国 in claims.
  const QuestionOptions options = WithTables();
  auto plan = Interpret("中美顶尖模型之间大概差几个月？", options);
  const auto& facet = plan.facets[0];
  REQUIRE(Term(facet, "个月") != nullptr);
  CHECK(Term(facet, "个月")->source == "part");
  CHECK(Term(facet, "个月")->weight == options.part_weight);
  REQUIRE(Term(facet, "中国") != nullptr);
  CHECK(Term(facet, "中国")->from == "中美");
  REQUIRE(Term(facet, "美国") != nullptr);
  CHECK(Term(facet, "美国")->weight == options.part_weight);

  auto times = Interpret("推理成本贵多少倍", options);
  CHECK(Term(times.facets[0], "倍") != nullptr);
  // 年 counts dates everywhere: asking "几年" ranks by no unit.
  auto years = Interpret("AGI 还要几年", options);
  CHECK(Term(years.facets[0], "年") == nullptr);
  // Two characters that are one country twice, or no country, are no pair.
  auto word = Interpret("美美与共", options);
  CHECK(Term(word.facets[0], "美国") == nullptr);
}

TEST_CASE("a phrase's words rank alone, lower, and so do their table translations",
          "[question][crosslang]") {
  // data/crosslang/ai_terms.tsv has "hit a wall" → 撞墙 and "wall" → 墙: a
  // claim that says only 墙 ("我们没看到“墙”") still answers the question.
  const QuestionOptions options = WithTables();
  auto plan = Interpret("has scaling hit a wall", options);
  const auto& facet = plan.facets[0];
  REQUIRE(Term(facet, "hit a wall") != nullptr);
  CHECK(Term(facet, "hit a wall")->weight == 1.0);
  REQUIRE(Term(facet, "撞墙") != nullptr);
  CHECK(Term(facet, "撞墙")->weight == options.ai_term_weight);
  REQUIRE(Term(facet, "wall") != nullptr);
  CHECK(Term(facet, "wall")->weight == options.part_weight);
  REQUIRE(Term(facet, "墙") != nullptr);
  CHECK(Term(facet, "墙")->source == "part");
  CHECK(Term(facet, "墙")->from == "hit a wall");
  CHECK(Term(facet, "墙")->weight == options.part_weight * options.ai_term_weight);
  // "a" is a function word: no part of its own.
  CHECK(Term(facet, "a") == nullptr);
}

TEST_CASE("a question about a limit searches every word for a limit as one concept",
          "[question][crosslang]") {
  // "hit a wall" holds the limit word "wall" (limit_verdict.h); the claims
  // that answer it also say 到头, 尽头 or 接近尾声.
  QuestionOptions options = WithTables();
  auto plan = Interpret("has scaling hit a wall", options);
  const auto& facet = plan.facets[0];
  CHECK(facet.asks_limit == "hit a wall");
  REQUIRE(Term(facet, "到头") != nullptr);
  CHECK(Term(facet, "到头")->source == "limit");
  CHECK(Term(facet, "到头")->from == "hit a wall");
  CHECK(Term(facet, "到头")->weight == options.limit_weight);
  REQUIRE(Term(facet, "plateau") != nullptr);
  // A word the question already has keeps its own weight.
  REQUIRE(Term(facet, "撞墙") != nullptr);
  CHECK(Term(facet, "撞墙")->source == "ai-terms");
  CHECK(Term(facet, "撞墙")->weight == options.ai_term_weight);

  // Only the words the user's claims hold are added.
  options.in_index = [](std::string_view word) { return word == "尽头"; };
  auto indexed = Interpret("预训练到头了吗", options);
  CHECK(indexed.facets[0].asks_limit.find("到头") != std::string::npos);
  REQUIRE(Term(indexed.facets[0], "尽头") != nullptr);
  CHECK(Term(indexed.facets[0], "极限") == nullptr);

  // A bottleneck is no limit, and a firewall holds no wall.
  for (const char* question : {"Ilya 认为下一个时代真正的瓶颈是什么", "防火墙怎么配置"}) {
    auto other = Interpret(question, WithTables());
    INFO(question);
    CHECK(other.facets[0].asks_limit.empty());
    for (const auto& term : other.facets[0].terms) CHECK(term.source != "limit");
  }
}

TEST_CASE("a question that asks which benchmarks or scores lists them", "[question]") {
  for (const char* question :
       {"which benchmarks were discussed this month, and what scores were claimed?",
        "what scores did Gemini 3 get", "哪些基准被讨论了", "Gemini 3 在哪些榜单上领先",
        "which coding benchmarks did Claude lead?"}) {
    INFO(question);
    auto plan = Interpret(question, WithTables());
    REQUIRE(plan.facets.size() == 1);
    CHECK(plan.facets[0].lists_benchmarks);
  }
  // Benchmarks as a subject, not a list asked for: a "which" word too far
  // before the benchmark word, or none.
  for (const char* question : {"what did speakers say about Gemini 3 coding vs benchmarks?",
                               "are benchmarks still useful", "somewhat benchmark heavy talk"}) {
    INFO(question);
    auto plan = Interpret(question, WithTables());
    for (const auto& facet : plan.facets) CHECK_FALSE(facet.lists_benchmarks);
  }
}

TEST_CASE("a coordination's implied AI-table phrase ranks too", "[question][crosslang]") {
  // The table knows "open source" (开源) and "closed source" (闭源).
  auto after = Interpret("open source or closed", WithTables());
  const auto* closed = Term(after.facets[0], "closed source");
  REQUIRE(closed != nullptr);
  CHECK(closed->weight == 1.0);
  CHECK(Term(after.facets[0], "闭源") != nullptr);
  auto before = Interpret("open or closed source", WithTables());
  REQUIRE(Term(before.facets[0], "open source") != nullptr);
  CHECK(Term(before.facets[0], "开源") != nullptr);
  // "cheap source" is no table phrase: nothing is implied.
  auto unknown = Interpret("open source or cheap", WithTables());
  CHECK(Term(unknown.facets[0], "cheap source") == nullptr);
}

TEST_CASE("characters either side of a removed word stay apart", "[question][crosslang]") {
  // 读代码怎么样: 代码 is an AI-table term and 怎么 a question word; what is
  // left, 读 and 样, are lone characters on either side of them, not one
  // word "读样".
  auto plan = Interpret("读代码怎么样", WithTables());
  const auto& facet = plan.facets[0];
  CHECK(Term(facet, "代码") != nullptr);
  for (const auto& term : facet.terms) {
    INFO(term.text);
    CHECK(term.text.find("读样") == std::string::npos);
    CHECK(term.text.find("样") == std::string::npos);
  }
}

TEST_CASE("CC-CEDICT expansions are kept only when the index uses them", "[question][crosslang]") {
  QuestionOptions options = WithTables();
  options.in_index = [](std::string_view text) { return text == "厨房"; };
  auto plan = Interpret("kitchen weather", options);
  const auto& facet = plan.facets[0];
  REQUIRE(Term(facet, "厨房") != nullptr);
  CHECK(Term(facet, "厨房")->source == "cc-cedict");
  CHECK(Term(facet, "厨房")->weight < Term(facet, "kitchen")->weight);
  // 天气, 气象 and 天色 are senses of "weather", but the index has none of them.
  for (const char* absent : {"天气", "气象", "天色"}) CHECK(Term(facet, absent) == nullptr);
}

}  // namespace

TEST_CASE("Chinese words of function characters only are not search terms",
          "[question][crosslang]") {
  // ICU keeps 中有 (中 + 有) and 一个 (一 + 个) as words; each character is a
  // function word, so neither ranks. 最好的 ranks as 最好: 的 closes a
  // phrase. 目的 ("purpose") is a word whose 的 stays.
  auto plan = Interpret("海洋中有最好的第一个目的地吗", WithTables());
  const auto& facet = plan.facets[0];
  CHECK(Term(facet, "中有") == nullptr);
  CHECK(Term(facet, "一个") == nullptr);
  CHECK(Term(facet, "最好的") == nullptr);
  REQUIRE(Term(facet, "最好") != nullptr);
  CHECK(Term(facet, "最好")->weight == 1.0);
  CHECK(Term(facet, "海洋") != nullptr);
  CHECK(Term(facet, "目的地") != nullptr);
}

TEST_CASE("a one-character speaker label is no name to find in a question", "[question]") {
  // A Q&A digest labels its turns 问 and 答; they are speakers of the store,
  // but the 问 of 问题 names nobody. 余北 (two characters) is still a name.
  QuestionOptions options;
  options.speakers = {{"问"}, {"答"}, {"余北"}};
  auto plan = Interpret("训练出过什么问题？余北怎么回答", options);
  CHECK(plan.facets[0].speakers == Strings{"余北"});
  CHECK(plan.facets[0].BoostQueries() == Strings{"speaker:\"余北\""});
  // Alone, the question names no speaker at all.
  auto alone = Interpret("训练出过什么问题", options);
  CHECK(alone.facets[0].speakers.empty());
}

TEST_CASE("a hyphenated compound is looked up as the tables write it", "[question][crosslang]") {
  // CC-CEDICT's reversed table has "high quality" → 高质量; the question
  // writes "high-quality".
  QuestionOptions options = WithTables();
  options.in_index = [](std::string_view text) { return text == "高质量"; };
  auto plan = Interpret("limited high-quality data", options);
  const auto* term = Term(plan.facets[0], "高质量");
  REQUIRE(term != nullptr);
  CHECK(term->source == "cc-cedict");
  CHECK(term->from == "high-quality");
}

TEST_CASE("tool calls reach their Chinese through the AI-term table", "[question][crosslang]") {
  // "tool calls" is the table's phrase "tool call" in the plural.
  auto plan = Interpret("why do open models fail at tool calls", WithTables());
  const auto* term = Term(plan.facets[0], "工具调用");
  REQUIRE(term != nullptr);
  CHECK(term->source == "ai-terms");
}

TEST_CASE("the first three CC-CEDICT senses the index holds are kept", "[question][crosslang]") {
  // The table: design → 设计, 图案, 造型, 形制, 构思, 款式 (most frequent
  // first). Without the first two in the index, the next three are kept and
  // the sixth is not.
  QuestionOptions options = WithTables();
  options.in_index = [](std::string_view text) { return text != "设计" && text != "图案"; };
  auto plan = Interpret("design labs", options);
  const auto& facet = plan.facets[0];
  for (const char* kept : {"造型", "形制", "构思"}) {
    INFO(kept);
    REQUIRE(Term(facet, kept) != nullptr);
    CHECK(Term(facet, kept)->source == "cc-cedict");
  }
  for (const char* dropped : {"设计", "图案", "款式"}) {
    INFO(dropped);
    CHECK(Term(facet, dropped) == nullptr);
  }
}

TEST_CASE("a Chinese word reaches other Chinese words of its CC-CEDICT senses",
          "[question][crosslang]") {
  // The tables: 更新 → renew, renovate, upgrade; renew → 更新; renovate →
  // 更新, 修缮, 修复, 整修, …; upgrade → 更新, 升级, …. Of those the index
  // holds 修复 and 升级, so a question's 更新 also finds "基础模型升级后".
  QuestionOptions options = WithTables();
  options.in_index = [](std::string_view text) { return text == "修复" || text == "升级"; };
  auto plan = Interpret("更新", options);
  const auto& facet = plan.facets[0];
  for (const char* kept : {"修复", "升级"}) {
    INFO(kept);
    const auto* term = Term(facet, kept);
    REQUIRE(term != nullptr);
    CHECK(term->source == "cc-cedict");
    CHECK(term->from == "更新");
    CHECK(term->weight == options.cedict_pivot_weight);
  }
  for (const char* absent : {"修缮", "整修", "升格", "renew", "upgrade"}) {
    INFO(absent);
    CHECK(Term(facet, absent) == nullptr);
  }
}

TEST_CASE("a hyphened compound no table knows is also its words", "[question][crosslang]") {
  // "trillion-parameter" is in neither table; its words are, through the
  // AI-term table: parameter → 参数, trillion → 万亿. They rank as a
  // phrase's words do, below the compound.
  QuestionOptions options = WithTables();
  auto plan = Interpret("cost of a trillion-parameter model", options);
  const auto& facet = plan.facets[0];
  REQUIRE(Term(facet, "trillion-parameter") != nullptr);
  for (const char* part : {"trillion", "parameter"}) {
    INFO(part);
    const auto* term = Term(facet, part);
    REQUIRE(term != nullptr);
    CHECK(term->source == "part");
    CHECK(term->weight == options.part_weight);
  }
  for (const char* chinese : {"参数", "万亿"}) {
    INFO(chinese);
    const auto* term = Term(facet, chinese);
    REQUIRE(term != nullptr);
    CHECK(term->weight == options.part_weight * options.ai_term_weight);
  }
  // A compound the table knows keeps its own translation and is not cut.
  auto known = Interpret("open-weight releases", options);
  CHECK(Term(known.facets[0], "开放权重") != nullptr);
  CHECK(Term(known.facets[0], "weight") == nullptr);
  // Nor is one the table knows by its lemma ("open-sourced" → open-source).
  auto lemma = Interpret("should frontier models be open-sourced", options);
  CHECK(Term(lemma.facets[0], "开源") != nullptr);
  CHECK(Term(lemma.facets[0], "sourced") == nullptr);
}

TEST_CASE("one word of a speaker's Latin name finds them when it is theirs alone", "[question]") {
  QuestionOptions options = WithTables();
  options.speakers = {{"Sebastian Raschka"}, {"Voice Agent"}, {"Sam Altman"}, {"Sam Smith"}};
  // The surname alone, and the given name alone.
  auto surname = Interpret("What does Raschka think about RL", options);
  CHECK(surname.facets[0].speakers == Strings{"Sebastian Raschka"});
  CHECK(surname.facets[0].FilterQuery() == "(speaker:\"Sebastian Raschka\")");
  CHECK(Interpret("Sebastian on RL", options).facets[0].speakers == Strings{"Sebastian Raschka"});
  // Lower case is a word, not a name; "Sam" is two speakers' name; "Agent"
  // is a dictionary word first.
  CHECK(Interpret("raschka on RL", options).facets[0].speakers.empty());
  CHECK(Interpret("What did Sam say about RL", options).facets[0].speakers.empty());
  CHECK(Interpret("What did the Agent say about RL", options).facets[0].speakers.empty());
}

TEST_CASE("a quotation in a question is the words asked about, whole", "[question]") {
  // 谁 inside the quotation is the quoted question's, not the user's: the
  // user asks how Lex's question was answered. The quotation ranks whole.
  auto quoted = Interpret("Lex 的“谁在赢”这个问题怎么回答？");
  CHECK(quoted.intent != claimkb::QuestionIntent::kWho);
  REQUIRE(Term(quoted.facets[0], "谁在赢") != nullptr);
  CHECK(Term(quoted.facets[0], "谁在赢")->weight == 1.0);
  // ASCII quotes too, in lower case as the index folds them.
  auto english = Interpret("what did he mean by \"Jagged Intelligence\"");
  CHECK(Term(english.facets[0], "jagged intelligence") != nullptr);
  // Unquoted, 谁 asks who.
  CHECK(Interpret("谁在 coding 上领先").intent == claimkb::QuestionIntent::kWho);
}

TEST_CASE("agent skills and code fixes reach their Chinese", "[question][crosslang]") {
  // CC-CEDICT's most frequent senses missed both (skill → 技术, 手段, 功夫;
  // skills → 两手; fix → 规定, 确定, 固定); the AI-term table has skill and
  // skills → 技能 (CC-CEDICT knows "skills", so it is not lemmatised) and
  // fix → 修复.
  auto plan = Interpret("how skills files fix errors", WithTables());
  const auto& facet = plan.facets[0];
  for (const char* chinese : {"技能", "修复", "错误"}) {
    INFO(chinese);
    REQUIRE(Term(facet, chinese) != nullptr);
    CHECK(Term(facet, chinese)->source == "ai-terms");
  }
  CHECK(Term(facet, "技能")->from == "skills");
}

namespace {

// A lexicon whose "K2" is bound: it is Kimi K2 only where something confirms
// it (EntityLinker's `pending`).
claimkb::QuestionPlan InterpretWithBoundK2(const std::string& question,
                                           std::function<bool(std::string_view)> in_index) {
  std::vector<LexiconEntry> entries{
      Entry("kimi", EntityKind::kModel, "Kimi", ""),
      Entry("kimi-k2", EntityKind::kModel, "Kimi K2", "kimi"),
  };
  entries[1].bound_aliases = {"K2"};  // "~K2" in a lexicon file.
  auto lexicon = std::make_shared<const claimkb::Lexicon>(std::move(entries));
  QuestionOptions options;
  options.today = "2025-11-28";
  options.entity_in_index = std::move(in_index);
  QuestionInterpreter interpreter(std::make_shared<const claimkb::EntityLinker>(lexicon), options);
  auto plan = interpreter.Interpret(question);
  INFO(question);
  REQUIRE(plan);
  return *plan;
}

}  // namespace

TEST_CASE("a bound name in a question is the entity the user's claims name by it", "[question]") {
  // Nothing confirms "K2": it stays a word.
  CHECK(InterpretWithBoundK2("why open K2 weights", nullptr).facets[0].models.empty());
  CHECK(InterpretWithBoundK2("why open K2 weights", [](std::string_view) { return false; })
            .facets[0]
            .models.empty());
  // The claims name Kimi K2: the question's "K2" is that model.
  auto asked = [](std::string_view id) { return id == "kimi-k2"; };
  CHECK(InterpretWithBoundK2("why open K2 weights", asked).facets[0].models == Strings{"kimi-k2"});
  CHECK(InterpretWithBoundK2("K2训练时出过什么问题", asked).facets[0].models == Strings{"kimi-k2"});
  // The question names the family itself: that confirms it without the index.
  CHECK(InterpretWithBoundK2("Kimi: why open K2 weights", nullptr).facets[0].models ==
        Strings{"kimi", "kimi-k2"});
}

TEST_CASE("a person the question names is searched by name too", "[question]") {
  QuestionOptions options;
  options.speakers = {{"Dwarkesh Patel", "Dwarkesh"}, {"问"}};
  const auto plan = Interpret("What is Dwarkesh's main objection to the takeover story?", options);
  REQUIRE(plan.facets.size() == 1);
  const claimkb::QuestionFacet& facet = plan.facets[0];
  CHECK(facet.speakers == Strings{"Dwarkesh Patel"});
  // A summary reports him in the editor's words ("Dwarkesh 的核心质疑是…"),
  // which the speaker boost never reaches: his names rank as one concept,
  // the question's spelling first, at the person weight.
  const claimkb::RankTerm* spelled = Term(facet, "Dwarkesh");
  REQUIRE(spelled != nullptr);
  CHECK(spelled->source == "person");
  CHECK(spelled->from.empty());
  CHECK(spelled->weight == options.person_name_weight);
  const claimkb::RankTerm* full = Term(facet, "Dwarkesh Patel");
  REQUIRE(full != nullptr);
  CHECK(full->from == "Dwarkesh");
  // Weight 0 leaves people to the boost.
  options.person_name_weight = 0;
  CHECK(Term(Interpret("What is Dwarkesh's main objection?", options).facets[0], "Dwarkesh") ==
        nullptr);
}
