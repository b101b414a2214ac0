#include "inline_timestamps.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>

#include "timestamp.h"

namespace claimkb::internal {
namespace {

struct Bracket {
  std::string_view open;
  std::string_view close;
};

// Double brackets come first so that "[[00:04:44]]" is one stamp.
constexpr std::array<Bracket, 5> kBrackets = {{{"[[", "]]"},
                                               {"[", "]"},
                                               {"(", ")"},
                                               {"\xEF\xBC\x88", "\xEF\xBC\x89"},  // （ ）
                                               {"\xE3\x80\x90", "\xE3\x80\x91"}}};  // 【 】

// A stamp's content is short: "00:00:00 - 00:05:00" and a little slack.
constexpr std::size_t kMaxInnerBytes = 32;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// A range or a single clock that fills all of `inner`.
// A few words may label the time ("[视频开头 00:00-03:00]", "[video 03:00]"),
// and a range may run to a word ("[视频 20:00-结尾]", "[1:02:00 - end]"):
// then the stamp is its start alone.
constexpr std::size_t kMaxStampLabelBytes = 16;

// A clock with a fraction of a second, as Whisper and subtitle tools write
// it ("00:04.500", "00:00:04,500"); the fraction is dropped, as the
// transcript readers round down.
std::optional<int> FractionalClock(std::string_view text) {
  text = TrimSpaces(text);
  const std::size_t mark = text.find_last_of(".,");
  if (mark == std::string_view::npos || mark + 1 >= text.size() || mark + 4 < text.size()) {
    return std::nullopt;
  }
  for (std::size_t i = mark + 1; i < text.size(); ++i) {
    if (!IsDigit(text[i])) return std::nullopt;
  }
  Result<std::optional<int>> clock = ParseClockValue(text.substr(0, mark));
  if (!clock || !*clock) return std::nullopt;
  return **clock;
}

std::optional<TimeRange> ReadStampValue(std::string_view inner) {
  inner = TrimSpaces(inner);
  // "[00:00.000 --> 00:04.500]": Whisper's plain-text output, a cue's timing.
  if (const std::size_t arrow = inner.find("-->"); arrow != std::string_view::npos) {
    const std::optional<int> start = FractionalClock(inner.substr(0, arrow));
    const std::optional<int> end = FractionalClock(inner.substr(arrow + 3));
    if (!start || !end || *end < *start) return std::nullopt;
    return TimeRange{*start, *end};
  }
  if (!inner.empty() && !IsDigit(inner.front())) {
    const std::size_t space = inner.find(' ');
    if (space == std::string_view::npos || space > kMaxStampLabelBytes) return std::nullopt;
    inner = TrimSpaces(inner.substr(space));
  }
  if (inner.empty() || !IsDigit(inner.front())) return std::nullopt;
  Result<std::optional<RangeMatch>> range = MatchTimeRange(inner);
  if (range && *range && (*range)->length == inner.size()) return (*range)->range;
  Result<std::optional<int>> clock = ParseClockValue(inner);
  if (clock && *clock) return TimeRange{**clock, **clock};
  // "20:00-结尾": a clock, a dash, and a word with no digits.
  std::size_t end = 0;
  while (end < inner.size() && (IsDigit(inner[end]) || inner[end] == ':')) ++end;
  const std::string_view rest = TrimSpaces(inner.substr(end));
  if (end == 0 || rest.empty() || (rest.front() != '-' && !rest.starts_with("\xE2\x80"))) {
    return std::nullopt;
  }
  if (rest.find_first_of("0123456789") != std::string_view::npos || rest.size() > 12) {
    return std::nullopt;
  }
  clock = ParseClockValue(inner.substr(0, end));
  if (clock && *clock) return TimeRange{**clock, **clock};
  return std::nullopt;
}

// "(https://...)" right after a closing bracket: the URL, and where it ends.
std::optional<std::pair<std::string, std::size_t>> LinkAfter(std::string_view line,
                                                             std::size_t at) {
  if (line.substr(at, 1) != "(") return std::nullopt;
  const std::size_t close = line.find(')', at + 1);
  if (close == std::string_view::npos) return std::nullopt;
  const std::string_view url = TrimSpaces(line.substr(at + 1, close - at - 1));
  if (!url.starts_with("http://") && !url.starts_with("https://")) return std::nullopt;
  return std::make_pair(std::string(url), close + 1);
}

std::optional<InlineStamp> BracketedStampAt(std::string_view line, std::size_t i) {
  for (const Bracket& bracket : kBrackets) {
    if (line.substr(i, bracket.open.size()) != bracket.open) continue;
    const std::size_t content = i + bracket.open.size();
    const std::size_t close = line.find(bracket.close, content);
    if (close == std::string_view::npos || close - content > kMaxInnerBytes) return std::nullopt;
    const std::optional<TimeRange> value = ReadStampValue(line.substr(content, close - content));
    if (!value) return std::nullopt;
    InlineStamp stamp;
    stamp.range = *value;
    stamp.begin = i;
    stamp.end = close + bracket.close.size();
    if (std::optional<std::pair<std::string, std::size_t>> link = LinkAfter(line, stamp.end)) {
      stamp.link = std::move(link->first);
      stamp.end = link->second;
      stamp.link_seconds = UrlTimeSeconds(stamp.link);
    }
    // "`[01:14:00]`": the code marks belong to the stamp.
    if (stamp.begin > 0 && line[stamp.begin - 1] == '`' && stamp.end < line.size() &&
        line[stamp.end] == '`') {
      --stamp.begin;
      ++stamp.end;
    }
    return stamp;
  }
  return std::nullopt;
}

// Logseq's timestamp macro: "{{youtube-timestamp 754}}" (seconds) or
// "{{youtube-timestamp 12:34}}", and its "video-timestamp" spelling.
std::optional<InlineStamp> MacroStampAt(std::string_view line, std::size_t i) {
  for (const std::string_view open :
       {std::string_view("{{youtube-timestamp "), std::string_view("{{video-timestamp ")}) {
    if (line.substr(i, open.size()) != open) continue;
    const std::size_t content = i + open.size();
    const std::size_t close = line.find("}}", content);
    if (close == std::string_view::npos || close - content > kMaxInnerBytes) return std::nullopt;
    std::string_view inner = line.substr(content, close - content);
    while (!inner.empty() && inner.back() == ' ') inner.remove_suffix(1);
    std::optional<TimeRange> value;
    if (!inner.empty() && inner.size() <= 6 && std::all_of(inner.begin(), inner.end(), IsDigit)) {
      const int seconds = std::stoi(std::string(inner));
      value = TimeRange{seconds, seconds};
    } else {
      value = ReadStampValue(inner);
    }
    if (!value) return std::nullopt;
    InlineStamp stamp;
    stamp.range = *value;
    stamp.begin = i;
    stamp.end = close + 2;
    return stamp;
  }
  return std::nullopt;
}

}  // namespace

std::size_t LeadingPictographs(std::string_view line) {
  // No pictograph or dot is ASCII; most lines stop here without decoding.
  if (line.empty() || static_cast<unsigned char>(line.front()) < 0x80) return 0;
  std::size_t at = 0;
  bool any = false;
  while (at < line.size()) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t length =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(line.data() + at),
                         static_cast<utf8proc_ssize_t>(line.size() - at), &cp);
    if (length <= 0) break;
    const utf8proc_category_t category = utf8proc_category(cp);
    const bool joiner = cp == 0x200D || cp == 0xFE0F || cp == 0x20E3;
    const bool dot = cp == 0x00B7 || cp == 0x2022 || cp == 0x30FB;  // · • ・
    if (category != UTF8PROC_CATEGORY_SO && !joiner && !dot) break;
    any = any || !joiner;
    at += static_cast<std::size_t>(length);
  }
  if (!any || at >= line.size() || (line[at] != ' ' && line[at] != '\t')) return 0;
  while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
  return at;
}

namespace {

// "00:01:24 — 标题" or "0:00 - 5:00 ..." at the start of a line, or after a
// pictograph ("🚀 03:12 测试方法", the stamp then takes the pictograph too).
std::optional<InlineStamp> BareLeadingStamp(std::string_view line) {
  std::size_t begin = 0;
  while (begin < line.size() && (line[begin] == ' ' || line[begin] == '\t')) ++begin;
  const std::size_t pictographs = LeadingPictographs(line.substr(begin));
  const std::size_t lead = begin;
  begin += pictographs;
  // Notes apps set the clock as code: "`00:12:30` **主持人**：…".
  const std::size_t tick = begin;
  const bool coded = begin < line.size() && line[begin] == '`';
  if (coded) ++begin;
  if (begin >= line.size() || !IsDigit(line[begin])) return std::nullopt;
  std::size_t end = begin;
  // The longest run a range can take: clocks, spaces and one separator.
  Result<std::optional<RangeMatch>> range = MatchTimeRange(line.substr(begin));
  std::optional<TimeRange> value;
  if (range && *range) {
    value = (*range)->range;
    end = begin + (*range)->length;
  } else {
    while (end < line.size() && (IsDigit(line[end]) || line[end] == ':')) ++end;
    Result<std::optional<int>> clock = ParseClockValue(line.substr(begin, end - begin));
    if (!clock || !*clock) return std::nullopt;
    value = TimeRange{**clock, **clock};
  }
  if (coded) {
    // The code holds the time and nothing else.
    while (end < line.size() && line[end] == ' ') ++end;
    if (end >= line.size() || line[end] != '`') return std::nullopt;
    ++end;
  }
  // A clock must stand apart from what follows: "12:30pm" or "3:2" is not one.
  if (end < line.size() && line[end] != ' ' && line[end] != '\t' &&
      static_cast<unsigned char>(line[end]) < 0x80) {
    return std::nullopt;
  }
  InlineStamp stamp;
  stamp.range = *value;
  stamp.begin = pictographs > 0 ? lead : coded ? tick : begin;
  stamp.end = end;
  return stamp;
}


// Byte spans of `code` in a line, backticks included.
std::vector<std::pair<std::size_t, std::size_t>> CodeSpans(std::string_view line) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t open = line.find('`');
  while (open != std::string_view::npos) {
    const std::size_t close = line.find('`', open + 1);
    if (close == std::string_view::npos) break;
    spans.emplace_back(open, close + 1);
    open = line.find('`', close + 1);
  }
  return spans;
}

std::vector<InlineStamp> FindAllStamps(std::string_view line) {
  std::vector<InlineStamp> stamps;
  if (std::optional<InlineStamp> lead = BareLeadingStamp(line)) stamps.push_back(*lead);
  std::size_t i = stamps.empty() ? 0 : stamps.back().end;
  while (i < line.size()) {
    const char c = line[i];
    if (c == '{') {
      if (std::optional<InlineStamp> stamp = MacroStampAt(line, i)) {
        i = stamp->end;
        stamps.push_back(std::move(*stamp));
        continue;
      }
    }
    // Every opener starts with one of these bytes ("（" and "【" with 0xEF/0xE3).
    if (c == '[' || c == '(' || c == '\xEF' || c == '\xE3') {
      if (std::optional<InlineStamp> stamp = BracketedStampAt(line, i)) {
        if (stamp->begin < i) {
          // The backtick before the stamp: never before the previous stamp.
          if (!stamps.empty() && stamp->begin < stamps.back().end) stamp->begin = i;
        }
        i = stamp->end;
        stamps.push_back(std::move(*stamp));
        continue;
      }
    }
    ++i;
  }
  return stamps;
}

}  // namespace

std::vector<InlineStamp> FindInlineStamps(std::string_view line) {
  std::vector<InlineStamp> found = FindAllStamps(line);
  if (line.find('`') == std::string_view::npos) return found;
  // A stamp quoted inside longer code ("`原文定位：[00:49:53]`") is an example
  // of a stamp, not a time of this line.
  const std::vector<std::pair<std::size_t, std::size_t>> code = CodeSpans(line);
  std::vector<InlineStamp> stamps;
  for (InlineStamp& stamp : found) {
    bool quoted = false;
    for (const auto& [begin, end] : code) {
      if (stamp.begin > begin && stamp.begin < end && !(stamp.begin == begin && stamp.end == end))
        quoted = true;
    }
    if (!quoted) stamps.push_back(std::move(stamp));
  }
  return stamps;
}


std::optional<int> UrlTimeSeconds(std::string_view url) {
  std::size_t value_at = std::string_view::npos;
  for (std::string_view key : {"?t=", "&t=", "#t=", "?start=", "&start=", "#start="}) {
    const std::size_t at = url.find(key);
    if (at != std::string_view::npos) {
      value_at = at + key.size();
      break;
    }
  }
  if (value_at == std::string_view::npos) return std::nullopt;
  // "750", "750s", "4m34s", "1h2m3s"; a bare number is seconds.
  long long total = 0;
  long long number = 0;
  bool digits = false;
  bool any = false;
  for (std::size_t i = value_at; i < url.size(); ++i) {
    const char c = url[i];
    if (IsDigit(c)) {
      number = number * 10 + (c - '0');
      if (number > 1000000) return std::nullopt;
      digits = true;
      continue;
    }
    if (!digits) break;
    if (c == 'h') {
      total += number * 3600;
    } else if (c == 'm') {
      total += number * 60;
    } else if (c == 's') {
      total += number;
    } else {
      break;
    }
    number = 0;
    digits = false;
    any = true;
  }
  if (digits) {
    total += number;
    any = true;
  }
  if (!any) return std::nullopt;
  return static_cast<int>(total);
}

namespace {

// "youtube:ID" for YouTube's watch, youtu.be, live, shorts and embed URLs;
// otherwise host and path, without scheme, "www.", query or fragment.
std::string MediaKey(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  const std::size_t query = rest.find_first_of("?#");
  const std::string_view params = query == std::string_view::npos ? "" : rest.substr(query);
  if (query != std::string_view::npos) rest = rest.substr(0, query);
  const std::size_t slash = rest.find('/');
  std::string_view host = rest.substr(0, slash);
  std::string_view path = slash == std::string_view::npos ? "" : rest.substr(slash);
  for (std::string_view prefix : {"www.", "m."}) {
    if (host.starts_with(prefix)) host.remove_prefix(prefix.size());
  }
  while (path.ends_with('/')) path.remove_suffix(1);
  auto segment_after = [&](std::string_view lead) -> std::string_view {
    if (!path.starts_with(lead)) return {};
    std::string_view id = path.substr(lead.size());
    return id.substr(0, id.find('/'));
  };
  std::string_view id;
  if (host == "youtu.be") {
    id = segment_after("/");
  } else if (host == "youtube.com") {
    for (std::string_view lead : {"/live/", "/shorts/", "/embed/"}) {
      if (id.empty()) id = segment_after(lead);
    }
    if (path == "/watch") {
      for (std::string_view key : {"?v=", "&v="}) {
        const std::size_t at = params.find(key);
        if (at == std::string_view::npos) continue;
        id = params.substr(at + key.size());
        id = id.substr(0, id.find_first_of("&#"));
        break;
      }
    }
  } else {
    return std::string(host) + std::string(path);
  }
  return id.empty() ? std::string() : "youtube:" + std::string(id);
}

constexpr std::size_t kMaxPointerLabelCodePoints = 4;

std::size_t CodePoints(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

bool SameMedia(std::string_view a, std::string_view b) {
  const std::string key = MediaKey(a);
  return !key.empty() && key == MediaKey(b);
}

std::vector<InlineStamp> FindEpisodeLinkStamps(std::string_view line,
                                               std::string_view episode_url) {
  std::vector<InlineStamp> stamps;
  if (episode_url.empty()) return stamps;
  std::size_t from = 0;
  while (true) {
    const std::size_t middle = line.find("](http", from);
    if (middle == std::string_view::npos) break;
    from = middle + 2;
    // The label's opening bracket: the nearest "[" before, with no "]" between.
    const std::size_t open = line.rfind('[', middle);
    if (open == std::string_view::npos || line.find(']', open) != middle) continue;
    const std::size_t close = line.find(')', middle + 2);
    if (close == std::string_view::npos) break;
    const std::string_view url = TrimSpaces(line.substr(middle + 2, close - middle - 2));
    const std::optional<int> seconds = UrlTimeSeconds(url);
    if (!seconds || !SameMedia(url, episode_url)) continue;
    const std::string_view label = TrimSpaces(line.substr(open + 1, middle - open - 1));
    if (!label.empty() && IsDigit(label.front())) continue;  // A clock label: FindInlineStamps'.
    InlineStamp stamp;
    stamp.range = TimeRange{*seconds, *seconds};
    stamp.begin = open;
    stamp.end = close + 1;
    stamp.link = std::string(url);
    stamp.link_seconds = seconds;
    const bool pointer = CodePoints(label) <= kMaxPointerLabelCodePoints ||
                         (label.starts_with('(') && label.ends_with(')')) ||
                         (label.starts_with("\xEF\xBC\x88") && label.ends_with("\xEF\xBC\x89"));
    if (!pointer) stamp.keep = std::string(label);
    stamps.push_back(std::move(stamp));
    from = close + 1;
  }
  return stamps;
}

std::string RemoveStamps(std::string_view line, const std::vector<InlineStamp>& stamps) {
  std::string out;
  out.reserve(line.size());
  std::size_t at = 0;
  for (const InlineStamp& stamp : stamps) {
    if (stamp.begin < at) continue;
    out.append(line.substr(at, stamp.begin - at));
    out += stamp.keep;
    at = stamp.end;
    // "explicit [12:40]." and "hungry ([1:02:03](url))": the space before a
    // removed stamp goes when punctuation follows it, and so do brackets
    // that held nothing but the stamp.
    const std::string_view rest = line.substr(at);
    if (out.ends_with('(') && rest.starts_with(')')) {
      out.pop_back();
      ++at;
    } else if (out.ends_with("\xEF\xBC\x88") && rest.starts_with("\xEF\xBC\x89")) {  // （ ）
      out.resize(out.size() - 3);
      at += 3;
    }
    const std::string_view after = line.substr(at);
    if (!after.empty() &&
        std::string_view(".,;:!?").find(after.front()) != std::string_view::npos) {
      while (out.ends_with(' ')) out.pop_back();
    }
  }
  out.append(line.substr(at));
  // Tidy what the stamps leave: list separators and spaces at either end,
  // and a dash that joined a leading stamp to its title.
  std::string_view view = out;
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view junk : {" ", "\t", "\xE3\x80\x81" /* 、 */, ",", "\xEF\xBC\x8C" /* ， */,
                                  "\xE2\x80\x94" /* — */, "\xE2\x80\x93" /* – */, "-", "|"}) {
      if (view.starts_with(junk)) {
        view.remove_prefix(junk.size());
        changed = true;
      }
      if (view.ends_with(junk)) {
        view.remove_suffix(junk.size());
        changed = true;
      }
    }
  }
  return std::string(view);
}

}  // namespace claimkb::internal
