// claimkb search QUERY — ranked claims for free text mixed with field
// prefixes (model:, topic:, speaker:, date:, ...), with snippets, optional
// neighbouring sentences and facet counts.
#include <fmt/format.h>

#include <iostream>

#include "claim_lookup.h"
#include "claim_printer.h"
#include "claimkb/indexer/index_fields.h"
#include "claimkb/query/searcher.h"
#include "command.h"
#include "index_maintenance.h"
#include "session.h"

namespace claimkb::cli {
namespace {

// The claims of the same turn within `context` sentences of `claim`.
std::vector<StoredClaim> Neighbours(const ClaimLookup& lookup, const StoredClaim& claim,
                                    int context) {
  std::vector<StoredClaim> out;
  const Store* store = lookup.StoreOf(claim.id);
  if (context <= 0 || store == nullptr) return out;
  std::string prefix = claim.episode_slug + "#";
  for (int delta = -context; delta <= context; ++delta) {
    if (delta == 0) continue;
    int ordinal = claim.claim.ordinal + delta;
    if (ordinal < 0) continue;
    auto other = store->GetClaim(prefix + std::to_string(ordinal));
    if (!other) continue;
    if (other->claim.section_index != claim.claim.section_index ||
        other->claim.turn_index != claim.claim.turn_index) {
      continue;
    }
    out.push_back(std::move(*other));
  }
  return out;
}

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
  Session session(globals);
  auto linker = session.linker();
  if (!linker) return std::unexpected(linker.error());
  auto order = ParseOrder(args.order);
  if (!order) return std::unexpected(order.error());
  // The stores first: a missing database is "no database at DIR", and
  // never created.
  auto lookup = ClaimLookup::Open(session);
  if (!lookup) return std::unexpected(lookup.error());
  if (Status fresh = EnsureIndexesCurrent(session, SearchSources(session, globals)); !fresh) {
    return std::unexpected(fresh.error());
  }
  auto searcher = Searcher::Open(SearchSources(session, globals), *linker);
  if (!searcher) return std::unexpected(searcher.error());

  SearchOptions options;
  options.limit = args.limit;
  options.offset = args.offset;
  options.facets = args.facets;
  options.order = *order;
  options.records = AnyRemote(SearchSources(session, globals));
  if (args.format != OutputFormat::kText || !UseColor()) {
    options.highlight_open = args.format == OutputFormat::kMarkdown ? "**" : "«";
    options.highlight_close = args.format == OutputFormat::kMarkdown ? "**" : "»";
  } else {
    options.highlight_open = "\033[1;33m";
    options.highlight_close = "\033[0m";
  }
  auto result = (*searcher)->Search(args.query, options);
  if (!result) return std::unexpected(result.error());

  // Hits name claims; the stores hold the rest of each record. Claims of
  // remote shards that are in no local store are reported by id only.
  const Lexicon& lexicon = (*linker)->lexicon();
  std::vector<StoredClaim> claims;
  std::vector<const SearchHit*> hits;
  std::vector<std::string> index_only;
  for (const SearchHit& hit : result->hits) {
    auto claim = lookup->Get(hit.claim_id);
    if (claim) {
      claims.push_back(std::move(*claim));
    } else {
      // A remote shard's claim: the index keeps the whole record.
      index_only.push_back(hit.claim_id);
      claims.push_back(hit.record);
    }
    hits.push_back(&hit);
  }

  if (args.format == OutputFormat::kJson || args.format == OutputFormat::kJsonl) {
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < claims.size(); ++i) {
      nlohmann::json item = ClaimToJson(claims[i], lexicon);
      item["rank"] = hits[i]->rank;
      item["score"] = hits[i]->percent;
      item["snippet"] = hits[i]->snippet;
      nlohmann::json context = nlohmann::json::array();
      for (const StoredClaim& neighbour : Neighbours(*lookup, claims[i], args.context)) {
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
    for (const StoredClaim& claim : claims) PrintClaimCsvRow(claim, lexicon);
    return CommandOutcome{};
  }
  if (args.explain) fmt::print("{}\n\n", Dim("parsed: " + result->parsed));
  if (args.facets) PrintFacetsText(result->facets);
  fmt::print("{}\n\n",
             Dim(fmt::format("{}{} matching claims{}", result->total_exact ? "" : "at least ",
                             result->total,
                             args.offset > 0 ? fmt::format(", from #{}", args.offset + 1) : "")));
  for (std::size_t i = 0; i < claims.size(); ++i) {
    std::vector<StoredClaim> around = Neighbours(*lookup, claims[i], args.context);
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
