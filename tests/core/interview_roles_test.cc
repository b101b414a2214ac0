// An interview written as questions and answers: the answers go to the one
// interviewee the document names (issue 8, item 4; issue 10, item 4).
// Invented titles and digests; each expectation is read off the text by hand.
#include "../../core/src/interview_roles.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "claimkb/core/digest_parser.h"

namespace {

using claimkb::internal::IntervieweeInTitle;

// (line of the turn's label, speaker, note) of every turn with a speaker.
struct SpokenTurn {
  int line;
  std::string speaker;
  std::string note;
};

std::vector<SpokenTurn> Turns(const std::string& text) {
  claimkb::Result<claimkb::Episode> episode = claimkb::ParseDigest(text, "interview.md");
  REQUIRE(episode.has_value());
  std::vector<SpokenTurn> turns;
  for (const claimkb::Section& section : episode->sections) {
    for (const claimkb::Turn& turn : section.turns) {
      if (!turn.speaker.empty()) turns.push_back({turn.line, turn.speaker, turn.speaker_note});
    }
  }
  return turns;
}

}  // namespace

TEST_CASE("a title names the one person interviewed", "[interview_roles]") {
  CHECK(IntervieweeInTitle("专访林远：大模型的下一步在推理") == "林远");
  CHECK(IntervieweeInTitle("138. 对罗福莉3.5小时访谈：范式变了") == "罗福莉");
  CHECK(IntervieweeInTitle("对张三的专访") == "张三");                // 的 ends the name.
  CHECK(IntervieweeInTitle("晚点对话王小明谈开源") == "王小明");      // 谈 ends the name.
  CHECK(IntervieweeInTitle("与欧阳青青对谈长上下文") == "欧阳青青");  // A compound surname.
  CHECK(IntervieweeInTitle("何青专访｜检索才是瓶颈") == "何青");
  CHECK(IntervieweeInTitle("Interview with Dana Whitfield on evaluation") == "Dana Whitfield");
  CHECK(IntervieweeInTitle("A Conversation with Mary Ann Evans") == "Mary Ann Evans");
  // The person's organisation and role between the lead and the name.
  CHECK(IntervieweeInTitle("专访星河智能首席科学家林远") == "林远");
  CHECK(IntervieweeInTitle("对话月之暗面创始人杨植麟：长文本") == "杨植麟");
  CHECK(IntervieweeInTitle("和智谱CEO张鹏聊上市") == "张鹏");
}

TEST_CASE("a title that interviews no one person names nobody", "[interview_roles]") {
  CHECK(IntervieweeInTitle("对话OpenAI前沿评估团队").empty());      // A company's team.
  CHECK(IntervieweeInTitle("对话大模型：一次实验").empty());        // 大 is no surname.
  CHECK(IntervieweeInTitle("对话星河智能首席科学家团队").empty());  // A role, then no name.
  CHECK(IntervieweeInTitle("对话两位创始人何青和宋一鸣").empty());  // Two people after the role.
  CHECK(IntervieweeInTitle("张小珺访谈录：第138期").empty());       // The host's show.
  CHECK(IntervieweeInTitle("Interview with OpenAI's evals team").empty());
  CHECK(IntervieweeInTitle("Interview with AI researchers").empty());
  CHECK(IntervieweeInTitle("GPT-5 的推理能力").empty());
  CHECK(IntervieweeInTitle("对话何青和宋一鸣").empty());  // Two people.
  CHECK(IntervieweeInTitle("Interview with Dana Whitfield and Sam Lee").empty());
}

TEST_CASE("the answers of a Q&A interview are the named interviewee's", "[interview_roles]") {
  const std::string text =
      "# 专访林远：推理的下一步\n"                                // 1
      "\n"                                                        // 2
      "本文整理自对林远的专访，他是一家模型公司的首席科学家。\n"  // 3
      "\n"                                                        // 4
      "**问：** 你怎么看 GPT-5 的推理能力？\n"                    // 5
      "\n"                                                        // 6
      "**答：** 我觉得提升很明显，数学题上比上一代强很多。\n"     // 7
      "\n"                                                        // 8
      "**问：** 那 scaling 还有效吗？\n"                          // 9
      "\n"                                                        // 10
      "**答：** 预训练的 scaling 已经接近瓶颈了。\n";             // 11
  const std::vector<SpokenTurn> turns = Turns(text);
  REQUIRE(turns.size() == 4);
  // No host is named, so the questions keep their label.
  CHECK(turns[0].speaker == "问");
  CHECK(turns[1].speaker == "林远");
  CHECK(turns[1].note == "答");
  CHECK(turns[1].line == 7);
  CHECK(turns[2].speaker == "问");
  CHECK(turns[3].speaker == "林远");
}

TEST_CASE("plain Q and A labels take turns, the cover names guest and host", "[interview_roles]") {
  const std::string text =
      "---\n"                                                              // 1
      "title: Notes on evaluation\n"                                       // 2
      "host: Priya Raman\n"                                                // 3
      "guests: Dana Whitfield\n"                                           // 4
      "---\n"                                                              // 5
      "\n"                                                                 // 6
      "Q: What do you make of SWE-bench Verified now?\n"                   // 7
      "\n"                                                                 // 8
      "A: It is saturated and contaminated, so it measures little.\n"      // 9
      "\n"                                                                 // 10
      "Q: And what should replace it?\n"                                   // 11
      "\n"                                                                 // 12
      "A: Harder agentic benchmarks, which are still far from solved.\n";  // 13
  const std::vector<SpokenTurn> turns = Turns(text);
  REQUIRE(turns.size() == 4);
  CHECK(turns[0].speaker == "Priya Raman");
  CHECK(turns[0].note == "Q");
  CHECK(turns[1].speaker == "Dana Whitfield");
  CHECK(turns[1].note == "A");
  CHECK(turns[3].speaker == "Dana Whitfield");
}

TEST_CASE("answers stay as labelled when two guests may give them", "[interview_roles]") {
  const std::string text =
      "# 对话何青和宋一鸣：检索与成本\n"          // 1
      "\n"                                        // 2
      "本期请来了何青和宋一鸣两位嘉宾。\n"        // 3
      "\n"                                        // 4
      "**问：** 长上下文的瓶颈在哪里？\n"         // 5
      "\n"                                        // 6
      "**答：** 在检索质量，不在长度。\n"         // 7
      "\n"                                        // 8
      "**问：** 成本呢？\n"                       // 9
      "\n"                                        // 10
      "**答：** 便宜的模型多跑几轮往往更好。\n";  // 11
  const std::vector<SpokenTurn> turns = Turns(text);
  REQUIRE(turns.size() == 4);
  // The title names two people: neither gives all the answers.
  CHECK(turns[1].speaker == "答");
  CHECK(turns[3].speaker == "答");
}

TEST_CASE("a title's name the text never uses is not trusted", "[interview_roles]") {
  const std::string text =
      "# Interview with Senior Engineers\n"  // 1
      "\n"                                   // 2
      "Q: How do you review code?\n"         // 3
      "\n"                                   // 4
      "A: In pairs, always.\n"               // 5
      "\n"                                   // 6
      "Q: And tests?\n"                      // 7
      "\n"                                   // 8
      "A: Before the code.\n";               // 9
  const std::vector<SpokenTurn> turns = Turns(text);
  REQUIRE(turns.size() == 4);
  CHECK(turns[0].speaker == "Q");
  CHECK(turns[1].speaker == "A");
}

TEST_CASE("role labels of an interview go to the cover's one guest and host", "[interview_roles]") {
  const std::string text =
      "---\n"                                      // 1
      "title: 第九期：检索的下一步\n"              // 2
      "主持人: 韩蕾\n"                             // 3
      "嘉宾: 何青\n"                               // 4
      "---\n"                                      // 5
      "\n"                                         // 6
      "**采访者**：长上下文的瓶颈在哪里？\n"       // 7
      "\n"                                         // 8
      "**受访者**：在检索质量，不在长度。\n"       // 9
      "\n"                                         // 10
      "**采访者**：成本呢？\n"                     // 11
      "\n"                                         // 12
      "**嘉宾**：便宜的模型多跑几轮往往更好。\n";  // 13
  const std::vector<SpokenTurn> turns = Turns(text);
  REQUIRE(turns.size() == 4);
  CHECK(turns[0].speaker == "韩蕾");
  CHECK(turns[0].note == "采访者");
  CHECK(turns[1].speaker == "何青");
  CHECK(turns[1].note == "受访者");
  CHECK(turns[2].speaker == "韩蕾");
  CHECK(turns[3].speaker == "何青");
  CHECK(turns[3].note == "嘉宾");
}

TEST_CASE("two hosts and one guest: the guest still answers", "[interview_roles]") {
  const std::string text =
      "---\n"                                       // 1
      "title: Episode 12\n"                         // 2
      "hosts: [Priya Raman, Tom Ng]\n"              // 3
      "guests: Dana Whitfield\n"                    // 4
      "---\n"                                       // 5
      "\n"                                          // 6
      "**Q:** What broke first?\n"                  // 7
      "\n"                                          // 8
      "**A:** Retrieval, long before the model.\n"  // 9
      "\n"                                          // 10
      "**Q:** And then?\n"                          // 11
      "\n"                                          // 12
      "**A:** The evals.\n";                        // 13
  const std::vector<SpokenTurn> turns = Turns(text);
  REQUIRE(turns.size() == 4);
  CHECK(turns[0].speaker == "Q");  // Two hosts: which one asked is not said.
  CHECK(turns[1].speaker == "Dana Whitfield");
  CHECK(turns[3].speaker == "Dana Whitfield");
}
