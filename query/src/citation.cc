#include "claimkb/query/citation.h"

#include <fmt/format.h>

namespace claimkb {
namespace {

bool IsYouTube(const std::string& url) {
  return url.find("youtube.com/watch") != std::string::npos ||
         url.find("youtu.be/") != std::string::npos;
}

// Removes a "t=..." query parameter so the new one is the only one.
std::string WithoutTimeParameter(std::string url) {
  for (const char* key : {"?t=", "&t="}) {
    std::size_t at = url.find(key);
    if (at == std::string::npos) continue;
    std::size_t end = url.find('&', at + 1);
    if (key[0] == '?') {
      url.erase(at + 1, end == std::string::npos ? std::string::npos : end - at);
    } else {
      url.erase(at, end == std::string::npos ? std::string::npos : end - at);
    }
  }
  if (!url.empty() && (url.back() == '?' || url.back() == '&')) url.pop_back();
  return url;
}

std::string SpeakerLabel(const StoredClaim& claim) {
  return claim.claim.by_editor || claim.speaker_name.empty() ? "editor" : claim.speaker_name;
}

}  // namespace

std::optional<int> CitationSecond(const Claim& claim) {
  if (claim.at_s) return claim.at_s;
  return claim.start_s;
}

std::string TimestampLink(const std::string& url, std::optional<int> at_s) {
  if (url.empty() || !at_s || !IsYouTube(url)) return url;
  std::string base = WithoutTimeParameter(url);
  char separator = base.find('?') == std::string::npos ? '?' : '&';
  return fmt::format("{}{}t={}s", base, separator, *at_s);
}

std::string MarkdownQuote(const StoredClaim& claim) {
  std::optional<int> second = CitationSecond(claim.claim);
  std::string when;
  if (second) {
    std::string link = TimestampLink(claim.episode_url, second);
    when = link.empty() ? FormatSeconds(*second)
                        : fmt::format("[{}]({})", FormatSeconds(*second), link);
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
