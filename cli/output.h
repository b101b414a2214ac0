// Output formats and the JSON shapes every listing shares. The JSON output
// is versioned (schema/output_schema.md); bump kOutputSchemaVersion and add a
// history entry there whenever a field changes meaning or disappears.
#ifndef CLAIMKB_CLI_OUTPUT_H_
#define CLAIMKB_CLI_OUTPUT_H_

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "claimkb/core/store.h"

namespace claimkb::cli {

inline constexpr int kOutputSchemaVersion = 1;

enum class OutputFormat { kText, kJson, kJsonl, kMarkdown, kCsv };
const char* OutputFormatName(OutputFormat format);

// {"schema_version": 1, "<kind>": payload} — the envelope of every JSON answer.
nlohmann::json Envelope(const std::string& kind, nlohmann::json payload);

// Writes `value` followed by a newline to stdout.
void PrintJson(const nlohmann::json& value);

nlohmann::json EpisodeToJson(const EpisodeRecord& episode);
// The claim object of design.md, the one shape every command prints claims in.
nlohmann::json ClaimToJson(const StoredClaim& claim, const Lexicon& lexicon);

// Every format but text for a listing of records that are not claims
// (episodes, entities, speakers, results): `json` is Envelope(kind,
// records); `jsonl` one record per line with its schema_version; `csv` and
// `markdown` a table of `columns` (arrays joined with "; "). Returns false
// for kText, which each command prints its own way.
bool PrintRecords(const std::string& kind, const std::vector<nlohmann::json>& records,
                  const std::vector<std::string>& columns, OutputFormat format);

// The formats every listing takes (README "Output formats").
inline const std::vector<OutputFormat>& AllFormats() {
  static const std::vector<OutputFormat> all = {OutputFormat::kText, OutputFormat::kJson,
                                                OutputFormat::kJsonl, OutputFormat::kMarkdown,
                                                OutputFormat::kCsv};
  return all;
}

// A CSV field (RFC 4180): quoted, with its quotes doubled, when it holds a
// comma, a quote or a line break.
std::string CsvCell(const std::string& value);

// ANSI styling, only when stdout is a terminal and NO_COLOR is unset.
bool UseColor();
std::string Bold(const std::string& text);
std::string Dim(const std::string& text);
std::string Colored(const std::string& text, int ansi_color);

// Digest text for a terminal: control characters and escape sequences shown,
// not sent (claimkb/query/printable.h), newlines as spaces.
std::string Shown(std::string_view text);

// "01:02:03", or "--:--:--" when the value is absent.
std::string FormatOptionalSeconds(const std::optional<int>& seconds);

}  // namespace claimkb::cli

#endif  // CLAIMKB_CLI_OUTPUT_H_
