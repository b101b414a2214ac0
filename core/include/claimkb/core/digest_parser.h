// Markdown digest → Episode. The parser understands every layout found in
// real digests: cover metadata (标题/链接/发布日期/覆盖时长/识别说话人, their
// English equivalents, YAML or JSON frontmatter), summary sections, full-text
// sections with timestamped "###" headings, speaker turns in their several
// spellings, bullets and the editor's highlights.
#ifndef CLAIMKB_CORE_DIGEST_PARSER_H_
#define CLAIMKB_CORE_DIGEST_PARSER_H_

#include <string>
#include <string_view>

#include "claimkb/core/episode.h"
#include "claimkb/core/result.h"

namespace claimkb {

struct ParseOptions {
  // Files larger than this are rejected with kParse before parsing: digests
  // are a few tens of kilobytes, and a huge file is almost always a mistake.
  std::size_t max_bytes = 8u << 20;  // Default: 8 MiB.
  // Accept a file that looks like a note (no source, no timestamps, no
  // speakers) instead of refusing it with kNotADigest.
  bool as_note = false;  // Default: refuse notes.
  // The folder's sidecar metadata (PodWiki keeps an episode's facts in a
  // README.md beside its summary and transcripts): its front matter fills
  // what the file itself leaves out. ParseDigestFile finds it; empty: none.
  std::string sidecar_path;
  std::string sidecar_bytes;
};

// Parses `bytes`, the whole content of the file at `path` (used in errors and
// stored in Episode::path). Accepts a UTF-8 BOM and CRLF line endings.
// Errors: kParse for empty, binary or invalid UTF-8 input, for impossible
// timestamps (25:99:99) and for ranges that run backwards, always with the
// line; kNotADigest for Markdown that is a note rather than an episode digest
// (no cover metadata, no timed sections, no speaker turns), with the reason.
Result<Episode> ParseDigest(std::string_view bytes, const std::string& path,
                            const ParseOptions& options = {});

// Reads a file and parses it. Adds kIO for unreadable files.
Result<Episode> ParseDigestFile(const std::string& path, const ParseOptions& options = {});

// FNV-1a 64 of `bytes` as 16 lower-case hex digits: the episode content hash.
std::string ContentHash(std::string_view bytes);

}  // namespace claimkb

#endif  // CLAIMKB_CORE_DIGEST_PARSER_H_
