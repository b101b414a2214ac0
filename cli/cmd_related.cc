// claimkb related CLAIM_ID — the claims that support, contradict or restate
// one claim, and the summary line that covers it
// (claimkb/query/related_claims.h does the work).
#include <fmt/format.h>

#include "claim_printer.h"
#include "claimkb/query/citation.h"
#include "claimkb/query/related_claims.h"
#include "command.h"
#include "session.h"

namespace claimkb::cli {
namespace {

const char* Heading(Relation relation) {
  switch (relation) {
    case Relation::kContradicts:
      return "Contradicted by";
    case Relation::kSupports:
      return "Supported by";
    case Relation::kRestates:
      return "Restated in another source";
    case Relation::kSummarisedBy:
      return "Summarised by";
    case Relation::kSummarises:
      return "Summarises";
  }
  return "";
}

void PrintRelated(const RelatedClaim& related) {
  const StoredClaim& claim = related.claim;
  const std::string link = TimestampLink(claim.episode_url, CitationSecond(claim.claim));
  fmt::print("   {} {}  {}\n", StanceLabel(claim.claim.stance), Bold(Shown(claim.speaker_name)),
             Dim(Shown(fmt::format("{} ({}) · {} · {}", claim.episode_title,
                                   claim.episode_date.empty() ? "undated" : claim.episode_date,
                                   FormatOptionalSeconds(CitationSecond(claim.claim)), claim.id))));
  fmt::print("      {}\n", Shown(claim.claim.text));
  if (!related.evidence.empty() || related.by_user) {
    const std::string why = related.by_user ? "decided by the user" : related.evidence;
    fmt::print("      {}\n", Dim(Shown(why)));
  }
  if (!link.empty()) fmt::print("      {}\n", Dim(Shown(link)));
}

Result<CommandOutcome> RunRelated(const GlobalOptions& globals, const std::string& claim_id,
                                  OutputFormat format) {
  Session session(globals);
  auto found = session.knowledge_base().Related(claim_id);
  if (!found) return std::unexpected(found.error());
  auto lexicon = session.lexicon();
  if (!lexicon) return std::unexpected(lexicon.error());

  if (format == OutputFormat::kJson) {
    nlohmann::json related = nlohmann::json::array();
    for (const RelatedClaim& one : found->related) {
      related.push_back({{"relation", RelationName(one.relation)},
                         {"evidence", one.evidence},
                         {"weight", one.weight},
                         {"decided_by", one.by_user ? "user" : "auto"},
                         {"claim", ClaimToJson(one.claim, **lexicon)}});
    }
    PrintJson(Envelope("related", {{"claim", ClaimToJson(found->claim, **lexicon)},
                                   {"stance_edges", found->stance_computed ? "computed" : "stored"},
                                   {"related", related}}));
    return CommandOutcome{};
  }
  PrintClaimText(found->claim, "");
  if (found->related.empty()) {
    fmt::print("\nNo related claims.\n");
    return CommandOutcome{};
  }
  std::optional<Relation> shown;
  for (const RelatedClaim& one : found->related) {
    if (shown != one.relation) {
      fmt::print("\n{}\n", Bold(Heading(one.relation)));
      shown = one.relation;
    }
    PrintRelated(one);
  }
  return CommandOutcome{};
}

}  // namespace

void RegisterRelated(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto claim_id = std::make_shared<std::string>();
  auto format = std::make_shared<OutputFormat>(OutputFormat::kText);
  CLI::App* command = app.add_subcommand(
      "related", "Claims that support, contradict or restate a claim, and its summary line");
  command->add_option("claim", *claim_id, "Claim id, e.g. 2025-11-21-gemini-3-101-live#12")
      ->required();
  AddFormatOption(command, format.get(), {OutputFormat::kText, OutputFormat::kJson});
  command->callback([&globals, claim_id, format, selected] {
    *selected = [&globals, claim_id, format] { return RunRelated(globals, *claim_id, *format); };
  });
}

}  // namespace claimkb::cli
