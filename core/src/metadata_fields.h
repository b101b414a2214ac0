// One table of metadata keys for every place a digest states its episode's
// facts: front matter (any pipeline's key names, nested or flat), cover
// blocks ("- 链接：", "**Podcast:**", "- **Published:** ...") and the sidecar
// README.md / index.md of an episode folder. Keys are matched case-blind
// and without "_", "-" or spaces, so "source_url", "Source URL" and
// "sourceUrl" are one key.
#ifndef CLAIMKB_CORE_SRC_METADATA_FIELDS_H_
#define CLAIMKB_CORE_SRC_METADATA_FIELDS_H_

#include <string>
#include <string_view>

namespace claimkb::internal {

enum class MetaKey {
  kNone,
  kTitle,
  kUrl,         // The episode's page or media.
  kVideoId,     // A YouTube id: gives the URL when nothing else does.
  kDate,        // Publication date.
  kDuration,    // "1:55:10", "01:15:04" or seconds.
  kDurationMs,  // Milliseconds (PodWiki's duration_ms).
  kSpeakers,    // People in the episode, hosts and guests alike.
  kHosts,       // People the metadata names as hosts (主持人): speakers too.
  kShow,        // Channel, show or podcast.
  kAuthor,      // Byline of an article: its claims are the author's.
  kProperty,    // A note tool's own field (tags, created, status): skipped.
};

// A front matter path such as "title", "source_url", "participants.name" or
// "sources.url". Nested keys count only under the containers that hold them
// ("participants.profile.title" is not the episode's title).
MetaKey ClassifyFrontMatterPath(std::string_view path);

// A cover block's key, as written before its colon: "标题", "Link", "Video URL".
MetaKey ClassifyCoverKey(std::string_view key);

// Lower-case ASCII without "_", "-", "/" and spaces: the matching form of a key.
std::string KeyForm(std::string_view key);

const char* MetaKeyName(MetaKey key);  // "title", "url", ... for reports.

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_SRC_METADATA_FIELDS_H_
