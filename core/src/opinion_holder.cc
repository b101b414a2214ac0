#include "claimkb/core/opinion_holder.h"

#include <algorithm>
#include <array>

namespace claimkb::internal {
namespace {

constexpr auto kAdverbs = std::to_array<std::string_view>(
    {"自己", "本身", "一直",       "也",     "都",       "就",     "还",   "却",   "则",
     "并",   "其实", "确实",       "同样",   "先",       "又",     "曾经", "曾",   "明确",
     "公开", "反复", "多次",       "一再",   "再次",     "进一步", "直接", "also", "too",
     "has",  "had",  "repeatedly", "openly", "publicly", "then"});

// Verbs of thinking, feeling, saying and warning, and the words that name a
// view as someone's ("的观点", "看来" of "在 X 看来").
constexpr auto kVerbs = std::to_array<std::string_view>(
    {"觉得",       "认为",   "感到",      "发现",       "相信",       "担心",       "担忧",
     "表示",       "声称",   "承认",      "坦言",       "直言",       "指出",       "主张",
     "强调",       "希望",   "说",        "称",         "提到",       "提出",       "谈到",
     "讲",         "警告",   "警醒",      "提醒",       "预测",       "预计",       "判断",
     "质疑",       "批评",   "称赞",      "赞扬",       "抱怨",       "解释",       "回答",
     "回应",       "补充",   "总结",      "透露",       "分享",       "建议",       "看好",
     "看衰",       "怀疑",   "反对",      "支持",       "看来",       "的观点",     "的看法",
     "的判断",     "的质疑", "的回答",    "眼中",       "的核心观点", "的核心质疑", "的核心判断",
     "的核心论点", "的回应", "thinks",    "think",      "believes",   "believe",    "says",
     "said",       "argues", "argued",    "claims",     "claimed",    "notes",      "noted",
     "warns",      "warned", "worries",   "explains",   "explained",  "points out", "pointed out",
     "told",       "asks",   "asked",     "suggests",   "suggested",  "predicts",   "admits",
     "admitted",   "agrees", "disagrees", "criticizes", "criticises", "praises",    "praised",
     "'s view",    "'s take"});

// Words that open with a verb of saying but judge or show: "X 称得上最强" is
// a verdict on X, "X 说明了…" what X shows. ("X 感觉很强" and "X feels slow"
// are verdicts too, so 感觉 and "feels" are no verbs of holding.)
constexpr auto kNotHolding = std::to_array<std::string_view>(
    {"说明", "说服", "说法", "称得", "称为", "称之", "称作", "称霸"});

// Marks that end a clause: a verb after them is another clause's.
constexpr auto kClauseEnds = std::to_array<std::string_view>(
    {"，", ",", "。", ".", "；", ";", "：", ":", "！", "!", "？", "?", "、", "\n"});

// Spaces, quotes and Markdown marks between a name and its verb.
constexpr auto kBlank =
    std::to_array<std::string_view>({" ", "\t", "“", "”", "\"", "‘", "’", "「", "」", "*", "`"});

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

template <std::size_t N>
bool EatOne(std::string_view* text, const std::array<std::string_view, N>& tokens) {
  return std::any_of(tokens.begin(), tokens.end(),
                     [&](std::string_view token) { return EatWord(text, token); });
}

}  // namespace

bool EatWord(std::string_view* text, std::string_view token) {
  if (token.empty() || !text->starts_with(token)) return false;
  if (IsWordByte(token.back()) && token.size() < text->size() &&
      IsWordByte((*text)[token.size()])) {
    return false;
  }
  text->remove_prefix(token.size());
  return true;
}

std::span<const std::string_view> HolderAdverbs() { return kAdverbs; }

bool HoldsAView(std::string_view after, std::size_t reach) {
  while (EatOne(&after, kBlank) || EatOne(&after, kAdverbs)) {
  }
  for (std::size_t skipped = 0;;) {
    std::string_view probe = after;
    if (EatOne(&probe, kNotHolding)) return false;
    probe = after;
    if (EatOne(&probe, kVerbs)) return true;
    if (after.empty()) return false;
    // One more character of the clause, never its end.
    const unsigned char lead = static_cast<unsigned char>(after.front());
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::string_view next = after.substr(0, length);
    if (std::any_of(kClauseEnds.begin(), kClauseEnds.end(),
                    [&](std::string_view end) { return next == end; })) {
      return false;
    }
    skipped += length;
    if (skipped > reach) return false;
    after.remove_prefix(std::min(length, after.size()));
  }
}

}  // namespace claimkb::internal
