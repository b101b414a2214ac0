#include "transcript_reader.h"

#include "claimkb/core/transcript_format.h"
#include "podcast_json_reader.h"
#include "srt_reader.h"
#include "webvtt_reader.h"

namespace claimkb::internal {

std::optional<Result<Episode>> ReadTranscriptFormat(std::string_view body, const std::string& path,
                                                    const std::string& content_hash) {
  std::optional<Result<Episode>> episode;
  const char* name = "";
  switch (SniffTranscriptFormat(body)) {
    case TranscriptFormat::kNone:
      return std::nullopt;
    case TranscriptFormat::kWebVtt:
      episode = ReadWebVtt(body, path, content_hash), name = "WebVTT";
      break;
    case TranscriptFormat::kSrt:
      episode = ReadSrt(body, path, content_hash), name = "SRT";
      break;
    case TranscriptFormat::kPodcastJson:
      episode = ReadPodcastJson(body, path, content_hash), name = "Podcasting 2.0 JSON";
      break;
  }
  if (episode && *episode) (**episode).report.format = name;
  return episode;
}

}  // namespace claimkb::internal
