// Who the question and answer labels of an interview written as Q&A stand
// for (issue 8, item 4; issue 10, item 4).
//
// A magazine interview, a WeChat 专访 or a transcript tidied into Q&A labels
// its turns by role, not by name ("**问：**…", "**答：**…", "Q: …", "A: …").
// When the document names exactly one interviewee (the cover's one guest,
// or the title: "专访林远：…", "对罗福莉3.5小时访谈", "Interview with Dana
// Whitfield"), the answers are that person's words, as the reader of the
// page takes them; a user asking what 林远 said should find them. With two
// guests or none named, the label stays as written: the answers are not
// given to anyone the document does not say gave them.
#ifndef CLAIMKB_CORE_INTERVIEW_ROLES_H_
#define CLAIMKB_CORE_INTERVIEW_ROLES_H_

#include <string>
#include <string_view>

namespace claimkb::internal {

// "问", "Q", "采访者", "Interviewer": the label of an interviewer's question.
// (主持人 and Host are bound to the cover's host by the speaker identity
// view, where the user may split them again.)
bool IsQuestionLabel(std::string_view name);

// "答", "A", "受访者", "嘉宾", "Guest": the label of the interviewee's answer.
bool IsAnswerLabel(std::string_view name);

// The one person a title says is interviewed: "专访林远：…" is 林远,
// "对罗福莉3.5小时访谈" 罗福莉, "Interview with Dana Whitfield on evals" Dana
// Whitfield. "" when the title names no one this way, or a company, a team
// or a word rather than a person ("对话OpenAI前沿评估团队", "对话大模型").
// A Chinese name is two to four characters opening with a common surname; a
// Latin name is two or three capitalised words.
std::string IntervieweeInTitle(std::string_view title);

// Whether `text` is one person's name by the title reader's rule: two to
// four Chinese characters opening with a common surname ("李华", not "开场"),
// or two or three capitalised words ("Dana Whitfield"). For short titles
// where a chapter's name could stand as well as a person's.
bool IsPersonNameByShape(std::string_view text);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_INTERVIEW_ROLES_H_
