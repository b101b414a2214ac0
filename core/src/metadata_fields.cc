#include "metadata_fields.h"

#include <algorithm>
#include <array>
#include <utility>

#include "inline_timestamps.h"

namespace claimkb::internal {
namespace {

using Entry = std::pair<std::string_view, MetaKey>;

// Top-level front matter keys, in KeyForm.
constexpr std::array<Entry, 29> kTopLevel = {{
    {"title", MetaKey::kTitle},          {"url", MetaKey::kUrl},
    {"sourceurl", MetaKey::kUrl},        {"link", MetaKey::kUrl},
    {"source", MetaKey::kUrl},           {"webpageurl", MetaKey::kUrl},
    {"videourl", MetaKey::kUrl},         {"canonicalurl", MetaKey::kUrl},
    {"videoid", MetaKey::kVideoId},      {"youtubeid", MetaKey::kVideoId},
    {"published", MetaKey::kDate},       {"publishedat", MetaKey::kDate},
    {"date", MetaKey::kDate},            {"releasedate", MetaKey::kDate},
    {"pubdate", MetaKey::kDate},         {"uploaddate", MetaKey::kDate},
    {"duration", MetaKey::kDuration},    {"durations", MetaKey::kDuration},
    {"durationms", MetaKey::kDurationMs}, {"participants", MetaKey::kSpeakers},
    {"people", MetaKey::kSpeakers},      {"speakers", MetaKey::kSpeakers},
    {"host", MetaKey::kHosts},           {"hosts", MetaKey::kHosts},
    {"guest", MetaKey::kSpeakers},       {"guests", MetaKey::kSpeakers},
    {"channel", MetaKey::kShow},         {"show", MetaKey::kShow},
    {"author", MetaKey::kAuthor},
}};

// Containers whose items name people ("participants: - name: ...").
constexpr std::array<std::string_view, 8> kPeopleLists = {
    "participants", "people", "speakers", "hosts", "guests", "host", "guest", "cast"};

// Containers whose items carry the episode's URL ("sources: - url: ...").
constexpr std::array<std::string_view, 4> kUrlLists = {"sources", "links", "urls", "source"};

// Cover keys, in KeyForm; Chinese keys are compared as written. The eight
// before the last four are a podcast-highlight export's (Snipd's "Episode
// metadata" list); then four of a livestream recap's, two of a minutes
// export's (Feishu), and the last ten those of the fourth and fifth blind
// reader probes' covers (a series, a replay link, how the digest was made).
constexpr std::array<Entry, 93> kCover = {{
    {"标题", MetaKey::kTitle},
    {"title", MetaKey::kTitle},
    {"episode", MetaKey::kTitle},
    {"链接", MetaKey::kUrl},
    {"原链接", MetaKey::kUrl},
    {"视频链接", MetaKey::kUrl},
    {"来源链接", MetaKey::kUrl},
    {"来源", MetaKey::kUrl},
    {"link", MetaKey::kUrl},
    {"url", MetaKey::kUrl},
    {"source", MetaKey::kUrl},
    {"sourceurl", MetaKey::kUrl},
    {"videourl", MetaKey::kUrl},
    {"video", MetaKey::kUrl},
    {"youtube", MetaKey::kUrl},
    {"发布日期", MetaKey::kDate},
    {"日期", MetaKey::kDate},
    {"发布时间", MetaKey::kDate},
    {"published", MetaKey::kDate},
    {"date", MetaKey::kDate},
    {"publishdate", MetaKey::kDate},
    {"releasedate", MetaKey::kDate},
    {"覆盖时长", MetaKey::kDuration},
    {"时长", MetaKey::kDuration},
    {"duration", MetaKey::kDuration},
    {"length", MetaKey::kDuration},
    {"识别说话人", MetaKey::kSpeakers},
    {"说话人", MetaKey::kSpeakers},
    {"嘉宾", MetaKey::kSpeakers},
    {"参与者", MetaKey::kSpeakers},
    {"主持人", MetaKey::kHosts},
    {"主持", MetaKey::kHosts},
    {"时间", MetaKey::kDate},
    {"播出时间", MetaKey::kDate},
    {"录制时间", MetaKey::kDate},
    {"speakers", MetaKey::kSpeakers},
    // A talk's cover: "Speaker: Dr. Ilse Marchetti (…) · Q&A moderated by …".
    // A turn of a speaker called "Speaker" says a sentence, not a name.
    {"speaker", MetaKey::kSpeakers},
    {"participants", MetaKey::kSpeakers},
    {"guests", MetaKey::kSpeakers},
    {"guest", MetaKey::kSpeakers},
    {"host", MetaKey::kHosts},
    {"hosts", MetaKey::kHosts},
    {"podcast", MetaKey::kShow},
    {"channel", MetaKey::kShow},
    {"show", MetaKey::kShow},
    {"节目", MetaKey::kShow},
    {"作者", MetaKey::kAuthor},
    {"author", MetaKey::kAuthor},
    {"tags", MetaKey::kProperty},
    {"标签", MetaKey::kProperty},
    {"created", MetaKey::kProperty},
    {"createdtime", MetaKey::kProperty},
    {"lastedited", MetaKey::kProperty},
    {"lasteditedtime", MetaKey::kProperty},
    {"updated", MetaKey::kProperty},
    {"创建时间", MetaKey::kProperty},
    {"更新时间", MetaKey::kProperty},
    {"修改时间", MetaKey::kProperty},
    {"status", MetaKey::kProperty},
    {"状态", MetaKey::kProperty},
    {"aliases", MetaKey::kProperty},
    {"rating", MetaKey::kProperty},
    {"评分", MetaKey::kProperty},
    {"episodetitle", MetaKey::kTitle},
    {"episodelink", MetaKey::kUrl},
    {"episodeurl", MetaKey::kUrl},
    {"episodepublishdate", MetaKey::kDate},
    {"episodedate", MetaKey::kDate},
    {"ownerhost", MetaKey::kHosts},
    {"exportdate", MetaKey::kProperty},
    {"exported", MetaKey::kProperty},
    {"主播", MetaKey::kHosts},
    {"直播时间", MetaKey::kDate},
    {"aired", MetaKey::kDate},
    {"airdate", MetaKey::kDate},
    {"会议时间", MetaKey::kDate},
    {"录音时间", MetaKey::kDate},
    {"录音日期", MetaKey::kDate},
    {"录制日期", MetaKey::kDate},
    {"频道", MetaKey::kShow},
    {"会议主题", MetaKey::kProperty},
    {"直播", MetaKey::kProperty},
    {"参会人", MetaKey::kSpeakers},
    {"系列", MetaKey::kShow},
    {"series", MetaKey::kShow},
    {"回放", MetaKey::kUrl},
    {"replay", MetaKey::kUrl},
    // How the digest was made: the tool's or the note taker's, no claim.
    {"转写", MetaKey::kProperty},
    {"转录", MetaKey::kProperty},
    {"整理", MetaKey::kProperty},
    {"transcription", MetaKey::kProperty},
    {"generatedwith", MetaKey::kProperty},
    {"generatedby", MetaKey::kProperty},
}};

MetaKey Find(std::string_view key, const auto& table) {
  for (const Entry& entry : table) {
    if (entry.first == key) return entry.second;
  }
  return MetaKey::kNone;
}

bool Contains(const auto& list, std::string_view key) {
  for (std::string_view item : list) {
    if (item == key) return true;
  }
  return false;
}

}  // namespace

std::string KeyForm(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '_' || c == '-' || c == ' ' || c == '/' || c == '\t' || c == '*') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

MetaKey ClassifyFrontMatterPath(std::string_view path) {
  const std::size_t dot = path.rfind('.');
  if (dot == std::string_view::npos) {
    const std::string form = KeyForm(path);
    const MetaKey key = Find(form, kTopLevel);
    // Chinese keys ("标题", "主持人", "嘉宾") are written in front matter as on
    // a cover, by Chinese users' notes apps; they mean the same there.
    const bool chinese = std::any_of(form.begin(), form.end(),
                                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    return key == MetaKey::kNone && chinese ? ClassifyCoverKey(path) : key;
  }
  const std::size_t parent_dot = path.rfind('.', dot - 1);
  const std::string parent = KeyForm(path.substr(
      parent_dot == std::string_view::npos ? 0 : parent_dot + 1,
      dot - (parent_dot == std::string_view::npos ? 0 : parent_dot + 1)));
  const std::string leaf = KeyForm(path.substr(dot + 1));
  // Only one level of nesting counts: "participants.name", "sources.url".
  if (parent_dot != std::string_view::npos) return MetaKey::kNone;
  if (Contains(kPeopleLists, parent) && leaf == "name") {
    return parent == "host" || parent == "hosts" ? MetaKey::kHosts : MetaKey::kSpeakers;
  }
  if (Contains(kUrlLists, parent) && leaf == "url") return MetaKey::kUrl;
  return MetaKey::kNone;
}

MetaKey ClassifyCoverKey(std::string_view key) {
  // "🎙 主持", "⏱ 时长": a note app's pictograph decorates the key.
  key.remove_prefix(LeadingPictographs(key));
  const std::string form = KeyForm(key);
  if (const MetaKey whole = Find(form, kCover); whole != MetaKey::kNone) return whole;
  // A people key with a word of two characters before it says which people
  // ("本期嘉宾", "直播嘉宾", "特邀嘉宾", "节目主持人").
  for (std::string_view people : {"嘉宾", "主持人", "主播"}) {
    // Two Chinese characters are six bytes of UTF-8.
    if (form.size() == people.size() + 6 && form.ends_with(people) &&
        static_cast<unsigned char>(form.front()) >= 0x80) {
      return Find(people, kCover);
    }
  }
  // A bilingual key ("主播 Host", "直播时间 Aired"): its Chinese and its
  // English words apart, each a key of its own; one known part names the
  // field unless the other names another.
  std::string chinese;
  std::string english;
  for (const char c : form) (static_cast<unsigned char>(c) >= 0x80 ? chinese : english) += c;
  if (chinese.empty() || english.empty()) return MetaKey::kNone;
  const MetaKey first = Find(chinese, kCover);
  const MetaKey second = Find(english, kCover);
  if (first == MetaKey::kNone) return second;
  if (second == MetaKey::kNone || second == first) return first;
  return MetaKey::kNone;
}

const char* MetaKeyName(MetaKey key) {
  switch (key) {
    case MetaKey::kTitle:
      return "title";
    case MetaKey::kUrl:
      return "url";
    case MetaKey::kVideoId:
      return "video_id";
    case MetaKey::kDate:
      return "date";
    case MetaKey::kDuration:
    case MetaKey::kDurationMs:
      return "duration";
    case MetaKey::kSpeakers:
      return "speakers";
    case MetaKey::kHosts:
      return "hosts";
    case MetaKey::kShow:
      return "show";
    case MetaKey::kAuthor:
      return "author";
    case MetaKey::kProperty:
      return "property";
    case MetaKey::kNone:
      break;
  }
  return "none";
}

}  // namespace claimkb::internal
