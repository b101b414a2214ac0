// Citations a researcher pastes: links that open the video at the minute,
// and quotes that name speaker, episode, date and time.
#include "claimkb/query/citation.h"

#include <catch2/catch.hpp>

namespace {

claimkb::StoredClaim Sample(std::string url) {
  claimkb::StoredClaim claim;
  claim.id = "live#63";
  claim.episode_title = "Gemini 3 直播";
  claim.episode_date = "2025-11-21";
  claim.episode_url = std::move(url);
  claim.speaker_name = "Gavin";
  claim.claim.text = "Benchmark 打得好不代表 coding 拿下。";
  claim.claim.start_s = 1231;
  claim.claim.at_s = 1281;
  return claim;
}

TEST_CASE("YouTube links open at the claim's second", "[citation]") {
  using claimkb::TimestampLink;
  CHECK(TimestampLink("https://www.youtube.com/watch?v=abc", 1281) ==
        "https://www.youtube.com/watch?v=abc&t=1281s");
  CHECK(TimestampLink("https://youtu.be/abc", 61) == "https://youtu.be/abc?t=61s");
  // An existing time parameter is replaced, wherever it stands.
  CHECK(TimestampLink("https://www.youtube.com/watch?v=abc&t=5s", 90) ==
        "https://www.youtube.com/watch?v=abc&t=90s");
  CHECK(TimestampLink("https://youtu.be/abc?t=5&si=x", 90) == "https://youtu.be/abc?si=x&t=90s");
  // Other links have no general way to address a moment: unchanged.
  CHECK(TimestampLink("https://openrouter.ai/state-of-ai", 30) ==
        "https://openrouter.ai/state-of-ai");
  CHECK(TimestampLink("https://www.youtube.com/watch?v=abc", std::nullopt) ==
        "https://www.youtube.com/watch?v=abc");
  CHECK(TimestampLink("", 30).empty());
}

TEST_CASE("the citation second is the estimate, else the range start", "[citation]") {
  auto claim = Sample("https://www.youtube.com/watch?v=abc");
  CHECK(claimkb::CitationSecond(claim.claim) == 1281);
  claim.claim.at_s.reset();
  CHECK(claimkb::CitationSecond(claim.claim) == 1231);
  claim.claim.start_s.reset();
  CHECK_FALSE(claimkb::CitationSecond(claim.claim).has_value());
}

TEST_CASE("quotes name speaker, episode, date and a timestamp link", "[citation]") {
  auto claim = Sample("https://www.youtube.com/watch?v=abc");
  CHECK(claimkb::MarkdownQuote(claim) ==
        "> Benchmark 打得好不代表 coding 拿下。\n"
        "> — Gavin, *Gemini 3 直播* (2025-11-21), "
        "[00:21:21](https://www.youtube.com/watch?v=abc&t=1281s)\n");
  CHECK(claimkb::PlainCitation(claim) ==
        "Gavin, \"Gemini 3 直播\", 2025-11-21, 00:21:21, "
        "https://www.youtube.com/watch?v=abc&t=1281s");
  claim.claim.by_editor = true;
  CHECK(claimkb::PlainCitation(claim).rfind("editor, ", 0) == 0);
}

}  // namespace
