// Citations: links that open a source at the moment a claim was made, and
// quotable renderings of a claim for research notes.
#ifndef CLAIMKB_QUERY_CITATION_H_
#define CLAIMKB_QUERY_CITATION_H_

#include <optional>
#include <string>

#include "claimkb/core/store.h"

namespace claimkb {

// A link that opens `url` at second `at_s`, or nullopt when the host has no
// way to address a moment (or there is no url or second). One rule per host:
// YouTube watch?v=, youtu.be/ and live/ links get "t=NNs", Bilibili video
// pages "t=NN" (seconds), media files (.mp3, .mp4, .webm ...) "#t=NN"
// (their fragment replaced); an existing t parameter is replaced, other
// parameters and the #fragment are kept, the fragment last.
std::optional<std::string> MomentLink(const std::string& url, std::optional<int> at_s);

// MomentLink, else `url` unchanged (the episode, from its start). An empty
// url gives an empty link.
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
