// claimkb search QUERY — ranked claims for free text mixed with field
// prefixes (model:, topic:, speaker:, date:, ...), with snippets, optional
// neighbouring sentences and facet counts.
#include <fmt/format.h>

#include <iostream>

#include "claim_printer.h"
#include "claimkb/indexer/index_fields.h"
#include "claimkb/query/knowledge_base.h"
#include "command.h"
#include "session.h"

namespace claimkb::cli {
namespace {

nlohmann::json FacetsToJson(const SearchFacets& facets) {
  auto list = [](const std::vector<FacetCount>& counts) {
    nlohmann::json out = nlohmann::json::array();
    for (const FacetCount& count : counts) {
      out.push_back({{"value", count.value}, {"count", count.count}});
    }
    return out;
  };
  return {{"model", list(facets.models)},
          {"speaker", list(facets.speakers)},
          {"topic", list(facets.topics)},
          {"stance", list(facets.stances)}};
}

void PrintFacetsText(const SearchFacets& facets) {
  auto line = [](const char* name, const std::vector<FacetCount>& counts) {
    if (counts.empty()) return;
    std::string items;
    for (const FacetCount& count : counts) {
      if (!items.empty()) items += ", ";
      items += fmt::format("{} {}", count.value, count.count);
    }
    fmt::print("  {:<8} {}\n", name, items);
  };
  fmt::print("{}\n", Bold("facets"));
  line("model", facets.models);
  line("speaker", facets.speakers);
  line("topic", facets.topics);
  line("stance", facets.stances);
  fmt::print("\n");
}

Result<SearchOrder> ParseOrder(const std::string& order) {
  if (order == "relevance") return SearchOrder::kRelevance;
  if (order == "newest") return SearchOrder::kNewest;
  if (order == "oldest") return SearchOrder::kOldest;
  return MakeError(ErrorCode::kInvalidArgument,
                   fmt::format("--order \"{}\": expected relevance, newest or oldest", order));
}

}  // namespace

Result<CommandOutcome> RunSearch(const GlobalOptions& globals, const SearchArgs& args) {
  auto order = ParseOrder(args.order);
  if (!order) return std::unexpected(order.error());
  Session session(globals);
  KnowledgeBase& kb = session.knowledge_base();
  // The databases first: a missing one is "no database at DIR", and never
  // created.
  if (Status readable = kb.CheckDatabases(); !readable) return std::unexpected(readable.error());
  if (Status fresh = session.CatchUpIndexes(); !fresh) {
    return std::unexpected(fresh.error());
  }

  SearchOptions options;
  options.limit = args.limit;
  options.offset = args.offset;
  options.facets = args.facets;
  options.order = *order;
  if (args.format != OutputFormat::kText || !UseColor()) {
    options.highlight_open = args.format == OutputFormat::kMarkdown ? "**" : "«";
    options.highlight_close = args.format == OutputFormat::kMarkdown ? "**" : "»";
  } else {
    options.highlight_open = "\033[1;33m";
    options.highlight_close = "\033[0m";
  }
  auto page = kb.Search(args.query, options);
  if (!page) return std::unexpected(page.error());
  const SearchResult* result = &page->result;
  const std::vector<StoredClaim>& claims = page->claims;
  const std::vector<std::string>& index_only = page->index_only;
  std::vector<const SearchHit*> hits;
  for (const SearchHit& hit : result->hits) hits.push_back(&hit);
  // --context reads neighbouring claims from the stores (open already when
  // there were hits).
  const ClaimLookup* lookup = nullptr;
  if (!hits.empty()) {
    auto opened = kb.lookup();
    if (!opened) return std::unexpected(opened.error());
    lookup = *opened;
  }

  auto lexicon = kb.lexicon();  // The searcher's: loaded already.
  if (!lexicon) return std::unexpected(lexicon.error());

  if (args.format == OutputFormat::kJson || args.format == OutputFormat::kJsonl) {
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < claims.size(); ++i) {
      nlohmann::json item = ClaimToJson(claims[i], **lexicon);
      item["rank"] = hits[i]->rank;
      item["score"] = hits[i]->percent;
      item["snippet"] = hits[i]->snippet;
      nlohmann::json context = nlohmann::json::array();
      for (const StoredClaim& neighbour : lookup->Neighbours(claims[i], args.context)) {
        context.push_back({{"id", neighbour.id}, {"text", neighbour.claim.text}});
      }
      item["context"] = context;
      list.push_back(item);
    }
    if (args.format == OutputFormat::kJsonl) {
      for (auto& item : list) {
        item["schema_version"] = kOutputSchemaVersion;
        std::cout << item.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      }
      return CommandOutcome{};
    }
    nlohmann::json payload = {{"query", args.query},          {"parsed", result->parsed},
                              {"total", result->total},       {"total_exact", result->total_exact},
                              {"offset", args.offset},        {"hits", list},
                              {"from_index_only", index_only}};
    if (args.facets) payload["facets"] = FacetsToJson(result->facets);
    PrintJson(Envelope("search", payload));
    return CommandOutcome{};
  }
  if (args.format == OutputFormat::kMarkdown) {
    for (const StoredClaim& claim : claims) PrintClaimMarkdown(claim);
    return CommandOutcome{};
  }
  if (args.format == OutputFormat::kCsv) {
    PrintClaimCsvHeader();
    for (const StoredClaim& claim : claims) PrintClaimCsvRow(claim, **lexicon);
    return CommandOutcome{};
  }
  if (args.explain) fmt::print("{}\n\n", Dim("parsed: " + result->parsed));
  if (args.facets) PrintFacetsText(result->facets);
  fmt::print("{}\n\n",
             Dim(fmt::format("{}{} matching claims{}", result->total_exact ? "" : "at least ",
                             result->total,
                             args.offset > 0 ? fmt::format(", from #{}", args.offset + 1) : "")));
  for (std::size_t i = 0; i < claims.size(); ++i) {
    std::vector<StoredClaim> around = lookup->Neighbours(claims[i], args.context);
    for (const StoredClaim& before : around) {
      if (before.claim.ordinal < claims[i].claim.ordinal) {
        fmt::print("  {}\n", Dim(before.claim.text));
      }
    }
    PrintClaimText(claims[i], hits[i]->snippet);
    for (const StoredClaim& after : around) {
      if (after.claim.ordinal > claims[i].claim.ordinal) {
        fmt::print("  {}\n", Dim(after.claim.text));
      }
    }
    fmt::print("\n");
  }
  return CommandOutcome{};
}

namespace {

std::string FieldHelp() {
  std::string out = "Fields:\n";
  for (const IndexField& field : IndexFields()) {
    out += fmt::format("  {}:  {} ({})\n", field.name, field.help, field.values);
  }
  return out + "Combine with AND, OR, NOT and parentheses; \"quoted phrases\"; gem* wildcards.";
}

}  // namespace

void RegisterSearch(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto args = std::make_shared<SearchArgs>();
  CLI::App* command = app.add_subcommand("search", "Search claims: free text and field prefixes");
  command->footer(FieldHelp());
  command->add_option("query", args->query, "e.g. 'model:\"Gemini 3\" topic:coding 前端'")
      ->required();
  AddCountOption(command, "--limit", &args->limit, "Claims to show")->capture_default_str();
  AddCountOption(command, "--offset", &args->offset, "Claims to skip");
  AddCountOption(command, "--context", &args->context,
                 "Also show N neighbouring sentences of the same turn");
  command->add_flag("--facets", args->facets, "Count matches by model, speaker, topic, stance");
  command->add_flag("--explain", args->explain, "Print the parsed query");
  command->add_option("--order", args->order, "relevance|newest|oldest")->capture_default_str();
  AddFormatOption(command, &args->format,
                  {OutputFormat::kText, OutputFormat::kJson, OutputFormat::kJsonl,
                   OutputFormat::kMarkdown, OutputFormat::kCsv});
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] { return RunSearch(globals, *args); };
  });
}

}  // namespace claimkb::cli
