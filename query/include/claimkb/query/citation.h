// Citations: links that open a source at the moment a claim was made, and
// quotable renderings of a claim for research notes.
#ifndef CLAIMKB_QUERY_CITATION_H_
#define CLAIMKB_QUERY_CITATION_H_

#include <optional>
#include <string>

#include "claimkb/core/store.h"

namespace claimkb {

// A link to `url` at second `at_s`. YouTube watch and youtu.be links get a
// "t=NNs" parameter (replacing any existing one); other links are returned
// unchanged because there is no general way to address a moment in them.
// An empty url gives an empty link.
std::string TimestampLink(const std::string& url, std::optional<int> at_s);

// The moment a citation points at: the claim's estimated second, else the
// start of its range.
std::optional<int> CitationSecond(const Claim& claim);

// A Markdown block quote with speaker, episode title, date and timestamp link:
//   > text
//   > — Speaker, *Episode title* (2025-11-21), [00:21:05](link)
std::string MarkdownQuote(const StoredClaim& claim);

// One line for plain-text citations: Speaker, "Episode title", date, 00:21:05, link.
std::string PlainCitation(const StoredClaim& claim);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_CITATION_H_
