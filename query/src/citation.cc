#include "claimkb/query/citation.h"

#include <fmt/format.h>

#include <string_view>

namespace claimkb {
namespace {

// A URL cut where each host's time parameter has to go: before the query,
// the query, and the fragment (kept last, where it belongs: "#comments"
// after "&t=100s" would swallow the time).
struct UrlParts {
  std::string base;      // scheme://host/path
  std::string host;      // lower case, without "www." / "m." and port
  std::string path;      // "/watch", "/video/BV1xx"
  std::string query;     // without '?'
  std::string fragment;  // with '#', or empty
};

std::optional<UrlParts> SplitUrl(const std::string& url) {
  UrlParts parts;
  std::string rest = url;
  if (std::size_t hash = rest.find('#'); hash != std::string::npos) {
    parts.fragment = rest.substr(hash);
    rest.resize(hash);
  }
  if (std::size_t question = rest.find('?'); question != std::string::npos) {
    parts.query = rest.substr(question + 1);
    rest.resize(question);
  }
  parts.base = rest;
  const std::size_t scheme = rest.find("://");
  if (scheme == std::string::npos) return std::nullopt;
  const std::size_t host_begin = scheme + 3;
  const std::size_t path_begin = rest.find('/', host_begin);
  std::string host = rest.substr(
      host_begin, path_begin == std::string::npos ? std::string::npos : path_begin - host_begin);
  parts.path = path_begin == std::string::npos ? "" : rest.substr(path_begin);
  if (std::size_t colon = host.find(':'); colon != std::string::npos) host.resize(colon);
  for (char& c : host) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (std::string_view sub : {"www.", "m."}) {
    if (host.starts_with(sub)) host.erase(0, sub.size());
  }
  parts.host = host;
  return parts;
}

// `query` without its `key` parameters, then `key=value` appended.
std::string WithParameter(const std::string& query, std::string_view key,
                          const std::string& value) {
  std::string out;
  std::size_t begin = 0;
  while (begin <= query.size()) {
    std::size_t end = query.find('&', begin);
    if (end == std::string::npos) end = query.size();
    std::string_view item = std::string_view(query).substr(begin, end - begin);
    const bool same_key = item.substr(0, item.find('=')) == key;
    if (!item.empty() && !same_key) {
      if (!out.empty()) out += '&';
      out += item;
    }
    begin = end + 1;
  }
  if (!out.empty()) out += '&';
  return out + std::string(key) + "=" + value;
}

std::string Join(const UrlParts& parts, const std::string& query) {
  return parts.base + (query.empty() ? "" : "?" + query) + parts.fragment;
}

// YouTube: watch?v=, youtu.be/ID and live/ID (a recorded livestream) take
// t=NNs. Shorts, channels and playlists have no moment to open.
std::optional<std::string> YouTubeMoment(const UrlParts& parts, int second) {
  const bool video = (parts.host == "youtube.com" &&
                      (parts.path == "/watch" || parts.path.starts_with("/live/"))) ||
                     (parts.host == "youtu.be" && parts.path.size() > 1);
  if (!video) return std::nullopt;
  return Join(parts, WithParameter(parts.query, "t", fmt::format("{}s", second)));
}

// Bilibili: a video page (/video/BV...) takes t=SECONDS, a plain number.
std::optional<std::string> BilibiliMoment(const UrlParts& parts, int second) {
  if (parts.host != "bilibili.com" || !parts.path.starts_with("/video/")) return std::nullopt;
  return Join(parts, WithParameter(parts.query, "t", std::to_string(second)));
}

// A media file (.mp3, .mp4, ...) opens at a moment with a Media Fragments
// "#t=NN" (W3C Media Fragments URI), which replaces any other fragment.
std::optional<std::string> MediaFileMoment(const UrlParts& parts, int second) {
  std::string path = parts.path;
  for (char& c : path) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  static constexpr std::string_view kExtensions[] = {".mp3", ".mp4", ".m4a", ".m4v", ".webm",
                                                     ".ogg", ".oga", ".ogv", ".opus", ".wav",
                                                     ".flac", ".mov"};
  for (std::string_view extension : kExtensions) {
    if (path.ends_with(extension)) {
      return parts.base + (parts.query.empty() ? "" : "?" + parts.query) +
             fmt::format("#t={}", second);
    }
  }
  return std::nullopt;
}

std::string SpeakerLabel(const StoredClaim& claim) {
  return claim.claim.by_editor || claim.speaker_name.empty() ? "editor" : claim.speaker_name;
}

}  // namespace

std::optional<int> CitationSecond(const Claim& claim) {
  if (claim.at_s) return claim.at_s;
  return claim.start_s;
}

std::optional<std::string> MomentLink(const std::string& url, std::optional<int> at_s) {
  if (url.empty() || !at_s || *at_s < 0) return std::nullopt;
  auto parts = SplitUrl(url);
  if (!parts) return std::nullopt;
  if (auto link = YouTubeMoment(*parts, *at_s)) return link;
  if (auto link = BilibiliMoment(*parts, *at_s)) return link;
  return MediaFileMoment(*parts, *at_s);
}

std::string TimestampLink(const std::string& url, std::optional<int> at_s) {
  return MomentLink(url, at_s).value_or(url);
}

std::string MarkdownQuote(const StoredClaim& claim) {
  std::optional<int> second = CitationSecond(claim.claim);
  std::string when;
  // A linked time promises the link opens at that moment: only links
  // that can get one; others show the time and the plain link.
  if (auto link = MomentLink(claim.episode_url, second)) {
    when = fmt::format("[{}]({})", FormatSeconds(*second), *link);
  } else if (second) {
    when = FormatSeconds(*second);
    if (!claim.episode_url.empty()) when += fmt::format(", <{}>", claim.episode_url);
  } else if (!claim.episode_url.empty()) {
    when = fmt::format("<{}>", claim.episode_url);
  }
  std::string date = claim.episode_date.empty() ? "" : fmt::format(" ({})", claim.episode_date);
  return fmt::format("> {}\n> — {}, *{}*{}{}{}\n", claim.claim.text, SpeakerLabel(claim),
                     claim.episode_title, date, when.empty() ? "" : ", ", when);
}

std::string PlainCitation(const StoredClaim& claim) {
  std::optional<int> second = CitationSecond(claim.claim);
  std::string out = fmt::format("{}, \"{}\"", SpeakerLabel(claim), claim.episode_title);
  if (!claim.episode_date.empty()) out += ", " + claim.episode_date;
  if (second) out += ", " + FormatSeconds(*second);
  std::string link = TimestampLink(claim.episode_url, second);
  if (!link.empty()) out += ", " + link;
  return out;
}

}  // namespace claimkb
