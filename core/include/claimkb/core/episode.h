// The parsed shape of one digest: an Episode made of Sections, each made of
// speaker Turns, each made of Paragraphs (a bullet or a run of text). Every
// element keeps the 1-based source line it came from so that a claim can be
// cited back to the exact line of the Markdown file.
#ifndef CLAIMKB_CORE_EPISODE_H_
#define CLAIMKB_CORE_EPISODE_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace claimkb {

// A span of the episode's media, in whole seconds from its start.
struct TimeRange {
  int start_s = 0;  // Inclusive.
  int end_s = 0;    // Inclusive; never before start_s (the parser rejects that).
};

enum class SectionKind {
  kSummary,   // The editor's summary or key points (摘要, 要点, Summary ...).
  kFullText,  // A timed or untimed part of the transcript digest (### under 全文).
  kOther,     // Anything else (cover, contact details); never yields claims.
};

const char* SectionKindName(SectionKind kind);  // "summary", "fulltext", "other".

// One bullet or one run of prose. `text` is as written (Markdown marks kept,
// bullet marker and indentation removed); `plain` has the marks stripped.
struct Paragraph {
  int line = 0;                         // 1-based source line.
  std::string text;                     // As written, minus the leading "- ".
  std::string plain;                    // Without **, ==, `, link syntax.
  bool bullet = false;                  // Started with "-", "*", "+" or "1.".
  int depth = 0;                        // Nesting level of the bullet (0 = top).
  std::vector<std::string> highlights;  // Plain text of each **bold** / ==mark== run.
  // The moment the paragraph itself names: a transcript line's "[00:00:07]", a
  // summary point's trailing "`[00:00:40-00:01:20]`" or the times its citation
  // field lists ("原文定位：[00:49:53]、[00:51:28]"). Overrides the turn's and the
  // section's range for its claims.
  std::optional<TimeRange> range;
  // Someone the digest reports ("**Sholto**认为…"): the paragraph's claims are
  // that person's, modality reported. Empty when the paragraph is the turn's.
  std::string reported_speaker;
  // The bytes of `plain` that are the reported person's: a recap's lead-in
  // before a quotation ("这是最具冲击力的论断。杨帆说：“…”") stays the
  // turn's. reported_end 0 means to the end; both 0, the whole paragraph.
  std::size_t reported_begin = 0;
  std::size_t reported_end = 0;
  // Byte ranges of `plain` that the reader added from the layout, not the
  // line's own words: a table row's column names ("RULER：78.4"). A name
  // found there is the claim's context, as a turn's subject is: inferred.
  std::vector<std::pair<std::size_t, std::size_t>> context_spans;
  // The same words in the other language, when the digest gives both
  // ("<details><summary>Original English</summary>"): searchable, never a claim.
  std::string translation;
};

// What one speaker says in one go. A turn with an empty speaker holds text
// that nobody is named for: the editor's words in a summary, narration in an
// untimed article.
struct Turn {
  std::string speaker;             // Name as written, e.g. "田博士", "Lance"; may be empty.
  std::string speaker_note;        // Bracketed addition: "LangChain", "追问", "Jerry".
  int line = 0;                    // Line of the speaker label (or first paragraph).
  std::optional<TimeRange> range;  // Turn-level range, as in "**田博士**（00:31:47 - 00:33:56）：".
  // Words spoken in the episode, never the editor's: by someone the file
  // does not name (a raw transcript's lines, nobody's claims), or, inside a
  // summary, a passage the file gives as said under a name (a highlight
  // export's "Transcript:"), the named speaker's.
  bool spoken = false;
  std::vector<Paragraph> paragraphs;
};

struct Section {
  SectionKind kind = SectionKind::kOther;
  std::string title;               // Heading text without the time range.
  int line = 0;                    // Line of the heading.
  int level = 2;                   // 2 for "##", 3 for "###".
  std::optional<TimeRange> range;  // From the heading, when it has one.
  std::vector<Turn> turns;
};

// What the reader recognised in a file, for `claimkb ingest --explain`: where
// each metadata value came from, which timestamp forms it met, and the blocks
// it read as something other than claims, with the reason.
struct ReadReport {
  struct Field {
    std::string name;    // "title", "url", "date", "speakers", ...
    std::string value;
    std::string origin;  // "front matter `source_url`", "cover line 12", "sidecar README.md".
  };
  struct Skipped {
    int line = 0;
    std::string reason;
  };
  std::string format;                     // "markdown digest", "WebVTT", ...
  std::vector<Field> fields;              // In the order they were taken.
  std::vector<std::string> stamp_styles;  // Distinct timestamp forms, first seen first.
  int stamps = 0;                         // Timestamps read in all.
  std::vector<Skipped> skipped;           // Blocks that gave no claims, and why.
  std::vector<std::string> notes;         // Anything else worth telling ("label vs link").
};

struct Episode {
  std::string path;                          // File it was parsed from, as given.
  std::string content_hash;                  // 16 hex digits, FNV-1a 64 of the raw bytes.
  std::string title;                         // 标题 / Title; falls back to the first heading.
  std::string url;                           // 链接 / Link; empty when absent.
  std::string date;                          // 发布日期 as YYYY-MM-DD; empty when unknown.
  int duration_s = -1;                       // 覆盖时长; -1 when absent.
  std::vector<std::string> listed_speakers;  // 识别说话人 as listed in the cover.
  std::vector<std::string> hosts;            // Those the metadata names as hosts (主持人).
  std::string show;                          // Channel or show ("Lex Fridman"); may be empty.
  std::string video_id;                      // YouTube id from metadata; may be empty.
  std::string author;                        // Byline of an article; may be empty.
  // An episode folder that holds this file with its siblings (PodWiki's
  // summary.zh-CN.md beside transcript.en.md): files of one folder are one
  // episode when nothing else (a URL) says which. Empty otherwise.
  std::string episode_folder;
  // Labels the file says are people known by another name ("Tina" for
  // 唐语桐, 发言人1 for 周牧川), from a speaker key or its own words; the
  // turns carry the names. Not stored: extraction reads them so that a label
  // is never taken for a new model or benchmark.
  std::vector<std::string> person_labels;
  ReadReport report;                         // What the reader recognised (not stored).
  std::vector<Section> sections;             // In file order.
  int line_count = 0;                        // Lines in the file.

  // The distinct speaker names of all turns, in order of first appearance.
  std::vector<std::string> Speakers() const;
};

// "01:02:03" for 3723; "1:02:03"-style input is accepted by the parser only.
std::string FormatSeconds(int seconds);

}  // namespace claimkb

#endif  // CLAIMKB_CORE_EPISODE_H_
