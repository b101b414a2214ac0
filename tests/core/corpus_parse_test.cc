// The parser against the real corpus in ../shared/corpus, read at run time
// (its text is never copied here), and against our own samples in
// data/samples. Expected values were worked out by reading each file.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "claimkb/core/digest_parser.h"
#include "support/skip.h"

namespace claimkb {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = CLAIMKB_TEST_CORPUS;
const fs::path kSamples = fs::path(CLAIMKB_SOURCE_DIR) / "data" / "samples";

bool CorpusPresent() { return fs::is_directory(kCorpus); }

#define SKIP_WITHOUT_CORPUS()                                \
  do {                                                       \
    if (!CorpusPresent()) {                                  \
      CLAIMKB_SKIP("corpus absent at " << kCorpus.string()); \
    }                                                        \
  } while (false)

Episode ParseCorpusFile(const std::string& name) {
  Result<Episode> result = ParseDigestFile((kCorpus / name).string());
  if (!result) FAIL(result.error().ToString());
  return *result;
}

int TimedSections(const Episode& e) {
  return static_cast<int>(std::count_if(e.sections.begin(), e.sections.end(),
                                        [](const Section& s) { return s.range.has_value(); }));
}

std::set<std::string> SpeakerSet(const Episode& e) {
  const std::vector<std::string> names = e.Speakers();
  return {names.begin(), names.end()};
}

const Turn* TurnAtLine(const Episode& e, int line) {
  for (const Section& s : e.sections) {
    for (const Turn& t : s.turns) {
      if (t.line == line) return &t;
    }
  }
  return nullptr;
}

const Paragraph* ParagraphAtLine(const Episode& e, int line, const Turn** owner = nullptr) {
  for (const Section& s : e.sections) {
    for (const Turn& t : s.turns) {
      for (const Paragraph& p : t.paragraphs) {
        if (p.line == line) {
          if (owner) *owner = &t;
          return &p;
        }
      }
    }
  }
  return nullptr;
}

struct Expected {
  const char* file;
  const char* title;
  const char* url;
  const char* date;
  int duration_s;
  int timed_sections;
  std::set<std::string> speakers;
};

TEST_CASE("every corpus digest: cover, timed sections and speakers", "[corpus]") {
  SKIP_WITHOUT_CORPUS();
  const std::vector<Expected> expected = {
      {"2025-10-06-openai-devday-2025-keynote.md",
       "OpenAI DevDay 2025: Opening Keynote with Sam Altman",
       "https://www.youtube.com/watch?v=hS1YqcewH0c",
       "2025-10-06",
       51 * 60 + 42,
       17,
       {"Sam", "Alexei", "Christina", "Arman", "Voice Agent"}},
      {"2025-10-14-context-engineering-langchain-manus.md",
       "Context Engineering for AI Agents with LangChain and Manus",
       "https://www.youtube.com/watch?v=6_BcCthVvb8",
       "2025-10-14",
       3600 + 39,
       24,
       {"Lance", "Pete"}},
      {"2025-10-16-jerry-tworek-how-gpt5-thinks.md",
       "How GPT-5 Thinks — OpenAI VP of Research Jerry Tworek",
       "https://www.youtube.com/watch?v=RqWIvvv3SnQ",
       "2025-10-16",
       3600 + 16 * 60 + 3,
       20,
       {"Jared Faraic", "Matt Turk"}},
      // Joint labels ("Dwarkesh Patel 与Max", "Andrej/Dwarkesh") are kept as written.
      {"2025-10-17-karpathy-summoning-ghosts.md",
       "Andrej Karpathy — \xE2\x80\x9CWe\xE2\x80\x99re summoning ghosts, not building "
       "animals\xE2\x80\x9D",
       "https://www.youtube.com/watch?v=lXUZvyajciY",
       "2025-10-17",
       2 * 3600 + 26 * 60 + 6,
       50,
       {"Andrej Karpathy", "Dwarkesh Patel", "Dwarkesh Patel 与Max", "团队", "Andrej/Dwarkesh"}},
      {"2025-11-06-tesla-shareholder-meeting.md",
       "2025 Annual Shareholder Meeting | Tesla",
       "https://www.youtube.com/watch?v=VGPlvmMjPtE",
       "2025-11-06",
       2 * 3600 + 11 * 60 + 28,
       9,
       {"Elon Musk", "股东", "现场人员"}},
      {"2025-11-11-tian-yuandong-after-meta-layoffs.md",
       "专访前FAIR研究总监田渊栋：Meta裁员之后，对AI的一些遗憾与思考",
       "https://www.youtube.com/watch?v=EsaUQNx59vA",
       "2025-11-11",
       39 * 60 + 3,
       22,
       {"田渊栋", "采访者", "陈倩", "旁白/制作团队"}},
      {"2025-11-21-gemini-3-101-live.md",
       "直播解析谷歌Gemini 3：\xE2\x80\x9C"
       "AI 全模态\xE2\x80\x9D时代与Scaling Law的极致执行【101 Live】",
       "https://www.youtube.com/watch?v=1pgCnlJRuxE",
       "2025-11-21",
       3600 + 15 * 60 + 4,
       15,
       {"主持人", "Nathan", "田博士", "Gavin", "余北", "嘉宾"}},
      {"2025-11-25-ilya-sutskever-age-of-research.md",
       "Ilya Sutskever – We're moving from the age of scaling to the age of research",
       "https://www.youtube.com/watch?v=aR20FWCCjAs",
       "2025-11-25",
       3600 + 36 * 60 + 1,
       19,
       {"Dwarkesh", "Ilya"}},
      // An article: no timestamps, no speakers, and a date the cover calls unknown.
      {"2025-12-13-openrouter-state-of-ai.md",
       "State of AI | OpenRouterOpenRouterDiscordGitHubLinkedInX",
       "https://openrouter.ai/state-of-ai",
       "",
       3 * 60 + 22,
       0,
       {}},
      {"2025-12-16-demis-hassabis-future-of-intelligence.md",
       "The future of intelligence | Demis Hassabis (Co-founder and CEO of DeepMind)",
       "https://www.youtube.com/watch?v=PqVbypvxDto",
       "2025-12-16",
       55 * 60 + 56,
       22,
       {"Demis Hassabis", "Hannah Fry"}},
  };
  for (const Expected& x : expected) {
    INFO(x.file);
    const Episode e = ParseCorpusFile(x.file);
    CHECK(e.title == x.title);
    CHECK(e.url == x.url);
    CHECK(e.date == x.date);
    CHECK(e.duration_s == x.duration_s);
    CHECK(TimedSections(e) == x.timed_sections);
    CHECK(SpeakerSet(e) == x.speakers);
    CHECK(e.content_hash.size() == 16);
  }
}

TEST_CASE("every digest file in the corpus is covered by the table above", "[corpus]") {
  SKIP_WITHOUT_CORPUS();
  int digests = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(kCorpus)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".md" && name != "README.md" && !name.starts_with("note-"))
      ++digests;
  }
  CHECK(digests == 10);
}

TEST_CASE("corpus notes are recognised as not digests, with a reason", "[corpus]") {
  SKIP_WITHOUT_CORPUS();
  for (const char* name :
       {"note-claude-code-codex-not-a-digest.md", "note-pretrain-practice-not-a-digest.md"}) {
    INFO(name);
    Result<Episode> result = ParseDigestFile((kCorpus / name).string());
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::kNotADigest);
    CHECK(result.error().message.find("looks like a note") != std::string::npos);
    CHECK(result.error().message.find("looks like a note") != std::string::npos);
  }
}

TEST_CASE("Gemini 3 livestream: turn ranges, notes and the editor's block", "[corpus]") {
  SKIP_WITHOUT_CORPUS();
  const Episode e = ParseCorpusFile("2025-11-21-gemini-3-101-live.md");
  // Line 65: **田博士**（00:31:47 - 00:33:56）： followed by one bullet.
  const Turn* tian = TurnAtLine(e, 65);
  REQUIRE(tian != nullptr);
  CHECK(tian->speaker == "田博士");
  REQUIRE(tian->range.has_value());
  CHECK(tian->range->start_s == 31 * 60 + 47);
  CHECK(tian->range->end_s == 33 * 60 + 56);
  REQUIRE(tian->paragraphs.size() == 1);
  CHECK(tian->paragraphs[0].line == 66);
  // Line 67: **（抛砖引玉）嘉宾**（00:34:01 - 00:35:28）： with two bullets.
  const Turn* guest = TurnAtLine(e, 67);
  REQUIRE(guest != nullptr);
  CHECK(guest->speaker == "嘉宾");
  CHECK(guest->speaker_note == "抛砖引玉");
  CHECK(guest->paragraphs.size() == 2);
  // Line 90: a turn range followed by a remark inside the same brackets.
  const Turn* yu = TurnAtLine(e, 90);
  REQUIRE(yu != nullptr);
  CHECK(yu->speaker == "余北");
  REQUIRE(yu->range.has_value());
  CHECK(yu->range->start_s == 3600 + 17);
  CHECK(yu->range->end_s == 3600 + 4 * 60 + 19);
  // Line 27: **Nathan**： alone, then four bullets (lines 28-31).
  const Turn* nathan = TurnAtLine(e, 27);
  REQUIRE(nathan != nullptr);
  REQUIRE(nathan->paragraphs.size() == 4);
  CHECK(nathan->paragraphs[3].line == 31);
  // After the "——" on line 116 the editor's bold picks form a summary section.
  const auto picks = std::find_if(e.sections.begin(), e.sections.end(),
                                  [](const Section& s) { return s.line == 118; });
  REQUIRE(picks != e.sections.end());
  CHECK(picks->kind == SectionKind::kSummary);
  CHECK(picks->title.starts_with("加粗摘选"));
  REQUIRE(picks->turns.size() == 1);
  CHECK(picks->turns[0].speaker.empty());
  REQUIRE(picks->turns[0].paragraphs.size() == 5);
  for (const Paragraph& p : picks->turns[0].paragraphs) CHECK(p.highlights.size() == 1);
  // The summary's line 17 ends with one bold run.
  const Paragraph* summary = ParagraphAtLine(e, 17);
  REQUIRE(summary != nullptr);
  CHECK(summary->highlights.size() == 1);
  CHECK(summary->plain.find("**") == std::string::npos);
  CHECK(e.sections[0].kind == SectionKind::kOther);
  CHECK(e.sections[1].kind == SectionKind::kSummary);
  CHECK(e.sections.back().kind == SectionKind::kOther);
}

TEST_CASE("Demis Hassabis: zero-length range and editor highlights in the transcript", "[corpus]") {
  SKIP_WITHOUT_CORPUS();
  const Episode e = ParseCorpusFile("2025-12-16-demis-hassabis-future-of-intelligence.md");
  const auto peers = std::find_if(e.sections.begin(), e.sections.end(),
                                  [](const Section& s) { return s.line == 103; });
  REQUIRE(peers != e.sections.end());
  REQUIRE(peers->range.has_value());
  CHECK(peers->range->start_s == 53 * 60 + 13);
  CHECK(peers->range->end_s == 53 * 60 + 13);
  // Line 44 is "- 见解加粗：**...**": the editor's, not Demis's.
  const Turn* owner = nullptr;
  const Paragraph* insight = ParagraphAtLine(e, 44, &owner);
  REQUIRE(insight != nullptr);
  CHECK(owner->speaker.empty());
  CHECK(owner->speaker_note == "见解加粗");
  CHECK(insight->highlights.size() == 1);
  // Line 27 has a ==mark== run inside Demis's words.
  const Paragraph* marked = ParagraphAtLine(e, 27, &owner);
  REQUIRE(marked != nullptr);
  CHECK(owner->speaker == "Demis Hassabis");
  CHECK(marked->highlights.size() == 1);
  CHECK(marked->plain.find("==") == std::string::npos);
}

TEST_CASE("LangChain webinar: affiliations and a bare label with bullets", "[corpus]") {
  SKIP_WITHOUT_CORPUS();
  const Episode e = ParseCorpusFile("2025-10-14-context-engineering-langchain-manus.md");
  const Turn* lance = TurnAtLine(e, 32);
  REQUIRE(lance != nullptr);
  CHECK(lance->speaker == "Lance");
  CHECK(lance->speaker_note == "LangChain");
  const Turn* pete = TurnAtLine(e, 34);
  REQUIRE(pete != nullptr);
  CHECK(pete->speaker == "Pete");
  CHECK(pete->speaker_note == "Manus");
  // Line 40 "Lance：" alone; bullets on 41-45 and the prose on 47 are his.
  const Turn* bare = TurnAtLine(e, 40);
  REQUIRE(bare != nullptr);
  CHECK(bare->speaker == "Lance");
  REQUIRE(bare->paragraphs.size() == 6);
  CHECK(bare->paragraphs[0].bullet);
  CHECK(bare->paragraphs[5].line == 47);
  CHECK_FALSE(bare->paragraphs[5].bullet);
  // The "## 要点" bullets are a summary.
  const auto points = std::find_if(e.sections.begin(), e.sections.end(),
                                   [](const Section& s) { return s.title == "要点"; });
  REQUIRE(points != e.sections.end());
  CHECK(points->kind == SectionKind::kSummary);
}

TEST_CASE("Jerry Tworek: ASR name with alias and 加粗要点 lines", "[corpus]") {
  SKIP_WITHOUT_CORPUS();
  const Episode e = ParseCorpusFile("2025-10-16-jerry-tworek-how-gpt5-thinks.md");
  const Turn* jerry = TurnAtLine(e, 24);
  REQUIRE(jerry != nullptr);
  CHECK(jerry->speaker == "Jared Faraic");
  CHECK(jerry->speaker_note == "Jerry");
  const Turn* marker = TurnAtLine(e, 34);
  REQUIRE(marker != nullptr);
  CHECK(marker->speaker.empty());
  CHECK(marker->speaker_note == "加粗要点");
  REQUIRE(marker->paragraphs.size() == 1);
  CHECK(marker->paragraphs[0].highlights.size() == 1);
  const auto full = std::find_if(e.sections.begin(), e.sections.end(),
                                 [](const Section& s) { return s.title == "原始全文"; });
  REQUIRE(full != e.sections.end());
  CHECK(full->kind == SectionKind::kFullText);
}

TEST_CASE("Tesla meeting: 股东 notes and an empty 模型总结 section", "[corpus]") {
  SKIP_WITHOUT_CORPUS();
  const Episode e = ParseCorpusFile("2025-11-06-tesla-shareholder-meeting.md");
  const Turn* follow_up = TurnAtLine(e, 63);
  REQUIRE(follow_up != nullptr);
  CHECK(follow_up->speaker == "股东");
  CHECK(follow_up->speaker_note == "追问");
  REQUIRE(e.sections.size() >= 3);
  CHECK(e.sections[1].title == "模型总结");
  CHECK(e.sections[1].kind == SectionKind::kSummary);
  CHECK(e.sections[1].turns.empty());
  CHECK(e.sections[2].title == "摘要");
  CHECK(e.sections[2].kind == SectionKind::kSummary);
}

TEST_CASE("Ilya Sutskever: prose with a colon stays with the speaker", "[corpus]") {
  SKIP_WITHOUT_CORPUS();
  const Episode e = ParseCorpusFile("2025-11-25-ilya-sutskever-age-of-research.md");
  // Line 101 "时间表：..." and line 32 "我有两个解释：" continue Ilya's turns.
  for (int line : {32, 101}) {
    INFO(line);
    const Turn* owner = nullptr;
    REQUIRE(ParagraphAtLine(e, line, &owner) != nullptr);
    CHECK(owner->speaker == "Ilya");
  }
  const auto editor = std::find_if(e.sections.begin(), e.sections.end(),
                                   [](const Section& s) { return s.line == 114; });
  REQUIRE(editor != e.sections.end());
  CHECK(editor->kind == SectionKind::kSummary);
  CHECK(editor->turns.at(0).paragraphs.size() == 5);
}

TEST_CASE("OpenRouter report: untimed translated text without speakers", "[corpus]") {
  SKIP_WITHOUT_CORPUS();
  const Episode e = ParseCorpusFile("2025-12-13-openrouter-state-of-ai.md");
  const auto text = std::find_if(e.sections.begin(), e.sections.end(),
                                 [](const Section& s) { return s.line == 89; });
  REQUIRE(text != e.sections.end());
  CHECK(text->kind == SectionKind::kFullText);
  CHECK(text->title.starts_with("译文"));
  CHECK_FALSE(text->range.has_value());
  // Line 24 is a bullet nested under line 23.
  const Paragraph* nested = ParagraphAtLine(e, 24);
  REQUIRE(nested != nullptr);
  CHECK(nested->depth == 1);
  CHECK(ParagraphAtLine(e, 23)->depth == 0);
}

TEST_CASE("Karpathy: the cover's 识别说话人 list", "[corpus]") {
  SKIP_WITHOUT_CORPUS();
  const Episode e = ParseCorpusFile("2025-10-17-karpathy-summoning-ghosts.md");
  CHECK(e.listed_speakers == std::vector<std::string>{"A", "B", "C", "D", "E", "F"});
  CHECK(e.sections[1].title == "摘要");
  CHECK(e.sections[1].kind == SectionKind::kSummary);
}

// ---------------------------------------------------------------------------
// Our own samples, which the demo and the extraction tests build on.

Episode ParseSample(const std::string& name) {
  Result<Episode> result = ParseDigestFile((kSamples / name).string());
  if (!result) FAIL(result.error().ToString());
  return *result;
}

TEST_CASE("sample: 模型观察室 Chinese panel", "[samples]") {
  const Episode e = ParseSample("model-observatory-gemini3-panel.md");
  CHECK(e.url == "https://www.youtube.com/watch?v=claimkbDemo1");
  CHECK(e.date == "2025-11-24");
  CHECK(e.duration_s == 48 * 60 + 20);
  CHECK(TimedSections(e) == 6);
  CHECK(SpeakerSet(e) == std::set<std::string>{"主持人", "林舟", "Kevin", "周衡", "听众"});
  const Turn* lin = TurnAtLine(e, 29);
  REQUIRE(lin != nullptr);
  CHECK(lin->speaker == "林舟");
  REQUIRE(lin->range.has_value());
  CHECK(lin->paragraphs.size() == 3);
  const Turn* zhou = TurnAtLine(e, 36);
  REQUIRE(zhou != nullptr);
  CHECK(zhou->speaker == "周衡");
  CHECK(zhou->speaker_note == "开源社区");
}

TEST_CASE("sample: Frontier Bench Weekly English show", "[samples]") {
  const Episode e = ParseSample("frontier-bench-weekly-reasoning.md");
  CHECK(e.title.starts_with("Frontier Bench Weekly #7"));
  CHECK(e.url == "https://www.youtube.com/watch?v=claimkbDemo2");
  CHECK(e.duration_s == 3600 + 12 * 60 + 40);
  CHECK(TimedSections(e) == 6);
  CHECK(SpeakerSet(e) == std::set<std::string>{"Host", "Maya Chen", "Tomás Ruiz"});
  const auto watch = std::find_if(e.sections.begin(), e.sections.end(), [](const Section& s) {
    return s.title == "What to watch in 2026";
  });
  REQUIRE(watch != e.sections.end());
  CHECK(watch->range->start_s == 3723);
  CHECK(watch->range->end_s == 3900);
}

TEST_CASE("sample: open-weights roundtable with YAML frontmatter", "[samples]") {
  const Episode e = ParseSample("open-weights-roundtable-short.md");
  CHECK(e.date == "2025-12-08");
  CHECK(e.duration_s == 27 * 60 + 45);
  CHECK(TimedSections(e) == 5);
  CHECK(SpeakerSet(e) == std::set<std::string>{"阿岚", "Ben Ortiz", "小周"});
  const auto coding = std::find_if(e.sections.begin(), e.sections.end(),
                                   [](const Section& s) { return s.title == "编码任务"; });
  REQUIRE(coding != e.sections.end());
  CHECK(coding->range->start_s == 2 * 60 + 10);  // "02:10 ～ 09:40" is minutes and seconds.
  CHECK(coding->range->end_s == 9 * 60 + 40);
}

TEST_CASE("every sample parses as a digest", "[samples]") {
  int count = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(kSamples)) {
    if (entry.path().extension() != ".md") continue;
    INFO(entry.path().string());
    Result<Episode> result = ParseDigestFile(entry.path().string());
    CHECK(result.has_value());
    ++count;
  }
  CHECK(count >= 3);
}

}  // namespace
}  // namespace claimkb
