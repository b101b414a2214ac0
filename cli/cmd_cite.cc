// claimkb cite CLAIM... — a claim ready to paste: the quote, who said it, in
// which episode, and a link to the minute.
#include <fmt/format.h>

#include <chrono>

#include "claim_printer.h"
#include "claimkb/query/citation.h"
#include "claimkb/query/reference.h"
#include "command.h"
#include "date_bound.h"
#include "session.h"

namespace claimkb::cli {
namespace {

struct CiteArgs {
  std::vector<std::string> ids;
  OutputFormat format = OutputFormat::kMarkdown;
  std::string style;     // Empty: the quick quote of --format.
  std::string accessed;  // YYYY-MM-DD; empty: today (UTC).
};

// Today's date in UTC, the default access date of a research citation.
std::string TodayUtc() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day date{today};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

Result<CommandOutcome> RunCite(const GlobalOptions& globals, const CiteArgs& args) {
  Session session(globals);
  KnowledgeBase& kb = session.knowledge_base();
  auto found = kb.ClaimsById(args.ids);
  if (!found) return std::unexpected(found.error());
  const std::vector<StoredClaim>& claims = *found;
  auto lexicon = kb.lexicon();
  if (!lexicon) return std::unexpected(lexicon.error());
  if (!args.style.empty()) {
    auto style = ParseCitationStyle(args.style);
    auto accessed = CalendarDate(args.accessed, "--accessed");
    if (!accessed) return std::unexpected(accessed.error());
    auto cited = kb.Cite(claims);
    if (!cited) return std::unexpected(cited.error());
    fmt::print("{}", RenderCitations(*cited, style.value_or(CitationStyle::kMarkdown),
                                     accessed->empty() ? TodayUtc() : *accessed));
    return CommandOutcome{};
  }
  // The editor's words are a summary, not a source: each editor claim is
  // followed by the speakers' claims it restates, which are what to quote.
  auto evidence = [&kb](const StoredClaim& claim) { return kb.Summarised(claim); };
  if (args.format == OutputFormat::kText) {
    for (const StoredClaim& claim : claims) {
      fmt::print("\"{}\"\n  {}\n", Shown(claim.claim.text), Shown(PlainCitation(claim)));
      for (const StoredClaim& source : evidence(claim)) {
        fmt::print("  as said: \"{}\"\n    {}\n", Shown(source.claim.text),
                   Shown(PlainCitation(source)));
      }
    }
    return CommandOutcome{};
  }
  if (args.format == OutputFormat::kMarkdown) {
    for (const StoredClaim& claim : claims) {
      PrintClaimMarkdown(claim);
      std::vector<StoredClaim> sources = evidence(claim);
      if (sources.empty()) continue;
      fmt::print("As said in the episode:\n\n");
      for (const StoredClaim& source : sources) PrintClaimMarkdown(source);
    }
    return CommandOutcome{};
  }
  PrintClaimList(claims, **lexicon, args.format, "claims");
  return CommandOutcome{};
}

}  // namespace

void RegisterCite(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto args = std::make_shared<CiteArgs>();
  CLI::App* command =
      app.add_subcommand("cite", "Print claims by id as quotes with speaker, episode and link");
  command->add_option("ids", args->ids, "Claim ids, e.g. 2025-11-21-gemini-3-101-live#63")
      ->required();
  AddFormatOption(command, &args->format, AllFormats());
  command
      ->add_option("--style", args->style,
                   "A citation for research writing: markdown, bibtex, csl-json or ris "
                   "(episode as a broadcast, claim labelled paraphrased/translated)")
      ->check(CLI::IsMember({"markdown", "bibtex", "csl-json", "ris"}));
  command->add_option("--accessed", args->accessed,
                      "Access date YYYY-MM-DD for --style (default: today, UTC)");
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] { return RunCite(globals, *args); };
  });
}

}  // namespace claimkb::cli
