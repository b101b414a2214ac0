#include "transcript_reader.h"

#include "claimkb/core/transcript_format.h"
#include "podcast_json_reader.h"
#include "srt_reader.h"
#include "webvtt_reader.h"

namespace claimkb::internal {

std::optional<Result<Episode>> ReadTranscriptFormat(std::string_view body, const std::string& path,
                                                    const std::string& content_hash) {
  switch (SniffTranscriptFormat(body)) {
    case TranscriptFormat::kNone:
      return std::nullopt;
    case TranscriptFormat::kWebVtt:
      return ReadWebVtt(body, path, content_hash);
    case TranscriptFormat::kSrt:
      return ReadSrt(body, path, content_hash);
    case TranscriptFormat::kPodcastJson:
      return ReadPodcastJson(body, path, content_hash);
  }
  return std::nullopt;
}

}  // namespace claimkb::internal
