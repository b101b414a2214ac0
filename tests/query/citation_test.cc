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

TEST_CASE("a #fragment stays last, after the time", "[citation]") {
  // Appending to the whole URL gave "...#comments&t=100s": the time became
  // part of the fragment and the video opened at its start.
  CHECK(claimkb::TimestampLink("https://www.youtube.com/watch?v=x#comments", 100) ==
        "https://www.youtube.com/watch?v=x&t=100s#comments");
  CHECK(claimkb::TimestampLink("https://youtu.be/x#t", 100) == "https://youtu.be/x?t=100s#t");
}

TEST_CASE("recorded YouTube livestreams and Bilibili videos open at the second", "[citation]") {
  using claimkb::MomentLink;
  CHECK(MomentLink("https://www.youtube.com/live/abc", 100) ==
        "https://www.youtube.com/live/abc?t=100s");
  CHECK(MomentLink("https://youtube.com/live/abc?si=q", 100) ==
        "https://youtube.com/live/abc?si=q&t=100s");
  CHECK(MomentLink("https://m.youtube.com/watch?v=abc", 7) ==
        "https://m.youtube.com/watch?v=abc&t=7s");
  // Bilibili counts plain seconds: ?t=100, not 100s; p= (the part) stays.
  CHECK(MomentLink("https://www.bilibili.com/video/BV1xx411c7mD", 100) ==
        "https://www.bilibili.com/video/BV1xx411c7mD?t=100");
  CHECK(MomentLink("https://www.bilibili.com/video/BV1xx411c7mD/?p=2&t=5.5#reply", 100) ==
        "https://www.bilibili.com/video/BV1xx411c7mD/?p=2&t=100#reply");
}

TEST_CASE("pages that cannot open at a moment get no time link", "[citation]") {
  using claimkb::MomentLink;
  CHECK_FALSE(MomentLink("https://www.youtube.com/shorts/abc", 100).has_value());
  CHECK_FALSE(MomentLink("https://www.youtube.com/@somechannel", 100).has_value());
  CHECK_FALSE(MomentLink("https://space.bilibili.com/12345", 100).has_value());
  CHECK_FALSE(MomentLink("https://openrouter.ai/state-of-ai", 100).has_value());
  CHECK_FALSE(MomentLink("https://www.youtube.com/watch?v=abc", std::nullopt).has_value());
  CHECK_FALSE(MomentLink("not a url", 100).has_value());
  // A Markdown quote then shows the time and the plain link, rather than a
  // time that links to the start of the page.
  auto claim = Sample("https://openrouter.ai/state-of-ai");
  CHECK(claimkb::MarkdownQuote(claim) ==
        "> Benchmark 打得好不代表 coding 拿下。\n"
        "> — Gavin, *Gemini 3 直播* (2025-11-21), 00:21:21, <https://openrouter.ai/state-of-ai>\n");
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

TEST_CASE("media files open at the second with a #t= fragment", "[citation]") {
  using claimkb::MomentLink;
  CHECK(MomentLink("https://cdn.example.org/ep12.mp3", 75) == "https://cdn.example.org/ep12.mp3#t=75");
  // The fragment is replaced (a media URL has one time), the query kept.
  CHECK(MomentLink("https://cdn.example.org/v/talk.MP4?sig=abc#t=5", 75) ==
        "https://cdn.example.org/v/talk.MP4?sig=abc#t=75");
  CHECK_FALSE(MomentLink("https://cdn.example.org/ep12.html", 75));
  CHECK_FALSE(MomentLink("https://example.org/podcasts/open-weights-roundtable-03", 75));
}
