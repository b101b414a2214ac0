// claimkb contradictions — pairs of claims that take opposite stances on one
// target, most direct first (claimkb/query/contradictions.h does the work).
#include <fmt/format.h>

#include "claim_printer.h"
#include "claimkb/query/citation.h"
#include "claimkb/query/contradictions.h"
#include "command.h"
#include "date_bound.h"
#include "session.h"

namespace claimkb::cli {
namespace {

struct ContradictionsArgs {
  std::string about;
  std::string speaker;
  std::string episode;
  std::string since;
  int limit = -1;  // Unset: 20 in text, all in JSON.
  bool strong = false;  // Only pairs with strong evidence.
  bool opposed = false;  // Only two sides one of whose pairs opposes.
  OutputFormat format = OutputFormat::kText;
};

nlohmann::json SideToJson(const StoredClaim& claim, Stance stance, const Lexicon& lexicon) {
  nlohmann::json side = ClaimToJson(claim, lexicon);
  side["stance_on_target"] = StanceName(stance);
  return side;
}

void PrintSide(const StoredClaim& claim, Stance stance) {
  const std::string link = TimestampLink(claim.episode_url, CitationSecond(claim.claim));
  fmt::print("   {} {}  {}\n", StanceLabel(stance), Bold(Shown(claim.speaker_name)),
             Dim(Shown(fmt::format("{} ({}) · {} · {}", claim.episode_title,
                                   claim.episode_date.empty() ? "undated" : claim.episode_date,
                                   FormatOptionalSeconds(CitationSecond(claim.claim)), claim.id))));
  fmt::print("      {}\n", Shown(claim.claim.text));
  if (!link.empty()) fmt::print("      {}\n", Dim(Shown(link)));
}

Result<CommandOutcome> RunContradictions(const GlobalOptions& globals,
                                         const ContradictionsArgs& args) {
  ContradictionQuery query;
  auto since = DateBound(args.since, false, "--since");
  if (!since) return std::unexpected(since.error());
  query.since = *since;
  query.speaker = args.speaker;
  query.episode = args.episode;
  query.strong_only = args.strong;
  query.opposed_only = args.opposed;
  query.limit = args.limit >= 0 ? args.limit : (args.format == OutputFormat::kText ? 20 : 0);
  Session session(globals);
  KnowledgeBase& kb = session.knowledge_base();
  auto found = kb.Contradictions(query, args.about);
  if (!found) return std::unexpected(found.error());
  auto lexicon_ptr = kb.lexicon();
  if (!lexicon_ptr) return std::unexpected(lexicon_ptr.error());
  const Lexicon& lexicon = **lexicon_ptr;

  if (args.format == OutputFormat::kJson) {
    nlohmann::json list = nlohmann::json::array();
    int rank = 0;
    for (const Contradiction& pair : *found) {
      nlohmann::json evidence = nlohmann::json::array();
      for (const OpposedPair& one : pair.pairs) {
        evidence.push_back({{"first", one.first_id},
                            {"second", one.second_id},
                            {"target", one.target},
                            {"score", one.score}});
      }
      list.push_back({{"rank", ++rank},
                      {"score", pair.score},
                      {"directness", DirectnessName(pair.directness)},
                      {"target",
                       {{"entity", pair.target.entity_id},
                        {"topic", pair.target.topic_id},
                        {"label", pair.target.Label()}}},
                      {"change_of_mind", pair.change_of_mind},
                      {"strong_evidence", pair.strong_evidence},
                      {"opposed", pair.opposed},
                      {"first", SideToJson(pair.first, pair.first_stance, lexicon)},
                      {"second", SideToJson(pair.second, pair.second_stance, lexicon)},
                      {"pairs", evidence}});
    }
    PrintJson(Envelope("contradictions", list));
    return CommandOutcome{};
  }
  if (found->empty()) {
    fmt::print("{}\n", args.strong ? "No contradictions with strong evidence found (without "
                                      "--strong: every pair)."
                                    : "No contradictions found.");
    return CommandOutcome{};
  }
  int rank = 0;
  for (const Contradiction& pair : *found) {
    fmt::print("{:>3}. {}  {}\n", ++rank, Bold(Shown(pair.target.Label())),
               Dim(fmt::format("{} · score {:.2f}{}{}{}", DirectnessName(pair.directness),
                               pair.score, pair.change_of_mind ? " · change of mind" : "",
                               pair.strong_evidence ? "" : " · weak evidence",
                               pair.opposed ? "" : " · may not oppose")));
    PrintSide(pair.first, pair.first_stance);
    PrintSide(pair.second, pair.second_stance);
    if (pair.pairs.size() > 1) {
      fmt::print("   {}\n", Dim(fmt::format("and {} more opposed pair{} of these two sides",
                                            pair.pairs.size() - 1,
                                            pair.pairs.size() == 2 ? "" : "s")));
    }
    fmt::print("\n");
  }
  if (args.strong) {
    fmt::print("{}\n", Dim("Pairs with strong evidence, then opposite verdicts on a limit; without "
                           "--strong, every pair."));
  }
  return CommandOutcome{};
}

}  // namespace

void RegisterContradictions(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto args = std::make_shared<ContradictionsArgs>();
  CLI::App* command = app.add_subcommand(
      "contradictions", "Pairs of claims with opposite stances on one entity or topic");
  command->add_option("--about", args->about, "Entity (with its descendants) or topic");
  command->add_option("--speaker", args->speaker, "Pairs with this speaker on one side");
  command->add_option("--episode", args->episode, "Pairs with this episode on one side");
  command->add_option("--since", args->since, "Both claims on or after YYYY-MM[-DD]");
  command->add_flag("--strong", args->strong,
                    "Only pairs with strong evidence: not those on a guessed or unjudged name, a "
                    "topic alone, a company, a story or description, or two aspects (marked "
                    "\"weak evidence\" otherwise); then opposite verdicts on whether a topic has "
                    "hit its limit, weak only for the topic alone");
  command->add_flag("--opposed", args->opposed,
                    "Only two sides one of whose pairs opposes, led by it: not those whose every "
                    "pair weighs two aspects of one target, shares a topic alone, names a thing "
                    "its clause does not judge, guesses its subject, or is on a company or person");
  AddCountOption(command, "--limit", &args->limit,
                 "At most N pairs (0 = all; default 20 in text, all in json)");
  AddFormatOption(command, &args->format, {OutputFormat::kText, OutputFormat::kJson});
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] { return RunContradictions(globals, *args); };
  });
}

}  // namespace claimkb::cli
