// The episode as a bibliography entry: key, people, and how a claim is
// labelled in each style.
#include "claimkb/query/reference.h"

#include <catch2/catch.hpp>

namespace {

struct Fixture {
  claimkb::EpisodeRecord record;
  claimkb::Episode episode;
  claimkb::StoredClaim claim;
};

// An English talk digested in Chinese: one turn by the host, one by a guest.
Fixture EnglishTalk() {
  Fixture f;
  f.record.title = "The future of intelligence | A talk";
  f.record.date = "2025-12-16";
  f.record.url = "https://www.youtube.com/watch?v=abc";
  f.record.speakers = {"主持人", "Hannah", "嘉宾", "Demis"};
  f.record.people = {"主持人", "Hannah Fry", "嘉宾", "Demis Hassabis"};
  f.record.path = "digests/future.md";
  f.episode.title = f.record.title;
  f.episode.path = f.record.path;
  claimkb::Section section;
  claimkb::Turn host;
  host.speaker = "Hannah";
  host.speaker_note = "主持人";
  claimkb::Turn guest;
  guest.speaker = "Demis";
  claimkb::Paragraph paragraph;
  paragraph.plain = "规模化仍然有效。";
  guest.paragraphs.push_back(paragraph);
  section.turns = {host, guest};
  f.episode.sections.push_back(section);
  f.claim.id = "future#3";
  f.claim.path = "digests/future.md";
  f.claim.speaker_name = "Demis Hassabis";
  f.claim.claim.text = "规模化仍然有效。";
  f.claim.claim.turn_index = 1;
  f.claim.claim.span_end = static_cast<int>(paragraph.plain.size());
  f.claim.claim.start_s = 100;
  f.claim.claim.at_s = 130;
  return f;
}

}  // namespace

TEST_CASE("the entry names the host, the guests and a key of its own", "[reference]") {
  Fixture f = EnglishTalk();
  const claimkb::CitedClaim cited = claimkb::CiteClaim(f.claim, f.record, f.episode);
  // "The" is skipped; year of the date; six hex digits.
  CHECK(cited.episode.key.rfind("future2025-", 0) == 0);
  CHECK(cited.episode.key.size() == 17);
  CHECK(cited.episode.host == "Hannah Fry");
  CHECK(cited.episode.guests == std::vector<std::string>{"Demis Hassabis"});
  // Another URL, another key; the same URL in another record, the same key.
  Fixture other = EnglishTalk();
  other.record.url = "https://www.youtube.com/watch?v=abd";
  CHECK(claimkb::CiteClaim(other.claim, other.record, other.episode).episode.key !=
        cited.episode.key);
  other.record.url = f.record.url;
  other.record.id = 99;
  CHECK(claimkb::CiteClaim(other.claim, other.record, other.episode).episode.key ==
        cited.episode.key);
}

TEST_CASE("a Chinese digest of an English talk is cited as a translated paraphrase",
          "[reference]") {
  Fixture f = EnglishTalk();
  const claimkb::CitedClaim cited = claimkb::CiteClaim(f.claim, f.record, f.episode);
  CHECK(cited.wording.translated);
  CHECK_FALSE(cited.wording.verbatim);
  // 130 s is an estimate inside the turn's range: "~", and YouTube's t=.
  REQUIRE(cited.second == 130);
  CHECK(cited.estimated);
  CHECK(cited.moment_link == "https://www.youtube.com/watch?v=abc&t=130s");
  const std::string markdown =
      claimkb::RenderCitations({cited}, claimkb::CitationStyle::kMarkdown, "2026-01-05");
  CHECK(markdown.find("- **Demis Hassabis** (paraphrased in future.md, translated): 规模化仍然有效。\n") ==
        0);
  CHECK(markdown.find("host Hannah Fry, with Demis Hassabis, "
                      "[~00:02:10](https://www.youtube.com/watch?v=abc&t=130s)") !=
        std::string::npos);
  const std::string bibtex =
      claimkb::RenderCitations({cited}, claimkb::CitationStyle::kBibTeX, "2026-01-05");
  CHECK(bibtex.find("  editor = {{Hannah Fry}},\n  editortype = {interviewer},\n") !=
        std::string::npos);
  CHECK(bibtex.find("title = {{The future of intelligence | A talk}}") != std::string::npos);
  CHECK(bibtex.find("\\&t=130s") != std::string::npos);
  const std::string ris = claimkb::RenderCitations({cited}, claimkb::CitationStyle::kRis, "");
  CHECK(ris.find("AU  - Hannah Fry\nA2  - Demis Hassabis\n") != std::string::npos);
  // No access date given, none written.
  CHECK(ris.find("Y2  - ") == std::string::npos);
}

TEST_CASE("a link that cannot open a moment gets no time", "[reference]") {
  Fixture f = EnglishTalk();
  f.record.url = "https://example.org/podcasts/future";
  const claimkb::CitedClaim cited = claimkb::CiteClaim(f.claim, f.record, f.episode);
  CHECK_FALSE(cited.second);
  const std::string markdown =
      claimkb::RenderCitations({cited}, claimkb::CitationStyle::kMarkdown, "2026-01-05");
  CHECK(markdown.find("00:02:10") == std::string::npos);
  CHECK(markdown.find("<https://example.org/podcasts/future>") != std::string::npos);
}

TEST_CASE("citation styles by name", "[reference]") {
  CHECK(claimkb::ParseCitationStyle("csl-json") == claimkb::CitationStyle::kCslJson);
  CHECK(claimkb::ParseCitationStyle("bibtex") == claimkb::CitationStyle::kBibTeX);
  CHECK(claimkb::ParseCitationStyle("ris") == claimkb::CitationStyle::kRis);
  CHECK(claimkb::ParseCitationStyle("markdown") == claimkb::CitationStyle::kMarkdown);
  CHECK_FALSE(claimkb::ParseCitationStyle("apa"));
}
