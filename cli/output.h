// Output formats and the JSON shapes every listing shares. The JSON output
// is versioned (schema/output_schema.md); bump kOutputSchemaVersion and add a
// history entry there whenever a field changes meaning or disappears.
#ifndef CLAIMKB_CLI_OUTPUT_H_
#define CLAIMKB_CLI_OUTPUT_H_

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

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

// ANSI styling, only when stdout is a terminal and NO_COLOR is unset.
bool UseColor();
std::string Bold(const std::string& text);
std::string Dim(const std::string& text);
std::string Colored(const std::string& text, int ansi_color);

// "01:02:03", or "--:--:--" when the value is absent.
std::string FormatOptionalSeconds(const std::optional<int>& seconds);

}  // namespace claimkb::cli

#endif  // CLAIMKB_CLI_OUTPUT_H_
