// KnowledgeBase, the read-side handle: a small database built by hand (five
// claims of three speakers in one episode), then search and ask through the
// handle. Expected tallies are worked out from the claims below.
#include "claimkb/query/knowledge_base.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "claimkb/indexer/claim_index.h"
#include "indexer/index_fixture.h"

using claimkb::KnowledgeBase;
using claimkb::KnowledgeBaseOptions;
using claimkb::Stance;
using claimkb::testing::TempDir;

namespace {

claimkb::Claim SpokenClaim(int ordinal, std::string speaker, std::string text, Stance stance) {
  claimkb::Claim claim;
  claim.ordinal = ordinal;
  claim.text = std::move(text);
  claim.speaker = std::move(speaker);
  claim.section_index = 0;
  claim.turn_index = ordinal;
  claim.line = 10 + ordinal;
  claim.span_end = static_cast<int>(claim.text.size());
  claim.stance = stance;
  return claim;
}

// One episode, "Hardware roundtable": four of the five claims say "quantum",
//   #0 Alice  positive  quantum
//   #1 Alice  positive  quantum
//   #2 Bob    negative  quantum
//   #3 Bob    neutral   (no quantum)
//   #4 Carol  mixed     quantum
// all of about the same length, so each quantum claim weighs well above
// 0.3 of the best one.
const std::vector<claimkb::Claim>& Claims() {
  static const std::vector<claimkb::Claim> claims = {
      SpokenClaim(0, "Alice", "Quantum computers will break today's encryption soon.",
                  Stance::kPositive),
      SpokenClaim(1, "Alice", "Quantum error correction keeps improving every single year.",
                  Stance::kPositive),
      SpokenClaim(2, "Bob", "Quantum hardware is still far too noisy to be useful.",
                  Stance::kNegative),
      SpokenClaim(3, "Bob", "Classical chips keep getting cheaper every single year.",
                  Stance::kNeutral),
      SpokenClaim(4, "Carol", "Quantum advantage claims are partly right and partly hype.",
                  Stance::kMixed),
  };
  return claims;
}

// The database directory, with its store and index; built once.
const std::string& Database() {
  static TempDir dir;
  static bool built = false;
  if (!built) {
    claimkb::Episode episode;
    episode.path = dir.Sub("roundtable.md");
    episode.content_hash = "00000000000000aa";
    episode.title = "Hardware roundtable";
    episode.date = "2025-11-21";
    episode.line_count = 20;
    claimkb::Section section;
    section.kind = claimkb::SectionKind::kFullText;
    section.title = "Discussion";
    section.line = 9;
    section.level = 2;
    for (const claimkb::Claim& claim : Claims()) {
      claimkb::Turn turn;
      turn.speaker = claim.speaker;
      turn.line = claim.line;
      claimkb::Paragraph paragraph;
      paragraph.line = claim.line;
      paragraph.text = claim.text;
      paragraph.plain = claim.text;
      turn.paragraphs.push_back(paragraph);
      section.turns.push_back(turn);
    }
    episode.sections.push_back(section);
    const claimkb::Lexicon empty(std::vector<claimkb::LexiconEntry>{});
    auto store = claimkb::Store::Open(dir.path());
    REQUIRE(store);
    REQUIRE((*store)->PutEpisode(episode, Claims(), empty));
    auto stored = (*store)->AllClaims();
    REQUIRE(stored);
    auto index = claimkb::ClaimIndex::Open(dir.path());
    REQUIRE(index);
    for (const claimkb::StoredClaim& claim : *stored) REQUIRE((*index)->Replace(claim, empty));
    auto generation = (*store)->Generation();
    REQUIRE(generation);
    REQUIRE((*index)->Commit(*generation));
    built = true;
  }
  static const std::string path = dir.path();
  return path;
}

claimkb::StanceTally Tally(int positive, int negative, int mixed, int neutral) {
  claimkb::StanceTally tally;
  tally.positive = positive;
  tally.negative = negative;
  tally.mixed = mixed;
  tally.neutral = neutral;
  return tally;
}

}  // namespace

TEST_CASE("ask through the handle tallies every answering claim by stance and speaker",
          "[knowledge_base]") {
  KnowledgeBase kb(std::vector<std::string>{Database()});
  claimkb::AskOptions options;
  options.limit = 2;  // Fewer shown than counted: the tallies must not shrink.
  auto answer = kb.Ask("quantum", options);
  REQUIRE(answer);
  REQUIRE(answer->facets.size() == 1);
  const claimkb::FacetAnswer& facet = answer->facets.front();
  CHECK(facet.total == 4);
  CHECK(facet.tally == Tally(2, 1, 1, 0));
  REQUIRE(facet.by_speaker.size() == 3);
  CHECK(facet.by_speaker.at("Alice") == Tally(2, 0, 0, 0));
  CHECK(facet.by_speaker.at("Bob") == Tally(0, 1, 0, 0));
  CHECK(facet.by_speaker.at("Carol") == Tally(0, 0, 1, 0));
  CHECK(facet.SpeakersByCount().front().first == "Alice");
  auto positions = facet.Positions();
  CHECK(positions[Stance::kPositive] == std::vector<std::string>{"Alice"});
  CHECK(positions[Stance::kNegative] == std::vector<std::string>{"Bob"});
  CHECK(positions[Stance::kMixed] == std::vector<std::string>{"Carol"});
  // Two shown, each a quantum claim from the store, grouped by speaker.
  REQUIRE(facet.best.size() == 2);
  std::size_t grouped = 0;
  for (const auto& [speaker, claims] : facet.groups) {
    for (const claimkb::StoredClaim& claim : claims) {
      CHECK(claim.speaker_name == speaker);
      ++grouped;
    }
  }
  CHECK(grouped == 2);
  for (const claimkb::StoredClaim& claim : facet.best) {
    CHECK(claim.claim.text.find("Quantum") == 0);
    CHECK(claim.episode_title == "Hardware roundtable");
  }
}

TEST_CASE("feedback reorders the answer but neither shrinks nor widens it", "[knowledge_base]") {
  // Feedback words from the top hits lift the claims that have them far
  // above the other quantum claims; the answer is still the four quantum
  // claims, counted and shown, because its floor reads the weights without
  // feedback.
  KnowledgeBase kb(std::vector<std::string>{Database()});
  claimkb::AskOptions options;
  options.limit = 10;
  options.ranking.feedback_docs = 1;
  options.ranking.feedback_weight = 5.0;
  // Claim 3 (no "quantum") sits between two quantum claims: the neighbour
  // pull would show it at its share, which is not what is tested.
  options.ranking.neighbour_reach = 0;
  auto answer = kb.Ask("quantum", options);
  REQUIRE(answer);
  REQUIRE(answer->facets.size() == 1);
  const claimkb::FacetAnswer& facet = answer->facets.front();
  CHECK(facet.parsed.find("feedback") != std::string::npos);
  CHECK(facet.total == 4);
  CHECK(facet.tally == Tally(2, 1, 1, 0));
  REQUIRE(facet.best.size() == 4);
  for (const claimkb::StoredClaim& claim : facet.best) {
    CHECK(claim.claim.text.find("Quantum") == 0);
  }
}

TEST_CASE("the same database named twice is counted once", "[knowledge_base]") {
  KnowledgeBase kb(std::vector<std::string>{Database(), Database() + "/"});
  CHECK(kb.sources().size() == 1);
  auto answer = kb.Ask("quantum");
  REQUIRE(answer);
  // Once each, not twice: the four quantum claims and claim 3, which the
  // neighbour pull shows (see below); ten if the database were read twice.
  CHECK(answer->facets.front().total == 5);
  auto readers = kb.readers();
  REQUIRE(readers);
  CHECK(readers->size() == 1);
}

TEST_CASE("a claim the answer shows is always among the counted ones", "[knowledge_base]") {
  // Claim 3 (Bob, neutral, no "quantum") is the neighbour of claims 2 and 4;
  // the pull shows it at half their weight, over the floor of 0.3 of the
  // best. The tally counts the claims that say the words (0, 1, 2, 4) and
  // every claim shown, so Bob's neutral claim is counted as well.
  KnowledgeBase kb(std::vector<std::string>{Database()});
  claimkb::AskOptions options;
  options.limit = 10;
  auto answer = kb.Ask("quantum", options);
  REQUIRE(answer);
  const claimkb::FacetAnswer& facet = answer->facets.front();
  bool shows_claim_3 = false;
  for (const claimkb::StoredClaim& claim : facet.best) {
    shows_claim_3 = shows_claim_3 || claim.claim.text.starts_with("Classical chips");
  }
  REQUIRE(shows_claim_3);
  CHECK(facet.total == 5);
  CHECK(facet.tally == Tally(2, 1, 1, 1));
  CHECK(facet.by_speaker.at("Bob") == Tally(0, 1, 0, 1));
}

TEST_CASE("a word only in the episode's title finds claims but counts only those shown",
          "[knowledge_base]") {
  // "roundtable" is in the title "Hardware roundtable", on all five claims,
  // and in no claim's text: every claim is found, with equal weights, and
  // the answer shows two. The tally counts the claims that say the word
  // (none) and the claims shown: 2, not all five claims of the episode.
  KnowledgeBase kb(std::vector<std::string>{Database()});
  claimkb::AskOptions options;
  options.limit = 2;
  auto answer = kb.Ask("roundtable", options);
  REQUIRE(answer);
  const claimkb::FacetAnswer& facet = answer->facets.front();
  CHECK(facet.best.size() == 2);
  CHECK(facet.total == 2);
}

TEST_CASE("search through the handle resolves hits to stored claims", "[knowledge_base]") {
  KnowledgeBase kb(std::vector<std::string>{Database()});
  claimkb::SearchOptions options;
  options.limit = 3;
  auto page = kb.Search("quantum", options);
  REQUIRE(page);
  CHECK(page->result.total == 4);
  REQUIRE(page->claims.size() == 3);
  CHECK(page->index_only.empty());
  for (std::size_t i = 0; i < page->claims.size(); ++i) {
    CHECK(page->claims[i].id == page->result.hits[i].claim_id);
    CHECK(page->claims[i].speaker_name != "");
  }
  auto none = kb.Search("photonics");
  REQUIRE(none);
  CHECK(none->result.total == 0);
  // Claims and episodes come from the same stores.
  claimkb::ClaimsQuery by_bob;
  by_bob.speaker = "Bob";
  auto bob = kb.Claims(by_bob);
  REQUIRE(bob);
  CHECK(bob->size() == 2);
  auto episodes = kb.Episodes();
  REQUIRE(episodes);
  REQUIRE(episodes->size() == 1);
  CHECK(episodes->front().title == "Hardware roundtable");
}

TEST_CASE("a missing database is reported, never created", "[knowledge_base]") {
  TempDir dir;
  const std::string missing = dir.Sub("nothing-here");
  KnowledgeBase kb(std::vector<std::string>{missing});
  auto readers = kb.readers();
  REQUIRE_FALSE(readers);
  CHECK(readers.error().code == claimkb::ErrorCode::kNotFound);
  auto answer = kb.Ask("quantum");
  REQUIRE_FALSE(answer);
  CHECK_FALSE(std::filesystem::exists(missing));
}

namespace {

// One episode with an editor's summary line and the turn it restates, six
// claims apart (beyond the neighbour share's three):
//   #0 editor  "Teleportation of qubits now works across a whole city."
//              (summary section; summarises #6)
//   #1–#5 Dana, filler without "teleportation"
//   #6 Dana    "We sent entangled photons forty kilometres last spring."
const std::string& SummaryDatabase() {
  static TempDir dir;
  static bool built = false;
  if (!built) {
    claimkb::Episode episode;
    episode.path = dir.Sub("lab-visit.md");
    episode.content_hash = "00000000000000bb";
    episode.title = "Lab visit";
    episode.date = "2025-11-22";
    episode.line_count = 30;
    std::vector<claimkb::Claim> claims;
    claimkb::Claim summary = SpokenClaim(
        0, "", "Teleportation of qubits now works across a whole city.", Stance::kPositive);
    summary.by_editor = true;
    summary.section_index = 0;
    summary.summarises = {6};
    claims.push_back(summary);
    const std::vector<std::string> filler = {
        "The lab sits in an old brewery near the river.",
        "Coffee there is strong and the chairs are hard.",
        "Most of the staff came from the physics department.",
        "Funding arrives from two national agencies.",
        "The cryostats hum all day long in the basement.",
        "We sent entangled photons forty kilometres last spring."};
    for (std::size_t i = 0; i < filler.size(); ++i) {
      claimkb::Claim claim =
          SpokenClaim(static_cast<int>(i) + 1, "Dana", filler[i], Stance::kNeutral);
      claim.section_index = 1;
      claims.push_back(claim);
    }
    claimkb::Section key_points;
    key_points.kind = claimkb::SectionKind::kSummary;
    key_points.title = "Key points";
    key_points.line = 5;
    key_points.level = 2;
    claimkb::Section transcript;
    transcript.kind = claimkb::SectionKind::kFullText;
    transcript.title = "Transcript";
    transcript.line = 9;
    transcript.level = 2;
    for (const claimkb::Claim& claim : claims) {
      claimkb::Turn turn;
      turn.speaker = claim.speaker;
      turn.line = claim.line;
      claimkb::Paragraph paragraph;
      paragraph.line = claim.line;
      paragraph.text = claim.text;
      paragraph.plain = claim.text;
      turn.paragraphs.push_back(paragraph);
      (claim.by_editor ? key_points : transcript).turns.push_back(turn);
    }
    episode.sections = {key_points, transcript};
    const claimkb::Lexicon empty(std::vector<claimkb::LexiconEntry>{});
    auto store = claimkb::Store::Open(dir.path());
    REQUIRE(store);
    REQUIRE((*store)->PutEpisode(episode, claims, empty));
    auto stored = (*store)->AllClaims();
    REQUIRE(stored);
    auto index = claimkb::ClaimIndex::Open(dir.path());
    REQUIRE(index);
    for (const claimkb::StoredClaim& claim : *stored) REQUIRE((*index)->Replace(claim, empty));
    auto generation = (*store)->Generation();
    REQUIRE(generation);
    REQUIRE((*index)->Commit(*generation));
    built = true;
  }
  static const std::string path = dir.path();
  return path;
}

}  // namespace

TEST_CASE("ask shows the turn a matching summary line restates", "[knowledge_base]") {
  KnowledgeBase kb(std::vector<std::string>{SummaryDatabase()});
  auto with_text = [&](const std::vector<claimkb::StoredClaim>& claims, std::string_view text) {
    return std::any_of(claims.begin(), claims.end(), [&](const claimkb::StoredClaim& claim) {
      return claim.claim.text.find(text) != std::string::npos;
    });
  };
  // Only the summary line says "teleportation"; the turn it restates gets
  // half its weight through the stored 'summarises' edge, which clears the
  // answer's floor (0.3 of the best), so the answer shows it.
  auto answer = kb.Ask("teleportation", {});
  REQUIRE(answer);
  REQUIRE(answer->facets.size() == 1);
  const auto& best = answer->facets.front().best;
  CHECK(with_text(best, "Teleportation of qubits"));
  CHECK(with_text(best, "entangled photons"));

  claimkb::AskOptions off;
  off.ranking.summary_share = 0;
  auto without = kb.Ask("teleportation", off);
  REQUIRE(without);
  CHECK_FALSE(with_text(without->facets.front().best, "entangled photons"));
}
