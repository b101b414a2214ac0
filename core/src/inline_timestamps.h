// Timestamps written inside a line rather than in a heading or a speaker
// label: a transcript's leading "[00:00:07]", a summary's trailing
// "`[00:00:40-00:01:20]`", a chapter list's "00:01:24 — 标题", a citation
// field's "[00:49:53]、[00:51:28]" and linked stamps such as
// "[12:30](https://youtu.be/x?t=750)" or "[[00:04:44]](...t=4m34s)".
//
// The recogniser only finds and measures them; the digest parser decides what
// the times belong to. A stamp whose value is impossible ("[25:99]") is not a
// stamp: inside running text it is more likely a ratio or a typo than
// structure, and one bad number must not cost the user the whole file.
#ifndef CLAIMKB_CORE_SRC_INLINE_TIMESTAMPS_H_
#define CLAIMKB_CORE_SRC_INLINE_TIMESTAMPS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/episode.h"

namespace claimkb::internal {

// One stamp found in a line.
struct InlineStamp {
  TimeRange range;         // start_s == end_s for a single time.
  std::size_t begin = 0;   // Byte span in the line, brackets, backticks and
  std::size_t end = 0;     // the link's "(url)" included.
  std::string link;        // URL of a linked stamp; empty otherwise.
  std::optional<int> link_seconds;  // The time the link opens (t=, start=, #t=).
  std::string keep;                 // Text that stays in the line in the stamp's place (a
                                    // link's label that says more than "link").
};

// Bytes of the pictographs or bullet dots a line opens with ("🚀 ", "🇨🇳 ",
// "✍️ ", "· ", "• "), the spaces after them included; 0 when it opens with
// something else. Video summarisers and show notes set one before each
// point's clock, and AI notes before a heading's name ("## 📚 Transcript").
std::size_t LeadingPictographs(std::string_view line);

// Every stamp in `line`, left to right. Bracketed stamps may stand anywhere;
// a bare clock ("00:01:24 — 标题") counts only at the very start of the line,
// where nothing else but a time is meant.
std::vector<InlineStamp> FindInlineStamps(std::string_view line);

// "[(link)](https://youtu.be/ID?t=754)", "[B站](…BV1xx?t=305)": links that
// open the episode's own media (same video or page as `episode_url`) at a
// time, whatever their label says; a clock label is FindInlineStamps' job.
// A label of a few characters, or in brackets, is a pointer and goes with
// the stamp; a longer one stays in the text (`keep`).
std::vector<InlineStamp> FindEpisodeLinkStamps(std::string_view line, std::string_view episode_url);

// Whether two URLs open the same video or page: YouTube's video id in any of
// its URL forms, otherwise host (without "www."/"m.") and path.
bool SameMedia(std::string_view a, std::string_view b);

// The time a media URL opens at: "t=750", "t=750s", "t=4m34s", "t=1h2m3s",
// "start=750", "#t=750". nullopt when the URL names no time.
std::optional<int> UrlTimeSeconds(std::string_view url);

// `line` without the given stamps (as found by FindInlineStamps), with the
// spaces and list separators ("、", ",") they leave behind tidied away.
std::string RemoveStamps(std::string_view line, const std::vector<InlineStamp>& stamps);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_SRC_INLINE_TIMESTAMPS_H_
