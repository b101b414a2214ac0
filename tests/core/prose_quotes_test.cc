// Quotations in a recap written as prose go to the person quoted (issue 8,
// item 4). Invented text; each expectation is read off the sentence by hand.
#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <string>

#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"

namespace {

// Line number → the reported speaker of the paragraph on it ("" for the
// writer's own words).
std::map<int, std::string> SpeakersByLine(const std::string& text) {
  claimkb::Result<claimkb::Episode> episode = claimkb::ParseDigest(text, "recap.md");
  REQUIRE(episode.has_value());
  std::map<int, std::string> by_line;
  for (const claimkb::Section& section : episode->sections) {
    for (const claimkb::Turn& turn : section.turns) {
      CHECK(turn.speaker.empty());
      for (const claimkb::Paragraph& p : turn.paragraphs) by_line[p.line] = p.reported_speaker;
    }
  }
  return by_line;
}

}  // namespace

TEST_CASE("a Chinese recap gives each direct quotation to the person quoted", "[prose_quotes]") {
  const std::string text =
      "# 第12期节目整理\n"                                                    // 1
      "\n"                                                                    // 2
      "本期节目请来了两位嘉宾：何青和宋一鸣。\n"                              // 3
      "\n"                                                                    // 4
      "何青认为，长上下文的瓶颈已经从长度转到了检索质量。\n"                  // 5
      "\n"                                                                    // 6
      "「窗口再长，找不到就等于没有。」何青在节目里说。\n"                    // 7
      "\n"                                                                    // 8
      "宋一鸣补了一句：“我们线上的问题，九成出在检索。”\n"                    // 9
      "\n"                                                                    // 10
      "他接着说，评测集大多太干净，“真实用户的文档乱得多，分数会掉一截”。\n"  // 11
      "\n"                                                                    // 12
      "所谓“上下文工程”，其实就是把检索做好。\n"                              // 13
      "\n"                                                                    // 14
      "何青的评价是“有用但难”。\n"                                            // 15
      "\n"                                                                    // 16
      "宋一鸣也提到了成本的问题。\n"                                          // 17
      "\n"                                                                    // 18
      "“便宜的模型多跑几轮，往往比贵的模型跑一轮好。”\n";                     // 19
  const std::map<int, std::string> speakers = SpeakersByLine(text);
  CHECK(speakers.at(3).empty());       // The writer introduces the guests.
  CHECK(speakers.at(5).empty());       // A paraphrase stays the writer's.
  CHECK(speakers.at(7) == "何青");     // Quote first, then name and verb.
  CHECK(speakers.at(9) == "宋一鸣");   // A three-character name, a colon before the quote.
  CHECK(speakers.at(11) == "宋一鸣");  // 他 is the person last named.
  CHECK(speakers.at(13).empty());      // A quoted term is nobody's speech.
  CHECK(speakers.at(15) == "何青");    // "X的评价是“…”" quotes X.
  CHECK(speakers.at(17).empty());      // 问题 is no question asked.
  CHECK(speakers.at(19) == "宋一鸣");  // A bare quotation continues the person above.
}

TEST_CASE("an English recap gives quotations to their speakers", "[prose_quotes]") {
  const std::string text =
      "# Episode 40 recap\n"                                                              // 1
      "\n"                                                                                // 2
      "This week the show talked with Nadia Brooks about evaluation.\n"                   // 3
      "\n"                                                                                // 4
      "Brooks argued that most leaderboards reward memorisation.\n"                       // 5
      "\n"                                                                                // 6
      "\"If the test set leaks, the score is a lookup, not a measurement,\" she said.\n"  // 7
      "\n"                                                                                // 8
      "Her favourite paper is \"Deep Learning Scaling\" and she cites it often.\n"        // 9
      "\n"                                                                                // 10
      "As Brooks put it: \"Hold out the data, or hold your tongue.\"\n"                   // 11
      "\n"                                                                                // 12
      "Nadia's answer to the last question was short.\n"                                  // 13
      "\n"                                                                                // 14
      "> \"Build the environment first. The model comes later.\"\n";                      // 15
  const std::map<int, std::string> speakers = SpeakersByLine(text);
  CHECK(speakers.at(3).empty());
  CHECK(speakers.at(5).empty());             // Indirect speech stays the writer's.
  CHECK(speakers.at(7) == "Nadia Brooks");   // "she said" after the quote.
  CHECK(speakers.at(9).empty());             // A title is no speech.
  CHECK(speakers.at(11) == "Nadia Brooks");  // "As Brooks put it:" before it.
  CHECK(speakers.at(15) == "Nadia Brooks");  // A block quote under a paragraph on her.
}

TEST_CASE("a file with speaker turns keeps its quotations in the summary the editor's",
          "[prose_quotes]") {
  const std::string text =
      "# 第3期\n"
      "\n"
      "视频：https://www.youtube.com/watch?v=dQw4w9WgXcQ\n"
      "\n"
      "## 摘要\n"
      "\n"
      "何青说：“窗口再长，找不到就等于没有。”何青说得很直接。\n"
      "\n"
      "## 对话\n"
      "\n"
      "**何青**：窗口再长，找不到就等于没有。\n"
      "\n"
      "**宋一鸣**：同意，检索是关键。\n"
      "\n"
      "**何青**：评测集也太干净了。\n"
      "\n"
      "**宋一鸣**：真实文档乱得多。\n";
  claimkb::Result<claimkb::Episode> episode = claimkb::ParseDigest(text, "dialogue.md");
  INFO((episode ? std::string() : episode.error().message));
  REQUIRE(episode.has_value());
  for (const claimkb::Section& section : episode->sections) {
    for (const claimkb::Turn& turn : section.turns) {
      for (const claimkb::Paragraph& p : turn.paragraphs) CHECK(p.reported_speaker.empty());
    }
  }
}

TEST_CASE("only the sentences that quote someone are theirs and the writer lead-in is not",
          "[prose_quotes]") {
  const std::string lead = "这是全场最直接的一句话。";
  const std::string quote = "宋一鸣说：“检索做不好，窗口再长也没用”。";
  const std::string tail = "随后话题转向了成本。";
  const std::string text =
      "# 第5期整理\n\n视频：https://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n"
      "宋一鸣认为检索最重要。\n\n宋一鸣也提到了评测。\n\n" +
      lead + quote + tail + "\n";
  claimkb::Result<claimkb::Episode> episode = claimkb::ParseDigest(text, "recap.md");
  REQUIRE(episode.has_value());
  const claimkb::Paragraph* paragraph = nullptr;
  for (const claimkb::Section& section : episode->sections) {
    for (const claimkb::Turn& turn : section.turns) {
      for (const claimkb::Paragraph& p : turn.paragraphs) {
        if (p.line == 9) paragraph = &p;
      }
    }
  }
  REQUIRE(paragraph != nullptr);
  CHECK(paragraph->reported_speaker == "宋一鸣");
  CHECK(paragraph->reported_begin == lead.size());
  CHECK(paragraph->reported_end == lead.size() + quote.size());

  auto linker = std::make_shared<const claimkb::EntityLinker>(
      std::make_shared<const claimkb::Lexicon>(std::vector<claimkb::LexiconEntry>{}));
  const std::vector<claimkb::Claim> claims = claimkb::ClaimExtractor(linker).Extract(*episode);
  int lead_claims = 0;
  int quoted_claims = 0;
  for (const claimkb::Claim& claim : claims) {
    if (claim.line != 9) continue;
    if (claim.text.find("最直接") != std::string::npos ||
        claim.text.find("成本") != std::string::npos) {
      ++lead_claims;
      CHECK(claim.by_editor);
    } else {
      ++quoted_claims;
      CHECK(claim.speaker == "宋一鸣");
      CHECK(claim.modality == claimkb::Modality::kReported);
    }
  }
  CHECK(lead_claims == 2);
  CHECK(quoted_claims >= 1);
}

TEST_CASE("a block quote without quotation marks under a paragraph about someone is theirs",
          "[prose_quotes]") {
  const std::string text =
      "# Notes on a keynote\n"                                              // 1
      "\n"                                                                  // 2
      "> Note: these are my notes, not a transcript.\n"                     // 3
      "\n"                                                                  // 4
      "Omar Haddad spoke last. Haddad described his team's test suite.\n"   // 5
      "\n"                                                                  // 6
      "For the second question he replays failed runs.\n"                   // 7
      "\n"                                                                  // 8
      "> Cheap models look great until you count the retries.\n"            // 9
      "> Nobody puts that chart in a launch post.\n"                        // 10
      "\n"                                                                  // 11
      "I left before the questions.\n"                                      // 12
      "\n"                                                                  // 13
      "Haddad said \"the retries are the bill, not the tokens,\" twice.\n"  // 14
      "\n"                                                                  // 15
      "\"Measure the whole run, or measure nothing,\" he added.\n";         // 16
  const std::map<int, std::string> speakers = SpeakersByLine(text);
  CHECK(speakers.at(3).empty());  // A labelled note is the writer's.
  CHECK(speakers.at(5).empty());
  CHECK(speakers.at(9) == "Omar Haddad");   // Under a paragraph on him ("he").
  CHECK(speakers.at(10) == "Omar Haddad");  // The same block quote goes on.
  CHECK(speakers.at(12).empty());
  CHECK(speakers.at(14) == "Omar Haddad");  // "Haddad said" before the quotation.
  CHECK(speakers.at(16) == "Omar Haddad");  // "he added" after it.
}

TEST_CASE("a verb right after a quotation that names no one leaves the quotation its speaker",
          "[prose_quotes]") {
  // "，说得很直接" follows the quotation without a name: the speaker is still
  // 宋一鸣 before it, and his part runs to the end of that sentence.
  const std::string lead = "这是全场最直接的一句话。";
  const std::string quote = "宋一鸣说：“检索做不好，窗口再长也没用”，说得很直接。";
  const std::string text =
      "# 第6期整理\n\n视频：https://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n"
      "宋一鸣认为检索最重要。\n\n宋一鸣也提到了评测。\n\n" +
      lead + quote + "随后话题转向了成本。\n";
  claimkb::Result<claimkb::Episode> episode = claimkb::ParseDigest(text, "recap.md");
  REQUIRE(episode.has_value());
  const claimkb::Paragraph* paragraph = nullptr;
  for (const claimkb::Section& section : episode->sections) {
    for (const claimkb::Turn& turn : section.turns) {
      for (const claimkb::Paragraph& p : turn.paragraphs) {
        if (p.line == 9) paragraph = &p;
      }
    }
  }
  REQUIRE(paragraph != nullptr);
  CHECK(paragraph->reported_speaker == "宋一鸣");
  CHECK(paragraph->reported_begin == lead.size());
  CHECK(paragraph->reported_end == lead.size() + quote.size());
}
