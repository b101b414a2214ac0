// Standard transcript files that claimkb reads besides Markdown digests:
// WebVTT (.vtt), SubRip (.srt) and Podcasting 2.0 JSON transcripts (the
// application/json type of the `podcast:transcript` tag). ParseDigest reads
// all three; this header lets a caller (the ingester's directory walk) tell
// them apart from other files by their content, not their name.
#ifndef CLAIMKB_CORE_TRANSCRIPT_FORMAT_H_
#define CLAIMKB_CORE_TRANSCRIPT_FORMAT_H_

#include <string_view>

namespace claimkb {

enum class TranscriptFormat {
  kNone,         // Not a transcript format; Markdown or anything else.
  kWebVtt,       // Starts with the "WEBVTT" signature line.
  kSrt,          // First non-empty lines: a cue number, then "00:00:01,000 --> ...".
  kPodcastJson,  // A JSON object with a top-level "segments" array.
};

// "webvtt", "srt", "podcast-json" or "none".
const char* TranscriptFormatName(TranscriptFormat format);

// Recognises the format from the bytes alone (a UTF-8 BOM is allowed). Linear
// in the size of `bytes` and never fails: malformed content that carries a
// format's signature is still reported as that format, so that reading it
// names the bad line instead of treating the file as Markdown. A JSON object
// followed by more text (JSON front matter of a Markdown file) is kNone.
TranscriptFormat SniffTranscriptFormat(std::string_view bytes);

}  // namespace claimkb

#endif  // CLAIMKB_CORE_TRANSCRIPT_FORMAT_H_
