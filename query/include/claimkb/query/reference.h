// A claim cited for research writing: the episode as a bibliography entry
// (CSL `broadcast`, BibTeX `@misc`, RIS `VIDEO`) and the claim as the
// digest's wording, labelled paraphrased/translated/transcript, with a
// pinpoint time only when the link opens it.
#ifndef CLAIMKB_QUERY_REFERENCE_H_
#define CLAIMKB_QUERY_REFERENCE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/episode.h"
#include "claimkb/core/store.h"
#include "claimkb/query/claim_wording.h"

namespace claimkb {

enum class CitationStyle { kMarkdown, kBibTeX, kCslJson, kRis };

// "markdown", "bibtex", "csl-json", "ris"; nullopt for anything else.
std::optional<CitationStyle> ParseCitationStyle(std::string_view name);

// The episode as a source.
struct EpisodeReference {
  // "<first Latin word of the title, else `episode`><year, else `nd`>-<6 hex
  // of FNV-1a 64 of the URL, else of the episode key>": the same for the same
  // episode in any database, whatever was ingested before it.
  std::string key;
  std::string title;
  std::string date;                 // YYYY-MM-DD or empty.
  std::string url;
  std::string host;                 // Named host, when a turn is marked as the host's.
  std::vector<std::string> guests;  // The other named speakers, canonical names.
};

// One cited claim.
struct CitedClaim {
  std::string claim_id;
  std::string speaker;  // Canonical name; "editor" for the digest's own words.
  ClaimWording wording;
  std::string source;  // File name of the digest the wording comes from.
  // Set only when `moment_link` opens the episode there.
  std::optional<int> second;
  bool estimated = false;  // The second is an estimate inside a longer range.
  std::string moment_link;
  EpisodeReference episode;
};

// `claim` of `record`, whose parsed form is `episode` (Store::FindEpisode and
// Store::LoadEpisode of claim.episode_id).
CitedClaim CiteClaim(const StoredClaim& claim, const EpisodeRecord& record, const Episode& episode);

// CiteClaim with the episode record and parsed episode read from `store`,
// the store that holds `claim`.
Result<CitedClaim> CiteStoredClaim(const Store& store, const StoredClaim& claim);

// The citations in `style`, `accessed` (YYYY-MM-DD) as the access date.
// Markdown gives one item per claim; the others one entry per episode (first
// cited first), its claims in the entry's note.
std::string RenderCitations(const std::vector<CitedClaim>& claims, CitationStyle style,
                            const std::string& accessed);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_REFERENCE_H_
