// Printing lists of claims in every output format, so that claims, search
// and ask show a claim the same way.
#ifndef CLAIMKB_CLI_CLAIM_PRINTER_H_
#define CLAIMKB_CLI_CLAIM_PRINTER_H_

#include <string>
#include <vector>

#include "claimkb/core/lexicon.h"
#include "claimkb/core/store.h"
#include "output.h"

namespace claimkb::cli {

// One claim as a block of text: header line (speaker, stance, timestamp,
// episode), the text (or `snippet` when given), then the citation link.
void PrintClaimText(const StoredClaim& claim, const std::string& snippet);

// One claim as a Markdown quote with its citation.
void PrintClaimMarkdown(const StoredClaim& claim);

// CSV header and rows (RFC 4180 quoting).
void PrintClaimCsvHeader();
void PrintClaimCsvRow(const StoredClaim& claim, const Lexicon& lexicon);

// A whole list in `format`; `kind` names the JSON envelope member.
void PrintClaimList(const std::vector<StoredClaim>& claims, const Lexicon& lexicon,
                    OutputFormat format, const std::string& kind);

// How a text view names a claim's speaker: a raw transcript's unlabelled
// speech has no name, and a blank in a list of names reads as a typo.
std::string SpeakerShown(const std::string& name);

// Short coloured label for a stance: "+", "−", "±", "·" with the name.
std::string StanceLabel(Stance stance);

}  // namespace claimkb::cli

#endif  // CLAIMKB_CLI_CLAIM_PRINTER_H_
