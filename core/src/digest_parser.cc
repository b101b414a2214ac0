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
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

#include "markdown_inline.h"
#include "timestamp.h"
#include "transcript_reader.h"

namespace claimkb {
namespace {

using internal::BracketRange;
using internal::FindBracketedRange;
using internal::Highlights;
using internal::StripInline;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kFullColon = "\xEF\xBC\x9A";  // ：
constexpr std::string_view kFullOpen = "\xEF\xBC\x88";   // （
constexpr std::string_view kFullClose = "\xEF\xBC\x89";  // ）

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
  std::size_t indent = 0;    // Columns before the marker, a tab counting as four.
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
  return result;
}

// ---------------------------------------------------------------------------
// Section names.

enum class NameClass { kUnknown, kSummary, kFullText, kCover };

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
  const std::string name = AsciiLower(StripTrailingColon(title));
  static constexpr std::array<std::string_view, 12> kSummary = {
      "摘要总结", "关键要点",   "模型总结",      "摘要",       "总结",      "要点",
      "summary",  "key points", "key takeaways", "highlights", "takeaways", "tl;dr"};
  static constexpr std::array<std::string_view, 8> kFullText = {
      "原始全文",        "全文",       "译文", "翻译", "transcript", "full text",
      "full transcript", "translation"};
  static constexpr std::array<std::string_view, 5> kCover = {"封面", "cover", "metadata", "元信息",
                                                             "基本信息"};
  for (std::string_view k : kSummary) {
    if (NameIs(name, k)) return NameClass::kSummary;
  }
  for (std::string_view k : kFullText) {
    if (NameIs(name, k)) return NameClass::kFullText;
  }
  for (std::string_view k : kCover) {
    if (NameIs(name, k)) return NameClass::kCover;
  }
  return NameClass::kUnknown;
}

// ---------------------------------------------------------------------------
// Cover metadata.

enum class MetaKey { kNone, kTitle, kUrl, kDate, kDuration, kSpeakers };

MetaKey ClassifyMetaKey(std::string_view raw) {
  const std::string key = AsciiLower(Trim(raw));
  if (key == "标题" || key == "title") return MetaKey::kTitle;
  if (key == "链接" || key == "link" || key == "url" || key == "原链接" || key == "source") {
    return MetaKey::kUrl;
  }
  if (key == "发布日期" || key == "published" || key == "date" || key == "日期" ||
      key == "publish date" || key == "release date") {
    return MetaKey::kDate;
  }
  if (key == "覆盖时长" || key == "duration" || key == "时长" || key == "length") {
    return MetaKey::kDuration;
  }
  if (key == "识别说话人" || key == "speakers" || key == "说话人" || key == "嘉宾") {
    return MetaKey::kSpeakers;
  }
  return MetaKey::kNone;
}

// Splits "key：value" or "key: value". The key must be short: "- 标题：..." is
// metadata, a sentence with a colon is not.
std::optional<std::pair<std::string_view, std::string_view>> SplitKeyValue(std::string_view text) {
  const std::size_t full = text.find(kFullColon);
  const std::size_t ascii = text.find(':');
  std::size_t at = std::min(full, ascii);
  if (at == std::string_view::npos || at > 40) return std::nullopt;
  const std::size_t len = at == full ? kFullColon.size() : 1;
  return std::make_pair(Trim(text.substr(0, at)), Trim(text.substr(at + len)));
}

// "2025-11-21", "2025/11/21", "2025.11.21", "2025年11月21日", with an optional
// time after it, as YYYY-MM-DD; empty for "未知日期" and anything unreadable.
std::string NormalizeDate(std::string_view text) {
  text = Trim(text);
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
    if (c == '-' || c == '/' || c == '.') {
      ++i;
    } else if (text.substr(i, 3) == "\xE5\xB9\xB4" ||
               text.substr(i, 3) == "\xE6\x9C\x88") {  // 年 月
      i += 3;
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
  for (std::size_t i = 0; i < value.size();) {
    if (value[i] == ',' || value[i] == ';') {
      flush();
      ++i;
    } else if (value.substr(i, 3) == "\xEF\xBC\x8C" || value.substr(i, 3) == "\xE3\x80\x81" ||
               value.substr(i, 3) == "\xEF\xBC\x9B") {  // ， 、 ；
      flush();
      i += 3;
    } else {
      current += value[i++];
    }
  }
  flush();
  return out;
}

std::string Unquote(std::string_view value) {
  value = Trim(value);
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
      value.back() == value.front()) {
    value = value.substr(1, value.size() - 2);
  }
  return std::string(value);
}

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

bool IsPlausibleName(std::string_view name) {
  if (name.empty() || CountCodePoints(name) > kMaxNameCodePoints) return false;
  if (name.front() >= '0' && name.front() <= '9') return false;
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
      Result<std::optional<internal::RangeMatch>> range = internal::MatchTimeRange(inner);
      if (!range) return std::unexpected(range.error());
      if (*range) {
        out.range = (*range)->range;
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
        if (*range) {
          label.range = (*range)->range;
        } else {
          label.note = std::string(Trim(content));
        }
        after = Trim(after.substr(span->close + span->close_len));
      }
      if (after.starts_with(kFullColon)) {
        label.rest = Trim(after.substr(kFullColon.size()));
      } else if (after.starts_with(':')) {
        label.rest = Trim(after.substr(1));
      } else {
        return std::nullopt;
      }
    }
    Label named;
    Result<bool> ok = SplitNameNote(inner, named);
    if (!ok) return std::unexpected(ok.error());
    if (!*ok) return std::nullopt;
    label.name = std::move(named.name);
    if (!named.note.empty())
      label.note = label.note.empty() ? named.note : named.note + "; " + label.note;
    if (named.range) label.range = named.range;
    return label;
  }
  std::size_t colon_len = 0;
  const std::size_t colon = FindLabelColon(line, 0, &colon_len);
  if (colon == std::string_view::npos || colon == 0 || colon > 96) return std::nullopt;
  Result<bool> ok = SplitNameNote(line.substr(0, colon), label);
  if (!ok) return std::unexpected(ok.error());
  if (!*ok) return std::nullopt;
  label.rest = Trim(line.substr(colon + colon_len));
  return label;
}

// The editor marks lines that are its own highlights, not a speaker's words:
// "**加粗要点**：", "- **洞见加粗**：", "- 见解加粗：".
bool IsEditorMarker(std::string_view name) {
  static constexpr std::array<std::string_view, 9> kMarkers = {
      "加粗", "要点", "洞见", "见解", "亮点", "摘选", "highlight", "key point", "takeaway"};
  const std::string lower = AsciiLower(name);
  for (std::string_view m : kMarkers) {
    if (lower.find(m) != std::string::npos) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// The parser proper.

class DigestParser {
 public:
  DigestParser(const std::string& path, std::vector<Line> lines)
      : path_(path), lines_(std::move(lines)) {}

  Result<Episode> Run(std::string content_hash, int line_count) {
    episode_.path = path_;
    episode_.content_hash = std::move(content_hash);
    episode_.line_count = line_count;
    std::size_t first_body_line = 0;
    if (Status s = ParseFrontmatter(&first_body_line); !s) return std::unexpected(s.error());
    CountLabels(first_body_line);
    for (std::size_t i = first_body_line; i < lines_.size(); ++i) {
      if (Status s = ParseLine(lines_[i]); !s) return std::unexpected(s.error());
    }
    return Finish();
  }

 private:
  // Recognises "---" + YAML or JSON + "---" at the very top of the file.
  Status ParseFrontmatter(std::size_t* first_body_line) {
    if (lines_.empty() || Trim(lines_[0].text) != "---") return {};
    std::size_t close = 1;
    while (close < lines_.size() && Trim(lines_[close].text) != "---") ++close;
    if (close >= lines_.size()) return {};  // Just a thematic break, not frontmatter.
    *first_body_line = close + 1;
    std::string body;
    for (std::size_t i = 1; i < close; ++i) {
      body += lines_[i].text;
      body += '\n';
    }
    if (Trim(body).starts_with('{')) {
      nlohmann::json json = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
      if (json.is_discarded() || !json.is_object()) {
        return ParseError(path_, lines_[1].number,
                          "frontmatter starts like JSON but is not a JSON object",
                          "fix the JSON between the two \"---\" lines");
      }
      for (auto it = json.begin(); it != json.end(); ++it) {
        const MetaKey key = ClassifyMetaKey(it.key());
        if (key == MetaKey::kNone) continue;
        std::string value;
        if (it.value().is_string()) {
          value = it.value().get<std::string>();
        } else if (it.value().is_number_integer() && key == MetaKey::kDuration) {
          if (episode_.duration_s < 0) episode_.duration_s = it.value().get<int>();
          continue;
        } else if (it.value().is_array() && key == MetaKey::kSpeakers) {
          for (const auto& item : it.value()) {
            if (item.is_string()) AddListedSpeaker(item.get<std::string>());
          }
          continue;
        } else {
          continue;
        }
        if (Status s = ApplyMeta(key, value, lines_[1].number); !s) return s;
      }
      return {};
    }
    // YAML, the flat "key: value" subset digests use, with "- item" lists.
    MetaKey list_key = MetaKey::kNone;
    for (std::size_t i = 1; i < close; ++i) {
      const std::string_view t = Trim(lines_[i].text);
      if (t.empty() || t.starts_with('#')) continue;
      if (t.starts_with("- ") && list_key == MetaKey::kSpeakers) {
        AddListedSpeaker(Unquote(t.substr(2)));
        continue;
      }
      const std::size_t colon = t.find(':');
      if (colon == std::string_view::npos) continue;
      const MetaKey key = ClassifyMetaKey(t.substr(0, colon));
      const std::string_view value = Trim(t.substr(colon + 1));
      list_key = key;
      if (key == MetaKey::kNone || value.empty()) continue;
      if (key == MetaKey::kSpeakers) {
        for (const std::string& name : SplitList(value)) AddListedSpeaker(name);
        continue;
      }
      if (Status s = ApplyMeta(key, Unquote(value), lines_[i].number); !s) return s;
    }
    return {};
  }

  // The pre-pass: which bold speaker names exist, and how often each plain
  // "Name：" label occurs. A plain label is believed when it recurs, because
  // prose with a colon ("结论：...") rarely repeats its lead-in word for word.
  void CountLabels(std::size_t first_body_line) {
    bool in_fence = false;
    for (std::size_t i = first_body_line; i < lines_.size(); ++i) {
      const std::string_view text = lines_[i].text;
      if (IsFence(text)) {
        in_fence = !in_fence;
        continue;
      }
      if (in_fence || MatchHeading(text)) continue;
      const Bullet b = MatchBullet(text);
      if (b.bullet) continue;
      Result<std::optional<Label>> label = ParseLabel(b.content);
      if (!label || !*label) continue;
      if ((*label)->bold) {
        known_speakers_.insert((*label)->name);
      } else {
        ++plain_label_counts_[(*label)->name];
      }
    }
  }

  void AddListedSpeaker(std::string name) {
    if (name.empty()) return;
    known_speakers_.insert(name);
    episode_.listed_speakers.push_back(std::move(name));
  }

  Status ApplyMeta(MetaKey key, std::string_view value, int line) {
    switch (key) {
      case MetaKey::kTitle:
        if (episode_.title.empty()) {
          episode_.title = StripInline(Trim(value));
          cover_found_ = cover_found_ || !episode_.title.empty();
        }
        break;
      case MetaKey::kUrl:
        if (episode_.url.empty()) {
          episode_.url = ExtractUrl(value);
          cover_found_ = cover_found_ || !episode_.url.empty();
        }
        break;
      case MetaKey::kDate:
        if (episode_.date.empty()) episode_.date = NormalizeDate(value);
        break;
      case MetaKey::kDuration: {
        if (episode_.duration_s >= 0) break;
        Result<std::optional<int>> seconds = internal::ParseClockValue(value);
        if (!seconds) return WithPlace(seconds.error(), path_, line);
        if (*seconds) episode_.duration_s = **seconds;
        break;
      }
      case MetaKey::kSpeakers:
        if (episode_.listed_speakers.empty()) {
          for (const std::string& name : SplitList(value)) AddListedSpeaker(name);
        }
        break;
      case MetaKey::kNone:
        break;
    }
    return {};
  }

  Status ParseLine(const Line& line) {
    const std::string_view text = line.text;
    if (IsFence(text)) {
      // Code is neither a claim nor structure: fenced lines are skipped whole.
      in_fence_ = !in_fence_;
      return {};
    }
    if (in_fence_) return {};
    if (Trim(text).empty()) return {};
    if (std::optional<Heading> heading = MatchHeading(text))
      return StartSection(*heading, line.number);

    if (sections_open_ == 0) StartPreamble(line.number);
    Section& section = episode_.sections.back();

    if (section.kind == SectionKind::kFullText && IsSeparator(text)) {
      StartEditorSection(line.number);
      return {};
    }
    if (IsSeparator(text)) return {};

    const Bullet bullet = MatchBullet(text);
    if (bullet.content.empty()) return {};
    const int depth = BulletDepth(bullet);

    if (awaiting_editor_title_) {
      // The first line after "——" names the editor's block ("加粗摘选：").
      awaiting_editor_title_ = false;
      section.title = StripInline(StripTrailingColon(bullet.content));
      section.line = line.number;
      return {};
    }

    if (in_cover_ || section.level == 0) {
      if (std::optional<std::pair<std::string_view, std::string_view>> kv =
              SplitKeyValue(bullet.content)) {
        const MetaKey key = ClassifyMetaKey(kv->first);
        if (key != MetaKey::kNone) {
          if (Status s = ApplyMeta(key, kv->second, line.number); !s) return s;
        }
      }
    }

    if (section.kind == SectionKind::kFullText) {
      Result<std::optional<Label>> label = ParseLabel(bullet.content);
      if (!label) return WithPlace(label.error(), path_, line.number);
      if (*label && IsEditorMarker((*label)->name)) {
        StartEditorTurn(**label, line.number, bullet.bullet, depth);
        return {};
      }
      if (*label && !bullet.bullet && AcceptLabel(**label, section)) {
        StartSpeakerTurn(**label, line.number);
        return {};
      }
    }
    AddParagraph(bullet.content, line.number, bullet.bullet, depth);
    return {};
  }

  // A plain "Name：" is a speaker when the name is known from a bold label or
  // the cover, when it recurs, or when it opens a timed section (where
  // nothing but a speaker is expected to come first).
  bool AcceptLabel(const Label& label, const Section& section) const {
    if (label.bold) return true;
    if (known_speakers_.contains(label.name)) return true;
    const auto it = plain_label_counts_.find(label.name);
    if (it != plain_label_counts_.end() && it->second >= kMinPlainLabelRepeats) return true;
    return section.range.has_value() && section.turns.empty();
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

  Status StartSection(const Heading& heading, int line_number) {
    Result<std::optional<BracketRange>> range = FindBracketedRange(heading.text);
    if (!range) return WithPlace(range.error(), path_, line_number);
    std::string raw(heading.text);
    if (*range) raw.erase((*range)->begin, (*range)->end - (*range)->begin);
    Section section;
    // "## 摘要：" is titled "摘要": a trailing colon is punctuation, not name.
    section.title = StripInline(StripTrailingColon(raw));
    section.line = line_number;
    section.level = heading.level;
    if (*range) section.range = (*range)->range;
    const NameClass name = ClassifyName(section.title);
    if (first_heading_title_.empty()) first_heading_title_ = section.title;
    in_cover_ = false;
    if (heading.level <= 2) {
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
        case NameClass::kUnknown:
          section.kind = SectionKind::kOther;
          break;
      }
      if (section.range) section.kind = SectionKind::kFullText;
      parent_kind_ = section.kind;
    } else if (section.range) {
      section.kind = SectionKind::kFullText;
    } else if (name == NameClass::kSummary) {
      section.kind = SectionKind::kSummary;
    } else if (name == NameClass::kFullText) {
      section.kind = SectionKind::kFullText;
    } else {
      section.kind = parent_kind_;
      in_cover_ = parent_cover_;
    }
    if (heading.level <= 2) parent_cover_ = in_cover_;
    episode_.sections.push_back(std::move(section));
    ++sections_open_;
    ResetTurnState();
    return {};
  }

  // Text before the first heading: a cover written without a heading, or the
  // lead of an article.
  void StartPreamble(int line_number) {
    Section section;
    section.kind = SectionKind::kOther;
    section.line = line_number;
    section.level = 0;
    episode_.sections.push_back(std::move(section));
    ++sections_open_;
    ResetTurnState();
  }

  // After a standalone "——" or "---" inside the transcript, what follows is
  // the editor's (the "加粗摘选" block at the end of a digest).
  void StartEditorSection(int line_number) {
    Section section;
    section.kind = SectionKind::kSummary;
    section.line = line_number;
    section.level = episode_.sections.back().level;
    episode_.sections.push_back(std::move(section));
    ++sections_open_;
    ResetTurnState();
    awaiting_editor_title_ = true;
  }

  void ResetTurnState() {
    bullet_indents_.clear();
    resume_.reset();
    awaiting_editor_title_ = false;
  }

  void StartSpeakerTurn(const Label& label, int line_number) {
    Turn turn;
    turn.speaker = label.name;
    turn.speaker_note = label.note;
    turn.line = line_number;
    turn.range = label.range;
    episode_.sections.back().turns.push_back(std::move(turn));
    resume_.reset();
    bullet_indents_.clear();
    if (!label.rest.empty()) AddParagraph(label.rest, line_number, false, 0);
  }

  // An editor's highlight inside the transcript becomes a turn of its own with
  // no speaker and the marker as its note. A one-line marker hands back to the
  // speaker it interrupted; a bare marker ("**加粗要点**：") owns what follows.
  void StartEditorTurn(const Label& label, int line_number, bool bullet, int depth) {
    Section& section = episode_.sections.back();
    std::optional<Turn> interrupted;
    if (!section.turns.empty()) {
      const Turn& last = section.turns.back();
      interrupted =
          resume_ ? resume_ : std::optional<Turn>(Turn{last.speaker, last.speaker_note, 0, {}, {}});
    }
    Turn turn;
    turn.speaker_note = label.name;
    turn.line = line_number;
    section.turns.push_back(std::move(turn));
    if (label.rest.empty()) {
      resume_.reset();
      return;
    }
    AddParagraph(label.rest, line_number, bullet, depth);
    resume_ = interrupted;
  }

  void AddParagraph(std::string_view text, int line_number, bool bullet, int depth) {
    Section& section = episode_.sections.back();
    if (resume_) {
      Turn turn = *resume_;
      turn.line = line_number;
      turn.paragraphs.clear();
      section.turns.push_back(std::move(turn));
      resume_.reset();
    } else if (section.turns.empty()) {
      Turn turn;
      turn.line = line_number;
      section.turns.push_back(std::move(turn));
    }
    Paragraph paragraph;
    paragraph.line = line_number;
    paragraph.text = std::string(text);
    paragraph.plain = StripInline(text);
    paragraph.bullet = bullet;
    paragraph.depth = depth;
    paragraph.highlights = Highlights(text);
    section.turns.back().paragraphs.push_back(std::move(paragraph));
  }

  Result<Episode> Finish() {
    bool timed = false;
    bool speakers = false;
    for (const Section& section : episode_.sections) {
      timed = timed || section.range.has_value();
      for (const Turn& turn : section.turns) {
        speakers = speakers || !turn.speaker.empty();
        timed = timed || turn.range.has_value();
      }
    }
    if (!cover_found_ && !timed && !speakers) {
      return std::unexpected<Error>(
          Error{ErrorCode::kNotADigest,
                "no cover metadata (标题/链接), no timed sections and no speaker turns: looks like "
                "a note, "
                "not a digest",
                "digests start with a \"## 封面\" cover or frontmatter naming the title and link",
                path_, 0});
    }
    if (episode_.title.empty()) episode_.title = first_heading_title_;
    return std::move(episode_);
  }

  const std::string path_;
  std::vector<Line> lines_;
  Episode episode_;
  std::unordered_set<std::string> known_speakers_;           // Bold labels and listed speakers.
  std::unordered_map<std::string, int> plain_label_counts_;  // Plain "Name：" labels seen.
  std::size_t sections_open_ = 0;                            // Sections started so far.
  SectionKind parent_kind_ = SectionKind::kOther;            // Kind of the last "#"/"##" section.
  bool parent_cover_ = false;                                // Whether that section is the cover.
  bool in_cover_ = false;                                    // Lines are cover metadata.
  bool in_fence_ = false;                                    // Inside ``` or ~~~.
  bool cover_found_ = false;                                 // A title or link came from metadata.
  bool awaiting_editor_title_ = false;       // Just after "——" in the transcript.
  std::optional<Turn> resume_;               // Speaker to resume after an editor line.
  std::vector<std::size_t> bullet_indents_;  // Indents of the open bullet levels.
  std::string first_heading_title_;          // Title fallback.
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
  DigestParser parser(path, std::move(lines));
  return parser.Run(hash, number);
}

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
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return std::unexpected<Error>(Error{
        ErrorCode::kIO, std::string("cannot read digest: ") + std::strerror(errno), "", path, 0});
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    return std::unexpected<Error>(
        Error{ErrorCode::kIO, "cannot read digest: read failed", "", path, 0});
  }
  return ParseDigest(buffer.str(), path, options);
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
