// libFuzzer harness: the question interpreter behind `claimkb ask`. The
// input's first line is the "today" date (any bytes: it is user input, the
// --today option), the rest is the question. Beyond crashes, a finding is a
// plan whose generated queries the search grammar refuses: ask would then
// fail on a question it claimed to understand.
// Built by tests/fuzz/run.sh with clang, never by CTest.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/query/query_parser.h"
#include "claimkb/query/question.h"
#include "claimkb/query/term_tables.h"

namespace {

std::shared_ptr<const claimkb::EntityLinker> Linker() {
  static const auto linker = [] {
    auto lexicon = claimkb::Lexicon::LoadDefault();
    if (!lexicon) std::abort();
    return std::make_shared<const claimkb::EntityLinker>(*lexicon);
  }();
  return linker;
}

void MustParse(const claimkb::QueryParser& parser, const std::string& query) {
  if (query.empty()) return;
  auto node = parser.Parse(query);
  if (!node) {
    std::fprintf(stderr, "generated query refused: %s\n  %s\n", query.c_str(),
                 node.error().ToString().c_str());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  claimkb::QuestionOptions options;
  std::string_view question = input;
  if (newline != std::string_view::npos) {
    options.today = std::string(input.substr(0, newline));
    question = input.substr(newline + 1);
  } else {
    options.today = "2025-12-01";
  }
  // Speakers the store would know, one with a lexicon alias, one without.
  options.speakers = {{"余北"}, {"田渊栋", "田博士"}, {"Kevin", "kev"}};
  // The cross-language tables, and an index that holds every word, so that
  // expansions, limit words and names read back from pinyin are all tried.
  static const auto tables = [] {
    auto loaded = claimkb::TermTables::Load(claimkb::TermTables::DefaultDirectory());
    if (!loaded) std::abort();
    return *loaded;
  }();
  options.tables = tables;
  options.in_index = [](std::string_view) { return true; };
  const claimkb::QuestionInterpreter interpreter(Linker(), options);
  auto plan = interpreter.Interpret(question);
  if (!plan) return 0;
  static const claimkb::QueryParser parser(Linker());
  for (const claimkb::QuestionFacet& facet : plan->facets) {
    MustParse(parser, facet.FilterQuery());
    for (const std::string& boost : facet.BoostQueries()) MustParse(parser, boost);
    MustParse(parser, facet.RankQuery());
  }
  (void)claimkb::Describe(*plan);
  return 0;
}
