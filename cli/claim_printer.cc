#include "claim_printer.h"

#include <fmt/format.h>

#include <iostream>

#include "claimkb/query/citation.h"
#include "claimkb/query/printable.h"

namespace claimkb::cli {
namespace {

std::string EntityNames(const Claim& claim, EntityKind kind, const Lexicon& lexicon) {
  std::string out;
  for (const EntityMention& mention : claim.entities) {
    if (mention.kind != kind) continue;
    const LexiconEntry* entry = lexicon.Find(mention.entity_id);
    if (!out.empty()) out += "; ";
    out += entry != nullptr ? entry->name : mention.entity_id;
  }
  return out;
}

}  // namespace

std::string StanceLabel(Stance stance) {
  switch (stance) {
    case Stance::kPositive:
      return Colored("+positive", 32);
    case Stance::kNegative:
      return Colored("-negative", 31);
    case Stance::kMixed:
      return Colored("±mixed", 33);
    case Stance::kNeutral:
      return Dim("·neutral");
  }
  return "";
}

std::string SpeakerShown(const std::string& name) {
  return name.empty() ? "(unnamed speaker)" : name;
}

void PrintClaimText(const StoredClaim& claim, const std::string& snippet) {
  std::optional<int> second = CitationSecond(claim.claim);
  std::string speaker = claim.claim.by_editor ? "editor" : SpeakerShown(claim.speaker_name);
  // The snippet comes from the searcher already made printable, with its
  // highlight markers (which may be our own colour codes) intact.
  fmt::print("{}  {}  {}  {}\n", Bold(Shown(speaker)), StanceLabel(claim.claim.stance),
             FormatOptionalSeconds(second), Dim(Shown(claim.episode_title)));
  fmt::print("  {}\n", snippet.empty() ? Shown(claim.claim.text) : snippet);
  std::string link = TimestampLink(claim.episode_url, second);
  fmt::print("  {}\n", Dim(Shown(fmt::format("{}  {}:{}{}", claim.id, claim.path, claim.claim.line,
                                             link.empty() ? "" : "  " + link))));
}

void PrintClaimMarkdown(const StoredClaim& claim) {
  fmt::print("{}\n", Printable(MarkdownQuote(claim)));
}

void PrintClaimCsvHeader() {
  fmt::print(
      "id,speaker,episode,date,timestamp,link,stance,modality,models,benchmarks,topics,"
      "text,path,line\n");
}

void PrintClaimCsvRow(const StoredClaim& claim, const Lexicon& lexicon) {
  std::optional<int> second = CitationSecond(claim.claim);
  std::vector<std::string> fields = {
      claim.id,
      claim.claim.by_editor ? "editor" : claim.speaker_name,
      claim.episode_title,
      claim.episode_date,
      second ? FormatSeconds(*second) : "",
      TimestampLink(claim.episode_url, second),
      StanceName(claim.claim.stance),
      ModalityName(claim.claim.modality),
      EntityNames(claim.claim, EntityKind::kModel, lexicon),
      EntityNames(claim.claim, EntityKind::kBenchmark, lexicon),
      fmt::format("{}", fmt::join(claim.claim.topics, "; ")),
      claim.claim.text,
      claim.path,
      std::to_string(claim.claim.line),
  };
  std::string row;
  for (const std::string& field : fields) {
    if (!row.empty()) row += ',';
    row += CsvCell(field);
  }
  fmt::print("{}\n", row);
}

void PrintClaimList(const std::vector<StoredClaim>& claims, const Lexicon& lexicon,
                    OutputFormat format, const std::string& kind) {
  switch (format) {
    case OutputFormat::kJson: {
      nlohmann::json list = nlohmann::json::array();
      for (const StoredClaim& claim : claims) list.push_back(ClaimToJson(claim, lexicon));
      PrintJson(Envelope(kind, list));
      return;
    }
    case OutputFormat::kJsonl:
      for (const StoredClaim& claim : claims) {
        nlohmann::json line = ClaimToJson(claim, lexicon);
        line["schema_version"] = kOutputSchemaVersion;
        std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      }
      return;
    case OutputFormat::kMarkdown:
      for (const StoredClaim& claim : claims) PrintClaimMarkdown(claim);
      return;
    case OutputFormat::kCsv:
      PrintClaimCsvHeader();
      for (const StoredClaim& claim : claims) PrintClaimCsvRow(claim, lexicon);
      return;
    case OutputFormat::kText:
      for (const StoredClaim& claim : claims) {
        PrintClaimText(claim, "");
        fmt::print("\n");
      }
      if (claims.empty()) fmt::print("no claims match\n");
      return;
  }
}

}  // namespace claimkb::cli
