// Whether a claim tells what happened or judges something, and whose view
// it states. Contradictions
// pair claims by the stance the extractor read toward a target, and in a
// story ("那是 24 年，当时强化学习还没现在这么成熟", "我用 Gemini 3 把笔记……")
// that stance is the tone of the events, not the speaker's view of the
// target; two such readings are rarely a disagreement a reader accepts.
#ifndef CLAIMKB_QUERY_NARRATION_H_
#define CLAIMKB_QUERY_NARRATION_H_

#include <string_view>

namespace claimkb {

// True when `text` carries a mark of narration — a past time anchor (当时,
// 后来, 去年, "24年8月", "back then"), an event verb (发布了, 收购, 加入,
// announced, founded; 采用了, 尝试了, adopted: an account of adoption, "尝试了
// GPTs、采用了 MCP 标准") or an account of use (我用, 我们试了, 用它) — and
// no mark of judgement: an opinion frame (认为, 觉得, "I think"), a modal of
// obligation or necessity (应该, 必须, should), or a superlative or degree
// that weighs (最, 远远, 根本, 本质上). Judging a past event ("去年最大的突破是
// RLVR") is a judgement.
bool IsNarration(std::string_view text);

// True when `text` states a view it gives to others — "很多人说 Scaling Law
// 走到头了", "有人认为……", "some say …", or a group and a verb of thinking in
// one sentence ("当时业内并没有……认为 X 就是 OK 的") — which the speaker
// reports, often to answer it, and does not hold; its stance is not the
// speaker's side.
bool ReportsOthersView(std::string_view text);

// True when `text` weighs the evidence for a view rather than the view's
// subject: the caveats digests add under "边界" or "局限" ("属于前瞻推演，不是
// 当前系统已具备的事实", "未核实", "不能据此确认", "has not been verified");
// a line that files statements under a kind of statement ("“X 已经结束”…都是
// 嘉宾的条件性预测", "均为嘉宾判断"); a disclaimer of advice or endorsement
// ("也不构成投资建议", "does not constitute investment advice").
bool IsEvidenceCaveat(std::string_view text);

// True when the stance read from `text`'s words is not a judgement the
// speaker makes: the claim calls what it describes an illusion or a myth
// ("pre-training 给了“多做预训=普遍变强”的错觉", "the myth that …"), so its
// praise is denied; or it is a row of a Markdown table ("| 后训练 | 从单轮
// 回答变成完整任务轨迹 |"), cells set side by side rather than a sentence;
// or it rebuts a view whose words it carries ("Amodei 驳斥了 Sutton 对 LLM
// 样本效率低下的批评"); or it opens with a quotation it denies ("“Scaling Law 到头了”很多时候不是你
// 发现了极限"), answering the quoted view.
bool ReadsAgainstItsWords(std::string_view text);

// True when `text` speaks of the episode or the summary page itself ("对预训练
// ……的讨论同时给出潜力和上界", "本期围绕……展开", "本页未做独立事件调查"): from
// the editor, a line about what was discussed, whose tone is not a verdict on
// what it lists.
bool DescribesTheEpisode(std::string_view text);

// True when `text` gives a view to its holder with a verb of saying or
// thinking ("Amodei 认为……", "广密提出……", "she argues"): an editor's line of
// that form states the named person's view.
bool AttributesView(std::string_view text);

// True when `text` describes rather than judges: an image of what a thing is
// like ("预训练更像“crappy evolution”", "X is like Y"), a role it is given
// ("预训练负责“吸收知识”", "X 决定模型是否能举一反三") or the cause of a fact
// ("之所以还这么大，是因为互联网很脏"), or a denial corrected by what the
// thing is ("规模定律并不是让你一直变大，它是一个系统化的框架"), or what it is
// at heart, a noun phrase after 本质是 ("RL 本质是搜索过程"; not "本质上是错的"),
// or a measurement: a short line (at most twelve ideographs) with a number
// and no degree, comparison, negation or verdict word ("Transformer实验8–64块
// （相当于今天2块）"), or a division into kinds ("X 又可分为客观奖励和主观奖励"),
// or a role the thing has left, with no verdict word in it ("X 不再是预训练
// 之后的一道轻量工序"; not "X 不再是最强的"), or what the thing is built on
// ("Apps SDK 构建于 MCP 之上", "Apps SDK 基于 MCP": 基于 after a name in its
// clause, not opening one), or a denial of how things stood before a change
// the claim goes on to credit ("以前大家对这件事还没有广泛共识，X 展示了这种可能
// 性": 以前, 此前, "previously" and a negator in one clause, then more; not
// "比以前").
// The tone read from it is the image's, the cause's or the definition's.
bool DescribesRatherThanJudges(std::string_view text);

// True when `text` is one clause whose predicate is interest ("LLM 有意思",
// "X is fascinating"): finding a thing interesting is not approving of it,
// so it opposes no criticism. DescribesRatherThanJudges includes it.
bool OnlyFindsItInteresting(std::string_view text);

// True when `text` states a hope or an expectation ("Sam Altman 对 GPT-5 最大
// 的期待是“变得更聪明”", "我们希望它是一个非常好的基础模型", "I hope …"): what
// is wanted, not a verdict on what is. A verdict measured against a hope
// ("不及期待", "没有希望", "有希望", "promising") is a verdict.
bool StatesAWish(std::string_view text);

// True when `text` denies only that its subject stands out ("Brainstorming 上，
// X 并无特别突破", "代码不算特别干净", "not particularly good"): a milder
// verdict than praise, not its opposite; against "X 的推理跃升了" it differs in
// emphasis.
bool DeniesOnlyDistinction(std::string_view text);

// True when `text` states two sides of one verdict: a short predicate granted
// and withheld in one clause ("有效但昂贵且递减", "强大但是贵", "powerful but
// expensive"), or a concession that goes on ("昂贵且仍在继续", "很强，但仍不够",
// "yet still"). Either side may be the one the extractor read; against a
// claim that takes one side, a reader sees a difference of emphasis, not an
// opposition. ("虽然贵，但很强" has a comma before its contrast and longer
// clauses: the extractor weighs the main clause.) A concession cut from its
// main clause ("X 认为 GPT-4 尽管强大", the claim ends in the concession)
// states two sides too: the main clause took the grant back.
// A short verdict denied and corrected ("Scaling law 并非无效，而是需要指数级
// 资源", "不是“无效”，而是…") grants one side too.
bool StatesTwoSides(std::string_view text);

// True when `text` explains what it says with what the thing can do ("Codex 越来
// 越难演示，因为它能长时间、扎实地把任务干完", "because it can …"): a difficulty
// that praises; a criticism read from it is suspect.
bool ExplainedByAbility(std::string_view text);

// True when `text` argues that `surface` is needed from its absence: "没有
// pre-training 的 RL 是死胡同", "离不开 X", "without X, …" (the name right
// after the word of absence). A necessity: it says the thing is needed,
// which no criticism of the thing denies ("RL 很糟" and "没有 RL 不行" can both
// hold). Matching folds ASCII case; false when `surface` is empty or not
// found there.
bool ArguesFromAbsence(std::string_view text, std::string_view surface);

// True when `text` refers by a plural pronoun (它们, 这些模型, "they", "them"):
// an entity the extractor took from context for it was resolved from the
// paragraph's previous line ("今天不做，因为它们 just don't work"), not guessed
// for an elided subject. Such a pair is still weak evidence (the line before
// may ask about something else: "让 X 做员工工作？"), but it is not weighed down
// as a guess. A singular 它 or "it" is often something else ("它意味着……"), so
// it does not count.
bool RefersByPronoun(std::string_view text);

// True when `text` remedies a shortfall — 弥补, 克服了, 解决了, 修复了, 缓解了,
// "overcame", "makes up for": "预训练用海量覆盖弥补了迁移能力的不足" praises what
// makes up for the shortfall, so a criticism read from its words is suspect.
bool RemediesAProblem(std::string_view text);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_NARRATION_H_
