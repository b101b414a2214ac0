#include "change_frame.h"

#include <vector>

#include "cue_scanner.h"
#include "utf8_scan.h"

namespace claimkb::internal {
namespace {

enum ChangeTag {
  kNotAChange = 0,  // Words that hold a frame word without its sense.
  kUp,
  kDown,
  kCost,     // Worse when it grows: 成本, 延迟, 门槛, 风险.
  kBenefit,  // Better when it grows: 准确率, 效率, 份额.
  kEase,     // No effort needed: 无需, 只需, 一键.
  kReverse,  // A negator right before a direction word: 没有降低, 无法提高.
};

const CueScanner& ChangeScanner() {
  static const CueScanner scanner([] {
    std::vector<Cue> cues;
    const auto add = [&cues](std::initializer_list<std::string_view> words, int tag) {
      for (std::string_view word : words) cues.push_back({word, tag});
    };
    add({"提高",     "提升",      "增加",      "增长",   "升至",  "升到",   "上升",
         "放大",     "推高",      "加大",      "抬高",   "扩大",  "更多",   "更高",
         "更大",     "变多",      "变高",      "变大",   "翻倍",  "暴涨",   "飙升",
         "拉高",     "increase",  "increases", "increased", "raise", "raises", "raised",
         "higher",   "more",      "boost",     "boosts"},
        kUp);
    add({"降低",   "降到",    "降至",    "减少", "减轻",   "节省",  "压缩",  "压低",
         "缩短",   "缩小",    "下降",    "下滑", "跌破",   "跌至",  "更少",  "更低",
         "更小",   "变少",    "变低",    "变小", "减半",   "省去",  "省掉",  "削减",
         "reduce", "reduces", "reduced", "lower", "lowers", "less", "fewer", "cut", "cuts"},
        kDown);
    add({"成本",  "延迟",   "时延",     "显存",    "内存",   "开销",     "门槛", "资源占用",
         "占用",  "能耗",   "功耗",     "价格",    "费用",   "花费",     "算力需求",
         "错误率", "错误",  "风险",     "幻觉",    "复杂度", "负担",     "摩擦", "依赖",
         "污染",  "漏洞",   "latency",  "cost",    "costs",  "overhead", "error", "errors",
         "risk",  "risks",  "price",    "prices"},
        kCost);
    add({"性能",     "准确率",      "精度",       "效率",    "能力",   "速度",    "吞吐",
         "留存",     "份额",        "收入",       "可靠性",  "质量",   "成功率",  "利润",
         "产能",     "营收",        "使用量",     "采用",    "影响力", "上限",    "accuracy",
         "performance", "efficiency", "speed", "throughput", "revenue", "share", "quality"},
        kBenefit);
    add({"无需", "不需要", "不用再", "只要", "只需", "一键", "仅需", "免去", "开箱即用", "零代码",
         "直接就", "no need"},
        kEase);
    add({"不", "没", "没有", "未", "并未", "无法", "难以", "不能", "不会", "不再", "not", "never",
         "didn't", "doesn't", "don't", "can't", "cannot", "won't"},
        kReverse);
    // 更多 and 更大 inside a comparison word or an idiom say nothing of a
    // quantity's direction; 降低 before 门槛 as a set phrase is still a change.
    add({"更多的是", "更大的问题", "能力者", "降价"}, kNotAChange);
    return cues;
  }());
  return scanner;
}

// Bytes a quantity may follow its direction word ("降低训练资源占用": eight
// ideographs), or precede it ("延迟明显更低": six).
constexpr std::size_t kAfterReach = 24;
constexpr std::size_t kBeforeReach = 18;
// Bytes between a negator and the direction word it reverses ("没有明显降低").
constexpr std::size_t kReverseReach = 6;

bool IsClauseMark(char32_t cp) {
  return cp == U'，' || cp == ',' || cp == U'；' || cp == ';' || cp == U'：' || cp == ':' ||
         cp == U'。' || cp == U'！' || cp == U'？' || cp == '!' || cp == '?' || cp == U'、';
}

// Whether `between` holds no clause mark: the two words are in one clause.
bool OneClause(std::string_view between) { return !AnyCodePoint(between, IsClauseMark); }

}  // namespace

ChangeCounts CountChanges(std::string_view text) {
  ChangeCounts counts;
  const std::vector<CueMatch> matches = ChangeScanner().Scan(text);
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const CueMatch& word = matches[i];
    if (word.tag == kEase) {
      ++counts.good;
      continue;
    }
    if (word.tag != kUp && word.tag != kDown) continue;
    // The quantity: the first one after the word, else the last one before it.
    int quantity = 0;
    for (std::size_t j = i + 1; j < matches.size(); ++j) {
      const CueMatch& next = matches[j];
      if (next.begin - word.end > kAfterReach ||
          !OneClause(text.substr(word.end, next.begin - word.end))) {
        break;
      }
      if (next.tag == kCost || next.tag == kBenefit) {
        quantity = next.tag;
        break;
      }
    }
    for (std::size_t j = i; quantity == 0 && j-- > 0;) {
      const CueMatch& before = matches[j];
      if (word.begin - before.end > kBeforeReach ||
          !OneClause(text.substr(before.end, word.begin - before.end))) {
        break;
      }
      if (before.tag == kCost || before.tag == kBenefit) quantity = before.tag;
    }
    if (quantity == 0) continue;
    bool up = word.tag == kUp;
    if (i > 0 && matches[i - 1].tag == kReverse && word.begin - matches[i - 1].end <= kReverseReach &&
        OneClause(text.substr(matches[i - 1].end, word.begin - matches[i - 1].end))) {
      up = !up;
    }
    ++((up == (quantity == kBenefit)) ? counts.good : counts.bad);
  }
  return counts;
}

}  // namespace claimkb::internal
