#include "modality_classifier.h"

#include <string>

#include "cue_scanner.h"
#include "utf8_scan.h"

namespace claimkb::internal {
namespace {

enum ModalityTag { kNotACue = 0, kFirsthandCue, kReportedCue, kSpeculativeCue };

const CueScanner& ModalityScanner() {
  static const CueScanner scanner([] {
    std::vector<Cue> cues;
    const auto add = [&cues](std::initializer_list<std::string_view> words, int tag) {
      for (std::string_view word : words) cues.push_back({word, tag});
    };
    // Words that contain a cue but do not hedge: 不可能 is certain, 我用来 and
    // 可能性 are about something else.
    add({"不可能", "可能性", "用户", "用途", "我用来"}, kNotACue);
    add({"我试",     "我用",      "我这两天",  "亲试",   "亲测",     "实测",     "我测",
         "我跑",     "我做过",    "我自己用",  "我们试", "我们用",   "我们测",   "我们内部",
         "我常让",   "我让它",    "我和它",    "我尝试", "我体验",   "我最近用", "我每天用",
         "i tried",  "i used",    "i've used", "i use",  "we tried", "we used",  "in my experience",
         "i tested", "we tested", "hands-on"},
        kFirsthandCue);
    add({"人反馈",        "组反馈",   "队反馈", "户反馈",     "反馈说",  "反馈：",
         "反馈:",         "的反馈",   "听说",   "听过",       "有人说",  "传言",
         "传闻",          "据说",     "他们说", "据报道",     "据称",    "二手",
         "报道称",        "有消息",   "据悉",   "people say", "i heard", "reportedly",
         "according to",  "they say", "rumor",  "rumour",     "rumors",  "reports say",
         "people told me"},
        kReportedCue);
    add({"可能",          "推测",       "我猜",    "也许",      "或许",   "大概",     "估计",
         "猜测",          "说不定",     "恐怕",    "似乎",      "好像",   "不确定",   "或将",
         "有望",          "预计",       "预测",    "倾向于",    "maybe",  "probably", "might",
         "perhaps",       "possibly",   "i guess", "i suspect", "likely", "could be", "may be",
         "i think maybe", "presumably", "i bet"},
        kSpeculativeCue);
    return cues;
  }());
  return scanner;
}

// `text` with bracketed asides blanked out by spaces, so offsets stay put and
// cues cannot join across the gap.
std::string WithoutAsides(std::string_view text) {
  std::string out(text);
  int depth = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    const std::size_t length = DecodeUtf8At(text, pos, &cp);
    const bool open = cp == U'（' || cp == '(';
    const bool close = cp == U'）' || cp == ')';
    if (open) ++depth;
    if (depth > 0) out.replace(pos, length, length, ' ');
    if (close && depth > 0) --depth;
    pos += length;
  }
  return out;
}

}  // namespace

Modality ClassifyModality(std::string_view text) {
  const std::string visible = WithoutAsides(text);
  bool firsthand = false;
  bool reported = false;
  bool speculative = false;
  for (const CueMatch& match : ModalityScanner().Scan(visible)) {
    firsthand |= match.tag == kFirsthandCue;
    reported |= match.tag == kReportedCue;
    speculative |= match.tag == kSpeculativeCue;
  }
  if (reported) return Modality::kReported;
  if (firsthand) return Modality::kFirsthand;
  if (speculative) return Modality::kSpeculative;
  return Modality::kOpinion;
}

}  // namespace claimkb::internal
