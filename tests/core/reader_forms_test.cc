// Issue 7's forms, one small input of our own each, with the structure the
// reader should recognise written out by hand. Each case prints what was
// recognised (speakers, moments, owners) so a failure shows the whole shape.
#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "../../core/src/metadata_fields.h"
#include "../../core/src/timestamp.h"
#include "claimkb/core/digest_parser.h"

namespace claimkb {
namespace {

// One line per paragraph: "line|speaker|reported|start-end|plain".
std::string Shape(const Episode& e) {
  std::ostringstream out;
  for (const Section& section : e.sections) {
    for (const Turn& turn : section.turns) {
      for (const Paragraph& p : turn.paragraphs) {
        out << p.line << '|' << SectionKindName(section.kind) << '|'
            << (turn.speaker.empty() ? (turn.spoken ? "(nobody)" : "(editor)") : turn.speaker)
            << '|' << p.reported_speaker << '|';
        if (p.range) out << p.range->start_s << '-' << p.range->end_s;
        out << '|' << p.plain << '\n';
      }
    }
  }
  return out.str();
}

struct Case {
  const char* name;
  const char* input;
  const char* shape;  // Expected Shape(), worked out by reading the input.
};

const Case kCases[] = {
    {"bold speaker labels with the colon inside, bracketed names and roles with names",
     "---\nurl: https://example.org/ep1\n---\n"
     "**Ada:** first point here.\n"
     "**[Bo]**: second point here.\n"
     "**主持人 (Cy):** third point here.\n"
     "**Ada:** fourth point here.\n"
     "**[Bo]**: fifth point here.\n",
     "4|fulltext|Ada|||first point here.\n"
     "5|fulltext|Bo|||second point here.\n"
     "6|fulltext|Cy|||third point here.\n"
     "7|fulltext|Ada|||fourth point here.\n"
     "8|fulltext|Bo|||fifth point here.\n"},
    {"timestamped speaker lines and names with a time in brackets",
     "# Talk\n"
     "[00:00:07] Ada: we start.\n"
     "[00:00:15] Bo: we go on.\n"
     "Ada (00:00:23): and end.\n"
     "Bo (00:00:31): fine.\n"
     "[00:00:40] Ada: last words.\n",
     "2|fulltext|Ada|||we start.\n"
     "3|fulltext|Bo|||we go on.\n"
     "4|fulltext|Ada|||and end.\n"
     "5|fulltext|Bo|||fine.\n"
     "6|fulltext|Ada|||last words.\n"},
    {"a bold name with a bracketed time, with or without a colon; a plain source line",
     "# Talk\n"
     "Source: https://www.youtube.com/watch?v=abcdefghijk\n"
     "**Ada** [00:01:02]: first words.\n"
     "**Bo** (00:01:30)\n"
     "second words, on the line below.\n"
     "**Ada** [00:01:45]: third words.\n",
     "3|fulltext|Ada|||first words.\n"
     "5|fulltext|Bo|||second words, on the line below.\n"
     "6|fulltext|Ada|||third words.\n"},
    {"a name, a bare clock and the words, as transcript exports write them",
     "Speaker 1 00:00:05 Welcome to the show.\n"
     "Speaker 2 00:00:12 Thanks for having me.\n"
     "Speaker 1 00:00:20 Let us start.\n",
     "1|fulltext|Speaker 1|||Welcome to the show.\n"
     "2|fulltext|Speaker 2|||Thanks for having me.\n"
     "3|fulltext|Speaker 1|||Let us start.\n"},
    {"dialogue written as a list; a topic lead-in with 的 is not a speaker",
     "# Panel\n"
     "Source: https://example.org/panel-7\n"
     "- **Ada**: evals are saturated.\n"
     "- **Bo**: not for agents.\n"
     "- **Ada**: agents fail on memory.\n"
     "- **Bo**: or on tools.\n"
     "- **Ada**: benchmarks lag.\n"
     "- **Bo**: agreed.\n"
     "**Ada**：one more thing.\n"
     "**评测的意义**：a topic, not a person.\n",
     "3|fulltext|Ada|||evals are saturated.\n"
     "4|fulltext|Bo|||not for agents.\n"
     "5|fulltext|Ada|||agents fail on memory.\n"
     "6|fulltext|Bo|||or on tools.\n"
     "7|fulltext|Ada|||benchmarks lag.\n"
     "8|fulltext|Bo|||agreed.\n"
     "9|fulltext|Ada|||one more thing.\n"
     "10|fulltext|Ada|||评测的意义：a topic, not a person.\n"},
    {"in a transcript whose timed lines open with names, a guest who speaks once is named",
     "# Ep 12\n"
     "主持人：今天聊两个模型。\n"
     "[00:05:10] 张三：第一个很强。\n"
     "[00:07:20] 李四：第二个一般。\n",
     "2|fulltext|主持人|||今天聊两个模型。\n"
     "3|fulltext|张三|||第一个很强。\n"
     "4|fulltext|李四|||第二个一般。\n"},
    {"but two lead-ins among many unlabelled timed lines stay the words of nobody",
     "# Raw\n"
     "[00:00:01] 先说背景。\n"
     "[00:00:05] 问题是：方向对不对。\n"
     "[00:00:09] 然后说细节。\n"
     "[00:00:14] 答案是：方向是对的。\n"
     "[00:00:20] 最后总结。\n",
     "2|fulltext|(nobody)||1-5|先说背景。\n"
     "3|fulltext|(nobody)||5-9|问题是：方向对不对。\n"
     "4|fulltext|(nobody)||9-14|然后说细节。\n"
     "5|fulltext|(nobody)||14-20|答案是：方向是对的。\n"
     "6|fulltext|(nobody)||20-20|最后总结。\n"},
    {"a closed quotation and a dash name who said it; a dash inside a sentence names nobody; "
     "a table's header row is not a claim, its data rows are, each cell after its column's name",
     "# Quotes\n"
     "> \"Agents will replace most apps.\" — Jane Doe (00:12:40)\n"
     ">\n"
     "> 「开源会赢。」——张三\n"
     "\n"
     "The model is fast — Google says so.\n"
     "\n"
     "| Model | Score |\n"
     "|---|---:|\n"
     "| GPT-5.1 | 76.3% |\n",
     "2|summary|(editor)|Jane Doe|760-760|\"Agents will replace most apps.\" — Jane Doe\n"
     "4|summary|(editor)|张三||「开源会赢。」——张三\n"
     "6|summary|(editor)|||The model is fast — Google says so.\n"
     "10|summary|(editor)|||Model: GPT-5.1 | Score: 76.3%\n"},
    {"a dash after a closed quotation that goes on with the sentence names nobody; on a line of "
     "its own the dash name's role after a comma is dropped",
     "# Quotes\n"
     "来源：https://example.org/q\n"
     "## 金句\n"
     "我按下“开始”——你们看，它动了。\n"
     "\n"
     "\"It works.\" — and then it broke.\n"
     "\n"
     "> 数据比算力重要。\n"
     "> ——李四，研究员\n",
     "4|summary|(editor)|||我按下“开始”——你们看，它动了。\n"
     "6|summary|(editor)|||\"It works.\" — and then it broke.\n"
     "8|summary|(editor)|李四||数据比算力重要。\n"},
    {"a copied video transcript: a title line, then each bare moment heads the words below it",
     "Title: Some talk\n"
     "\n"
     "0:00\n"
     "so today I want to talk about agents\n"
     "0:05\n"
     "and why they are overhyped\n",
     "4|summary|(editor)||0-5|so today I want to talk about agents\n"
     "6|summary|(editor)||5-5|and why they are overhyped\n"},
    {"while a bare moment after a point still times the point above it (to the next moment)",
     "# Notes\n"
     "- first point\n"
     "[00:10:00]\n"
     "- second point\n"
     "[00:12:00]\n",
     "2|summary|(editor)||600-720|first point\n"
     "4|summary|(editor)||720-720|second point\n"},
    {"a diarizer's names in timed headings head their turns",
     "# Evals\n"
     "## Speaker 1 (00:00:05)\n"
     "Welcome to the show.\n"
     "## Speaker 2 (00:00:20)\n"
     "Most benchmarks are saturated.\n",
     "3|fulltext|Speaker 1|||Welcome to the show.\n"
     "5|fulltext|Speaker 2|||Most benchmarks are saturated.\n"},
    {"people's names that take turns in timed headings head them too",
     "# 访谈\n"
     "来源：https://example.org/n\n"
     "### 张三 · 00:02:10\n"
     "我认为瓶颈在于记忆。\n"
     "### 李四 · 00:05:40\n"
     "我不太同意。\n"
     "### 张三 · 00:07:00\n"
     "记忆更根本。\n",
     "4|fulltext|张三|||我认为瓶颈在于记忆。\n"
     "6|fulltext|李四|||我不太同意。\n"
     "8|fulltext|张三|||记忆更根本。\n"},
    {"timed chapters that each name a topic once are no speakers",
     "# 节目\n"
     "来源：https://example.org/c\n"
     "## 00:00 开场\n"
     "今天聊聊模型。\n"
     "## 05:30 评测\n"
     "评测很重要。\n",
     "4|fulltext|(editor)|||今天聊聊模型。\n"
     "6|fulltext|(editor)|||评测很重要。\n"},
    {"one character before a colon is a clause, not a speaker",
     "# Raw\n"
     "[00:00:01] 是：我们当时就是这么想的。\n"
     "[00:00:09] 是：后来也证明了。\n"
     "[00:00:20] 对。\n",
     "2|fulltext|(nobody)||1-9|是：我们当时就是这么想的。\n"
     "3|fulltext|(nobody)||9-20|是：后来也证明了。\n"
     "4|fulltext|(nobody)||20-20|对。\n"},
    {"raw transcript lines are nobody's, each timed until the next",
     "# Raw\n"
     "[00:00:01] 第一句话。  \n"
     "[00:00:09] 第二句话。  \n"
     "[00:00:20] 第三句话。  \n",
     "2|fulltext|(nobody)||1-9|第一句话。\n"
     "3|fulltext|(nobody)||9-20|第二句话。\n"
     "4|fulltext|(nobody)||20-20|第三句话。\n"},
    {"field labels are not speakers; a citation line times the points above it",
     "---\nvideo_id: abc123\n---\n"
     "## 1. 观点\n"
     "- **嘉宾主张**：规模不是唯一答案。\n"
     "- **依据与经历**：实验说明了这一点。\n"
     "- **原文定位**：[00:49:53]、[00:51:28]\n"
     "## 2. 观点\n"
     "- **嘉宾主张**：数据更重要。\n"
     "- **原文定位**：[01:02:03]\n",
     "5|summary|(editor)||2993-3088|嘉宾主张：规模不是唯一答案。\n"
     "6|summary|(editor)||2993-3088|依据与经历：实验说明了这一点。\n"
     "9|summary|(editor)||3723-3723|嘉宾主张：数据更重要。\n"},
    {"reported speech goes to the person named, trailing and linked stamps time a point",
     "---\nsource_url: https://example.org/ep2\n---\n"
     "## 要点\n"
     "- **Sholto**认为强化学习还会继续扩展。 `[00:00:40-00:01:20]`\n"
     "- 另一个观点 [12:30](https://youtu.be/x?t=750)\n",
     "5|summary|(editor)|Sholto|40-80|Sholto认为强化学习还会继续扩展。\n"
     "6|summary|(editor)||750-750|另一个观点\n"},
    {"relayed speech is the person's, reported",
     "---\nurl: https://example.org/ep6\n---\n"
     "## 全文\n"
     "**Ada**：我们先聊评测。\n"
     "**Bo（转述片段）**：规模化还没有到头。\n"
     "Cy (quoted): data matters more than size.\n"
     "**Ada**：好的。\n",
     "5|fulltext|Ada|||我们先聊评测。\n"
     "6|fulltext|Bo|Bo||规模化还没有到头。\n"
     "7|fulltext|Cy|Cy||data matters more than size.\n"
     "8|fulltext|Ada|||好的。\n"},
    {"generic speakers are kept as written",
     "---\nurl: https://example.org/ep3\n---\n"
     "SPEAKER_00: hello there, this is the start.\n"
     "SPEAKER_01: and this is the reply.\n"
     "SPEAKER_00: we agree then.\n",
     "4|fulltext|SPEAKER_00|||hello there, this is the start.\n"
     "5|fulltext|SPEAKER_01|||and this is the reply.\n"
     "6|fulltext|SPEAKER_00|||we agree then.\n"},
    {"a bilingual block is the translation of the line above, never a second line",
     "---\nurl: https://example.org/ep4\n---\n"
     "## 全文\n"
     "**Ada**：我们需要更好的评测。\n"
     "<details><summary>Original English</summary>\n"
     "We need better evals.\n"
     "</details>\n"
     "**Bo**：同意。\n",
     "5|fulltext|Ada|||我们需要更好的评测。\n"
     "9|fulltext|Bo|||同意。\n"},
    {"an English and a Chinese line under one timestamp are read once",
     "# Raw\n"
     "[00:01:02] We need better evals.\n"
     "[00:01:02] 我们需要更好的评测。\n"
     "[00:01:09] Benchmarks saturate quickly.\n"
     "基准很快就饱和了。\n"
     "[00:01:20] Agreed.\n",
     "2|fulltext|(nobody)||62-69|We need better evals.\n"
     "4|fulltext|(nobody)||69-80|Benchmarks saturate quickly.\n"
     "6|fulltext|(nobody)||80-80|Agreed.\n"},
    {"headings with one moment run to the next heading; chapter lists are the editor's",
     "---\nurl: https://example.org/ep5\n---\n"
     "## (0:10:00)\n"
     "段落一。\n"
     "## (0:20:00)\n"
     "段落二。\n"
     "## 章节\n"
     "- 00:01:24 — 开场\n"
     "- 00:05:00 — 正题\n",
     "5|fulltext|(editor)|||段落一。\n"
     "7|fulltext|(editor)|||段落二。\n"
     "9|summary|(editor)||84-300|开场\n"
     "10|summary|(editor)||300-300|正题\n"},
    {"an answer goes on under its sub-headings and into a next section in the first person",
     "---\nurl: https://example.org/ep6\n---\n"
     "## 一、开场\n"
     "**问**：先说结论？\n"
     "**答**：结论是能用。\n"
     "**问**：你怎么看？\n"
     "**答**：我觉得很好。\n"
     "### 1. 细节\n"
     "第二天又试了一次。\n"
     "---\n"
     "## 二、后来\n"
     "后面我去看了原因。\n"
     "### 1. 更多\n"
     "它整合得很好。\n"
     "## 三、编者\n"
     "我们这期节目讨论了“我的框架”。\n"
     "### 1. 小结\n"
     "嘉宾认为框架很重要。\n",
     "5|fulltext|问|||先说结论？\n"
     "6|fulltext|答|||结论是能用。\n"
     "7|fulltext|问|||你怎么看？\n"
     "8|fulltext|答|||我觉得很好。\n"
     "10|fulltext|答|||第二天又试了一次。\n"
     "13|fulltext|答|||后面我去看了原因。\n"
     "15|fulltext|答|||它整合得很好。\n"
     "17|summary|(editor)|||我们这期节目讨论了“我的框架”。\n"
     "19|summary|(editor)|||嘉宾认为框架很重要。\n"},
};

TEST_CASE("every form of issue 7, read from inputs of our own", "[parser][forms]") {
  for (const Case& c : kCases) {
    INFO(c.name);
    Result<Episode> e = ParseDigest(c.input, "forms.md");
    if (!e) FAIL(e.error().ToString());
    const std::string shape = Shape(*e);
    INFO("recognised:\n" << shape);
    CHECK(shape == c.shape);
  }
}

TEST_CASE("front matter of other pipelines: nested participants, preferred source, video_id",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "---\n"
                        "title: \"一期节目\"\n"
                        "published_at: \"2025-08-27T12:21:01+08:00\"\n"
                        "duration_ms: 5978837\n"
                        "participants:\n"
                        "  - id: a\n"
                        "    name: 张三\n"
                        "    role: host\n"
                        "    profile:\n"
                        "      title: \"不是节目标题\"\n"
                        "  - name: Li Si\n"
                        "sources:\n"
                        "  - url: https://a.example/1\n"
                        "    preferred: false\n"
                        "  - url: https://b.example/2\n"
                        "    preferred: true\n"
                        "---\n"
                        "[00:00:01] 开场。\n",
                        "fm.md")
                        .value();
  CHECK(e.title == "一期节目");
  CHECK(e.date == "2025-08-27");
  CHECK(e.duration_s == 5978);  // 5,978,837 ms.
  CHECK(e.listed_speakers == std::vector<std::string>{"张三", "Li Si"});
  CHECK(e.url == "https://b.example/2");  // The preferred source.

  const Episode id_only =
      ParseDigest("---\nvideo_id: \"dQw4w9WgXcQ\"\nchannel: Show\n---\n# T\n正文。\n", "v.md").value();
  CHECK(id_only.url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  CHECK(id_only.show == "Show");
}

TEST_CASE("front matter keys written in Chinese mean what they mean on a cover",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "---\n"
                        "标题: 第九期：检索的下一步\n"
                        "链接: https://a.example/9\n"
                        "发布日期: 2026-03-02\n"
                        "主持人: 韩蕾\n"
                        "嘉宾: 何青\n"
                        "---\n"
                        "[00:00:01] 开场。\n",
                        "fm-zh.md")
                        .value();
  CHECK(e.title == "第九期：检索的下一步");
  CHECK(e.url == "https://a.example/9");
  CHECK(e.date == "2026-03-02");
  CHECK(e.hosts == std::vector<std::string>{"韩蕾"});
  // The host is listed among the people, as from a cover.
  CHECK(e.listed_speakers == std::vector<std::string>{"韩蕾", "何青"});
}

TEST_CASE("notes: no source, no times, no speakers, kept with as_note", "[parser][forms]") {
  const char* note = "# 随笔\n今天想到一些关于模型的事情。\n";
  Result<Episode> refused = ParseDigest(note, "note.md");
  REQUIRE_FALSE(refused.has_value());
  CHECK(refused.error().code == ErrorCode::kNotADigest);
  ParseOptions options;
  options.as_note = true;
  Result<Episode> kept = ParseDigest(note, "note.md", options);
  REQUIRE(kept.has_value());
  // An article with a byline is its author's.
  const Episode article =
      ParseDigest("---\nauthor: 王五\n---\n# 文章\n我认为评测需要改进。\n", "a.md", options).value();
  REQUIRE(article.sections.size() == 1);
  REQUIRE(article.sections[0].turns.size() == 1);
  CHECK(article.sections[0].turns[0].speaker == "王五");
}

TEST_CASE("a cover of plain key lines: a date, people with notes, a host, a greeting stays a turn",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 第300期\n"
                        "时间：2025年11月3日\n"
                        "嘉宾：王小明（研究员）、Li Si\n"
                        "主持：泓君\n"
                        "\n"
                        "泓君：欢迎。\n"
                        "王小明：谢谢。\n",
                        "cover.md")
                        .value();
  CHECK(e.date == "2025-11-03");
  // The guest list first, then the host; the note is not part of the name.
  CHECK(e.listed_speakers == std::vector<std::string>{"王小明", "Li Si", "泓君"});
  CHECK(e.hosts == std::vector<std::string>{"泓君"});
  CHECK(Shape(e) ==
        "6|fulltext|泓君|||欢迎。\n"
        "7|fulltext|王小明|||谢谢。\n");

  // "Welcome, everyone" is no list of names (a Latin name is capitalised).
  const Episode talk = ParseDigest(
                           "# Talk\n"
                           "Host: Welcome, everyone\n"
                           "Guest: Thanks.\n"
                           "Host: Let us start.\n",
                           "talk.md")
                           .value();
  CHECK(talk.listed_speakers.empty());
  CHECK(Shape(talk) ==
        "2|fulltext|Host|||Welcome, everyone\n"
        "3|fulltext|Guest|||Thanks.\n"
        "4|fulltext|Host|||Let us start.\n");
}

ParseOptions AsNote() {
  ParseOptions options;
  options.as_note = true;
  return options;
}

TEST_CASE("a talk's Speaker line names people first, then more of the cover between dots",
          "[parser][forms]") {
  // After a bold subtitle (content), before the first heading: the cover.
  const Episode e = ParseDigest(
                        "# notes\n"
                        "\n"
                        "**Evalcon keynote**\n"
                        "Speaker: Dr. Ilse Marchetti (Ostrava Centre) · Q&A moderated by Bram "
                        "de Wit · video 52:10\n"
                        "\n"
                        "## 1. Opening\n"
                        "\n"
                        "Ilse opens with the leaderboard.\n",
                        "talk.md", AsNote())
                        .value();
  CHECK(e.listed_speakers == std::vector<std::string>{"Ilse Marchetti"});
  for (const auto& section : e.sections) {
    for (const auto& turn : section.turns) CHECK(turn.speaker != "Speaker");
  }
  // A turn of a diarizer's "Speaker" says a sentence: still a turn.
  const Episode turns = ParseDigest(
                            "# Call\n"
                            "Speaker: We shipped it last week · and it works.\n"
                            "Speaker: Thanks.\n",
                            "call.md", AsNote())
                            .value();
  CHECK(turns.listed_speakers.empty());
}

TEST_CASE("a note tool's properties are skipped, English dates are read, a long 状态 line is text",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Ep\n"
                        "Created: November 3, 2025 9:12 PM\n"
                        "Tags: #AI #agents\n"
                        "Published: Nov 4, 2025\n"
                        "Source: https://example.org/ep\n"
                        "> 状态：`draft`。本文依据字幕整理，尚未核听。\n"
                        "状态：模型在多数任务上已经稳定。后面还有一句。\n",
                        "note.md")
                        .value();
  // Created is when the note was made, not the episode's date.
  CHECK(e.date == "2025-11-04");
  CHECK(e.url == "https://example.org/ep");
  REQUIRE(e.report.skipped.size() == 3);
  CHECK(e.report.skipped[0].line == 2);
  CHECK(e.report.skipped[0].reason == "note property `Created`");
  CHECK(e.report.skipped[1].line == 3);
  // A status word and how the digest was made: the digest's note on itself.
  CHECK(e.report.skipped[2].line == 6);
  CHECK(e.report.skipped[2].reason == "status note");
  // A first sentence longer than a status word is what the line says.
  CHECK(Shape(e) == "7|summary|(editor)|||状态：模型在多数任务上已经稳定。后面还有一句。\n");

  const Episode day_first =
      ParseDigest("# Ep\nDate: 3 November 2025\nSource: https://example.org/x\n", "d.md").value();
  CHECK(day_first.date == "2025-11-03");
}

// Twenty-first session: a notes template's own lines, probed on the notes
// pipeline of corpus-more, where they were stored as claims.
TEST_CASE("a bold cover inside a section, a template's repeated labels and a header run",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "---\n"
                        "source_url: https://example.org/ep\n"
                        "---\n"
                        "# 深度笔记\n"
                        "\n"
                        "- **Channel:** 某频道\n"
                        "- **TL;DR:** 评测已经失效。\n"
                        "- **Rating:** 4\n"
                        "\n"
                        "## 正文\n"
                        "\n"
                        "**材料信息**\n"
                        "\n"
                        "- **标题**：另一个标题\n"
                        "- **作者/来源**：某频道（主持人）\n"
                        "- **类型**：视频字幕\n"
                        "---\n"
                        "\n"
                        "### 一、评测\n"
                        "\n"
                        "**核心观点**\n"
                        "\n"
                        "公开基准已经被污染。\n"
                        "\n"
                        "**个人感受**\n"
                        "\n"
                        "这让我很担心。\n"
                        "\n"
                        "### 二、数据\n"
                        "\n"
                        "**个人感受**\n"
                        "\n"
                        "**硬件的重要性被重估**\n"
                        "\n"
                        "数据比算力更稀缺。\n",
                        "notes.md")
                        .value();
  // Line 7 is the header's one field that says something; the Rating after
  // it (line 8) is a property still. The cover's lines (12-16) are no claims
  // and the first title wins. 核心观点 is a field word; 个人感受 repeats; a
  // headline with 的 that appears once says something and stays.
  CHECK(Shape(e) ==
        "7|summary|(editor)|||TL;DR: 评测已经失效。\n"
        "23|summary|(editor)|||公开基准已经被污染。\n"
        "27|summary|(editor)|||这让我很担心。\n"
        "33|summary|(editor)|||硬件的重要性被重估\n"
        "35|summary|(editor)|||数据比算力更稀缺。\n");
  // The cover names a title; the first heading is only the fallback.
  CHECK(e.title == "另一个标题");
  CHECK(e.show == "某频道");
  std::vector<std::string> reasons;
  for (const auto& skipped : e.report.skipped) {
    reasons.push_back(std::to_string(skipped.line) + " " + skipped.reason);
  }
  INFO(Catch::Detail::stringify(reasons));
  for (const std::string& want :
       {std::string("8 note property `Rating`"), std::string("12 cover heading"),
        std::string("14 cover line"), std::string("16 cover line"),
        std::string("21 template label"), std::string("25 template label"),
        std::string("31 template label")}) {
    CHECK(std::find(reasons.begin(), reasons.end(), want) != reasons.end());
  }

  // "**答：**" and "**Nathan**：" alone on a line are labels with a colon:
  // they open turns however often they recur.
  const Episode dialogue = ParseDigest(
                               "# 访谈\n"
                               "## 记录\n"
                               "**问：** 你怎么看？\n"
                               "**答：**\n"
                               "我觉得很好。\n"
                               "**问：** 还有呢？\n"
                               "**答：**\n"
                               "没有了。\n",
                               "qa.md")
                               .value();
  CHECK(Shape(dialogue) ==
        "3|fulltext|问|||你怎么看？\n"
        "5|fulltext|答|||我觉得很好。\n"
        "6|fulltext|问|||还有呢？\n"
        "8|fulltext|答|||没有了。\n");
}

// A podcast-highlight export (Snipd's layout, written here in our own words):
// an "Episode metadata" list, one timed heading per snip with a player link
// that gives its stretch, a summary under it, and the transcript folded in a
// <details> block with bold names above the words.
TEST_CASE("a highlight export: metadata list, player links, folded transcripts, bold names",
          "[parser][forms]") {
  const Episode e =
      ParseDigest(
          "# Evals with Ada Lovelace\n"
          "\n"
          "## Episode metadata\n"
          "- Episode title: Evals with Ada Lovelace\n"
          "- Show: The Tensor Hour\n"
          "- Owner / Host: Bo Chen\n"
          "- Episode link: [open in Snipd](https://share.snipd.com/episode/abc123)\n"
          "- Episode publish date: 2025-11-20\n"
          "- Export date: 2025-11-28T10:11:12\n"
          "\n"
          "## Snips\n"
          "### [12:34] Benchmarks are saturated\n"
          "\xF0\x9F\x8E\xA7 [Play snip - 1min (12:34 - 13:45)](https://share.snipd.com/snip/x1)\n"
          "#### \xF0\x9F\xA4\x96 AI-generated summary\n"
          "- Ada says the leaderboard no longer separates models.\n"
          "#### Transcript\n"
          "<details>\n"
          "<summary>Click to expand</summary>\n"
          "**Speaker 1**\n"
          "Where do you land?\n"
          "\n"
          "**Ada Lovelace**\n"
          "The leaderboard is done.\n"
          "</details>\n"
          "### [45:10] No wall\n"
          "\xF0\x9F\x8E\xA7 [Play snip - 2min (45:10 - 47:02)](https://share.snipd.com/snip/x2)\n"
          "#### Transcript\n"
          "<details>\n"
          "<summary>Click to expand</summary>\n"
          "**Ada Lovelace**\n"
          "I see no wall.\n"
          "</details>\n",
          "snips.md")
          .value();
  CHECK(e.title == "Evals with Ada Lovelace");
  CHECK(e.show == "The Tensor Hour");
  CHECK(e.hosts == std::vector<std::string>{"Bo Chen"});
  CHECK(e.url == "https://share.snipd.com/episode/abc123");
  CHECK(e.date == "2025-11-20");
  // The metadata list is a cover (an "other" section, which yields no claim;
  // its property line 9 is skipped), the player links are no paragraphs, and
  // the bold names open turns.
  CHECK(Shape(e) ==
        "4|other|(editor)|||Episode title: Evals with Ada Lovelace\n"
        "5|other|(editor)|||Show: The Tensor Hour\n"
        "6|other|(editor)|||Owner / Host: Bo Chen\n"
        "7|other|(editor)|||Episode link: open in Snipd\n"
        "8|other|(editor)|||Episode publish date: 2025-11-20\n"
        "15|summary|(editor)|||Ada says the leaderboard no longer separates models.\n"
        "20|fulltext|Speaker 1|||Where do you land?\n"
        "23|fulltext|Ada Lovelace|||The leaderboard is done.\n"
        "31|fulltext|Ada Lovelace|||I see no wall.\n");
  // Each snip is timed by its player link (12:34-13:45 is 754-825 s), and
  // the headings under it take that stretch for their turns.
  std::vector<std::string> times;
  for (const Section& section : e.sections) {
    for (const Turn& turn : section.turns) {
      const std::optional<TimeRange> range = turn.range ? turn.range : section.range;
      times.push_back(range ? std::to_string(range->start_s) + "-" + std::to_string(range->end_s)
                            : "none");
    }
  }
  CHECK(times == std::vector<std::string>{"none", "754-825", "754-825", "754-825", "2710-2822"});
}

// Podwise's header: plain "Podcast:", "Date:" and "Link:" lines under the
// title. The show's line counts because a line that says what it is stands
// beside it; alone it stays text.
TEST_CASE("a show line next to a date or a link is metadata, alone it is text", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# E12 推理模型\n"
                        "\n"
                        "Podcast: 某某电台\n"
                        "Date: 2025-11-20\n"
                        "Link: https://example.org/episodes/12\n"
                        "\n"
                        "## Summary\n"
                        "嘉宾认为推理模型进步很快。\n",
                        "podwise.md")
                        .value();
  CHECK(e.show == "某某电台");
  CHECK(e.date == "2025-11-20");
  CHECK(e.url == "https://example.org/episodes/12");
  CHECK(Shape(e) == "8|summary|(editor)|||嘉宾认为推理模型进步很快。\n");

  // Without a date or a link beside it, "Podcast: …" may be prose.
  const Episode alone = ParseDigest(
                            "# T\n"
                            "Source: https://example.org/x\n"
                            "\n"
                            "Podcast: 某某电台\n",
                            "alone.md")
                            .value();
  CHECK(alone.url == "https://example.org/x");
  CHECK(alone.show.empty());
  CHECK(Shape(alone) == "4|summary|(editor)|||Podcast: 某某电台\n");
}

// Sixth session: shapes other tools write, each probed before the fix.
TEST_CASE("TOML front matter is read like YAML, a [table]'s keys are nested", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "+++\n"
                        "title = \"Hugo episode\"\n"
                        "date = 2025-11-03\n"
                        "url = \"https://example.org/hugo\"\n"
                        "speakers = [\"Ada Lovelace\", \"Alan Turing\"]\n"
                        "[extra]\n"
                        "title = \"not the title\"\n"
                        "+++\n"
                        "Ada Lovelace: first words here.\n",
                        "hugo.md")
                        .value();
  CHECK(e.title == "Hugo episode");
  CHECK(e.date == "2025-11-03");
  CHECK(e.url == "https://example.org/hugo");
  CHECK(e.listed_speakers == std::vector<std::string>{"Ada Lovelace", "Alan Turing"});
  CHECK(Shape(e) == "9|fulltext|Ada Lovelace|||first words here.\n");
}

TEST_CASE("Whisper's [start --> end] lines, and stamps in the words after a label",
          "[parser][forms]") {
  const Episode whisper = ParseDigest(
                              "# W\n"
                              "Source: https://example.org/w\n"
                              "[00:00.000 --> 00:04.500]  Welcome to the show.\n"
                              "[00:04.500 --> 00:09.000]  Gemini 3 reasons well.\n"
                              "[00:09.000 --> 00:15.200]  Latency is a problem.\n",
                              "w.md")
                              .value();
  // Fractions are dropped (round down), as the transcript readers do.
  CHECK(Shape(whisper) ==
        "3|fulltext|(nobody)||0-4|Welcome to the show.\n"
        "4|fulltext|(nobody)||4-9|Gemini 3 reasons well.\n"
        "5|fulltext|(nobody)||9-15|Latency is a problem.\n");

  // A clock right after the label times the turn; a moment in a transcript
  // runs to the next line's moment.
  const Episode clocked = ParseDigest(
                              "# Talk\n"
                              "Speaker 1: 00:00:05 Welcome back.\n"
                              "Speaker 2: 00:00:12 Thanks for having me.\n",
                              "t.md")
                              .value();
  CHECK(Shape(clocked) ==
        "2|fulltext|Speaker 1||5-12|Welcome back.\n"
        "3|fulltext|Speaker 2||12-12|Thanks for having me.\n");
  REQUIRE(clocked.sections.back().turns.size() == 2);
  CHECK(clocked.sections.back().turns[0].range->start_s == 5);

  // A trailing stamp leaves no space before the full stop. Bo Chen speaks
  // once, in a file where Ada recurs.
  const Episode bold = ParseDigest(
                           "# Talk\n"
                           "**Ada**: GPT-5 is good [00:01:02].\n"
                           "**Bo Chen**: Claude is better [00:02:00].\n"
                           "**Ada**: Fine.\n",
                           "b.md")
                           .value();
  CHECK(Shape(bold) ==
        "2|fulltext|Ada||62-120|GPT-5 is good.\n"
        "3|fulltext|Bo Chen||120-120|Claude is better.\n"
        "4|fulltext|Ada|||Fine.\n");
}

TEST_CASE("names on lines of their own: Riverside, capitals, a name above a clock",
          "[parser][forms]") {
  const Episode riverside = ParseDigest(
                                "# Rec\n"
                                "Maya Brooks (00:00:01):\n"
                                "Open weights caught up.\n"
                                "Tom Lee (00:00:09):\n"
                                "On math especially.\n"
                                "Maya Brooks (00:00:20):\n"
                                "AIME scores jumped.\n",
                                "r.md")
                                .value();
  // Tom Lee speaks once; his label carries a time like Maya's.
  CHECK(Shape(riverside) ==
        "3|fulltext|Maya Brooks|||Open weights caught up.\n"
        "5|fulltext|Tom Lee|||On math especially.\n"
        "7|fulltext|Maya Brooks|||AIME scores jumped.\n");

  const Episode caps = ParseDigest(
                           "# Caps\n"
                           "\n"
                           "SAM ALTMAN\n"
                           "Compute is the currency.\n"
                           "\n"
                           "LEX FRIDMAN\n"
                           "Why compute?\n"
                           "\n"
                           "SAM ALTMAN\n"
                           "Data comes from compute.\n",
                           "c.md")
                           .value();
  CHECK(Shape(caps) ==
        "4|fulltext|SAM ALTMAN|||Compute is the currency.\n"
        "7|fulltext|LEX FRIDMAN|||Why compute?\n"
        "10|fulltext|SAM ALTMAN|||Data comes from compute.\n");

  const Episode apple = ParseDigest(
                            "# Apple\n"
                            "Jane Doe\n"
                            "00:05\n"
                            "Llama 4 disappointed.\n"
                            "\n"
                            "John Roe\n"
                            "00:31\n"
                            "The release was rushed.\n"
                            "\n"
                            "Jane Doe\n"
                            "01:10\n"
                            "That is a strong claim.\n",
                            "a.md")
                            .value();
  CHECK(Shape(apple) ==
        "4|fulltext|Jane Doe|||Llama 4 disappointed.\n"
        "8|fulltext|John Roe|||The release was rushed.\n"
        "12|fulltext|Jane Doe|||That is a strong claim.\n");
  const std::vector<Turn>& turns = apple.sections.back().turns;
  REQUIRE(turns.size() == 3);
  CHECK(turns[0].range->start_s == 5);
  CHECK(turns[1].range->start_s == 31);
  CHECK(turns[2].range->start_s == 70);
}

TEST_CASE("links into the episode's video, footnotes, a quote's name below it, HTML tags",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Notes\n"
                        "Source: https://www.youtube.com/watch?v=abc\n"
                        "- Agents need memory [(link)](https://youtu.be/abc?t=754)\n"
                        "- Pricing falls ([B站](https://www.bilibili.com/video/BV1?t=305))\n"
                        "- [Karpathy explains](https://www.youtube.com/watch?v=abc&t=95) memory\n"
                        "- GPT-5 cut hallucinations.[^1]\n"
                        "> Scaling moved to inference.\n"
                        "> — Noam Brown, OpenAI (00:12:40)\n"
                        "\n"
                        "[^1]: System card.\n",
                        "n.md")
                        .value();
  // The bilibili link opens other media: no time of this episode.
  CHECK(Shape(e) ==
        "3|summary|(editor)||754-754|Agents need memory\n"
        "4|summary|(editor)|||Pricing falls (B站)\n"
        "5|summary|(editor)||95-95|Karpathy explains memory\n"
        "6|summary|(editor)|||GPT-5 cut hallucinations.\n"
        "7|summary|(editor)|Noam Brown|760-760|Scaling moved to inference.\n");
  REQUIRE(e.report.skipped.size() == 2);
  CHECK(e.report.skipped[0].line == 8);
  CHECK(e.report.skipped[1].reason == "footnote");

  const Episode html = ParseDigest(
                           "# H\n"
                           "Source: https://example.org/h\n"
                           "<p><b>Sam:</b> Pricing will drop.</p>\n"
                           "<p><b>Lisa Su:</b> Inference is cheaper.</p>\n"
                           "<p>Sam: And open models<br>keep the pressure on.</p>\n",
                           "h.md")
                           .value();
  CHECK(Shape(html) ==
        "3|fulltext|Sam|||Pricing will drop.\n"
        "4|fulltext|Lisa Su|||Inference is cheaper.\n"
        "5|fulltext|Sam|||And open models keep the pressure on.\n");

  // A bare link to a video page before any content is the episode's source.
  const Episode yt =
      ParseDigest("# YT\n\nhttps://www.youtube.com/watch?v=ytd\n\nWe discuss GPT-5.\n", "y.md")
          .value();
  CHECK(yt.url == "https://www.youtube.com/watch?v=ytd");
  CHECK(Shape(yt) == "5|summary|(editor)|||We discuss GPT-5.\n");
}

TEST_CASE("Obsidian callouts and circled numbers", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Notes\n"
                        "Source: https://example.org/c\n"
                        "> [!quote] Andrej Karpathy\n"
                        "> Agents are a decade away.\n"
                        "\n"
                        "> Another quote, nobody named.\n"
                        "> [!note]- My note\n"
                        "> The editor's own remark.\n"
                        "① 第一点很重要。\n",
                        "c.md")
                        .value();
  // The quote callout ends at the blank line; the note callout is the editor's.
  CHECK(Shape(e) ==
        "4|summary|(editor)|Andrej Karpathy||Agents are a decade away.\n"
        "6|summary|(editor)|||Another quote, nobody named.\n"
        "8|summary|(editor)|||The editor's own remark.\n"
        "9|summary|(editor)|||第一点很重要。\n");
  REQUIRE(e.report.skipped.size() == 2);
  CHECK(e.report.skipped[0].line == 3);
  CHECK(e.report.skipped[1].line == 7);
  CHECK(e.sections.back().turns.back().paragraphs.back().bullet);
}

TEST_CASE("[Name] words: bracketed speakers when names take turns, a sound is no name",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Talk\n"
                        "Source: https://example.org/b\n"
                        "[Sam Altman] GPT-5 is a big step.\n"
                        "[Music] plays for a while.\n"
                        "[Lex Fridman] How big?\n"
                        "[Sam Altman] Bigger than GPT-4 was.\n",
                        "b.md")
                        .value();
  // "[Music]" stays text of Sam's turn: unlabelled lines continue the speaker.
  CHECK(Shape(e) ==
        "3|fulltext|Sam Altman|||GPT-5 is a big step.\n"
        "4|fulltext|Sam Altman|||[Music] plays for a while.\n"
        "5|fulltext|Lex Fridman|||How big?\n"
        "6|fulltext|Sam Altman|||Bigger than GPT-4 was.\n");

  // Bracketed tags of one word (a model, a topic) read as no person.
  const Episode tags = ParseDigest(
                           "# Notes\n"
                           "Source: https://example.org/t\n"
                           "[Claude] wins on coding.\n"
                           "[Gemini] wins on video.\n"
                           "[Claude] costs more.\n",
                           "t.md")
                           .value();
  CHECK(Shape(tags) ==
        "3|summary|(editor)|||[Claude] wins on coding.\n"
        "4|summary|(editor)|||[Gemini] wins on video.\n"
        "5|summary|(editor)|||[Claude] costs more.\n");

  // In a section the digest calls its summary, such lines stay its text.
  const Episode summary = ParseDigest(
                              "# Ep\n"
                              "Source: https://example.org/s\n"
                              "## Summary\n"
                              "[Sam Altman] GPT-5 is a big step.\n"
                              "[Lex Fridman] How big?\n"
                              "[Sam Altman] Bigger than GPT-4 was.\n",
                              "s.md")
                              .value();
  CHECK(Shape(summary) ==
        "4|summary|(editor)|||[Sam Altman] GPT-5 is a big step.\n"
        "5|summary|(editor)|||[Lex Fridman] How big?\n"
        "6|summary|(editor)|||[Sam Altman] Bigger than GPT-4 was.\n");

  // One bracketed name used once is no dialogue: the line stays as written.
  const Episode once =
      ParseDigest("# Notes\nSource: https://example.org/o\n[Draft] GPT-5 is a big step.\n", "o.md")
          .value();
  CHECK(Shape(once) == "3|summary|(editor)|||[Draft] GPT-5 is a big step.\n");
}

TEST_CASE("a dash line or a callout title that reads as no person names nobody",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Q\n"
                        "Source: https://example.org/q\n"
                        "\"Agents will be the new apps.\"\n"
                        "— 以上为编者按\n"
                        "\n"
                        "> [!quote] Claude\n"
                        "> Models will write most code.\n",
                        "q.md")
                        .value();
  CHECK(Shape(e) ==
        "3|summary|(editor)|||\"Agents will be the new apps.\"\n"
        "4|summary|(editor)|||— 以上为编者按\n"
        "7|summary|(editor)|||Models will write most code.\n");
}

TEST_CASE("a name the cover lists speaks in a plain list item, another plain label does not",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 测试节目\n"
                        "\n"
                        "**嘉宾**：张三、李四\n"
                        "\n"
                        "## 00:01:00 基准\n"
                        "\n"
                        "- 结论：两人分歧明显。\n"
                        "- 张三：开源模型追得很快。\n"
                        "- 李四：我不同意。\n",
                        "plain-list.md")
                        .value();
  std::vector<std::string> said;  // "speaker|text" per paragraph.
  for (const Section& section : e.sections) {
    for (const Turn& turn : section.turns) {
      for (const Paragraph& p : turn.paragraphs) said.push_back(turn.speaker + "|" + p.plain);
    }
  }
  // 结论 is nobody, so its line is the editor's and keeps its label; 张三
  // and 李四 are listed guests.
  CHECK(said == std::vector<std::string>{"|结论：两人分歧明显。", "张三|开源模型追得很快。",
                                         "李四|我不同意。"});
}

TEST_CASE("a row of cover fields between bars, and a length in words", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 测试节目\n"
                        "\n"
                        "> 播出时间：2026-12-15 ｜ 时长：1 小时 12 分钟 ｜ 主持人：韩蕾 ｜ "
                        "嘉宾：宋启明（开源社区维护者）\n"
                        "\n"
                        "## 对话\n"
                        "\n"
                        "**主持人**：开源模型追上来了吗？\n",
                        "field-row.md")
                        .value();
  CHECK(e.date == "2026-12-15");
  CHECK(e.duration_s == 72 * 60);
  CHECK(e.hosts == std::vector<std::string>{"韩蕾"});
  CHECK(e.listed_speakers == std::vector<std::string>{"韩蕾", "宋启明"});
  // The row is metadata, no claim: the only paragraph is the host's question.
  std::size_t paragraphs = 0;
  for (const Section& section : e.sections) {
    for (const Turn& turn : section.turns) paragraphs += turn.paragraphs.size();
  }
  CHECK(paragraphs == 1);
}

TEST_CASE("a cover laid out as a table, and an italic byline with a date and a link",
          "[parser][forms]") {
  const Episode table = ParseDigest(
                            "# 会议纪要\n"
                            "\n"
                            "| 项目 | 内容 |\n"
                            "| --- | --- |\n"
                            "| 日期 | 2026 年 12 月 3 日 |\n"
                            "| 嘉宾 | 周若溪（平台负责人）、陈砚 |\n"
                            "| 链接 | https://example.cn/episodes/147 |\n"
                            "\n"
                            "## 一、背景\n"
                            "\n"
                            "> **周若溪**：开源模型追得很快。\n",
                            "table-cover.md")
                            .value();
  CHECK(table.date == "2026-12-03");
  CHECK(table.url == "https://example.cn/episodes/147");
  CHECK(table.listed_speakers == std::vector<std::string>{"周若溪", "陈砚"});
  const Episode byline =
      ParseDigest(
          "# Ep. 88 Recap\n"
          "\n"
          "*Recap by Dana Whitfield · November 19, 2026 · [full episode](https://example.fm/88)*\n"
          "\n"
          "This week the panel compared coding agents.\n",
          "byline.md")
          .value();
  CHECK(byline.date == "2026-11-19");
  CHECK(byline.url == "https://example.fm/88");
  // A sentence with a date but no parts between dots stays text.
  const Episode sentence = ParseDigest(
                               "# Ep. 89\n"
                               "\n"
                               "Source: https://example.fm/89\n"
                               "\n"
                               "On November 19, 2026 the panel met again.\n",
                               "sentence.md")
                               .value();
  CHECK(sentence.date.empty());
  // Nor does a speaker's turn with dots in it.
  const Episode turn = ParseDigest(
                           "# Ep. 90\n"
                           "\n"
                           "[00:00:05] Host: taped November 19, 2026 · live · in SF\n"
                           "[00:00:09] Guest: thanks\n",
                           "turn-dots.md")
                           .value();
  CHECK(turn.date.empty());
}

TEST_CASE("a transcript with no heading opens with its title on a plain line", "[parser][forms]") {
  const Episode titled = ParseDigest(
                             "某播客 第12期 录音转写（自动生成）\n"
                             "[00:00:05] 说话人1：大家好，今天聊开源模型。\n"
                             "[00:00:19] 说话人2：开源模型追得很快。\n",
                             "titled.md")
                             .value();
  CHECK(titled.title == "某播客 第12期 录音转写（自动生成）");
  std::size_t paragraphs = 0;
  for (const Section& section : titled.sections) {
    for (const Turn& turn : section.turns) paragraphs += turn.paragraphs.size();
  }
  CHECK(paragraphs == 2);
  // A first line that ends a sentence is the editor's text, not a title.
  const Episode untitled = ParseDigest(
                               "这是一段开场白。\n"
                               "[00:00:05] 说话人1：大家好。\n",
                               "untitled.md")
                               .value();
  CHECK(untitled.title != "这是一段开场白。");
  // A first line that is itself a turn, timed or labelled like the next
  // one, is no title.
  for (const std::string text : {"[00:00:05] 说话人1：大家好\n[00:00:09] 说话人2：你好\n",
                                 "Host: welcome to the show\n00:00:09 Guest: thanks\n"}) {
    INFO(text);
    const Episode turn = ParseDigest(text, "turn.md").value();
    CHECK(turn.title.find("大家好") == std::string::npos);
    CHECK(turn.title.find("welcome") == std::string::npos);
  }
}

TEST_CASE("a length in words is read in Chinese and English, and nothing else is",
          "[parser][forms]") {
  using internal::ParseDurationWords;
  CHECK(ParseDurationWords("58 分钟") == 58 * 60);
  CHECK(ParseDurationWords("约 90 分钟左右") == 90 * 60);
  CHECK(ParseDurationWords("1小时12分") == 72 * 60);
  CHECK(ParseDurationWords("1 hour 12 minutes") == 72 * 60);
  CHECK(ParseDurationWords("1h 12m") == 72 * 60);
  CHECK(ParseDurationWords("72 min") == 72 * 60);
  CHECK_FALSE(ParseDurationWords("58 mangoes"));
  CHECK_FALSE(ParseDurationWords("12 分钟 1 小时"));  // Units go large to small.
  CHECK_FALSE(ParseDurationWords("三十分钟"));
  CHECK_FALSE(ParseDurationWords(""));
}

TEST_CASE("a notes app's timeline of coded clocks and a front matter naming the show",
          "[parser][forms]") {
  // No link anywhere: the front matter's show, host and guests make it an
  // episode's digest, and "`00:00:45`" is the moment of each bullet.
  const Episode e = ParseDigest(
                        "---\n"
                        "title: \"第 3 期\"\n"
                        "show: 测试电台\n"
                        "host: 林一\n"
                        "guests:\n"
                        "  - 周二（工程师）\n"
                        "---\n"
                        "\n"
                        "## 时间线\n"
                        "\n"
                        "- `00:00:45` **林一**：开场。\n"
                        "- `00:03:10` **周二**：推理成本降了。\n"
                        "- `备注` 不是时间。\n",
                        "coded-clocks.md")
                        .value();
  CHECK(e.show == "测试电台");
  // Code that holds no clock is text; an unlabelled item goes on the turn
  // above it.
  CHECK(Shape(e) ==
        "11|fulltext|林一|||开场。\n"
        "12|fulltext|周二|||推理成本降了。\n"
        "13|fulltext|周二|||备注 不是时间。\n");
  std::vector<int> starts;
  for (const Section& section : e.sections) {
    for (const Turn& turn : section.turns) {
      if (turn.range) starts.push_back(turn.range->start_s);
    }
  }
  CHECK(starts == std::vector<int>{45, 190});
  // The same summary without front matter, link, clock or turn is a note.
  CHECK_FALSE(ParseDigest("# 第 3 期\n\n推理成本降了。\n", "plain-note.md"));
}

TEST_CASE("a bilingual cover row in a quote block", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 直播回顾 Livestream Recap\n"
                        "\n"
                        "> 主播 Host：阿澈 ｜ 嘉宾 Guest：Ines Carvalho\n"
                        "> 直播时间 Aired：2025-12-20 20:00 ｜ 回放 Replay：B 站\n"
                        "\n"
                        "## 结论\n"
                        "\n"
                        "- 代码能力几乎并列。\n",
                        "bilingual-cover.md")
                        .value();
  CHECK(e.hosts == std::vector<std::string>{"阿澈"});
  CHECK(e.listed_speakers == std::vector<std::string>{"阿澈", "Ines Carvalho"});
  CHECK(e.date == "2025-12-20");
  CHECK(internal::ClassifyCoverKey("主播 Host") == internal::MetaKey::kHosts);
  CHECK(internal::ClassifyCoverKey("Aired") == internal::MetaKey::kDate);
  // Two parts that name two fields name none.
  CHECK(internal::ClassifyCoverKey("主持人 Date") == internal::MetaKey::kNone);
}

// "line|speaker|start" of every paragraph, its own moment or its turn's.
std::string Moments(const Episode& e) {
  std::ostringstream out;
  for (const Section& section : e.sections) {
    for (const Turn& turn : section.turns) {
      for (const Paragraph& p : turn.paragraphs) {
        const std::optional<TimeRange> range = p.range ? p.range : turn.range;
        out << p.line << '|' << (turn.speaker.empty() ? "(editor)" : turn.speaker) << '|';
        if (range) out << range->start_s;
        out << '\n';
      }
    }
  }
  return out.str();
}

// "line|text" of every paragraph, as the reader wrote it.
std::vector<std::string> Texts(const Episode& e) {
  std::vector<std::string> texts;
  for (const Section& section : e.sections) {
    for (const Turn& turn : section.turns) {
      for (const Paragraph& p : turn.paragraphs)
        texts.push_back(std::to_string(p.line) + "|" + p.text);
    }
  }
  return texts;
}

// "line|speaker" of every paragraph: the person it reports when it reports
// someone, else its turn's speaker ("" for the editor).
std::vector<std::string> Voices(const Episode& e) {
  std::vector<std::string> voices;
  for (const Section& section : e.sections) {
    for (const Turn& turn : section.turns) {
      for (const Paragraph& p : turn.paragraphs) {
        voices.push_back(std::to_string(p.line) + "|" +
                         (p.reported_speaker.empty() ? turn.speaker : p.reported_speaker));
      }
    }
  }
  return voices;
}

TEST_CASE("a bold name with a bare clock above the words, as a minutes export writes a turn",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 周会\n"
                        "\n"
                        "会议时间：2025年11月20日\n"
                        "\n"
                        "## 文字记录\n"
                        "\n"
                        "**林一** 00:03\n"
                        "好，那我们开始。\n"
                        "\n"
                        "**周二** 01:47\n"
                        "我这边跑出来是 72.8。\n",
                        "minutes.md")
                        .value();
  CHECK(Moments(e) == "8|林一|3\n11|周二|107\n");
}

TEST_CASE("subtitle cues pasted into Markdown time the words below them", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 转写稿\n"
                        "\n"
                        "> 自动转写，未校对。\n"
                        "\n"
                        "1\n"
                        "00:00:04,200 --> 00:00:09,760\n"
                        "[老韩] 欢迎回来。\n"
                        "\n"
                        "2\n"
                        "00:01:05,200 --> 00:01:12,000\n"
                        "[王蕾] 稳是稳，但是贵。\n"
                        "\n"
                        "3\n"
                        "00:01:12,300 --> 00:01:18,000\n"
                        "[老韩] 那 V3.2 呢？\n",
                        "cues.md")
                        .value();
  // The cue numbers are no claims; each range times the line under it, not
  // the line above it.
  CHECK(Moments(e) == "3|(editor)|\n7|老韩|4\n11|王蕾|65\n15|老韩|72\n");
  // The milliseconds are read and dropped; an arrow joins a range.
  const auto range = internal::MatchTimeRange("00:00:04,200 --> 00:00:09,760").value();
  REQUIRE(range);
  CHECK(range->range.start_s == 4);
  CHECK(range->range.end_s == 9);
}

TEST_CASE("an outliner page: properties, timestamp macros and nested turns", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "title:: 测试页\n"
                        "speakers:: [[陈默]], [[Sarah Lin]]\n"
                        "source:: https://www.youtube.com/watch?v=q7Xk2LmP0aE\n"
                        "\n"
                        "- 笔记\n"
                        "\t- {{youtube-timestamp 95}} [[陈默]] 开场：为什么聊评测\n"
                        "\t\t- 他提到上个月的发布。\n"
                        "\t\t  collapsed:: true\n"
                        "\t- {{youtube-timestamp 5:12}} [[Sarah Lin]]\n"
                        "\t\t- 差距都落在误差范围内了。\n"
                        "\t- [[21:08]] [[陈默]] 聊开源\n",
                        "outliner.md")
                        .value();
  CHECK(e.title == "测试页");
  CHECK(e.url == "https://www.youtube.com/watch?v=q7Xk2LmP0aE");
  CHECK(e.listed_speakers == std::vector<std::string>{"陈默", "Sarah Lin"});
  // The block property is the tool's, no paragraph; a page linked after a
  // moment opens that person's turn, and the blocks under it are theirs.
  CHECK(Moments(e) == "5|(editor)|\n6|陈默|95\n7|陈默|95\n10|Sarah Lin|312\n11|陈默|1268\n");
}

TEST_CASE("a chapter list with the clock inside the bold title times the lines under it",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 第 48 期\n"
                        "\n"
                        "链接：https://example.cn/48\n"
                        "\n"
                        "## 章节速览\n"
                        "- **06:45 数学评测的分数**\n"
                        "  围绕满分现象讨论题量太小。\n"
                        "- **21:30 Agent 任务**\n"
                        "  双方对比了视觉定位。\n"
                        "\n"
                        "后记：不在任何一章。\n",
                        "chapters.md")
                        .value();
  CHECK(Moments(e) ==
        "6|(editor)|405\n7|(editor)|405\n8|(editor)|1290\n9|(editor)|1290\n"
        "11|(editor)|\n");
}

TEST_CASE("a highlight whose time is a link at the end of its passage is timed throughout",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Highlights of an episode\n"
                        "\n"
                        "- URL: https://share.example.com/episode/x\n"
                        "\n"
                        "## Highlights\n"
                        "- Benchmarks age fast\n"
                        "  Key takeaways:\n"
                        "  - A public test stays useful for about a year.\n"
                        "  Transcript:\n"
                        "  When we released it, the best model was far behind. ([Time "
                        "0:07:42](https://share.example.com/s/a))\n"
                        "    - Note: check the score.\n"
                        "- Second point\n"
                        "  Words here. ([Time 0:19:05](https://share.example.com/s/b))\n"
                        "\n"
                        "A closing line.\n",
                        "highlights.md")
                        .value();
  // Every line of the first item takes 7:42, the lines above the link and
  // the note under it; the second item its own moment; a line after the
  // list none.
  const std::string moments = Moments(e);
  CHECK(moments.find("6|(editor)|462\n") != std::string::npos);
  CHECK(moments.find("8|(editor)|462\n") != std::string::npos);
  CHECK(moments.find("10|(editor)|462\n") != std::string::npos);
  CHECK(moments.find("11|(editor)|462\n") != std::string::npos);
  CHECK(moments.find("12|(editor)|1145\n") != std::string::npos);
  CHECK(moments.find("13|(editor)|1145\n") != std::string::npos);
  CHECK(moments.find("15|(editor)|\n") != std::string::npos);
}

// The lines of a highlight export's "Transcript:" block: a name alone on a
// line opens that person's turn, in a summary section too.
constexpr const char* kHighlightTranscript =
    "# Highlights of a talk\n"
    "\n"
    "- URL: https://share.example.com/episode/y\n"
    "\n"
    "## Highlights\n"
    "- Tests wear out\n"
    "  Key takeaways:\n"
    "  - A public test lasts about a year.\n"
    "  Transcript:\n"
    "  Mara Quint\n"
    "  Is the new split going to last?\n"
    "  Teo Albrecht\n"
    "  Not long. The top scores already bunch together.\n"
    "    - Note: check the split's date.\n"
    "- Second point\n"
    "  The host's own summary of it.\n";

TEST_CASE("a name alone on a line under a highlight's Transcript opens that person's turn",
          "[parser][forms]") {
  const Episode e = ParseDigest(kHighlightTranscript, "highlight-turns.md").value();
  // The marker and the two names are no paragraphs; each name's words are
  // theirs, spoken; the note under the passage and the next highlight are
  // the editor's again.
  CHECK(Moments(e) ==
        "6|(editor)|\n7|(editor)|\n8|(editor)|\n11|Mara Quint|\n13|Teo Albrecht|\n"
        "14|(editor)|\n15|(editor)|\n16|(editor)|\n");
  int spoken = 0;
  for (const Section& section : e.sections) {
    for (const Turn& turn : section.turns) {
      if (!turn.speaker.empty()) {
        CHECK(turn.spoken);
        ++spoken;
      }
    }
  }
  CHECK(spoken == 2);
}

TEST_CASE("an impossible value in a row of cover fields is left out and reported, the rest stand",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 第 12 期\n"
                        "\n"
                        "> 播出时间：2025-11-20 ｜ 时长：25:99 ｜ 主持人：韩蕾\n"
                        "\n"
                        "## 正文\n"
                        "\n"
                        "**韩蕾**：我们开始吧。\n",
                        "row.md")
                        .value();
  CHECK(e.date == "2025-11-20");
  CHECK(e.hosts == std::vector<std::string>{"韩蕾"});
  CHECK(e.duration_s < 0);
  const bool reported =
      std::any_of(e.report.notes.begin(), e.report.notes.end(), [](const std::string& note) {
        return note.find("25:99") != std::string::npos &&
               note.find("cover line 3") != std::string::npos;
      });
  CHECK(reported);
}

TEST_CASE("a transcript laid out as a table: each row is a turn at its time, a score table is not",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 第 7 期\n"
                        "\n"
                        "## 实录\n"
                        "\n"
                        "| 时间 | 发言人 | 内容 |\n"
                        "| :---: | :---: | --- |\n"
                        "| 00:25 | 方圆 | 先说推理成本。 |\n"
                        "| 01:02:03 | 白桦 | 长上下文便宜了一半。 |\n"
                        "| 2025 年 | 方圆 | 这一行的时间不是时钟。 |\n"
                        "\n"
                        "## 成绩\n"
                        "\n"
                        "| 模型 | 分数 |\n"
                        "| --- | --- |\n"
                        "| 某模型 | 70% |\n",
                        "table.md")
                        .value();
  // Rows 7 and 8 are turns at 25 s and 3723 s; row 9's first cell is no
  // clock, so it is its speaker's turn without a moment; the score table is
  // the editor's.
  const std::string moments = Moments(e);
  CHECK(moments.find("7|方圆|25\n") != std::string::npos);
  CHECK(moments.find("8|白桦|3723\n") != std::string::npos);
  CHECK(moments.find("9|方圆|\n") != std::string::npos);
  CHECK(moments.find("15|(editor)|\n") != std::string::npos);
}

TEST_CASE("a callout titled with a clock and a name is that person's words at that moment",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "---\n"
                        "title: 第 3 期\n"
                        "host: 夏禾\n"
                        "guests: [\"Ola Brandt\"]\n"
                        "url: https://example.com/ep/3\n"
                        "---\n"
                        "\n"
                        "## 高光\n"
                        "\n"
                        "> [!quote] 00:45 — 夏禾\n"
                        "> 先聊聊这周的发布。\n"
                        "\n"
                        "> [!question] 12:08 — [[Ola Brandt]]\n"
                        "> Is the gap real?\n"
                        "\n"
                        "> [!note] 15:00 背景\n"
                        "> 编者补充的背景。\n",
                        "callouts.md")
                        .value();
  // The clock times the callout's lines; a "question" callout is a listed
  // person's too; a note titled with a topic is the editor's, still timed.
  REQUIRE_FALSE(e.sections.empty());
  std::vector<std::string> got;
  for (const Turn& turn : e.sections.back().turns) {
    for (const Paragraph& p : turn.paragraphs) {
      got.push_back(std::to_string(p.line) + "|" + p.reported_speaker + "|" +
                    (p.range ? std::to_string(p.range->start_s) : ""));
    }
  }
  CHECK(got == std::vector<std::string>{"11|夏禾|45", "14|Ola Brandt|728", "17||900"});
}

TEST_CASE("a name with a clock after it alone on a line heads the words below, a chapter does not",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Ep. 9\n"
                        "\n"
                        "## Chapters\n"
                        "\n"
                        "00:00:00 Cold open\n"
                        "00:02:10 Is the test saturated?\n"
                        "\n"
                        "## Transcript\n"
                        "\n"
                        "Mina Osei (00:00:04)\n"
                        "Welcome back.\n"
                        "\n"
                        "Jon Pike (00:00:15)\n"
                        "Thanks for having me.\n"
                        "\n"
                        "Mina Osei (00:02:10)\n"
                        "Let's start with the scores.\n"
                        "\n"
                        "发言人2 00:02:41\n"
                        "我们接的是两家的模型。\n",
                        "timed-names.md")
                        .value();
  const std::string moments = Moments(e);
  CHECK(moments.find("11|Mina Osei|4\n") != std::string::npos);
  CHECK(moments.find("14|Jon Pike|15\n") != std::string::npos);
  CHECK(moments.find("17|Mina Osei|130\n") != std::string::npos);
  CHECK(moments.find("20|发言人2|161\n") != std::string::npos);
  // The chapters keep their clocks as the editor's moments.
  CHECK(moments.find("5|(editor)|0\n") != std::string::npos);
  CHECK(moments.find("6|(editor)|130\n") != std::string::npos);
}

TEST_CASE("a clock after a pictograph opens a video summary's point", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 实测\n"
                        "\n"
                        "> 视频链接：https://www.bilibili.com/video/BV1xx411c7XD\n"
                        "\n"
                        "## 亮点\n"
                        "\n"
                        "- \xF0\x9F\x9A\x80 00:42 测试方法：每个任务跑三遍。\n"
                        "- \xF0\x9F\x87\xA8\xF0\x9F\x87\xB3 19:20 加测两款模型。\n"
                        "- \xE2\x9C\x8D\xEF\xB8\x8F 11:30 长文写作。\n"
                        "- \xF0\x9F\x9A\x80 火箭后面不是时钟。\n"
                        "\xC2\xB7 14:20 中点也是列表记号。\n",
                        "pictographs.md")
                        .value();
  // Rocket, a flag (two regional indicators) and a writing hand with its
  // variation selector; the fourth point has no clock; a middle dot marks a
  // point as a bullet does.
  CHECK(Moments(e) ==
        "7|(editor)|42\n8|(editor)|1160\n9|(editor)|690\n10|(editor)|\n11|(editor)|860\n");
}

TEST_CASE("the lines under a plain chapter-list line are chapters, whatever colon they hold",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 第 142 期\n"
                        "\n"
                        "链接：https://example.com/ep/142\n"
                        "\n"
                        "时间轴\n"
                        "02:15 开场：两位嘉宾的近况\n"
                        "55:30 成本：单价和成功率\n"
                        "\n"
                        "主持人 00:02:15\n"
                        "大家好。\n"
                        "\n"
                        "嘉宾 00:02:41\n"
                        "谢谢。\n"
                        "\n"
                        "主持人 00:05:40\n"
                        "成本：你们怎么看？\n",
                        "chapters-plain.md")
                        .value();
  // "开场" and "成本" name chapters, no speakers; the block ends at the blank
  // line, and the turns below it are read as ever.
  CHECK(Moments(e) ==
        "6|(editor)|135\n7|(editor)|3330\n10|主持人|135\n13|嘉宾|161\n16|主持人|340\n");
}

TEST_CASE("a prose recap whose title or opening names an episode is a digest, a note is not",
          "[parser][forms]") {
  // A WeChat-style recap: no link, no clock, no turn label.
  const Result<Episode> recap = ParseDigest(
      "# 开源还差哪一步——《隔壁》第87期整理\n"
      "\n"
      "原创 小舟 2025年11月28日\n"
      "\n"
      "> 编者按：本期请来了两位嘉宾。\n"
      "\n"
      "杨帆认为，今年下半年开源第一次追了上来。\n",
      "recap.md");
  REQUIRE(recap.has_value());
  CHECK(std::any_of(
      recap->report.notes.begin(), recap->report.notes.end(),
      [](const std::string& note) { return note.find("names an episode") != std::string::npos; }));
  // An English blog post whose first lines say what it covers.
  CHECK(ParseDigest("# Lagging indicators\n"
                    "\n"
                    "I went to the conference mostly for the hallway track, but the keynote stayed "
                    "with me.\n",
                    "post.md")
            .has_value());
  // A personal note names no episode, and a word that only starts with one
  // ("podcaster") is not it.
  CHECK_FALSE(ParseDigest("# 随笔\n今天想到一些关于模型的事情。\n", "note.md").has_value());
  CHECK_FALSE(ParseDigest("# Notes\nA podcaster friend recommended this eval harness.\n", "n.md")
                  .has_value());
  // A folder's README that says the folder holds podcasts documents it.
  CHECK_FALSE(ParseDigest("# Digests\nSummaries of AI podcasts and interviews.\n", "README.md")
                  .has_value());
}

TEST_CASE("a short lead-in and a video's address after the opening words is the episode's source",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 看完了一场三小时的长谈\n"
                        "\n"
                        "谢邀，说几个印象深的点。\n"
                        "\n"
                        "视频在这：https://www.bilibili.com/video/BV1xx411c7XD\n"
                        "\n"
                        "先说结论：信息量很大。\n"
                        "\n"
                        "另一个视频：https://www.youtube.com/watch?v=abcdefghijk\n",
                        "answer.md")
                        .value();
  CHECK(e.url == "https://www.bilibili.com/video/BV1xx411c7XD");
  // The source line is no claim; a second link, once the source is known,
  // is the editor's text.
  const std::string moments = Moments(e);
  CHECK(moments.find("5|") == std::string::npos);
  CHECK(moments.find("9|(editor)|") != std::string::npos);
}

TEST_CASE("a qualified people key and a source named in words open a recap's cover",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 读书会｜十一月直播复盘\n"
                        "\n"
                        "来源：B站直播回放（某直播间，2025-11-30）\n"
                        "直播嘉宾：阿岚（主持）、老周（工程师）、Kevin（产品经理）\n"
                        "\n"
                        "## 观点摘录\n"
                        "\n"
                        "- 阿岚：这个月发布太密集了。\n"
                        "- Kevin：客户只认两家。\n",
                        "club.md")
                        .value();
  CHECK(e.listed_speakers == std::vector<std::string>{"阿岚", "老周", "Kevin"});
  CHECK(e.url.empty());
  // The cover lines are no claims; the listed names speak in the list.
  CHECK(Moments(e) == "8|阿岚|\n9|Kevin|\n");
  CHECK(internal::ClassifyCoverKey("本期嘉宾") == internal::MetaKey::kSpeakers);
  CHECK(internal::ClassifyCoverKey("节目主持人") == internal::MetaKey::kHosts);
  // A longer qualifier is some other field.
  CHECK(internal::ClassifyCoverKey("嘉宾介绍") == internal::MetaKey::kNone);
  CHECK(internal::ClassifyCoverKey("往期节目嘉宾") == internal::MetaKey::kNone);
}

TEST_CASE("an article's block quote is the person the paragraph above opens with",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "---\n"
                        "title: Notes on Mira Solberg's keynote\n"
                        "author: Dan Holt\n"
                        "---\n"
                        "\n"
                        "Solberg opened with a chart of coding scores.\n"
                        "\n"
                        "> That benchmark has stopped being a decision tool.\n"
                        "> It is a marketing asset now.\n"
                        "\n"
                        "Ivo Kask, who spoke before her, disagreed.\n"
                        "\n"
                        "> I want tests where the best score is embarrassing.\n"
                        "\n"
                        "For the rest of the talk the room was quiet.\n"
                        "\n"
                        "> A quote nobody is named for.\n",
                        "post.md")
                        .value();
  // A surname the title gives in full, then a full name; a paragraph that
  // opens with no one leaves its quote the author's.
  CHECK(Voices(e) == std::vector<std::string>{"6|Dan Holt", "8|Mira Solberg", "9|Mira Solberg",
                                              "11|Dan Holt", "13|Ivo Kask", "15|Dan Holt",
                                              "17|Dan Holt"});
}

TEST_CASE("the numbered turns are the people the key names, the key line is no claim",
          "[parser][speakers]") {
  const Episode e = ParseDigest(
                        "# 第 5 期\n"
                        "\n"
                        "说明：发言人1 是主播韩路，发言人2 是罗敏。\n"
                        "\n"
                        "发言人1 00:00:05\n"
                        "欢迎收听。\n"
                        "\n"
                        "发言人2 00:00:12\n"
                        "谢谢邀请。\n"
                        "\n"
                        "发言人1 00:01:00\n"
                        "我们开始吧。\n"
                        "\n"
                        "发言人3 00:01:30\n"
                        "我没有名字。\n"
                        "\n"
                        "发言人2：大家好\n",
                        "key.md")
                        .value();
  // The last line is a turn with one label, no key.
  CHECK(Voices(e) ==
        std::vector<std::string>{"6|韩路", "9|罗敏", "12|韩路", "15|发言人3", "17|罗敏"});
}

TEST_CASE("a third-level heading with none above it holds content", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "好的，以下是这场直播的要点总结：\n"
                        "\n"
                        "### 1. 开场\n"
                        "\n"
                        "- 主播盘点了本月的发布。（约 00:03:20）\n",
                        "answer.md")
                        .value();
  REQUIRE(e.sections.size() == 2);
  CHECK(e.sections[1].kind == SectionKind::kSummary);
  CHECK(Moments(e) == "1|(editor)|\n5|(editor)|200\n");
}

TEST_CASE(
    "a speech-to-text export: a stamp between name and colon, a chapter list, a key that "
    "names no one",
    "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 转写结果导出\n"
                        "\n"
                        "说话人：说话人 1 = 主持人 韩路；说话人 2 = 嘉宾 罗敏；说话人 3 = 未标注\n"
                        "\n"
                        "## 章节速览\n"
                        "\n"
                        "00:00 开场：为什么是今年\n"
                        "\n"
                        "## 转写全文\n"
                        "\n"
                        "说话人 1 [00:00:03]：欢迎收听。\n"
                        "\n"
                        "说话人 2 [00:00:11]：大家好。\n"
                        "\n"
                        "说话人 3 [00:55:40]：我想问个问题。\n",
                        "tingwu.md")
                        .value();
  // The chapter is the editor's; each turn is timed by the stamp before its
  // colon; the third speaker keeps the tool's label, since the key gives
  // no name for it.
  CHECK(Moments(e) == "7|(editor)|0\n11|韩路|3\n13|罗敏|11\n15|说话人 3|3340\n");
}

TEST_CASE(
    "a pasted video transcript: bracketed bold markers name the voice, bare clocks head "
    "their words",
    "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Ep. 112 with Ana Ruiz\n"
                        "\n"
                        "https://www.youtube.com/watch?v=abcdefghijk\n"
                        "\n"
                        "> My notes, pasted from the transcript panel.\n"
                        "\n"
                        "**[Host]**\n"
                        "0:00\n"
                        "hey everyone welcome back\n"
                        "0:06\n"
                        "today it is evals\n"
                        "**[Guest: Ana Ruiz]**\n"
                        "0:11\n"
                        "thanks for having me\n"
                        "1:23\n"
                        "that one is basically done\n",
                        "captions.md")
                        .value();
  // Each clock times the caption line under it, not the one above.
  CHECK(Moments(e) == "5|(editor)|\n9|Host|0\n11|Host|6\n14|Ana Ruiz|11\n16|Ana Ruiz|83\n");
}

TEST_CASE(
    "a Notion page: plain properties, a toggle whose title holds a clock, and a linked "
    "clock under a bold name",
    "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 夜谈 EP.73\n"
                        "\n"
                        "Podcast: 夜谈 Nights\n"
                        "Host: 周北\n"
                        "Guests: Mia Chen, 郑航\n"
                        "\n"
                        "<details>\n"
                        "<summary>00:04:10 开场</summary>\n"
                        "\n"
                        "**周北：** 欢迎收听。\n"
                        "\n"
                        "</details>\n"
                        "\n"
                        "## Transcript\n"
                        "\n"
                        "**Mia Chen**\n"
                        "[00:06:30](https://podwise.example/e/1?t=390)\n"
                        "The honest answer is reliability.\n"
                        "\n"
                        "**Zheng Hang**\n"
                        "[00:07:02](https://podwise.example/e/1?t=422)\n"
                        "同意。\n"
                        "\n"
                        "**Mia Chen**\n"
                        "[00:07:30](https://podwise.example/e/1?t=450)\n"
                        "And cost.\n",
                        "notion.md")
                        .value();
  // The show line is read beside the people lines (before, "Host" and
  // "Guests" opened turns); the toggle's clock times its turn's words; a
  // linked clock under a bold name starts that turn.
  CHECK(e.show == "夜谈 Nights");
  CHECK(e.hosts == std::vector<std::string>{"周北"});
  CHECK(Moments(e) == "10|周北|250\n18|Mia Chen|390\n22|Zheng Hang|422\n26|Mia Chen|450\n");
}

TEST_CASE("a callout or a toggle titled with a name and then a clock", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Agent 评测 EP.3\n"
                        "\n"
                        "Host: 王小明\n"
                        "Guests: 李华\n"
                        "\n"
                        "## Transcript\n"
                        "\n"
                        "**李华** [00:01:05]: 我觉得 SWE-bench Verified 已经饱和了。\n"
                        "\n"
                        "> [!quote] 王小明 00:03:00\n"
                        "> 那 GAIA 呢？\n"
                        "\n"
                        "<details>\n"
                        "<summary>李华 00:04:00</summary>\n"
                        "\n"
                        "GAIA 太老了，但还有参考价值。\n"
                        "</details>\n",
                        "toggles.md")
                        .value();
  // The clock after the name times the quoted line (3:00) and the folded
  // turn (4:00); the callout quotes 王小明, the toggle opens 李华's turn.
  CHECK(Moments(e) == "8|李华|65\n11|李华|180\n16|李华|240\n");
  CHECK(Voices(e) == std::vector<std::string>{"8|李华", "11|王小明", "16|李华"});

  // A chapter's name before the clock times the lines but is nobody.
  const Episode chapter = ParseDigest(
                              "# Agent 评测 EP.4\n"
                              "\n"
                              "<details>\n"
                              "<summary>开场 00:00:10</summary>\n"
                              "\n"
                              "今天我们聊 agent 评测。\n"
                              "</details>\n",
                              "chapter.md")
                              .value();
  CHECK(Moments(chapter) == "6|(editor)|10\n");
}

TEST_CASE("a heading decorated with a pictograph is named as without it", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# EP 12\n"
                        "\n"
                        "## ✨ Summary\n"
                        "\n"
                        "- GPT-5 is strong at coding.\n"
                        "\n"
                        "## 📚 Transcript\n"
                        "\n"
                        "**Ada Li:** I agree with that.\n"
                        "**Bo Chen:** I do not.\n",
                        "decorated.md")
                        .value();
  // "✨ Summary" is the editor's summary; under "📚 Transcript" the bold
  // labels open turns, as under "Transcript".
  REQUIRE(e.sections.size() == 3);
  CHECK(e.sections[1].kind == SectionKind::kSummary);
  CHECK(e.sections[2].kind == SectionKind::kFullText);
  CHECK(Voices(e) == std::vector<std::string>{"5|", "9|Ada Li", "10|Bo Chen"});
}

TEST_CASE("a name, a separator and a clock above the words, as meeting tools write a turn",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Weekly AI sync\n"
                        "\n"
                        "**Sam Lee** · 00:41\n"
                        "Claude Code is the best coding agent right now.\n"
                        "\n"
                        "**Jane Doe** - 01:20\n"
                        "What about Gemini 3?\n"
                        "\n"
                        "Sam Lee - 01:35\n"
                        "Gemini 3 is great at front end.\n"
                        "\n"
                        "**Jane Doe** · 02:10\n"
                        "Interesting.\n",
                        "meeting.md")
                        .value();
  // The separator and the bold are no part of the name; the clock starts the turn.
  CHECK(Moments(e) == "4|Sam Lee|41\n7|Jane Doe|80\n10|Sam Lee|95\n13|Jane Doe|130\n");
}

TEST_CASE("a name glued to its clock by a bar or in lenticular brackets heads the turn",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 第 12 期：推理模型的成本\n"
                        "\n"
                        "**Sam Lee**｜00:41\n"
                        "我觉得推理模型的成本明年会降一半。\n"
                        "\n"
                        "【张伟】01:20\n"
                        "我不同意，GPU 还是很贵。\n"
                        "\n"
                        "**Sam Lee**｜02:05\n"
                        "蒸馏出来的小模型已经够用了。\n"
                        "\n"
                        "【张伟】02:40\n"
                        "小模型在长任务上还不稳定。\n",
                        "glued.md")
                        .value();
  // No space between the name and the clock: the bar and the brackets are
  // the separators, and neither is part of the name.
  CHECK(Moments(e) == "4|Sam Lee|41\n7|张伟|80\n10|Sam Lee|125\n13|张伟|160\n");
}

TEST_CASE("a cover row whose fields an ideographic space or a full-width semicolon parts",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 第 12 期：推理模型的成本\n"
                        "\n"
                        "主持人：周以宁　嘉宾：Sam Lee、张伟\n"
                        "\n"
                        "张伟：推理成本下降很慢。\n",
                        "cover-row.md")
                        .value();
  // The row is the cover's host and guests, not a turn of a speaker called
  // 主持人 that says "周以宁　嘉宾：…" and runs on to the next label.
  CHECK(e.hosts == std::vector<std::string>{"周以宁"});
  CHECK(Voices(e) == std::vector<std::string>{"5|张伟"});
  const Episode semicolons = ParseDigest(
                                 "# 第 13 期\n"
                                 "\n"
                                 "主持人：周以宁；嘉宾：张伟\n"
                                 "\n"
                                 "张伟：推理成本下降很慢。\n",
                                 "cover-row-semicolons.md")
                                 .value();
  CHECK(semicolons.hosts == std::vector<std::string>{"周以宁"});
  CHECK(Voices(semicolons) == std::vector<std::string>{"5|张伟"});
}

TEST_CASE("a player's line without a link times the untimed section above it", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Episode 88: Agents in production\n"
                        "\n"
                        "## Snips\n"
                        "\n"
                        "### Why evals lag behind\n"
                        "🎧 Play snip (12:34 - 13:40)\n"
                        "Public evals lag real agent performance by six months.\n"
                        "\n"
                        "### Cost of long context\n"
                        "🎧 Play snip (25:10 - 26:02)\n"
                        "Long context is still too expensive for most startups.\n"
                        "\n"
                        "### A sentence is no player's line\n"
                        "We replayed the clip twice (25:10 - 26:02).\n"
                        "\n"
                        "### A chapter list is no player's line\n"
                        "- 开场 (00:00 - 02:15)\n",
                        "snips.md")
                        .value();
  // The player's line is no claim; its range times the snip's section, so
  // its words. A sentence that ends with a range stays a claim, timed by it.
  CHECK(Moments(e) == "7|(editor)|\n11|(editor)|\n14|(editor)|1510\n17|(editor)|0\n");
  REQUIRE(e.sections.size() == 6);
  REQUIRE(e.sections[2].range.has_value());
  CHECK(e.sections[2].range->start_s == 754);
  CHECK(e.sections[2].range->end_s == 820);
  REQUIRE(e.sections[3].range.has_value());
  CHECK(e.sections[3].range->start_s == 1510);
  CHECK(e.sections[3].range->end_s == 1562);
  CHECK(!e.sections[4].range.has_value());
}

TEST_CASE("a table's rows carry their columns' names, and a table ends at a line without a bar",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 长上下文\n"
                        "\n"
                        "https://www.youtube.com/watch?v=abcdefghijk\n"
                        "\n"
                        "| 模型 | RULER | **备注** |\n"
                        "|---|---|---|\n"
                        "| GLM-4.5-Air | 78.4 | |\n"
                        "| MiniMax-M2 | 81.9 | 最长 1M | 多出的一格 |\n"
                        "\n"
                        "| | Score |\n"
                        "|---|---|\n"
                        "| GPT-5 | 74.9 |\n"
                        "\n"
                        "左边 | 右边，不是表格。\n",
                        "table.md")
                        .value();
  // An empty cell says nothing, a cell past the header stands alone, the
  // header's bold is dropped; an empty header leaves its cell alone; a bar
  // in prose after the table is prose.
  CHECK(Texts(e) == std::vector<std::string>{
                        "7|模型：GLM-4.5-Air | RULER：78.4",
                        "8|模型：MiniMax-M2 | RULER：81.9 | 备注：最长 1M | 多出的一格",
                        "12|GPT-5 | Score: 74.9",
                        "14|左边 | 右边，不是表格。",
                    });
  // The column names are marked as the reader's additions: 模型 at bytes 0-6,
  // RULER after "模型：GLM-4.5-Air | " (9 + 11 + 3 bytes).
  const Paragraph& first_row = e.sections[0].turns[0].paragraphs[0];
  REQUIRE(first_row.line == 7);
  using Span = std::pair<std::size_t, std::size_t>;
  CHECK(first_row.context_spans == std::vector<Span>{{0, 6}, {23, 28}});
  CHECK(first_row.plain == first_row.text);
}

TEST_CASE("an editor's note on a line of its own inside a turn is the editor's",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# EP 6\n"
                        "\n"
                        "https://www.youtube.com/watch?v=q7Xk2LmP9dA\n"
                        "\n"
                        "**Sam Lee:** SWE-bench Verified is saturated.\n"
                        "*(note: she means the 500-task subset here)*\n"
                        "Second point, still mine.\n"
                        "\n"
                        "**Ada Li:** 我不同意。\n"
                        "（编者注：此处指 Terminal-Bench 2.0）\n"
                        "[Editor's note: the numbers were on a slide.]\n"
                        "\n"
                        "**Sam Lee:** Terminal-Bench is better.\n"
                        "Note: caption said terminal bench two.\n"
                        "\n"
                        "**Ada Li:** 注意：这是我说的。Manus卖给了Meta（注：后来撤回了）。\n",
                        "notes.md")
                        .value();
  // A note word and a colon open each aside, bracketed or not; after it the
  // speaker goes on. 注意 is no note word, and a note inside a sentence is
  // the speaker's.
  CHECK(Voices(e) == std::vector<std::string>{"5|Sam Lee", "6|", "7|Sam Lee", "9|Ada Li", "10|",
                                              "11|", "13|Sam Lee", "14|", "16|Ada Li"});
}

TEST_CASE("a clock and then a name alone above the words", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 周会\n"
                        "\n"
                        "[00:41] 张伟\n"
                        "Claude Code 是现在最好的编程 agent。\n"
                        "\n"
                        "00:01:20 李娜\n"
                        "那 Gemini 3 呢？\n"
                        "\n"
                        "[01:35] 张伟\n"
                        "Gemini 3 前端很强。\n"
                        "\n"
                        "02:10 李娜\n"
                        "有意思，值得再看看。\n",
                        "clock-first.md")
                        .value();
  // The line is the turn's head, as "张伟 (00:41)" is; the words are nobody's
  // without it.
  CHECK(Moments(e) == "4|张伟|41\n7|李娜|80\n10|张伟|95\n13|李娜|130\n");
}

TEST_CASE("a quotation attributed in brackets or after a dash with a role and a clock",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "好的，以下是这场直播的要点总结：\n"
                        "\n"
                        "### 1. 开场\n"
                        "\n"
                        "- 「收藏夹比代码仓库长得还快。」（主播 阿晨，约 00:05:45）\n"
                        "- 「真正拉开差距的是 HLE。」—— 嘉宾 王卓 @ 41:20\n"
                        "- 「这个月太忙了。」（笑）\n",
                        "assistant.md")
                        .value();
  // The bracket names the speaker and the moment; a bracket with neither a
  // role nor a clock ("笑") names nobody.
  CHECK(Voices(e) == std::vector<std::string>{"1|", "5|阿晨", "6|王卓", "7|"});
  CHECK(Moments(e).find("5|(editor)|345\n") != std::string::npos);
  CHECK(Moments(e).find("6|(editor)|2480\n") != std::string::npos);
}

TEST_CASE("a turn's own clock inside a timed folded chapter is the nearer one", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 第 3 期\n"
                        "\n"
                        "<details>\n"
                        "<summary>00:12:40 代码基准还有用吗？</summary>\n"
                        "\n"
                        "**周小北** [00:12:40]：SWE-bench Verified 的 80% 意味着什么？\n"
                        "\n"
                        "**Mia Zhang** [00:12:58]：Opus 4.5 是 80.9。\n"
                        "\n"
                        "这一段没有自己的时间。\n"
                        "\n"
                        "</details>\n",
                        "folded.md")
                        .value();
  // 00:12:58 is 778 s; the untimed paragraph of that turn keeps the turn's.
  CHECK(Moments(e) == "6|周小北|760\n8|Mia Zhang|778\n10|Mia Zhang|778\n");
}

TEST_CASE("an editor's note on a line of its own sits at the moment of the line above",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# EP 7\n"
                        "\n"
                        "**Priya Raman** (12:14): with tools some setups get into the forties\n"
                        "*(note: she compares runs with and without tools)*\n"
                        "\n"
                        "**Sam Lee** (12:40): [12:52] Terminal-Bench is harder.\n"
                        "*(note: he means version 2.0)*\n",
                        "captions.md")
                        .value();
  // 12:14 is 734 s; the note under a line with its own clock takes that
  // clock (12:52, 772 s), not the turn's.
  CHECK(Moments(e) == "3|Priya Raman|734\n4|(editor)|734\n6|Sam Lee|772\n7|(editor)|772\n");
}

TEST_CASE(
    "an outliner's bullet headings and note taker's lines and a linked name with a speech verb",
    "[parser][forms]") {
  const Episode e = ParseDigest(
                        "title:: 模型之间 EP9\n"
                        "speakers:: [[陈默]], [[Sarah Lin]]\n"
                        "\n"
                        "- ## 笔记\n"
                        "\t- {{youtube-timestamp 312}} [[Sarah Lin]]\n"
                        "\t\t- HLE 还远没有饱和。\n"
                        "\t\t\t- 我的批注：节目里没提答案的争议。\n"
                        "\t\t- #[[待核实]] 具体分数节目里没说清。\n"
                        "\t- {{youtube-timestamp 400}} [[陈默]] 追问\n"
                        "\t\t- 开源落后四五分算大还是小？\n"
                        "\t\t- [[Sarah Lin]] 回答：四五分就是用户能不能感觉到的那条线。\n"
                        "- ## 我的思考\n"
                        "\t- SWE-bench Verified 讨论太少。\n"
                        "\t- TODO 找一下技术报告\n",
                        "logseq.md")
                        .value();
  // "- ## 我的思考" is a heading, so the last turn ends there (line 9's
  // words after the name are 陈默's, as in any timed head); a note word,
  // a tag or a task first is the note taker's; a linked name and a speech
  // verb hand the line to that person.
  CHECK(Voices(e) == std::vector<std::string>{"6|Sarah Lin", "7|", "8|", "9|陈默", "10|陈默",
                                              "11|Sarah Lin", "13|", "14|"});
  REQUIRE(e.sections.size() >= 2);
  CHECK(e.sections.back().title == "我的思考");
}

TEST_CASE("a pasted WebVTT file with voice tags and cue identifiers", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 圆桌：agent 评测\n"
                        "- 日期：2025-11-27\n"
                        "- 主持：Ada Lin\n"
                        "\n"
                        "WEBVTT\n"
                        "\n"
                        "5e0d1c7a-2b8f-4e61/14-0\n"
                        "00:00:04.512 --> 00:00:09.870\n"
                        "<v Ada Lin>OK, we're live.</v>\n"
                        "\n"
                        "5e0d1c7a-2b8f-4e61/15-0\n"
                        "00:00:31.800 --> 00:00:44.120\n"
                        "<v Bo Chen>第一个观察是两个 domain 差别很大，\n"
                        "同一个 GPT-5 能差二十个点。</v>\n"
                        "\n"
                        "笔记：会后他补充说 pass^k 更能说明问题。\n"
                        "\n"
                        "16\n"
                        "00:01:41.900 --> 00:01:47.300\n"
                        "<v +86 138****2207>喂，能听到吗？</v>\n",
                        "teams.md")
                        .value();
  // The tag names the speaker, a dial-in's number too (no cover lists it);
  // the cue's second line is still Bo Chen's at 00:00:31; the header and
  // the cue identifiers are no claims; 笔记 is the note taker's word, on the
  // cue above it.
  CHECK(Moments(e) ==
        "9|Ada Lin|4\n13|Bo Chen|31\n14|Bo Chen|31\n16|(editor)|31\n"
        "20|+86 138****2207|101\n");
  CHECK(Texts(e)[0] == "9|OK, we're live.");
}

TEST_CASE("a diarisation key laid out one pair a line and a note taker's aside above the turns",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 第 47 期\n"
                        "- 来源: https://www.xiaoyuzhoufm.com/episode/6741c0a9e2b1f3d8a0c7b512\n"
                        "- 转写: WhisperX 说话人分离（batch_size=16），整理者人工校对过一遍\n"
                        "- 日期: 2025-12-09\n"
                        "\n"
                        "## 说话人对照\n"
                        "- SPEAKER_00 = 林薇（主持人）\n"
                        "- SPEAKER_01 = 韩东川\n"
                        "\n"
                        "> 整理者注：中间有一段把两位嘉宾搞混了。\n"
                        "\n"
                        "## 转写\n"
                        "[00:00:03.120 --> 00:00:11.480] SPEAKER_00: 欢迎来到节目。\n"
                        "[00:00:19.800 --> 00:00:31.040] SPEAKER_01: 我主要做预训练。\n",
                        "whisperx.md")
                        .value();
  // How the digest was made is the cover's, between two fields that say
  // what they are, so the date after it is still read.
  CHECK(e.date == "2025-12-09");
  CHECK(Voices(e) == std::vector<std::string>{"10|", "13|林薇", "14|韩东川"});
}

TEST_CASE("a highlight app's snips timed by a span under each heading", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Snipd export · EP88\n"
                        "\n"
                        "**Show:** 硅基漫游\n"
                        "**Guests:** 张可\n"
                        "**Link:** https://share.snipd.com/episode/5c1d8e0b\n"
                        "**Snips:** 2\n"
                        "\n"
                        "## 🎧 Snip 1 — BrowseComp 为什么难\n"
                        "⏱ 04:18 – 05:52 (1m 34s)\n"
                        "\n"
                        "- BrowseComp 需要多跳搜索。\n"
                        "\n"
                        "**张可:** 答案就几个字，但要翻几十个网页。\n"
                        "\n"
                        "**📝 My note:** 放弃太早能不能做成 reward？\n",
                        "snipd.md")
                        .value();
  // 04:18 is 258 s: the span is the snip's own (its section's), so it times
  // every line of it, the note taker's too; the length in brackets and the
  // count of snips are no claims.
  REQUIRE(e.sections.back().range);
  CHECK(e.sections.back().range->start_s == 258);
  CHECK(e.sections.back().range->end_s == 352);
  CHECK(Voices(e) == std::vector<std::string>{"11|", "13|张可", "15|"});
}

TEST_CASE("notes typed live with a clock beside each name and a dash or a colon",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 听课笔记｜Agent 落地直播\n"
                        "\n"
                        "## 开场\n"
                        "\n"
                        "- 0:02 小北 — 开场，今天只聊 agent 怎么落地。\n"
                        "- 陆川 (3:40) – 我们线上的主力还是 Claude Sonnet 4.5。\n"
                        "    - 但 Opus 4.5 贵，只在难的 case 上用。\n"
                        "- (6:15) 小北：那 GPT-5.1 呢？\n"
                        "- 陆川 6:30 — 测过，长上下文更稳。\n"
                        "- ⭐ 这里很关键：按任务难度做模型路由。\n"
                        "- （我：这个有点绝对了）\n"
                        "- 41:20 观众A：HLE 的分数带工具吗？\n"
                        "- 02:15 开场：两位嘉宾的 2025\n",
                        "typed.md")
                        .value();
  // Each name comes back with a clock, so it speaks; the item under a turn
  // is its speaker's; an item with no name beside them, and the bracketed
  // 我, are the note taker's; a role with a clock speaks once; a title with
  // a clock (开场) is nobody's.
  CHECK(Voices(e) == std::vector<std::string>{"5|小北", "6|陆川", "7|陆川", "8|小北", "9|陆川",
                                              "10|", "11|", "12|观众A", "13|"});
  CHECK(Moments(e).find("9|陆川|390\n") != std::string::npos);
}

TEST_CASE("a briefing document's participants with titles and notes and the quotes it attributes",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Briefing Document: Latent Loop, Episode 112\n"
                        "\n"
                        "**Source:** https://www.youtube.com/watch?v=q8Xr2LmTz4E\n"
                        "**Generated with:** NotebookLM (1 source)\n"
                        "**Participants:** Hannah Kessler (host); Dr. Ravi Menon (guest, head of "
                        "evaluation); Tomás Ibarra (guest, founder)\n"
                        "\n"
                        "## Themes\n"
                        "\n"
                        "> \"Verified is the worst benchmark except for all the others.\"\n"
                        "> — Tomás Ibarra [15:20]\n"
                        "\n"
                        "- Menon: \"We'll stop asking for scores.\" [41:05]\n",
                        "briefing.md")
                        .value();
  // A note's commas stay inside it, a title goes; the tool line is no
  // claim; the name under a quote takes its clock (15:20 is 920 s) with an
  // accented letter; a listed guest's last name speaks.
  CHECK(e.listed_speakers ==
        std::vector<std::string>{"Hannah Kessler", "Ravi Menon", "Tomás Ibarra"});
  CHECK(Voices(e) == std::vector<std::string>{"9|Tomás Ibarra", "12|Menon"});
  CHECK(Moments(e).find("|920\n") != std::string::npos);
}

TEST_CASE("a show page's timeline heading and its listeners' comments", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# E47｜评测还剩下什么？\n"
                        "\n"
                        "硅基漫游 ｜ 2025年12月4日 20:00 ｜ 时长 01:18:42\n"
                        "\n"
                        "## 时间轴\n"
                        "\n"
                        "00:00 开场：为什么这一期要聊评测\n"
                        "01:45 林晓舟自我介绍：从搜索评测转到大模型评测\n"
                        "31:06 主播插话：聊聊用 GPT-5.1 写前端\n"
                        "\n"
                        "## 评论区（86）\n"
                        "\n"
                        "**不会调参的猫**：48:33 那句太狠了。\n"
                        "\n"
                        "**Lemon_ML**：BrowseComp 60.2% 是 heavy 模式吗？\n",
                        "xiaoyuzhou.md")
                        .value();
  // The bar parts a cover row, so no one called "硅基漫游 ｜ 2025年12月4日"
  // speaks; a timeline's titles are the editor's whatever colon they hold;
  // a comment is its writer's.
  CHECK(Voices(e) == std::vector<std::string>{"7|", "8|", "9|", "13|不会调参的猫", "15|Lemon_ML"});
}

TEST_CASE(
    "captions that mark each change of speaker with chevrons take turns between host and guest",
    "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Notes: Latent Loop ep. 88\n"
                        "\n"
                        "Link: https://www.youtube.com/watch?v=Qm7dL2xR0aE\n"
                        "Host: Marcus Feld · Guest: Dr. Priya Raman (runs agent evals)\n"
                        "\n"
                        "## Transcript\n"
                        "\n"
                        "0:06\n"
                        ">> welcome back I'm Marcus Feld\n"
                        "0:09\n"
                        "and today I've got Priya Raman\n"
                        "0:15\n"
                        ">> thanks Marcus\n"
                        "0:19\n"
                        ">> which launch numbers do you trust\n"
                        "NB (0:55): her 76 to 81 checks out.\n",
                        "captions.md")
                        .value();
  // The middle dot parts the cover row; the first mark is the host's (he
  // introduces himself), then they take turns; NB is the note taker's, at
  // its own clock (0:55 is 55 s).
  CHECK(e.hosts == std::vector<std::string>{"Marcus Feld"});
  CHECK(Voices(e) == std::vector<std::string>{"9|Marcus Feld", "11|Marcus Feld", "13|Priya Raman",
                                              "15|Marcus Feld", "16|"});
  CHECK(Moments(e).find("16|(editor)|55\n") != std::string::npos);
}

TEST_CASE("a bracketed interjection inside a quote callout and a callout that relays another",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 评测夜谈\n"
                        "\n"
                        "> [!quote] 沈砚 · 11:52\n"
                        "> 用户模拟器本身也是一个模型。\n"
                        "> （一帆插话：所以那些分数都得打个折？）\n"
                        "> 不是打折，是要标注清楚。\n"
                        "\n"
                        "> [!quote] 沈砚（转述 Karpathy）· 58:45\n"
                        "> Agent 现在就是不太行，我部分同意。\n",
                        "obsidian.md")
                        .value();
  // The bracketed line is 一帆's, the callout's speaker goes on after it;
  // the relaying callout is 沈砚's.
  CHECK(Voices(e) == std::vector<std::string>{"4|沈砚", "5|一帆", "6|沈砚", "9|沈砚"});
}

TEST_CASE("a table transcript's role with the person's name and its editor rows",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 模型夜谈\n"
                        "\n"
                        "| 时间 | 发言人 | 内容 |\n"
                        "|:---:|:---|:---|\n"
                        "| 00:00:31 | 嘉宾A（王思齐） | 大家好，我是思齐。 |\n"
                        "| 00:01:02 | 陆鸣 | DeepSeek-V3.2 你们怎么看？ |\n"
                        "| 00:01:15 | 王思齐 | 我第一反应是看价格。 |\n"
                        "| | [整理者注] | 此处删去约 6 分钟闲聊。 |\n"
                        "| 00:11:30 | 陆鸣 | 你们用什么模型做数据合成？ |\n",
                        "table.md")
                        .value();
  // 王思齐 labels a row of her own, so the role's note names her; the
  // bracketed note word is the editor's.
  CHECK(Voices(e) == std::vector<std::string>{"5|王思齐", "6|陆鸣", "7|王思齐", "8|", "9|陆鸣"});
}

TEST_CASE("a podcast app's transcript with first names alone above the words and clocks above some",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "The Gradient Descent Hour, Ep. 212\n"
                        "Hosted by Dana Whitfield. Guest: Omar Kessler, who runs evals.\n"
                        "\n"
                        "0:00\n"
                        "Dana\n"
                        "Welcome to the show. Omar, you've spent six years building evals?\n"
                        "\n"
                        "0:24\n"
                        "Omar\n"
                        "Closer to seven.\n"
                        "\n"
                        "Dana\n"
                        "Is Gemini 3 Pro number one?\n"
                        "\n"
                        "0:41\n"
                        "Omar\n"
                        "On a lot of them, yes.\n",
                        "apple.md")
                        .value();
  // The opening introduces both in full, so their first names alone on a
  // line head the turns; a clock above a name is that turn's start, not a
  // citation of the lines above it.
  CHECK(Moments(e).find("6|Dana|0\n10|Omar|24\n13|Dana|") != std::string::npos);
  CHECK(Moments(e).find("17|Omar|41\n") != std::string::npos);
}

TEST_CASE("a notes app's toggles over indented items are timed sections", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 算力茶馆 #31\n"
                        "\n"
                        "Guests: 王岚（产品负责人）, Kevin Zhou（独立开发者）\n"
                        "\n"
                        "▶ 00:05:10 榜单还能不能信\n"
                        "    - 王岚：对选型来说意义不大了。\n"
                        "    - Kevin：我个人只信 LiveCodeBench。\n"
                        "\n"
                        "时间轴\n"
                        "02:15 开场\n"
                        "▸ 23:05 国产模型兜底\n",
                        "notion.md")
                        .value();
  // 00:05:10 is 310 s, the toggle's section's; a listed guest speaks by his
  // first name; a triangle with nothing indented under it is a chapter
  // list's marker, no heading, and the list is the editor's.
  REQUIRE(e.sections.size() == 2);
  REQUIRE(e.sections[1].range);
  CHECK(e.sections[1].range->start_s == 310);
  CHECK(Voices(e) == std::vector<std::string>{"6|王岚", "7|Kevin", "10|", "11|"});
}

TEST_CASE("an assistant's summary quoting people at a moment given in words", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 开源夜谈 第 9 期\n"
                        "\n"
                        "以下是本期播客的要点：\n"
                        "\n"
                        "1. **差距在缩小**：嘉宾认为开源已接近闭源。\n"
                        "   「没人帮你部署才是问题。」——刘芮宁（约 15 分钟处）\n"
                        "   「便宜到一定程度，用户就不再比较模型。」——老K（约 1 小时 05 分处）\n"
                        "   「这个榜已经饱和了。」——张衡（约 75 分钟处）\n",
                        "kimi.md")
                        .value();
  // 15 minutes is 900 s, an hour and five minutes 3900 s, 75 minutes 4500 s.
  CHECK(Voices(e) == std::vector<std::string>{"3|", "5|", "6|刘芮宁", "7|老K", "8|张衡"});
  CHECK(Moments(e).find("6|(editor)|900\n7|(editor)|3900\n8|(editor)|4500\n") != std::string::npos);
}

TEST_CASE("a summary that names each transcript label in brackets and a nickname of a named host",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 模型圆桌 第 7 期\n"
                        "\n"
                        "会议时间：2026-03-02　参会人：Tony-运营、说话人2、老孟\n"
                        "\n"
                        "## 文字记录\n"
                        "\n"
                        "Tony-运营 00:00:05\n"
                        "欢迎大家，今天聊开源模型。\n"
                        "\n"
                        "说话人2 00:01:10\n"
                        "我觉得 GLM-4.6 已经够用了。\n"
                        "\n"
                        "老孟 00:02:40\n"
                        "我不同意，长任务还是不稳。\n"
                        "\n"
                        "说话人3 00:03:00\n"
                        "我补充一句。\n"
                        "\n"
                        "## 智能纪要\n"
                        "\n"
                        "本次讨论由唐嘉禾（Tony-运营）主持，邵雨（说话人2）与孟凡（老孟）参加。\n"
                        "Agent 搭建（说话人3）的部分没有记录。\n",
                        "meeting.md")
                        .value();
  // The summary puts each person's name before the label in brackets; a
  // label whose bracketed neighbour starts with no family name (搭建) stays
  // as written.
  CHECK(Voices(e) ==
        std::vector<std::string>{"8|唐嘉禾", "11|邵雨", "14|孟凡", "17|说话人3", "21|", "22|"});
  const Episode nicknamed = ParseDigest(
                                "# 夜航 EP3\n"
                                "\n"
                                "## 发言总结\n"
                                "\n"
                                "发言人1（周牧川）\n"
                                "主持人主要负责引导话题。\n"
                                "\n"
                                "## 原文\n"
                                "\n"
                                "发言人1 00:01\n"
                                "欢迎收听，我是老周。\n"
                                "老周 06:42\n"
                                "我们进正题。\n"
                                "林知夏 06:55\n"
                                "好的。\n"
                                "老王 07:10\n"
                                "我也说一句。\n",
                                "tingwu.md")
                                .value();
  // 发言人1 is 周牧川 by the summary's key; 老周 is him too, the one full name
  // with the surname 周; 老王 matches no full name and stays 老王.
  const std::vector<std::string> voices = Voices(nicknamed);
  CHECK(std::find(voices.begin(), voices.end(), "11|周牧川") != voices.end());
  CHECK(std::find(voices.begin(), voices.end(), "13|周牧川") != voices.end());
  CHECK(std::find(voices.begin(), voices.end(), "15|林知夏") != voices.end());
  CHECK(std::find(voices.begin(), voices.end(), "17|老王") != voices.end());
}

TEST_CASE("a cover's bracket gives the full name behind a nickname", "[parser][forms]") {
  const Episode e =
      ParseDigest(
          "# 夜谈 EP.41 评论区存档\n"
          "\n"
          "> 主播：阿鸣（周鸣远）　嘉宾：Yuki（韩雪奕，推理平台负责人）、王小明（研究员）\n"
          "\n"
          "阿鸣：欢迎收听。\n"
          "Yuki：稀疏注意力省了不少钱。\n"
          "王小明：我补充一句。\n",
          "cover.md")
          .value();
  // 阿鸣 and Yuki are nicknames with a full name in their brackets; 王小明 is
  // a full name already, and 研究员 is his role, not a name.
  const std::vector<std::string> voices = Voices(e);
  CHECK(std::find(voices.begin(), voices.end(), "5|周鸣远") != voices.end());
  CHECK(std::find(voices.begin(), voices.end(), "6|韩雪奕") != voices.end());
  CHECK(std::find(voices.begin(), voices.end(), "7|王小明") != voices.end());
  CHECK(e.hosts == std::vector<std::string>{"周鸣远"});

  // A comment archive: the nickname heads comments in bold, which the
  // labels read for the digest's own brackets do not include.
  const Episode comments = ParseDigest(
                               "# 夜谈 EP.42 评论区存档\n"
                               "\n"
                               "> 主播：阿鸣（周鸣远）　嘉宾：老K（柯文涛，独立开发者）\n"
                               "\n"
                               "**阿鸣（主播）** 置顶\n"
                               "这期聊开源模型的推理成本。\n"
                               "♡ 12 · 回复 3\n"
                               "\n"
                               "**老K**\n"
                               "我用 GLM-4.6 写了一个月前端。\n"
                               "昨天 · ♡ 5\n",
                               "comments.md")
                               .value();
  const std::vector<std::string> comment_voices = Voices(comments);
  CHECK(std::find(comment_voices.begin(), comment_voices.end(), "6|周鸣远") !=
        comment_voices.end());
  CHECK(std::find(comment_voices.begin(), comment_voices.end(), "10|柯文涛") !=
        comment_voices.end());
}

TEST_CASE("a pasted subtitle file whose unlabelled cues continue a turn at their own moments",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 字幕存档：夜话 第 4 期\n"
                        "\n"
                        "1\n"
                        "00:00:00,480 --> 00:00:04,200\n"
                        "主持人：欢迎来到夜话。\n"
                        "\n"
                        "2\n"
                        "00:00:04,200 --> 00:00:09,960\n"
                        "今天请到一位老师，\n"
                        "聊聊国产模型。\n"
                        "\n"
                        "3\n"
                        "00:03:15,300 --> 00:03:21,640\n"
                        "嘉宾：GLM-4.6 我用得多。\n",
                        "srt.md")
                        .value();
  // Cue 2 has no label: both its lines are the host's, at 4 s (its start),
  // not at the turn's 0 s; cue 3 is 195 s.
  CHECK(Moments(e).find("5|主持人|0\n9|主持人|4\n10|主持人|4\n14|嘉宾|195\n") != std::string::npos);
}

TEST_CASE("a quotation followed by a full name alone in brackets", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 视频笔记\n"
                        "\n"
                        "**Notable quotes**\n"
                        "\n"
                        "- **[09:55]** \"Benchmarks age fast.\" （Mina Okafor）\n"
                        "- 「这个榜已经饱和了。」（韩立）\n"
                        "- 「先这样吧。」（笑）\n"
                        "- \"Ship it.\" (Claude)\n",
                        "chatgpt.md")
                        .value();
  // Two capitalised words, or a family name and a given name, name the
  // person quoted; a laugh or one word (a model's name) names nobody.
  CHECK(Voices(e) == std::vector<std::string>{"5|Mina Okafor", "6|韩立", "7|", "8|"});
}

TEST_CASE("a line right under a clock-led line continues its paragraph and its moment",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 夜航 EP5\n"
                        "\n"
                        "## 章节速览\n"
                        "\n"
                        "06:42 Gemini 3 Pro 的分数\n"
                        "嘉宾认为 HLE 的提升来自推理时计算。\n"
                        "\n"
                        "讨论到此为止。\n"
                        "\n"
                        "- 21:15 Opus 4.5\n"
                        "- 评测方法\n",
                        "chapters.md")
                        .value();
  // 06:42 is 402 s, and the line below it, no blank line between, shares
  // it; a line after a blank line, or a list item under a timed item, does
  // not.
  const std::string moments = Moments(e);
  CHECK(moments.find("5|(editor)|402\n6|(editor)|402\n8|(editor)|\n") != std::string::npos);
  CHECK(moments.find("11|(editor)|\n") != std::string::npos);
}

TEST_CASE("a cover field whose value is a clock after a space and a place before a speech verb",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 视频笔记\n"
                        "\n"
                        "链接：https://www.youtube.com/watch?v=abcdefghijk　时长 1:24:07\n"
                        "嘉宾：Mina Okafor　主持：Rafael\n"
                        "\n"
                        "## 我的笔记\n"
                        "\n"
                        "- 视频里她在 [14:40] 附近解释过预算。\n"
                        "- 视频里 Rafael 开场就说这期是反 benchmark 专场。\n"
                        "- 1:10:00 左右有一段她讲 MMLU-Pro 饱和，我自己补一句她的原话：\n"
                        "  \"MMLU-Pro is a sanity check now.\"\n",
                        "note.md")
                        .value();
  // 1:24:07 is 5047 s, not the 24:07 a key "时长 1" would leave.
  CHECK(e.duration_s == 5047);
  // "视频里" (in the video) is where, not who: the quote's "她" goes to no
  // person called 视频.
  for (const Section& section : e.sections) {
    for (const Turn& turn : section.turns) {
      for (const Paragraph& p : turn.paragraphs)
        CHECK(p.reported_speaker.find("视频") == std::string::npos);
    }
  }
}

TEST_CASE("a chat app's message headers name the writers and give no moment", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 直播聊天记录\n"
                        "\n"
                        "频道：AI 夜猫子　日期：2026-01-10\n"
                        "\n"
                        "---\n"
                        "\n"
                        "moonfish — Today at 10:02 PM\n"
                        "开了开了！\n"
                        "\n"
                        "阿泽 — Today at 10:05 PM\n"
                        "Gemini 3 Pro 这个分数有点离谱\n"
                        "\n"
                        "moonfish — 2026/01/11 09:20\n"
                        "感谢整理\n",
                        "discord.md")
                        .value();
  // Each message is its writer's; "10:02 PM" is the wall clock, not 10 min
  // 2 s into the episode, so no line has a moment.
  CHECK(Voices(e) == std::vector<std::string>{"8|moonfish", "11|阿泽", "14|moonfish"});
  CHECK(Moments(e).find("8|moonfish|\n11|阿泽|\n14|moonfish|\n") != std::string::npos);
}

TEST_CASE("a section named on a plain line and a translator's or note taker's remark",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "硅谷夜话 EP9\n"
                        "\n"
                        "Transcript\n"
                        "\n"
                        "Speaker 1 (00:00:04): 大家好，今天聊 Gemini 3 Pro。\n"
                        "Speaker 2 (00:00:12): 很高兴回来。\n"
                        "\n"
                        "译注：Gemini 3 Pro 于 11 月发布。\n"
                        "阿柚附记：中间的闲聊没有收录。\n"
                        "Speaker 2 (00:01:30): 我更看 Terminal-Bench 2.0。\n"
                        "\n"
                        "Action items（整理者补）\n"
                        "- 把排行榜链接放进 shownotes。\n",
                        "minutes.md")
                        .value();
  // The first line, short and alone, is the title; "Transcript" alone heads
  // the turns below it; 译注 and 附记 are remarks, the editor's; "Action
  // items" alone ends Speaker 2's turn, so its item is the editor's too.
  CHECK(e.title == "硅谷夜话 EP9");
  CHECK(Voices(e) ==
        std::vector<std::string>{"5|Speaker 1", "6|Speaker 2", "8|", "9|", "10|Speaker 2", "13|"});
  // A 公众号 article's header holds a date and a time of day, no speaker.
  const Episode article = ParseDigest(
                              "# 对话林远：Agent 的下半场\n"
                              "\n"
                              "原创 深度学习夜话 2025年12月12日 21:30 北京\n"
                              "\n"
                              "**林远：**（03:40）第一反应是跑自己的私有集。\n",
                              "wechat.md")
                              .value();
  for (const Section& section : article.sections) {
    for (const Turn& turn : section.turns) CHECK(turn.speaker.find("原创") == std::string::npos);
  }
}

TEST_CASE("a transcript export with first names above the words and a cover that says who they are",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 深夜 Token · Ep.7 转录稿\n"
                        "\n"
                        "> 主播：Echo（何芸）｜嘉宾：Leo（刘力扬，某创业公司 CEO）、Speaker 2\n"
                        "> 自注：Speaker 2 是 Ruby 沈若冰，做评测的。\n"
                        "\n"
                        "## 开场\n"
                        "\n"
                        "Echo [00:00:04]\n"
                        "欢迎收听，我是 Echo。\n"
                        "\n"
                        "Leo [00:00:27]\n"
                        "我下午就在跑 Gemini 3 Pro 了。\n"
                        "\n"
                        "Speaker 2 [00:01:15]\n"
                        "我这边看的是多模态。\n"
                        "\n"
                        "Echo [00:02:40]\n"
                        "那我们先看官方数字。\n",
                        "descript.md")
                        .value();
  // One capitalised word with a clock alone on a line heads a turn when the
  // names take turns; the cover puts each person's Chinese name beside the
  // label (the words after a comma say who the person is), and the note
  // keys Speaker 2, a note the taker wrote, so it stays a line of theirs.
  CHECK(Voices(e) ==
        std::vector<std::string>{"4|", "9|何芸", "12|刘力扬", "15|Ruby 沈若冰", "18|何芸"});
  CHECK(Moments(e).find("9|何芸|4\n12|刘力扬|27\n15|Ruby 沈若冰|75\n18|何芸|160\n") !=
        std::string::npos);
}

TEST_CASE("a note that says who a transcript's first names are", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 硅基漫游 EP8\n"
                        "\n"
                        "## 我的笔记\n"
                        "\n"
                        "Tina 就是唐语桐，之前在大厂做评测。阿澄 = 主持人林澄。\n"
                        "Tina 是某公司的评测负责人。\n"
                        "\n"
                        "## 原文片段\n"
                        "\n"
                        "[08:20] Tina：\n"
                        "AIME 2025 出来没几个月就饱和了。\n"
                        "\n"
                        "[12:02] 阿澄：\n"
                        "那 GPQA Diamond 呢？\n"
                        "\n"
                        "[13:00] Tina：\n"
                        "也差不多。\n"
                        "\n"
                        "## 金句\n"
                        "\n"
                        "> “分数是用来排除模型的。” —— Tina（27:18）\n",
                        "getnote.md")
                        .value();
  // "就是" and "=" join a label to a person, a role word between dropped;
  // "是某公司的…" names no one, so it neither keys Tina nor disputes her key.
  const std::vector<std::string> voices = Voices(e);
  CHECK(std::find(voices.begin(), voices.end(), "11|唐语桐") != voices.end());
  CHECK(std::find(voices.begin(), voices.end(), "14|林澄") != voices.end());
  CHECK(std::find(voices.begin(), voices.end(), "17|唐语桐") != voices.end());
  // A quote attributed to the label is the person's too.
  CHECK(std::find(voices.begin(), voices.end(), "21|唐语桐") != voices.end());
}

TEST_CASE("a chat replay's offsets, dotted from the writer, before and after going live",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Live #58 chat replay\n"
                        "\n"
                        "## Pre-show chat\n"
                        "\n"
                        "-3:12 · nightjar_ops: is the guest the one who did the quant?\n"
                        "-0:41 · ferrous_fern: questions go in with a prefix\n"
                        "0:00 · Latent Loop: We are live!\n"
                        "1:05 · nightjar_ops: GPT-5.1 looks strong on SWE-bench Verified\n",
                        "chat.md")
                        .value();
  // Each line is its writer's, without the dot; a negative offset (sent
  // before the stream) is no moment, 0:00 is 0 s and 1:05 is 65 s.
  CHECK(Moments(e) == "5|nightjar_ops|\n6|ferrous_fern|\n7|Latent Loop|0\n8|nightjar_ops|65\n");
}

TEST_CASE("an English heading's stretch that starts at a clock or a minute", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# talk notes\n"
                        "\n"
                        "## Agents (from ~24 min)\n"
                        "\n"
                        "She compares two agents.\n"
                        "\n"
                        "## Q&A (44:00 onwards)\n"
                        "\n"
                        "The first question is about leaderboards.\n"
                        "\n"
                        "## Break (10 min)\n"
                        "\n"
                        "Nothing was said.\n",
                        "talk.md")
                        .value();
  // 24 minutes is 1440 s and 44:00 is 2640 s; "(10 min)" alone is a length.
  const auto start_of = [&](std::string_view title) -> std::optional<int> {
    for (const Section& section : e.sections) {
      if (section.title == title) {
        return section.range ? std::optional<int>(section.range->start_s) : std::nullopt;
      }
    }
    return std::nullopt;
  };
  CHECK(start_of("Agents") == 1440);
  CHECK(start_of("Q&A") == 2640);
  CHECK_FALSE(start_of("Break (10 min)").has_value());
}

TEST_CASE("a moment written in a sentence or in a heading as words or as an approximate clock",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 听完一期长谈\n"
                        "\n"
                        "## 一、这个月发生了什么\n"
                        "\n"
                        "节目一开头（约 1 分 30 秒），主持人念了一串名字：Gemini 3 Pro、GPT-5.1。\n"
                        "\n"
                        "在第 6 分钟，嘉宾提到开源在追去年的闭源。\n"
                        "\n"
                        "这期我听了 5 分钟就停了，O(1) 的检索也没讲清楚。\n"
                        "\n"
                        "## 二、分数还能信多少（00:41:00 前后）\n"
                        "\n"
                        "这一段信息量最大。\n"
                        "\n"
                        "## 评论区（86）\n"
                        "\n"
                        "约 50 分钟处那句太狠了。\n"
                        "\n"
                        "## 三、成本（01:12:00 起）\n"
                        "\n"
                        "在 1 小时 20 分左右，主持人问了一个尖锐的问题。\n"
                        "\n"
                        "嘉宾的回答很直接（04:55）：便宜才是护城河。\n"
                        "\n"
                        "大约 12 分钟处还有一段。\n",
                        "article.md")
                        .value();
  // 1 分 30 秒 is 90 s, the sixth minute 360 s, 00:41:00 2460 s, 50 分钟
  // 3000 s; a length ("5 分钟"), a formula ("O(1)") and a count ("（86）")
  // are no moments.
  const std::string moments = Moments(e);
  CHECK(moments.find("5|(editor)|90\n") != std::string::npos);
  CHECK(moments.find("7|(editor)|360\n") != std::string::npos);
  CHECK(moments.find("9|(editor)|\n") != std::string::npos);
  CHECK(moments.find("17|(editor)|3000\n") != std::string::npos);
  // The heading's moment is its section's, which its lines take.
  const auto scores = std::find_if(e.sections.begin(), e.sections.end(), [](const Section& s) {
    return s.title == "二、分数还能信多少";
  });
  REQUIRE(scores != e.sections.end());
  REQUIRE(scores->range);
  CHECK(scores->range->start_s == 2460);
  const auto comments = std::find_if(e.sections.begin(), e.sections.end(), [](const Section& s) {
    return s.title.starts_with("评论区");
  });
  REQUIRE(comments != e.sections.end());
  CHECK(!comments->range);
  // 01:12:00 is 4320 s; an hour and 20 minutes 4800 s; 04:55 295 s.
  const auto cost = std::find_if(e.sections.begin(), e.sections.end(),
                                 [](const Section& s) { return s.title == "三、成本"; });
  REQUIRE(cost != e.sections.end());
  REQUIRE(cost->range);
  CHECK(cost->range->start_s == 4320);
  CHECK(moments.find("21|(editor)|4800\n") != std::string::npos);
  CHECK(moments.find("23|(editor)|295\n") != std::string::npos);
  // 大约 as 约: 12 minutes is 720 s.
  CHECK(moments.find("25|(editor)|720\n") != std::string::npos);
}

TEST_CASE("a role whose nickname the cover gives and a note names in full", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 算力边角料 Ep.47\n"
                        "\n"
                        "发言人：主持人（小周）、说话人1、说话人2\n"
                        "\n"
                        "> 整理者注：说话人1 是许宁，说话人2 是陈墨白，主持人小周就是周以恒。\n"
                        "\n"
                        "## 文字记录\n"
                        "\n"
                        "主持人 00:00:06\n"
                        "欢迎来到算力边角料，我是小周。\n"
                        "\n"
                        "说话人1 00:00:31\n"
                        "我天天盯着 GPU 利用率。\n"
                        "\n"
                        "主持人 00:01:10\n"
                        "那先聊 DeepSeek-V3.2。\n",
                        "minutes.md")
                        .value();
  // 主持人 is 小周 by the cover, and 小周 is 周以恒 by the note.
  const std::vector<std::string> voices = Voices(e);
  CHECK(std::find(voices.begin(), voices.end(), "10|周以恒") != voices.end());
  CHECK(std::find(voices.begin(), voices.end(), "13|许宁") != voices.end());
  CHECK(std::find(voices.begin(), voices.end(), "16|周以恒") != voices.end());
}

TEST_CASE("a bracket left open does not hide the names in brackets after it", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 夜航 EP4\n"
                        "\n"
                        "## 发言总结\n"
                        "\n"
                        "记录（未校对 发言人1（周牧川），发言人2（林知夏)\n"
                        "\n"
                        "## 原文\n"
                        "\n"
                        "发言人1 00:01\n"
                        "欢迎收听。\n"
                        "发言人2 00:20\n"
                        "大家好。\n",
                        "tingwu.md")
                        .value();
  // The first "（" is never closed; 发言人1 is still 周牧川, and 发言人2 is
  // 林知夏 though its bracket closes with an ASCII ")".
  const std::vector<std::string> voices = Voices(e);
  CHECK(std::find(voices.begin(), voices.end(), "10|周牧川") != voices.end());
  CHECK(std::find(voices.begin(), voices.end(), "12|林知夏") != voices.end());
}

TEST_CASE(
    "a transcript pasted under a chapter list without a heading starts at its first keyed label",
    "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 夜航 EP5\n"
                        "\n"
                        "摘要：\n"
                        "两位嘉宾聊了推理成本。\n"
                        "\n"
                        "章节速览：\n"
                        "00:00:00 开场\n"
                        "00:02:10 推理成本\n"
                        "\n"
                        "（整理注：发言人1 为许宁；发言人2 为陈墨白。）\n"
                        "\n"
                        "发言人1\u300000:00:04\n"
                        "欢迎收听。\n"
                        "\n"
                        "发言人2\u300000:02:10\n"
                        "成本降了一半。\n"
                        "\n"
                        "发言人1\u300000:03:00\n"
                        "降在哪里？\n"
                        "\n"
                        "发言人2\u300000:03:05\n"
                        "长上下文那部分。\n",
                        "xunfei.md")
                        .value();
  // The labels are set off from their clocks by an ideographic space; the
  // key names both, so the transcript starts at line 12 though no heading
  // says so, and the chapter lines above stay the editor's.
  CHECK(Voices(e) ==
        std::vector<std::string>{"4|", "7|", "8|", "13|许宁", "16|陈墨白", "19|许宁", "22|陈墨白"});
  CHECK(Moments(e) ==
        "4|(editor)|\n7|(editor)|0\n8|(editor)|130\n13|许宁|4\n16|陈墨白|130\n"
        "19|许宁|180\n22|陈墨白|185\n");
}

TEST_CASE(
    "a note app's post with a title line and pictographs before its cover keys and section names",
    "[parser][forms]") {
  const Episode e = ParseDigest(
                        "听完这期我把编程助手换了😭｜播客笔记\n"
                        "\n"
                        "🎧 节目：《夜航》第9期\n"
                        "🎙 主持：许宁｜嘉宾：Leo（罗安，某公司 CTO）\n"
                        "\n"
                        "💬 金句摘录\n"
                        "【00:06:12】Leo：“review 比写代码花的时间多。”\n"
                        "\n"
                        "🙋‍♀️ 我自己的想法\n"
                        "✅ 我有点怀疑这个比例。\n",
                        "note.md")
                        .value();
  // Line 1 is the title (no heading mark); the two cover lines under it are
  // the cover's though each opens with a pictograph; "💬 金句摘录" and
  // "🙋‍♀️ 我自己的想法" name sections, and the second, the writer's own part,
  // is a summary's: its "我" is the writer's, not Leo's going on.
  CHECK(e.title == "听完这期我把编程助手换了😭｜播客笔记");
  CHECK(e.show == "《夜航》第9期");
  CHECK(e.hosts == std::vector<std::string>{"许宁"});
  REQUIRE(e.sections.size() >= 2);
  const Section& quotes = e.sections[e.sections.size() - 2];
  const Section& own = e.sections.back();
  CHECK(quotes.line == 6);
  CHECK(quotes.kind == SectionKind::kFullText);
  CHECK(own.line == 9);
  CHECK(own.kind == SectionKind::kSummary);
  CHECK(Moments(e).starts_with("7|罗安|372\n"));
}

TEST_CASE("a meeting tool's subtitle cues open with the full name of their voice",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Weekly eval sync\n"
                        "\n"
                        "WEBVTT\n"
                        "\n"
                        "12\n"
                        "00:03:41.220 --> 00:03:52.870\n"
                        "Ana Lopez: Let's start with coding.\n"
                        "\n"
                        "13\n"
                        "00:03:53.400 --> 00:04:15.010\n"
                        "Ravi Menon: The new sweep lands close to the launch charts.\n"
                        "Which surprised me.\n"
                        "\n"
                        "14\n"
                        "00:04:15.600 --> 00:04:31.950\n"
                        "Note: this part was cut.\n",
                        "zoom.md")
                        .value();
  // Each name heads a cue once; a full name before a colon in a cue is the
  // cue's voice, and the cue's second line is theirs too. "Note" is one
  // word, no name.
  CHECK(Moments(e) == "7|Ana Lopez|221\n11|Ravi Menon|233\n12|Ravi Menon|233\n16|(editor)|255\n");
}

TEST_CASE("an outliner page names each block's speaker and moment in its properties",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "- 播客笔记 EP3\n"
                        "- ## 第一段\n"
                        "  time:: 00:10:00\n"
                        "\t- > 这个榜还没被刷穿。\n"
                        "\t  speaker:: [[许宁]]\n"
                        "\t  time:: 00:12:05\n"
                        "\t\t- 我的理解：他认可分数。\n"
                        "\t- > 那成本呢？\n"
                        "\t  speaker:: 陈墨白\n"
                        "\t  time:: 第 14 分钟\n"
                        "\t- > 成本没法当产品用。\n"
                        "\t  speaker:: [[许宁]]\n",
                        "logseq.md")
                        .value();
  // Two blocks or more name their speaker, so every block is a turn: its
  // speaker's, or without one (lines 1 and 7, the page's title block and a
  // child note) the note taker's. A block's time is its own ("第 14 分钟" is
  // 840); a block without one is in its section, which the heading block's
  // time:: starts at 600.
  CHECK(Moments(e) == "1|(editor)|\n4|许宁|725\n7|(editor)|\n8|陈墨白|840\n11|许宁|\n");
  REQUIRE(e.sections.size() == 2);
  REQUIRE(e.sections[1].range.has_value());
  CHECK(e.sections[1].range->start_s == 600);
}

TEST_CASE(
    "an attribution under a block quote of several paragraphs gives all of them to the person",
    "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Notes on episode 9\n"
                        "\n"
                        "## Saturation\n"
                        "\n"
                        "Lee Morgan asked whether small labs still need the old tests.\n"
                        "\n"
                        "> If you train a small model, use them.\n"
                        ">\n"
                        "> On a launch slide they are marketing.\n"
                        ">\n"
                        "> — Dana Whitfield (08:31)\n"
                        "\n"
                        "> A second quote nobody signs.\n"
                        "> Its second line.\n"
                        "\n"
                        "Back to the editor.\n",
                        "newsletter.md")
                        .value();
  // Lines 7 and 9 are one quote (only ">" between them and the signature on
  // line 11), so both are Dana Whitfield's at 08:31 = 511 s; line 5 stays the
  // editor's prose, and the unsigned quote of lines 13-14 stays the editor's.
  CHECK(Voices(e) == std::vector<std::string>{"5|", "7|Dana Whitfield", "9|Dana Whitfield", "13|",
                                              "14|", "16|"});
  std::vector<int> starts;
  for (const Section& section : e.sections) {
    for (const Turn& turn : section.turns) {
      for (const Paragraph& p : turn.paragraphs) starts.push_back(p.range ? p.range->start_s : -1);
    }
  }
  CHECK(starts == std::vector<int>{-1, 511, 511, -1, -1, -1});
}

TEST_CASE("a moment written in an English sentence times its paragraph", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Notes on episode 12\n"
                        "\n"
                        "## Recap\n"
                        "\n"
                        "Around the 40-minute mark she described the rerun.\n"
                        "\n"
                        "She softened this in the Q&A at 1:16:40, on cost.\n"
                        "\n"
                        "If you only hear one part, make it the exchange around 58:40.\n"
                        "\n"
                        "About 12 minutes in, the host changed the subject.\n"
                        "\n"
                        "At minute 7 the first demo failed.\n"
                        "\n"
                        "The live stream started at 9:30 pm and ran long.\n"
                        "\n"
                        "Setting it up took 5 minutes, and the score was 3:1.\n"
                        "\n"
                        "Recording began at 14:05 Pacific.\n",
                        "recap.md")
                        .value();
  // 40 × 60 = 2400; 1:16:40 = 4600; 58:40 = 3520; 12 × 60 = 720; 7 × 60 =
  // 420. A time of day ("9:30 pm", "14:05 Pacific"), a length ("took 5
  // minutes") and a clock after no word of place ("was 3:1") are no moments.
  CHECK(Moments(e) ==
        "5|(editor)|2400\n7|(editor)|4600\n9|(editor)|3520\n11|(editor)|720\n13|(editor)|420\n"
        "15|(editor)|\n17|(editor)|\n19|(editor)|\n");
}

TEST_CASE("an English word that starts a sentence is no speaker before a clock",
          "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Office hours recap\n"
                        "\n"
                        "### Quotes worth keeping\n"
                        "> **Ada (06:58):** About one in nine tasks had a public fix.\n"
                        "\n"
                        "### Comments\n"
                        "\n"
                        "At 44:20 Mia said the runs timed out on wall clock.\n"
                        "\n"
                        "Thanks for the recap.\n",
                        "recap.md")
                        .value();
  // After a turn labelled "Ada (06:58)", "At 44:20 …" has the shape of a
  // name and a clock; "At" names nobody, so lines 8 and 10 stay the
  // editor's, line 8 at 44:20 = 2660 s.
  const std::vector<std::string> voices = Voices(e);
  CHECK(std::find(voices.begin(), voices.end(), "8|") != voices.end());
  CHECK(std::find(voices.begin(), voices.end(), "10|") != voices.end());
  CHECK(Moments(e).find("8|(editor)|2660\n") != std::string::npos);
}

TEST_CASE("a copied comment section gives each comment to its writer", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# EP.9 评论区存档\n"
                        "\n"
                        "📌 **阿鸣（主播）** 置顶\n"
                        "时间轴来了\n"
                        "♡ 342 · 回复 18\n"
                        "\n"
                        "**不吃香菜的猫**\n"
                        "这一期讲推理成本那段太精辟了。\n"
                        "3天前 · ♡ 96\n"
                        "\u3000↳ **老K**：我说的是自己项目上的体感。\n"
                        "\u3000↳ **猫** 回复 **老K**：体感也重要。\n"
                        "回复 2 楼：同意\n"
                        "\n"
                        "**jlindqvist** · 2 days ago\n"
                        "Great stream.\n"
                        "\n"
                        "**我的整理**\n"
                        "- 推理成本那段值得再听。\n",
                        "comments.md")
                        .value();
  // Two footers (lines 5 and 9) make this a comment section. Line 3 is the
  // pinned comment of 阿鸣 (主播 is the role), line 7 a header over line 8,
  // lines 10 and 11 one-line replies by 老K and 猫; line 12 has words besides
  // its count, so it is no footer but a line, the editor's after a reply. A
  // date alone after a name (line 14) and a bold line over a list with no
  // footer (line 17) are no headers, and a comment ends at its footer (a
  // reply at its line): lines 14 to 18 are the editor's.
  CHECK(Voices(e) == std::vector<std::string>{"4|阿鸣", "8|不吃香菜的猫", "10|老K", "11|猫", "12|",
                                              "14|", "15|", "17|", "18|"});
}

TEST_CASE("a reading app's bold highlight headers time the lines under them", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# 第 12 讲 学习笔记\n"
                        "\n"
                        "## 我的划线\n"
                        "\n"
                        "**划线 1｜音频 02:10**\n"
                        "> 万临川：这一季我们聊过很多发布。\n"
                        "笔记：值得复现。\n"
                        "\n"
                        "**划线 2｜音频 11:30–12:45**\n"
                        "> 万临川：区分度最高的是 HLE。\n"
                        "\n"
                        "**划线 3｜无时间**\n"
                        "> 万临川：再刷没有意义。\n",
                        "notes.md")
                        .value();
  // Each bold header that ends with a clock is a heading whose time runs
  // over its lines: 02:10 = 130, a range starts at 11:30 = 690. A header of
  // the same kind without a clock ("划线 3") is a heading too, so its line
  // has no time rather than 690. The headers are no claims.
  std::string starts;
  for (const Section& section : e.sections) {
    starts += std::to_string(section.line) + "|";
    if (section.range) starts += std::to_string(section.range->start_s);
    starts += "\n";
  }
  CHECK(starts == "1|\n3|\n5|130\n9|690\n12|\n");
  CHECK(Voices(e) == std::vector<std::string>{"6|万临川", "7|", "10|万临川", "13|万临川"});
}

TEST_CASE("a turn label whose moment is marked approximate keeps its moment", "[parser][forms]") {
  const Episode e = ParseDigest(
                        "# Keynote notes\n"
                        "\n"
                        "**Bram (~49:30):** Last one.\n"
                        "**Ilse（约 49:40）：** Not retire.\n"
                        "**Ilse (about 50:05):** Yet.\n",
                        "notes.md")
                        .value();
  // 49:30 = 2970, 49:40 = 2980, 50:05 = 3005: "~", 约 and "about" say the
  // note taker's clock is rough, not that there is none.
  CHECK(Moments(e) == "3|Bram|2970\n4|Ilse|2980\n5|Ilse|3005\n");
}

}  // namespace
}  // namespace claimkb
