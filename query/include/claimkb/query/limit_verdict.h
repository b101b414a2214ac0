// Whether a claim states that something has reached its limit, or that it
// has not. "我们没看到“墙”" and "Scaling Law 若继续主导，最终会走向算力与能源的
// 极限" share no words beyond the topic, yet they answer one question (has
// scaling hit a wall?) with opposite verdicts: the most direct disagreement a
// reader finds across episodes, which a topic-only pair otherwise ranks with
// every other pair filed under the heading (docs/decisions.md, "Verdicts on a
// limit").
#ifndef CLAIMKB_QUERY_LIMIT_VERDICT_H_
#define CLAIMKB_QUERY_LIMIT_VERDICT_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimkb {

enum class LimitVerdict {
  kNone,        // The claim speaks of no limit.
  kReached,     // A limit is reached or near: 撞墙了, 接近尾声, 走向极限.
  kNotReached,  // A limit is denied: 没看到墙, 还没撞墙, 没有要结束的迹象, "no wall".
  // Gains slow but no limit is named: 收益递减, "diminishing returns". One
  // who says so may deny the wall in the next breath ("确实有收益递减，但没有
  // 墙"), so it opposes neither verdict.
  kDiminishing,
};

// The claim's verdict on a limit. Limit words: 墙 (not 防火墙), 极限, 尽头,
// 到头, 尾声, 见顶, 触顶, 终点, 饱和, 停滞, 已经结束, 快结束, 要结束, 即将结束,
// 收益递减, 回报递减, "wall", "plateau", "diminishing returns", "hit a limit".
// A limit word with a negator (没, 未, 不, 无, 非; "no", "not", "n't",
// "never", "without") before it in its clause, at most eight characters
// back, is denied; 不断, 不仅, 不少, 无论, 不管 and 非常 are no negators. One
// denied limit word makes the claim kNotReached ("“到头了”很多时候不是你发现了
// 极限" denies the quoted verdict); otherwise any limit word but 收益递减,
// 回报递减, 递减收益 and "diminishing returns" makes it kReached, and those
// alone make it kDiminishing.
// A limit word inside a parenthesis ("（例如数据已撞墙）", an example) or
// after a verb of talk in its clause ("讲他怎么看待 Scaling Law 的极限", a
// topic of the episode; "大多数说自己撞墙的人", "很多人说…走到头了", what
// others say) or before 之前/以前 ("在这套技术方案撞墙之前", a time) or after
// 何时, 什么时候, "until", "when" (a time) or 是否, 能否, 会不会, 是不是,
// "whether" (an open question) in its clause, or in the
// consequent of a conditional on a belief ("如果你认为它能修好，那你会觉得
// “我们还没撞墙”", belief_conditional.h) or in a clause that asks ("不是说
// scaling 会撞墙吗？") states no verdict. Matching folds ASCII case.
LimitVerdict VerdictOnALimit(std::string_view text);

// The verdict and the clause of the limit word that decided it (ASCII
// folded; empty for kNone): what has or has not hit its limit is named
// there, if anywhere ("scaling 尚未遇到“墙”" at the end of a long summary).
struct LimitStatement {
  LimitVerdict verdict = LimitVerdict::kNone;
  std::string clause;
};
LimitStatement ReadLimitStatement(std::string_view text);

// The limit word a question asks with ("has scaling hit a wall?", "预训练到头
// 了吗", "has pretraining plateaued"), as the question spells it, or empty
// when it names no limit. Negators and frames do not matter here: "no
// wall?" asks the same question as "a wall?".
std::string LimitWordIn(std::string_view text);

// The words a claim may give its verdict on a limit with: the limit words
// above, and 撞墙 and "hit a wall", which the index holds as words of their
// own. A question about a limit searches for all of them, since the claims
// that answer it say 到头, 尽头 or 接近尾声 as often as the question's wall.
std::vector<std::string_view> LimitSearchWords();

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_LIMIT_VERDICT_H_
