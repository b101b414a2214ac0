#include "interview_roles.h"

#include <array>

#include "utf8_scan.h"

namespace claimkb::internal {
namespace {

// The commonest Chinese surnames (together about nine people in ten), and
// the compound ones. A title's "对话大模型" or "专访团队" opens with none.
bool IsSurname(char32_t cp) {
  static constexpr std::u32string_view kSurnames =
      U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
      U"苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
      U"龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左"
      U"柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶"
      U"解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟"
      U"邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
  return kSurnames.find(cp) != std::u32string_view::npos;
}

bool IsCompoundSurname(std::u32string_view two) {
  static constexpr std::array<std::u32string_view, 16> kCompound = {
      U"欧阳", U"司马", U"上官", U"诸葛", U"东方", U"慕容", U"令狐", U"皇甫",
      U"尉迟", U"公孙", U"长孙", U"宇文", U"夏侯", U"司徒", U"端木", U"独孤"};
  for (std::u32string_view c : kCompound) {
    if (two == c) return true;
  }
  return false;
}

// Characters that end a name in a title: particles and the verbs of an
// interview ("张三的专访", "林远谈推理", "和李四聊聊").
bool IsNameBreak(char32_t cp) {
  static constexpr std::u32string_view kChars = U"的谈聊说访对与和专采论讲答问：，、｜丨";
  return kChars.find(cp) != std::u32string_view::npos;
}

// A name found in a title, and where it ends.
struct NameSpan {
  std::u32string name;  // Empty when there is none.
  std::size_t end = 0;
};

// A Chinese name at `at` of `title`, after any spaces: two to four
// ideographs opening with a surname, ended by something not an ideograph or
// by a particle or an interview verb. The shortest such run wins ("张三的专访"
// is 张三).
NameSpan ChineseNameAt(std::u32string_view title, std::size_t at) {
  while (at < title.size() && (title[at] == U' ' || title[at] == U'\u3000')) ++at;
  for (std::size_t length = 2; length <= 4 && at + length <= title.size(); ++length) {
    const std::u32string_view name = title.substr(at, length);
    bool ideographs = true;
    for (char32_t cp : name) ideographs = ideographs && IsCjkIdeograph(cp) && !IsNameBreak(cp);
    if (!ideographs) return {};
    const std::size_t next = at + length;
    if (next < title.size() && IsCjkIdeograph(title[next]) && !IsNameBreak(title[next])) continue;
    const bool surname =
        IsSurname(name[0]) || (length >= 3 && IsCompoundSurname(name.substr(0, 2)));
    if (!surname) return {};
    return {std::u32string(name), next};
  }
  return {};
}

bool IsLower(char32_t cp) { return cp >= U'a' && cp <= U'z'; }
bool IsUpper(char32_t cp) { return cp >= U'A' && cp <= U'Z'; }

// Two or three capitalised words at `at` ("Dana Whitfield", "Mary Ann
// Evans"): each a capital and then small letters, so "OpenAI", "AI" or
// "SWE" (a company, an acronym) is no name.
std::u32string LatinNameAt(std::u32string_view title, std::size_t at) {
  std::size_t words = 0;
  std::size_t end = at;
  std::size_t pos = at;
  while (words < 4) {
    if (pos >= title.size() || !IsUpper(title[pos])) break;
    std::size_t word_end = pos + 1;
    while (word_end < title.size() && (IsLower(title[word_end]) || title[word_end] == U'-' ||
                                       title[word_end] == U'\'' || title[word_end] == U'\u2019')) {
      ++word_end;
    }
    if (word_end == pos + 1) break;  // A lone capital or an acronym.
    if (word_end < title.size() &&
        (IsUpper(title[word_end]) || (title[word_end] >= U'0' && title[word_end] <= U'9'))) {
      break;  // "OpenAI", "GPT5".
    }
    ++words;
    end = word_end;
    pos = word_end;
    if (pos < title.size() && title[pos] == U' ') ++pos;
  }
  if (words < 2 || words > 3) return {};
  return std::u32string(title.substr(at, end - at));
}

// Whether another person follows a name that ends at `end` ("何青和宋一鸣",
// "Dana Whitfield and Sam Lee"): then the title names several people, and
// no one of them gives all the answers.
bool AnotherFollows(std::u32string_view title, std::size_t end) {
  if (end >= title.size()) return false;
  if (std::u32string_view(U"和与、及&").find(title[end]) != std::u32string_view::npos) return true;
  const std::u32string_view rest = title.substr(end);
  return rest.starts_with(U" and ") || rest.starts_with(U" & ") || rest.starts_with(U", ");
}

std::u32string LowerLatin(std::u32string_view text) {
  std::u32string out(text);
  for (char32_t& cp : out) {
    if (IsUpper(cp)) cp = cp - U'A' + U'a';
  }
  return out;
}

std::string LowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// A name after the person's organisation and role, within the part of the
// title that starts at `from`: "对话月之暗面创始人杨植麟", "专访星河智能首席科学家林远",
// "和智谱CEO张鹏聊". The role word is what makes the name a person's there.
NameSpan NameAfterRole(std::u32string_view title, std::size_t from) {
  static constexpr std::array<std::u32string_view, 22> kRoles = {
      U"联合创始人", U"创始人", U"创办人", U"首席执行官", U"首席科学家", U"首席技术官",
      U"科学家",     U"董事长", U"副总裁", U"总裁",       U"总经理",     U"负责人",
      U"研究员",     U"教授",   U"合伙人", U"掌门人",     U"院长",       U"ceo",
      U"cto",        U"coo",    U"cso",    U"cfo"};
  constexpr std::size_t kMaxLead = 24;             // Organisation and role, in characters.
  const std::u32string lower = LowerLatin(title);  // "CEO" is a role as "ceo" is.
  for (std::size_t at = from; at < title.size() && at < from + kMaxLead; ++at) {
    if (std::u32string_view(U"，,：:｜|。！？!?").find(title[at]) != std::u32string_view::npos)
      break;
    for (std::u32string_view role : kRoles) {
      if (lower.compare(at, role.size(), role) != 0) continue;
      if (NameSpan found = ChineseNameAt(title, at + role.size()); !found.name.empty())
        return found;
    }
  }
  return {};
}

}  // namespace

bool IsQuestionLabel(std::string_view name) {
  if (name == "Q" || name == "q") return true;
  const std::string lower = LowerAscii(name);
  for (std::string_view label : {"问", "提问", "采访者", "interviewer"}) {
    if (lower == label) return true;
  }
  return false;
}

bool IsAnswerLabel(std::string_view name) {
  if (name == "A") return true;
  const std::string lower = LowerAscii(name);
  for (std::string_view label : {"答", "受访者", "嘉宾", "interviewee", "guest"}) {
    if (lower == label) return true;
  }
  return false;
}

bool IsPersonNameByShape(std::string_view text) {
  const std::u32string name = DecodeUtf32(text);
  if (name.empty()) return false;
  if (ChineseNameAt(name, 0).end == name.size()) return true;
  return LatinNameAt(name, 0).size() == name.size();
}

std::string IntervieweeInTitle(std::string_view title_bytes) {
  const std::u32string title = DecodeUtf32(title_bytes);
  // "专访林远", "对话杨植麟", "采访王五".
  for (std::u32string_view lead : {U"专访", U"对话", U"对谈", U"采访", U"访谈"}) {
    for (std::size_t at = title.find(lead); at != std::u32string::npos;
         at = title.find(lead, at + 1)) {
      NameSpan found = ChineseNameAt(title, at + lead.size());
      if (found.name.empty()) found = NameAfterRole(title, at + lead.size());
      if (found.name.empty()) continue;
      return AnotherFollows(title, found.end) ? std::string() : EncodeUtf8(found.name);
    }
  }
  // "对罗福莉3.5小时访谈", "与张三对谈", "和李四聊聊": the preposition, the name,
  // and later in the title what was done with them.
  for (std::u32string_view lead : {U"对", U"与", U"和"}) {
    for (std::size_t at = title.find(lead); at != std::u32string::npos;
         at = title.find(lead, at + 1)) {
      NameSpan found = ChineseNameAt(title, at + lead.size());
      if (found.name.empty()) found = NameAfterRole(title, at + lead.size());
      if (found.name.empty()) continue;
      if (AnotherFollows(title, found.end)) return {};
      const std::u32string_view rest = std::u32string_view(title).substr(at + lead.size());
      for (std::u32string_view act : {U"访谈", U"专访", U"采访", U"对谈", U"对话", U"聊"}) {
        if (rest.find(act) != std::u32string_view::npos) return EncodeUtf8(found.name);
      }
    }
  }
  // "林远专访：…": a name opening the title or a part of it. ("张小珺访谈录"
  // is a host's show, not an interview of them.)
  for (std::u32string_view act : {U"专访", U"访谈"}) {
    for (std::size_t at = title.find(act); at != std::u32string::npos;
         at = title.find(act, at + 1)) {
      if (at + act.size() < title.size() && title[at + act.size()] == U'录') continue;
      for (std::size_t length = 2; length <= 4 && length <= at; ++length) {
        const std::size_t start = at - length;
        const bool opens = start == 0 || title[start - 1] == U' ' || title[start - 1] == U'：' ||
                           title[start - 1] == U':' || title[start - 1] == U'｜' ||
                           title[start - 1] == U'|' || title[start - 1] == U'，';
        if (!opens) continue;
        if (const NameSpan found = ChineseNameAt(title, start); found.end == at)
          return EncodeUtf8(found.name);
      }
    }
  }
  // "Interview with Dana Whitfield", "A conversation with Mary Ann Evans".
  const std::u32string lower = LowerLatin(title);
  for (std::u32string_view lead : {U"interview with ", U"conversation with ", U"q&a with ",
                                   U"talking with ", U"sits down with ", U"chat with "}) {
    for (std::size_t at = lower.find(lead); at != std::u32string::npos;
         at = lower.find(lead, at + 1)) {
      const std::u32string name = LatinNameAt(title, at + lead.size());
      if (name.empty()) continue;
      return AnotherFollows(title, at + lead.size() + name.size()) ? std::string()
                                                                   : EncodeUtf8(name);
    }
  }
  return {};
}

}  // namespace claimkb::internal
