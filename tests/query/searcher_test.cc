#include "claimkb/query/searcher.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "claimkb/core/entity_linker.h"
#include "claimkb/indexer/claim_index.h"
#include "indexer/index_fixture.h"
#include "query/split_shards.h"

using claimkb::CjkSegmentation;
using claimkb::ErrorCode;
using claimkb::FacetCount;
using claimkb::Searcher;
using claimkb::SearchOptions;
using claimkb::testing::SampleClaims;
using claimkb::testing::TempDir;
using claimkb::testing::TestLexicon;

namespace {

std::shared_ptr<const claimkb::EntityLinker> Linker() {
  static auto linker = std::make_shared<const claimkb::EntityLinker>(TestLexicon());
  return linker;
}

// One index per segmentation mode, built once for all tests.
const Searcher& SearcherFor(CjkSegmentation mode) {
  struct Built {
    TempDir dir;
    std::unique_ptr<Searcher> searcher;
  };
  static std::map<CjkSegmentation, std::unique_ptr<Built>> built;
  auto& slot = built[mode];
  if (!slot) {
    slot = std::make_unique<Built>();
    claimkb::IndexOptions options;
    options.cjk = mode;
    auto index = claimkb::ClaimIndex::Open(slot->dir.path(), options);
    REQUIRE(index);
    auto lexicon = TestLexicon();
    for (const auto& claim : SampleClaims()) REQUIRE((*index)->Replace(claim, *lexicon));
    REQUIRE((*index)->Commit(1));
    auto searcher = Searcher::Open(std::vector<std::string>{slot->dir.path()}, Linker());
    REQUIRE(searcher);
    slot->searcher = std::move(*searcher);
  }
  return *slot->searcher;
}

std::set<std::string> Ids(const Searcher& searcher, const std::string& query,
                          SearchOptions options = {}) {
  INFO("query: " << query);
  auto result = searcher.Search(query, options);
  if (!result) FAIL(result.error().ToString());
  std::set<std::string> ids;
  for (const auto& hit : result->hits) ids.insert(hit.claim_id);
  return ids;
}

int CountOf(const std::vector<FacetCount>& facet, const std::string& value) {
  for (const auto& entry : facet) {
    if (entry.value == value) return entry.count;
  }
  return 0;
}

using Set = std::set<std::string>;

}  // namespace

TEST_CASE("Chinese words and phrases find Chinese claims", "[searcher]") {
  for (auto mode : {CjkSegmentation::kNgram, CjkSegmentation::kIcuWords}) {
    INFO("mode: " << claimkb::CjkSegmentationName(mode));
    const Searcher& searcher = SearcherFor(mode);
    CHECK(Ids(searcher, "前端") == Set{"gemini-live#0"});
    CHECK(Ids(searcher, "多模态推理") == Set{"gemini-live#1"});
    CHECK(Ids(searcher, "\"多模态推理\"") == Set{"gemini-live#1"});
    CHECK(Ids(searcher, "幻觉") == Set{"gemini-live#1"});
    // 推理 occurs in two claims; "推理 下降" only in one.
    CHECK(Ids(searcher, "推理") == Set{"gemini-live#1", "gemini-live#3"});
    CHECK(Ids(searcher, "推理 下降") == Set{"gemini-live#1"});
  }
}

TEST_CASE("Latin, CJK, Latin queries do not throw (Xapian 1.4.22 bug)", "[searcher]") {
  for (auto mode : {CjkSegmentation::kNgram, CjkSegmentation::kIcuWords}) {
    INFO("mode: " << claimkb::CjkSegmentationName(mode));
    const Searcher& searcher = SearcherFor(mode);
    CHECK(Ids(searcher, "token 推理 src") == Set{"gemini-live#3"});
    CHECK(Ids(searcher, "gemini 推理 src") == Set{"gemini-live#3"});
    CHECK(Ids(searcher, "section:section 推理 src") == Set{"gemini-live#3"});
    CHECK(searcher.Explain("token 推理 src"));
  }
}

TEST_CASE("Titles are indexed without positions, yet phrases and hyphens in them match",
          "[searcher]") {
  const Searcher& searcher = SearcherFor(CjkSegmentation::kNgram);
  // Every claim of gemini-live sits in the section "Section of gemini-live"
  // (index_fixture.h). Xapian parses a hyphenated word as a phrase, which
  // needs positions; on titles the searcher asks for all its words instead.
  const Set gemini = {"gemini-live#0", "gemini-live#1", "gemini-live#2", "gemini-live#3"};
  CHECK(Ids(searcher, "section:gemini-live") == gemini);
  CHECK(Ids(searcher, "section:\"section of gemini-live\"") == gemini);
  // The episode title "Gemini 3 live review" belongs to the same four.
  CHECK(Ids(searcher, "title:\"live review\"") == gemini);
  // A quoted phrase in the claim text still needs its words in order.
  CHECK(Ids(searcher, "\"SwitchBank\"") == Set{"gemini-live#2"});
}

TEST_CASE("Aliases and translations reach claims through the linker", "[searcher]") {
  const Searcher& searcher = SearcherFor(CjkSegmentation::kNgram);
  // The claim says "SwitchBank" (speech recognition's SWE-bench).
  CHECK(Ids(searcher, "SWE-bench") == Set{"gemini-live#2"});
  CHECK(Ids(searcher, "benchmark:\"SWE-bench\"") == Set{"gemini-live#2"});
  // The claim says "chain-of-thought"; the user types Chinese.
  CHECK(Ids(searcher, "思维链") == Set{"agents#1"});
  // Models match through their ancestors.
  CHECK(Ids(searcher, "model:gemini") ==
        Set{"gemini-live#0", "gemini-live#1", "gemini-live#2", "gemini-live#3"});
  CHECK(Ids(searcher, "model:\"Gemini 3 Pro\"") == Set{"gemini-live#0", "gemini-live#2"});
}

TEST_CASE("Fields filter, combine and negate", "[searcher]") {
  const Searcher& searcher = SearcherFor(CjkSegmentation::kNgram);
  CHECK(Ids(searcher, "speaker:余北") == Set{"gemini-live#1"});
  CHECK(Ids(searcher, "speaker:lance stance:negative") == Set{"agents#0"});
  CHECK(Ids(searcher, "stance:negative") == Set{"gemini-live#1", "agents#0"});
  CHECK(Ids(searcher, "date:2025-10") == Set{"agents#0", "agents#1"});
  CHECK(Ids(searcher, "date:2025-11-01..") ==
        Set{"gemini-live#0", "gemini-live#1", "gemini-live#2", "gemini-live#3"});
  CHECK(Ids(searcher, "highlighted:yes") == Set{"gemini-live#3"});
  CHECK(Ids(searcher, "editor:yes") == Set{"gemini-live#3"});
  CHECK(Ids(searcher, "model:gemini NOT stance:positive") == Set{"gemini-live#1", "gemini-live#3"});
  CHECK(Ids(searcher, "topic:coding OR topic:reasoning episode:agents") ==
        Set{"gemini-live#0", "gemini-live#2", "agents#0", "agents#1"});
  CHECK(Ids(searcher, "(topic:coding OR topic:reasoning) episode:agen") ==
        Set{"agents#0", "agents#1"});
  CHECK(Ids(searcher, "backend review") == Set{"agents#0"});
  CHECK(Ids(searcher, "back*") == Set{"agents#0"});
  CHECK(Ids(searcher, "id:agents#1") == Set{"agents#1"});

  auto unknown = searcher.Search("episode:no-such-episode");
  REQUIRE(!unknown);
  CHECK(unknown.error().code == ErrorCode::kInvalidArgument);
  CHECK_THAT(unknown.error().message, Catch::Contains("no-such-episode"));
  auto malformed = searcher.Search("model:\"Gemini");
  REQUIRE(!malformed);
  CHECK(malformed.error().code == ErrorCode::kInvalidArgument);
}

TEST_CASE("Facets count every match by model, speaker, topic and stance", "[searcher]") {
  const Searcher& searcher = SearcherFor(CjkSegmentation::kNgram);
  SearchOptions options;
  options.facets = true;
  options.limit = 1;  // Facets cover all matches, not the page.
  auto result = searcher.Search("model:gemini", options);
  REQUIRE(result);
  REQUIRE(result->hits.size() == 1);
  CHECK(result->total == 4);
  // What a hit shows comes from one value: its slug is its id's.
  CHECK(result->hits[0].claim_id.starts_with("gemini-live#"));
  CHECK(result->hits[0].episode_slug == "gemini-live");
  CHECK(result->hits[0].date == "2025-11-21");
  // #0 and #2 name Gemini 3 Pro, #1 and #3 Gemini 3.
  CHECK(CountOf(result->facets.models, "gemini-3-pro") == 2);
  CHECK(CountOf(result->facets.models, "gemini-3") == 2);
  CHECK(result->facets.models.size() == 2);
  CHECK(CountOf(result->facets.speakers, "田博士") == 1);
  CHECK(CountOf(result->facets.speakers, "余北") == 1);
  CHECK(CountOf(result->facets.speakers, "Nathan") == 1);
  CHECK(CountOf(result->facets.speakers, "editor") == 1);
  CHECK(result->facets.speakers.size() == 4);
  CHECK(CountOf(result->facets.topics, "coding") == 2);
  CHECK(CountOf(result->facets.topics, "reasoning") == 2);
  CHECK(CountOf(result->facets.stances, "positive") == 2);
  CHECK(CountOf(result->facets.stances, "negative") == 1);
  CHECK(CountOf(result->facets.stances, "mixed") == 1);

  result = searcher.Search("topic:coding", options);
  REQUIRE(result);
  CHECK(result->total == 3);
  REQUIRE(result->facets.models.size() == 2);
  CHECK(result->facets.models[0].value == "gemini-3-pro");  // Most first.
  CHECK(result->facets.models[0].count == 2);
  CHECK(CountOf(result->facets.models, "gpt-5") == 1);
  CHECK(CountOf(result->facets.speakers, "Lance") == 1);
  CHECK(CountOf(result->facets.stances, "positive") == 2);
  CHECK(CountOf(result->facets.stances, "negative") == 1);
}

TEST_CASE("Snippets mark Chinese matches as one run", "[searcher]") {
  for (auto mode : {CjkSegmentation::kNgram, CjkSegmentation::kIcuWords}) {
    INFO("mode: " << claimkb::CjkSegmentationName(mode));
    const Searcher& searcher = SearcherFor(mode);
    auto result = searcher.Search("前端");
    REQUIRE(result);
    REQUIRE(result->hits.size() == 1);
    CHECK_THAT(result->hits[0].snippet, Catch::Contains("«前端»"));
    CHECK(result->hits[0].snippet.find("»«") == std::string::npos);
    CHECK(result->hits[0].date == "2025-11-21");
    CHECK(result->hits[0].rank == 1);

    result = searcher.Search("\"多模态推理\"");
    REQUIRE(result);
    REQUIRE(result->hits.size() == 1);
    CHECK_THAT(result->hits[0].snippet, Catch::Contains("«多模态推理»"));
    // No separator we insert for ICU words leaks into what users read.
    CHECK(result->hits[0].snippet.find("\u3000") == std::string::npos);
  }
  SearchOptions html;
  html.highlight_open = "<b>";
  html.highlight_close = "</b>";
  auto result = SearcherFor(CjkSegmentation::kNgram).Search("backend", html);
  REQUIRE(result);
  REQUIRE(result->hits.size() == 1);
  CHECK_THAT(result->hits[0].snippet, Catch::Contains("<b>backend</b>"));
}

TEST_CASE("Results can be ordered by date and paged", "[searcher]") {
  const Searcher& searcher = SearcherFor(CjkSegmentation::kNgram);
  SearchOptions options;
  options.order = claimkb::SearchOrder::kOldest;
  options.limit = 2;
  auto first = searcher.Search("topic:coding OR topic:reasoning", options);
  REQUIRE(first);
  REQUIRE(first->hits.size() == 2);
  CHECK(first->hits[0].claim_id == "agents#0");
  CHECK(first->hits[1].claim_id == "agents#1");
  options.offset = 2;
  auto second = searcher.Search("topic:coding OR topic:reasoning", options);
  REQUIRE(second);
  REQUIRE(second->hits.size() == 2);
  CHECK(second->hits[0].claim_id == "gemini-live#0");
  CHECK(second->hits[0].rank == 3);
  options.order = claimkb::SearchOrder::kNewest;
  options.offset = 0;
  auto newest = searcher.Search("topic:coding OR topic:reasoning", options);
  REQUIRE(newest);
  CHECK(newest->hits[0].claim_id == "gemini-live#0");
}

namespace {

// 300 claims: "alpha" in the first 100, "beta" in the first 150, so
// "alpha beta" matches exactly claims 0..99: 100. (An index this small is
// counted exactly by Xapian anyway; the corpus test of 泛化 shows the
// estimate that used to move with --limit.)
const Searcher& CountingSearcher() {
  struct Built {
    TempDir dir;
    std::unique_ptr<Searcher> searcher;
  };
  static Built built;
  if (!built.searcher) {
    auto index = claimkb::ClaimIndex::Open(built.dir.path());
    REQUIRE(index);
    auto lexicon = TestLexicon();
    for (int i = 0; i < 300; ++i) {
      std::string text = "claim number " + std::to_string(i);
      if (i < 100) text += " alpha";
      if (i < 150) text += " beta";
      claimkb::testing::ClaimSpec spec;
      spec.slug = "counting";
      spec.ordinal = i;
      spec.text = text;
      spec.speaker = "Counter";
      REQUIRE((*index)->Replace(claimkb::testing::MakeClaim(spec), *lexicon));
    }
    REQUIRE((*index)->Commit(1));
    auto searcher = Searcher::Open(std::vector<std::string>{built.dir.path()}, Linker());
    REQUIRE(searcher);
    built.searcher = std::move(*searcher);
  }
  return *built.searcher;
}

}  // namespace

TEST_CASE("match counts are exact and do not change with limit or offset", "[searcher]") {
  const Searcher& searcher = CountingSearcher();
  for (int limit : {0, 1, 6, 20, 500}) {
    for (int offset : {0, 99}) {
      INFO("limit " << limit << ", offset " << offset);
      SearchOptions options;
      options.limit = limit;
      options.offset = offset;
      auto result = searcher.Search("alpha beta", options);
      REQUIRE(result);
      CHECK(result->total == 100);
      CHECK(result->total_exact);
    }
  }
  // Past the bound the count is a lower bound, and says so.
  SearchOptions capped;
  capped.limit = 1;
  capped.count_exactly_up_to = 10;
  // "alpha OR beta" matches the first 150 claims.
  auto result = searcher.Search("alpha OR beta", capped);
  REQUIRE(result);
  CHECK_FALSE(result->total_exact);
  CHECK(result->total >= 10);
  CHECK(result->total <= 150);
}

TEST_CASE("Xapian's own +word and word* syntax survives entity linking", "[searcher]") {
  // "gemini" is a model and "SwitchBank" an alias in the test lexicon; the
  // linker used to cut "gemini" out of "gemini*" and "SwitchBank" out of
  // "+SwitchBank", leaving a bare "*" or "+" that matched nothing.
  for (auto mode : {CjkSegmentation::kNgram, CjkSegmentation::kIcuWords}) {
    INFO("mode: " << claimkb::CjkSegmentationName(mode));
    const Searcher& searcher = SearcherFor(mode);
    CHECK(Ids(searcher, "gemini*") == Set{"gemini-live#0", "gemini-live#3"});
    CHECK(Ids(searcher, "+SwitchBank") == Set{"gemini-live#2"});
    CHECK(Ids(searcher, "+SwitchBank close") == Set{"gemini-live#2"});
    // Linking still works for the plain word.
    CHECK(Ids(searcher, "SwitchBank") == Set{"gemini-live#2"});
  }
}

TEST_CASE("a query nested or long beyond the bounds is refused, not a crash", "[searcher]") {
  const Searcher& searcher = SearcherFor(CjkSegmentation::kNgram);
  const std::string deep = std::string(4000, '(') + "gemini" + std::string(4000, ')');
  auto nested = searcher.Search(deep);
  REQUIRE_FALSE(nested);
  CHECK(nested.error().code == ErrorCode::kInvalidArgument);
  CHECK(nested.error().message.find("deep") != std::string::npos);
  std::string nots;
  for (int i = 0; i < 25000; ++i) nots += "NOT ";
  auto negated = searcher.Search(nots + "gemini");
  REQUIRE_FALSE(negated);
  CHECK(negated.error().code == ErrorCode::kInvalidArgument);
  // Just inside the depth bound still works: 63 parentheses around a word
  // that is also the model gemini, whose claims are the four of gemini-live.
  const std::string ok = std::string(63, '(') + "gemini" + std::string(63, ')');
  CHECK(Ids(searcher, ok) ==
        Set{"gemini-live#0", "gemini-live#1", "gemini-live#2", "gemini-live#3"});
}

TEST_CASE("Tallies over two local databases count each claim once, by its own value",
          "[searcher]") {
  // The tally reads the stance × speaker value stream of the combined
  // databases: their documents interleave (1, 2 from the first, 1 from the
  // second, ...), and each match must meet its own value, not a neighbour's.
  // The coding claims: 田博士 and Nathan (positive) in "one", Lance
  // (negative) in "two" (tests/indexer/index_fixture.h).
  TempDir dir;
  claimkb::testing::IndexSplit(dir.Sub("one"), dir.Sub("two"));
  auto searcher = Searcher::Open({dir.Sub("one"), dir.Sub("two")},
                                 std::make_shared<const claimkb::EntityLinker>(TestLexicon()));
  REQUIRE(searcher);
  claimkb::RankedQuery coding;
  coding.filter = "topic:coding";
  auto tally = (*searcher)->Tally(coding, 0);
  REQUIRE(tally);
  CHECK(tally->total == 3);
  using Stances = std::map<std::string, int>;
  CHECK(tally->by_speaker == std::map<std::string, Stances>{{"田博士", {{"positive", 1}}},
                                                            {"Nathan", {{"positive", 1}}},
                                                            {"Lance", {{"negative", 1}}}});
  // Every claim: the four of "one" and the two of "two", each once.
  claimkb::RankedQuery all;
  auto every = (*searcher)->Tally(all, 0);
  REQUIRE(every);
  CHECK(every->total == 6);
  CHECK(every->by_speaker.at("余北") == Stances{{"negative", 1}});
  CHECK(every->by_speaker.at("editor") == Stances{{"mixed", 1}});
  CHECK(every->by_speaker.at("Lance") == Stances{{"negative", 1}, {"neutral", 1}});
}
