// Whether a named entity is what its clause judges, or only touches it.
// The extractor reads a stance toward every entity of a claim, but in
// "执行 scaling law 更彻底" the judgement is of someone's execution, in
// "易被预训练记忆分散注意力" of a memory, in "完全不同于 Transformer 的新架构落地暂少"
// of another architecture, and in "比如在做规模定律时，一些科学假设不太对" of the
// assumptions: the entity is an object, a modifier or a circumstance. Two
// such readings are rarely a disagreement a reader accepts, so
// contradictions rank them low. The test is positional and cheap (it runs
// for every claim at the graph's link step).
#ifndef CLAIMKB_QUERY_JUDGED_HEAD_H_
#define CLAIMKB_QUERY_JUDGED_HEAD_H_

#include <string_view>
#include <vector>

namespace claimkb {

// True when the first occurrence of `surface` in `text` stands where what a
// clause judges stands (the extractor reads a name's stance from the
// judgement nearest its first mention):
// - it opens its clause (clauses end at ，。；：！？, "——", a parenthesis or
//   ". "), after nothing but lead-in words (其实, 现在, 所以, 但, 我觉得, "I
//   think", "but", …) and spans of time ("过去几个月", "最近两年"), quotes,
//   and the names of `others` with connectives between them ("GPT-5 和
//   Claude 都很强" judges both);
// - or follows an opinion frame ("Ilya 认为预训练…", "he argues that …") or a
//   marker of what the view is about ("他对 RL 持批判态度", "对 X，…");
// - or is the focus of a superlative cleft ("最大的突破是 RLVR") or of an
//   absence ("没有 RL 不行");
// and does not follow a condition of absence that opens the sentence ("没有
// pre-training，RL 不会奏效" judges pre-training's necessity), is not inside
// a parenthesis (an aside: "三家模型（GPT、Claude、Gemini）将交替领先"), does
// not label a part of itself before a colon ("Claude 的记忆系统：……"), is not
// one part of a recipe ("pre-training + RL 是双支柱"), a circumstance ("X 时",
// "X 的时候", "X 之后", "X 之外") or the modifier of a generic head noun
// ("X 领域", "X 团队", "X 记忆", "X 标准"); after 对, the clause must not be
// a noun phrase naming a view of it ("Sutton 对 LLM 样本效率低下的批评"); and
// is not the holder of a view, followed by a verb of thinking, feeling or
// saying ("Gemini 也觉得很困难", "X 认为…", "X says"): what it finds or says
// is judged, not the name; nor the topic of a comment about a person ("强化
// 学习这一块，我们下力气还不够" judges our effort); nor one of a clause of bare
// alternatives ("GPT、Claude 还是 Gemini"), a choice offered; nor examples of
// a class ("Claude Code、Codex 等闭源产品"); nor a name whose clause only tells
// that it came out, before the next event ("GPT-4 出来，然后……是一个失败"):
// the time of what follows; nor a name followed by what it requires ("预训练
// 需要提前半年做架构下注"; a need for more or better, "需要加强", is a verdict);
// nor a party of a market ("基础模型侧的出发点是…", "X 端"; not 侧重, 端到端);
// nor a piece of writing ("X 也是一篇，…那篇论文", "X 这篇", "the X paper").
// Matching folds ASCII case. True as well when `surface` is empty or not
// found (nothing to judge the position by: the caller keeps its reading).
bool NamedAsJudgedHead(std::string_view text, std::string_view surface,
                       const std::vector<std::string_view>& others = {});

// True when the first occurrence of `surface` in `text` follows 而不是, 而非,
// "rather than" or "instead of" in its clause ("更愿意拥有全栈，而不是直接采购
// X"): the option a choice passes over; or 不是靠, 不是因为, "not because of"
// ("不是靠某个特定 X 任务，而是基模更好"): the cause set aside. The stance read toward it is the
// preference for the other option, not a verdict on it. Matching folds ASCII
// case; false when `surface` is empty or not found.
bool NamedAsPassedOver(std::string_view text, std::string_view surface);

// True when the first occurrence of `surface` in `text` stands right after a
// verb of using (用, 使用, 采用, 利用, 借助, "using", "with"): the tool of
// an action ("领先编码产品用 X 改变软件书写方式"), which a comparison in the
// clause does not reach. Matching folds ASCII case; false when `surface` is
// empty or not found.
bool NamedAsInstrument(std::string_view text, std::string_view surface);

// True when the first occurrence of `surface` in `text` stands inside a
// parenthesis ("三家模型（GPT、Claude、Gemini）将交替领先"): an aside, an
// example or a gloss, which the judgement outside it does not reach, whatever
// role the extractor gave the name. Matching folds ASCII case; false when
// `surface` is empty or not found.
bool NamedInParenthesis(std::string_view text, std::string_view surface);

// True when the first occurrence of `surface` in `text` is followed by 的 and
// the name of one of `others` ("Google 的 Gemini 2.5 Pro", "OpenAI 的 Codex"):
// it names the owner of the thing the clause speaks of, and a comparison or
// verdict reaches the thing, not its owner. Matching folds ASCII case; false
// when `surface` is empty or not found.
bool NamedAsOwnerOf(std::string_view text, std::string_view surface,
                    const std::vector<std::string_view>& others);

// True when the first occurrence of `later` in `text` stands in the clause
// right after the one that holds the first occurrence of `earlier`, one comma
// or semicolon between them, and that later clause has no word of agreement
// (也, 都, 同样, "also", "too"): two subjects set side by side ("X 的 scaling
// 已接近尾声，Y 正在中场", "X 弥补了不足，Y 则可能继续加强"). Side by side,
// each clause has its own predicate, and one stance read toward both was read
// from one of them. Matching folds ASCII case; false when either is empty,
// not found, or `later` comes first.
bool NamedInTheNextClause(std::string_view text, std::string_view earlier, std::string_view later);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_JUDGED_HEAD_H_
