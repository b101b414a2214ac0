// WebVTT, SRT and Podcasting 2.0 JSON transcripts read through ParseDigest.
// Each case prints the structure the reader recognised (speaker, line and
// range of every turn; line and text of every paragraph) and compares it
// with a description written by hand from the input.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimkb/core/digest_parser.h"
#include "claimkb/core/transcript_format.h"

namespace claimkb {
namespace {

namespace fs = std::filesystem;
const fs::path kSamples = fs::path(CLAIMKB_SOURCE_DIR) / "data" / "samples";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The recognised structure, one line per turn and per paragraph:
//   title | lines | duration | section kind, title, range
//   turn <speaker or -> @<line> [<start>-<end>]
//     <line>: <text>
std::string Describe(const Episode& episode) {
  std::ostringstream out;
  out << "title " << episode.title << " | lines " << episode.line_count << " | duration "
      << episode.duration_s << "\n";
  for (const Section& section : episode.sections) {
    out << "section " << SectionKindName(section.kind) << " " << section.title;
    if (section.range) out << " [" << section.range->start_s << "-" << section.range->end_s << "]";
    out << "\n";
    for (const Turn& turn : section.turns) {
      out << "turn " << (turn.speaker.empty() ? "-" : turn.speaker) << " @" << turn.line;
      if (turn.range) out << " [" << turn.range->start_s << "-" << turn.range->end_s << "]";
      out << "\n";
      for (const Paragraph& paragraph : turn.paragraphs) {
        out << "  " << paragraph.line << ": " << paragraph.plain << "\n";
      }
    }
  }
  return out.str();
}

struct StructureCase {
  const char* name;
  std::string path;   // Sample file name, or the name given to `input`.
  std::string input;  // Empty: read the sample file.
  std::string expected;
};

std::string Crlf(std::string text) {
  std::string out;
  for (char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return out;
}

std::string ManyWords(int count) {
  std::string json = "{\"segments\": [\n";  // Line 1; segment k is on line k + 1.
  for (int k = 0; k < count; ++k) {
    json += "{\"speaker\": \"Ana\", \"startTime\": " + std::to_string(k * 0.1) +
            ", \"endTime\": " + std::to_string(k * 0.1 + 0.1) + ", \"body\": \"word\"}" +
            (k + 1 < count ? ",\n" : "\n");
  }
  return json + "]}\n";
}

TEST_CASE("transcript files are read into turns and paragraphs", "[transcript]") {
  const std::vector<StructureCase> cases = {
      // Voice tags; an unlabelled cue continues Maya; "00:20.000" short form;
      // <i>, <c.x>, </v>, &amp; and inline timestamps stripped; NOTE, STYLE,
      // header metadata and the cue identifier skipped. Maya's first cue ends
      // a sentence, so her next cue starts a paragraph of its own.
      {"WebVTT sample", "tensor-teahouse-ep12.vtt", "",
       "title Tensor Teahouse 12: long context and memory | lines 32 | duration 31\n"
       "section fulltext Transcript [1-31]\n"
       "turn 林岚 @13 [1-4]\n"
       "  13: 欢迎回到张量茶馆。今天聊长上下文和记忆。\n"
       "turn Maya Brooks @16 [4-12]\n"
       "  16: Thanks for having me. I think DeepSeek-R1 is really strong at multi-step math.\n"
       "  20: But it still struggles when the prompt is very long.\n"
       "turn 林岚 @23 [15-19]\n"
       "  23: 我同意。Qwen 的上下文窗口涨得很快，但是真实文档更难。\n"
       "turn Maya Brooks @26 [20-27]\n"
       "  26: Exactly & the gap shows up in long tasks.\n"
       "  29: Agents need better memory.\n"
       "turn 林岚 @32 [28-31]\n"
       "  32: 下一期我们聊蒸馏。\n"},
      // "Name：" and "Name:" labels (each used twice, so the file uses
      // labels), "[Name]", [Music] dropped, <i> and {\an8} stripped; 林岚's
      // two cues form one sentence, joined without a space; Maya's last cue
      // comes 4 s after her previous one and starts a new turn.
      {"SRT sample", "tensor-teahouse-ep13.srt", "",
       "title tensor-teahouse-ep13 | lines 32 | duration 62\n"
       "section fulltext Transcript [2-62]\n"
       "turn 林岚 @7 [2-5]\n"
       "  7: 欢迎收听张量茶馆第十三期。\n"
       "turn Maya Brooks @11 [5-12]\n"
       "  11: Open weights models caught up faster than I expected.\n"
       "  16: Especially on math benchmarks.\n"
       "turn 林岚 @20 [12-19]\n"
       "  20: 但是推理成本还是很高，尤其是长上下文的时候。\n"
       "turn Maya Brooks @28 [24-27]\n"
       "  28: True, and latency matters for agents.\n"
       "turn Maya Brooks @32 [31-62]\n"
       "  32: We measured it on our own tasks last month.\n"},
      // Word segments merged into sentences; the segment without a speaker
      // continues 林岚; 3.9 s of silence splits Maya's last turn.
      {"Podcasting 2.0 JSON sample", "tensor-teahouse-ep14.json", "",
       "title tensor-teahouse-ep14 | lines 23 | duration 17\n"
       "section fulltext Transcript [0-17]\n"
       "turn Maya Brooks @4 [0-4]\n"
       "  4: Reasoning models think longer.\n"
       "  8: That helps on GPQA.\n"
       "turn 林岚 @12 [4-9]\n"
       "  12: 可是等待时间太长了。\n"
       "  14: 用户不会等一分钟。\n"
       "turn Maya Brooks @15 [9-10]\n"
       "  15: Fair point.\n"
       "turn Maya Brooks @17 [14-17]\n"
       "  17: Anyway, distillation closes the gap.\n"},
      // Two voices in one cue; a cue without a blank line after the header;
      // ruby annotations and character references; YouTube's rolling repeat
      // of the previous cue's last line (line 14) dropped; a cue missing its
      // blank line before it (line 16); a 4 s pause.
      {"WebVTT edge cases", "inline.vtt",
       "WEBVTT\n"                                          // 1
       "00:00.000 --> 00:02.000\n"                         // 2
       "<v Ana>Hello there.\n"                             // 3
       "<v Bo>Hi Ana!\n"                                   // 4
       "\n"                                                // 5
       "NOTE a comment\n"                                  // 6
       "that spans lines\n"                                // 7
       "\n"                                                // 8
       "c2\n"                                              // 9
       "00:02.000 --> 00:04.000\n"                         // 10
       "<ruby>漢<rt>kan</rt></ruby>字 &lt;3 &#x4E2D;文\n"  // 11
       "\n"                                                // 12
       "00:04.000 --> 00:06.000\n"                         // 13
       "漢字 <3 中文\n"                                    // 14
       "And more.\n"                                       // 15
       "00:06.500 --> 00:08.000\n"                         // 16
       "<v Bo>Missing blank line before me.\n"             // 17
       "\n"                                                // 18
       "00:12.000 --> 00:13.000\n"                         // 19
       "<v Bo>After a pause.\n",                           // 20
       "title inline | lines 20 | duration 13\n"
       "section fulltext Transcript [0-13]\n"
       "turn Ana @3 [0-2]\n"
       "  3: Hello there.\n"
       "turn Bo @4 [0-8]\n"
       "  4: Hi Ana!\n"
       "  11: 漢字 <3 中文 And more.\n"
       "  17: Missing blank line before me.\n"
       "turn Bo @20 [12-13]\n"
       "  20: After a pause.\n"},
      // CRLF; no cue number before a cue; "." for ","; SRT's box coordinates
      // after the end time; ">>" marks without names; text after a stray blank
      // line continues its cue; a single "Note:" in a file without labels is
      // text, not a speaker, so nobody is named.
      {"SRT without speakers", "inline.srt",
       Crlf("1\n"                                                        // 1
            "00:00:01.000 --> 00:00:03.000\n"                            // 2
            "Note: this file has no speakers.\n"                         // 3
            "\n"                                                         // 4
            "00:00:03,000 --> 00:00:05,000\n"                            // 5
            ">> Welcome back.\n"                                         // 6
            "\n"                                                         // 7
            "3\n"                                                        // 8
            "00:00:05,000 --> 00:00:07,000\n"                            // 9
            "- the first part\n"                                         // 10
            "\n"                                                         // 11
            "and the rest, after a stray blank line.\n"                  // 12
            "\n"                                                         // 13
            "4\n"                                                        // 14
            "00:00:07,000 --> 00:00:08,000 X1:100 X2:200 Y1:10 Y2:20\n"  // 15
            ">> Thanks for having me.\n"),                               // 16
       "title inline | lines 16 | duration 8\n"
       "section fulltext Transcript [1-8]\n"
       "turn - @3 [1-8]\n"
       "  3: Note: this file has no speakers.\n"
       "  6: Welcome back.\n"
       "  10: - the first part and the rest, after a stray blank line.\n"
       "  16: Thanks for having me.\n"},
      // Whisper-style fields; Chinese pieces joined without spaces, a body's
      // line break and leading space squeezed; no speakers at all.
      {"JSON with whisper fields", "inline-whisper.json",
       "{\"segments\": [\n"                                             // 1
       " {\"start\": 0, \"end\": 0.4, \"text\": \"我\"},\n"             // 2
       " {\"start\": 0.4, \"end\": 0.8, \"text\": \"觉得\"},\n"         // 3
       " {\"start\": 0.8, \"end\": 1.6, \"text\": \"这个\\n模型\"},\n"  // 4
       " {\"start\": 1.6, \"end\": 2.0, \"text\": \" very good\"}\n"    // 5
       "]}\n",                                                          // 6
       "title inline-whisper | lines 6 | duration 2\n"
       "section fulltext Transcript [0-2]\n"
       "turn - @2 [0-2]\n"
       "  2: 我觉得这个 模型 very good\n"},
      // 150 unpunctuated words: a paragraph closes once it reaches 600 bytes,
      // after word 121 ("word" + 120 × " word" = 604 bytes); word 122 is on
      // line 123. Times: 150 × 0.1 s.
      {"JSON without punctuation", "words.json", ManyWords(150),
       "title words | lines 152 | duration 15\n"
       "section fulltext Transcript [0-15]\n"
       "turn Ana @2 [0-15]\n"
       "  2: " +
           [] {
             std::string words = "word";
             for (int k = 1; k < 121; ++k) words += " word";
             return words;
           }() +
           "\n"
           "  123: " +
           [] {
             std::string words = "word";
             for (int k = 1; k < 29; ++k) words += " word";
             return words;
           }() +
           "\n"},
  };
  for (const StructureCase& c : cases) {
    SECTION(c.name) {
      const bool sample = c.input.empty();
      const std::string path = sample ? (kSamples / c.path).string() : c.path;
      Result<Episode> episode = sample ? ParseDigestFile(path) : ParseDigest(c.input, path);
      if (!episode) FAIL(episode.error().ToString());
      const std::string described = Describe(*episode);
      INFO(described);  // The recognised structure, printed on failure and with -s.
      CHECK(described == c.expected);
      CHECK(episode->path == path);
      CHECK(episode->url.empty());
      CHECK(episode->date.empty());
      const std::string bytes = sample ? ReadFile(path) : c.input;
      CHECK(episode->content_hash == ContentHash(bytes));
    }
  }
}

TEST_CASE("the three samples name the same two speakers", "[transcript]") {
  for (const char* name :
       {"tensor-teahouse-ep12.vtt", "tensor-teahouse-ep13.srt", "tensor-teahouse-ep14.json"}) {
    INFO(name);
    Result<Episode> episode = ParseDigestFile((kSamples / name).string());
    REQUIRE(episode.has_value());
    std::vector<std::string> speakers = episode->Speakers();
    std::sort(speakers.begin(), speakers.end());
    CHECK(speakers == std::vector<std::string>{"Maya Brooks", "林岚"});
  }
}

struct ErrorCase {
  const char* name;
  std::string path;
  std::string input;
  ErrorCode code;
  int line;
  std::string message_part;
};

TEST_CASE("malformed transcripts are errors that name the line", "[transcript]") {
  const std::vector<ErrorCase> cases = {
      {"VTT bad end time", "a.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nhi\n",
       ErrorCode::kParse, 3, "bad end time"},
      {"VTT minutes of 60", "a.vtt", "WEBVTT\n\n00:60:00.000 --> 01:00:00.000\nhi\n",
       ErrorCode::kParse, 3, "bad start time"},
      {"VTT end before start", "a.vtt", "WEBVTT\n\n1\n00:00:05.000 --> 00:00:01.000\nhi\n",
       ErrorCode::kParse, 4, "before it starts"},
      {"VTT identifier without timing", "a.vtt", "WEBVTT\n\nintro\nhello\n", ErrorCode::kParse, 4,
       "expected a cue timing line"},
      {"VTT stray block", "a.vtt", "WEBVTT\n\nstray text\n\n00:00:01.000 --> 00:00:02.000\nhi\n",
       ErrorCode::kParse, 3, "text outside a cue"},
      {"VTT without cues", "a.vtt", "WEBVTT\n\nNOTE nothing here\n", ErrorCode::kNotADigest, 0,
       "no cue text"},
      {"SRT timing with a single arrow", "a.srt",
       "1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\n00:00:02,000 -> 00:00:03,000\nho\n",
       ErrorCode::kParse, 6, "expected a timing line after the cue number on line 5"},
      {"SRT end before start", "a.srt", "1\n00:00:04,000 --> 00:00:01,000\nhi\n", ErrorCode::kParse,
       2, "before it starts"},
      {"SRT cue number at the end", "a.srt", "1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\n",
       ErrorCode::kParse, 5, "no timing line"},
      {"JSON syntax error", "a.json",
       "{\"segments\": [\n"
       "  {\"startTime\": 1, \"endTime\": 2, \"body\": \"a\"},\n"
       "  {\"startTime\": 2 \"endTime\": 3, \"body\": \"b\"}\n"
       "]}\n",
       ErrorCode::kParse, 3, "invalid JSON"},
      {"JSON truncated", "a.json", "{\"segments\": [\n{\"startTime\": 1,", ErrorCode::kParse, 2,
       "invalid JSON"},
      {"JSON end before start", "a.json",
       "{\"segments\": [\n"
       "  {\"startTime\": 1, \"endTime\": 2, \"body\": \"a\"},\n"
       "  {\"startTime\": 5, \"endTime\": 3, \"body\": \"b\"}\n"
       "]}\n",
       ErrorCode::kParse, 3, "segment 2 ends before it starts"},
      {"JSON missing start", "a.json", "{\"segments\": [\n  {\"endTime\": 2, \"body\": \"a\"}\n]}",
       ErrorCode::kParse, 2, "no numeric \"startTime\""},
      {"JSON absurd time", "a.json",
       "{\"segments\": [\n  {\"startTime\": 1e300, \"endTime\": 1e301, \"body\": \"a\"}\n]}",
       ErrorCode::kParse, 2, "impossible \"startTime\""},
      {"JSON segment not an object", "a.json", "{\"segments\": [\n  \"hello\"\n]}",
       ErrorCode::kParse, 2, "segment 1 is not an object"},
      {"JSON without segments", "a.json", "{\"segments\": []}", ErrorCode::kNotADigest, 0,
       "no cue text"},
  };
  for (const ErrorCase& c : cases) {
    SECTION(c.name) {
      Result<Episode> result = ParseDigest(c.input, c.path);
      REQUIRE_FALSE(result.has_value());
      INFO(result.error().ToString());
      CHECK(result.error().code == c.code);
      CHECK(result.error().line == c.line);
      CHECK(result.error().file == c.path);
      CHECK(result.error().message.find(c.message_part) != std::string::npos);
    }
  }
}

TEST_CASE("transcript formats are recognised by content", "[transcript]") {
  const std::vector<std::pair<std::string, TranscriptFormat>> cases = {
      {"WEBVTT\n", TranscriptFormat::kWebVtt},
      {"\xEF\xBB\xBFWEBVTT - a title\r\n", TranscriptFormat::kWebVtt},
      {"WEBVTTX\n", TranscriptFormat::kNone},
      {"\n\n1\n00:00:01,000 --> 00:00:02,000\nx\n", TranscriptFormat::kSrt},
      {"00:00:01,000 --> 00:00:02,000\nx\n", TranscriptFormat::kSrt},
      {"1\nhello\n", TranscriptFormat::kNone},
      {"A --> B\n", TranscriptFormat::kNone},
      {"{\"version\":\"1.0.0\",\"segments\":[]}", TranscriptFormat::kPodcastJson},
      {" {\"segments\" : [ {\"startTime\": 1", TranscriptFormat::kPodcastJson},  // Truncated.
      // JSON front matter of a Markdown digest is not a transcript.
      {"{\"segments\": []}\n# Title\n", TranscriptFormat::kNone},
      {"{\"title\": \"x\", \"nested\": {\"segments\": []}}", TranscriptFormat::kNone},
      {"{\"segments\": \"none\"}", TranscriptFormat::kNone},
      {"{\"a\": \"\\\"segments\\\": [\", \"b\": 1}", TranscriptFormat::kNone},
      {"## 标题\n**Ana**：你好\n", TranscriptFormat::kNone},
  };
  for (const auto& [bytes, format] : cases) {
    INFO(bytes);
    CHECK(std::string(TranscriptFormatName(SniffTranscriptFormat(bytes))) ==
          TranscriptFormatName(format));
  }
}

TEST_CASE("a transcript with thousands of cues reads in one pass", "[transcript]") {
  // 20,000 cues alternating between two speakers: every cue is its own turn.
  std::string vtt = "WEBVTT\n\n";
  for (int k = 0; k < 20000; ++k) {
    const int s = k * 2;
    char timing[64];
    std::snprintf(timing, sizeof timing, "%02d:%02d:%02d.000 --> %02d:%02d:%02d.500\n", s / 3600,
                  s / 60 % 60, s % 60, s / 3600, s / 60 % 60, s % 60);
    vtt += timing;
    vtt += k % 2 == 0 ? "<v Ana>Point number " : "<v Bo>Reply number ";
    vtt += std::to_string(k) + ".\n\n";
  }
  Result<Episode> episode = ParseDigest(vtt, "long.vtt");
  REQUIRE(episode.has_value());
  REQUIRE(episode->sections.size() == 1);
  const std::vector<Turn>& turns = episode->sections[0].turns;
  REQUIRE(turns.size() == 20000);
  // Cue k's timing is on line 3 + 3k, its text on the line after.
  CHECK(turns[19999].line == 4 + 3 * 19999);
  CHECK(turns[19999].speaker == "Bo");
  CHECK(turns[19999].range->start_s == 2 * 19999);
  CHECK(episode->duration_s == 2 * 19999);
}

TEST_CASE("unclosed markup on a long line is kept as text in one pass", "[transcript]") {
  // Every "<a" lacks its '>', every '&' its ';', every "{\\" its '}': all of
  // it stays as written, and no search runs to the end of the line again.
  std::string line;
  for (int k = 0; k < 200000; ++k) line += "<a&{\\";
  Result<Episode> episode =
      ParseDigest("1\n00:00:01,000 --> 00:00:02,000\n" + line + "\n", "long.srt");
  REQUIRE(episode.has_value());
  REQUIRE(episode->sections.at(0).turns.size() == 1);
  CHECK(episode->sections[0].turns[0].paragraphs.at(0).plain == line);
}

TEST_CASE("only tags are stripped from cue text", "[transcript]") {
  // "<3 and <b>": the first '<' is followed by another before any '>', and a
  // digit after '<' opens a tag only when it is a timestamp.
  Result<Episode> episode = ParseDigest(
      "WEBVTT\n\n00:01.000 --> 00:02.000\n<b>I</b> <3 this <00:01.500>and <1 more>.\n", "tags.vtt");
  REQUIRE(episode.has_value());
  CHECK(episode->sections.at(0).turns.at(0).paragraphs.at(0).plain == "I <3 this and <1 more>.");
}

}  // namespace
}  // namespace claimkb
