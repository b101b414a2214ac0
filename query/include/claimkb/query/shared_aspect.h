// Whether two claims on one target say something about the same aspect of
// it. Two claims that share only a topic ("research", "open source") or two
// editors' summary lines that share only a name rarely state one
// proposition: "这个框架追踪三大类风险" and "我个人挺喜欢这家公司" are both filed
// under research. Sharing content words beyond the target's own names is
// the cheap evidence that they speak to one thing.
#ifndef CLAIMKB_QUERY_SHARED_ASPECT_H_
#define CLAIMKB_QUERY_SHARED_ASPECT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimkb {

// The sorted, distinct content units of `text`: each pair of adjacent
// Chinese characters neither of which is a function character (的, 是, 在,
// 我, …: the one-character entries of data/crosslang/function_words_zh.txt),
// and each Latin word of three or more letters, lower-cased, that is not an
// English function word. Hashed to 64 bits (a bigram's two code points
// exactly; a word by its hash with the top bit set).
std::vector<std::uint64_t> ContentUnits(std::string_view text);

// Whether `a` and `b` (ContentUnits) share two units that are not in
// `names` (the ContentUnits of the target's names, aliases and topic cues):
// one bigram alone is often two words that happen to meet ("虚拟现实" and
// "现实的无奈").
bool SharesAspect(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b,
                  const std::vector<std::uint64_t>& names);

// Keeps in each of `units` (ContentUnits of a set of claims) only the units
// at most max(2, 1%) of them hold: "模型", "公司", "问题" are shared by any two
// claims about AI and say nothing about an aspect, "样本效率" does.
void KeepDistinctiveUnits(std::vector<std::vector<std::uint64_t>>& units);

// ContentUnits of every string in `names`, merged, sorted and distinct.
std::vector<std::uint64_t> NameUnits(const std::vector<std::string>& names);

// True when `text` names the aspect it judges: a clause that ends in 上,
// 方面 or 层面 before the next ("多跳与信息聚合上，X 仍达不到…"; not the
// discourse adverbs 事实上, 实际上, 基本上, 总体上, 整体上, 本质上, 理论上,
// 技术上 or 加上), or 在…上 within one clause ("X 在情节构造上更抓人"), or
// "in terms of" / "when it comes to". Two claims that each name an aspect
// and share none judge two aspects of the thing.
bool NamesAnAspect(std::string_view text);

// True when `text` opens with `surface` and a colon, with a phrase after it
// ("Gemini 3：多模态断档式领先", "X: best at coding"): a headline crediting
// the thing with a feature, which, like a named aspect, is what its verdict
// is on. Leading blanks and Markdown marks are skipped; matching folds ASCII
// case. False when `surface` is empty.
bool LabelsAFeature(std::string_view text, std::string_view surface);

// True when `text` speaks of cost: 昂贵, 成本, 花费, 开销, 费用, 价格, 便宜,
// "expensive", "cost", "cheap", "price". "X 极其昂贵" and "X 在变强" judge two
// aspects, price and capability; a reader sees no opposition.
bool SpeaksOfCost(std::string_view text);

// True when `text` speaks of what stands in the way of progress: 障碍, 瓶颈,
// 真问题, 根本问题, 关键问题, "barrier", "bottleneck", "obstacle". "持续学习
// 可能并非进步的根本障碍" weighs whether lacking the thing blocks progress (how
// much it is needed), not how good it is; against "持续学习缺少公认的进度评测" or
// "持续学习重新打开了多条路线" a reader sees two propositions, against "X 是唯一
// 重要的真问题" one.
bool SpeaksOfABarrier(std::string_view text);

// True when `text` speaks of how widely a thing is used or wanted: 使用量,
// 用户量, 下载量, 市场份额, 需求巨大, 受欢迎, 火起来, 爆火, 走红, "popular",
// "adoption", "usage share". "Claude Code/Codex 一年内诞生，需求巨大" and
// "Claude Code 把很多错误隐藏在 Control+O 后面" judge its demand and its
// quality: two propositions, as price and capability are. (需求 alone is as
// often a requirement, "用户需求", and is not counted.)
bool SpeaksOfPopularity(std::string_view text);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_SHARED_ASPECT_H_
