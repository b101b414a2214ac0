// Behaviour of the digest parser on small inputs written for each case. The
// real corpus is exercised in corpus_parse_test.cc.
#include "claimkb/core/digest_parser.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

namespace claimkb {
namespace {

// A complete small digest in the corpus layout. Line numbers matter to the
// tests below: the heading "### 开场" is line 14.
constexpr const char* kDigest =
    "## 封面\n"                                              // 1
    "- 标题：测试节目\n"                                     // 2
    "- 链接：https://www.youtube.com/watch?v=testDigest1\n"  // 3
    "- 发布日期：2025-11-20\n"                               // 4
    "- 覆盖时长：01:15:04\n"                                 // 5
    "- 识别说话人：甲, 乙, Sam Altman\n"                     // 6
    "\n"                                                     // 7
    "## 摘要：\n"                                            // 8
    "- **第一条要点**，以及 ==第二处标记==。\n"              // 9
    "  - 嵌套的要点\n"                                       // 10
    "\n"                                                     // 11
    "## 全文\n"                                              // 12
    "开场白没有说话人。\n"                                   // 13
    "### 开场（00:00:00 - 00:01:06）\n"                      // 14
    "**主持人**：欢迎收看。\n"                               // 15
    "**嘉宾甲**（00:00:30 - 00:01:00）：\n"                  // 16
    "- 第一点。\n"                                           // 17
    "- 第二点。\n"                                           // 18
    "### 第二段 (1:02:03–1:05:00)\n"                         // 19
    "Lance（LangChain）：我来补充。\n"                       // 20
    "结论：这一行不是说话人。\n"                             // 21
    "**股东（追问）**：还有问题吗？\n"                       // 22
    "**（抛砖引玉）嘉宾**（00:34:01 - 00:35:28）：\n"        // 23
    "- 要点一\n"                                             // 24
    "**Nathan：**冒号在粗体里面。\n"                         // 25
    "Sam Altman: an ASCII colon works too.\n"                // 26
    "\n"                                                     // 27
    "——\n"                                                   // 28
    "\n"                                                     // 29
    "加粗摘选：\n"                                           // 30
    "- **编者的重点。**\n"                                   // 31
    "\n"                                                     // 32
    "## 欢迎交流与合作\n"                                    // 33
    "联系方式。\n";                                          // 34

// The small inputs below test one form each and often name no source, time
// or speaker, so they are read with as_note; the note rule has its own test.
Episode MustParse(std::string_view text, const std::string& path = "test.md") {
  ParseOptions options;
  options.as_note = true;
  Result<Episode> result = ParseDigest(text, path, options);
  if (!result) FAIL(result.error().ToString());
  return *result;
}

Error MustFail(std::string_view text, const ParseOptions& options = {}) {
  Result<Episode> result = ParseDigest(text, "bad.md", options);
  REQUIRE_FALSE(result.has_value());
  return result.error();
}

TEST_CASE("cover metadata is read from 封面 bullets", "[parser]") {
  const Episode e = MustParse(kDigest);
  CHECK(e.title == "测试节目");
  CHECK(e.url == "https://www.youtube.com/watch?v=testDigest1");
  CHECK(e.date == "2025-11-20");
  CHECK(e.duration_s == 4504);  // 1 h 15 min 4 s.
  CHECK(e.listed_speakers == std::vector<std::string>{"甲", "乙", "Sam Altman"});
  CHECK(e.line_count == 34);
  CHECK(e.path == "test.md");
}

TEST_CASE("sections get kinds, levels, titles, lines and ranges", "[parser]") {
  const Episode e = MustParse(kDigest);
  REQUIRE(e.sections.size() == 7);
  CHECK(e.sections[0].kind == SectionKind::kOther);  // 封面
  CHECK(e.sections[1].kind == SectionKind::kSummary);
  CHECK(e.sections[1].title == "摘要");  // The trailing colon is dropped.
  CHECK(e.sections[2].kind == SectionKind::kFullText);
  CHECK(e.sections[2].title == "全文");
  CHECK_FALSE(e.sections[2].range.has_value());
  const Section& open = e.sections[3];
  CHECK(open.kind == SectionKind::kFullText);
  CHECK(open.level == 3);
  CHECK(open.line == 14);
  CHECK(open.title == "开场");
  REQUIRE(open.range.has_value());
  CHECK(open.range->start_s == 0);
  CHECK(open.range->end_s == 66);
  const Section& second = e.sections[4];
  CHECK(second.title == "第二段");
  REQUIRE(second.range.has_value());
  CHECK(second.range->start_s == 3723);
  CHECK(second.range->end_s == 3900);
  CHECK(e.sections[5].kind == SectionKind::kSummary);  // After "——".
  CHECK(e.sections[5].title == "加粗摘选");
  CHECK(e.sections[5].line == 30);
  CHECK(e.sections[6].title == "欢迎交流与合作");
  CHECK(e.sections[6].kind == SectionKind::kOther);
}

TEST_CASE("text under the full-text heading before any ### is a full-text turn", "[parser]") {
  const Episode e = MustParse(kDigest);
  const Section& full = e.sections[2];
  REQUIRE(full.turns.size() == 1);
  CHECK(full.turns[0].speaker.empty());
  CHECK(full.turns[0].line == 13);
  REQUIRE(full.turns[0].paragraphs.size() == 1);
  CHECK(full.turns[0].paragraphs[0].text == "开场白没有说话人。");
}

TEST_CASE("speaker turns in every spelling", "[parser]") {
  const Episode e = MustParse(kDigest);
  const Section& open = e.sections[3];
  REQUIRE(open.turns.size() == 2);
  CHECK(open.turns[0].speaker == "主持人");
  CHECK(open.turns[0].line == 15);
  REQUIRE(open.turns[0].paragraphs.size() == 1);
  CHECK(open.turns[0].paragraphs[0].text == "欢迎收看。");
  CHECK(open.turns[0].paragraphs[0].line == 15);

  const Turn& guest = open.turns[1];
  CHECK(guest.speaker == "嘉宾甲");
  REQUIRE(guest.range.has_value());
  CHECK(guest.range->start_s == 30);
  CHECK(guest.range->end_s == 60);
  REQUIRE(guest.paragraphs.size() == 2);  // The bullets belong to the label.
  CHECK(guest.paragraphs[0].bullet);
  CHECK(guest.paragraphs[0].line == 17);
  CHECK(guest.paragraphs[1].text == "第二点。");
  CHECK(guest.paragraphs[1].line == 18);

  const Section& second = e.sections[4];
  REQUIRE(second.turns.size() == 5);  // "结论：" below opens no turn.
  CHECK(second.turns[0].speaker == "Lance");
  CHECK(second.turns[0].speaker_note == "LangChain");
  // "结论：" is prose: it stays in Lance's turn instead of opening one.
  REQUIRE(second.turns[0].paragraphs.size() == 2);
  CHECK(second.turns[0].paragraphs[1].line == 21);
  CHECK(second.turns[1].speaker == "股东");
  CHECK(second.turns[1].speaker_note == "追问");
  CHECK(second.turns[2].speaker == "嘉宾");
  CHECK(second.turns[2].speaker_note == "抛砖引玉");
  REQUIRE(second.turns[2].range.has_value());
  CHECK(second.turns[2].range->start_s == 34 * 60 + 1);
  CHECK(second.turns[2].range->end_s == 35 * 60 + 28);
  CHECK(second.turns[2].paragraphs.size() == 1);
  CHECK(second.turns[3].speaker == "Nathan");
  CHECK(second.turns[3].paragraphs[0].text == "冒号在粗体里面。");
  // A plain label said once is believed because the cover lists the name;
  // "Lance" above is believed because it opens a timed section.
  CHECK(second.turns[4].speaker == "Sam Altman");
  CHECK(second.turns[4].line == 26);
}

TEST_CASE("Episode::Speakers lists turn speakers in order of appearance", "[parser]") {
  const Episode e = MustParse(kDigest);
  CHECK(e.Speakers() == std::vector<std::string>{"主持人", "嘉宾甲", "Lance", "股东", "嘉宾",
                                                 "Nathan", "Sam Altman"});
}

TEST_CASE("paragraph text keeps marks, plain strips them, highlights list runs", "[parser]") {
  const Episode e = MustParse(kDigest);
  const Paragraph& p = e.sections[1].turns[0].paragraphs[0];
  CHECK(p.text == "**第一条要点**，以及 ==第二处标记==。");
  CHECK(p.plain == "第一条要点，以及 第二处标记。");
  CHECK(p.highlights == std::vector<std::string>{"第一条要点", "第二处标记"});
  CHECK(p.bullet);
  CHECK(p.depth == 0);
  const Paragraph& nested = e.sections[1].turns[0].paragraphs[1];
  CHECK(nested.depth == 1);
  CHECK(nested.line == 10);
}

TEST_CASE("inline marks: nested highlight, links, code, lone asterisks", "[parser]") {
  const Episode e = MustParse(
      "## 封面\n- 标题：x\n## 摘要\n"
      "- ==**嵌套只算一次**== 和 [链接文字](https://example.com) 与 `code` 以及 *强调*，2 * 3 "
      "不变\n");
  const Paragraph& p = e.sections[1].turns[0].paragraphs[0];
  CHECK(p.highlights == std::vector<std::string>{"嵌套只算一次"});
  CHECK(p.plain == "嵌套只算一次 和 链接文字 与 code 以及 强调，2 * 3 不变");
}

TEST_CASE("an editor's bold marker inside the transcript is kept apart from the speaker",
          "[parser]") {
  const Episode e = MustParse(
      "## 封面\n- 标题：x\n## 全文\n"
      "### 一（00:00:00 - 00:01:00）\n"     // 4
      "**Elon Musk**：第一句。\n"           // 5
      "- **洞见加粗**：**编者的重点。**\n"  // 6
      "- 说话人接着说。\n"                  // 7
      "**加粗要点**：**又一个重点。**\n");  // 8
  const Section& s = e.sections[2];
  REQUIRE(s.turns.size() == 4);
  CHECK(s.turns[0].speaker == "Elon Musk");
  CHECK(s.turns[1].speaker.empty());
  CHECK(s.turns[1].speaker_note == "洞见加粗");
  REQUIRE(s.turns[1].paragraphs.size() == 1);
  CHECK(s.turns[1].paragraphs[0].text == "**编者的重点。**");
  CHECK(s.turns[1].paragraphs[0].highlights == std::vector<std::string>{"编者的重点。"});
  CHECK(s.turns[2].speaker == "Elon Musk");  // Resumed after the editor's line.
  CHECK(s.turns[2].line == 7);
  CHECK(s.turns[3].speaker.empty());
  CHECK(s.turns[3].speaker_note == "加粗要点");
  CHECK(e.Speakers() == std::vector<std::string>{"Elon Musk"});
}

TEST_CASE("time ranges in all accepted spellings", "[parser][time]") {
  struct Case {
    const char* heading;
    int start;
    int end;
  };
  const Case cases[] = {
      {"### a（00:20:31 - 00:22:29）", 1231, 1349},
      {"### a (1:02:03–1:05:00)", 3723, 3900},
      {"### a (1:02:03—1:05:00)", 3723, 3900},
      {"### a（00:01:00～00:02:00）", 60, 120},
      {"### a (00:01:00 ~ 00:02:00)", 60, 120},
      {"### a（12:30 - 15:00）", 750, 900},
      {"### a（00:53:13 - 00:53:13）", 3193, 3193},
      {"### a（附注）（00:00:10 - 00:00:20，节选）", 10, 20},
  };
  for (const Case& c : cases) {
    INFO(c.heading);
    const Episode e = MustParse(std::string("## 全文\n") + c.heading + "\n**甲**：话。\n");
    REQUIRE(e.sections.size() == 2);
    REQUIRE(e.sections[1].range.has_value());
    CHECK(e.sections[1].range->start_s == c.start);
    CHECK(e.sections[1].range->end_s == c.end);
    CHECK(e.sections[1].kind == SectionKind::kFullText);
  }
}

TEST_CASE("impossible and backward ranges are parse errors with the line", "[parser][time]") {
  for (const char* heading :
       {"### a（25:99:99 - 26:00:00）", "### a（00:61:00 - 00:62:00）", "### a（70:00 - 71:00）"}) {
    INFO(heading);
    const Error error = MustFail(std::string("## 封面\n- 标题：x\n## 全文\n") + heading + "\n");
    CHECK(error.code == ErrorCode::kParse);
    CHECK(error.file == "bad.md");
    CHECK(error.line == 4);
    CHECK(error.message.find("impossible timestamp") != std::string::npos);
  }
  const Error backward = MustFail("## 全文\n### a（00:10:00 - 00:05:00）\n");
  CHECK(backward.code == ErrorCode::kParse);
  CHECK(backward.line == 2);
  CHECK(backward.message.find("backwards") != std::string::npos);
  const Error turn =
      MustFail("## 全文\n### a（00:00:00 - 00:10:00）\n**甲**（00:09:00 - 00:08:00）：\n");
  CHECK(turn.line == 3);
}

TEST_CASE("empty, whitespace-only, binary and invalid UTF-8 input is rejected", "[parser][input]") {
  Error e = MustFail("");
  CHECK(e.code == ErrorCode::kParse);
  CHECK(e.line == 1);
  CHECK(e.file == "bad.md");
  e = MustFail(" \n\t\n  \r\n");
  CHECK(e.code == ErrorCode::kParse);
  CHECK(e.message.find("whitespace") != std::string::npos);
  e = MustFail(std::string("## 封面\nline two\nbin\0ary\n", 24));
  CHECK(e.code == ErrorCode::kParse);
  CHECK(e.line == 3);
  e = MustFail("## 封面\n- 标题：x\nok\nbad \xC3\x28 byte\n");
  CHECK(e.code == ErrorCode::kParse);
  CHECK(e.line == 4);
  CHECK(e.message.find("UTF-8") != std::string::npos);
  e = MustFail("## a\n\xED\xA0\x80\n");  // A UTF-16 surrogate is not UTF-8.
  CHECK(e.line == 2);
  e = MustFail("\xEF\xBB\xBF");  // Only a BOM.
  CHECK(e.code == ErrorCode::kParse);
}

TEST_CASE("UTF-16 with its mark and GBK are read, other bytes that are not UTF-8 are not",
          "[parser][input]") {
  // "# 测试节目\n**甲**：我觉得很好。\n**乙**：我不同意。\n**甲**：为什么？\n" in
  // GBK, as iconv -t gbk writes it.
  const std::string gbk(
      "\x23\x20\xb2\xe2\xca\xd4\xbd\xda\xc4\xbf\x0a\x2a\x2a\xbc\xd7\x2a\x2a\xa3\xba\xce\xd2"
      "\xbe\xf5\xb5\xc3\xba\xdc\xba\xc3\xa1\xa3\x0a\x2a\x2a\xd2\xd2\x2a\x2a\xa3\xba\xce\xd2"
      "\xb2\xbb\xcd\xac\xd2\xe2\xa1\xa3\x0a\x2a\x2a\xbc\xd7\x2a\x2a\xa3\xba\xce\xaa\xca\xb2"
      "\xc3\xb4\xa3\xbf\x0a");
  const Episode from_gbk = MustParse(gbk);
  const Episode from_utf8 = MustParse("# 测试节目\n**甲**：我觉得很好。\n**乙**：我不同意。\n**甲**：为什么？\n");
  CHECK(from_gbk.title == "测试节目");
  CHECK(from_gbk.Speakers() == from_utf8.Speakers());
  CHECK(from_gbk.line_count == from_utf8.line_count);
  REQUIRE_FALSE(from_gbk.report.fields.empty());
  CHECK(from_gbk.report.fields.front().name == "encoding");
  CHECK(from_gbk.report.fields.front().value == "GB18030");

  // "# T\n**Ann**: fine.\n" in UTF-16LE after its byte-order mark (NUL bytes
  // and all): read, not refused as binary.
  static constexpr char kUtf16[] =
      "\xff\xfe\x23\x00\x20\x00\x54\x00\x0a\x00\x2a\x00\x2a\x00\x41\x00\x6e\x00\x6e\x00"
      "\x2a\x00\x2a\x00\x3a\x00\x20\x00\x66\x00\x69\x00\x6e\x00\x65\x00\x2e\x00\x0a\x00";
  const std::string utf16(kUtf16, sizeof kUtf16 - 1);
  const Episode from_utf16 = MustParse(utf16);
  CHECK(from_utf16.title == "T");
  CHECK(from_utf16.report.fields.front().value == "UTF-16");

  // Latin-1 "café" (0xE9 before a space) is no GB18030 either: still refused.
  const Error latin1 = MustFail("# caf\xe9 au lait\nline\n");
  CHECK(latin1.line == 1);
  CHECK(latin1.message.find("UTF-8") != std::string::npos);
}

TEST_CASE("a BOM and CRLF line endings change nothing", "[parser][input]") {
  const Episode plain = MustParse(kDigest);
  std::string crlf;
  for (char c : std::string(kDigest)) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const Episode with_bom = MustParse("\xEF\xBB\xBF" + crlf);
  CHECK(with_bom.title == plain.title);
  CHECK(with_bom.line_count == plain.line_count);
  REQUIRE(with_bom.sections.size() == plain.sections.size());
  for (std::size_t i = 0; i < plain.sections.size(); ++i) {
    const Section& a = plain.sections[i];
    const Section& b = with_bom.sections[i];
    CHECK(a.title == b.title);
    CHECK(a.line == b.line);
    REQUIRE(a.turns.size() == b.turns.size());
    for (std::size_t t = 0; t < a.turns.size(); ++t) {
      CHECK(a.turns[t].speaker == b.turns[t].speaker);
      CHECK(a.turns[t].line == b.turns[t].line);
      REQUIRE(a.turns[t].paragraphs.size() == b.turns[t].paragraphs.size());
      for (std::size_t p = 0; p < a.turns[t].paragraphs.size(); ++p) {
        CHECK(a.turns[t].paragraphs[p].text == b.turns[t].paragraphs[p].text);
        CHECK(a.turns[t].paragraphs[p].line == b.turns[t].paragraphs[p].line);
      }
    }
  }
  // The hash is of the raw bytes, so it does see the difference.
  CHECK(with_bom.content_hash != plain.content_hash);
}

TEST_CASE("a 50 MB file is rejected by size before anything else", "[parser][input]") {
  const std::string huge(50u << 20, 'a');
  const Error e = MustFail(huge);
  CHECK(e.code == ErrorCode::kParse);
  CHECK(e.line == 1);
  CHECK(e.message.find("52428800 bytes") != std::string::npos);
  CHECK(e.message.find("limit") != std::string::npos);
  ParseOptions small;
  small.max_bytes = 10;
  CHECK(MustFail("## 封面\n- 标题：超过十个字节\n", small).code == ErrorCode::kParse);
}

TEST_CASE("a large but allowed generated digest parses completely", "[parser][input]") {
  std::string text = "## 封面\n- 标题：大文件\n- 链接：https://example.com/big\n## 全文\n";
  int sections = 0;
  while (text.size() < (4u << 20)) {
    const int start = sections * 10;
    text += "### 段落（" + FormatSeconds(start) + " - " + FormatSeconds(start + 9) + "）\n";
    text += "**甲**：这是一句带 **粗体** 和 ==标记== 的话，用来把文件撑大。\n";
    text += "**乙**（" + FormatSeconds(start) + " - " + FormatSeconds(start + 5) + "）：\n";
    text += "- 第一点，带一个 [链接](https://example.com)。\n  - 嵌套的第二点。\n";
    ++sections;
  }
  const Episode e = MustParse(text);
  REQUIRE(e.sections.size() == static_cast<std::size_t>(sections) + 2);
  CHECK(e.sections.back().turns.size() == 2);
  CHECK(e.sections.back().turns[1].paragraphs[1].depth == 1);
  CHECK(e.Speakers() == std::vector<std::string>{"甲", "乙"});
}

TEST_CASE("YAML frontmatter supplies the cover", "[parser][frontmatter]") {
  const Episode e = MustParse(
      "---\ntitle: \"YAML 节目\"\nlink: https://example.com/y\ndate: 2025/12/08\nduration: "
      "\"00:27:45\"\n"
      "speakers: [阿岚, Ben Ortiz]\n---\n## 全文\n阿岚：你好。\n");
  CHECK(e.title == "YAML 节目");
  CHECK(e.url == "https://example.com/y");
  CHECK(e.date == "2025-12-08");
  CHECK(e.duration_s == 27 * 60 + 45);
  CHECK(e.listed_speakers == std::vector<std::string>{"阿岚", "Ben Ortiz"});
  // Listed in the cover, so a single plain label is believed.
  CHECK(e.Speakers() == std::vector<std::string>{"阿岚"});
  CHECK(e.sections[0].turns[0].line == 9);
}

TEST_CASE("JSON frontmatter is read, and broken JSON is a parse error", "[parser][frontmatter]") {
  const Episode e = MustParse(
      "---\n{\"title\":\"JSON 节目\",\"permalink\":\"/x/\"}\n---\n\n## 全文\n### a（00:00 - "
      "00:10）\n甲：话。\n");
  CHECK(e.title == "JSON 节目");
  CHECK(e.sections[1].line == 6);
  const Error error = MustFail("---\n{\"title\": \n---\n## 封面\n");
  CHECK(error.code == ErrorCode::kParse);
  CHECK(error.line == 2);
}

TEST_CASE("English cover keys, unknown dates and the first-heading title fallback", "[parser]") {
  const Episode english = MustParse(
      "## Cover\n- Title: Show\n- Link: https://example.com/s\n- Published: 2025-12-02\n- "
      "Duration: "
      "01:12:40\n- Speakers: Host, Maya Chen\n## Transcript\n**Host**: hello\n");
  CHECK(english.title == "Show");
  CHECK(english.duration_s == 4360);
  CHECK(english.listed_speakers == std::vector<std::string>{"Host", "Maya Chen"});
  CHECK(english.sections[1].kind == SectionKind::kFullText);

  const Episode unknown =
      MustParse("# 第一个标题\n## 封面\n- 链接：https://e.com\n- 发布日期：未知日期\n");
  CHECK(unknown.title == "第一个标题");
  CHECK(unknown.date.empty());
  CHECK(unknown.duration_s == -1);
}

TEST_CASE("summary and full-text section names", "[parser]") {
  struct Case {
    const char* heading;
    SectionKind kind;
  };
  const Case cases[] = {
      {"## 摘要总结", SectionKind::kSummary},
      {"## 摘要", SectionKind::kSummary},
      {"## 摘要：", SectionKind::kSummary},
      {"## 总结", SectionKind::kSummary},
      {"## 要点", SectionKind::kSummary},
      {"## 关键要点", SectionKind::kSummary},
      {"## 模型总结", SectionKind::kSummary},
      {"## Summary", SectionKind::kSummary},
      {"## Key points", SectionKind::kSummary},
      {"## Highlights", SectionKind::kSummary},
      {"## 全文", SectionKind::kFullText},
      {"## 原始全文", SectionKind::kFullText},
      {"## 译文（去除时间戳）", SectionKind::kFullText},
      {"## 翻译", SectionKind::kFullText},
      {"## Transcript", SectionKind::kFullText},
      {"## 封面", SectionKind::kOther},
      {"## 欢迎交流与合作", SectionKind::kOther},
  };
  for (const Case& c : cases) {
    INFO(c.heading);
    const Episode e = MustParse(std::string("## 封面\n- 标题：x\n") + c.heading + "\n文字。\n");
    CHECK(e.sections.back().kind == c.kind);
  }
}

TEST_CASE("a note without cover, timed sections or speakers is not a digest", "[parser]") {
  Result<Episode> result = ParseDigest(
      "## 笔记\n### 1. 小节\n1. **定义现状**：一些文字。\n- 结论：还是笔记\n", "note.md");
  REQUIRE_FALSE(result.has_value());
  CHECK(result.error().code == ErrorCode::kNotADigest);
  CHECK(result.error().message.find("looks like a note") != std::string::npos);
  CHECK(result.error().file == "note.md");
}

TEST_CASE("fenced code is skipped, headings inside it included", "[parser]") {
  const Episode e =
      MustParse("## 封面\n- 标题：x\n## 全文\n```\n## 不是标题\n甲：代码\n```\n乙：正文。\n");
  REQUIRE(e.sections.size() == 2);
  REQUIRE(e.sections[1].turns.size() == 1);
  CHECK(e.sections[1].turns[0].paragraphs[0].line == 8);
}

TEST_CASE("ContentHash is FNV-1a 64 in lower-case hex", "[parser]") {
  // Published FNV-1a 64 test vectors.
  CHECK(ContentHash("") == "cbf29ce484222325");
  CHECK(ContentHash("a") == "af63dc4c8601ec8c");
  CHECK(ContentHash("foobar") == "85944171f73967e8");
  CHECK(MustParse(kDigest).content_hash == ContentHash(kDigest));
}

TEST_CASE("ParseDigestFile reports missing files and directories as IO errors", "[parser][io]") {
  Result<Episode> missing = ParseDigestFile("/nonexistent/claimkb/none.md");
  REQUIRE_FALSE(missing.has_value());
  CHECK(missing.error().code == ErrorCode::kIO);
  CHECK(missing.error().file == "/nonexistent/claimkb/none.md");
  const std::string dir = std::filesystem::temp_directory_path().string();
  Result<Episode> directory = ParseDigestFile(dir);
  REQUIRE_FALSE(directory.has_value());
  CHECK(directory.error().code == ErrorCode::kIO);
}

}  // namespace
}  // namespace claimkb
