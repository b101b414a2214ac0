// claimkb cite CLAIM... — a claim ready to paste: the quote, who said it, in
// which episode, and a link to the minute.
#include <fmt/format.h>

#include <chrono>

#include "claim_lookup.h"
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
  auto lookup = ClaimLookup::Open(session);
  if (!lookup) return std::unexpected(lookup.error());
  auto lexicon = session.lexicon();
  if (!lexicon) return std::unexpected(lexicon.error());
  std::vector<StoredClaim> claims;
  std::vector<std::string> missing;
  for (const std::string& id : args.ids) {
    auto claim = lookup->Get(id);
    if (!claim) {
      missing.push_back("\"" + id + "\"");
      continue;
    }
    claims.push_back(std::move(*claim));
  }
  // Every bad id at once, so that one run fixes a list of citations.
  if (!missing.empty()) {
    return MakeError(
        ErrorCode::kNotFound,
        fmt::format("no claim{} {}", missing.size() > 1 ? "s" : "", fmt::join(missing, ", ")),
        "claim ids look like <episode id>#<n>, as search and claims print them");
  }
  if (!args.style.empty()) {
    auto style = ParseCitationStyle(args.style);
    auto accessed = CalendarDate(args.accessed, "--accessed");
    if (!accessed) return std::unexpected(accessed.error());
    std::vector<CitedClaim> cited;
    for (const StoredClaim& claim : claims) {
      const Store* store = lookup->StoreOf(claim.id);
      if (store == nullptr) continue;
      auto one = CiteStoredClaim(*store, claim);
      if (!one) return std::unexpected(one.error());
      cited.push_back(std::move(*one));
    }
    fmt::print("{}", RenderCitations(cited, style.value_or(CitationStyle::kMarkdown),
                                     accessed->empty() ? TodayUtc() : *accessed));
    return CommandOutcome{};
  }
  // The editor's words are a summary, not a source: each editor claim is
  // followed by the speakers' claims it restates, which are what to quote.
  auto evidence = [&](const StoredClaim& claim) {
    std::vector<StoredClaim> out;
    for (int ordinal : claim.claim.summarises) {
      auto source = lookup->Get(claim.episode_slug + "#" + std::to_string(ordinal));
      if (source) out.push_back(std::move(*source));
    }
    return out;
  };
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
