// The digest parser works line by line, in one pass after a cheap pre-pass:
//
//   bytes ─check─▶ lines ─frontmatter─▶ pre-pass (speaker label census) ─▶ main pass
//
// The checks (size, NUL bytes, UTF-8) come first so that nothing later has to
// worry about hostile input. Every line is its own paragraph: digests are
// written one statement per line, and keeping lines apart keeps the source line
// of each claim exact. The decisions behind the accepted format are written
// down in docs/digest_format.md.
#include "claimkb/core/digest_parser.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

#include "chinese_surnames.h"
#include "claimkb/core/file_bytes.h"
#include "cue_text.h"
#include "front_matter.h"
#include "inline_timestamps.h"
#include "interview_roles.h"
#include "markdown_inline.h"
#include "metadata_fields.h"
#include "prose_quotes.h"
#include "speaker_key.h"
#include "text_encoding.h"
#include "timestamp.h"
#include "transcript_reader.h"
#include "utf8_scan.h"

namespace claimkb {
namespace {

using internal::BracketRange;
using internal::FindBracketedRange;
using internal::Highlights;
using internal::IntervieweeInTitle;
using internal::IsAnswerLabel;
using internal::IsQuestionLabel;
using internal::StripInline;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kFullColon = "\xEF\xBC\x9A";  // ：
constexpr std::string_view kFullOpen = "\xEF\xBC\x88";   // （
constexpr std::string_view kFullClose = "\xEF\xBC\x89";  // ）
// The round brackets, full width first, as a name's note or a moment is
// written after it.
constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kRoundBrackets = {
    {{kFullOpen, kFullClose}, {"(", ")"}}};

// A speaker's name longer than this is a sentence that happens to contain a
// colon, not a name.
constexpr int kMaxNameCodePoints = 24;
// Latin names have at most this many words ("Dwarkesh Patel" has two).
constexpr int kMaxNameWords = 4;
// A plain "Name：" label that is not otherwise known must occur this often in
// the file to count as a speaker. Two is not enough: an article may use the
// same lead-in twice ("类别：..." as a pseudo-heading), while real speakers in
// plain-label transcripts speak many times.
constexpr int kMinPlainLabelRepeats = 3;
// A lone moment ("[00:00:07] …") runs to the next one, unless that is further
// away than this: a gap so long is a jump, not one stretch of speech.
constexpr int kMaxOpenEndSeconds = 600;

struct Line {
  std::string_view text;  // Without the line ending (and without the BOM on line 1).
  int number = 0;         // 1-based.
};

std::unexpected<Error> ParseError(const std::string& path, int line, std::string message,
                                  std::string hint = {}) {
  return std::unexpected<Error>(
      Error{ErrorCode::kParse, std::move(message), std::move(hint), path, line});
}

std::unexpected<Error> WithPlace(Error error, const std::string& path, int line) {
  error.file = path;
  error.line = line;
  return std::unexpected<Error>(std::move(error));
}

// ---------------------------------------------------------------------------
// Text helpers.

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

std::string_view Trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && IsAsciiSpace(s.front())) {
      s.remove_prefix(1);
    } else if (s.starts_with("\xE3\x80\x80")) {  // Ideographic space.
      s.remove_prefix(3);
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && IsAsciiSpace(s.back())) {
      s.remove_suffix(1);
    } else if (s.ends_with("\xE3\x80\x80")) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  return s;
}

std::string_view StripTrailingColon(std::string_view s) {
  s = Trim(s);
  if (s.ends_with(kFullColon)) s.remove_suffix(kFullColon.size());
  if (s.ends_with(":")) s.remove_suffix(1);
  return Trim(s);
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Decodes the code point at `i` of already validated UTF-8.
std::size_t CodePointLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  return 4;
}

int CountCodePoints(std::string_view s) {
  int n = 0;
  for (std::size_t i = 0; i < s.size(); i += CodePointLength(static_cast<unsigned char>(s[i]))) ++n;
  return n;
}

// Offset of the first byte that is not part of valid UTF-8 (overlong forms,
// surrogates and code points past U+10FFFF are invalid), or npos.
std::size_t FirstInvalidUtf8(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned int cp = 0;
    unsigned int min = 0;
    if ((c >> 5) == 0x6) {
      len = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c >> 4) == 0xE) {
      len = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c >> 3) == 0x1E) {
      len = 4, cp = c & 0x07, min = 0x10000;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      const unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc >> 6) != 0x2) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

int LineOfOffset(std::string_view bytes, std::size_t offset) {
  return 1 + static_cast<int>(std::count(
                 bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// ---------------------------------------------------------------------------
// Line-level Markdown.

struct Heading {
  int level = 0;
  std::string_view text;
};

std::optional<Heading> MatchHeading(std::string_view line) {
  // An outliner (Logseq) writes every block as a bullet, a heading too:
  // "- ## 我的思考", nested or not.
  if (const std::string_view t = Trim(line); t.starts_with("- #") || t.starts_with("* #")) {
    line = t.substr(2);
  }
  std::size_t level = 0;
  while (level < line.size() && line[level] == '#') ++level;
  if (level == 0 || level > 6) return std::nullopt;
  if (level < line.size() && line[level] != ' ' && line[level] != '\t') return std::nullopt;
  std::string_view text = Trim(line.substr(level));
  // A closing sequence of #'s is decoration ("## 全文 ##").
  while (text.ends_with('#')) text.remove_suffix(1);
  return Heading{static_cast<int>(level), Trim(text)};
}

bool IsFence(std::string_view line) {
  std::string_view t = Trim(line);
  return t.starts_with("```") || t.starts_with("~~~");
}

// A line that is nothing but one bold span ("**核心观点**", "**材料信息**",
// "**答：**", "**Nathan**："): its text without a trailing colon, and
// whether it had one (inside the bold or after it).
struct BoldLine {
  std::string_view text;
  bool colon = false;
};
std::optional<BoldLine> BoldOnlyLine(std::string_view line) {
  std::string_view t = Trim(line);
  bool colon = false;
  if (t.ends_with("**:")) {
    t.remove_suffix(1);
    colon = true;
  } else if (t.ends_with("**\xEF\xBC\x9A")) {  // "**："
    t.remove_suffix(3);
    colon = true;
  }
  if (t.size() < 5 || !t.starts_with("**") || !t.ends_with("**")) return std::nullopt;
  const std::string_view inner = Trim(t.substr(2, t.size() - 4));
  if (inner.find("**") != std::string_view::npos) return std::nullopt;
  const std::string_view text = StripTrailingColon(inner);
  if (text.empty()) return std::nullopt;
  return BoldLine{text, colon || text.size() != inner.size()};
}

// "**Key:** value" or "**Key**：value": the form of a header field.
bool IsBoldKeyLine(std::string_view content) {
  const std::string_view trimmed = Trim(content);
  if (!trimmed.starts_with("**")) return false;
  const std::size_t close = trimmed.find("**", 2);
  if (close == std::string_view::npos) return false;
  const std::string_view inner = Trim(trimmed.substr(2, close - 2));
  const std::string_view after = Trim(trimmed.substr(close + 2));
  return inner.ends_with(':') || inner.ends_with(kFullColon) || after.starts_with(':') ||
         after.starts_with(kFullColon);
}

// A thematic break that, inside the transcript, hands over to the editor.
bool IsSeparator(std::string_view line) {
  const std::string_view t = Trim(line);
  if (t.empty()) return false;
  if (t == "\xE2\x80\x94" || t == "\xE2\x80\x94\xE2\x80\x94" ||
      t == "\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94" ||
      t == "\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94") {
    return true;  // —, ——, ———, ————
  }
  for (char mark : {'-', '*', '_'}) {
    std::size_t count = 0;
    bool only = true;
    for (char c : t) {
      if (c == mark) {
        ++count;
      } else if (c != ' ') {
        only = false;
        break;
      }
    }
    if (only && count >= 3) return true;
  }
  return false;
}

struct Bullet {
  bool bullet = false;
  std::size_t indent = 0;    // Columns before the marker (or the text), a tab counting as four.
  std::string_view content;  // After the marker, trimmed.
};

Bullet MatchBullet(std::string_view line) {
  std::size_t i = 0;
  std::size_t indent = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
    indent += line[i] == '\t' ? 4 : 1;
    ++i;
  }
  Bullet result;
  const std::string_view rest = line.substr(i);
  std::size_t marker = 0;
  if (!rest.empty() && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+')) {
    marker = 1;
  } else {
    std::size_t digits = 0;
    while (digits < rest.size() && digits < 9 && rest[digits] >= '0' && rest[digits] <= '9')
      ++digits;
    if (digits > 0 && digits < rest.size() && (rest[digits] == '.' || rest[digits] == ')')) {
      marker = digits + 1;
    }
  }
  // "① …" to "⑳ …" (U+2460–U+2473): numbered points as Chinese digests write them.
  const bool circled = rest.size() >= 3 && rest[0] == '\xE2' && rest[1] == '\x91' &&
                       static_cast<unsigned char>(rest[2]) >= 0xA0 &&
                       static_cast<unsigned char>(rest[2]) <= 0xB3;
  if (circled) {
    result.bullet = true;
    result.indent = indent;
    result.content = Trim(rest.substr(3));
    return result;
  }
  if (marker > 0 && (marker == rest.size() || rest[marker] == ' ' || rest[marker] == '\t')) {
    result.bullet = true;
    result.indent = indent;
    result.content = Trim(rest.substr(marker));
    return result;
  }
  std::string_view content = Trim(line);
  // Quotes are kept as text; only their marker goes ("> 本文发表于 ...").
  while (content.starts_with('>')) content = Trim(content.substr(1));
  result.content = content;
  result.indent = indent;  // A line indented under a list item continues it.
  return result;
}

// ---------------------------------------------------------------------------
// Section names.

enum class NameClass { kUnknown, kSummary, kFullText, kCover, kNonContent };

bool NameIs(std::string_view name, std::string_view keyword) {
  if (name == keyword) return true;
  if (!name.starts_with(keyword)) return false;
  // "译文（为可读性去除时间戳...）" or "Transcript (auto)": a remark may follow.
  const std::string_view rest = Trim(name.substr(keyword.size()));
  return rest.empty() || rest.starts_with(kFullOpen) || rest.starts_with('(') ||
         rest.starts_with(kFullColon) || rest.starts_with(':') ||
         rest.starts_with("\xE2\x80\x94") || rest.starts_with('-');
}

NameClass ClassifyName(std::string_view title) {
  // "## 📚 Transcript", "## ✨ 摘要": the pictograph decorates the name.
  title.remove_prefix(internal::LeadingPictographs(title));
  const std::string name = AsciiLower(StripTrailingColon(title));
  // Chapter lists are the editor's too: "00:00 开场：…" under them is a
  // chapter, not a turn of "开场". ("发言总结", a tool's summary of each
  // speaker, is not among them: "**阿杰**：…" there reports 阿杰's view, as
  // "**Name**认为…" does in a summary.)
  // ("时间线" and "timeline" are not: a notes app heads its timeline of
  // turns so.)
  // The writer's own part ("我自己的想法", "my take") is the editor's as well:
  // its "我" is the note taker's, never the last speaker's going on.
  static constexpr std::array<std::string_view, 35> kSummary = {
      "摘要总结",     "关键要点",    "模型总结",   "摘要",           "总结",
      "要点",         "summary",     "key points", "key takeaways",  "highlights",
      "takeaways",    "tl;dr",       "章节速览",   "章节",           "大纲",
      "chapters",     "outline",     "outlines",   "action items",   "待办",
      "待办事项",     "行动项",      "next steps", "notable quotes", "我的想法",
      "我自己的想法", "我的看法",    "我的笔记",   "个人感想",       "个人观点",
      "个人想法",     "my thoughts", "my take",    "what i think",   "my notes"};
  static constexpr std::array<std::string_view, 14> kFullText = {
      "原始全文",    "全文",     "译文", "翻译",   "transcript", "full text", "full transcript",
      "translation", "转写全文", "转写", "逐字稿", "文字稿",     "文字记录",  "实录"};
  static constexpr std::array<std::string_view, 9> kCover = {
      "封面",     "cover",    "metadata",     "元信息",          "基本信息",
      "材料信息", "节目信息", "episode info", "episode metadata"};
  // Sections that point elsewhere: they hold links and lists, not claims.
  static constexpr std::array<std::string_view, 23> kNonContent = {
      "版本",     "目录",       "contents", "table of contents", "参考", "参考资料", "references",
      "相关链接", "链接",       "links",    "related",           "相关", "订阅",     "subscribe",
      "免责声明", "disclaimer", "版权",     "copyright",         "导航", "versions",
      "联系", "contact", "about"};
  for (std::string_view k : kSummary) {
    if (NameIs(name, k)) return NameClass::kSummary;
  }
  for (std::string_view k : kFullText) {
    if (NameIs(name, k)) return NameClass::kFullText;
  }
  for (std::string_view k : kCover) {
    if (NameIs(name, k)) return NameClass::kCover;
  }
  for (std::string_view k : kNonContent) {
    if (NameIs(name, k)) return NameClass::kNonContent;
  }
  for (std::string_view k : {"交流与合作", "联系方式", "免责声明", "编辑记录"}) {
    if (name.find(k) != std::string::npos) return NameClass::kNonContent;
  }
  return NameClass::kUnknown;
}

// ---------------------------------------------------------------------------
// Cover metadata.

using internal::ClassifyCoverKey;
using internal::ClassifyFrontMatterPath;
using internal::MetaKey;

// Splits "key：value" or "key: value". The key must be short: "- 标题：..." is
// metadata, a sentence with a colon is not.
std::optional<std::pair<std::string_view, std::string_view>> SplitKeyValue(std::string_view text) {
  const std::size_t full = text.find(kFullColon);
  const std::size_t ascii = text.find(':');
  std::size_t at = std::min(full, ascii);
  if (at == std::string_view::npos || at > 40) return std::nullopt;
  // "时长 1:24:07": the colon is a clock's, and the key is the word before
  // the clock.
  const auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (at == ascii && at > 0 && at + 1 < text.size() && digit(at - 1) && digit(at + 1)) {
    const std::size_t space = text.rfind(' ', at);
    if (space == std::string_view::npos || space == 0) return std::nullopt;
    return std::make_pair(Trim(text.substr(0, space)), Trim(text.substr(space + 1)));
  }
  std::size_t len = at == full ? kFullColon.size() : 1;
  // An outliner's property ("source:: https://…", Logseq's page properties).
  if (len == 1 && at + 1 < text.size() && text[at + 1] == ':') len = 2;
  return std::make_pair(Trim(text.substr(0, at)), Trim(text.substr(at + len)));
}

// "key:: value" with a one-word key: an outliner's (Logseq's) property.
bool IsOutlinerProperty(std::string_view plain) {
  const std::size_t at = plain.find("::");
  if (at == std::string_view::npos || at == 0 || at > 32) return false;
  return std::all_of(plain.begin(), plain.begin() + static_cast<std::ptrdiff_t>(at), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  });
}

// A property's value without the outliner's page links: "[[陈默]], [[Sarah
// Lin]]" → "陈默, Sarah Lin", "[[Nov 24th, 2025]]" → "Nov 24th, 2025".
std::string OutlinerValue(std::string_view value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value.substr(i, 2) == "[[" || value.substr(i, 2) == "]]") {
      ++i;
      continue;
    }
    out.push_back(value[i]);
  }
  return out;
}

// A <details> summary that names a language or a translation ("English",
// "Original English", "译文"): the block is the line above in that language.
bool NamesALanguage(std::string_view summary) {
  const std::string lower = AsciiLower(summary);
  for (std::string_view word :
       {"english", "chinese", "japanese", "original", "translation", "bilingual",
        "\xE4\xB8\xAD\xE6\x96\x87" /* 中文 */, "\xE8\x8B\xB1\xE6\x96\x87" /* 英文 */,
        "\xE5\x8E\x9F\xE6\x96\x87" /* 原文 */, "\xE8\xAF\x91\xE6\x96\x87" /* 译文 */,
        "\xE7\xBF\xBB\xE8\xAF\x91" /* 翻译 */, "\xE5\x8F\x8C\xE8\xAF\xAD" /* 双语 */}) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return false;
}

// The parts of a line between bars ("|", "｜"), full-width semicolons and
// ideographic spaces ("主持人：周以宁　嘉宾：张伟") and, with `at_dots`, middle
// dots and bullets ("·", "•"), trimmed: a cover row's fields, a byline's parts.
std::vector<std::string_view> SplitParts(std::string_view line, bool at_dots) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t at = 0; at <= line.size();) {
    std::size_t width = 0;
    const std::string_view rest = line.substr(at);
    if (at == line.size() || rest.starts_with('|')) {
      width = 1;
    } else if (rest.starts_with("\xEF\xBD\x9C") || rest.starts_with("\xEF\xBC\x9B") ||
               rest.starts_with("\xE3\x80\x80")) {  // ｜, ；, the ideographic space
      width = 3;
    } else if (at_dots && rest.starts_with("\xC2\xB7")) {  // ·
      width = 2;
    } else if (at_dots && rest.starts_with("\xE2\x80\xA2")) {  // •
      width = 3;
    }
    if (width == 0) {
      ++at;
      continue;
    }
    parts.push_back(Trim(line.substr(start, at - start)));
    at += width;
    start = at;
  }
  return parts;
}

// Whether a line ends as a sentence does: a full stop, a question or an
// exclamation, in either script.
bool EndsSentence(std::string_view text) {
  text = Trim(text);
  for (std::string_view end : {".", "?", "!", "\xE3\x80\x82", "\xEF\xBC\x9F", "\xEF\xBC\x81"}) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

// A metadata value, not a sentence: short and without a full stop inside.
bool IsShortValue(std::string_view value) {
  constexpr std::size_t kMaxValueBytes = 80;
  return value.size() <= kMaxValueBytes &&
         value.find("\xE3\x80\x82") == std::string_view::npos &&  // 。
         value.find(". ") == std::string_view::npos;
}

// The words inside a pair of brackets that wrap the whole of `text`, trimmed:
// round brackets, and with `square` also [ ] and 【 】. nullopt when no pair
// wraps it.
std::optional<std::string_view> UnwrapBrackets(std::string_view text, bool square = false) {
  using Pair = std::pair<std::string_view, std::string_view>;
  static constexpr std::array<Pair, 4> kPairs = {{
      {"(", ")"},
      {"\xEF\xBC\x88", "\xEF\xBC\x89"},  // （ ）
      {"[", "]"},
      {"\xE3\x80\x90", "\xE3\x80\x91"},  // 【 】
  }};
  const std::string_view t = Trim(text);
  for (std::size_t k = 0; k < (square ? kPairs.size() : 2); ++k) {
    const auto& [open, close] = kPairs[k];
    if (t.size() > open.size() + close.size() && t.starts_with(open) && t.ends_with(close)) {
      return Trim(t.substr(open.size(), t.size() - open.size() - close.size()));
    }
  }
  return std::nullopt;
}

// "(1m 34s)", "（1分34秒）", "(94 sec)": a length in brackets and nothing else,
// each number followed by a unit of time.
bool IsBracketedLength(std::string_view text) {
  const std::optional<std::string_view> inner = UnwrapBrackets(text);
  if (!inner || inner->empty()) return false;
  // Longer units first, so "min" is not read as "m" followed by "in".
  static constexpr std::array<std::string_view, 13> kUnits = {"\xE5\xB0\x8F\xE6\x97\xB6",  // 小时
                                                              "\xE5\x88\x86\xE9\x92\x9F",  // 分钟
                                                              "\xE5\x88\x86",              // 分
                                                              "\xE7\xA7\x92",              // 秒
                                                              "mins",
                                                              "min",
                                                              "secs",
                                                              "sec",
                                                              "hrs",
                                                              "hr",
                                                              "h",
                                                              "m",
                                                              "s"};
  std::string_view t = *inner;
  while (!t.empty()) {
    std::size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    if (digits == 0) return false;
    t = Trim(t.substr(digits));
    const auto unit = std::find_if(kUnits.begin(), kUnits.end(),
                                   [&](std::string_view u) { return t.starts_with(u); });
    if (unit == kUnits.end()) return false;
    t = Trim(t.substr(unit->size()));
  }
  return true;
}

bool IsStatusKey(std::string_view key) {
  return key == "\xE7\x8A\xB6\xE6\x80\x81" || AsciiLower(key) == "status";  // 状态
}

// "draft。…", "已完成. …": a value that opens with a status of a few
// characters and a full stop, whatever follows it.
bool IsShortStatusWord(std::string_view value) {
  constexpr std::size_t kMaxStatusBytes = 24;    // "work in progress", "待校对".
  std::size_t end = value.find("\xE3\x80\x82");  // 。
  end = std::min(end, value.find(". "));
  if (end == std::string_view::npos && value.ends_with('.')) end = value.size() - 1;
  return end != std::string_view::npos && end > 0 && end <= kMaxStatusBytes;
}

// English show notes write the month's name: "November 3, 2025", "Nov 3,
// 2025 9:12 PM", "3 November 2025". As YYYY-MM-DD, or empty.
std::string EnglishDate(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == ',' || c == '.') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  auto month_of = [&](const std::string& w) {
    if (w.size() < 3) return 0;
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
      if (w.starts_with(kMonths[m])) return static_cast<int>(m) + 1;
    }
    return 0;
  };
  auto number = [](const std::string& w, std::size_t max_digits) {
    if (w.empty() || w.size() > max_digits || w.find_first_not_of("0123456789") != std::string::npos)
      return 0;
    return std::stoi(w);
  };
  int year = 0, month = 0, day = 0;
  if (words.size() >= 3 && (month = month_of(words[0])) != 0) {  // November 3 2025
    day = number(words[1], 2);
    year = number(words[2], 4);
  } else if (words.size() >= 3 && (month = month_of(words[1])) != 0) {  // 3 November 2025
    day = number(words[0], 2);
    year = number(words[2], 4);
  }
  if (year < 1900 || month == 0 || day < 1 || day > 31) return {};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// "2025-11-21", "2025/11/21", "2025.11.21", "2025年11月21日", with an optional
// time after it, or an English date (EnglishDate), as YYYY-MM-DD; empty for
// "未知日期" and anything unreadable.
std::string NormalizeDate(std::string_view text) {
  text = Trim(text);
  if (std::string english = EnglishDate(text); !english.empty()) return english;
  int parts[3] = {0, 0, 0};
  int digits[3] = {0, 0, 0};
  int part = 0;
  std::size_t i = 0;
  while (i < text.size() && part < 3) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      parts[part] = parts[part] * 10 + (c - '0');
      ++digits[part];
      ++i;
      continue;
    }
    if (digits[part] == 0) return {};
    ++part;
    if (part == 3) break;
    // "2026 年 12 月 3 日": Chinese dates may space their characters.
    std::size_t at = i;
    while (at < text.size() && text[at] == ' ') ++at;
    if (c == '-' || c == '/' || c == '.') {
      ++i;
    } else if (text.substr(at, 3) == "\xE5\xB9\xB4" ||
               text.substr(at, 3) == "\xE6\x9C\x88") {  // 年 月
      i = at + 3;
      while (i < text.size() && text[i] == ' ') ++i;
    } else {
      return {};
    }
  }
  if (digits[0] != 4 || digits[1] == 0 || digits[1] > 2 || digits[2] == 0 || digits[2] > 2)
    return {};
  if (parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > 31) return {};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", parts[0], parts[1], parts[2]);
  return buffer;
}

std::string ExtractUrl(std::string_view value) {
  value = Trim(value);
  // "[text](https://...)" and "<https://...>" both carry the URL inside.
  const std::size_t link = value.find("](");
  if (link != std::string_view::npos && value.ends_with(')')) {
    return std::string(Trim(value.substr(link + 2, value.size() - link - 3)));
  }
  if (value.starts_with('<') && value.ends_with('>'))
    return std::string(value.substr(1, value.size() - 2));
  return std::string(value);
}

std::vector<std::string> SplitList(std::string_view value) {
  value = Trim(value);
  if (value.starts_with('[') && value.ends_with(']')) value = value.substr(1, value.size() - 2);
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    std::string_view t = Trim(current);
    if (t.size() >= 2 && (t.front() == '"' || t.front() == '\'') && t.back() == t.front()) {
      t = t.substr(1, t.size() - 2);
    }
    if (!t.empty()) out.emplace_back(t);
    current.clear();
  };
  // A note in brackets keeps its commas: "Dr. Ravi Menon (guest, head of
  // evaluation); Tomás Ibarra (guest)".
  int depth = 0;
  for (std::size_t i = 0; i < value.size();) {
    if (value[i] == '(' || value.substr(i, 3) == "\xEF\xBC\x88") ++depth;  // （
    if ((value[i] == ')' || value.substr(i, 3) == "\xEF\xBC\x89") && depth > 0) --depth;
    if (depth == 0 && (value[i] == ',' || value[i] == ';')) {
      flush();
      ++i;
    } else if (depth == 0 &&
               (value.substr(i, 3) == "\xEF\xBC\x8C" || value.substr(i, 3) == "\xE3\x80\x81" ||
                value.substr(i, 3) == "\xEF\xBC\x9B")) {  // ， 、 ；
      flush();
      i += 3;
    } else {
      current += value[i++];
    }
  }
  flush();
  return out;
}

using internal::Unquote;

// ---------------------------------------------------------------------------
// Speaker labels.

struct Label {
  std::string name;
  std::string note;
  std::optional<TimeRange> range;
  std::string_view rest;  // Text after the colon, trimmed; may be empty.
  bool bold = false;
};

bool HasForbiddenNameChar(std::string_view name) {
  // Sentence punctuation and Markdown marks never appear in a speaker's name.
  static constexpr std::array<std::string_view, 24> kForbidden = {"\xE3\x80\x82",
                                                                  "\xEF\xBC\x8C",
                                                                  ",",
                                                                  "\xEF\xBC\x81",
                                                                  "!",
                                                                  "\xEF\xBC\x9F",
                                                                  "?",
                                                                  "\xEF\xBC\x9B",
                                                                  ";",
                                                                  "\xEF\xBC\x9A",
                                                                  ":",
                                                                  "\xE3\x80\x81",
                                                                  "\"",
                                                                  "\xE2\x80\x9C",
                                                                  "\xE2\x80\x9D",
                                                                  "\xE3\x80\x8A",
                                                                  "*",
                                                                  "=",
                                                                  "`",
                                                                  "[",
                                                                  "]",
                                                                  "#",
                                                                  "|",
                                                                  "\xEF\xBC\x88"};
  for (std::string_view f : kForbidden) {
    if (name.find(f) != std::string_view::npos) return true;
  }
  return name.find(kFullClose) != std::string_view::npos ||
         name.find('(') != std::string_view::npos || name.find(')') != std::string_view::npos ||
         name.find("http") != std::string_view::npos;
}

// A comment's footer in a copied comment section: its likes, replies or
// points beside a date ("3天前 · ♡ 96", "♡ 342 · 回复 18", "12 likes · 2h").
// Short, with a digit and a mark only such footers use.
bool IsCommentFooter(std::string_view line) {
  const std::string_view t = Trim(line);
  if (t.empty() || CountCodePoints(t) > 32) return false;
  if (std::none_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  static constexpr std::string_view kMarks[] = {
      "\xE2\x99\xA1", "\xE2\x9D\xA4", "\xF0\x9F\x91\x8D", "点赞",    "回复",
      " likes",       " replies",     " points",          " upvotes"};  // ♡ ❤ 👍
  const std::string lower = AsciiLower(t);
  if (!std::any_of(std::begin(kMarks), std::end(kMarks),
                   [&](std::string_view mark) { return lower.find(mark) != std::string::npos; })) {
    return false;
  }
  // Nothing but counts, dates and the marks: "回复 2 楼：同意" has words left.
  std::string rest = lower;
  static constexpr std::string_view kParts[] = {"\xE2\x99\xA1",
                                                "\xE2\x9D\xA4",
                                                "\xF0\x9F\x91\x8D",
                                                "\xC2\xB7",
                                                "点赞",
                                                "回复",
                                                "likes",
                                                "like",
                                                "replies",
                                                "reply",
                                                "points",
                                                "upvotes",
                                                "天前",
                                                "小时前",
                                                "分钟前",
                                                "前天",
                                                "昨天",
                                                "今天",
                                                "刚刚",
                                                "ago",
                                                "yesterday",
                                                "today",
                                                "hours",
                                                "hour",
                                                "days",
                                                "day",
                                                "mins",
                                                "min",
                                                "edited",
                                                "ip",
                                                "\xEF\xBC\x9A",
                                                "h",
                                                "d",
                                                "m",
                                                "w",
                                                "-",
                                                "/",
                                                ":",
                                                ".",
                                                ",",
                                                "|"};
  for (std::string_view part : kParts) {
    for (std::size_t at = rest.find(part); at != std::string::npos; at = rest.find(part, at)) {
      rest.erase(at, part.size());
    }
  }
  std::erase_if(rest, [](char c) { return c == ' ' || (c >= '0' && c <= '9'); });
  return CountCodePoints(rest) <= 2;  // Room for a place: "3天前 · 上海 · ♡ 96".
}

// A comment's header in a copied comment section: a bold name on a line of
// its own, after a reply arrow or a pin if any, with a role in brackets and a
// date after " · " ("**jlindqvist** · 2 days ago", "↳ **mbeaulieu**
// (Maintainer) · yesterday", "📌 **阿鸣（主播）** 置顶", "**湾区搬砖侠**").
// Screen names are names here whatever their shape, so the caller believes
// a header only above a footer (or a reply, whose arrow marks it).
struct CommentHeader {
  std::string name;
  std::string note;  // The role in brackets: "主播", "Maintainer".
  bool reply = false;
  // A reply written on one line ("↳ **老K**：我说的是…", "↳ **A** 回复 **B**：…"):
  // its words, after the colon.
  std::string words;
};
std::optional<CommentHeader> ReadCommentHeader(std::string_view line) {
  std::string_view t = Trim(line);
  bool reply = false;
  for (bool more = true; more;) {
    more = false;
    for (std::string_view lead :
         {"\xE2\x86\xB3", "\xF0\x9F\x93\x8C", "\xE3\x80\x80"}) {  // ↳ 📌 U+3000
      if (t.starts_with(lead)) {
        reply = reply || lead == "\xE2\x86\xB3";
        t = Trim(t.substr(lead.size()));
        more = true;
      }
    }
  }
  if (!t.starts_with("**")) return std::nullopt;
  const std::size_t close = t.find("**", 2);
  if (close == std::string_view::npos || close == 2) return std::nullopt;
  CommentHeader header;
  std::string_view name = Trim(t.substr(2, close - 2));
  std::string_view rest = Trim(t.substr(close + 2));
  // The role in brackets, inside the bold run or after it.
  const auto take_note = [&](std::string_view* text, bool at_end) {
    for (const auto& [open, shut] : kRoundBrackets) {
      const std::size_t at =
          at_end ? text->rfind(open) : (text->starts_with(open) ? 0 : std::string_view::npos);
      if (at == std::string_view::npos) continue;
      const std::size_t end = text->find(shut, at + open.size());
      if (end == std::string_view::npos || (at_end && end + shut.size() != text->size())) continue;
      header.note = std::string(Trim(text->substr(at + open.size(), end - at - open.size())));
      *text = at_end ? Trim(text->substr(0, at)) : Trim(text->substr(end + shut.size()));
      return;
    }
  };
  take_note(&name, true);
  if (header.note.empty()) take_note(&rest, false);
  if (name.empty() || CountCodePoints(name) > 24 || HasForbiddenNameChar(name)) return std::nullopt;
  if (reply && rest.starts_with("回复 **")) {
    // "↳ **A** 回复 **B**：…": A answers B.
    const std::size_t to = rest.find("**", std::string_view("回复 **").size());
    if (to == std::string_view::npos) return std::nullopt;
    rest = Trim(rest.substr(to + 2));
  }
  for (std::string_view colon : {"\xEF\xBC\x9A", ":"}) {  // ：
    if (reply && rest.starts_with(colon) && !Trim(rest.substr(colon.size())).empty()) {
      header.name = std::string(name);
      header.reply = true;
      header.words = std::string(Trim(rest.substr(colon.size())));
      return header;
    }
  }
  if (rest.starts_with("\xC2\xB7")) {  // ·
    const std::string_view date = Trim(rest.substr(2));
    static constexpr std::string_view kDateWords[] = {
        "ago", "yesterday", "today", "just now", "前", "昨天", "今天", "刚刚", "edited"};
    const std::string lower = AsciiLower(date);
    const bool dated =
        (!date.empty() && date.front() >= '0' && date.front() <= '9') ||
        std::any_of(std::begin(kDateWords), std::end(kDateWords),
                    [&](std::string_view w) { return lower.find(w) != std::string::npos; });
    if (!dated) return std::nullopt;
  } else if (!rest.empty() && rest != "置顶" && AsciiLower(rest) != "pinned") {
    return std::nullopt;
  }
  header.name = std::string(name);
  return header;
}

// An English word that starts sentences and never names anyone: "At 44:20
// she said…" is a moment, not a turn of someone called At.
bool IsEnglishFunctionWord(std::string_view word) {
  // Not "A" or "I": one letter labels a turn ("Q:" / "A:", an initial).
  static constexpr std::string_view kWords[] = {
      "about", "after",  "also",  "an",    "and",  "around", "at",  "before", "but",
      "by",    "during", "for",   "from",  "he",   "her",    "his", "if",     "in",
      "it",    "its",    "near",  "on",    "or",   "our",    "she", "since",  "so",
      "that",  "the",    "then",  "there", "they", "this",   "to",  "until",  "we",
      "when",  "where",  "while", "with",  "you"};
  if (word.size() > 6) return false;
  const std::string lower = AsciiLower(word);
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

bool IsPlausibleName(std::string_view name) {
  if (name.empty() || CountCodePoints(name) > kMaxNameCodePoints) return false;
  if (name.front() >= '0' && name.front() <= '9') return false;
  if (IsEnglishFunctionWord(name)) return false;
  if (HasForbiddenNameChar(name)) return false;
  int words = 1;
  bool letter = false;
  for (char c : name) {
    if (c == ' ') ++words;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) {
      letter = true;
    }
  }
  return letter && words <= kMaxNameWords;
}

// Brackets around a note: （…） or (…).
struct BracketSpan {
  std::size_t open = 0;
  std::size_t open_len = 0;
  std::size_t close = 0;
  std::size_t close_len = 0;
};

std::optional<BracketSpan> LeadingBracket(std::string_view s) {
  BracketSpan span;
  if (s.starts_with(kFullOpen)) {
    span.open_len = kFullOpen.size();
  } else if (s.starts_with('(')) {
    span.open_len = 1;
  } else {
    return std::nullopt;
  }
  const std::size_t full = s.find(kFullClose, span.open_len);
  const std::size_t ascii = s.find(')', span.open_len);
  span.close = std::min(full, ascii);
  if (span.close == std::string_view::npos) return std::nullopt;
  span.close_len = span.close == full ? kFullClose.size() : 1;
  return span;
}

// Splits "股东（追问）", "（抛砖引玉）嘉宾" and "Jared Faraic（Jerry）" into name
// and note. A trailing bracket that holds a time range is a range, not a note.
Result<bool> SplitNameNote(std::string_view label, Label& out) {
  label = Trim(label);
  if (std::optional<BracketSpan> lead = LeadingBracket(label)) {
    out.note = std::string(Trim(label.substr(lead->open_len, lead->close - lead->open_len)));
    label = Trim(label.substr(lead->close + lead->close_len));
  }
  if (label.ends_with(kFullClose) || label.ends_with(')')) {
    const std::size_t full = label.rfind(kFullOpen);
    const std::size_t ascii = label.rfind('(');
    std::size_t open = std::string_view::npos;
    std::size_t open_len = 0;
    if (full != std::string_view::npos && (ascii == std::string_view::npos || full > ascii)) {
      open = full, open_len = kFullOpen.size();
    } else if (ascii != std::string_view::npos) {
      open = ascii, open_len = 1;
    }
    if (open != std::string_view::npos) {
      const std::size_t close_len = label.ends_with(')') ? 1 : kFullClose.size();
      const std::string_view inner =
          label.substr(open + open_len, label.size() - close_len - open - open_len);
      // "Bram (~49:30)", "张衡（约 12:30）": a moment the note taker marks as
      // approximate is still the turn's moment.
      std::string_view moment = Trim(inner);
      for (std::string_view about :
           {"~", "ï½", "â", "大约", "约", "about ", "approx. ", "ca. "}) {
        if (moment.starts_with(about)) {
          moment = Trim(moment.substr(about.size()));
          break;
        }
      }
      Result<std::optional<internal::RangeMatch>> range = internal::MatchTimeRange(moment);
      if (!range) return std::unexpected(range.error());
      Result<std::optional<int>> clock = internal::ParseClockValue(moment);
      if (*range) {
        out.range = (*range)->range;
      } else if (clock && *clock) {
        out.range = TimeRange{**clock, **clock};  // "Name (00:00:23): text"
      } else {
        const std::string note(Trim(inner));
        out.note = out.note.empty() ? note : out.note + "; " + note;
      }
      label = Trim(label.substr(0, open));
    }
  }
  out.name = std::string(label);
  return IsPlausibleName(out.name);
}

// "嘉宾：王小明（研究员）、Li Si" or "Guests: Alice Chen (Mistral), Bob Li": a
// list of names, each perhaps with a bracketed note, and no sentence. Latin
// names are capitalised, so "Host: Welcome, everyone" is a turn.
bool IsNameList(std::string_view value) {
  for (std::string_view stop : {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F", "!", "?"}) {
    if (value.find(stop) != std::string_view::npos) return false;  // 。！？
  }
  const std::vector<std::string> items = SplitList(value);
  if (items.empty()) return false;
  for (const std::string& item : items) {
    Label label;
    Result<bool> plausible = SplitNameNote(item, label);
    if (!plausible || !*plausible) return false;
    const char first = label.name.front();
    if (static_cast<unsigned char>(first) < 0x80 && !(first >= 'A' && first <= 'Z')) return false;
  }
  return true;
}

// What SplitParts cuts a line at when it cuts at dots: "|", "｜", "；", the
// ideographic space, "·" and "•".
constexpr std::string_view kPartSeparators[] = {
    "|", "\xEF\xBD\x9C", "\xEF\xBC\x9B", "\xE3\x80\x80", "\xC2\xB7", "\xE2\x80\xA2"};

// The people a cover value names first, before other parts of the cover
// between dots or bars ("Dr. Ilse Marchetti (Ostrava …) · Q&A moderated by
// Bram de Wit · video 52:10" → the first part); nullopt when the value is in
// one part or its first part names nobody.
std::optional<std::string_view> PeopleFirst(std::string_view value) {
  const std::vector<std::string_view> parts = SplitParts(value, /*at_dots=*/true);
  if (parts.size() < 2 || !IsNameList(parts.front())) return std::nullopt;
  return parts.front();
}

// Finds the colon that ends a label: "：" anywhere, or ":" followed by a space
// or the end of the line (so that "12:30" and "https://" are not labels).
std::size_t FindLabelColon(std::string_view s, std::size_t from, std::size_t* colon_len) {
  for (std::size_t i = from; i < s.size(); ++i) {
    if (s.substr(i, kFullColon.size()) == kFullColon) {
      *colon_len = kFullColon.size();
      return i;
    }
    if (s[i] == ':' && (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\t')) {
      *colon_len = 1;
      return i;
    }
  }
  return std::string_view::npos;
}

// A label's note that says the words are relayed, not heard: "Name（转述片段）：",
// "Name (quoted):". The turn's claims are the person's, modality reported.
bool IsRelayNote(std::string_view note) {
  const std::string lower = AsciiLower(note);
  for (std::string_view word : {"转述", "引述", "转引", "quoted", "relayed", "paraphrased"}) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return false;
}

// Whether a paragraph speaks as one person would: 我 outside quotation marks
// (not 我们, which is as often the host's or the editor's "we", nor 自我),
// or "I", "I'm", "I've", "my" as English words. A digest's own narration
// speaks of the guests in the third person.
bool SpeaksInFirstPerson(std::string_view text) {
  int quote_depth = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    const std::size_t length = internal::DecodeUtf8At(text, pos, &cp);
    if (cp == U'“' || cp == U'「' || cp == U'《') ++quote_depth;
    if ((cp == U'”' || cp == U'」' || cp == U'》') && quote_depth > 0) --quote_depth;
    if (cp == U'我' && quote_depth == 0) {
      char32_t next = 0;
      char32_t previous = 0;
      if (pos + length < text.size()) internal::DecodeUtf8At(text, pos + length, &next);
      if (pos > 0) internal::DecodeUtf8Before(text, pos, &previous);
      if (next != U'们' && previous != U'自') return true;
    }
    if (internal::IsAsciiAlpha(text[pos]) && (pos == 0 || !internal::IsAsciiAlpha(text[pos - 1]))) {
      std::size_t end = pos;
      while (end < text.size() && (internal::IsAsciiAlpha(text[end]) || text[end] == '\'')) ++end;
      const std::string word = AsciiLower(text.substr(pos, end - pos));
      if (quote_depth == 0 &&
          (text.substr(pos, end - pos) == "I" || word == "i'm" || word == "i've" || word == "my")) {
        return true;
      }
      pos = end;
      continue;
    }
    pos += length;
  }
  return false;
}

// The share of letters that are CJK ideographs (U+3400..U+9FFF) among the
// letters of `text`: near 1 for Chinese, near 0 for English.
double CjkShare(std::string_view text) {
  int cjk = 0;
  int letters = 0;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = CodePointLength(lead);
    if (lead < 0x80) {
      if ((lead >= 'a' && lead <= 'z') || (lead >= 'A' && lead <= 'Z')) ++letters;
    } else if (length == 3 && i + 2 < text.size()) {
      const unsigned int cp = ((lead & 0x0F) << 12) |
                              ((static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) |
                              (static_cast<unsigned char>(text[i + 2]) & 0x3F);
      if (cp >= 0x3400 && cp <= 0x9FFF) {
        ++cjk;
        ++letters;
      }
    }
    i += length;
  }
  return letters == 0 ? 0.0 : static_cast<double>(cjk) / letters;
}

// Role words that a label may pair with a name: "**主持人 (Bill):**" is Bill.
bool IsRoleWord(std::string_view name) {
  const std::string lower = AsciiLower(name);
  for (std::string_view role : {"主持人", "嘉宾", "host", "guest", "interviewer", "moderator"}) {
    if (lower == role) return true;
  }
  return false;
}

// Marks a tool sets between a speaker's name and the clock of the turn.
constexpr std::array<std::string_view, 12> kNameClockSeparators{"\xE2\x80\x94",
                                                                "\xE2\x80\x93",
                                                                "-",
                                                                "\xC2\xB7",
                                                                "|",
                                                                "\xEF\xBD\x9C",
                                                                "\xE2\x80\xA2",
                                                                ",",
                                                                ":",
                                                                "\xEF\xBC\x9A",
                                                                "@",
                                                                "\xE3\x80\x80" /* 　 */};

// The separators a tool sets between a name and its clock ("Sam Lee - 00:41",
// "**Sam Lee** · 00:41", "00:45 — 周以宁", "[00:41] | 张伟"), trimmed from both
// ends of what is left of the name, and the lenticular brackets some tools
// set around the name itself ("【张伟】01:20").
std::string_view TrimNameSeparators(std::string_view name) {
  for (bool trimmed = true; trimmed;) {
    name = Trim(name);
    trimmed = false;
    for (std::string_view mark : kNameClockSeparators) {
      if (name.starts_with(mark)) name.remove_prefix(mark.size()), trimmed = true;
      if (name.ends_with(mark)) name.remove_suffix(mark.size()), trimmed = true;
    }
    if (name.starts_with("\xE3\x80\x90") && name.ends_with("\xE3\x80\x91") && name.size() > 6) {
      name = name.substr(3, name.size() - 6), trimmed = true;
    }
  }
  return name;
}

// Whether a clock may start at `at` after a name: after a space, or glued
// to a separator or a closing bracket ("**Sam Lee**｜00:41", "【张伟】01:20").
// A hyphen, comma or colon glued to digits is a number's or a label's, so
// they are not among the marks a clock may follow without a space.
bool ClockMayStartAt(std::string_view line, std::size_t at) {
  // The ideographic space (U+3000) is a space: 讯飞听见 writes "发言人1　00:00:05".
  static constexpr std::array<std::string_view, 10> kGlued = {
      " ", "\xE2\x80\x94",          "\xE2\x80\x93", "\xC2\xB7", "|", "\xEF\xBD\x9C", "\xE2\x80\xA2",
      "@", "\xE3\x80\x91" /* 】 */, "\xE3\x80\x80" /* 　 */};
  const std::string_view before = line.substr(0, at);
  return before.ends_with(']') ||
         std::any_of(kGlued.begin(), kGlued.end(),
                     [&](std::string_view mark) { return before.ends_with(mark); });
}

// A bare clock after a short name: the first "H:MM" or "H:MM:SS" word within
// the line's first bytes, after a space or a separator, ending the line or
// followed by a space.
struct BareClock {
  std::size_t begin = 0;  // Where the clock starts; the name is before it.
  std::size_t end = 0;    // One past it.
  int seconds = 0;
};
std::optional<BareClock> BareClockAfterName(std::string_view line) {
  constexpr std::size_t kMaxNameBytes = 48;
  for (std::size_t i = 1; i < line.size() && i <= kMaxNameBytes; ++i) {
    if (line[i] < '0' || line[i] > '9' || !ClockMayStartAt(line, i)) continue;
    std::size_t end = i;
    while (end < line.size() && ((line[end] >= '0' && line[end] <= '9') || line[end] == ':')) ++end;
    Result<std::optional<int>> clock = internal::ParseClockValue(line.substr(i, end - i));
    if (!clock || !*clock || line.substr(i, end - i).find(':') == std::string_view::npos) {
      i = end;  // A number in the name ("Speaker 1"), not the clock.
      continue;
    }
    if (end < line.size() && line[end] != ' ' && !line.substr(end).starts_with("\xE3\x80\x80")) {
      return std::nullopt;
    }
    return BareClock{i, end, **clock};
  }
  return std::nullopt;
}

bool LooksLikeFieldLabel(std::string_view name);  // Below.

// "moonfish — Today at 10:02 PM", "阿泽 — 2025/11/19 21:58": the header a
// chat app (Discord) writes above each message. The name of who wrote it;
// the time is the wall clock's, no moment of the episode. nullopt for
// anything else.
std::optional<std::string> ChatMessageHeader(std::string_view line) {
  std::size_t dash = std::string_view::npos;
  std::size_t dash_len = 0;
  for (std::string_view mark : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "}) {  // — –
    if (const std::size_t at = line.find(mark); at < dash) {
      dash = at;
      dash_len = mark.size();
    }
  }
  if (dash == std::string_view::npos || dash == 0) return std::nullopt;
  const std::string_view name = Trim(line.substr(0, dash));
  std::string_view when = Trim(line.substr(dash + dash_len));
  bool day = false;
  for (std::string_view word : {"Today at ", "Yesterday at ", "今天 ", "昨天 "}) {
    if (when.starts_with(word)) {
      when = Trim(when.substr(word.size()));
      day = true;
      break;
    }
  }
  if (!day) {
    // A date: digits with / or - between them, then a space.
    const std::size_t space = when.find(' ');
    if (space == std::string_view::npos || space < 6) return std::nullopt;
    const std::string_view date = when.substr(0, space);
    if (!std::all_of(date.begin(), date.end(),
                     [](char c) { return (c >= '0' && c <= '9') || c == '/' || c == '-'; })) {
      return std::nullopt;
    }
    when = Trim(when.substr(space + 1));
  }
  for (std::string_view half : {" AM", " PM", " am", " pm"}) {
    if (when.ends_with(half)) when = when.substr(0, when.size() - half.size());
  }
  const std::size_t colon = when.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || when.size() - colon != 3 ||
      !std::all_of(when.begin(), when.end(),
                   [](char c) { return (c >= '0' && c <= '9') || c == ':'; })) {
    return std::nullopt;
  }
  if (!IsPlausibleName(name) || LooksLikeFieldLabel(name)) return std::nullopt;
  return std::string(name);
}

// "Speaker 1 00:00:05 text" or "Ada Lovelace  0:05 text": a name, a bare
// clock and the words, as some transcript exports write a turn. The name is
// short and the clock comes right after it; a meeting tool's separator
// between them and the name's bold are no part of the name.
std::optional<Label> NameThenClock(std::string_view line) {
  const std::optional<BareClock> clock = BareClockAfterName(line);
  if (!clock) return std::nullopt;
  Label label;
  std::string_view name = TrimNameSeparators(line.substr(0, clock->begin));
  if (name.size() > 4 && name.starts_with("**") && name.ends_with("**")) {
    name = Trim(name.substr(2, name.size() - 4));
    label.bold = true;
  }
  label.name = std::string(name);
  if (!IsPlausibleName(label.name)) return std::nullopt;
  // "原创 深度学习夜话 2025年12月12日 21:30 北京" (a 公众号 article's header):
  // a date before the clock makes it a time of day, not a name's moment.
  for (std::size_t at = 1; at < label.name.size(); ++at) {
    if (label.name[at - 1] < '0' || label.name[at - 1] > '9') continue;
    const std::string_view after = std::string_view(label.name).substr(at);
    if (after.starts_with("年") || after.starts_with("月") || after.starts_with("日")) {
      return std::nullopt;
    }
  }
  // "飞书妙记 ｜ 2025年12月3日 14:00 ｜ 时长 47:18" is a cover row: a bar inside
  // the name parts fields.
  for (std::string_view bar : {"|", "\xEF\xBD\x9C"}) {  // ｜
    if (label.name.find(bar) != std::string::npos) return std::nullopt;
  }
  label.range = TimeRange{clock->seconds, clock->seconds};
  label.rest = Trim(line.substr(clock->end));
  return label;
}

// "主持人 (Bill)" is Bill, hosting: the person is the speaker, the role a note.
// Only a Latin name is taken from the note: a Chinese note is as often a
// remark ("（抛砖引玉）嘉宾") as a name, and the role is then the better label.
void BindRoleToName(Label& label) {
  if (IsRoleWord(label.name) && !label.note.empty() && label.note[0] >= 'A' &&
      label.note[0] <= 'Z' && IsPlausibleName(label.note)) {
    std::swap(label.name, label.note);
  }
}

// Reads a speaker label at the start of `line`. nullopt when the line does not
// start with one; kParse when its time range is impossible.
Result<std::optional<Label>> ParseLabel(std::string_view line) {
  Label label;
  if (line.starts_with("**")) {
    const std::size_t close = line.find("**", 2);
    if (close == std::string_view::npos) return std::nullopt;
    std::string_view inner = line.substr(2, close - 2);
    std::string_view after = Trim(line.substr(close + 2));
    label.bold = true;
    if (inner.ends_with(kFullColon) || inner.ends_with(':')) {
      inner = StripTrailingColon(inner);  // "**Nathan：**text"
      label.rest = after;
    } else {
      if (std::optional<BracketSpan> span = LeadingBracket(after)) {
        // "**田博士**（00:31:47 - 00:33:56）：" or "**Lance**（LangChain）："
        const std::string_view content = after.substr(span->open_len, span->close - span->open_len);
        Result<std::optional<internal::RangeMatch>> range = internal::MatchTimeRange(content);
        if (!range) return std::unexpected(range.error());
        Result<std::optional<int>> clock = internal::ParseClockValue(content);
        if (*range) {
          label.range = (*range)->range;
        } else if (clock && *clock) {
          label.range = TimeRange{**clock, **clock};  // "**Bob** (00:00:10)"
        } else {
          label.note = std::string(Trim(content));
        }
        after = Trim(after.substr(span->close + span->close_len));
      } else if (after.starts_with('[') || (!after.empty() && after[0] >= '0' && after[0] <= '9')) {
        // "**Ada** [00:01:02]: text", and a notes export's "**林晓舟** 00:03"
        // alone on its line above the words.
        const std::vector<internal::InlineStamp> stamps = internal::FindInlineStamps(after);
        if (!stamps.empty() && stamps.front().begin == 0 && stamps.front().link.empty()) {
          label.range = stamps.front().range;
          after = Trim(after.substr(stamps.front().end));
        }
      }
      if (after.starts_with(kFullColon)) {
        label.rest = Trim(after.substr(kFullColon.size()));
      } else if (after.starts_with(':')) {
        label.rest = Trim(after.substr(1));
      } else if (!(after.empty() && label.range)) {
        // "**Bob** (00:00:10)" alone on its line heads the turn below it; a
        // bold line without a time is emphasis or a pseudo-heading.
        return std::nullopt;
      }
    }
    // "**[Name]**:" brackets the name.
    if (inner.starts_with('[') && inner.ends_with(']')) inner = inner.substr(1, inner.size() - 2);
    Label named;
    Result<bool> ok = SplitNameNote(inner, named);
    if (!ok) return std::unexpected(ok.error());
    if (!*ok) return std::nullopt;
    label.name = std::move(named.name);
    if (!named.note.empty())
      label.note = label.note.empty() ? named.note : named.note + "; " + label.note;
    if (named.range) label.range = named.range;
    BindRoleToName(label);
    return label;
  }
  std::size_t colon_len = 0;
  const std::size_t colon = FindLabelColon(line, 0, &colon_len);
  if (std::optional<Label> timed = NameThenClock(line);
      timed && (colon == std::string_view::npos ||
                colon > static_cast<std::size_t>(timed->rest.data() - line.data()))) {
    return timed;
  }
  if (colon == std::string_view::npos || colon == 0 || colon > 96) return std::nullopt;
  std::string_view name = line.substr(0, colon);
  // "[[Sarah Lin]]: …": an outliner's link to the speaker's page.
  if (name.starts_with("[[") && name.ends_with("]]")) name = name.substr(2, name.size() - 4);
  // "说话人 1 [00:00:03]：…" (Tingwu's export): a stamp between the name and
  // the colon times the turn.
  std::optional<TimeRange> stamped;
  if (const std::vector<internal::InlineStamp> stamps = internal::FindInlineStamps(name);
      stamps.size() == 1 && stamps.front().begin > 0 && stamps.front().end == name.size() &&
      stamps.front().link.empty() && name[stamps.front().begin] == '[') {
    stamped = stamps.front().range;
    name = Trim(name.substr(0, stamps.front().begin));
  }
  Result<bool> ok = SplitNameNote(name, label);
  if (!ok) return std::unexpected(ok.error());
  if (!*ok) return std::nullopt;
  if (stamped && !label.range) label.range = stamped;
  label.rest = Trim(line.substr(colon + colon_len));
  BindRoleToName(label);
  return label;
}

// The editor marks lines that are its own highlights, not a speaker's words:
// "**加粗要点**：", "- **洞见加粗**：", "- 见解加粗：".
bool IsEditorMarker(std::string_view name) {
  static constexpr std::array<std::string_view, 11> kMarkers = {
      "加粗",     "要点",     "洞见",      "见解",      "亮点",    "摘选",
      "我的总结", "我的思考", "highlight", "key point", "takeaway"};
  const std::string lower = AsciiLower(name);
  for (std::string_view m : kMarkers) {
    if (lower.find(m) != std::string::npos) return true;
  }
  return false;
}

// A block an outliner's user marks as their own: a tag first ("#[[待核实]]
// Llama 4 的具体版本没说清", "#todo …") or a task marker ("TODO 找一下技术报告",
// Logseq's and org-mode's). A heading ("# 标题") has a space after its mark.
bool IsOutlinerAnnotation(std::string_view text) {
  const std::string_view t = Trim(text);
  if (t.starts_with("#[[")) return true;
  if (t.size() > 1 && t[0] == '#' && std::isalpha(static_cast<unsigned char>(t[1]))) return true;
  for (std::string_view marker : {"TODO ", "DOING ", "DONE ", "LATER ", "NOW "}) {
    if (t.starts_with(marker)) return true;
  }
  return false;
}

bool ReadsAsLonePerson(std::string_view name);  // Below.

// "（一帆插话：所以那些分数都得打个折？）", "(Sam: right)": a line in brackets
// that a person's name and a colon open, a verb of cutting in between them
// or not. The name and the words; nullopt for anything else.
std::optional<Label> BracketedInterjection(std::string_view text) {
  const std::optional<std::string_view> inside = UnwrapBrackets(text);
  if (!inside) return std::nullopt;
  const std::string_view t = *inside;
  std::size_t colon_len = 0;
  const std::size_t colon = FindLabelColon(t, 0, &colon_len);
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  std::string_view name = Trim(t.substr(0, colon));
  for (std::string_view verb : {"插话", "插一句", "补充", "追问", "打断", " interjects", " adds"}) {
    if (name.size() > verb.size() && name.ends_with(verb)) {
      name = Trim(name.substr(0, name.size() - verb.size()));
      break;
    }
  }
  if (!ReadsAsLonePerson(name)) return std::nullopt;
  Label label;
  label.name = std::string(name);
  label.rest = Trim(t.substr(colon + colon_len));
  if (label.rest.empty()) return std::nullopt;
  return label;
}

// A line that is the editor's aside and nothing else, set inside a speaker's
// turn: "（编者注：此处指 Terminal-Bench 2.0）", "[Editor's note: …]", "*(note:
// …)*", "Note: caption said …". Wrapped in brackets or not, it opens with a
// note word and a colon; a note inside a sentence ("卖给了Meta（注：…），")
// stays the speaker's.
bool IsEditorNoteLine(std::string_view text) {
  // Most lines hold no note word near their start: they are let go before
  // the inline marks are stripped.
  constexpr std::size_t kNoteWordWithin = 40;
  const std::string head = AsciiLower(text.substr(0, std::min(text.size(), kNoteWordWithin)));
  if (head.find("\xE6\xB3\xA8") == std::string::npos && head.find("note") == std::string::npos &&
      head.find("\xE7\xAC\x94\xE8\xAE\xB0") == std::string::npos &&
      head.find("记") == std::string::npos && head.find("编者") == std::string::npos &&
      head.find("按") == std::string::npos &&
      head.find("\xE6\x88\x91\xEF\xBC\x9A") == std::string::npos &&
      head.find("\xE6\x88\x91:") == std::string::npos && !head.starts_with("nb")) {
    return false;  // Neither 注, 笔记, 记, 编者, 按, 我：, "note" nor a leading "NB".
  }
  const std::string plain = StripInline(text);
  const std::optional<std::string_view> unwrapped = UnwrapBrackets(plain, /*square=*/true);
  const bool wrapped = unwrapped.has_value();
  std::string_view inner = wrapped ? *unwrapped : Trim(plain);
  // "（我：这个有点绝对了）": the note taker speaking in brackets.
  if (wrapped &&
      (inner.starts_with("\xE6\x88\x91\xEF\xBC\x9A") || inner.starts_with("\xE6\x88\x91:"))) {
    return true;  // 我：
  }
  inner = Trim(inner.substr(internal::LeadingPictographs(inner)));  // "📝 My note:".
  const std::string lower = AsciiLower(inner);
  static constexpr std::array<std::string_view, 20> kNoteWords = {
      "编者注",        "编者按",      "编注",          "译者注",
      "整理者注",      "笔者注",      "我的批注",      "批注",
      "笔记",          "注",          "editor's note", "editor\xE2\x80\x99s note",
      "editors' note", "editor note", "ed. note",      "transcriber's note",
      "my note",       "my notes",    "note",          "nb"};
  for (std::string_view word : kNoteWords) {
    if (!lower.starts_with(word)) continue;
    std::string_view after = Trim(std::string_view(lower).substr(word.size()));
    // A clock in brackets may sit between the word and its colon: "NB (0:55):".
    if (after.starts_with('(')) {
      const std::size_t close = after.find(')');
      if (close != std::string_view::npos && close <= 12) after = Trim(after.substr(close + 1));
    }
    if (after.starts_with(':') || after.starts_with("\xEF\xBC\x9A")) return true;
  }
  // "译注：…", "阿柚附记：…", "编者：…": a short lead-in that ends in a word
  // for the note taker's or translator's remark.
  constexpr int kLongestNoteLeadIn = 8;
  std::size_t colon_len = 0;
  // Only the first few characters can hold such a lead-in and its colon.
  const std::string_view opening = inner.substr(0, std::size_t{4 * kLongestNoteLeadIn + 3});
  const std::size_t colon = FindLabelColon(opening, 0, &colon_len);
  if (colon != std::string_view::npos && colon > 0) {
    const std::string_view lead = Trim(inner.substr(0, colon));
    if (CountCodePoints(lead) <= kLongestNoteLeadIn) {
      for (std::string_view word :
           {"附记", "补记", "译注", "编注", "原注", "者注", "者按", "编者"}) {
        if (lead.ends_with(word)) return true;
      }
    }
  }
  return false;
}

// Field labels of summary templates ("**原文定位**：", "- **嘉宾主张**：",
// "**Quote:**", "主持人问：") name a kind of content, not a person. They are
// recognised by the words such labels are made of; a person's name holds
// none of them.
bool LooksLikeFieldLabel(std::string_view name) {
  static constexpr std::array<std::string_view, 52> kFieldWords = {
      "主张", "依据", "经历", "边界", "定位", "原文", "原话", "引用", "观点", "要点", "总结",
      "摘要", "背景", "结论", "启示", "收获", "思考", "阐述", "说明", "备注", "注释", "标题",
      "来源", "类型", "元数据", "问题", "核心", "延伸", "精华", "金句", "案例", "数据", "关键",
      "点评", "解读", "分析", "影响", "建议", "时间", "原题", "注意", "提示", "quote", "note",
      "summary", "context", "insight", "evidence", "question", "answer", "claim", "takeaway"};
  const std::string lower = AsciiLower(name);
  for (std::string_view word : kFieldWords) {
    if (lower.find(word) != std::string::npos) return true;
  }
  // A Chinese name never holds the possessive 的: "RLVR的工作原理" is a topic.
  if (name.find("\xE7\x9A\x84") != std::string_view::npos) return true;  // 的
  // "主持人问", "嘉宾答": a role and what it does.
  for (std::string_view suffix : {"\xE9\x97\xAE" /* 问 */, "\xE7\xAD\x94" /* 答 */}) {
    if (name.ends_with(suffix) && CountCodePoints(name) > 1) return true;
  }
  return false;
}

// Names a diarizer or a template gives when it does not know who spoke:
// "Speaker 0", "SPEAKER_00", "说话人1", "主持人", "Host". Kept as written.
bool IsGenericSpeaker(std::string_view name) {
  const std::string lower = AsciiLower(name);
  for (std::string_view role :
       {"speaker", "说话人", "发言人", "主持人", "嘉宾", "观众", "听众", "网友", "host", "guest",
        "interviewer", "interviewee", "audience", "caller", "listener"}) {
    if (!lower.starts_with(role)) continue;
    std::string_view rest = std::string_view(lower).substr(role.size());
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '_')) rest.remove_prefix(1);
    // "Speaker 0", "SPEAKER_00", "Speaker A", "主持人".
    if (rest.empty() || (rest.size() <= 3 && rest.find_first_not_of("0123456789") ==
                                                 std::string_view::npos)) {
      return true;
    }
    if (rest.size() == 1 && rest[0] >= 'a' && rest[0] <= 'z') return true;
  }
  return false;
}

// The first URL in a line as written: a link's target, "<https://…>" or bare.
std::string FindUrl(std::string_view text) {
  const std::size_t link = text.find("](http");
  std::size_t begin = link != std::string_view::npos ? link + 2 : text.find("http");
  if (begin == std::string_view::npos) return {};
  std::size_t end = begin;
  while (end < text.size() && text[end] != ' ' && text[end] != ')' && text[end] != '>' &&
         text[end] != '\t' && static_cast<unsigned char>(text[end]) < 0x80) {
    ++end;
  }
  const std::string url(text.substr(begin, end - begin));
  if (!url.starts_with("http://") && !url.starts_with("https://")) return {};
  return url;
}

// The value a cover field gives its key: the URL of the field as written for
// a link (the plain text lost a link's target), else the plain value.
std::string CoverValue(MetaKey key, std::string_view written, std::string_view value) {
  return key == MetaKey::kUrl ? FindUrl(written) : std::string(value);
}

// A "Source: https://…" or "Date: 2025-10-01" line: metadata by its value
// alone. `line` is the line as written (a link keeps its target there).
bool SaysWhatItIs(MetaKey key, std::string_view line, std::string_view value) {
  return (key == MetaKey::kUrl && !FindUrl(line).empty()) ||
         (key == MetaKey::kDate && !NormalizeDate(value).empty());
}

// "Lisa", "Tom Lee": one to three words, each an ASCII capital and then
// lower-case letters (a person's name, not "GPT-5" or "TL;DR").
bool IsCapitalisedLatinName(std::string_view name) {
  int words = 0;
  std::size_t i = 0;
  while (i < name.size()) {
    if (name[i] < 'A' || name[i] > 'Z') return false;
    std::size_t end = i + 1;
    while (end < name.size()) {
      const auto c = static_cast<unsigned char>(name[end]);
      if (c >= 'a' && c <= 'z') {
        ++end;
      } else if (c >= 0xC3 && c <= 0xC5 && end + 1 < name.size() &&
                 (static_cast<unsigned char>(name[end + 1]) & 0xC0) == 0x80) {
        end += 2;  // A Latin letter with a mark: "Tomás", "Müller", "Dvořák".
      } else {
        break;
      }
    }
    if (end - i < 2) return false;
    ++words;
    if (end == name.size()) break;
    if (name[end] != ' ') return false;
    i = end + 1;
  }
  return words >= 1 && words <= 3;
}

bool ReadsAsPersonName(std::string_view name);  // Below.

// The name after an attribution dash, as both attribution forms below write
// it: "Jane Doe", "— 张三" (the second dash of "——"). nullopt when the rest
// is no plausible name: a field label, or words with sentence punctuation
// (a dash inside a sentence: "“开始”——and then it broke.").
std::optional<std::string_view> AttributedName(std::string_view t) {
  t = Trim(t);
  while (t.starts_with("\xE2\x80\x94") || t.starts_with("\xE2\x80\x95")) t = Trim(t.substr(3));
  if (!IsPlausibleName(t) || LooksLikeFieldLabel(t)) return std::nullopt;
  for (char c : t) {
    if (c == ',' || c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || c == '*' ||
        c == '[') {
      return std::nullopt;
    }
  }
  return t;
}

// "— Noam Brown", "——张三", "-- Jane Doe, OpenAI" on a line of its own: the
// speaker of the quotation on the line above (key-quote sections and
// blockquotes set the name below the words). Only dashes that are no list
// marker ("- Name" is a bullet) and a name that reads as a person's
// ("— 以上为编者按" is no name); a remark after a comma (the role) is dropped.
std::optional<std::string> DashAttributionLine(std::string_view plain) {
  std::string_view t = Trim(plain);
  bool dash = false;
  while (true) {
    if (t.starts_with("\xE2\x80\x94") || t.starts_with("\xE2\x80\x95")) {  // — ―
      t.remove_prefix(3);
    } else if (t.starts_with("--")) {
      t.remove_prefix(2);
    } else {
      break;
    }
    dash = true;
  }
  if (!dash) return std::nullopt;
  // On a line of its own the words after a comma are the role: dropped. After
  // a quotation on the same line they may go on with the sentence, so the
  // quotation form keeps its comma and refuses it. A clock after the name
  // ("— Tomás Ibarra [15:20]") is the caller's to read.
  t = Trim(t);
  if (const std::vector<internal::InlineStamp> stamps = internal::FindInlineStamps(t);
      !stamps.empty() && stamps.back().end == t.size() && stamps.back().begin > 0) {
    t = Trim(t.substr(0, stamps.back().begin));
  }
  const std::size_t comma = std::min(t.find(','), t.find("\xEF\xBC\x8C"));  // ，
  if (comma != std::string_view::npos) t = t.substr(0, comma);
  std::optional<std::string_view> name = AttributedName(t);
  if (!name || !ReadsAsPersonName(*name)) return std::nullopt;
  return std::string(*name);
}

// "[Sam Altman] I think …" at the start of a line: the name and where the
// words after the bracket start. Not a clock ("[00:05]"), a link ("[x](…)"),
// a footnote, a callout, a wiki link, a sound ("[Music]") or a field label.
std::optional<std::pair<std::string, std::size_t>> BracketedName(std::string_view t) {
  if (!t.starts_with('[') || t.starts_with("[[") || t.starts_with("[!") || t.starts_with("[^"))
    return std::nullopt;
  const std::size_t close = t.find(']');
  if (close == std::string_view::npos || close + 1 >= t.size() || t[close + 1] != ' ')
    return std::nullopt;
  const std::string_view name = Trim(t.substr(1, close - 1));
  if (name.empty() || (name.front() >= '0' && name.front() <= '9')) return std::nullopt;
  if (!IsPlausibleName(name) || LooksLikeFieldLabel(name) || internal::IsSoundWord(name))
    return std::nullopt;
  if (Trim(t.substr(close + 1)).empty()) return std::nullopt;
  return std::make_pair(std::string(name), close + 2);
}

// More than four code points, none of them a space or a Latin letter: in a
// label's place this is a clause ("全球AI竞争已形成两大硬件阵营" holds Latin
// and still counts, by its Chinese part), not a Chinese name.
bool IsLongChineseClause(std::string_view name) {
  int cjk = 0;
  for (std::size_t i = 0; i < name.size();) {
    const unsigned char lead = static_cast<unsigned char>(name[i]);
    if (lead == ' ') return false;
    if (lead >= 0x80) ++cjk;
    i += CodePointLength(lead);
  }
  return cjk > 4;
}

// "SAM ALTMAN", "LEX FRIDMAN": one to four words of capitals (and . ' -),
// at least three letters in all.
bool IsUpperCaseLatinName(std::string_view name) {
  int letters = 0;
  int words = 1;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (c == ' ') {
      ++words;
    } else if (c != '.' && c != '\'' && c != '-') {
      return false;
    }
  }
  return letters >= 3 && words <= 4;
}

// A name that reads as a person's, for names without a colon after them
// (on a line of their own, in brackets): a diarizer's "Speaker 1", two or
// three capitalised words ("Jane Doe"), capitals ("SAM ALTMAN") or two to
// four Chinese characters. One capitalised word ("Claude", "Yeah") may be
// a model or a word of speech.
bool ReadsAsPersonName(std::string_view name) {
  if (name.empty()) return false;
  const bool cjk = static_cast<unsigned char>(name.front()) >= 0x80 && CountCodePoints(name) >= 2 &&
                   CountCodePoints(name) <= 4 && name.find(' ') == std::string_view::npos;
  return cjk || IsGenericSpeaker(name) || IsUpperCaseLatinName(name) ||
         (IsCapitalisedLatinName(name) && name.find(' ') != std::string_view::npos);
}

// A person's name standing alone, with no colon to make it a label: a name
// line above the words, a quote callout's title, a collapsed block's.
bool ReadsAsLonePerson(std::string_view name) {
  return IsPlausibleName(name) && !LooksLikeFieldLabel(name) && ReadsAsPersonName(name);
}

// A turn typed by hand in a notes app, the clock beside the name and a dash
// or a colon after them: "小北 — 开场……" (its clock led the line), "陆川 (3:40)
// – 我们线上……", "陆川 6:30 — 测过", "小北 29:10：GLM-4.6 呢？". The name is a
// person's by its shape (two to four Chinese characters, two or three
// capitalised words); nullopt for anything else.
std::optional<Label> DashedTurn(std::string_view line) {
  constexpr std::size_t kMaxHeadBytes = 48;
  // " — ", " – ", " - ", "：", ": ", " —— ".
  static constexpr std::array<std::string_view, 6> kSeparators = {" \xE2\x80\x94 ",
                                                                  " \xE2\x80\x93 ",
                                                                  " - ",
                                                                  "\xEF\xBC\x9A",
                                                                  ": ",
                                                                  " \xE2\x80\x94\xE2\x80\x94 "};
  std::size_t cut = std::string_view::npos;
  std::size_t cut_len = 0;
  for (std::string_view sep : kSeparators) {
    const std::size_t at = line.find(sep);
    if (at != std::string_view::npos && at < cut && at <= kMaxHeadBytes) {
      cut = at;
      cut_len = sep.size();
    }
  }
  if (cut == std::string_view::npos || cut == 0) return std::nullopt;
  std::string_view head = Trim(line.substr(0, cut));
  Label label;
  // The clock after the name, bare or in brackets.
  const std::size_t space = head.rfind(' ');
  if (space != std::string_view::npos) {
    std::string_view clock = Trim(head.substr(space + 1));
    if (clock.size() > 2 && clock.front() == '(' && clock.back() == ')') {
      clock = clock.substr(1, clock.size() - 2);
    }
    const Result<std::optional<int>> seconds = internal::ParseClockValue(clock);
    if (seconds && *seconds && clock.find(':') != std::string_view::npos) {
      label.range = TimeRange{**seconds, **seconds};
      head = Trim(head.substr(0, space));
    }
  }
  if (!ReadsAsLonePerson(head)) return std::nullopt;
  label.name = std::string(head);
  label.rest = Trim(line.substr(cut + cut_len));
  if (label.rest.empty()) return std::nullopt;
  return label;
}

// "[^1]: …" or "[^note]: …" at the start of a line.
bool IsFootnoteDefinition(std::string_view text) {
  if (!text.starts_with("[^")) return false;
  const std::size_t close = text.find("]:");
  return close != std::string_view::npos && close > 2 && close <= 34 &&
         text.substr(2, close - 2).find_first_of(" \t[]") == std::string_view::npos;
}

// A page of a video or podcast host, where an episode lives: a bare link to
// one before any content is the episode's source. Other sites' links (a
// blog, a paper) may be references and are left alone.
bool IsMediaPageUrl(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return false;
  std::string_view host = url.substr(scheme + 3);
  const std::size_t slash = host.find('/');
  if (slash == std::string_view::npos || slash + 1 >= host.size()) return false;  // A home page.
  host = host.substr(0, slash);
  for (std::string_view media :
       {"youtube.com", "youtu.be", "bilibili.com", "b23.tv", "xiaoyuzhoufm.com",
        "podcasts.apple.com", "open.spotify.com", "ximalaya.com", "vimeo.com"}) {
    if (host == media || (host.size() > media.size() && host.ends_with(media) &&
                          host[host.size() - media.size() - 1] == '.')) {
      return true;
    }
  }
  return false;
}

// Reported speech: "**Sholto**认为…", "**Dario** argues that …", and an
// outliner's link to the person's page ("[[Sarah Lin]] 回答：…"). The verbs
// that hand a paragraph to the person named before them.
std::optional<std::string> ReportedSpeaker(std::string_view text) {
  const std::string_view open = text.starts_with("**") ? "**" : text.starts_with("[[") ? "[[" : "";
  if (open.empty()) return std::nullopt;
  const std::size_t close = text.find(open == "**" ? "**" : "]]", 2);
  if (close == std::string_view::npos || close == 2) return std::nullopt;
  const std::string_view name = Trim(text.substr(2, close - 2));
  std::string_view after = text.substr(close + 2);
  while (after.starts_with(' ')) after.remove_prefix(1);
  static constexpr std::array<std::string_view, 37> kVerbs = {
      "认为",   "表示",    "指出",    "提到", "强调",   "说",       "觉得",  "坦言",
      "透露",   "解释",    "回忆",    "承认", "预测",   "相信",     "主张",  "提出",
      "谈到",   "分享",    "补充",    "警告", "反驳",   "判断",     "回答",  "回应",
      "追问",   "argues",  "says",    "said", "thinks", "believes", "notes", "explains",
      "claims", "answers", "replies", "adds", "asks"};
  bool verb = false;
  for (std::string_view v : kVerbs) verb = verb || after.starts_with(v);
  if (!verb || !IsPlausibleName(name) || LooksLikeFieldLabel(name)) return std::nullopt;
  return std::string(name);
}

// "张三 · 00:02:10" or "Ann - 12:30": a heading that ends in a bare clock
// after a space. Headings hold no ratios, so the last word is a time when it
// reads as one. The byte offset where the clock (and the separator before
// it) begins, and its seconds; nullopt otherwise.
std::optional<std::pair<std::size_t, int>> TrailingClock(std::string_view heading) {
  const std::string_view t = Trim(heading);
  const std::size_t space = t.rfind(' ');
  if (space == std::string_view::npos) return std::nullopt;
  std::string_view word = t.substr(space + 1);
  // A range ("11:30–12:45") starts at its first clock.
  for (std::string_view dash :
       {"\xE2\x80\x93", "\xE2\x80\x94", "-", "~", "\xEF\xBD\x9E"}) {  // – — ~ ～
    const std::size_t at = word.find(dash);
    if (at == std::string_view::npos) continue;
    const std::string_view to = word.substr(at + dash.size());
    const Result<std::optional<int>> end = internal::ParseClockValue(to);
    if (!end || !*end || to.find(':') == std::string_view::npos) return std::nullopt;
    word = word.substr(0, at);
    break;
  }
  if (word.find(':') == std::string_view::npos ||
      word.find_first_not_of("0123456789:") != std::string_view::npos) {
    return std::nullopt;
  }
  Result<std::optional<int>> clock = internal::ParseClockValue(word);
  if (!clock || !*clock) return std::nullopt;
  std::string_view before = Trim(t.substr(0, space));
  for (std::string_view separator : {"\xC2\xB7", "\xE2\x80\x94", "\xE2\x80\x93", "-", "|", "@"}) {
    if (before.ends_with(separator)) before = Trim(before.substr(0, before.size() - separator.size()));
  }
  return std::make_pair(static_cast<std::size_t>(before.data() + before.size() - heading.data()),
                        **clock);
}

// A heading's time and its title without it, in the order the reader tries
// them: a bracketed range ("### 标题 `[00:02:10-00:09:40]`"), inline stamps
// ("## (1:06:02)", the last one the moment) or a trailing clock ("### 张三 ·
// 00:02:10"). The speaker census and the section reader both read a heading
// through this, so they agree on which headings are timed. nullopt for a
// heading without a time; an error for a range that does not parse.
struct HeadingMoment {
  std::string rest;                           // The heading without its time.
  std::optional<TimeRange> range;             // A bracketed range, or
  std::vector<internal::InlineStamp> stamps;  // inline stamps (offsets into the heading), or
  std::optional<int> clock_s;                 // a trailing clock.
};

std::optional<int> MomentInProse(std::string_view text);  // Below.
std::optional<int> EnglishMomentInProse(std::string_view text);  // Below.

Result<std::optional<HeadingMoment>> ReadHeadingMoment(std::string_view heading) {
  Result<std::optional<BracketRange>> bracketed = FindBracketedRange(heading);
  if (!bracketed) return std::unexpected(bracketed.error());
  HeadingMoment moment;
  moment.rest = std::string(heading);
  if (*bracketed) {
    moment.rest.erase((*bracketed)->begin, (*bracketed)->end - (*bracketed)->begin);
    // "### 标题 `[00:02:10-00:09:40]`" leaves an empty code span behind.
    for (std::size_t at = moment.rest.find("``"); at != std::string::npos; at = moment.rest.find("``"))
      moment.rest.erase(at, 2);
    moment.range = (*bracketed)->range;
    return moment;
  }
  moment.stamps = internal::FindInlineStamps(moment.rest);
  if (!moment.stamps.empty()) {
    moment.rest = internal::RemoveStamps(moment.rest, moment.stamps);
    return moment;
  }
  if (std::optional<std::pair<std::size_t, int>> clock = TrailingClock(heading)) {
    moment.rest.erase(clock->first);
    moment.clock_s = clock->second;
    return moment;
  }
  // "## 二、分数还能信多少（00:41:00 前后）": a moment said to be approximate.
  if (heading.ends_with(kFullClose) || heading.ends_with(")")) {
    // The last opening bracket of either kind (0 when none is after the start).
    std::size_t open = 0;
    for (const auto& [opener, closer] : kRoundBrackets) {
      if (const std::size_t at = heading.rfind(opener); at != std::string_view::npos) {
        open = std::max(open, at);
      }
    }
    if (open > 0) {
      if (const std::optional<int> said = MomentInProse(heading.substr(open))) {
        moment.rest.erase(open);
        moment.clock_s = *said;
        return moment;
      }
    }
  }
  return std::optional<HeadingMoment>();
}

// The name a heading gives its turn: "Speaker 1 (00:00:05)", "张三 · 00:02:10",
// "Ann [12:30]" are a name and a moment, as transcript exports head each
// turn. nullopt when the heading holds no time; empty when the rest is not a
// plausible name (a topic, a field label like "要点").
std::optional<std::string> TimedHeadingName(const HeadingMoment& moment) {
  std::string name = StripInline(StripTrailingColon(Trim(moment.rest)));
  if (!IsPlausibleName(name) || LooksLikeFieldLabel(name) || IsEditorMarker(name)) {
    return std::string();
  }
  return name;
}

// The cells of a Markdown table row, trimmed, without the outer bars. An
// escaped bar ("\\|") stays inside its cell.
std::vector<std::string_view> TableCells(std::string_view row) {
  std::string_view t = Trim(row);
  if (t.starts_with('|')) t.remove_prefix(1);
  if (t.ends_with('|') && !t.ends_with("\\|")) t.remove_suffix(1);
  std::vector<std::string_view> cells;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    if (i < t.size() && (t[i] != '|' || (i > 0 && t[i - 1] == '\\'))) continue;
    cells.push_back(Trim(t.substr(start, i - start)));
    start = i + 1;
  }
  return cells;
}

bool IsAsciiText(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A table row as a line a reader can cite alone: each cell after its
// column's header, so that a score keeps its benchmark and its model
// ("模型：GLM-4.5-Air | RULER：78.4"; "Model: GPT-5 | Score: 74.9"). An
// empty cell says nothing; a cell under an empty header, or one that
// repeats its header, stands alone. Inline marks are dropped from the
// cells, so the line is its own plain text and `header_spans` are byte
// ranges of it: the column names, which the row does not write.
struct TableRow {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> header_spans;
};
TableRow ReadTableRow(const std::vector<std::string>& header,
                      const std::vector<std::string_view>& raw_cells) {
  std::vector<std::string> cells;
  for (std::string_view cell : raw_cells) cells.push_back(StripInline(cell));
  // One style for the whole row: an English colon only when every word is.
  bool ascii = true;
  for (std::size_t k = 0; k < cells.size(); ++k) {
    ascii = ascii && IsAsciiText(cells[k]) && (k >= header.size() || IsAsciiText(header[k]));
  }
  TableRow row;
  std::string& out = row.text;
  for (std::size_t k = 0; k < cells.size(); ++k) {
    const std::string& cell = cells[k];
    if (cell.empty()) continue;
    const std::string_view name = k < header.size() ? std::string_view(header[k]) : "";
    // The table's own bar parts the cells: a row states its cells side by
    // side, not one sentence (a clause of one cell judges nothing in the next).
    if (!out.empty()) out += EndsSentence(out) ? " " : " | ";
    if (!name.empty() && name != cell) {
      row.header_spans.emplace_back(out.size(), out.size() + name.size());
      out.append(name).append(ascii ? ": " : "\xEF\xBC\x9A");
    }
    out += cell;
  }
  return row;
}

// A Markdown table's delimiter row: "|---|:---:|", "--- | ---" (cells of
// dashes with optional alignment colons, at least one pipe).
bool IsTableDelimiterRow(std::string_view line) {
  if (line.find('|') == std::string_view::npos) return false;
  for (std::string_view cell : TableCells(line)) {
    if (cell.starts_with(':')) cell.remove_prefix(1);
    if (cell.ends_with(':')) cell.remove_suffix(1);
    if (cell.empty() || cell.find_first_not_of('-') != std::string_view::npos) return false;
  }
  return true;
}

// Which columns of a table hold a transcript's time, speaker and words, by
// the header's names ("| 时间 | 发言人 | 内容 |", "| Time | Speaker | Text |").
// A table needs words and a speaker or a time to be a transcript; a score
// table ("| 模型 | 分数 |") is none.
struct TranscriptColumns {
  std::optional<std::size_t> time, speaker, words;
  bool IsTranscript() const { return words && (speaker || time); }
};

TranscriptColumns ClassifyTranscriptColumns(const std::vector<std::string_view>& header) {
  static constexpr std::array<std::string_view, 9> kTime = {
      "时间", "时间点", "时间戳", "时刻", "起始时间", "开始时间", "time", "timestamp", "start"};
  static constexpr std::array<std::string_view, 9> kSpeaker = {
      "发言人", "说话人", "讲者", "发言者", "说话者", "角色", "speaker", "who", "name"};
  static constexpr std::array<std::string_view, 10> kWords = {
      "内容", "发言内容", "发言", "原文", "文字", "转写", "text", "content", "transcript", "words"};
  TranscriptColumns columns;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string name = AsciiLower(StripInline(header[i]));
    const auto is = [&](const auto& names) {
      return std::find(names.begin(), names.end(), name) != names.end();
    };
    if (is(kTime) && !columns.time) columns.time = i;
    if (is(kSpeaker) && !columns.speaker) columns.speaker = i;
    if (is(kWords) && !columns.words) columns.words = i;
  }
  return columns;
}

// A table cell that is a moment or a range and nothing else ("00:25",
// "01:02:03", "00:25-01:30").
bool IsClockCell(std::string_view cell) {
  const Result<std::optional<internal::RangeMatch>> range = internal::MatchTimeRange(cell);
  if (range && *range && (*range)->length == cell.size()) return true;
  const Result<std::optional<int>> clock = internal::ParseClockValue(cell);
  return clock && clock->has_value();
}

// "评论区（86）", "精选留言", "Comments": a section of listeners' comments.
bool IsCommentSectionTitle(std::string_view title) {
  const std::string lower = AsciiLower(Trim(title));
  for (std::string_view word : {"评论区", "精选评论", "听众评论", "听友评论", "留言区", "精选留言",
                                "听友留言", "comments", "listener comments"}) {
    if (lower.starts_with(word)) return true;
  }
  return false;
}

// A line that only announces a chapter list: "时间轴", "【时间轴】",
// "**Timeline:**", "Chapters". Video and podcast pages set it as plain text
// above the timed lines.
bool IsChapterListMarker(std::string_view line) {
  // The longest marker with its brackets, bold and colon fits in 40 bytes;
  // this runs on every line, so longer lines stop here.
  if (Trim(line).size() > 40) return false;
  std::string text = StripInline(Trim(line));
  std::string_view t = Trim(text);
  if (t.starts_with("\xE3\x80\x90") && t.ends_with("\xE3\x80\x91"))
    t = Trim(t.substr(3, t.size() - 6));
  const std::string name = AsciiLower(StripTrailingColon(t));
  static constexpr std::array<std::string_view, 9> kMarkers = {
      "时间轴",   "时间线",   "本期时间轴", "章节",  "章节速览",
      "timeline", "chapters", "timestamps", "时间戳"};
  return std::find(kMarkers.begin(), kMarkers.end(), name) != kMarkers.end();
}

// Who a quotation is by, and the moment given with the name.
struct QuoteSource {
  std::string name;
  std::optional<TimeRange> moment;
};

// "嘉宾 王卓 @ 41:20", "主播 阿晨，约 00:35:10", "Bo": the name after a role
// word, and a clock after "@" or a comma (with 约, about or ~ before it).
// `*marked` says whether a role word or a clock stood with the name.
// "约 12 分钟处", "约 1 小时 05 分处", "23 分钟左右": a moment an assistant's
// summary gives in words, in seconds; nullopt for anything else.
// A moment without the words that hedge it: "约 12 分钟处" → "12 分钟",
// "00:41:00 前后" → "00:41:00".
std::string_view WithoutHedges(std::string_view text) {
  std::string_view t = Trim(text);
  for (std::string_view about : {"大约", "约"}) {
    if (t.starts_with(about)) t = Trim(t.substr(about.size()));
  }
  for (std::string_view end : {"处", "左右", "前后"}) {
    if (t.ends_with(end)) t = Trim(t.substr(0, t.size() - end.size()));
  }
  return t;
}

std::optional<int> MinutesInWords(std::string_view text) {
  std::string_view t = WithoutHedges(text);
  auto number = [&](int* value) {
    std::size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9' && digits < 3) ++digits;
    if (digits == 0) return false;
    *value = std::stoi(std::string(t.substr(0, digits)));
    t = Trim(t.substr(digits));
    return true;
  };
  int hours = 0;
  int minutes = 0;
  if (!number(&minutes)) return std::nullopt;
  if (t.starts_with("小时")) {
    hours = minutes;
    minutes = 0;
    t = Trim(t.substr(std::string_view("小时").size()));
    if (!t.empty() && !number(&minutes)) return std::nullopt;
  }
  for (std::string_view unit : {"分钟", "分"}) {
    if (t.starts_with(unit)) {
      t = Trim(t.substr(unit.size()));
      break;
    }
  }
  // "1 分 30 秒": seconds after the minutes.
  int seconds = 0;
  if (!t.empty() && number(&seconds)) {
    if (!t.starts_with("秒") || seconds >= 60) return std::nullopt;
    t = Trim(t.substr(std::string_view("秒").size()));
  }
  if (!t.empty() || (hours > 0 && minutes >= 60)) return std::nullopt;
  return hours * 3600 + minutes * 60 + seconds;
}

// A moment of the episode written in a sentence of prose: "在第 6 分钟，…",
// "节目一开头（约 1 分 30 秒）", "约 50 分钟处", "在 1 小时 20 分左右",
// "（04:55）", "（00:41:00 前后）". Only a moment marked as one (第, or 处,
// 左右 or 前后 after it, or alone in brackets) counts: "花了 5 分钟" is a
// length. The first such moment, in seconds.
std::optional<int> MomentInProse(std::string_view text) {
  // No digit, no moment: most lines are let go here.
  if (std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  // "（01:12:00 起）", "(44:00 onwards)", "(from ~24 min)": a clock or a
  // minute from which a stretch runs.
  const auto clock_about = [](std::string_view inner) -> std::optional<int> {
    inner = WithoutHedges(inner);
    for (std::string_view from : {"起", "开始", " onwards", " onward"}) {
      if (inner.ends_with(from)) inner = Trim(inner.substr(0, inner.size() - from.size()));
    }
    bool english_from = false;
    for (std::string_view from : {"from ", "From "}) {
      if (inner.starts_with(from)) inner = Trim(inner.substr(from.size())), english_from = true;
    }
    if (inner.starts_with("~")) inner = Trim(inner.substr(1));
    const Result<std::optional<int>> clock = internal::ParseClockValue(inner);
    if (clock && *clock) return **clock;
    // A number of minutes only after "from": "(24 min)" alone is a length.
    if (!english_from) return std::nullopt;
    std::size_t digits = 0;
    while (digits < inner.size() && digits < 3 && inner[digits] >= '0' && inner[digits] <= '9') {
      ++digits;
    }
    if (digits == 0) return std::nullopt;
    const std::string_view unit = Trim(inner.substr(digits));
    if (unit == "min" || unit == "mins" || unit == "minutes" || unit == "minute") {
      return std::stoi(std::string(inner.substr(0, digits))) * 60;
    }
    return std::nullopt;
  };
  // Whether a closing bracket of each kind is still ahead: once none is, no
  // opening one is looked at again (a line of many "(" stays linear).
  std::array<bool, 2> closable = {true, true};
  // The scan jumps from one mark to the next, each found by a search of its
  // own: the brackets, 第, 约 (and 大约) and 在.
  static constexpr std::array<std::string_view, 5> kMarks = {kFullOpen, "(", "第", "约", "在"};
  std::array<std::size_t, kMarks.size()> next{};
  for (std::size_t k = 0; k < kMarks.size(); ++k) next[k] = text.find(kMarks[k]);
  for (std::size_t at = *std::min_element(next.begin(), next.end()); at != std::string_view::npos;
       at = *std::min_element(next.begin(), next.end())) {
    for (std::size_t k = 0; k < kMarks.size(); ++k) {
      if (next[k] == at) next[k] = text.find(kMarks[k], at + 1);
    }
    const std::string_view rest = text.substr(at);
    // In brackets: a moment in words or a clock, with or without 约/前后.
    for (std::size_t kind = 0; kind < kRoundBrackets.size(); ++kind) {
      const auto& [open, close] = kRoundBrackets[kind];
      if (!closable[kind] || !rest.starts_with(open)) continue;
      const std::size_t end = rest.find(close);
      if (end == std::string_view::npos) {
        closable[kind] = false;
        continue;
      }
      const std::string_view inner = rest.substr(open.size(), end - open.size());
      // A unit makes a number a moment: "（86）" is a count, "O(1)" a formula.
      const bool unit = inner.find("分") != std::string_view::npos ||
                        inner.find("秒") != std::string_view::npos ||
                        inner.find("小时") != std::string_view::npos;
      if (const std::optional<int> words = MinutesInWords(inner); words && unit) return words;
      // "（04:55）" mid-sentence, "（18:30 左右）", "（01:12:00 起）".
      if (const std::optional<int> clock = clock_about(inner)) return clock;
    }
    // "第 6 分钟", "约 50 分钟处", "在 1 小时 20 分左右".
    // (大约 is read at its 约.)
    const bool ordinal = rest.starts_with("第");
    const bool about = rest.starts_with("约") || rest.starts_with("在");
    if (!ordinal && !about) continue;
    std::string_view tail = Trim(rest.substr(std::string_view("第").size()));
    if (tail.empty() || tail.front() < '0' || tail.front() > '9') continue;
    // The words up to the unit's end: digits, spaces and 小时/分钟/分/秒.
    std::size_t end = 0;
    for (;;) {
      const std::string_view more = tail.substr(end);
      if (!more.empty() && ((more.front() >= '0' && more.front() <= '9') || more.front() == ' ')) {
        ++end;
        continue;
      }
      bool unit = false;
      for (std::string_view word : {"小时", "分钟", "分", "秒"}) {
        if (more.starts_with(word)) {
          end += word.size();
          unit = true;
          break;
        }
      }
      if (!unit) break;
    }
    std::string_view phrase = Trim(tail.substr(0, end));
    const std::string_view after = tail.substr(end);
    const bool marked = ordinal || after.starts_with("处") || after.starts_with("左右") ||
                        after.starts_with("前后");
    if (!marked || phrase.empty() ||
        !(phrase.ends_with("分钟") || phrase.ends_with("分") || phrase.ends_with("秒") ||
          phrase.ends_with("小时"))) {
      continue;
    }
    if (const std::optional<int> words = MinutesInWords(phrase)) return words;
  }
  return EnglishMomentInProse(text);
}

// A moment written in an English sentence: "at 1:16:40", "around 58:40",
// "at the 58:40 mark", "around the 40-minute mark", "about 12 minutes in",
// "at minute 40". A clock counts only after at/around/about/near, and not
// before a time of day's word ("at 9:30 pm", "at 10:00 PT"); a number of
// minutes only as a mark, "minute N" or "N minutes in": "took 5 minutes"
// is a length. The first such moment, in seconds.
std::optional<int> EnglishMomentInProse(std::string_view text) {
  const std::string lower = AsciiLower(text);
  const std::string_view t = lower;
  const auto word_start = [&](std::size_t at) {
    return at == 0 || !std::isalnum(static_cast<unsigned char>(t[at - 1]));
  };
  const auto digits_at = [&](std::size_t at) {
    std::size_t end = at;
    while (end < t.size() && std::isdigit(static_cast<unsigned char>(t[end]))) ++end;
    return end;
  };
  static constexpr std::string_view kLeads[] = {"at ", "around ", "about ", "near "};
  for (std::string_view lead : kLeads) {
    for (std::size_t at = t.find(lead); at != std::string_view::npos; at = t.find(lead, at + 1)) {
      if (!word_start(at)) continue;
      std::string_view rest = t.substr(at + lead.size());
      bool the = false;
      if (rest.starts_with("the ")) rest.remove_prefix(4), the = true;
      if (rest.starts_with("minute ")) {
        rest.remove_prefix(7);
        const std::size_t end = digits_at(rest.data() - t.data()) - (rest.data() - t.data());
        if (end == 0 || end > 3) continue;
        if (end < rest.size() && std::isalnum(static_cast<unsigned char>(rest[end]))) continue;
        return std::stoi(std::string(rest.substr(0, end))) * 60;
      }
      const std::size_t first = rest.data() - t.data();
      std::size_t end = digits_at(first);
      if (end == first) continue;
      // A clock: digits and colons ("58:40", "1:16:40").
      std::size_t clock_end = end;
      while (clock_end < t.size() && t[clock_end] == ':' && clock_end + 1 < t.size() &&
             std::isdigit(static_cast<unsigned char>(t[clock_end + 1]))) {
        clock_end = digits_at(clock_end + 1);
      }
      const std::string_view after = Trim(t.substr(clock_end));
      if (clock_end > end) {
        if (clock_end < t.size() && std::isalnum(static_cast<unsigned char>(t[clock_end])))
          continue;
        static constexpr std::string_view kDayWords[] = {
            "am",     "pm",       "a.m",     "p.m",     "utc",     "gmt",   "pt",
            "pst",    "pdt",      "et",      "est",     "edt",     "cst",   "bst",
            "cet",    "o'clock",  "pacific", "eastern", "central", "local", "beijing",
            "london", "new york", "sf",      "sgt",     "jst",     "hkt"};
        const bool day = std::any_of(std::begin(kDayWords), std::end(kDayWords), [&](auto w) {
          return after.starts_with(w) &&
                 (after.size() == w.size() ||
                  !std::isalpha(static_cast<unsigned char>(after[w.size()])));
        });
        if (day) continue;
        const Result<std::optional<int>> clock =
            internal::ParseClockValue(t.substr(first, clock_end - first));
        if (clock && *clock) return **clock;
        continue;
      }
      // A number of minutes: "the 40-minute mark", "12 minutes in".
      const int minutes =
          std::stoi(std::string(t.substr(first, std::min<std::size_t>(end - first, 4))));
      std::string_view unit = t.substr(end);
      if (unit.starts_with("-minute mark") || (the && unit.starts_with(" minute mark"))) {
        return minutes * 60;
      }
      for (std::string_view form : {" minutes in", " minute in", " mins in", " min in"}) {
        if (unit.starts_with(form) &&
            (unit.size() == form.size() ||
             !std::isalnum(static_cast<unsigned char>(unit[form.size()])))) {
          return minutes * 60;
        }
      }
    }
  }
  return std::nullopt;
}

std::optional<QuoteSource> NameWithMoment(std::string_view tail, bool* marked) {
  std::string_view name = Trim(tail);
  QuoteSource source;
  *marked = false;
  // "张衡（约 12 分钟处）": the moment in words, in brackets after the name.
  for (const auto& [open, close] : kRoundBrackets) {
    const std::size_t at = name.rfind(open);
    if (at == std::string_view::npos || at == 0 || !name.ends_with(close)) continue;
    const std::optional<int> seconds = MinutesInWords(
        name.substr(at + open.size(), name.size() - close.size() - at - open.size()));
    if (!seconds) continue;
    source.moment = TimeRange{*seconds, *seconds};
    name = Trim(name.substr(0, at));
    *marked = true;
    break;
  }
  for (std::string_view separator : {"@", "\xEF\xBC\x8C", ","}) {  // @ ， ,
    const std::size_t at = name.rfind(separator);
    if (at == std::string_view::npos) continue;
    std::string_view clock = Trim(name.substr(at + separator.size()));
    for (std::string_view about : {"约", "大约", "about", "~", "at"}) {
      if (clock.starts_with(about)) clock = Trim(clock.substr(about.size()));
    }
    const Result<std::optional<int>> seconds = internal::ParseClockValue(clock);
    if (!seconds || !*seconds) continue;
    source.moment = TimeRange{**seconds, **seconds};
    name = Trim(name.substr(0, at));
    *marked = true;
    break;
  }
  for (std::string_view role : {"主持人", "主播", "嘉宾", "Host ", "Guest ", "host ", "guest "}) {
    if (name.starts_with(role) && name.size() > role.size()) {
      name = Trim(name.substr(role.size()));
      *marked = true;
      break;
    }
  }
  const std::optional<std::string_view> person = AttributedName(name);
  if (!person) return std::nullopt;
  source.name = std::string(*person);
  return source;
}

// A person's name written in full: two or three capitalised words ("Yuki
// Tanabe"), or two to four Chinese characters that start with a family name
// ("张衡"). A diarizer's label or one word ("Claude") is not.
bool ReadsAsFullName(std::string_view name) {
  if (name.empty() || IsGenericSpeaker(name) || !IsPlausibleName(name)) return false;
  if (static_cast<unsigned char>(name.front()) >= 0x80) {
    return ReadsAsPersonName(name) && internal::LeadingChineseSurname(name).has_value();
  }
  return IsCapitalisedLatinName(name) && name.find(' ') != std::string_view::npos;
}

// "“…” — Jane Doe", "\"…\" -- Bo (00:12:40)", "「…」——张三", "「…」—— 嘉宾 王卓 @
// 41:20", and an assistant's summary's "「…」（主播 阿晨，约 00:05:45）": who
// said the quotation the line holds, and when. The words before the dash or
// the bracket must close a quotation, so a dash inside a sentence ("fast —
// as Google says") names nobody; a bracket must hold a role word or a clock
// with the name, so "「…」（笑）" names nobody either.
std::optional<QuoteSource> QuoteAttribution(std::string_view plain) {
  std::string_view t = Trim(plain);
  // A stamp removed from "(00:12:40)" leaves its brackets.
  for (std::string_view empty : {"()", "（）", "[]"}) {
    if (t.ends_with(empty)) t = Trim(t.substr(0, t.size() - empty.size()));
  }
  static constexpr std::array<std::string_view, 5> kClosers = {"\"", "\xE2\x80\x9D", "\xE3\x80\x8D",
                                                               "\xE3\x80\x8F", "\xE2\x80\x99"};
  const auto closes_quote = [](std::string_view quoted) {
    quoted = Trim(quoted);
    return std::any_of(kClosers.begin(), kClosers.end(),
                       [&](std::string_view closer) { return quoted.ends_with(closer); });
  };
  for (const auto& [open, close] : kRoundBrackets) {
    if (!t.ends_with(close)) continue;
    const std::size_t at = t.rfind(open);
    if (at == std::string_view::npos || at == 0 || !closes_quote(t.substr(0, at))) continue;
    bool marked = false;
    std::optional<QuoteSource> source = NameWithMoment(
        t.substr(at + open.size(), t.size() - close.size() - at - open.size()), &marked);
    // A bare name counts when it reads as a person's in full ("（Yuki
    // Tanabe）", "（张衡）"), which a bracketed aside ("（笑）") does not.
    if (source && (marked || ReadsAsFullName(source->name))) return source;
  }
  std::size_t dash = std::string_view::npos;
  std::size_t dash_end = 0;
  for (std::string_view mark : {"\xE2\x80\x94", "\xE2\x80\x95", " -- ", " - "}) {
    const std::size_t at = t.rfind(mark);
    if (at == std::string_view::npos || (dash != std::string_view::npos && at < dash)) continue;
    dash = at;
    dash_end = at + mark.size();
  }
  if (dash == std::string_view::npos || dash == 0) return std::nullopt;
  // "——" is two dashes; the first one opens the run.
  while (dash >= 3 && (t.substr(dash - 3, 3) == "\xE2\x80\x94" ||
                       t.substr(dash - 3, 3) == "\xE2\x80\x95")) {
    dash -= 3;
  }
  if (!closes_quote(t.substr(0, dash))) return std::nullopt;
  // A one-word name ("— Bo") is believed here, unlike on a line of its own:
  // the closed quotation before the dash already says someone is quoted.
  bool marked = false;
  return NameWithMoment(t.substr(dash_end), &marked);
}

// ---------------------------------------------------------------------------
// The parser proper.

class DigestParser {
 public:
  DigestParser(const std::string& path, const ParseOptions& options, std::vector<Line> lines)
      : path_(path), options_(options), lines_(std::move(lines)) {
    ReadHtmlInlineAsMarkdown();
    ReadTranscriptTablesAsLines();
  }

  Result<Episode> Run(std::string content_hash, int line_count) {
    episode_.path = path_;
    episode_.content_hash = std::move(content_hash);
    episode_.line_count = line_count;
    std::size_t first_body_line = 0;
    if (Status s = ParseFrontmatter(&first_body_line); !s) return std::unexpected(s.error());
    first_body_line_ = first_body_line;
    CountLabels(first_body_line);
    FindNameLines(first_body_line);
    ReadSpeakerKey(first_body_line);
    ReadAliasEvidence(first_body_line);
    CountBoldOnlyLines(first_body_line);
    CountBlockSpeakers(first_body_line);
    CountCommentFooters(first_body_line);
    for (std::size_t i = first_body_line; i < lines_.size(); ++i) {
      if (!Trim(lines_[i].text).empty()) {
        first_text_line_ = lines_[i].number;
        break;
      }
    }
    for (std::size_t i = first_body_line; i < lines_.size(); ++i) {
      next_text_ = i + 1 < lines_.size() ? lines_[i + 1].text : std::string_view();
      if (Status s = ParseLine(lines_[i]); !s) return std::unexpected(s.error());
    }
    return Finish();
  }

 private:
  // Markdown exported from HTML (a blog, a CMS, a note tool) keeps inline
  // tags: "<p><b>Sam:</b> I think …</p>". Bold and italic tags read as their
  // Markdown marks, paragraph tags go and a line break inside a line is a
  // space, so "Sam" opens a turn as "**Sam:** I think …" does. A line that
  // is only "<br>" stays as it is (ReadHtmlBlockLine skips it).
  void ReadHtmlInlineAsMarkdown() {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kTags = {
        {{"<p>", ""},
         {"</p>", ""},
         {"<b>", "**"},
         {"</b>", "**"},
         {"<strong>", "**"},
         {"</strong>", "**"},
         {"<em>", "*"},
         {"</em>", "*"},
         {"<i>", "*"},
         {"</i>", "*"},
         {"<br>", " "},
         {"<br/>", " "},
         {"<br />", " "},
         {"</br>", " "}}};
    for (Line& line : lines_) {
      const std::string_view t = Trim(line.text);
      if (t.find('<') == std::string_view::npos || t == "<br>" || t == "<br/>" || t == "</br>")
        continue;
      bool any = false;
      for (const auto& [tag, mark] : kTags) any = any || t.find(tag) != std::string_view::npos;
      if (!any) continue;
      std::string out;
      for (std::size_t i = 0; i < line.text.size();) {
        bool replaced = false;
        for (const auto& [tag, mark] : kTags) {
          if (line.text.substr(i, tag.size()) == tag) {
            out += mark;
            i += tag.size();
            replaced = true;
            break;
          }
        }
        if (!replaced) out += line.text[i++];
      }
      rewritten_lines_.push_back(std::move(out));
      line.text = rewritten_lines_.back();
    }
  }

  // A transcript laid out as a table, one turn a row ("| 00:25 | 沈亦舟 |
  // 大家好…… |", a speech-to-text tool's or an editor's layout): each row is
  // read as the line a transcript writes, "[00:25] 沈亦舟：大家好……", so its
  // turn, moment and words are read as everywhere else. A time cell that
  // holds something other than a clock gives the row no moment.
  void ReadTranscriptTablesAsLines() {
    for (std::size_t i = 0; i + 1 < lines_.size(); ++i) {
      if (lines_[i].text.find('|') == std::string_view::npos ||
          IsTableDelimiterRow(lines_[i].text) || !IsTableDelimiterRow(lines_[i + 1].text)) {
        continue;
      }
      const TranscriptColumns columns = ClassifyTranscriptColumns(TableCells(lines_[i].text));
      if (!columns.IsTranscript()) continue;
      std::size_t row = i + 2;
      for (; row < lines_.size() && lines_[row].text.find('|') != std::string_view::npos; ++row) {
        const std::vector<std::string_view> cells = TableCells(lines_[row].text);
        const auto cell = [&](std::optional<std::size_t> column) {
          return column && *column < cells.size() ? cells[*column] : std::string_view();
        };
        const std::string_view time = cell(columns.time);
        std::string_view speaker = cell(columns.speaker);
        // "[整理者注]" in the speaker's column: the word, read as any label.
        if (speaker.size() > 2 && speaker.front() == '[' && speaker.back() == ']') {
          speaker = Trim(speaker.substr(1, speaker.size() - 2));
        }
        const std::string_view words = cell(columns.words);
        const bool clock = !time.empty() && IsClockCell(time);
        // A time cell that is no clock ("2025 年", a table of dates) leaves
        // a row without a speaker as the table row it is.
        if (words.empty() || (!time.empty() && !clock && speaker.empty())) continue;
        std::string out;
        if (clock) out += "[" + std::string(time) + "] ";
        if (!speaker.empty()) out += std::string(speaker) + "：";
        out += words;
        rewritten_lines_.push_back(std::move(out));
        lines_[row].text = rewritten_lines_.back();
      }
      i = row - 1;
    }
  }

  // Recognises "---" + YAML or JSON + "---" at the very top of the file.
  Status ParseFrontmatter(std::size_t* first_body_line) {
    std::vector<std::string_view> texts;
    texts.reserve(lines_.size());
    for (const Line& line : lines_) texts.push_back(line.text);
    Result<internal::FrontMatter> front = internal::ReadFrontMatter(texts);
    if (!front) return WithPlace(front.error(), path_, 2);
    if (!front->found) return {};
    front_matter_found_ = true;
    *first_body_line = static_cast<std::size_t>(front->body_line);
    return ApplyFrontMatter(front->fields, "front matter");
  }

  // Applies flattened front matter fields, from the file itself or from its
  // folder's sidecar. Values already set are kept: the file wins.
  Status ApplyFrontMatter(const std::vector<internal::FrontMatterField>& fields,
                          const std::string& origin) {
    // A list of sources may mark the preferred one ("preferred: true").
    int preferred_item = -1;
    for (const internal::FrontMatterField& field : fields) {
      if (field.path == "sources.preferred" && field.value == "true") preferred_item = field.item;
    }
    if (preferred_item >= 0) {
      for (const internal::FrontMatterField& field : fields) {
        if (field.path == "sources.url" && field.item == preferred_item) {
          if (Status s = ApplyMeta(MetaKey::kUrl, field.value, field.line,
                                   origin + " `sources[" + std::to_string(field.item) + "].url`");
              !s)
            return s;
        }
      }
    }
    for (const internal::FrontMatterField& field : fields) {
      const MetaKey key = ClassifyFrontMatterPath(field.path);
      if (key == MetaKey::kNone || field.value.empty()) continue;
      if (Status s = ApplyMeta(key, field.value, field.line, origin + " `" + field.path + "`");
          !s)
        return s;
    }
    return {};
  }

  // The pre-pass: how often each label ("**Name**：", "Name：") opens a line.
  // A label is believed when it recurs, because prose with a colon
  // ("结论：...") rarely repeats its lead-in word for word, while speakers
  // speak many times.
  void CountLabels(std::size_t first_body_line) {
    bool in_fence = false;
    for (std::size_t i = first_body_line; i < lines_.size(); ++i) {
      const std::string_view text = lines_[i].text;
      if (IsFence(text)) {
        in_fence = !in_fence;
        continue;
      }
      if (in_fence) continue;
      if (std::optional<Heading> heading = MatchHeading(text)) {
        // A heading whose range does not parse is the section reader's error.
        if (Result<std::optional<HeadingMoment>> moment = ReadHeadingMoment(heading->text);
            moment && *moment) {
          ++timed_headings_;
          if (std::optional<std::string> name = TimedHeadingName(**moment); !name->empty()) {
            ++named_timed_headings_;
            heading_speaker_names_.insert(*name);
          }
        }
        continue;
      }
      const Bullet b = MatchBullet(text);
      if (b.bullet) {
        // "- **Ada**: …" dialogue written as a list: counted apart, since a
        // list's bold lead-ins are more often fields or topics than people.
        Result<std::optional<Label>> label = ParseLabel(b.content);
        if (label && *label && (*label)->bold) ++bullet_label_counts_[(*label)->name];
        // "- 14:20 陆川：…", "- 陆川 (3:40) – …": a plain name with a clock, in
        // items typed by hand. Counted so that a name that comes back makes
        // turns, while a chapter list's titles ("- 02:15 开场：…") do not.
        std::string_view item = b.content;
        const std::vector<internal::InlineStamp> item_stamps = internal::FindInlineStamps(item);
        const bool item_timed = !item_stamps.empty() && item_stamps.front().begin == 0;
        if (item_timed) item = Trim(item.substr(item_stamps.front().end));
        Result<std::optional<Label>> typed = ParseLabel(item);
        if (!typed || !*typed) typed = DashedTurn(item);
        if (typed && *typed && !(*typed)->bold && (item_timed || (*typed)->range) &&
            ReadsAsLonePerson((*typed)->name)) {
          ++timed_item_labels_[(*typed)->name];
        }
        continue;
      }
      if (Trim(text).starts_with(">>")) ++chevron_lines_;
      std::string_view content = b.content;
      const std::vector<internal::InlineStamp> stamps = internal::FindInlineStamps(content);
      const bool stamped = !stamps.empty() && stamps.front().begin == 0;
      if (stamped) content = Trim(content.substr(stamps.front().end));
      if (stamped) ++timed_lines_;
      Result<std::optional<Label>> label = ParseLabel(content);
      if (!label || !*label) continue;
      ++label_counts_[(*label)->name];
      // "Tom Lee (00:00:09):" (Riverside, Zoom): the label carries the line's time.
      const bool timed_label = !stamped && (*label)->range.has_value();
      if (timed_label) ++timed_lines_;
      if (stamped || timed_label) {
        ++timed_labelled_lines_;
        timed_label_names_.insert((*label)->name);
      }
    }
    bool questions = false;
    bool answers = false;
    for (const auto& [name, count] : label_counts_) {
      if (count < 2) continue;
      if (!LooksLikeFieldLabel(name) && !IsEditorMarker(name)) ++recurring_speakers_;
      questions = questions || IsQuestionLabel(name);
      answers = answers || IsAnswerLabel(name);
    }
    question_and_answer_turns_ = questions && answers;
    std::erase_if(timed_label_names_, [](const std::string& name) {
      return LooksLikeFieldLabel(name) || IsEditorMarker(name);
    });
  }

  // A speaker's name on a line of its own, the words below it: "SAM ALTMAN"
  // in capitals (screenplay style, podscripts), or "Jane Doe" with a bare
  // clock on the next line ("00:05", as Apple Podcasts and several
  // recorders copy out). Believed only when two names or more head three
  // blocks or more and one name heads two: people take turns. Above a clock
  // the line must read as a person's name (a copied video transcript puts
  // short lines above clocks too).
  // How often each colon-free bold-only line occurs in the file: a template repeats
  // its labels ("**核心观点**", "**个人感受**" under every heading).
  void CountBoldOnlyLines(std::size_t first_body_line) {
    bool in_fence = false;
    for (std::size_t i = first_body_line; i < lines_.size(); ++i) {
      const std::string_view text = lines_[i].text;
      if (IsFence(text)) in_fence = !in_fence;
      if (in_fence) continue;
      if (const std::optional<BoldLine> bold = BoldOnlyLine(text); bold && !bold->colon) {
        ++bold_only_counts_[std::string(bold->text)];
      }
    }
  }

  // A bold-only line that labels the kind of text below it rather than
  // saying anything: a template's field ("**核心观点**", "**深度阐述**",
  // "**RLVR的工作原理：**") or a short label the file repeats ("**个人感受**").
  // Not a claim.
  bool IsTemplateLabel(std::string_view text) const {
    constexpr int kMaxLabelCodePoints = 12;
    if (CountCodePoints(text) > kMaxLabelCodePoints) return false;
    for (std::string_view mark :
         {"\xE3\x80\x82" /* 。 */, "\xEF\xBC\x81" /* ！ */, "\xEF\xBC\x9F" /* ？ */, "!", "?"}) {
      if (text.find(mark) != std::string_view::npos) return false;
    }
    if (IsGenericSpeaker(text) || IsEditorMarker(text)) return false;
    if (std::find(episode_.listed_speakers.begin(), episode_.listed_speakers.end(), text) !=
        episode_.listed_speakers.end()) {
      return false;
    }
    // A field word makes a label of a short line, but not 的, which
    // LooksLikeFieldLabel counts because no name holds it: "硬件的重要性被重估"
    // is a headline that says something.
    constexpr int kMaxFieldLabelCodePoints = 8;
    if (LooksLikeFieldLabel(text) && CountCodePoints(text) <= kMaxFieldLabelCodePoints &&
        text.find("\xE7\x9A\x84") == std::string_view::npos) {  // 的
      return true;
    }
    // A person's name alone in bold that the speaker rules took is read
    // before this (FindNameLines); one they did not take is no claim either.
    const auto count = bold_only_counts_.find(std::string(text));
    return count != bold_only_counts_.end() && count->second >= 2;
  }

  void FindNameLines(std::size_t first_body_line) {
    struct Candidate {
      std::size_t index;
      std::string name;
      bool clock_below;
      std::size_t rest = 0;  // Where the words start, for "[Name] words"; 0 otherwise.
      std::optional<TimeRange> moment = std::nullopt;  // "Name (00:01:23)": the clock after it.
      bool marker = false;                             // "**[Host]**".
    };
    std::vector<Candidate> candidates;
    // First names of the people the opening lines introduce in full ("Hosted
    // by Dana Whitfield. Guest: Omar Kessler, …"): a transcript copied from a
    // podcast app then writes "Dana" alone above her words.
    constexpr std::size_t kOpeningLines = 15;
    std::unordered_set<std::string> introduced;
    for (std::size_t i = first_body_line; i < lines_.size() && i < first_body_line + kOpeningLines;
         ++i) {
      const std::string_view t = lines_[i].text;
      for (std::size_t at = 0; at < t.size(); ++at) {
        if (t[at] < 'A' || t[at] > 'Z' || (at > 0 && internal::IsAsciiAlpha(t[at - 1]))) continue;
        std::size_t end = at + 1;
        while (end < t.size() && t[end] >= 'a' && t[end] <= 'z') ++end;
        if (end - at < 2 || end + 2 >= t.size() || t[end] != ' ' || t[end + 1] < 'A' ||
            t[end + 1] > 'Z') {
          continue;
        }
        std::size_t last = end + 2;
        while (last < t.size() && t[last] >= 'a' && t[last] <= 'z') ++last;
        if (last - end >= 3) introduced.insert(std::string(t.substr(at, end - at)));
      }
    }
    bool in_fence = false;
    for (std::size_t i = first_body_line; i < lines_.size(); ++i) {
      const std::string_view text = lines_[i].text;
      if (IsFence(text)) in_fence = !in_fence;
      if (in_fence || MatchHeading(text)) continue;
      const std::string_view name = Trim(text);
      if (name.empty() || MatchBullet(text).bullet) continue;
      if (std::optional<std::pair<std::string, std::size_t>> bracketed = BracketedName(name);
          bracketed && ReadsAsPersonName(bracketed->first)) {
        const std::size_t offset = static_cast<std::size_t>(name.data() - text.data());
        candidates.push_back({i, std::move(bracketed->first), false, offset + bracketed->second});
        continue;
      }
      // A chat app's header above a message: its writer's words follow.
      if (std::optional<std::string> writer = ChatMessageHeader(name)) {
        candidates.push_back({i, std::move(*writer), false, 0, std::nullopt, true});
        continue;
      }
      // "**[Host]**", "**[Guest: Priya Raman]**": a note-taker's marker of
      // who speaks from here, set into a pasted transcript wherever the
      // voice changes, blank line or not.
      if (std::optional<std::string> marked = SpeakerMarker(name);
          marked && i + 1 < lines_.size()) {
        const std::string_view below = Trim(lines_[i + 1].text);
        if (!below.empty() && !MatchHeading(below)) {
          const bool clock = IsBareClockLine(below);
          candidates.push_back({i, std::move(*marked), clock, 0, std::nullopt, true});
          continue;
        }
      }
      // A name heads what follows a blank line, a heading or an HTML tag
      // ("<summary>Click to expand</summary>" above a folded transcript).
      // The clock a podcast app shows above some names counts as such a
      // break too ("0:41", then "Omar", then his words).
      if (i > first_body_line && !Trim(lines_[i - 1].text).empty() &&
          !MatchHeading(lines_[i - 1].text) && !Trim(lines_[i - 1].text).starts_with('<') &&
          !IsBareClockLine(Trim(lines_[i - 1].text))) {
        continue;
      }
      if (i + 1 >= lines_.size()) continue;
      const std::string_view below = Trim(lines_[i + 1].text);
      if (below.empty() || MatchHeading(below)) continue;
      const bool clock_below = IsBareClockLine(below);
      if (clock_below && (i + 2 >= lines_.size() || Trim(lines_[i + 2].text).empty())) continue;
      // "Sarah Chen (00:01:23)", "发言人1 00:02:15" alone above the words (a
      // podcast app's or a speech-to-text tool's transcript): the name heads
      // the turn and the clock after it is the turn's start.
      if (std::optional<std::pair<std::string, TimeRange>> timed = TimedNameLine(name);
          timed && !clock_below) {
        candidates.push_back({i, std::move(timed->first), false, 0, timed->second});
        continue;
      }
      // "**Ada Lovelace**" alone above the words, as a highlight tool writes
      // a transcript: a person's name in bold (two or three capitalised
      // words, a diarizer's "Speaker 1", or a name the metadata lists). A
      // bold label of a template ("**个人感受**") is none of these.
      if (const std::optional<BoldLine> bold = BoldOnlyLine(name); bold && !bold->colon) {
        const std::string_view person = bold->text;
        if (!IsPlausibleName(person) || LooksLikeFieldLabel(person)) continue;
        if (!IsGenericSpeaker(person) && !known_speakers_.contains(std::string(person)) &&
            !(IsCapitalisedLatinName(person) && person.find(' ') != std::string_view::npos)) {
          continue;
        }
        candidates.push_back({i, std::string(person), clock_below, 0});
        continue;
      }
      if (!IsPlausibleName(name) || LooksLikeFieldLabel(name)) continue;
      // A first name the opening introduced, or a role, alone above words.
      if (!clock_below && (introduced.contains(std::string(name)) || IsGenericSpeaker(name))) {
        candidates.push_back({i, std::string(name), false, 0});
        continue;
      }
      if (!clock_below && !IsUpperCaseLatinName(name)) continue;
      // Above a clock, only what reads as a person: "Jane Doe", "Speaker 1",
      // "张三"; a copied transcript's short line ("Yeah", "So today") is not.
      if (clock_below && !ReadsAsPersonName(name)) continue;
      candidates.push_back({i, std::string(name), clock_below, 0});
    }
    // Each kind of name line stands on its own: names with a clock after
    // them, or bracketed markers, do not make a lone capitalised line
    // ("SPEAKERS") a name.
    const auto enough = [](const std::vector<const Candidate*>& kind) {
      std::unordered_map<std::string_view, int> seen;
      for (const Candidate* c : kind) ++seen[c->name];
      int recurring = 0;
      for (const auto& [name, count] : seen) recurring += count >= 2;
      return recurring >= 1 && seen.size() >= 2 && kind.size() >= 3;
    };
    std::vector<const Candidate*> timed;
    std::vector<const Candidate*> markers;
    std::vector<const Candidate*> other;
    for (const Candidate& c : candidates) {
      (c.marker ? markers : c.moment ? timed : other).push_back(&c);
    }
    std::vector<const Candidate*> accepted;
    for (const std::vector<const Candidate*>* kind : {&timed, &other}) {
      if (enough(*kind)) accepted.insert(accepted.end(), kind->begin(), kind->end());
    }
    // A bracketed marker says outright that it names a voice: two of them
    // are enough.
    if (markers.size() >= 2) accepted.insert(accepted.end(), markers.begin(), markers.end());
    for (const Candidate* candidate : accepted) {
      const Candidate& c = *candidate;
      name_lines_[lines_[c.index].number] = c.name;
      if (c.rest > 0) name_line_rest_[lines_[c.index].number] = c.rest;
      if (c.clock_below) clock_lines_below_name_.insert(lines_[c.index + 1].number);
      if (c.moment) name_line_moment_[lines_[c.index].number] = *c.moment;
    }
  }

  // "说明：发言人1 是主播王逸帆，发言人2 是何嘉言": the line that says who a
  // speech-to-text tool's numbered speakers are. Two pairs on one line make
  // it a key (a turn "发言人1：…" holds one label at most), or one whose name
  // the front matter lists. The line is no claim; the numbered turns are
  // the named people's.
  void ReadSpeakerKey(std::size_t first_body_line) {
    // Each line's pairs are found once: a line is asked again as the
    // neighbour of the lines above and below it.
    std::vector<std::vector<internal::SpeakerKeyPair>> pairs_on(lines_.size());
    for (std::size_t i = first_body_line; i < lines_.size(); ++i) {
      pairs_on[i] = internal::FindSpeakerKeyPairs(lines_[i].text);
      std::erase_if(pairs_on[i], [](const internal::SpeakerKeyPair& pair) {
        // "Ruby 沈若冰": the Chinese name after the English one reads as one.
        const std::size_t space = pair.name.rfind(' ');
        const std::string_view last = space == std::string::npos
                                          ? std::string_view()
                                          : std::string_view(pair.name).substr(space + 1);
        return IsGenericSpeaker(pair.name) || !(ReadsAsPersonName(pair.name) ||
                                                (!last.empty() && ReadsAsPersonName(last) &&
                                                 static_cast<unsigned char>(last.front()) >= 0x80));
      });
    }
    // A key laid out one pair a line ("- SPEAKER_00 = 林薇（主持人）" and the
    // next line another): a neighbour with a pair of its own makes it one.
    // Not with colons: "说话人1：大家好" over "说话人2：你好" are turns.
    auto one_pair = [&](std::size_t i) {
      return i < pairs_on.size() && pairs_on[i].size() == 1 && !pairs_on[i].front().colon;
    };
    for (std::size_t i = first_body_line; i < lines_.size(); ++i) {
      std::vector<internal::SpeakerKeyPair>& pairs = pairs_on[i];
      const bool listed = one_pair(i) && (one_pair(i - 1) || one_pair(i + 1));
      // One pair joined by a word ("自注：Speaker 2 是 Ruby 沈若冰") keys a
      // label that heads turns of this file.
      const bool heads_turns =
          pairs.size() == 1 && !pairs.front().colon && LabelsTurns(pairs.front().label);
      if (pairs.empty() || (pairs.size() < 2 && !listed && !heads_turns &&
                            !known_speakers_.contains(pairs.front().name))) {
        continue;
      }
      std::string said;
      for (internal::SpeakerKeyPair& pair : pairs) {
        said += (said.empty() ? "" : ", ") + pair.label + " = " + pair.name;
        episode_.person_labels.push_back(pair.label);
        speaker_key_.emplace(SpeakerKeyForm(pair.label), std::move(pair.name));
      }
      // A key among other words ("📝 My note: Speaker 2 就是杜若，Snipd 没认出来")
      // is still the note taker's line; a key line is nothing else.
      if (!heads_turns || listed) speaker_key_lines_.insert(lines_[i].number);
      episode_.report.notes.push_back("line " + std::to_string(lines_[i].number) +
                                      ": numbered speakers named: " + said);
    }
  }

  // Who a turn label is, in the digest's own words: a summary or a cover
  // that writes the person's name beside the label in brackets ("本次圆桌由
  // 韩启明（Kevin-产品）主持", "苏棠（说话人2）", "发言人1（周牧川）"), and a
  // nickname (老周, 小林, 白哥, 陈老师) whose surname starts exactly one full
  // name the digest gives. Such a label's turns, and quotes attributed to
  // it, are that person's (as a speaker key's are). A label two names claim
  // is left as it is.
  void ReadAliasEvidence(std::size_t first_body_line) {
    // The labels, and among them those a name could resolve: a label that
    // already names someone in full, or that a key resolved, needs none.
    std::unordered_set<std::string> all_labels;
    auto add_label = [&](const std::string& name) {
      if (!name.empty() && !LooksLikeFieldLabel(name) && !IsEditorMarker(name)) {
        all_labels.insert(name);
      }
    };
    for (const auto& [name, count] : label_counts_) add_label(name);
    for (const auto& [line, name] : name_lines_) add_label(name);
    for (const auto& [name, count] : bullet_label_counts_) add_label(name);
    for (const auto& [name, count] : timed_item_labels_) add_label(name);
    std::vector<std::string> labels;
    for (const std::string& label : all_labels) {
      if (!IsFullName(label) && !speaker_key_.contains(SpeakerKeyForm(label))) {
        labels.push_back(label);
      }
    }
    if (labels.empty()) return;
    const auto is_label = [&](std::string_view text) {
      return std::find(labels.begin(), labels.end(), text) != labels.end();
    };
    std::unordered_map<std::string, std::string> alias;  // Label → name; "" when disputed.
    auto claim = [&](const std::string& label, std::string_view name) {
      if (name.empty() || name == label || !ReadsAsLonePerson(name) || IsGenericSpeaker(name) ||
          speaker_key_.contains(SpeakerKeyForm(label)) || IsFullName(label)) {
        return;
      }
      // Chinese characters read as a name only after a family name: "Agent
      // 构建（Christina）" names no one 构建.
      if (static_cast<unsigned char>(name.front()) >= 0x80 &&
          !internal::LeadingChineseSurname(name) && !NicknameSurname(name)) {
        return;
      }
      const auto [it, added] = alias.emplace(label, std::string(name));
      if (!added && it->second != name) it->second.clear();
    };
    for (std::size_t i = first_body_line; i < lines_.size(); ++i) {
      // Most lines name no label at all: they are let go before their
      // inline marks are stripped.
      const std::string_view raw = lines_[i].text;
      if (std::none_of(labels.begin(), labels.end(), [&](const std::string& label) {
            return raw.find(label) != std::string_view::npos;
          })) {
        continue;
      }
      const std::string plain = StripInline(raw);
      const std::string_view line = plain;
      const auto next_open = [&](std::size_t from) {
        return std::min(line.find(kFullOpen, from), line.find('(', from));
      };
      for (std::size_t open = next_open(0); open != std::string_view::npos;
           open = next_open(open + 1)) {
        const bool full = line.substr(open).starts_with(kFullOpen);
        const std::size_t open_len = full ? kFullOpen.size() : 1;
        // Either close ends either open ("发言人1（周牧川)": typed with two
        // keyboards); a bracket left open names no one, and the brackets
        // after it are still read.
        const std::size_t end =
            std::min(line.find(kFullClose, open + open_len), line.find(')', open + open_len));
        if (end == std::string_view::npos) continue;
        if (next_open(open + open_len) < end) continue;
        std::string_view inside = Trim(line.substr(open + open_len, end - open - open_len));
        // "Leo（刘力扬，某创业公司 CEO）": the name, then who the person is.
        inside = NoteLead(inside);
        const std::string_view before = Trim(line.substr(0, open));
        // "韩启明（Kevin-产品）": the name right before the label.
        if (is_label(inside)) claim(std::string(inside), NameBefore(before));
        // "发言人1（周牧川）": the label right before the name (which may label
        // turns of its own too).
        for (const std::string& label : labels) {
          if (!before.ends_with(label)) continue;
          const std::string_view ahead = before.substr(0, before.size() - label.size());
          if (ahead.empty() || IsNameBoundary(ahead)) claim(label, inside);
        }
        open = end;
      }
      // "Tina 就是唐语桐", "阿澄 = 主持人林澄": a label said to be a person.
      for (const std::string& label : labels) {
        if (std::optional<std::string> name = internal::FindNameForLabel(line, label)) {
          claim(label, *name);
        }
      }
    }
    // A label said to be a nickname ("主持人（小周）") is whoever the digest
    // says the nickname is ("小周就是周以恒").
    for (auto& [label, name] : alias) {
      if (name.empty() || !NicknameSurname(name)) continue;
      for (std::size_t i = first_body_line; i < lines_.size(); ++i) {
        if (lines_[i].text.find(name) == std::string_view::npos) continue;
        if (std::optional<std::string> full =
                internal::FindNameForLabel(StripInline(lines_[i].text), name);
            full && internal::LeadingChineseSurname(*full) && !NicknameSurname(*full)) {
          name = std::move(*full);
          break;
        }
      }
    }
    // Full names the digest gives, for nicknames to point at.
    std::unordered_set<std::string> full_names(known_speakers_.begin(), known_speakers_.end());
    for (const auto& [label, name] : alias) {
      if (!name.empty() && !NicknameSurname(name)) full_names.insert(name);
    }
    for (const std::string& label : all_labels) {
      if (CountCodePoints(label) == 3 && ReadsAsPersonName(label)) full_names.insert(label);
    }
    // A nickname (老周, as a label or as what a label was said to be) is the
    // one full name with its family name.
    const auto full_name_of = [&](std::string_view nickname) -> std::optional<std::string> {
      const std::optional<std::string_view> surname = NicknameSurname(nickname);
      if (!surname) return std::nullopt;
      std::optional<std::string> only;
      for (const std::string& name : full_names) {
        if (CountCodePoints(name) >= 2 && CountCodePoints(name) <= 3 &&
            name.starts_with(*surname) && name != nickname) {
          if (only) return std::nullopt;
          only = name;
        }
      }
      return only;
    };
    for (auto& [label, name] : alias) {
      if (name.empty() || !NicknameSurname(name)) continue;
      if (std::optional<std::string> full = full_name_of(name)) name = std::move(*full);
    }
    for (const std::string& label : labels) {
      if (alias.contains(label)) continue;
      if (std::optional<std::string> full = full_name_of(label)) claim(label, *full);
    }
    for (const auto& [label, name] : alias) {
      if (name.empty()) continue;
      speaker_key_.emplace(SpeakerKeyForm(label), name);
      episode_.person_labels.push_back(label);
      episode_.report.notes.push_back("speaker label " + label + " is " + name +
                                      ", as the digest says");
    }
  }

  // What a bracket beside a name says first, before a comma or 、 goes on to
  // who the person is: "刘力扬" of "刘力扬，某创业公司 CEO".
  static std::string_view NoteLead(std::string_view note) {
    for (std::string_view comma : {"\xEF\xBC\x8C", ",", "\xE3\x80\x81"}) {  // ， , 、
      if (const std::size_t at = note.find(comma); at != std::string_view::npos) {
        note = note.substr(0, at);
      }
    }
    return Trim(note);
  }

  // A label that already names a person in full ("Zhang Wei", "林知夏"): the
  // name beside it in brackets is the same person in another script.
  static bool IsFullName(std::string_view label) {
    return !NicknameSurname(label) && ReadsAsFullName(label);
  }

  // The full name a cover's bracket gives for a label that is not one
  // ("阿鸣" with "周鸣远", "Yuki" with "韩雪奕，某云厂商推理平台负责人"): the
  // note's first part, when it reads as a full name. None for a role
  // ("某大厂研究员"), a generic label (主持人) or a label already in full.
  std::optional<std::string> FullNameInNote(std::string_view label, std::string_view note) const {
    // A nickname: one capitalised word ("Yuki", "Leo") or Chinese that is
    // not a full name (阿鸣, 老K). "Ilse Marchetti (Ostrava Centre)" is a full
    // name with an affiliation that reads like one.
    const bool latin = !label.empty() && static_cast<unsigned char>(label.front()) < 0x80;
    if (note.empty() || label.empty() || IsFullName(label) || IsGenericSpeaker(label) ||
        speaker_key_.contains(SpeakerKeyForm(label)) || (latin && !IsOneCapitalisedWord(label))) {
      return std::nullopt;
    }
    note = NoteLead(note);
    if (!IsFullName(note)) return std::nullopt;
    return std::string(note);
  }

  // Whether the text before a name ends where a name may start: nothing, a
  // space or punctuation, or a word that introduces a person (由, 与, 是,
  // 主持人, …).
  static bool IsNameBoundary(std::string_view before) {
    if (before.empty()) return true;
    const unsigned char last = static_cast<unsigned char>(before.back());
    if (last < 0x80)
      return !internal::IsAsciiAlpha(static_cast<char>(last)) && !(last >= '0' && last <= '9');
    static constexpr std::array<std::string_view, 25> kLeads = {
        "由", "与", "和", "及", "跟", "同", "是", "为", "请", "邀", "的", "了", "对",
        "向", "被", "把", "让", "给", "人", "者", "师", "长", "宾", "播", "持"};
    for (std::string_view lead : kLeads) {
      if (before.ends_with(lead)) return true;
    }
    // Other punctuation: CJK marks (。「」), full-width forms (：；｜).
    if (before.size() < 3) return false;
    const auto byte = [&](std::size_t back) {
      return static_cast<unsigned char>(before[before.size() - back]);
    };
    return (byte(3) == 0xE3 && byte(2) == 0x80) ||
           (byte(3) == 0xEF && (byte(2) == 0xBC || byte(2) == 0xBD));
  }

  // The person's name that ends `before`: two or three capitalised words
  // ("… with Marcus Hale"), or the Chinese characters after the last word
  // that may precede a name ("本次圆桌由韩启明" → 韩启明). Empty when none.
  static std::string_view NameBefore(std::string_view before) {
    before = Trim(before);
    if (before.empty()) return {};
    if (static_cast<unsigned char>(before.back()) < 0x80) {
      std::size_t start = before.size();
      int words = 0;
      while (start > 0 && words < 3) {
        std::size_t word = start;
        while (word > 0 && before[word - 1] != ' ') --word;
        const std::string_view w = before.substr(word, start - word);
        if (w.empty() || w.front() < 'A' || w.front() > 'Z') break;
        ++words;
        start = word;
        while (start > 0 && before[start - 1] == ' ') --start;
      }
      return words >= 2 ? Trim(before.substr(start)) : std::string_view();
    }
    // Up to four Chinese characters back, to the first place a name may start.
    std::size_t start = before.size();
    for (int chars = 0; chars < 4 && start > 0; ++chars) {
      std::size_t prev = start - 1;
      while (prev > 0 && (static_cast<unsigned char>(before[prev]) & 0xC0) == 0x80) --prev;
      if (static_cast<unsigned char>(before[prev]) < 0x80) break;
      if (chars >= 2 && IsNameBoundary(before.substr(0, start))) break;
      start = prev;
    }
    if (start > 0 && !IsNameBoundary(before.substr(0, start))) return {};
    return before.substr(start);
  }

  // The surname a nickname is made of: 老周, 小林, 白哥, 陈姐, 王总, 陈老师.
  static std::optional<std::string_view> NicknameSurname(std::string_view label) {
    constexpr std::size_t kChar = 3;  // One Chinese character in UTF-8.
    if (label.size() < 2 * kChar || static_cast<unsigned char>(label.front()) < 0x80) {
      return std::nullopt;
    }
    std::string_view surname;
    if (label.size() == 2 * kChar && (label.starts_with("老") || label.starts_with("小"))) {
      surname = label.substr(kChar);
    }
    for (std::string_view title : {"哥", "姐", "总", "老师"}) {
      if (label.size() == kChar + title.size() && label.ends_with(title)) {
        surname = label.substr(0, kChar);
      }
    }
    if (surname.empty() || internal::LeadingChineseSurname(surname) != surname) return std::nullopt;
    return surname;
  }

  // Whether `label` opens turns in this file, before a colon or alone on a
  // line above the words (as the key compares labels).
  bool LabelsTurns(std::string_view label) const {
    const std::string form = SpeakerKeyForm(label);
    const auto same = [&](const std::string& name) { return SpeakerKeyForm(name) == form; };
    return std::any_of(label_counts_.begin(), label_counts_.end(),
                       [&](const auto& entry) { return same(entry.first); }) ||
           std::any_of(name_lines_.begin(), name_lines_.end(),
                       [&](const auto& entry) { return same(entry.second); });
  }

  // A numbered label as the key compares it: "Speaker 1", "SPEAKER_1" and
  // "speaker1" alike.
  static std::string SpeakerKeyForm(std::string_view label) {
    std::string form;
    for (char c : label) {
      if (c == ' ' || c == '_') continue;
      form += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return form;
  }

  // "**[Host]**" → "Host", "**[Guest: Priya Raman]**" → "Priya Raman": a
  // bold, bracketed name or role alone on a line, a role's name after a
  // colon. nullopt for anything else.
  static std::optional<std::string> SpeakerMarker(std::string_view line) {
    const std::optional<BoldLine> bold = BoldOnlyLine(line);
    if (!bold || bold->colon) return std::nullopt;
    std::string_view inner = Trim(bold->text);
    if (!inner.starts_with('[') || !inner.ends_with(']')) return std::nullopt;
    inner = Trim(inner.substr(1, inner.size() - 2));
    std::size_t colon_len = 1;
    std::size_t colon = inner.find(':');
    if (const std::size_t full = inner.find(kFullColon); full < colon) {
      colon = full;
      colon_len = kFullColon.size();
    }
    if (colon != std::string_view::npos) {
      const std::string_view role = Trim(inner.substr(0, colon));
      const std::string_view named = Trim(inner.substr(colon + colon_len));
      if (!IsGenericSpeaker(role) || !ReadsAsPersonName(named)) return std::nullopt;
      return std::string(named);
    }
    if (!IsGenericSpeaker(inner) && !ReadsAsPersonName(inner)) return std::nullopt;
    return std::string(inner);
  }

  // A line that is a person's name and then a clock, and nothing else:
  // "Sarah Chen (00:01:23)", "发言人1 00:02:15", "**Ada** · 01:02". The name
  // and the moment; nullopt for anything else (a chapter "02:15 开场" puts
  // its clock first).
  static std::optional<std::pair<std::string, TimeRange>> TimedNameLine(std::string_view line) {
    std::string_view before;
    TimeRange moment;
    const std::vector<internal::InlineStamp> stamps = internal::FindInlineStamps(line);
    if (stamps.size() == 1 && stamps.front().begin > 0 && stamps.front().end == line.size()) {
      before = line.substr(0, stamps.front().begin);
      moment = stamps.front().range;
    } else if (stamps.size() == 1 && stamps.front().begin == 0 &&
               stamps.front().end < line.size()) {
      // The clock first: "[00:41] 张伟", "00:41 Sam Lee" alone above the words.
      before = line.substr(stamps.front().end);
      moment = stamps.front().range;
    } else if (stamps.empty()) {
      // A bare clock after the name, which FindInlineStamps reads only at
      // the start of a line: a turn's "Name 00:05 words" with no words.
      const std::optional<Label> named = NameThenClock(line);
      if (!named || !named->rest.empty() || !named->range) return std::nullopt;
      if (!ReadsAsLonePerson(named->name)) return std::nullopt;
      return std::make_pair(named->name, *named->range);
    } else {
      return std::nullopt;
    }
    const std::string plain = StripInline(before);
    const std::string_view name = TrimNameSeparators(plain);
    // One capitalised word ("Echo [00:00:04]", a first name as Descript
    // writes it) counts too: the clock beside it says it heads a turn, and
    // the names must still take turns (FindNameLines) to be believed.
    if (!ReadsAsLonePerson(name) && !IsOneCapitalisedWord(name)) return std::nullopt;
    return std::make_pair(std::string(name), moment);
  }

  // "Echo", "Leo": one word, a capital and small letters.
  static bool IsOneCapitalisedWord(std::string_view name) {
    return name.size() >= 2 && name.front() >= 'A' && name.front() <= 'Z' &&
           std::all_of(name.begin() + 1, name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }

  // "00:05", "1:02:03", "[00:06:30](https://…?t=390)": a line that is one
  // clock, bare or linked, and nothing else.
  static bool IsBareClockLine(std::string_view text) {
    const std::vector<internal::InlineStamp> stamps = internal::FindInlineStamps(text);
    return stamps.size() == 1 && stamps.front().begin == 0 && stamps.front().end == text.size() &&
           ((text.front() >= '0' && text.front() <= '9') ||
            (text.front() == '[' && !stamps.front().link.empty()));
  }

  void AddListedSpeaker(std::string name) {
    if (name.empty()) return;
    known_speakers_.insert(name);
    episode_.listed_speakers.push_back(std::move(name));
  }

  void Report(MetaKey key, std::string_view value, const std::string& origin) {
    episode_.report.fields.push_back(
        {internal::MetaKeyName(key), std::string(value), origin});
  }

  Status ApplyMeta(MetaKey key, std::string_view value, int line, const std::string& origin) {
    value = Trim(value);
    if (value.empty()) return {};
    switch (key) {
      case MetaKey::kTitle:
        if (episode_.title.empty()) {
          episode_.title = StripInline(Unquote(value));
          Report(key, episode_.title, origin);
        }
        break;
      case MetaKey::kUrl:
        if (episode_.url.empty()) {
          std::string url = ExtractUrl(value);
          if (!url.starts_with("http://") && !url.starts_with("https://")) break;
          episode_.url = std::move(url);
          Report(key, episode_.url, origin);
        }
        break;
      case MetaKey::kVideoId:
        if (episode_.video_id.empty()) {
          episode_.video_id = Unquote(value);
          Report(key, episode_.video_id, origin);
        }
        break;
      case MetaKey::kDate:
        if (episode_.date.empty()) {
          episode_.date = NormalizeDate(value);
          if (!episode_.date.empty()) Report(key, episode_.date, origin);
        }
        break;
      case MetaKey::kDuration:
      case MetaKey::kDurationMs: {
        if (episode_.duration_s >= 0) break;
        const std::string number = Unquote(value);
        if (!number.empty() &&
            number.find_first_not_of("0123456789") == std::string::npos && number.size() < 12) {
          const long long n = std::stoll(number);
          episode_.duration_s = static_cast<int>(key == MetaKey::kDurationMs ? n / 1000 : n);
        } else if (const std::optional<int> words = internal::ParseDurationWords(number)) {
          episode_.duration_s = *words;  // "58 分钟", "1 hour 12 minutes".
        } else {
          Result<std::optional<int>> seconds = internal::ParseClockValue(number);
          if (!seconds) return WithPlace(seconds.error(), path_, line);
          if (*seconds) episode_.duration_s = **seconds;
        }
        if (episode_.duration_s >= 0) Report(key, FormatSeconds(episode_.duration_s), origin);
        break;
      }
      case MetaKey::kSpeakers:
      case MetaKey::kHosts: {
        std::string names;
        for (std::string name : SplitList(value)) {
          // "王小明（某大厂研究员）" is 王小明, as his turns are labelled, and
          // "Dr. Ravi Menon" Ravi Menon.
          std::string note;
          if (Label bare; SplitNameNote(name, bare).value_or(false) && !bare.note.empty()) {
            name = std::move(bare.name);
            note = std::move(bare.note);
          }
          for (std::string_view title : {"Dr. ", "Prof. ", "Mr. ", "Ms. ", "Mrs. "}) {
            if (name.starts_with(title) && name.size() > title.size() + 1) {
              name = name.substr(title.size());
              break;
            }
          }
          // "阿鸣（周鸣远）", "Yuki（韩雪奕，某云厂商推理平台负责人）": a
          // nickname, then the person's full name; the turns labelled with
          // the nickname are that person's.
          if (std::optional<std::string> full = FullNameInNote(name, note)) {
            speaker_key_.emplace(SpeakerKeyForm(name), *full);
            episode_.person_labels.push_back(name);
            episode_.report.notes.push_back("speaker label " + name + " is " + *full +
                                            ", as the cover says");
          }
          // The person is listed by the name the digest resolves the label
          // to; the label still reads as a known speaker's.
          if (const auto keyed = speaker_key_.find(SpeakerKeyForm(name));
              keyed != speaker_key_.end()) {
            known_speakers_.insert(name);
            name = keyed->second;
          }
          if (key == MetaKey::kHosts &&
              std::find(episode_.hosts.begin(), episode_.hosts.end(), name) ==
                  episode_.hosts.end()) {
            episode_.hosts.push_back(name);
          }
          if (std::find(episode_.listed_speakers.begin(), episode_.listed_speakers.end(), name) !=
              episode_.listed_speakers.end())
            continue;
          names += names.empty() ? name : ", " + name;
          AddListedSpeaker(name);
        }
        if (!names.empty()) Report(key, names, origin);
        break;
      }
      case MetaKey::kShow:
        if (episode_.show.empty()) {
          episode_.show = StripInline(Unquote(value));
          Report(key, episode_.show, origin);
        }
        break;
      case MetaKey::kAuthor:
        if (episode_.author.empty()) {
          episode_.author = StripInline(Unquote(value));
          Report(key, episode_.author, origin);
        }
        break;
      case MetaKey::kProperty:  // Not the episode's: ReadCoverLine skips the line.
      case MetaKey::kNone:
        break;
    }
    return {};
  }

  // A value on a line that is the cover's whatever it holds (a row of
  // fields, an outliner property): one that cannot be read ("时长：25:99") is
  // left out and the report says why; the other fields of the line stand.
  void ApplyMetaOrNote(MetaKey key, std::string_view value, int line, const std::string& origin) {
    if (Status s = ApplyMeta(key, value, line, origin); !s) {
      episode_.report.notes.push_back(s.error().ToString() + " (" + origin + ", left out)");
    }
  }

  Status ParseLine(const Line& line) {
    const std::string_view text = line.text;
    if (IsFence(text)) {
      // Code is neither a claim nor structure: fenced lines are skipped whole.
      if (!in_fence_) episode_.report.skipped.push_back({line.number, "code block"});
      in_fence_ = !in_fence_;
      return {};
    }
    if (in_fence_) return {};
    // A table ends at the first line that is no row of it.
    if (text.find('|') == std::string_view::npos) table_header_.clear();
    if (ReadHtmlBlockLine(line)) return {};
    if (Trim(text).empty()) {
      callout_speaker_.clear();  // A blank line ends a blockquote.
      callout_moment_.reset();
      cue_moment_.reset();  // And a subtitle cue.
      // And a chapter list that has begun.
      if (chapter_block_ && !episode_.sections.empty() && !episode_.sections.back().turns.empty() &&
          !episode_.sections.back().turns.back().paragraphs.empty() &&
          episode_.sections.back().turns.back().paragraphs.back().line > chapter_marker_line_) {
        chapter_block_ = false;
      }
      return {};
    }
    if (block_speakers_) StartOutlinerBlock(line);
    if (std::optional<Heading> heading = MatchHeading(text))
      return StartSection(*heading, line.number);
    if (std::optional<Heading> toggle = ToggleTitle(line))
      return StartSection(*toggle, line.number);
    if (std::optional<Heading> named = NamedSectionLine(line))
      return StartSection(*named, line.number);
    if (std::optional<Heading> timed = TimedBoldHeading(line)) {
      timed_bold_heading_level_ = timed->level;
      timed_bold_heading_word_ = std::string(FirstWord(timed->text));
      return StartSection(*timed, line.number);
    }
    if (speaker_key_lines_.contains(line.number)) {
      episode_.report.skipped.push_back({line.number, "key to the numbered speakers"});
      return {};
    }
    if (IsChapterListMarker(text)) {
      // "时间轴" alone above "02:15 开场：两位嘉宾的 2025": the lines up to the
      // next blank line are chapters, the editor's, whatever colon they hold.
      chapter_block_ = true;
      chapter_marker_line_ = line.number;
      // The list is the editor's even after someone's turn.
      if (!episode_.sections.empty() && !episode_.sections.back().turns.empty() &&
          !episode_.sections.back().turns.back().speaker.empty()) {
        Turn chapters;
        chapters.line = line.number;
        episode_.sections.back().turns.push_back(std::move(chapters));
        resume_.reset();
      }
      episode_.report.skipped.push_back({line.number, "chapter list marker"});
      return {};
    }

    // "听完这期我连夜把编程助手换成 Opus 4.5 了😭｜AI播客笔记🎧": a note app's
    // title, written as the file's first line without a heading mark. It is
    // the title, and the cover fields below it are still the cover's.
    if (sections_open_ == 0 && episode_.title.empty() && IsTitleLine(line)) {
      episode_.title = StripInline(Trim(text));
      episode_.report.skipped.push_back({line.number, "title line"});
      return {};
    }
    if (sections_open_ == 0) StartPreamble(line.number);
    Section& section = episode_.sections.back();

    if (IsSeparator(text)) {
      cover_block_ = false;
      if (section.kind == SectionKind::kFullText && NextLineNamesEditorBlock(line)) {
        StartEditorSection(line.number);
      }
      return {};
    }
    // A Markdown table: its rows are the editor's claims ("| GPT-5.1 |
    // SWE-bench Verified | 76.3% |" states a score), but the header row
    // only names the columns and the delimiter row says nothing.
    if (IsTableDelimiterRow(text)) return {};
    if (text.find('|') != std::string_view::npos && IsTableDelimiterRow(next_text_)) {
      episode_.report.skipped.push_back({line.number, "table header"});
      table_header_.clear();
      // A transcript table's rows were rewritten as turns before this pass.
      const std::vector<std::string_view> header = TableCells(text);
      if (!ClassifyTranscriptColumns(header).IsTranscript()) {
        for (std::string_view cell : header) table_header_.push_back(StripInline(cell));
      }
      return {};
    }
    // "| 日期 | 2026 年 12 月 3 日 |": before the content, a two-cell row whose
    // first cell is a cover key is the cover, laid out as a table.
    if (!content_seen_ && ReadCoverTableRow(text, line.number)) return {};
    // A row under a header: its cells with their columns' names.
    if (!table_header_.empty() && text.find('|') != std::string_view::npos) {
      TableRow row = ReadTableRow(table_header_, TableCells(text));
      if (row.text.empty()) return {};
      AddParagraph(row.text, line.number, false, 0, internal::FindInlineStamps(row.text));
      Paragraph& added = episode_.sections.back().turns.back().paragraphs.back();
      if (added.plain == row.text) added.context_spans = std::move(row.header_spans);
      return {};
    }

    if (ReadHighlightTranscript(text, line.number)) return {};

    // A name on its own line heads the turn below it (FindNameLines); the
    // clock under it is the turn's start.
    // Only where labels open turns: a section the digest names (its summary,
    // say) keeps such lines as its own text.
    bool labels_open_turns =
        !in_cover_ && !InChapterList() &&
        (episode_.sections.empty() || episode_.sections.back().kind == SectionKind::kFullText ||
         !section_named_);
    // A timed label the file's key names ("发言人1　00:00:05" after "发言人1 为
    // 主持人") is where the transcript starts, though no heading says so: a
    // tool that pasted its summary, chapter list and transcript without
    // headings. The summary's section ends there.
    if (const auto named = name_lines_.find(line.number);
        named != name_lines_.end() && !labels_open_turns && !in_cover_ &&
        speaker_key_.contains(SpeakerKeyForm(named->second)) &&
        (name_line_moment_.contains(line.number) ||
         clock_lines_below_name_.contains(line.number + 1))) {
      StartTranscriptSection(line.number);
      labels_open_turns = true;
    }
    if (const auto named = name_lines_.find(line.number);
        named != name_lines_.end() && labels_open_turns) {
      Label label;
      label.name = named->second;
      const std::size_t next =
          static_cast<std::size_t>(line.number);  // 0-based index of the next line.
      if (clock_lines_below_name_.contains(line.number + 1) && next < lines_.size()) {
        const std::vector<internal::InlineStamp> stamps =
            internal::FindInlineStamps(Trim(lines_[next].text));
        if (!stamps.empty()) label.range = stamps.front().range;
        // A clock under a name heads the words below it: so does every bare
        // clock after it in this section (a pasted video transcript).
        moments_head_section_ = sections_open_;
      }
      if (const auto rest = name_line_rest_.find(line.number); rest != name_line_rest_.end()) {
        label.rest = Trim(text.substr(rest->second));
      }
      if (const auto moment = name_line_moment_.find(line.number);
          moment != name_line_moment_.end()) {
        label.range = moment->second;
      }
      StartSpeakerTurn(label, line.number);
      return {};
    }
    if (clock_lines_below_name_.contains(line.number) && labels_open_turns) {
      episode_.report.skipped.push_back({line.number, "time of the turn above"});
      return {};
    }

    // "🎧 [Play snip - 1min (12:34 - 13:45)](https://…)" right under a timed
    // heading: a player's link that says which stretch the section covers.
    // It times the section and is no claim.
    if (section.turns.empty() && section.line > 0) {
      if (const std::optional<TimeRange> played = PlayLinkRange(text, line.number)) {
        if (!section.range || played->start_s == section.range->start_s) {
          section.range = played;
          open_end_sections_.erase(episode_.sections.size() - 1);
          episode_.report.skipped.push_back({line.number, "player link of the section"});
          return {};
        }
      }
    }

    // The list under "**材料信息**" is a cover inside a section: its known
    // fields are metadata and none of its lines is a claim. It ends at the
    // first line that is neither a list item nor a "**Key:** value" field.
    if (cover_block_) {
      const Bullet field = MatchBullet(text);
      if (field.bullet || IsBoldKeyLine(field.content)) {
        const bool was_cover = in_cover_;
        in_cover_ = true;
        ReadCoverLine(field.content, field.bullet, line.number);
        in_cover_ = was_cover;
        episode_.report.skipped.push_back({line.number, "cover line"});
        return {};
      }
      cover_block_ = false;
    }
    if (const std::optional<BoldLine> bold = BoldOnlyLine(text)) {
      if (ClassifyName(bold->text) == NameClass::kCover) {
        cover_block_ = true;
        episode_.report.skipped.push_back({line.number, "cover heading"});
        return {};
      }
      // With a colon ("**答：**", "**Nathan**：") it is a label, which the
      // speaker rules below read: only a colon-free line can be a template's.
      if (!bold->colon && IsTemplateLabel(bold->text)) {
        episode_.report.skipped.push_back({line.number, "template label"});
        return {};
      }
    }

    // Obsidian callouts: "> [!quote] Andrej Karpathy" heads a quotation of
    // the person named; "> [!note]" and other types head the editor's box.
    // The header line is no claim; a callout ends at the first line that is
    // not quoted or a blank line.
    if (!Trim(text).starts_with('>')) callout_speaker_.clear(), callout_moment_.reset();
    if (std::optional<CalloutHeader> header = ReadCalloutHeader(text, line.number)) {
      callout_speaker_ = std::move(header->speaker);
      callout_moment_ = header->moment;
      episode_.report.skipped.push_back({line.number, "callout header"});
      return {};
    }

    // "[^1]: OpenAI system card": a footnote names a source for a reference
    // in the text above; it is not a claim of the episode.
    if (IsFootnoteDefinition(text)) {
      episode_.report.skipped.push_back({line.number, "footnote"});
      return {};
    }

    Bullet bullet = MatchBullet(text);
    if (bullet.content.empty()) return {};
    const int depth = BulletDepth(bullet);
    // "- **06:45 数学评测**": a chapter list with the clock inside the bold
    // title (Tingwu's 章节速览). The clock goes before the bold, where a
    // leading time is read.
    std::string clock_first;
    if (bullet.content.starts_with("**") && bullet.content.size() > 3 && bullet.content[2] >= '0' &&
        bullet.content[2] <= '9') {
      const std::string_view inner = bullet.content.substr(2);
      const std::size_t space = inner.find(' ');
      if (space != std::string_view::npos && space <= 8) {
        const Result<std::optional<int>> clock = internal::ParseClockValue(inner.substr(0, space));
        if (clock && *clock) {
          clock_first = std::string(inner.substr(0, space)) + " **" +
                        std::string(Trim(inner.substr(space + 1)));
          bullet.content = clock_first;
        }
      }
    }

    // A WebVTT cue pasted as it was ("<v Priya Raman>OK, we're live.</v>",
    // Teams' and YouTube's captions): the voice tag names who speaks, the
    // rest of the markup goes.
    std::string cue_line;
    if (bullet.content.starts_with("<v ") || bullet.content.starts_with("<v.") ||
        bullet.content.find("</v>") != std::string_view::npos) {
      internal::CleanLine clean = internal::CleanCueLine(bullet.content);
      if (!clean.voice.empty() && !in_cover_) {
        // Whoever the tag names speaks, a dial-in's number too.
        Label voice;
        voice.name = std::move(clean.voice);
        voice.rest = clean.text;
        StartSpeakerTurn(voice, line.number);
        return {};
      }
      cue_line = std::move(clean.text);
      bullet.content = cue_line;
    }

    if (!in_cover_ && ReadChevronTurn(text, bullet.content, line.number)) return {};
    if (!in_cover_ && !bullet.bullet && ReadCommentLine(line)) return {};

    if (awaiting_editor_title_) {
      // The first line after "——" names the editor's block ("加粗摘选：").
      awaiting_editor_title_ = false;
      section.title = StripInline(StripTrailingColon(bullet.content));
      section.line = line.number;
      return {};
    }

    const bool header_field = bullet.bullet && IsBoldKeyLine(bullet.content);
    if (in_cover_ || !content_seen_ || (header_run_ && header_field) ||
        (episode_.sections.size() == 1 && PeopleThenMore(bullet.content))) {
      if (ReadCoverLine(bullet.content, bullet.bullet, line.number)) {
        header_run_ = header_field;
        return {};
      }
    }
    header_run_ = header_run_ && header_field;
    if (episode_.url.empty() && episode_.sections.size() == 1 && !in_cover_ &&
        ReadSourceLinkLine(bullet.content, line.number)) {
      return {};
    }

    std::vector<internal::InlineStamp> stamps = internal::FindInlineStamps(bullet.content);
    AddEpisodeLinkStamps(bullet.content, &stamps);
    // "-3:12 · name: …" in a chat replay: sent before the stream went live,
    // at no moment of the episode. The offset still opens the line.
    std::string_view label_text = bullet.content;
    bool before_live = false;
    if (label_text.size() > 2 && label_text.front() == '-' &&
        internal::IsAsciiDigit(label_text[1])) {
      const std::vector<internal::InlineStamp> offset =
          internal::FindInlineStamps(label_text.substr(1));
      if (!offset.empty() && offset.front().begin == 0 && offset.front().link.empty()) {
        before_live = true;
        const std::size_t end = 1 + offset.front().end;
        label_text = Trim(label_text.substr(end));
        std::erase_if(stamps, [&](const internal::InlineStamp& s) { return s.begin < end; });
      }
    }
    if (!bullet.bullet && ReadAttributionLine(bullet.content, stamps, line.number)) return {};
    NoteStamps(bullet.content, stamps);
    // "[00:00:07] Name: text": a leading stamp times the turn its label opens.
    std::optional<TimeRange> lead_range;
    std::string page_label;
    const bool leading = !stamps.empty() && stamps.front().begin == 0;
    if (leading) {
      lead_range = StampTime(stamps.front(), line.number);
      label_text = Trim(label_text.substr(stamps.front().end));
    }
    if (leading || before_live) {
      // "0:00 · name: text": the dot (or bar) a chat replay sets after the
      // offset, as a bullet's dot before a clock.
      label_text.remove_prefix(internal::LeadingPictographs(label_text));
      if (label_text.starts_with('|')) label_text = Trim(label_text.substr(1));
      // An outliner's "{{youtube-timestamp 95}} [[陈默]] 开场……": the page
      // linked right after the moment is who speaks.
      if (label_text.starts_with("[[")) {
        const std::size_t close = label_text.find("]]");
        if (close != std::string_view::npos && close > 2) {
          std::string_view rest = Trim(label_text.substr(close + 2));
          if (rest.starts_with(':')) rest = Trim(rest.substr(1));
          if (rest.starts_with(kFullColon)) rest = Trim(rest.substr(kFullColon.size()));
          page_label = std::string(label_text.substr(2, close - 2)) + "：" + std::string(rest);
          label_text = page_label;
        }
      }
    }

    // The editor's aside on a line of its own inside a speaker's turn: the
    // editor's, and the speaker goes on after it. Anywhere else its note word
    // is no speaker's label ("> 整理者注：…" above a transcript).
    const bool note_line = !in_cover_ && IsEditorNoteLine(label_text);
    // "（一帆插话：所以那些分数都得打个折？）" inside someone's words: the
    // person named in the brackets says that line.
    if (!in_cover_ && !note_line && !section.turns.empty() &&
        (!section.turns.back().speaker.empty() || !callout_speaker_.empty())) {
      if (std::optional<Label> aside = BracketedInterjection(label_text)) {
        const std::string quoted = std::exchange(callout_speaker_, std::string());
        const std::string speaker = aside->name;
        aside->name = "interjection";
        StartAside(*aside, speaker, line.number, bullet.bullet, depth);
        callout_speaker_ = quoted;
        return {};
      }
    }
    if (!in_cover_ && !section.turns.empty() &&
        (!section.turns.back().speaker.empty() || resume_) &&
        (note_line || IsOutlinerAnnotation(label_text))) {
      Label note;
      note.name = "note";
      note.rest = label_text;
      // It remarks on the line above, so it sits at that line's moment,
      // unless it gives its own ("NB (22:15): …").
      if (const std::vector<internal::InlineStamp> own = internal::FindInlineStamps(label_text);
          !own.empty()) {
        note.range = StampTime(own.front(), line.number);
      } else if (const Paragraph* above = LastParagraph()) {
        note.range = above->range ? above->range : section.turns.back().range;
      }
      StartEditorTurn(note, line.number, bullet.bullet, depth);
      return {};
    }
    if (!in_cover_ && !note_line && (section.kind == SectionKind::kFullText || !section_named_)) {
      Result<std::optional<Label>> label = ParseLabel(label_text);
      if (!label) return WithPlace(label.error(), path_, line.number);
      // Under a chapter-list line only a bold or a listed name speaks:
      // "02:15 开场：…" is a chapter, "`00:00:45` **林一**：…" a turn.
      if (*label && InChapterList() && !(*label)->bold &&
          !known_speakers_.contains((*label)->name)) {
        label->reset();
      }
      if (*label && IsEditorMarker((*label)->name) &&
          (section.kind == SectionKind::kFullText || !section.turns.empty())) {
        StartEditorTurn(**label, line.number, bullet.bullet, depth);
        return {};
      }
      if (*label && !(*label)->range && lead_range) (*label)->range = lead_range;
      // A chat message sent before the stream went live has an offset but
      // no moment: the offset makes its label a writer's, as a clock does.
      if (*label && (bullet.bullet ? AcceptListLabel(**label, depth)
                                   : before_live || AcceptLabel(**label, section))) {
        StartSpeakerTurn(**label, line.number);
        typed_item_turn_ = bullet.bullet && depth == 0 && !(*label)->bold && (*label)->range;
        typed_item_indent_ = bullet.indent;
        return {};
      }
      // "- 陆川 (3:40) – 我们线上……": a name, a clock and a dash ("- 小北 — 总结
      // 一下：…" too, whose colon made a label of no one).
      if (bullet.bullet && !InChapterList()) {
        if (std::optional<Label> dashed = DashedTurn(label_text)) {
          if (!dashed->range) dashed->range = lead_range;
          if (AcceptListLabel(*dashed, depth)) {
            StartSpeakerTurn(*dashed, line.number);
            typed_item_turn_ = dashed->range.has_value() && depth == 0;
            typed_item_indent_ = bullet.indent;
            return {};
          }
        }
      }
    }
    if (!in_cover_ && ReadCitationLine(bullet.content, stamps, line.number)) return {};
    if (!in_cover_ && ReadCueNumber(bullet.content, line.number)) return {};
    if (!in_cover_ && !bullet.bullet && IsOutlinerProperty(Trim(bullet.content))) {
      // A block's property under it ("collapsed:: true", "id:: …"); on a page
      // that names its blocks' speakers, "speaker::" and "time::" are read.
      const std::string_view property = Trim(bullet.content);
      const std::size_t colons = property.find("::");
      if (block_speakers_ && ReadBlockProperty(property.substr(0, colons),
                                               OutlinerValue(Trim(property.substr(colons + 2))))) {
        episode_.report.skipped.push_back({line.number, "block property"});
        return {};
      }
      episode_.report.skipped.push_back({line.number, "outliner property"});
      return {};
    }
    if (!in_cover_ && ReadTranslationLine(bullet.content, stamps, line.number)) return {};
    // Notes typed live give each turn an item of its own ("- 14:20 陆川：…"): an
    // item beside them with no name ("- ⭐ 这里很关键：…") is the note taker's;
    // items under one still belong to its speaker.
    if (typed_item_turn_ && bullet.bullet && bullet.indent <= typed_item_indent_) {
      Turn notes;
      notes.line = line.number;
      section.turns.push_back(std::move(notes));
      typed_item_turn_ = false;
    }
    AddParagraph(bullet.content, line.number, bullet.bullet, depth, stamps);
    TimeListItem(bullet, stamps, line.number);
    // Transcript lines are not list items: "- 00:01:24 — 标题" is a chapter list.
    if (!lead_range || stamps.front().begin != 0 || bullet.bullet) return {};
    ++leading_stamp_lines_[episode_.sections.size() - 1];
    return {};
  }

  // "视频在这：https://www.bilibili.com/video/…", "Watch: <https://youtu.be/…>":
  // a short lead-in and a media page's address and nothing else, before the
  // first heading under the title, is the episode's source even after the
  // opening words (a forum answer links the video it talks about). True when
  // the line was that (and so is not a claim).
  bool ReadSourceLinkLine(std::string_view content, int line_number) {
    const std::string_view line = Trim(content);
    std::size_t colon = line.find(kFullColon);
    std::size_t after = colon + kFullColon.size();
    if (colon == std::string_view::npos) {
      colon = line.find(": ");
      after = colon + 1;
    }
    if (colon == std::string_view::npos || colon == 0) return false;
    const std::string lead = StripInline(line.substr(0, colon));
    if (Trim(lead).empty() || CountCodePoints(lead) > 16 ||
        lead.find("http") != std::string::npos) {
      return false;
    }
    std::string_view rest = Trim(line.substr(after));
    const std::string url = FindUrl(rest);
    if (url.empty() || !IsMediaPageUrl(url)) return false;
    // Nothing but the address: bare, in angle brackets or as a link.
    const bool whole = rest == url || rest == "<" + url + ">" ||
                       (rest.starts_with('[') && rest.ends_with("](" + url + ")"));
    if (!whole) return false;
    if (!ApplyMeta(MetaKey::kUrl, url, line_number, "source line " + std::to_string(line_number)))
      return false;
    episode_.report.skipped.push_back({line_number, "link to the episode"});
    return true;
  }

  // "Speaker: Dr. Ilse Marchetti (…) · Q&A moderated by … · video 52:10":
  // people, then more of the cover between dots. Before the first heading it
  // is the cover even after a subtitle line that counted as content.
  // Asked of every line of a file's first section once content is seen (a
  // transcript without headings is all one section), so a line with no
  // separator between parts is turned away before it is copied.
  static bool PeopleThenMore(std::string_view content) {
    if (std::none_of(std::begin(kPartSeparators), std::end(kPartSeparators),
                     [&](std::string_view mark) { return content.find(mark) != content.npos; })) {
      return false;
    }
    const std::string plain = StripInline(content);
    const auto kv = SplitKeyValue(plain);
    if (!kv) return false;
    const MetaKey key = ClassifyCoverKey(kv->first);
    return (key == MetaKey::kSpeakers || key == MetaKey::kHosts) &&
           PeopleFirst(kv->second).has_value();
  }

  // Metadata lines: "- 链接：https://…", "**Podcast:** …", "- **Published:** …",
  // in the cover or before the digest's content starts. True when the line
  // was metadata (and so is not a claim).
  bool ReadCoverLine(std::string_view content, bool bullet, int line_number) {
    // Outside a cover only the forms covers use count: "- key：value" and
    // "**Key:** value". "**Host**: hello" is a speaker's turn, not metadata.
    const std::string_view trimmed = Trim(content);
    const bool colon_in_bold = trimmed.starts_with("**") && [&] {
      const std::size_t close = trimmed.find("**", 2);
      if (close == std::string_view::npos) return false;
      const std::string_view inner = Trim(trimmed.substr(2, close - 2));
      return inner.ends_with(':') || inner.ends_with(kFullColon);
    }();
    // A line that is nothing but a media page's address, before any content
    // (a copied video description opens with it), is the episode's source.
    if (episode_.url.empty() && !bullet && episode_.sections.size() == 1 &&
        episode_.sections.back().turns.empty()) {
      std::string_view bare = trimmed;
      if (bare.starts_with('<') && bare.ends_with('>')) bare = bare.substr(1, bare.size() - 2);
      if (FindUrl(bare) == bare && IsMediaPageUrl(bare)) {
        if (Status s = ApplyMeta(MetaKey::kUrl, std::string(bare), line_number,
                                 "cover line " + std::to_string(line_number));
            !s) {
          return false;
        }
        return !in_cover_;
      }
    }
    const std::string plain = StripInline(content);
    // "AI碎碎念 第203期 录音转写（自动生成）" above "[00:00:05] 说话人1：…": a
    // transcript with no heading opens with its title on a plain line. It
    // must be the first line, short, end no sentence, and sit right above a
    // timed line.
    // A line that is itself timed, or labelled as the next one is ("Host:
    // welcome" above "00:00:09 Guest: …"), is the transcript's first turn.
    auto labelled = [](std::string_view text) {
      const std::vector<internal::InlineStamp> stamps = internal::FindInlineStamps(text);
      if (!stamps.empty() && stamps.front().begin == 0)
        text = Trim(text.substr(stamps.front().end));
      const Result<std::optional<Label>> label = ParseLabel(text);
      return label && label->has_value();
    };
    if (line_number == first_text_line_ && !bullet && !in_cover_ && episode_.title.empty() &&
        IsShortValue(plain) && !plain.empty() && !EndsSentence(plain) &&
        internal::FindInlineStamps(plain).empty() &&
        !(labelled(plain) && labelled(Trim(next_text_)))) {
      const std::vector<internal::InlineStamp> next = internal::FindInlineStamps(Trim(next_text_));
      if (!next.empty() && next.front().begin == 0) {
        episode_.title = plain;
        Report(MetaKey::kTitle, episode_.title, "first line " + std::to_string(line_number));
        episode_.report.skipped.push_back({line_number, "title line"});
        return true;
      }
    }
    if (!in_cover_ && !content_seen_ && ReadFieldRow(plain, line_number)) return true;
    if (!in_cover_ && !content_seen_ && !bullet && ReadByline(content, plain, line_number)) {
      return true;
    }
    std::optional<std::pair<std::string_view, std::string_view>> kv = SplitKeyValue(plain);
    if (!kv) return false;
    const MetaKey key = ClassifyCoverKey(kv->first);
    // An outliner's property line ("title:: …", "collapsed:: true"), Logseq's
    // page and block properties: the page's metadata when it names a field,
    // otherwise the tool's own and no claim, wherever it stands.
    if (IsOutlinerProperty(plain)) {
      if (key != MetaKey::kNone && key != MetaKey::kProperty && !content_seen_) {
        const std::string value = CoverValue(key, content, OutlinerValue(kv->second));
        if (!value.empty())
          ApplyMetaOrNote(key, value, line_number, "property " + std::to_string(line_number));
      }
      episode_.report.skipped.push_back(
          {line_number, "outliner property `" + std::string(kv->first) + "`"});
      return true;
    }
    // A plain "Source: https://…" or "Date: 2025-10-01" line says what it is
    // by its value; other plain "Key: value" lines may be a speaker's turn.
    // So does a list of people before any content ("嘉宾：王小明（研究员）").
    // A note tool's property ("Tags: #AI", "Created: …", "状态：已读") is
    // neither the episode's metadata nor a claim. Its value is short and no
    // sentence: "状态：draft。本文依据…" opens a paragraph.
    if (key == MetaKey::kProperty && IsShortValue(kv->second)) {
      episode_.report.skipped.push_back(
          {line_number, "note property `" + std::string(kv->first) + "`"});
      return true;
    }
    // "> 状态：`draft`。本文依据…逐字稿整理，尚未核听。": a status word, then
    // how the digest was made and what is left to check. Before the content
    // the whole line is the digest's note on itself, not a claim (it names
    // the recogniser it was transcribed with, "Qwen3-ASR", which the
    // episode does not discuss).
    if (key == MetaKey::kProperty && IsStatusKey(kv->first) && !content_seen_ &&
        IsShortStatusWord(kv->second)) {
      episode_.report.skipped.push_back({line_number, "status note"});
      return true;
    }
    // People first, then other parts of the cover between dots ("Speaker:
    // Dr. Ilse Marchetti (Ostrava …) · Q&A moderated by Bram de Wit · video
    // 52:10"): the people are the first part.
    std::string_view people = kv->second;
    if ((key == MetaKey::kSpeakers || key == MetaKey::kHosts) && !IsNameList(kv->second)) {
      people = PeopleFirst(kv->second).value_or(kv->second);
    }
    const bool self_evident =
        SaysWhatItIs(key, content, kv->second) ||
        ((key == MetaKey::kSpeakers || key == MetaKey::kHosts) && IsNameList(people)) ||
        // "来源：B站直播回放" before any content: the source named in words, no
        // link to keep, and no claim.
        (key == MetaKey::kUrl && !content_seen_ && IsShortValue(kv->second)) ||
        // "Title: …" before any heading and any content names the episode.
        (key == MetaKey::kTitle && sections_open_ <= 1 && episode_.title.empty() &&
         episode_.sections.size() == 1 && episode_.sections.back().turns.empty()) ||
        // "Podcast: 某节目" above "Date: 2025-11-20" (Podwise's header): a show,
        // an author or a length in a block with a line that says what it is.
        ((key == MetaKey::kShow || key == MetaKey::kAuthor || key == MetaKey::kDuration) &&
         !bullet && IsShortValue(kv->second) && NextToSelfEvidentCoverLine(line_number));
    if (!in_cover_ && !bullet && !colon_in_bold && !self_evident) return false;
    // "- 转写: WhisperX + pyannote 说话人分离（…），整理者人工校对过一遍" between
    // "- 来源: https://…" and "- 日期: 2025-12-09": before any content, how
    // the digest was made, beside a line that says what it is, is the
    // cover's however long, not a claim; so is a bold field the cover has no
    // name for whose value is a count ("**Snips:** 5" under "**Link:** …";
    // "**Sam:** Pricing will drop." there is a turn).
    const std::string_view value = Trim(kv->second);
    const bool count_value =
        IsShortValue(value) && !value.empty() && value.front() >= '0' && value.front() <= '9';
    if (!in_cover_ && !content_seen_ &&
        ((key == MetaKey::kProperty && bullet) ||
         (key == MetaKey::kNone && colon_in_bold && count_value)) &&
        NextToSelfEvidentCoverLine(line_number)) {
      episode_.report.skipped.push_back(
          {line_number, "cover field `" + std::string(kv->first) + "`"});
      return true;
    }
    const std::string origin = "cover line " + std::to_string(line_number);
    if (key != MetaKey::kNone) {
      const std::string value = CoverValue(key, content, people);
      if (!value.empty() || key != MetaKey::kUrl) {
        if (Status s = ApplyMeta(key, value, line_number, origin); !s) return false;
      }
    }
    if (in_cover_) return false;  // The cover keeps its lines (as text of an "other" section).
    if (key != MetaKey::kNone) return true;
    // "- **Main:** [title](file.md)" before any content: a header field that links.
    if (bullet && colon_in_bold && !FindUrl(content).empty()) return true;
    if (bullet && colon_in_bold && content.find("](") != std::string_view::npos) {
      episode_.report.skipped.push_back(
          {line_number, "header field `" + std::string(kv->first) + "`"});
      return true;
    }
    return false;
  }

  // "*Recap by Dana Whitfield · November 19, 2026 · [show notes](https://…)*":
  // before the content, a short line of parts between dots or bars, one of
  // them a date, is a byline: its date and link are the episode's.
  bool ReadByline(std::string_view content, std::string_view plain, int line_number) {
    constexpr std::size_t kMaxBylineBytes = 240;
    if (plain.size() > kMaxBylineBytes) return false;
    // A timed or labelled line is a turn, whatever dots it holds.
    if (!internal::FindInlineStamps(plain).empty()) return false;
    if (const Result<std::optional<Label>> label = ParseLabel(plain); label && label->has_value()) {
      return false;
    }
    const std::vector<std::string_view> parts = SplitParts(plain, /*at_dots=*/true);
    if (parts.size() < 2) return false;
    std::string date;
    for (std::string_view part : parts) {
      if (date.empty()) date = NormalizeDate(part);
    }
    if (date.empty()) return false;
    const std::string origin = "byline " + std::to_string(line_number);
    if (episode_.date.empty() && !ApplyMeta(MetaKey::kDate, date, line_number, origin)) {
      return false;
    }
    if (const std::string url = FindUrl(content);
        episode_.url.empty() && (url.starts_with("http://") || url.starts_with("https://"))) {
      if (!ApplyMeta(MetaKey::kUrl, url, line_number, origin)) return false;
    }
    episode_.report.skipped.push_back({line_number, "byline"});
    return true;
  }

  // The fields of a row with a known cover key, each with its value, in one
  // pass; parted at bars first, then also at middle dots ("Host: Marcus
  // Feld · Guest: Priya Raman", a video description's row). Fewer than two:
  // no row of fields.
  static std::vector<std::pair<MetaKey, std::string>> KnownCoverFields(std::string_view plain) {
    std::vector<std::pair<MetaKey, std::string>> known;
    for (const bool at_dots : {false, true}) {
      const std::vector<std::string_view> fields = SplitParts(plain, at_dots);
      if (fields.size() < 2) continue;
      known.clear();
      for (std::string_view field : fields) {
        const auto kv = SplitKeyValue(field);
        if (!kv) continue;
        const MetaKey key = ClassifyCoverKey(kv->first);
        if (key == MetaKey::kNone || key == MetaKey::kProperty) continue;
        known.emplace_back(key, CoverValue(key, field, kv->second));
      }
      if (known.size() >= 2) break;
    }
    return known;
  }

  // A table row of two cells, a cover key and its value: the field is read
  // as a cover line would be. True when it was one.
  bool ReadCoverTableRow(std::string_view text, int line_number) {
    std::string_view row = Trim(text);
    if (!row.starts_with('|') || !row.ends_with('|') || row.size() < 3) return false;
    row = row.substr(1, row.size() - 2);
    const std::size_t bar = row.find('|');
    if (bar == std::string_view::npos || row.find('|', bar + 1) != std::string_view::npos) {
      return false;
    }
    const std::string key_cell = StripInline(Trim(row.substr(0, bar)));
    const std::string_view value = Trim(row.substr(bar + 1));
    const MetaKey key = ClassifyCoverKey(key_cell);
    if (key == MetaKey::kNone || key == MetaKey::kProperty || value.empty()) return false;
    const std::string origin = "cover table row " + std::to_string(line_number);
    const std::string field = CoverValue(key, value, StripInline(value));
    if (field.empty() || !ApplyMeta(key, field, line_number, origin)) return false;
    episode_.report.skipped.push_back({line_number, "cover table row"});
    return true;
  }

  // "播出时间：2026-12-15 ｜ 时长：58 分钟 ｜ 主持人：韩蕾": several cover fields
  // on one line, between bars, before the content starts. Two known keys
  // make the row a cover's; each field is then read as its own cover line.
  bool ReadFieldRow(std::string_view plain, int line_number) {
    const std::vector<std::pair<MetaKey, std::string>> known = KnownCoverFields(plain);
    if (known.size() < 2) return false;
    const std::string origin = "cover line " + std::to_string(line_number);
    for (const auto& [key, value] : known) {
      if (!value.empty()) ApplyMetaOrNote(key, value, line_number, origin);
    }
    episode_.report.skipped.push_back({line_number, "cover row"});
    return true;
  }

  // "**原文定位**：[00:49:53]、[00:51:28]": a line that only cites moments times
  // the untimed points above it (back to the previous citation or heading).
  bool ReadCitationLine(std::string_view content, const std::vector<internal::InlineStamp>& stamps,
                        int line_number) {
    if (stamps.empty()) return false;
    std::string rest = StripInline(internal::RemoveStamps(content, stamps));
    // "⏱ 04:18 – 05:52 (1m 34s)": the length of the range says nothing more.
    if (IsBracketedLength(rest)) rest.clear();
    std::string_view label = StripTrailingColon(rest);
    if (CountCodePoints(label) > 12 || label.find(' ') != std::string_view::npos) return false;
    if (!label.empty() && !(rest.ends_with(":") || rest.ends_with("\xEF\xBC\x9A"))) return false;
    std::optional<TimeRange> range;
    for (const internal::InlineStamp& stamp : stamps) {
      const TimeRange t = StampTime(stamp, line_number);
      range = range ? TimeRange{std::min(range->start_s, t.start_s), std::max(range->end_s, t.end_s)}
                    : t;
    }
    Section& section = episode_.sections.back();
    // A bare moment before any point of its section ("0:00", then the words
    // on the line below, as copied video transcripts run) heads what
    // follows, and so does every bare moment after it in that section.
    const bool section_untouched = std::none_of(
        section.turns.begin(), section.turns.end(),
        [](const Turn& turn) { return !turn.paragraphs.empty(); });
    // A subtitle cue's range ("00:00:04,200 --> 00:00:09,760") always times
    // the words below it, as in the subtitle file it was pasted from.
    const bool cue = content.find("-->") != std::string_view::npos;
    // A clock right above a name line ("0:41", then "Omar", then his words,
    // a podcast app's transcript) is the moment of the turn it heads.
    const bool above_name = name_lines_.contains(line_number + 1);
    if (label.empty() &&
        (cue || above_name || section_untouched || moments_head_section_ == sections_open_)) {
      moments_head_section_ = sections_open_;
      pending_moment_ = range;
      if (cue) cue_moment_ = range;
      // A span right under a heading ("## 🎧 Snip 1 — …" over "⏱ 04:18 –
      // 05:52 (1m 34s)", a highlight app's block) is the section's own, as
      // if the heading carried it: every untimed line of it is in that span.
      if (section_untouched && !cue && !section.range && range && range->end_s > range->start_s) {
        section.range = range;
        if (section.kind == SectionKind::kOther) section.kind = SectionKind::kFullText;
      }
      citation_boundary_line_ = line_number;
      episode_.report.skipped.push_back({line_number, "moment of the point below"});
      return true;
    }
    int timed = 0;
    for (auto turn = section.turns.rbegin(); turn != section.turns.rend(); ++turn) {
      bool stop = false;
      for (auto p = turn->paragraphs.rbegin(); p != turn->paragraphs.rend(); ++p) {
        if (p->line <= citation_boundary_line_ || p->range) {
          stop = true;
          break;
        }
        p->range = range;
        ++timed;
      }
      if (stop) break;
    }
    citation_boundary_line_ = line_number;
    episode_.report.skipped.push_back(
        {line_number, "citation of moments, timing " + std::to_string(timed) + " point(s) above"});
    return true;
  }

  // An English line and a Chinese line under one timestamp ("[00:01:02] We
  // need evals." then "[00:01:02] 我们需要评测。", or the second line unstamped
  // right below the first) say one thing twice: the second is the first's
  // translation, searchable, never a second claim.
  bool ReadTranslationLine(std::string_view content,
                           const std::vector<internal::InlineStamp>& stamps, int line_number) {
    Paragraph* previous = LastParagraph();
    if (previous == nullptr || !previous->translation.empty()) return false;
    const bool same_stamp = !stamps.empty() && stamps.front().begin == 0 && previous->range &&
                            StampTime(stamps.front(), line_number).start_s ==
                                previous->range->start_s &&
                            previous->text.starts_with(std::string_view(
                                content.substr(stamps.front().begin,
                                               stamps.front().end - stamps.front().begin)));
    const bool right_below = stamps.empty() && previous->line == line_number - 1 &&
                             previous->range && previous->text.starts_with('[');
    if (!same_stamp && !right_below) return false;
    const std::string plain =
        StripInline(stamps.empty() ? std::string(content) : internal::RemoveStamps(content, stamps));
    const double mine = CjkShare(plain);
    const double theirs = CjkShare(previous->plain);
    // One side Chinese, the other Latin: a translation, not a second statement.
    if (!((mine >= 0.5 && theirs <= 0.1) || (mine <= 0.1 && theirs >= 0.5))) return false;
    previous->translation = plain;
    episode_.report.skipped.push_back(
        {line_number, "the other language of line " + std::to_string(previous->line) +
                          ", kept as its translation"});
    return true;
  }

  // The time a stamp stands for. A linked stamp whose label and link disagree
  // ("[[00:04:44]](…t=4m34s)") is read by its link: that is the moment a
  // citation of the claim will open, so claim and link agree.
  TimeRange StampTime(const internal::InlineStamp& stamp, int line_number) {
    if (stamp.link_seconds && *stamp.link_seconds != stamp.range.start_s) {
      if (!link_disagreement_noted_) {
        episode_.report.notes.push_back(
            "line " + std::to_string(line_number) + ": stamp label " +
            FormatSeconds(stamp.range.start_s) + " and its link " +
            FormatSeconds(*stamp.link_seconds) +
            " disagree; the link's time is used (here and for every such stamp)");
        link_disagreement_noted_ = true;
      }
      const int length = stamp.range.end_s - stamp.range.start_s;
      return TimeRange{*stamp.link_seconds, *stamp.link_seconds + length};
    }
    return stamp.range;
  }

  // A callout's header: whom it quotes ("" when no one) and the moment its
  // title gives.
  struct CalloutHeader {
    std::string speaker;
    std::optional<TimeRange> moment;
  };

  // "> [!quote] Name", "> [!NOTE]- Title", "> [!quote] 00:45 — 周以宁" (a
  // notes app's timed highlight): the callout's speaker when its type
  // quotes someone and its title, without a clock, is a plausible name, or
  // when the title names a person the cover lists, whatever the type
  // ("> [!question] 12:08 — 周以宁"). nullopt when the line is no callout
  // header.
  std::optional<CalloutHeader> ReadCalloutHeader(std::string_view text, int line_number) {
    std::string_view t = Trim(text);
    if (!t.starts_with('>')) return std::nullopt;
    while (t.starts_with('>')) t = Trim(t.substr(1));
    if (!t.starts_with("[!")) return std::nullopt;
    const std::size_t close = t.find(']');
    if (close == std::string_view::npos || close > 24) return std::nullopt;
    std::string type(t.substr(2, close - 2));
    for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string_view title = t.substr(close + 1);
    if (title.starts_with('+') || title.starts_with('-')) title.remove_prefix(1);
    CalloutHeader header;
    std::string name = TitleBesideClock(title, line_number, &header.moment);
    // "沈砚（转述 Karpathy）": the person quoted says it, relaying another.
    if (Label bare; SplitNameNote(name, bare).value_or(false) && !bare.note.empty()) {
      name = std::move(bare.name);
    }
    const bool quotes = type == "quote" || type == "cite";
    if ((quotes && ReadsAsLonePerson(name)) || known_speakers_.contains(name)) {
      header.speaker = name;
    }
    return header;
  }

  // A short title that may carry a clock, before or after the rest
  // ("00:45 — 周以宁", "王小明 00:03:00", "[00:12] Ada"): the rest, its
  // separators and Markdown dropped (a page link "[[郭蔓]]" reads as its
  // name), and the clock's moment in *moment.
  std::string TitleBesideClock(std::string_view title, int line_number,
                               std::optional<TimeRange>* moment) {
    std::string untimed;
    if (const std::vector<internal::InlineStamp> stamps = internal::FindInlineStamps(title);
        !stamps.empty()) {
      *moment = StampTime(stamps.front(), line_number);
      untimed = internal::RemoveStamps(title, stamps);
      title = TrimNameSeparators(untimed);
    } else if (const std::optional<BareClock> clock = BareClockAfterName(title);
               clock && Trim(title.substr(clock->end)).empty()) {
      // A bare clock ends the title ("王小明 00:03:00"); in running text a
      // trailing clock may be a result or a time of day, in a title not.
      *moment = TimeRange{clock->seconds, clock->seconds};
      title = TrimNameSeparators(title.substr(0, clock->begin));
    }
    return std::string(Trim(StripInline(Trim(title))));
  }

  // "> — Noam Brown" below the quotation it attributes: the quotation is
  // the person's (reported, as "— Name" after a quote on its line), and a
  // time the line carries times the quotation when it has none.
  // A block quote of several paragraphs ("> …", ">", "> …", ">", "> — Name")
  // is attributed as a whole: every paragraph of the quote that runs
  // unbroken up to the attribution line is the person's.
  bool ReadAttributionLine(std::string_view content,
                           const std::vector<internal::InlineStamp>& stamps, int line_number) {
    Paragraph* quote = LastParagraph();
    if (quote == nullptr || !quote->reported_speaker.empty()) return false;
    if (quote->line != line_number - 1 &&
        !(IsBlockQuote(*quote) && OnlyQuoteMarksBetween(quote->line, line_number))) {
      return false;
    }
    // The stamps go after the dash is seen: removing them tidies dashes away.
    std::string plain = StripInline(content);
    const std::string_view lead = Trim(plain);
    if (!stamps.empty() && (lead.starts_with("\xE2\x80\x94") || lead.starts_with("\xE2\x80\x95") ||
                            lead.starts_with("--"))) {
      plain = "\xE2\x80\x94" + StripInline(internal::RemoveStamps(content, stamps));
    }
    std::optional<std::string> name = DashAttributionLine(plain);
    if (!name) return false;
    std::optional<TimeRange> moment;
    for (const internal::InlineStamp& stamp : stamps) {
      if (!moment) moment = StampTime(stamp, line_number);
    }
    std::vector<Paragraph>& paragraphs = episode_.sections.back().turns.back().paragraphs;
    std::size_t first = paragraphs.size() - 1;
    while (first > 0 && IsBlockQuote(paragraphs[first]) && IsBlockQuote(paragraphs[first - 1]) &&
           paragraphs[first - 1].reported_speaker.empty() &&
           OnlyQuoteMarksBetween(paragraphs[first - 1].line, paragraphs[first].line)) {
      --first;
    }
    for (std::size_t i = first; i < paragraphs.size(); ++i) {
      paragraphs[i].reported_speaker = *name;
      if (!paragraphs[i].range) paragraphs[i].range = moment;
    }
    episode_.report.skipped.push_back(
        {line_number, "attribution of line " + std::to_string(paragraphs[first].line)});
    return true;
  }

  // Whether every line strictly between two lines is an empty quote line
  // (">"): the two are one block quote.
  bool OnlyQuoteMarksBetween(int before, int after) const {
    if (after <= before) return false;
    for (int number = before + 1; number < after; ++number) {
      const std::size_t index = static_cast<std::size_t>(number) - 1;
      if (index >= lines_.size() || lines_[index].number != number) return false;
      std::string_view t = Trim(lines_[index].text);
      if (!t.starts_with('>')) return false;
      while (t.starts_with('>')) t = Trim(t.substr(1));
      if (!t.empty()) return false;
    }
    return true;
  }

  // Links into the episode's own media at a time, whatever their label
  // ("[(link)](…?t=754)"), time the line like a clock label does.
  void AddEpisodeLinkStamps(std::string_view content,
                            std::vector<internal::InlineStamp>* stamps) const {
    if (content.find("](http") == std::string_view::npos) return;
    for (internal::InlineStamp& link : internal::FindEpisodeLinkStamps(content, episode_.url)) {
      const bool overlaps = std::any_of(stamps->begin(), stamps->end(), [&](const auto& s) {
        return link.begin < s.end && s.begin < link.end;
      });
      if (!overlaps) stamps->push_back(std::move(link));
    }
    std::sort(stamps->begin(), stamps->end(),
              [](const auto& a, const auto& b) { return a.begin < b.begin; });
  }

  void NoteStamps(std::string_view content, const std::vector<internal::InlineStamp>& stamps) {
    for (const internal::InlineStamp& stamp : stamps) {
      ++episode_.report.stamps;
      std::string style(content.substr(stamp.begin, stamp.end - stamp.begin));
      if (!stamp.link.empty()) {
        style = std::string(content.substr(stamp.begin, stamp.end - stamp.begin - stamp.link.size() - 2)) +
                "(link)";
      }
      for (char& c : style) {
        if (c >= '0' && c <= '9') c = '0';
      }
      style = (stamp.begin == 0 ? "leading " : "inline ") + style;
      std::vector<std::string>& styles = episode_.report.stamp_styles;
      if (std::find(styles.begin(), styles.end(), style) == styles.end() && styles.size() < 12)
        styles.push_back(std::move(style));
    }
  }

  // "<details><summary>Original English</summary> … </details>" holds the
  // other language of the line above it: kept as its translation, never a
  // second claim. Other HTML block lines (comments, <br>) are skipped.
  bool ReadHtmlBlockLine(const Line& line) {
    const std::string_view t = Trim(line.text);
    if (in_open_details_) {
      // A collapsed block of the episode's own text: its tags go, its lines
      // are read as any others.
      if (t.starts_with("</details")) {
        in_open_details_ = false;
        details_moment_.reset();
        return true;
      }
      if (t.starts_with("<summary")) return true;
    }
    if (in_details_) {
      if (t.starts_with("</details")) {
        in_details_ = false;
        return true;
      }
      if (t.starts_with("<summary")) return true;
      if (!t.empty() && details_target_) {
        std::string& translation = details_target_->translation;
        if (!translation.empty()) translation += '\n';
        translation += StripInline(t);
      }
      return true;
    }
    if (t.starts_with("<details")) {
      // "<details><summary>English</summary>" holds the line above in another
      // language; "<summary>Click to expand</summary>" (a highlight tool's
      // transcript) or "<summary>Transcript</summary>" only folds text away.
      const std::string summary = DetailsSummary(line);
      if (summary.empty() ? LastParagraph() == nullptr : !NamesALanguage(summary)) {
        in_open_details_ = true;
        details_line_ = line.number;
        // "<summary>00:04:10 开场 & 嘉宾介绍</summary>" (a Notion toggle): the
        // clock in its title times the lines inside. A person's name and then
        // the clock ("李华 00:04:00", a notes app's turn folded away) opens
        // that person's turn there; a chapter's name ("开场 00:04:10") or a
        // clock first ("00:04:10 李华" reads as a chapter) opens none.
        const std::vector<internal::InlineStamp> stamps = internal::FindInlineStamps(summary);
        if (!stamps.empty() && stamps.front().begin == 0) {
          details_moment_ = StampTime(stamps.front(), line.number);
        } else {
          std::optional<TimeRange> moment;
          const std::string name = TitleBesideClock(summary, line.number, &moment);
          if (moment) details_moment_ = moment;
          if (moment && (known_speakers_.contains(name) ||
                         (ReadsAsLonePerson(name) && internal::IsPersonNameByShape(name)))) {
            Label label;
            label.name = name;
            label.range = moment;
            StartSpeakerTurn(label, line.number);
          }
        }
        episode_.report.skipped.push_back({line.number, "collapsed block, read as text"});
        return true;
      }
      in_details_ = true;
      details_target_ = LastParagraph();
      episode_.report.skipped.push_back(
          {line.number, details_target_ ? "other-language block, kept as the translation of line " +
                                              std::to_string(details_target_->line)
                                        : "other-language block with no line before it"});
      return true;
    }
    if (t.starts_with("<!--") || t == "<br>" || t == "<br/>" || t == "</br>") return true;
    return false;
  }

  // A top-level list item and what is under it (indented lines, nested
  // items) share one moment: the one it opens with ("- **06:45 标题**", a
  // chapter list's summary under each chapter), or the one a line of it
  // ends with ("…pull ahead. ([Time 0:33:51](…))", a highlight export's
  // link at the end of a passage), which also times the untimed lines of
  // the item above it. `line_number`'s paragraph has just been added.
  void TimeListItem(const Bullet& bullet, const std::vector<internal::InlineStamp>& stamps,
                    int line_number) {
    Section& section = episode_.sections.back();
    // Indents, not depths, say what is under the item: a plain line between
    // two nested items ("  Key takeaways:") resets the depth count.
    const bool inside = item_line_ != 0 && item_section_ == episode_.sections.size() &&
                        bullet.indent > item_indent_;
    if (bullet.bullet && !inside) {
      item_line_ = line_number;
      item_indent_ = bullet.indent;
      item_section_ = episode_.sections.size();
      item_range_.reset();
    } else if (!inside) {
      item_line_ = 0;  // The item has ended.
      item_range_.reset();
      return;
    }
    if (section.turns.empty() || section.turns.back().paragraphs.empty()) return;
    Paragraph& added = section.turns.back().paragraphs.back();
    if (added.line != line_number) return;
    if (!added.range) {
      added.range = item_range_;
      return;
    }
    if (item_range_) return;
    item_range_ = added.range;
    if (stamps.empty() || stamps.front().begin == 0) return;
    for (Turn& turn : section.turns) {
      for (Paragraph& paragraph : turn.paragraphs) {
        if (paragraph.line >= item_line_ && !paragraph.range) paragraph.range = item_range_;
      }
    }
  }

  // ">> welcome back, I'm Marcus Feld": captions mark each change of speaker
  // with ">>" and name no one. With the cover naming one host and one guest,
  // and three such marks or more, the speakers take turns at each mark; the
  // first is whoever introduces themselves there ("I'm …", "我是…"), else
  // the host. More people than two, or none named, and the marks are left
  // as text.
  bool ReadChevronTurn(std::string_view text, std::string_view content, int line_number) {
    constexpr int kMinChevrons = 3;
    if (chevron_lines_ < kMinChevrons || !Trim(text).starts_with(">>")) return false;
    if (episode_.hosts.size() != 1 || episode_.listed_speakers.size() != 2) return false;
    const std::string& host = episode_.hosts.front();
    const std::string& guest = episode_.listed_speakers.front() == host
                                   ? episode_.listed_speakers.back()
                                   : episode_.listed_speakers.front();
    if (guest == host) return false;
    const Section& section = episode_.sections.back();
    std::string next;
    if (!section.turns.empty() && section.turns.back().speaker == host) {
      next = guest;
    } else if (!section.turns.empty() && section.turns.back().speaker == guest) {
      next = host;
    } else {
      next = host;
      for (const std::string& person : {host, guest}) {
        const std::string first = person.substr(0, person.find(' '));
        for (const std::string& intro : {"I'm " + first, "I am " + first, "我是" + person}) {
          if (content.find(intro) != std::string_view::npos) next = person;
        }
      }
    }
    Label label;
    label.name = next;
    label.rest = content;
    StartSpeakerTurn(label, line_number);
    return true;
  }

  // "▶ 00:05:10 榜单还能不能信" over indented items: a toggle as a notes app
  // (Notion) exports it, a folded block's title, read as a heading of the
  // third level. Without indented lines under it the triangle is a list's
  // marker ("▸ 23:05 …" in a chapter list).
  std::optional<Heading> ToggleTitle(const Line& line) const {
    const std::string_view t = Trim(line.text);
    for (std::string_view toggle : {"\xE2\x96\xB6 ", "\xE2\x96\xBA ", "\xE2\x96\xB8 ",
                                    "\xE2\x96\xBC ", "\xE2\x96\xBE "}) {  // ▶ ► ▸ ▼ ▾
      if (!t.starts_with(toggle)) continue;
      const std::string_view title = Trim(t.substr(toggle.size()));
      const auto next = static_cast<std::size_t>(line.number);  // The line below, 0-based.
      if (title.empty() || next >= lines_.size()) return std::nullopt;
      const std::string_view below = lines_[next].text;
      if (below.empty() || (below.front() != ' ' && below.front() != '\t')) return std::nullopt;
      return Heading{3, title};
    }
    return std::nullopt;
  }

  // Whether the line is a chapter list's: under a marker line ("时间轴" over
  // its chapters) or a heading that names one.
  bool InChapterList() const { return chapter_block_ || chapter_section_; }

  // "Action items（整理者补）", "**Key takeaways**": a line alone after a blank
  // line, no list item, that names a summary's or a transcript's section
  // the way a heading would. It heads a section as a heading does (a tool
  // pasted without its Markdown headings), so the turn above it ends there.
  // A bold line a template repeats under every heading is the template's.
  // A bold line of its own that ends with a clock and names no person
  // ("**划线 1｜音频 02:10**", "**Clip 3 · 11:30–12:45**"): a reading app's
  // highlight header, a heading of its own whose time runs over the lines
  // below it. "**Sam Lee** 00:41" and "**王小明 00:03**" are turn labels
  // (the person's name before the clock), left to the label reader. Each
  // such header is a sibling of the one before it.
  std::optional<Heading> TimedBoldHeading(const Line& line) const {
    const std::string_view t = Trim(line.text);
    if (in_cover_ || t.empty() || t.starts_with('>') || MatchBullet(line.text).bullet) {
      return std::nullopt;
    }
    const std::optional<BoldLine> bold = BoldOnlyLine(t);
    if (!bold || bold->colon || CountCodePoints(bold->text) > 40) return std::nullopt;
    const Section* current = episode_.sections.empty() ? nullptr : &episode_.sections.back();
    const bool sibling = current != nullptr && timed_bold_heading_level_ > 0 &&
                         current->level == timed_bold_heading_level_;
    const std::optional<std::pair<std::size_t, int>> clock = TrailingClock(bold->text);
    if (!clock && sibling && !timed_bold_heading_word_.empty() &&
        FirstWord(bold->text) == timed_bold_heading_word_) {
      // "**划线 4｜无时间**" among "**划线 3｜音频 11:30**": a header of the
      // same kind with no time, whose lines have none.
      return Heading{timed_bold_heading_level_, bold->text};
    }
    if (!clock || clock->first == 0) return std::nullopt;
    const std::string_view head = TrimNameSeparators(bold->text.substr(0, clock->first));
    if (head.empty() || ReadsAsLonePerson(head) || IsGenericSpeaker(head)) return std::nullopt;
    for (std::string_view mark : {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F", "!", "?"}) {
      if (head.find(mark) != std::string_view::npos) return std::nullopt;  // 。！？: a sentence.
    }
    const int level = current == nullptr ? 3
                      : sibling          ? timed_bold_heading_level_
                                         : std::min(6, std::max(2, current->level) + 1);
    return Heading{level, bold->text};
  }

  // The first word of a header, up to a space or a bar: "划线" of "划线 3｜音频
  // 11:30", "Clip" of "Clip 3 · 04:10".
  static std::string_view FirstWord(std::string_view text) {
    std::size_t end = text.size();
    for (std::string_view stop : {" ", "\xEF\xBD\x9C", "|", "\xC2\xB7"}) {  // ｜ ·
      end = std::min(end, text.find(stop));
    }
    return text.substr(0, end);
  }

  std::optional<Heading> NamedSectionLine(const Line& line) const {
    const std::string_view t = Trim(line.text);
    if (t.empty() || in_cover_ || MatchBullet(line.text).bullet || t.starts_with('>') ||
        t.starts_with('|')) {
      return std::nullopt;
    }
    constexpr int kLongestSectionName = 30;
    // A paragraph is far longer than a section's name: let it go before any
    // counting (a code point is at most 4 bytes, bold marks add 4).
    if (t.size() > 4 * kLongestSectionName + 4) return std::nullopt;
    const auto index = static_cast<std::size_t>(line.number - 1);
    if (index == 0 || index + 1 >= lines_.size() || !Trim(lines_[index - 1].text).empty()) {
      return std::nullopt;
    }
    std::string_view name = t;
    if (const std::optional<BoldLine> bold = BoldOnlyLine(t)) {
      const auto count = bold_only_counts_.find(std::string(bold->text));
      if (count != bold_only_counts_.end() && count->second >= 2) return std::nullopt;
      name = bold->text;
    }
    if (CountCodePoints(name) > kLongestSectionName) return std::nullopt;
    const NameClass kind = ClassifyName(name);
    if (kind != NameClass::kSummary && kind != NameClass::kFullText &&
        !IsPictographSectionName(name)) {
      return std::nullopt;
    }
    // A sibling of the section it follows ("Transcript", then "Action
    // items"): the turn above does not run on into it.
    const int level = episode_.sections.empty() ? 2 : std::max(2, episode_.sections.back().level);
    return Heading{level, name};
  }

  // "💬 金句摘录", "🙋‍♀️ 我自己的想法", "📝 节目时间轴（自己记的）": a note
  // app's section name, a pictograph before a few words (at most 12 code points, an aside in
  // brackets not counted) with no punctuation of a sentence or a field and no clock. "👉 31:08
  // 主持人问…" and "✅ 我试了一周，日常够用" are points, not names.
  static bool IsPictographSectionName(std::string_view line) {
    const std::size_t pictographs = internal::LeadingPictographs(line);
    if (pictographs == 0) return false;
    std::string_view name = Trim(line.substr(pictographs));
    for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"},
                               std::pair<std::string_view, std::string_view>{"(", ")"}}) {
      if (name.ends_with(close)) {
        if (const std::size_t at = name.rfind(open); at != std::string_view::npos && at > 0) {
          name = Trim(name.substr(0, at));
        }
      }
    }
    if (name.empty() || CountCodePoints(name) > 12) return false;
    for (std::string_view mark :
         {"。", "，", "！", "？", "：", "；", ",", ":", ".", "!", "?", ";"}) {
      if (name.find(mark) != std::string_view::npos) return false;
    }
    return internal::FindInlineStamps(name).empty();
  }

  // "12" alone above a subtitle cue's range ("00:00:04,200 --> …"), or a
  // WebVTT cue's identifier ("5e0d1c7a-…/14-0", as Teams writes them): the
  // cue's name, pasted with it, says nothing.
  bool ReadCueNumber(std::string_view content, int line_number) {
    const std::string_view number = Trim(content);
    if (number == "WEBVTT") {  // The header of a subtitle file pasted whole.
      episode_.report.skipped.push_back({line_number, "subtitle file header"});
      return true;
    }
    constexpr std::size_t kLongestCueId = 80;
    if (number.empty() || number.size() > kLongestCueId ||
        !std::all_of(number.begin(), number.end(),
                     [](char c) { return c > ' ' && static_cast<unsigned char>(c) < 0x80; })) {
      return false;
    }
    const auto next = static_cast<std::size_t>(line_number);  // 0-based index of the next line.
    if (next >= lines_.size() || lines_[next].text.find("-->") == std::string::npos) return false;
    episode_.report.skipped.push_back({line_number, "subtitle cue number or identifier"});
    return true;
  }

  // Whether the line before or after line `line_number` (1-based) is a plain
  // "Date: 2025-11-20" or "Link: https://…" line, metadata by its value, or
  // a people key with a list of names ("Host: 周小北").
  bool NextToSelfEvidentCoverLine(int line_number) const {
    for (const int index : {line_number - 2, line_number}) {  // 0-based: before, after.
      if (index < 0 || static_cast<std::size_t>(index) >= lines_.size()) continue;
      const std::string plain = StripInline(Trim(lines_[static_cast<std::size_t>(index)].text));
      // "🎙 主持：许嘉禾｜嘉宾：Leo": a row of cover fields says what it is.
      if (KnownCoverFields(plain).size() >= 2) return true;
      const auto kv = SplitKeyValue(plain);
      if (!kv) continue;
      const MetaKey key = ClassifyCoverKey(kv->first);
      if (SaysWhatItIs(key, lines_[static_cast<std::size_t>(index)].text, kv->second) ||
          // "Host: 周小北" under "Podcast: 硅谷夜谈" (a Notion page's properties).
          ((key == MetaKey::kHosts || key == MetaKey::kSpeakers) && IsNameList(kv->second))) {
        return true;
      }
    }
    return false;
  }

  // The time range of a player's line under a heading: one Markdown link and
  // nothing else but symbols before it ("🎧 [Play snip - 1min (12:34 -
  // 13:45)](…)"), or the same without the link ("🎧 Play snip (12:34 -
  // 13:40)"): a pictograph, a short label and a range that ends the line.
  std::optional<TimeRange> PlayLinkRange(std::string_view text, int line_number) {
    std::string_view t = Trim(text);
    // Unlinked, the line opens with the player's pictograph: a bullet or a
    // chapter line with a range ("- 开场 (00:00 - 02:15)") is a claim.
    const std::size_t pictographs = internal::LeadingPictographs(t);
    const std::string_view unlinked = Trim(t.substr(pictographs));
    while (!t.empty() && static_cast<unsigned char>(t.front()) >= 0x80) {
      t.remove_prefix(CodePointLength(static_cast<unsigned char>(t.front())));
      t = Trim(t);
    }
    std::string_view label = unlinked;
    const bool linked = t.starts_with('[') && t.ends_with(')');
    if (linked) {
      const std::size_t middle = t.find("](");
      if (middle == std::string_view::npos || t.find("](", middle + 2) != std::string_view::npos) {
        return std::nullopt;
      }
      label = t.substr(1, middle - 1);
    }
    const std::vector<internal::InlineStamp> stamps = internal::FindInlineStamps(label);
    if (stamps.size() != 1 || stamps.front().range.end_s <= stamps.front().range.start_s) {
      return std::nullopt;
    }
    if (!linked) {
      if (pictographs == 0) return std::nullopt;
      // The range ends the line, and the words before it are a player's
      // short label, not a sentence.
      constexpr int kMaxLabelCodePoints = 24;
      const std::string_view words = Trim(label.substr(0, stamps.front().begin));
      if (stamps.front().end != label.size() || words.empty() ||
          CountCodePoints(words) > kMaxLabelCodePoints || EndsSentence(words) ||
          words.find_first_of(",;") != std::string_view::npos ||
          words.find("\xEF\xBC\x8C") != std::string_view::npos) {
        return std::nullopt;
      }
    }
    return StampTime(stamps.front(), line_number);
  }

  // The text of a <details> block's <summary>, on its line or the next
  // non-blank one; empty when it has none.
  std::string DetailsSummary(const Line& line) const {
    for (std::size_t i = static_cast<std::size_t>(line.number) - 1;
         i < lines_.size() && i < static_cast<std::size_t>(line.number) + 2; ++i) {
      const std::string_view text = lines_[i].text;
      const std::size_t open = text.find("<summary>");
      if (open == std::string_view::npos) {
        if (i + 1 == static_cast<std::size_t>(line.number) || Trim(text).empty()) continue;
        break;
      }
      const std::size_t begin = open + std::string_view("<summary>").size();
      const std::size_t close = text.find("</summary>", begin);
      return std::string(Trim(text.substr(
          begin, close == std::string_view::npos ? std::string_view::npos : close - begin)));
    }
    return {};
  }

  Paragraph* LastParagraph() {
    if (episode_.sections.empty()) return nullptr;
    Section& section = episode_.sections.back();
    if (section.turns.empty() || section.turns.back().paragraphs.empty()) return nullptr;
    return &section.turns.back().paragraphs.back();
  }

  // After "——" inside a transcript, the editor's own block follows only when
  // the next line names it ("加粗摘选：", "**要点**"); otherwise the rule is a
  // plain divider between parts of the text.
  bool NextLineNamesEditorBlock(const Line& line) const {
    for (std::size_t i = static_cast<std::size_t>(line.number); i < lines_.size(); ++i) {
      const std::string_view t = Trim(lines_[i].text);
      if (t.empty()) continue;
      const std::string plain = StripInline(MatchBullet(t).content);
      return IsEditorMarker(StripTrailingColon(plain)) && CountCodePoints(plain) <= 40;
    }
    return false;
  }

  // "- **Ada**: …" opens a turn only at the top level of a list, for a name
  // the metadata lists or a bold one that leads at least three items, and
  // never for a field label; the list's items are then the person's. A
  // listed name speaks bold or not ("- 张三：…" under "嘉宾：张三、李四"); a
  // plain label no cover lists is as often a summary's lead-in ("- 结论：…").
  bool AcceptListLabel(const Label& label, int depth) const {
    if (LooksLikeFieldLabel(label.name) || IsEditorMarker(label.name)) return false;
    // An outliner nests every block: a name the cover lists, with a moment of
    // its own, opens a turn at any depth ("\t- {{youtube-timestamp 95}}
    // [[陈默]] …").
    if (depth != 0) return label.range.has_value() && known_speakers_.contains(label.name);
    if (known_speakers_.contains(label.name) || KnownByNamePart(label.name)) return true;
    // A person's name with a clock, in two items or more, or a role with a
    // clock ("- 41:20 观众A：…"): notes typed live.
    if (!label.bold && label.range) {
      const auto timed = timed_item_labels_.find(label.name);
      if (timed != timed_item_labels_.end() && timed->second >= 2) return true;
      if (IsGenericSpeaker(label.name)) return true;
    }
    if (!label.bold) return false;
    const auto it = bullet_label_counts_.find(label.name);
    return it != bullet_label_counts_.end() && it->second >= kMinPlainLabelRepeats;
  }

  // "Menon" for "Dr. Ravi Menon" on the cover, "Kevin" for "Kevin Zhou": a
  // listed person's last or first name.
  bool KnownByNamePart(std::string_view name) const {
    if (name.size() < 3 || name.front() < 'A' || name.front() > 'Z' ||
        name.find(' ') != std::string_view::npos) {
      return false;
    }
    return std::any_of(
        known_speakers_.begin(), known_speakers_.end(), [&](const std::string& known) {
          if (known.size() <= name.size() + 1) return false;
          return (known.ends_with(name) && known[known.size() - name.size() - 1] == ' ') ||
                 (known.starts_with(name) && known[name.size()] == ' ');
        });
  }

  // Who a label names. Field labels of a summary template and labels that
  // are not used like speakers are refused; see LooksLikeFieldLabel.
  bool AcceptLabel(const Label& label, const Section& section) const {
    if (known_speakers_.contains(label.name) || KnownByNamePart(label.name)) return true;
    // "**不会调参的猫**：48:33 那句太狠了" under "## 评论区": a listener's
    // comment is its writer's words, not the editor's.
    if (comment_section_ && label.bold) return true;
    // A name that already opened a turn in this file speaks again.
    if (speaking_.contains(label.name) && (label.bold || CountCodePoints(label.name) >= 2))
      return true;
    if (LooksLikeFieldLabel(label.name)) return false;
    if (IsGenericSpeaker(label.name)) return true;
    const auto it = label_counts_.find(label.name);
    const int count = it == label_counts_.end() ? 0 : it->second;
    // In a section the digest calls its transcript, or with the turn's own
    // time range, a bold label can only be a speaker.
    if (label.bold && (section.kind == SectionKind::kFullText || label.range)) return true;
    // "Cy (quoted): …" says outright that it hands the words to a person.
    if (IsRelayNote(label.note)) return true;
    // "Q: …" and "A: …" taking turns, or a bold "**受访者**：": an interview
    // written as Q&A.
    const bool interview_role = IsQuestionLabel(label.name) || IsAnswerLabel(label.name);
    if (interview_role && (label.bold || question_and_answer_turns_)) return true;
    // One character before a colon ("是：…") is a clause, not a plain-label name.
    if (!label.bold && CountCodePoints(label.name) < 2) return false;
    // "Dev Okafor: Yeah." in a subtitle cue (a Zoom or Teams .vtt): a
    // meeting tool sets the voice's full name before its words there.
    if (cue_moment_ && IsCapitalisedLatinName(label.name) &&
        label.name.find(' ') != std::string::npos) {
      return true;
    }
    if (label.bold) {
      // A bold label used once is a speaker only in a file that has dialogue:
      // two recurring speakers, or one and a person's full Latin name
      // ("**Lisa Su:**" answering the host once). One capitalised word
      // ("**Update:**", "**Verdict:**") is as often a lead-in as a name.
      return count >= 2 || recurring_speakers_ >= 2 ||
             (recurring_speakers_ >= 1 && IsCapitalisedLatinName(label.name) &&
              label.name.find(' ') != std::string::npos);
    }
    if (count >= kMinPlainLabelRepeats) return true;
    // "[00:00:07] Bo: …" or "Bo (00:00:23): …": a timed label that recurs,
    // or one of several names in a file whose timed lines mostly open with
    // a name: there a guest who speaks once still gets their line, rather
    // than whoever spoke last. (In a speech-recognition transcript a timed
    // line that happens to hold a colon, "[00:04:31] that: A, …", is rare.)
    const bool labelled_transcript =
        timed_label_names_.size() >= 2 && 2 * timed_labelled_lines_ >= timed_lines_;
    if (label.range && (count >= 2 || recurring_speakers_ >= 2 || labelled_transcript)) return true;
    // The first line of a timed section may name its speaker, but a Chinese
    // clause before a colon ("全球AI竞争已形成两大硬件阵营：…") opens a
    // sentence: a Chinese name has at most four characters.
    return section.range.has_value() && section.turns.empty() && !IsLongChineseClause(label.name);
  }

  int BulletDepth(const Bullet& bullet) {
    if (!bullet.bullet) {
      if (bullet.content.size() > 0) bullet_indents_.clear();
      return 0;
    }
    while (!bullet_indents_.empty() && bullet_indents_.back() >= bullet.indent)
      bullet_indents_.pop_back();
    const int depth = static_cast<int>(bullet_indents_.size());
    bullet_indents_.push_back(bullet.indent);
    return depth;
  }

  // A highlight export's "Transcript:" line (Readwise, Snipd): the lines
  // under it, at its indent or deeper, are what was said, each person's
  // name alone on a line above their words. The passage ends at the next
  // list item (the exporter's own: a note, the next highlight), a line
  // less indented or a heading; what follows is the editor's again. True
  // when the line was the marker or a name.
  bool ReadHighlightTranscript(std::string_view text, int line_number) {
    if (in_cover_) return false;
    const Bullet line = MatchBullet(text);
    const std::string_view content = Trim(line.content);
    if (!line.bullet && (content == "Transcript:" || content == "Transcript：" ||
                         content == "逐字稿：" || content == "原文：")) {
      transcript_indent_ = line.indent;
      transcript_line_ = line_number;
      episode_.report.skipped.push_back({line_number, "transcript marker"});
      return true;
    }
    if (transcript_line_ == 0 || content.empty()) return false;
    if (line.bullet || line.indent < transcript_indent_) {
      transcript_line_ = 0;
      if (transcript_speakers_) {
        // Back to the editor: a turn with no speaker.
        Turn editor;
        editor.line = line_number;
        episode_.sections.back().turns.push_back(std::move(editor));
        resume_.reset();
        transcript_speakers_ = false;
      }
      return false;
    }
    const std::string_view below = static_cast<std::size_t>(line_number) < lines_.size()
                                       ? Trim(lines_[static_cast<std::size_t>(line_number)].text)
                                       : std::string_view();
    if (!ReadsAsPersonName(content) || below.empty()) return false;
    Label label;
    label.name = std::string(content);
    StartSpeakerTurn(label, line_number);
    // Spoken, so that a summary section does not give it to the editor (the
    // store keeps the flag, so re-extraction reads it the same way).
    episode_.sections.back().turns.back().spoken = true;
    transcript_speakers_ = true;
    return true;
  }

  Status StartSection(const Heading& heading, int line_number) {
    typed_item_turn_ = false;
    transcript_line_ = 0;
    chapter_block_ = false;
    // "## 时间轴" over "15:20 开场：…": the section is a chapter list, the
    // editor's, whatever colon its lines hold (as under a "时间轴" line).
    chapter_section_ = IsChapterListMarker(heading.text);
    comment_section_ = IsCommentSectionTitle(heading.text);
    // A heading below the one whose section holds the last speaker turn
    // divides that speaker's answer ("**答**：" under "## 三", then "### 1.
    // 最初的抵触" and more of the answer): the turn goes on under it. A heading
    // at the turn's own level or above ends it.
    // A heading at the turn's level leaves it open only to a section that
    // goes on in the first person without a label (SpeaksInFirstPerson).
    std::optional<Turn> carried, first_person;
    if (const Turn* last = LastTurn(); last != nullptr && !last->speaker.empty() &&
                                       !IsRelayNote(last->speaker_note) && turn_owner_level_) {
      Turn turn;
      turn.speaker = last->speaker;
      turn.speaker_note = last->speaker_note;
      turn.spoken = last->spoken;
      (heading.level > *turn_owner_level_ ? carried : first_person) = std::move(turn);
    }
    if (!carried) turn_owner_level_.reset();
    Result<std::optional<HeadingMoment>> moment = ReadHeadingMoment(heading.text);
    if (!moment) return WithPlace(moment.error(), path_, line_number);
    std::string raw(heading.text);
    Section section;
    if (*moment) {
      raw = (*moment)->rest;
      if ((*moment)->range) {
        section.range = (*moment)->range;
      } else if (!(*moment)->stamps.empty()) {
        // "## (1:06:02)" or "### 标题 `[01:14:00]`": one moment, which runs
        // until the next section's (Finish fills in the end).
        NoteStamps(heading.text, (*moment)->stamps);
        section.range = StampTime((*moment)->stamps.back(), line_number);
        if (section.range->start_s == section.range->end_s)
          open_end_sections_.insert(episode_.sections.size());
      } else {
        // "### 张三 · 00:02:10": a moment that runs until the next one.
        ++episode_.report.stamps;
        if (std::vector<std::string>& styles = episode_.report.stamp_styles;
            std::find(styles.begin(), styles.end(), "heading … 00:00:00") == styles.end() &&
            styles.size() < 12) {
          styles.push_back("heading … 00:00:00");
        }
        section.range = TimeRange{*(*moment)->clock_s, *(*moment)->clock_s};
        open_end_sections_.insert(episode_.sections.size());
      }
    }
    // "## 摘要：" is titled "摘要": a trailing colon is punctuation, not name.
    section.title = StripInline(StripTrailingColon(raw));
    section.line = line_number;
    section.level = heading.level;
    const NameClass name = ClassifyName(section.title);
    if (first_heading_title_.empty()) first_heading_title_ = section.title;
    in_cover_ = false;
    cover_block_ = false;
    header_run_ = false;
    section_named_ = name != NameClass::kUnknown;
    switch (name) {
      case NameClass::kSummary:
        section.kind = SectionKind::kSummary;
        break;
      case NameClass::kFullText:
        section.kind = SectionKind::kFullText;
        break;
      case NameClass::kCover:
        section.kind = SectionKind::kOther, in_cover_ = true;
        break;
      case NameClass::kNonContent:
        section.kind = SectionKind::kOther;
        episode_.report.skipped.push_back(
            {line_number, "section \"" + section.title + "\" (links, versions or contents)"});
        break;
      case NameClass::kUnknown:
        // A heading the reader does not know holds content: its own words
        // unless it turns out to hold speakers (Finish decides), and under a
        // known parent whatever the parent holds.
        if (heading.level <= 2) {
          section.kind = SectionKind::kSummary;
        } else {
          section.kind = parent_kind_;
          in_cover_ = parent_cover_;
          section_named_ = parent_named_;
        }
        break;
    }
    if (section.range) section.kind = SectionKind::kFullText;
    if (heading.level <= 2) {
      parent_kind_ = section.kind;
      parent_cover_ = in_cover_;
      parent_named_ = section_named_;
    }
    if (section.kind != SectionKind::kOther) citation_boundary_line_ = line_number;
    if (section_named_) named_sections_.insert(episode_.sections.size());
    // "## Speaker 1 (00:00:05)" heads that speaker's turn when the name is a
    // diarizer's or the cover's, or when the file's timed headings are
    // mostly names, two or more, and some name heads twice: people take
    // turns, while the timed chapters of a summary ("## 05:30 模型评测")
    // each name a topic once.
    std::string speaker;
    if (section.range && name == NameClass::kUnknown) {
      speaker = *moment ? TimedHeadingName(**moment).value_or("") : "";
      const int distinct = static_cast<int>(heading_speaker_names_.size());
      const bool named_turns = distinct >= 2 && named_timed_headings_ > distinct &&
                               2 * named_timed_headings_ >= timed_headings_;
      if (!speaker.empty() && !IsGenericSpeaker(speaker) && !known_speakers_.contains(speaker) &&
          !named_turns) {
        speaker.clear();
      }
    }
    episode_.sections.push_back(std::move(section));
    ++sections_open_;
    ResetTurnState();
    resume_ = std::move(carried);
    first_person_ = std::move(first_person);
    if (!speaker.empty()) {
      // The turn's moment is its section's, whose end Finish fills in.
      Label label;
      label.name = std::move(speaker);
      StartSpeakerTurn(label, line_number);
    }
    return {};
  }

  // The last turn read, across sections that hold none (an empty section
  // after a "---" rule).
  const Turn* LastTurn() const {
    for (auto it = episode_.sections.rbegin(); it != episode_.sections.rend(); ++it) {
      if (!it->turns.empty()) return &it->turns.back();
    }
    return nullptr;
  }

  // Text before the first heading: a cover written without a heading, or the
  // lead of an article.
  void StartPreamble(int line_number) {
    Section section;
    section.kind = SectionKind::kSummary;
    section.line = line_number;
    section.level = 0;
    episode_.sections.push_back(std::move(section));
    ++sections_open_;
    ResetTurnState();
  }

  // After a standalone "——" or "---" inside the transcript, what follows is
  // the editor's (the "加粗摘选" block at the end of a digest).
  void StartEditorSection(int line_number) {
    named_sections_.insert(episode_.sections.size());
    Section section;
    section.kind = SectionKind::kSummary;
    section.line = line_number;
    section.level = episode_.sections.back().level;
    episode_.sections.push_back(std::move(section));
    ++sections_open_;
    ResetTurnState();
    awaiting_editor_title_ = true;
  }

  // The first line of a file that reads as its title: the first non-blank
  // line, short (at most 40 code points), a blank line below it, no list
  // item, quote, table row or speaker label, no clock, and no sentence's
  // end (a lead paragraph's first line ends in 。 or . or runs on).
  bool IsTitleLine(const Line& line) const {
    const std::string_view t = Trim(line.text);
    const auto index = static_cast<std::size_t>(line.number - 1);
    if (t.empty() || index + 1 >= lines_.size() || !Trim(lines_[index + 1].text).empty()) {
      return false;
    }
    for (std::size_t i = 0; i < index; ++i) {
      if (!Trim(lines_[i].text).empty()) return false;
    }
    if (t.size() > 160 || CountCodePoints(t) > 40 || MatchBullet(line.text).bullet ||
        t.starts_with('>') || t.starts_with('|') ||
        t.find_first_not_of("0123456789") == std::string_view::npos) {
      return false;
    }
    if (!internal::FindInlineStamps(t).empty()) return false;
    if (auto label = ParseLabel(t); !label || *label) return false;
    for (std::string_view end : {"。", "！", "？", ".", "!", "?", "：", ":", "，", ","}) {
      if (t.ends_with(end)) return false;
    }
    return true;
  }

  // An outliner page (Logseq) that says who spoke each block with a block
  // property ("speaker:: 老陈" under a quoted block), twice or more: then
  // every block is its own turn, its speaker's or, without one, the note
  // taker's.
  // A copied comment section: two footers or more (IsCommentFooter) make the
  // file's bold names above the comments their writers.
  void CountCommentFooters(std::size_t first_body_line) {
    int count = 0;
    for (std::size_t i = first_body_line; i < lines_.size(); ++i) {
      if (IsCommentFooter(lines_[i].text)) ++count;
    }
    comment_section_file_ = count >= 2;
  }

  // A comment's header opens a turn of its writer ("**湾区搬砖侠**" over the
  // words and a footer); its footer is no claim. A header is believed only
  // where a footer closes its block (before the next blank line), so
  // "**我的整理**" over a list stays a heading. A date after the name alone
  // ("**jlindqvist** · 2 days ago") is not enough: on a blind probe that
  // reading gave 13 lines to the wrong voice for 3 it got right.
  bool ReadCommentLine(const Line& line) {
    if (comment_section_file_ && IsCommentFooter(line.text)) {
      episode_.report.skipped.push_back({line.number, "comment footer"});
      EndComment(line.number);
      return true;
    }
    std::optional<CommentHeader> header = ReadCommentHeader(line.text);
    // Outside a comment section only a one-line reply's arrow marks one.
    if (!header || (!comment_section_file_ && !header->reply)) return false;
    if (!header->reply) {
      bool footer = false;
      for (std::size_t i = static_cast<std::size_t>(line.number); i < lines_.size(); ++i) {
        if (Trim(lines_[i].text).empty()) break;
        if (IsCommentFooter(lines_[i].text)) {
          footer = true;
          break;
        }
      }
      if (!footer) return false;
    }
    Label label;
    label.name = std::move(header->name);
    label.note = std::move(header->note);
    label.bold = true;
    label.rest = header->words;
    StartSpeakerTurn(label, line.number);
    if (header->words.empty()) {
      episode_.report.skipped.push_back({line.number, "comment header"});
    } else {
      EndComment(line.number);  // A one-line reply is whole.
    }
    return true;
  }

  // A comment ends at its footer (a one-line reply at its line): what follows
  // without a header of its own is the note taker's again, not the last
  // commenter's.
  void EndComment(int line_number) {
    Section& section = episode_.sections.back();
    if (section.turns.empty() || section.turns.back().speaker.empty()) return;
    Turn after;
    after.line = line_number;
    section.turns.push_back(std::move(after));
    resume_.reset();
  }

  void CountBlockSpeakers(std::size_t first_body_line) {
    int count = 0;
    for (std::size_t i = first_body_line; i < lines_.size(); ++i) {
      const std::string_view t = Trim(lines_[i].text);
      if (t.starts_with("speaker::") && IsOutlinerProperty(t)) ++count;
    }
    block_speakers_ = count >= 2;
  }

  // A block's first line (a list item) on such a page: the block is the
  // note taker's until a property under it names its speaker, so the turn
  // above ends here.
  void StartOutlinerBlock(const Line& line) {
    const Bullet bullet = MatchBullet(line.text);
    if (!bullet.bullet || IsOutlinerProperty(bullet.content)) return;
    block_line_ = line.number;
    if (episode_.sections.empty()) return;
    Section& section = episode_.sections.back();
    if (section.turns.empty() || section.turns.back().speaker.empty()) return;
    Turn notes;
    notes.line = line.number;
    section.turns.push_back(std::move(notes));
    resume_.reset();
  }

  // "speaker:: 老陈" or "time:: 00:12:05" under a block: the block's
  // paragraphs (those from its first line on) become that speaker's turn, or
  // take that moment; a time under a heading's block times its section.
  // False for any other property.
  bool ReadBlockProperty(std::string_view key, const std::string& value) {
    const std::string name = AsciiLower(Trim(key));
    if ((name != "speaker" && name != "time") || episode_.sections.empty() || value.empty()) {
      return false;
    }
    Section& section = episode_.sections.back();
    if (name == "time") {
      std::optional<TimeRange> moment;
      if (const auto stamps = internal::FindInlineStamps(value); !stamps.empty()) {
        moment = stamps.front().range;
      } else if (const std::optional<int> said = MomentInProse(value)) {
        moment = TimeRange{*said, *said};
      }
      if (!moment) return true;
      if (section.turns.empty()) {
        // "- ## 第一段" with "time:: 00:11:30".
        if (section.line == block_line_) section.range = moment;
        return true;
      }
      for (Paragraph& paragraph : section.turns.back().paragraphs) {
        if (paragraph.line >= block_line_ && !paragraph.range) paragraph.range = moment;
      }
      return true;
    }
    // "speaker::": the block's paragraphs, at the end of the last turn, move
    // to a turn of that speaker.
    if (section.turns.empty()) return true;
    std::vector<Paragraph>& paragraphs = section.turns.back().paragraphs;
    const auto first = std::find_if(paragraphs.begin(), paragraphs.end(),
                                    [&](const Paragraph& p) { return p.line >= block_line_; });
    if (first == paragraphs.end()) return true;
    std::vector<Paragraph> block(std::make_move_iterator(first),
                                 std::make_move_iterator(paragraphs.end()));
    paragraphs.erase(first, paragraphs.end());
    if (paragraphs.empty()) section.turns.pop_back();
    Label label;
    label.name = value;
    StartSpeakerTurn(label, block.front().line);
    Turn& turn = episode_.sections.back().turns.back();
    for (Paragraph& paragraph : block) turn.paragraphs.push_back(std::move(paragraph));
    return true;
  }

  // The transcript of a file that pasted it under its summary with no
  // heading: an untitled full-text section from `line_number`.
  void StartTranscriptSection(int line_number) {
    Section section;
    section.kind = SectionKind::kFullText;
    section.line = line_number;
    section.level = episode_.sections.empty() ? 1 : episode_.sections.back().level;
    episode_.sections.push_back(std::move(section));
    ++sections_open_;
    ResetTurnState();
    chapter_block_ = false;
    chapter_section_ = false;
    section_named_ = false;
  }

  void ResetTurnState() {
    bullet_indents_.clear();
    resume_.reset();
    first_person_.reset();
    awaiting_editor_title_ = false;
  }

  void StartSpeakerTurn(const Label& label, int line_number) {
    typed_item_turn_ = false;
    speaking_.insert(label.name);
    turn_owner_level_ = episode_.sections.back().level;
    first_person_.reset();
    Turn turn;
    turn.speaker = label.name;
    turn.speaker_note = label.note;
    if (const auto named = speaker_key_.find(SpeakerKeyForm(label.name));
        named != speaker_key_.end()) {
      turn.speaker = named->second;  // "发言人1" is who the key says.
    } else if (IsGenericSpeaker(label.name) && !label.note.empty() &&
               (label_counts_.contains(label.note) || known_speakers_.contains(label.note))) {
      // "嘉宾A（王思齐）" where 王思齐 also labels turns of their own, or the
      // cover lists the name: the person, with the role as the note.
      turn.speaker = label.note;
      turn.speaker_note = label.name;
    }
    turn.line = line_number;
    turn.range = label.range;
    // A turn opened right under a bare moment ("00:00:31.800 --> …", then
    // "<v Zhou Yuan>…" over two lines) starts there: its later lines with no
    // clock of their own are still at that moment.
    if (!turn.range && pending_moment_) turn.range = pending_moment_;
    episode_.sections.back().turns.push_back(std::move(turn));
    resume_.reset();
    bullet_indents_.clear();
    if (label.rest.empty()) return;
    // The words after the label carry their own times like any line:
    // "**Ada**: GPT-5 is good [00:01:02]." and "Speaker 1: 00:00:05 Welcome"
    // (a clock right after the label times the turn).
    std::vector<internal::InlineStamp> stamps = internal::FindInlineStamps(label.rest);
    AddEpisodeLinkStamps(label.rest, &stamps);
    NoteStamps(label.rest, stamps);
    Turn& opened = episode_.sections.back().turns.back();
    if (!opened.range && !stamps.empty() && stamps.front().begin == 0) {
      opened.range = StampTime(stamps.front(), line_number);
    }
    AddParagraph(label.rest, line_number, false, 0, stamps);
  }

  // An editor's highlight inside the transcript becomes a turn of its own with
  // no speaker and the marker as its note. A one-line marker hands back to the
  // speaker it interrupted; a bare marker ("**加粗要点**：") owns what follows.
  void StartEditorTurn(const Label& label, int line_number, bool bullet, int depth) {
    StartAside(label, "", line_number, bullet, depth);
  }

  // A one-line aside inside someone's turn, by the editor (`speaker` empty)
  // or by another person ("（一帆插话：…）"): the turn it interrupts resumes
  // on the next line.
  void StartAside(const Label& label, const std::string& speaker, int line_number, bool bullet,
                  int depth) {
    typed_item_turn_ = false;
    first_person_.reset();
    Section& section = episode_.sections.back();
    std::optional<Turn> interrupted;
    if (!section.turns.empty()) {
      const Turn& last = section.turns.back();
      if (resume_) {
        interrupted = resume_;
      } else {
        Turn resumed;
        resumed.speaker = last.speaker;
        resumed.speaker_note = last.speaker_note;
        resumed.spoken = last.spoken;
        interrupted = std::move(resumed);
      }
    }
    Turn turn;
    turn.speaker = speaker;
    turn.speaker_note = label.name;
    turn.line = line_number;
    turn.range = label.range;
    section.turns.push_back(std::move(turn));
    // The speaker an earlier one-line marker handed back to is not resumed
    // by this one: its line is the editor's too.
    resume_.reset();
    if (label.rest.empty()) return;
    AddParagraph(label.rest, line_number, bullet, depth);
    resume_ = interrupted;
  }

  void AddParagraph(std::string_view text, int line_number, bool bullet, int depth,
                    const std::vector<internal::InlineStamp>& stamps = {}) {
    Section& section = episode_.sections.back();
    if (section.kind != SectionKind::kOther) content_seen_ = true;
    if (resume_) {
      Turn turn = *resume_;
      turn.line = line_number;
      turn.paragraphs.clear();
      section.turns.push_back(std::move(turn));
      resume_.reset();
    } else if (section.turns.empty()) {
      Turn turn;
      // A section of a dialogue that opens, unlabelled, in the first person
      // ("## 四、…" then "我后面去深入看…") is still the last speaker's.
      if (first_person_ && SpeaksInFirstPerson(StripInline(text))) {
        turn = std::move(*first_person_);
        turn_owner_level_ = section.level;
      }
      turn.line = line_number;
      section.turns.push_back(std::move(turn));
    }
    first_person_.reset();  // Only the section's first paragraph decides.
    Paragraph paragraph;
    paragraph.line = line_number;
    paragraph.text = std::string(text);
    paragraph.plain = stamps.empty() ? StripInline(text)
                                     : StripInline(internal::RemoveStamps(text, stamps));
    paragraph.bullet = bullet;
    paragraph.depth = depth;
    paragraph.highlights = Highlights(text);
    for (const internal::InlineStamp& stamp : stamps) {
      const TimeRange t = StampTime(stamp, line_number);
      paragraph.range = paragraph.range ? TimeRange{std::min(paragraph.range->start_s, t.start_s),
                                                    std::max(paragraph.range->end_s, t.end_s)}
                                        : t;
    }
    if (!paragraph.range && stamps.empty()) {
      if (const std::optional<int> said = MomentInProse(paragraph.plain)) {
        paragraph.range = TimeRange{*said, *said};
      }
    }
    if (!paragraph.range && pending_moment_) paragraph.range = pending_moment_;
    pending_moment_.reset();
    // Every line of a subtitle cue is at the cue's start, whoever's turn it
    // continues ("今天请到……" over "聊聊……" under one cue's range).
    if (!paragraph.range && cue_moment_) paragraph.range = cue_moment_;
    if (!paragraph.range && callout_moment_) paragraph.range = callout_moment_;
    // The block's clock times lines that carry none, unless a turn opened
    // inside the block with its own clock ("**Name** [00:12:58]：" under a
    // "<summary>00:12:40 …</summary>" chapter): that clock is the nearer one.
    if (const Turn& turn = section.turns.back();
        !paragraph.range && details_moment_ && !(turn.range && turn.line > details_line_)) {
      paragraph.range = details_moment_;
    }
    // A line right under a line that opens with a clock, no blank line
    // between, continues that Markdown paragraph ("06:42 Gemini 3 Pro 的分数"
    // over "嘉宾认为……", a chapter and its summary): it is at that moment.
    if (const Turn& turn = section.turns.back();
        !paragraph.range && !bullet && !turn.paragraphs.empty() &&
        clock_led_line_ == line_number - 1 && turn.paragraphs.back().line == clock_led_line_) {
      paragraph.range = turn.paragraphs.back().range;
    }
    clock_led_line_ = !bullet && !stamps.empty() && stamps.front().begin == 0 ? line_number : 0;
    if (!callout_speaker_.empty()) {
      paragraph.reported_speaker = callout_speaker_;
    } else if (std::optional<std::string> reported = ReportedSpeaker(text)) {
      paragraph.reported_speaker = std::move(*reported);
    } else if (std::optional<QuoteSource> quoted = QuoteAttribution(paragraph.plain)) {
      paragraph.reported_speaker = std::move(quoted->name);
      if (!paragraph.range && quoted->moment) paragraph.range = quoted->moment;
    } else if (const Turn& turn = section.turns.back();
               !turn.speaker.empty() && IsRelayNote(turn.speaker_note)) {
      // "Name（转述片段）：": the digest relays the person's words.
      paragraph.reported_speaker = turn.speaker;
    }
    section.turns.back().paragraphs.push_back(std::move(paragraph));
  }

  Result<Episode> Finish() {
    bool timed = false;
    bool speakers = false;
    for (std::size_t i = 0; i < episode_.sections.size(); ++i) {
      Section& section = episode_.sections[i];
      bool labelled = false;
      std::size_t paragraphs = 0;
      for (const Turn& turn : section.turns) {
        labelled = labelled || !turn.speaker.empty();
        paragraphs += turn.paragraphs.size();
      }
      const auto lead = leading_stamp_lines_.find(i);
      const std::size_t stamped = lead == leading_stamp_lines_.end() ? 0 : lead->second;
      // A transcript: most lines open with their own time ("[00:00:07] …").
      const bool transcript = stamped >= 3 && stamped * 2 >= paragraphs;
      if (section.kind == SectionKind::kSummary && !named_sections_.contains(i) &&
          (labelled || transcript)) {
        section.kind = SectionKind::kFullText;
      }
      if (transcript) {
        // Spoken words whose speaker nobody named: not the editor's.
        for (Turn& turn : section.turns) {
          if (turn.speaker.empty() && turn.speaker_note.empty()) turn.spoken = true;
        }
      }
    }
    if (Status s = ApplySidecar(); !s) return std::unexpected(s.error());
    FillOpenEnds();
    InheritEnclosingTimes();
    BindInterviewRoles();
    AssignArticleAuthor();
    const int quoted_paragraphs = GiveProseQuotesToTheirSpeakers();
    NameReportedSpeakersAsKeyed();
    // A recap that quotes people again and again reports what was said.
    speakers = speakers || quoted_paragraphs >= 3;
    for (const Section& section : episode_.sections) {
      timed = timed || section.range.has_value();
      for (const Turn& turn : section.turns) {
        speakers = speakers || !turn.speaker.empty();
        timed = timed || turn.range.has_value();
        for (const Paragraph& paragraph : turn.paragraphs) timed = timed || paragraph.range;
      }
    }
    if (episode_.url.empty() && !episode_.video_id.empty()) {
      episode_.url = "https://www.youtube.com/watch?v=" + episode_.video_id;
      episode_.report.fields.push_back({"url", episode_.url, "video_id"});
    }
    // Metadata that names the show, its hosts or its guests describes an
    // episode even when it gives no link ("show: 硅基漫游指南", "主播 Host：…"),
    // and so does a title or an opening that says it covers one.
    // A folder's README.md or index.md without front matter documents the
    // folder: the times it shows are examples, and it may well say that the
    // folder holds podcasts.
    const std::string name = AsciiLower(std::filesystem::path(path_).filename().string());
    const bool folder_document =
        (name == "readme.md" || name == "index.md") && !front_matter_found_;
    bool sourced = !episode_.url.empty() || !episode_.show.empty() || !episode_.hosts.empty() ||
                   !episode_.listed_speakers.empty();
    if (folder_document && !sourced && !speakers) timed = false;
    sourced = sourced || (!folder_document && !timed && !speakers && OpeningNamesAnEpisode());
    if (!sourced && !timed && !speakers) {
      if (!options_.as_note) {
        return std::unexpected<Error>(
            Error{ErrorCode::kNotADigest,
                  "no source (URL or video_id), no timestamps and no speaker turns: looks like a "
                  "note, not a digest",
                  "ingest it anyway with --as-note; its claims then belong to its author or to "
                  "nobody",
                  path_, 0});
      }
      episode_.report.notes.push_back("read as a note (--as-note)");
    }
    if (episode_.title.empty()) episode_.title = first_heading_title_;
    if (episode_.report.format.empty()) episode_.report.format = "Markdown";
    return std::move(episode_);
  }

  // The title, or the first lines under it, say that what the file covers is
  // an episode: "本期《硅谷隔壁》请来了两位嘉宾", "直播复盘", "notes on Priya
  // Raman's keynote", "On the podcast this week". A recap written as prose
  // (a WeChat article, a forum answer, a blog post) has no link, clock or
  // turn label, yet it is about an episode; a personal note names none. The
  // words are kept few and plain, and the report says which one decided. An
  // issue number alone ("第 3 期") is not enough: a weekly report has one too.
  bool OpeningNamesAnEpisode() {
    std::vector<std::string> opening;
    opening.push_back(episode_.title.empty() ? first_heading_title_ : episode_.title);
    int headings = 0;
    for (std::size_t i = first_body_line_; i < lines_.size() && opening.size() < 4; ++i) {
      const std::string_view text = Trim(lines_[i].text);
      if (text.empty()) continue;
      if (MatchHeading(text)) {
        if (++headings > 1) break;
        opening.push_back(StripInline(text));
        continue;
      }
      opening.push_back(StripInline(text));
    }
    static constexpr std::array<std::string_view, 14> kChinese = {
        "播客", "本期", "这期", "这一期", "节目", "访谈", "专访",
        "对谈", "直播", "演讲", "圆桌",   "嘉宾", "主播", "回放"};
    static constexpr std::array<std::string_view, 6> kEnglish = {
        "podcast", "episode", "interview", "keynote", "livestream", "fireside chat"};
    for (std::size_t n = 0; n < opening.size(); ++n) {
      const std::string lower = AsciiLower(opening[n]);
      std::string_view found;
      for (std::string_view word : kChinese) {
        if (found.empty() && lower.find(word) != std::string::npos) found = word;
      }
      for (std::string_view word : kEnglish) {
        for (std::size_t at = lower.find(word); at != std::string::npos && found.empty();
             at = lower.find(word, at + 1)) {
          const std::size_t end = at + word.size();
          const bool starts = at == 0 || !internal::IsAsciiAlpha(lower[at - 1]);
          const bool ends =
              end == lower.size() || !internal::IsAsciiAlpha(lower[end]) || lower[end] == 's';
          if (starts && ends) found = word;
        }
      }
      if (!found.empty()) {
        episode_.report.notes.push_back(std::string(n == 0 ? "the title" : "the opening") +
                                        " names an episode (\"" + std::string(found) +
                                        "\"): read as a digest");
        return true;
      }
    }
    return false;
  }

  // The folder's README.md / index.md front matter, for what the file left out.
  Status ApplySidecar() {
    if (options_.sidecar_bytes.empty()) return {};
    std::vector<std::string_view> texts;
    std::string_view rest = options_.sidecar_bytes;
    while (!rest.empty()) {
      const std::size_t end = rest.find('\n');
      std::string_view line = rest.substr(0, end);
      if (line.ends_with('\r')) line.remove_suffix(1);
      texts.push_back(line);
      if (end == std::string_view::npos) break;
      rest.remove_prefix(end + 1);
    }
    Result<internal::FrontMatter> front = internal::ReadFrontMatter(texts);
    if (!front || !front->found) return {};  // A sidecar we cannot read adds nothing.
    const std::string name = std::filesystem::path(options_.sidecar_path).filename().string();
    for (internal::FrontMatterField& field : front->fields) field.line = 0;
    return ApplyFrontMatter(front->fields, "sidecar " + name);
  }

  // A time that stands alone ("[00:00:07] …", "## (1:06:02)") runs until the
  // next one, so that claims between two moments get an estimate.
  void FillOpenEnds() {
    Section* open_section = nullptr;
    for (std::size_t i = 0; i < episode_.sections.size(); ++i) {
      Section& section = episode_.sections[i];
      if (!section.range) continue;
      if (open_section && section.range->start_s > open_section->range->start_s) {
        open_section->range->end_s = section.range->start_s;
      }
      // A written zero-length range ("53:13 - 53:13") is kept as written.
      open_section = open_end_sections_.contains(i) ? &section : nullptr;
    }
    Paragraph* open = nullptr;
    for (Section& section : episode_.sections) {
      for (Turn& turn : section.turns) {
        for (Paragraph& paragraph : turn.paragraphs) {
          if (!paragraph.range) continue;
          if (open && paragraph.range->start_s > open->range->start_s &&
              paragraph.range->start_s - open->range->start_s <= kMaxOpenEndSeconds) {
            open->range->end_s = paragraph.range->start_s;
          }
          open = paragraph.range->start_s == paragraph.range->end_s ? &paragraph : nullptr;
        }
      }
    }
  }

  // A heading without a time of its own under one with a time ("#### 🤖
  // AI-generated summary" under "### [12:34] Benchmarks are saturated") lies
  // inside the enclosing moment: its turns take that range, so its claims
  // open the episode where the enclosing section starts. The section keeps
  // no range of its own (it is not a timed section and its kind stays).
  void InheritEnclosingTimes() {
    std::vector<std::pair<int, std::optional<TimeRange>>> enclosing;  // Level, range.
    for (Section& section : episode_.sections) {
      while (!enclosing.empty() && enclosing.back().first >= section.level) enclosing.pop_back();
      std::optional<TimeRange> range = section.range;
      if (!range && !enclosing.empty()) {
        range = enclosing.back().second;
        if (range) {
          for (Turn& turn : section.turns) {
            if (!turn.range) turn.range = range;
          }
        }
      }
      enclosing.emplace_back(section.level, range);
    }
  }

  // A quote's attribution names people as the turns do ("—— Tina（27:18）"):
  // a label the digest says who it is ("Tina 就是唐语桐") is that person there
  // too.
  void NameReportedSpeakersAsKeyed() {
    if (speaker_key_.empty()) return;
    for (Section& section : episode_.sections) {
      for (Turn& turn : section.turns) {
        for (Paragraph& p : turn.paragraphs) {
          if (p.reported_speaker.empty()) continue;
          if (const auto named = speaker_key_.find(SpeakerKeyForm(p.reported_speaker));
              named != speaker_key_.end()) {
            p.reported_speaker = named->second;
          }
        }
      }
    }
  }

  // An interview written as Q&A (interview_roles.h): the answers are the one
  // interviewee's the document names, the questions the one host's the cover
  // names. The label stays as the turn's note ("答"), as a role does beside
  // a name ("主持人 (Bill)").
  void BindInterviewRoles() {
    bool answers = false;
    for (const Section& section : episode_.sections) {
      for (const Turn& turn : section.turns) answers = answers || IsAnswerLabel(turn.speaker);
    }
    if (!answers) return;
    const std::string host = episode_.hosts.size() == 1 ? episode_.hosts.front() : std::string();
    const std::string guest = OneInterviewee();
    for (Section& section : episode_.sections) {
      for (Turn& turn : section.turns) {
        const std::string* person = IsAnswerLabel(turn.speaker)     ? &guest
                                    : IsQuestionLabel(turn.speaker) ? &host
                                                                    : nullptr;
        if (person == nullptr || person->empty()) continue;
        turn.speaker_note =
            turn.speaker_note.empty() ? turn.speaker : turn.speaker + "; " + turn.speaker_note;
        turn.speaker = *person;
      }
    }
    if (!guest.empty()) {
      episode_.report.notes.push_back("an interview in questions and answers: " + guest +
                                      " gives the answers");
    }
  }

  // The one person the document says is interviewed: the cover's one guest
  // (a listed name that is no host's), else the one the title names,
  // if the text names them too (a title's word that looks like a name but
  // never comes back in the text is not trusted). "" when there are several or none.
  std::string OneInterviewee() const {
    std::vector<std::string> guests;
    for (const std::string& name : episode_.listed_speakers) {
      const bool hosts =
          std::find(episode_.hosts.begin(), episode_.hosts.end(), name) != episode_.hosts.end();
      if (hosts || IsQuestionLabel(name) || IsAnswerLabel(name) || IsGenericSpeaker(name)) continue;
      if (std::find(guests.begin(), guests.end(), name) == guests.end()) guests.push_back(name);
    }
    if (guests.size() == 1) return guests.front();
    if (!guests.empty()) return {};
    const std::string named =
        IntervieweeInTitle(episode_.title.empty() ? first_heading_title_ : episode_.title);
    if (named.empty() ||
        std::find(episode_.hosts.begin(), episode_.hosts.end(), named) != episode_.hosts.end()) {
      return {};
    }
    // A Latin name may come back by its surname alone ("Whitfield said").
    const std::size_t space = named.rfind(' ');
    const std::string surname = space == std::string::npos ? named : named.substr(space + 1);
    for (const Section& section : episode_.sections) {
      for (const Turn& turn : section.turns) {
        for (const Paragraph& paragraph : turn.paragraphs) {
          if (paragraph.text.find(surname) != std::string::npos) return named;
        }
      }
    }
    return {};
  }

  // An article with a byline and no dialogue is its author's: its unlabelled
  // text goes to the author, except what the file calls a summary.
  void AssignArticleAuthor() {
    if (episode_.author.empty()) return;
    for (const Section& section : episode_.sections) {
      for (const Turn& turn : section.turns) {
        if (!turn.speaker.empty()) return;
      }
    }
    int given = 0;
    for (std::size_t i = 0; i < episode_.sections.size(); ++i) {
      Section& section = episode_.sections[i];
      if (section.kind == SectionKind::kOther ||
          (section.kind == SectionKind::kSummary && named_sections_.contains(i))) {
        continue;
      }
      section.kind = SectionKind::kFullText;
      for (Turn& turn : section.turns) {
        if (!turn.speaker_note.empty()) continue;  // The editor's marked lines stay the editor's.
        turn.speaker = episode_.author;
        ++given;
      }
    }
    if (given > 0) {
      episode_.report.notes.push_back("an article by " + episode_.author +
                                      ": its text is the author's");
      GiveArticleQuotesToTheirSpeakers();
    }
  }

  // Whether a paragraph was written as a Markdown block quote ("> …").
  bool IsBlockQuote(const Paragraph& p) const {
    const std::size_t index = static_cast<std::size_t>(p.line) - 1;
    return index < lines_.size() && lines_[index].number == p.line &&
           Trim(lines_[index].text).starts_with('>');
  }

  // A recap written as prose, with no speaker labels: a paragraph that
  // quotes someone's own words is theirs (prose_quotes.h). Returns how many
  // paragraphs it gave to someone.
  int GiveProseQuotesToTheirSpeakers() {
    for (const Section& section : episode_.sections) {
      for (const Turn& turn : section.turns) {
        if (!turn.speaker.empty() && turn.speaker != episode_.author) return 0;
        if (turn.spoken) return 0;
      }
    }
    std::vector<std::string> texts = {episode_.title};
    for (const Section& section : episode_.sections) {
      texts.push_back(section.title);
      for (const Turn& turn : section.turns) {
        for (const Paragraph& p : turn.paragraphs) texts.push_back(p.plain);
      }
    }
    internal::ProseQuoteReader reader(texts);
    if (!reader.HasPeople()) return 0;
    int given = 0;
    reader.Mention(episode_.title);
    for (Section& section : episode_.sections) {
      reader.Mention(section.title);
      for (Turn& turn : section.turns) {
        if (!turn.speaker_note.empty()) continue;  // The editor's marked lines stay the editor's.
        for (Paragraph& p : turn.paragraphs) {
          if (!p.reported_speaker.empty()) {
            reader.Mention(p.plain);
            continue;
          }
          internal::ProseQuoteReader::Quoted quoted = reader.Read(p.plain, IsBlockQuote(p));
          if (quoted.person.empty() || quoted.person == turn.speaker) continue;
          p.reported_speaker = std::move(quoted.person);
          p.reported_begin = quoted.begin;
          p.reported_end = quoted.end;
          ++given;
        }
      }
    }
    if (given > 0) {
      episode_.report.notes.push_back(
          given == 1
              ? std::string("1 paragraph quotes someone's own words: theirs, reported")
              : std::to_string(given) + " paragraphs quote someone's own words: theirs, reported");
    }
    return given;
  }

  // In an article, a block quote is someone else's words, and the paragraph
  // above it says whose: "Raman opened with a chart …" then "> Once three
  // frontier models …". The quote goes to the person that paragraph opens
  // with: a full name ("Marcus Oyelaran, who …"), or a surname the article
  // gives in full elsewhere ("Raman" of "Priya Raman"). Otherwise it stays
  // the author's, as before.
  void GiveArticleQuotesToTheirSpeakers() {
    std::vector<std::string> full_names;
    const auto collect = [&](std::string_view text) {
      for (std::string& name : CapitalisedNames(text)) {
        if (name.find(' ') != std::string::npos &&
            std::find(full_names.begin(), full_names.end(), name) == full_names.end()) {
          full_names.push_back(std::move(name));
        }
      }
    };
    collect(episode_.title);
    for (const Section& section : episode_.sections) {
      for (const Turn& turn : section.turns) {
        for (const Paragraph& p : turn.paragraphs) collect(p.plain);
      }
    }
    for (Section& section : episode_.sections) {
      std::string quoted;  // Whose the quote being read is; "" when no one's.
      std::string_view above;
      for (Turn& turn : section.turns) {
        if (turn.speaker != episode_.author) continue;
        for (Paragraph& p : turn.paragraphs) {
          const bool quote = IsBlockQuote(p);
          if (!quote) {
            above = p.plain;
            quoted.clear();
            continue;
          }
          if (quoted.empty()) quoted = SubjectOf(above, full_names);
          if (!quoted.empty() && p.reported_speaker.empty()) p.reported_speaker = quoted;
        }
      }
    }
  }

  // Runs of one to three capitalised words ("Priya Raman", "Raman") in text.
  static std::vector<std::string> CapitalisedNames(std::string_view text) {
    std::vector<std::string> names;
    std::size_t i = 0;
    while (i < text.size()) {
      if (text[i] < 'A' || text[i] > 'Z' || (i > 0 && internal::IsAsciiAlpha(text[i - 1]))) {
        ++i;
        continue;
      }
      std::size_t end = i;
      int words = 0;
      while (end < text.size() && text[end] >= 'A' && text[end] <= 'Z' && words < 3) {
        std::size_t word_end = end + 1;
        while (word_end < text.size() && text[word_end] >= 'a' && text[word_end] <= 'z') {
          ++word_end;
        }
        if (word_end - end < 2 ||
            (word_end < text.size() && internal::IsAsciiAlpha(text[word_end]))) {
          break;
        }
        ++words;
        const std::size_t after = word_end;
        end = word_end;
        if (after + 1 < text.size() && text[after] == ' ' && text[after + 1] >= 'A' &&
            text[after + 1] <= 'Z') {
          end = after + 1;
        } else {
          break;
        }
      }
      while (end > i && (text[end - 1] == ' ')) --end;
      if (words > 0) names.emplace_back(text.substr(i, end - i));
      i = std::max(end, i + 1);
    }
    return names;
  }

  // The person a paragraph opens with: the full name it starts with, or a
  // surname ("Raman's answer was …") of a full name in `full_names`.
  static std::string SubjectOf(std::string_view paragraph,
                               const std::vector<std::string>& full_names) {
    const std::vector<std::string> names = CapitalisedNames(paragraph);
    if (names.empty() || !paragraph.starts_with(names.front())) return {};
    const std::string& first = names.front();
    if (std::find(full_names.begin(), full_names.end(), first) != full_names.end()) return first;
    std::string match;
    for (const std::string& full : full_names) {
      if (full.size() > first.size() && full.ends_with(" " + first)) {
        if (!match.empty() && match != full) return {};  // Two people share it.
        match = full;
      }
    }
    return match;
  }

  const std::string path_;
  const ParseOptions options_;
  std::vector<Line> lines_;
  std::unordered_map<int, std::string> name_lines_;      // Line number → the speaker it names.
  // The top-level list item being read: its first line (0 when none), its
  // indent, its section and the moment it has so far.
  int item_line_ = 0;
  std::size_t item_indent_ = 0;
  std::size_t item_section_ = 0;
  std::optional<TimeRange> item_range_;
  // The "Transcript:" line of a highlight being read (0 when none), its
  // indent, and whether a name under it has opened a speaker's turn.
  int transcript_line_ = 0;
  std::size_t transcript_indent_ = 0;
  bool transcript_speakers_ = false;
  std::unordered_map<int, std::size_t> name_line_rest_;  // "[Name] words": where the words start.
  std::unordered_set<int> clock_lines_below_name_;       // Lines that only time the turn above.
  std::unordered_map<int, TimeRange> name_line_moment_;  // "Name (00:01:23)": the clock after it.
  std::unordered_map<std::string, std::string> speaker_key_;  // "发言人1" (SpeakerKeyForm) → name.
  std::unordered_set<int> speaker_key_lines_;                 // Lines that hold such a key.
  std::size_t first_body_line_ = 0;  // Index of the first line after the front matter.
  // Inside the lines under a "时间轴" line, up to a blank line after them.
  bool chapter_block_ = false;
  int chapter_marker_line_ = 0;
  bool chapter_section_ = false;  // Under a heading that names a chapter list.
  bool comment_section_ = false;  // Under "## 评论区": listeners' comments.
  int chevron_lines_ = 0;         // Lines opening with ">>", a caption's change of speaker.
  std::string callout_speaker_;              // Whom the open "> [!quote] Name" callout quotes.
  std::optional<TimeRange> callout_moment_;  // The clock in its title ("> [!quote] 00:45 — 名").
  std::optional<TimeRange> details_moment_;  // The clock of an open block's "<summary>".
  int details_line_ = 0;                     // The line that opened that block.
  std::deque<std::string>
      rewritten_lines_;  // Lines read from HTML or tables; lines_ points into them.
  Episode episode_;
  std::unordered_set<std::string> known_speakers_;      // Listed in metadata.
  std::unordered_map<std::string, int> label_counts_;   // "Name：" labels opening a line.
  std::unordered_map<std::string, int> bullet_label_counts_;  // "- **Name**：" list items.
  std::unordered_map<std::string, int> timed_item_labels_;    // "- 14:20 陆川：" list items.
  bool typed_item_turn_ = false;                              // The open turn is one such item's,
  std::size_t typed_item_indent_ = 0;                         // at this indent.
  std::unordered_set<std::string> speaking_;            // Names that opened a turn so far.
  int recurring_speakers_ = 0;                          // Labels used twice or more.
  // A question label and an answer label each open two lines or more.
  bool question_and_answer_turns_ = false;
  std::unordered_set<std::string> timed_label_names_;  // Names of labels that open a timed line.
  std::unordered_set<std::string> heading_speaker_names_;  // Names of timed headings.
  int timed_headings_ = 0;        // Headings that hold a time.
  int named_timed_headings_ = 0;  // Of those, headings that are a name and a time.
  std::string_view next_text_;    // The line after the one being read ("" at the end).
  int timed_lines_ = 0;           // Lines that open with a time stamp.
  int timed_labelled_lines_ = 0;  // Of those, lines whose stamp a label follows.
  std::unordered_map<std::size_t, std::size_t> leading_stamp_lines_;  // Per section.
  std::unordered_set<std::size_t> named_sections_;      // Sections whose kind their name gave.
  std::unordered_set<std::size_t> open_end_sections_;   // Headings with one moment, no end.
  std::size_t sections_open_ = 0;                       // Sections started so far.
  // Kind of the last "#"/"##" section. Before any, a "###" heading holds
  // content as an unknown "##" does (an assistant's answer pasted as a note
  // opens with "### 1. …"), not nothing.
  SectionKind parent_kind_ = SectionKind::kSummary;
  bool parent_cover_ = false;                           // Whether that section is the cover.
  bool parent_named_ = false;                           // Whether its name gave its kind.
  bool section_named_ = false;                          // Same, for the current section.
  bool in_cover_ = false;                               // Lines are cover metadata.
  // After "**材料信息**" alone on a line: the list below it is a cover.
  bool cover_block_ = false;
  // The header cells of the table being read, inline marks stripped; empty
  // outside a table.
  std::vector<std::string> table_header_;
  // Inside a run of "- **Key:** value" header fields, one of which was
  // metadata: the rest are read as metadata too, even after a field that is
  // content ("- **TL;DR:** …" before "- **Rating:** 4").
  bool header_run_ = false;
  std::unordered_map<std::string, int> bold_only_counts_;  // CountBoldOnlyLines.
  bool in_fence_ = false;                               // Inside ``` or ~~~.
  bool in_details_ = false;                             // Inside <details>…</details>.
  bool in_open_details_ = false;                        // Inside a <details> block read as text.
  Paragraph* details_target_ = nullptr;                 // Line the <details> translates.
  bool content_seen_ = false;                           // A claim-bearing line was read.
  bool front_matter_found_ = false;                     // The file opens with front matter.
  bool link_disagreement_noted_ = false;                // Reported once per file.
  int citation_boundary_line_ = 0;  // Citation lines time points after this line only.
  // The section (by sections_open_) whose bare moments head the point below
  // them rather than time the points above.
  std::optional<std::size_t> moments_head_section_;
  std::optional<TimeRange> pending_moment_;  // A heading moment awaiting its point.
  std::optional<TimeRange> cue_moment_;      // The subtitle cue being read, to its blank line.
  int timed_bold_heading_level_ = 0;         // The level TimedBoldHeading gave its last header,
  std::string timed_bold_heading_word_;      // and that header's first word.
  bool comment_section_file_ = false;        // Two comment footers or more (CountCommentFooters).
  bool block_speakers_ =
      false;                // An outliner page names its blocks' speakers (CountBlockSpeakers).
  int block_line_ = 0;      // The first line of the outliner block being read.
  int clock_led_line_ = 0;  // The last line added that opened with a clock, not a list item.
  bool awaiting_editor_title_ = false;       // Just after "——" in the transcript.
  std::optional<Turn> resume_;               // Speaker to resume after an editor line.
  std::optional<Turn> first_person_;         // Speaker of a first-person section.
  std::optional<int> turn_owner_level_;      // Level of the section the last labelled turn began in.
  std::vector<std::size_t> bullet_indents_;  // Indents of the open bullet levels.
  std::string first_heading_title_;          // Title fallback.
  int first_text_line_ = 0;                  // The body's first non-blank line.
};

}  // namespace

Result<Episode> ParseDigest(std::string_view bytes, const std::string& path,
                            const ParseOptions& options) {
  if (bytes.size() > options.max_bytes) {
    return ParseError(
        path, 1,
        "file is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
            std::to_string(options.max_bytes) + " bytes for a digest",
        "digests are a few tens of kilobytes; raise ParseOptions::max_bytes if this is "
        "really one");
  }
  const std::string hash = ContentHash(bytes);
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF") ||
      FirstInvalidUtf8(bytes) != std::string_view::npos) {
    // Read in the encoding a Windows tool saved it in, and say so.
    if (std::optional<internal::DecodedText> decoded = internal::DecodeNonUtf8(bytes)) {
      Result<Episode> episode = ParseDigest(decoded->utf8, path, options);
      if (!episode) return episode;
      episode->content_hash = hash;
      episode->report.fields.insert(
          episode->report.fields.begin(),
          ReadReport::Field{"encoding", decoded->encoding, "the file's bytes, converted to UTF-8"});
      return episode;
    }
  }
  std::string_view body = bytes;
  if (body.starts_with(kBom)) body.remove_prefix(kBom.size());
  if (body.empty()) return ParseError(path, 1, "file is empty");
  if (const void* nul = std::memchr(body.data(), '\0', body.size())) {
    const std::size_t offset =
        static_cast<std::size_t>(static_cast<const char*>(nul) - body.data());
    return ParseError(path, LineOfOffset(body, offset),
                      "file contains NUL bytes: looks binary, not Markdown");
  }
  if (const std::size_t bad = FirstInvalidUtf8(body); bad != std::string_view::npos) {
    return ParseError(path, LineOfOffset(body, bad),
                      "invalid UTF-8 at byte " + std::to_string(bad + (bytes.size() - body.size())),
                      "save the file as UTF-8");
  }
  if (Trim(body).empty()) return ParseError(path, 1, "file holds only whitespace");
  // WebVTT, SRT and Podcasting 2.0 JSON transcripts have readers of their own.
  if (auto transcript = internal::ReadTranscriptFormat(body, path, hash)) return std::move(*transcript);

  std::vector<Line> lines;
  int number = 0;
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view text = body.substr(start, end - start);
    if (text.ends_with('\r')) text.remove_suffix(1);
    lines.push_back(Line{text, ++number});
    start = end + 1;
  }
  DigestParser parser(path, options, std::move(lines));
  return parser.Run(hash, number);
}

namespace {

struct Sidecar {
  std::string path;
  std::string bytes;
  bool is_self = false;  // `path` is itself the sidecar of its folder.
};

bool IsSidecarName(const std::filesystem::path& file) {
  const std::string name = AsciiLower(file.filename().string());
  return name == "readme.md" || name == "index.md";
}

bool IsReadableDigestName(const std::filesystem::path& file) {
  const std::string ext = AsciiLower(file.extension().string());
  return ext == ".md" || ext == ".markdown" || ext == ".vtt" || ext == ".srt";
}

// A README.md or index.md with front matter beside `path` describes the
// episode of its folder. Small files only: a sidecar is a page of metadata.
std::optional<Sidecar> FindSidecar(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path file(path);
  const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
  // Looked up by name, not by listing the folder: ingest calls this for every
  // file, and a folder of thousands of digests must not be listed per file.
  std::optional<fs::path> candidate;
  for (const char* name : {"README.md", "readme.md", "Readme.md", "README.MD", "index.md",
                           "INDEX.md"}) {
    if (fs::is_regular_file(folder / name, ec)) {
      candidate = folder / name;
      break;
    }
  }
  if (!candidate) return std::nullopt;
  const std::uintmax_t size = fs::file_size(*candidate, ec);
  if (ec || size > (1u << 20)) return std::nullopt;
  Result<std::string> bytes = ReadFileBytes(candidate->string());
  if (!bytes) return std::nullopt;  // Unreadable: the files beside it go without.
  Sidecar sidecar{candidate->string(), std::move(*bytes), false};
  if (!sidecar.bytes.starts_with("---")) return std::nullopt;  // No front matter: not a sidecar.
  if (fs::equivalent(*candidate, file, ec)) {
    // The sidecar itself: metadata only when other files sit beside it.
    bool siblings = false;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end && !siblings;
         it.increment(ec)) {
      siblings = it->is_regular_file(ec) && !IsSidecarName(it->path()) &&
                 IsReadableDigestName(it->path());
    }
    if (!siblings) return std::nullopt;  // Alone in its folder: read it as a digest.
    sidecar.is_self = true;
  }
  return sidecar;
}

// Names an episode folder gives its files: "summary.zh-CN.md",
// "transcript.en.md", "notes.md". Language and variant suffixes may follow.
bool IsEpisodeFolderFileName(const std::filesystem::path& file) {
  const std::string name = AsciiLower(file.filename().string());
  for (std::string_view stem : {"summary", "transcript", "notes", "readme", "index", "chapters",
                                "captions", "subtitles"}) {
    if (name.starts_with(stem) && (name.size() == stem.size() || name[stem.size()] == '.' ||
                                   name[stem.size()] == '-' || name[stem.size()] == '_')) {
      return true;
    }
  }
  return false;
}

// The folder of `path` when it is an episode folder: its readable files all
// carry episode-folder names and there are at least two of them.
std::string EpisodeFolder(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path file(path);
  if (!IsEpisodeFolderFileName(file)) return {};
  const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
  int readable = 0;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec) || !IsReadableDigestName(it->path())) continue;
    if (!IsEpisodeFolderFileName(it->path())) return {};
    ++readable;
  }
  if (readable < 2) return {};
  const fs::path canonical = fs::weakly_canonical(folder, ec);
  return ec ? folder.string() : canonical.string();
}

}  // namespace

Result<Episode> ParseDigestFile(const std::string& path, const ParseOptions& options) {
  std::error_code ec;
  const std::filesystem::file_status status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    return std::unexpected<Error>(
        Error{ErrorCode::kIO, "cannot read digest: no such file", "check the path", path, 0});
  }
  if (std::filesystem::is_directory(status)) {
    return std::unexpected<Error>(Error{ErrorCode::kIO, "cannot read digest: is a directory",
                                        "pass a Markdown file", path, 0});
  }
  // Refuse huge files before reading them into memory.
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > options.max_bytes) {
    return ParseError(
        path, 1,
        "file is " + std::to_string(size) + " bytes, over the limit of " +
            std::to_string(options.max_bytes) + " bytes for a digest",
        "digests are a few tens of kilobytes; raise ParseOptions::max_bytes if this is "
        "really one");
  }
  Result<std::string> bytes = ReadFileBytes(path);
  if (!bytes) {
    return std::unexpected<Error>(
        Error{ErrorCode::kIO, "cannot read digest: " + bytes.error().message, "", path, 0});
  }
  std::string episode_folder = EpisodeFolder(path);
  ParseOptions with_sidecar = options;
  if (with_sidecar.sidecar_bytes.empty()) {
    std::optional<Sidecar> sidecar = FindSidecar(path);
    if (sidecar && sidecar->is_self) {
      return std::unexpected<Error>(Error{
          ErrorCode::kNotADigest,
          "episode folder metadata: read as the sidecar of the other files in its folder", "",
          path, 0});
    }
    if (sidecar) {
      with_sidecar.sidecar_path = sidecar->path;
      with_sidecar.sidecar_bytes = std::move(sidecar->bytes);
    }
  }
  Result<Episode> episode = ParseDigest(*bytes, path, with_sidecar);
  if (episode) episode->episode_folder = std::move(episode_folder);
  return episode;
}

std::string ContentHash(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a 64 offset basis.
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 0x100000001b3ULL;  // FNV-1a 64 prime.
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

}  // namespace claimkb
