// The claim graph over a store built by hand: three files, two of them
// sources of one episode. Every vertex, edge and distance below is worked
// out from the fixture in the comment of GraphFixture.
#include "claimkb/query/claim_graph.h"

#include <unistd.h>

#include <fmt/format.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "claimkb/core/entity_linker.h"
#include "claimkb/query/contradictions.h"
#include "claimkb/query/related_claims.h"
#include "claimkb/query/stance_edges.h"
#include "indexer/index_fixture.h"
#include "support/lexicon_entry.h"
#include "support/skip.h"

namespace claimkb {
namespace {

using testing::Entry;
using testing::TempDir;

std::shared_ptr<const Lexicon> GraphLexicon() {
  return std::make_shared<const Lexicon>(std::vector<LexiconEntry>{
      Entry("gemini", EntityKind::kModel, "Gemini", ""),
      Entry("gemini-3", EntityKind::kModel, "Gemini 3", "gemini"),
      Entry("gemini-3-pro", EntityKind::kModel, "Gemini 3 Pro", "gemini-3"),
      Entry("gpt-5", EntityKind::kModel, "GPT-5", ""),
      Entry("coding", EntityKind::kTopic, "Coding", ""),
      Entry("reasoning", EntityKind::kTopic, "Reasoning", ""),
  });
}

struct Said {
  std::string speaker;  // Empty: the editor's summary line.
  std::string text;
  std::string entity;
  Stance stance = Stance::kNeutral;  // Of the claim and toward the entity.
  std::string topic;
  std::vector<int> summarises;
};

// One file: the editor's lines in a summary section, each speaker's claim in
// a turn of its own in one full-text section; claim n is said[n].
void Put(Store& store, const Lexicon& lexicon, const std::string& path, const std::string& url,
         const std::string& date, const std::vector<Said>& said) {
  Episode episode;
  episode.path = path;
  episode.url = url;
  episode.content_hash = std::to_string(std::hash<std::string>{}(path + said.back().text));
  episode.title = "Episode " + path;
  episode.date = date;
  episode.line_count = 100;
  Section summary;
  summary.kind = SectionKind::kSummary;
  summary.title = "Summary";
  summary.line = 1;
  summary.level = 2;
  summary.turns.emplace_back();
  summary.turns[0].line = 2;
  Section full;
  full.kind = SectionKind::kFullText;
  full.title = "Full text";
  full.line = 10;
  full.level = 2;
  std::vector<Claim> claims;
  for (std::size_t n = 0; n < said.size(); ++n) {
    const int line = 20 + static_cast<int>(n);
    Paragraph paragraph;
    paragraph.line = line;
    paragraph.text = said[n].text;
    paragraph.plain = said[n].text;
    Claim claim;
    claim.ordinal = static_cast<int>(n);
    claim.text = said[n].text;
    claim.line = line;
    claim.span_end = static_cast<int>(said[n].text.size());
    claim.stance = said[n].stance;
    claim.summarises = said[n].summarises;
    if (!said[n].topic.empty()) claim.topics = {said[n].topic};
    EntityMention mention = testing::Mention(said[n].entity, EntityKind::kModel);
    mention.surface = said[n].entity;
    mention.stance = said[n].stance;
    claim.entities = {mention};
    if (said[n].speaker.empty()) {
      claim.by_editor = true;
      claim.section_index = 0;
      claim.paragraph_index = static_cast<int>(summary.turns[0].paragraphs.size());
      summary.turns[0].paragraphs.push_back(paragraph);
    } else {
      Turn turn;
      turn.speaker = said[n].speaker;
      turn.line = line;
      turn.paragraphs = {paragraph};
      claim.speaker = said[n].speaker;
      claim.section_index = 1;
      claim.turn_index = static_cast<int>(full.turns.size());
      full.turns.push_back(turn);
    }
    claims.push_back(claim);
  }
  episode.sections = {summary, full};
  auto put = store.PutEpisode(episode, claims, lexicon);
  REQUIRE(put);
}

constexpr Stance kPos = Stance::kPositive;
constexpr Stance kNeg = Stance::kNegative;

// live.md (https://x/live, 2025-11-21):
//   live#0 editor "Gemini 3 Pro 写前端很强"               gemini-3-pro, summarises live#1
//   live#1 Gavin  "Gemini 3 Pro 写前端代码非常强，速度也快。" gemini-3-pro +, coding
//   live#2 余北   "Gemini 3 的多模态推理不如上一代。"       gemini-3 −, reasoning
// live-transcript.md (same URL: a second source of the same episode):
//   live-transcript#0 Gavin, the words of live#1 without the full stop  → restates live#1
// other.md (https://x/other, 2025-12-01):
//   other#0 Lance "Gemini 3 Pro is great at frontend coding." gemini-3-pro +, coding
//   other#1 Lance "Gemini 3 reasoning is excellent."          gemini-3 +, reasoning
//   other#2 Lance "GPT-5 is slow."                            gpt-5 −
//
// Stance edges: contradicts live#2–other#1 (余北 − vs Lance + on gemini-3 ×
// reasoning); supports live#1–other#0 and live-transcript#0–other#0
// (gemini-3-pro × coding, + by Gavin and by Lance; Gavin's two claims are
// one speaker's and support nothing of each other).
struct GraphFixture {
  TempDir dir;
  std::shared_ptr<const Lexicon> lexicon = GraphLexicon();
  std::unique_ptr<Store> store;

  GraphFixture() {
    auto opened = Store::Open(dir.Sub("db"));
    REQUIRE(opened);
    store = std::move(*opened);
    Put(*store, *lexicon, "live.md", "https://x/live", "2025-11-21",
        {{"", "Gemini 3 Pro 写前端很强", "gemini-3-pro", Stance::kNeutral, "", {1}},
         {"Gavin", "Gemini 3 Pro 写前端代码非常强，速度也快。", "gemini-3-pro", kPos, "coding", {}},
         {"余北", "Gemini 3 的多模态推理不如上一代。", "gemini-3", kNeg, "reasoning", {}}});
    Put(*store, *lexicon, "live-transcript.md", "https://x/live", "2025-11-21",
        {{"Gavin", "Gemini 3 Pro 写前端代码非常强，速度也快", "gemini-3-pro", kPos, "coding", {}}});
    Put(*store, *lexicon, "other.md", "https://x/other", "2025-12-01",
        {{"Lance", "Gemini 3 Pro is great at frontend coding.", "gemini-3-pro", kPos, "coding", {}},
         {"Lance", "Gemini 3 reasoning is excellent.", "gemini-3", kPos, "reasoning", {}},
         {"Lance", "GPT-5 is slow.", "gpt-5", kNeg, "", {}}});
  }
  std::vector<const Store*> stores() const { return {store.get()}; }
};

std::multiset<std::string> EdgeNames(const std::vector<ClaimEdge>& edges) {
  std::multiset<std::string> names;
  for (const ClaimEdge& edge : edges) {
    names.insert(std::string(EdgeKindName(edge.kind)) + " " + edge.src + " " + edge.dst);
  }
  return names;
}

TEST_CASE("Stance edges handed over in batches are the edges of one list, in order",
          "[claim_graph]") {
  GraphFixture fixture;
  auto claims = fixture.store->AllClaims();
  REQUIRE(claims);
  // The fixture's three stance edges (see the next test), one per batch,
  // sorted by (src, dst): live#1-other#0, live#2-other#1,
  // live-transcript#0-other#0 ("live#" sorts before "live-" as '#' < '-').
  std::vector<LinkClaim> linked;
  for (const StoredClaim& claim : *claims) linked.push_back(ToLinkClaim(claim));
  std::vector<std::vector<ClaimEdge>> batches;
  auto sent = ComputeStanceEdges(linked, fixture.lexicon.get(), {}, {}, 1,
                                 [&batches](std::vector<ClaimEdge>&& edges) -> claimkb::Status {
                                   batches.push_back(std::move(edges));
                                   return {};
                                 });
  REQUIRE(sent);
  REQUIRE(batches.size() == 3);
  std::vector<std::string> ends;
  for (const auto& batch : batches) {
    REQUIRE(batch.size() == 1);
    ends.push_back(batch.front().src + " " + batch.front().dst);
  }
  CHECK(ends == std::vector<std::string>{"live#1 other#0", "live#2 other#1",
                                         "live-transcript#0 other#0"});
  // A sink's error stops the call at the first batch.
  int calls = 0;
  auto refused =
      ComputeStanceEdges(linked, fixture.lexicon.get(), {}, {}, 1,
                         [&calls](std::vector<ClaimEdge>&&) -> claimkb::Status {
                           ++calls;
                           return claimkb::MakeError(claimkb::ErrorCode::kIO, "disk full");
                         });
  CHECK_FALSE(refused);
  CHECK(calls == 1);
}

TEST_CASE("Stored edges: summarises and restates with the claims, stance edges by the link step",
          "[claim_graph]") {
  GraphFixture fixture;
  auto stored = fixture.store->ListClaimEdges();
  REQUIRE(stored);
  // live-transcript was written second, so its claim is the restating end.
  CHECK(EdgeNames(*stored) == std::multiset<std::string>{
                                  "summarises live#0 live#1",
                                  "restates live-transcript#0 live#1",
                              });
  CHECK(*fixture.store->StanceEdgesGeneration() == -1);

  auto claims = fixture.store->AllClaims();
  REQUIRE(claims);
  CHECK(EdgeNames(ComputeStanceEdges(*claims, fixture.lexicon.get())) ==
        std::multiset<std::string>{
            "contradicts live#2 other#1",
            "supports live#1 other#0",
            "supports live-transcript#0 other#0",
        });

  bool computed = false;
  auto before = CurrentStanceEdges(fixture.stores(), fixture.lexicon.get(), &computed);
  REQUIRE(before);
  CHECK(computed);  // Never linked: computed from the claims.
  CHECK(before->size() == 3);

  auto linked = LinkStanceEdges(fixture.store.get(), fixture.lexicon.get());
  REQUIRE(linked);
  CHECK(*linked == 3);
  CHECK(*fixture.store->StanceEdgesGeneration() == *fixture.store->Generation());
  auto after = CurrentStanceEdges(fixture.stores(), fixture.lexicon.get(), &computed);
  REQUIRE(after);
  CHECK_FALSE(computed);  // Read back as stored.
  CHECK(EdgeNames(*after) == EdgeNames(*before));
}

TEST_CASE("Re-ingest and removal keep the stored edges consistent", "[claim_graph]") {
  GraphFixture fixture;
  REQUIRE(LinkStanceEdges(fixture.store.get(), fixture.lexicon.get()));

  // live.md again with its last claim changed: its claims are rewritten, so
  // every edge touching them is dropped and the ones it still has are
  // rebuilt (the restatement now from live#1, the file written last).
  Put(*fixture.store, *fixture.lexicon, "live.md", "https://x/live", "2025-11-21",
      {{"", "Gemini 3 Pro 写前端很强", "gemini-3-pro", Stance::kNeutral, "", {1}},
       {"Gavin", "Gemini 3 Pro 写前端代码非常强，速度也快。", "gemini-3-pro", kPos, "coding", {}},
       {"余北", "Gemini 3 的多模态推理其实很好。", "gemini-3", kPos, "reasoning", {}}});
  auto stored = fixture.store->ListClaimEdges();
  REQUIRE(stored);
  // Stance edges touching live's claims went with them; the store moved on,
  // so the rest are stale until the link step runs again.
  CHECK(EdgeNames(*stored) == std::multiset<std::string>{
                                  "supports live-transcript#0 other#0",
                                  "summarises live#0 live#1",
                                  "restates live#1 live-transcript#0",
                              });
  // Only the kinds asked for: the transcript's claim is at the end of a
  // restatement and at the start of a support.
  auto links = fixture.store->ListClaimEdges(
      "live-transcript#0", {claimkb::EdgeKind::kSummarises, claimkb::EdgeKind::kRestates});
  REQUIRE(links);
  CHECK(EdgeNames(*links) == std::multiset<std::string>{"restates live#1 live-transcript#0"});
  auto supports = fixture.store->ListClaimEdges("", {claimkb::EdgeKind::kSupports});
  REQUIRE(supports);
  CHECK(EdgeNames(*supports) ==
        std::multiset<std::string>{"supports live-transcript#0 other#0"});
  bool computed = false;
  auto current = CurrentStanceEdges(fixture.stores(), fixture.lexicon.get(), &computed);
  REQUIRE(current);
  CHECK(computed);
  // 余北 now agrees with Lance: no contradiction, one more support.
  CHECK(EdgeNames(*current) == std::multiset<std::string>{
                                   "supports live#1 other#0",
                                   "supports live-transcript#0 other#0",
                                   "supports live#2 other#1",
                               });

  // The transcript's claims removed: its restatement goes with them.
  REQUIRE(fixture.store->ReplaceClaims(2, {}, *fixture.lexicon));
  stored = fixture.store->ListClaimEdges("live#1");
  REQUIRE(stored);
  CHECK(EdgeNames(*stored) == std::multiset<std::string>{"summarises live#0 live#1"});
}

TEST_CASE("After a small write the link step links only the new claims, as a full relink would",
          "[claim_graph]") {
  GraphFixture fixture;
  REQUIRE(LinkStanceEdges(fixture.store.get(), fixture.lexicon.get()));
  auto before = fixture.store->Generation();
  REQUIRE(before);
  // Bob criticises Gemini 3 Pro's coding, which Gavin (in the digest and
  // its transcript) and Lance praise: three new contradictions, nothing else.
  Put(*fixture.store, *fixture.lexicon, "later.md", "https://x/later", "2025-12-10",
      {{"Bob", "Gemini 3 Pro 写前端代码不行。", "gemini-3-pro", kNeg, "coding", {}}});
  auto later = fixture.store->FindEpisode("later");
  REQUIRE(later);
  LinkScope scope{{later->id}, *before};
  auto linked = LinkStanceEdges(fixture.store.get(), fixture.lexicon.get(), {}, scope);
  REQUIRE(linked);
  CHECK(*linked == 3);  // Added, not replaced: the three edges of before stay.
  CHECK(*fixture.store->StanceEdgesGeneration() == *fixture.store->Generation());
  auto stored = fixture.store->ListClaimEdges();
  REQUIRE(stored);
  std::vector<ClaimEdge> stance;
  for (const ClaimEdge& edge : *stored) {
    if (edge.kind == EdgeKind::kSupports || edge.kind == EdgeKind::kContradicts) {
      stance.push_back(edge);
    }
  }
  CHECK(EdgeNames(stance) == std::multiset<std::string>{
                                 "contradicts live#2 other#1",
                                 "supports live#1 other#0",
                                 "supports live-transcript#0 other#0",
                                 "contradicts later#0 live#1",
                                 "contradicts later#0 live-transcript#0",
                                 "contradicts later#0 other#0",
                             });
  auto claims = fixture.store->AllClaims();
  REQUIRE(claims);
  CHECK(EdgeNames(stance) == EdgeNames(ComputeStanceEdges(*claims, fixture.lexicon.get())));

  // Edges that were stale before the write: the whole store is relinked.
  Put(*fixture.store, *fixture.lexicon, "stale.md", "https://x/stale", "2025-12-11",
      {{"Eve", "Gemini 3 的推理很好。", "gemini-3", kPos, "reasoning", {}}});
  auto stale = fixture.store->FindEpisode("stale");
  REQUIRE(stale);
  LinkScope behind{{stale->id}, *before};  // Not the generation the edges reflect.
  REQUIRE(LinkStanceEdges(fixture.store.get(), fixture.lexicon.get(), {}, behind));
  claims = fixture.store->AllClaims();
  REQUIRE(claims);
  auto current = CurrentStanceEdges(fixture.stores(), fixture.lexicon.get());
  REQUIRE(current);
  CHECK(EdgeNames(*current) == EdgeNames(ComputeStanceEdges(*claims, fixture.lexicon.get())));
}

// The stored walks (schema/sqlite/0005_stance_walks.sql) on an invented
// store: the fixture, and 70 episodes p00..p69 where speaker S<nn> says
// "GPT-5 is fast." (gpt-5 +); in p00 S00 also says "GPT-5 is slow." (gpt-5 −).
// Every positive use on gpt-5 has the same factor but S00's: one claim of its
// side's two on the target takes that stance, 1/2 × (1 − 2^−1) = 0.25 against
// 1 × (1 − 2^−1) = 0.5 for the others. So the contradiction walk of the
// positive uses is p01, p02, ..., p69 (ties by claim id), then p00; the
// support walk of the negative uses is other#2 (Lance), p00#1 (ties by id).
TEST_CASE("The link step stores each walk's order, and an added claim takes its head",
          "[claim_graph]") {
  GraphFixture fixture;
  for (int n = 0; n < 70; ++n) {
    const std::string name = fmt::format("p{:02d}", n);
    const std::string speaker = fmt::format("S{:02d}", n);
    std::vector<Said> said{{speaker, "GPT-5 is fast.", "gpt-5", kPos, "", {}}};
    if (n == 0) said.push_back({speaker, "GPT-5 is slow.", "gpt-5", kNeg, "", {}});
    Put(*fixture.store, *fixture.lexicon, name + ".md", "https://x/" + name, "2025-12-02", said);
  }
  REQUIRE(LinkStanceEdges(fixture.store.get(), fixture.lexicon.get()));
  const std::int64_t generation = *fixture.store->Generation();
  CHECK(*fixture.store->StanceWalksGeneration() == generation);
  auto episode_of = [&](const std::string& slug) { return fixture.store->FindEpisode(slug)->id; };
  const std::string gpt5 = std::string("gpt-5") + '\x1f';
  auto head_of = [&](int walk, int limit) {
    auto head = fixture.store->StanceWalkHead(gpt5, walk, limit);
    REQUIRE(head);
    std::vector<std::string> claims;
    for (const auto& entry : *head) claims.push_back(entry.claim);
    return claims;
  };
  CHECK(head_of(0, 3) == std::vector<std::string>{"p01#0", "p02#0", "p03#0"});
  auto whole = fixture.store->StanceWalkHead(gpt5, 0, 100);
  REQUIRE(whole);
  REQUIRE(whole->size() == 70);
  CHECK(whole->back().claim == "p00#0");
  CHECK(whole->back().factor == Approx(whole->front().factor / 2));  // 0.25 against 0.5.
  CHECK(head_of(3, 10) == std::vector<std::string>{"other#2", "p00#1"});

  // Zed criticises GPT-5 in a new episode: it opposes the first three of
  // the positive walk and is supported by both negative claims of other
  // speakers (up to three), all read from the walks' heads.
  Put(*fixture.store, *fixture.lexicon, "zz.md", "https://x/zz", "2025-12-03",
      {{"Zed", "GPT-5 is slow.", "gpt-5", kNeg, "", {}}});
  LinkScope scope{{episode_of("zz")}, generation};
  auto linked = LinkStanceEdges(fixture.store.get(), fixture.lexicon.get(), {}, scope);
  REQUIRE(linked);
  CHECK(*linked == 5);
  CHECK(*fixture.store->StanceWalksGeneration() == *fixture.store->Generation());
  auto stored = fixture.store->ListClaimEdges("zz#0");
  REQUIRE(stored);
  CHECK(EdgeNames(*stored) == std::multiset<std::string>{
                                  "contradicts p01#0 zz#0",
                                  "contradicts p02#0 zz#0",
                                  "contradicts p03#0 zz#0",
                                  "supports other#2 zz#0",
                                  "supports p00#1 zz#0",
                              });
  // Zed's own place: the negative walks now hold it, after the ties by id.
  CHECK(head_of(3, 10) == std::vector<std::string>{"other#2", "p00#1", "zz#0"});

  // An episode's claims removed: their places in the walks go with them.
  REQUIRE(fixture.store->ReplaceClaims(episode_of("p01"), {}, *fixture.lexicon));
  CHECK(head_of(0, 3) == std::vector<std::string>{"p02#0", "p03#0", "p04#0"});
}

TEST_CASE("A relink in chunks of one entity or topic each stores the edges of one pass",
          "[claim_graph]") {
  GraphFixture fixture;
  // The fixture's stance-taking claims mention gemini-3-pro, gemini-3 and
  // gpt-5 and carry coding and reasoning: with room for one claim a chunk,
  // each of those five is a chunk of its own, and each target is linked in
  // its entity's chunk (its topic's when it names none).
  StanceEdgeOptions chunked;
  chunked.chunk_claims = 1;
  auto linked = LinkStanceEdges(fixture.store.get(), fixture.lexicon.get(), chunked);
  REQUIRE(linked);
  CHECK(*fixture.store->StanceEdgesGeneration() == *fixture.store->Generation());
  auto current = CurrentStanceEdges(fixture.stores(), fixture.lexicon.get());
  REQUIRE(current);
  CHECK(EdgeNames(*current) == std::multiset<std::string>{
                                   "contradicts live#2 other#1",
                                   "supports live#1 other#0",
                                   "supports live-transcript#0 other#0",
                               });
  // A second relink in chunks replaces what the first stored (the old
  // edges and walks are deleted before the first chunk): the same three
  // edges, once each, and the walks current again.
  REQUIRE(LinkStanceEdges(fixture.store.get(), fixture.lexicon.get(), chunked));
  CHECK(*fixture.store->StanceEdgesGeneration() == *fixture.store->Generation());
  CHECK(*fixture.store->StanceWalksGeneration() == *fixture.store->Generation());
  auto again = CurrentStanceEdges(fixture.stores(), fixture.lexicon.get());
  REQUIRE(again);
  CHECK(EdgeNames(*again) == EdgeNames(*current));
  // gpt-5 is judged by other#2 alone: one use in each of its negative walks.
  auto head = fixture.store->StanceWalkHead(std::string("gpt-5") + '\x1f', 3, 10);
  REQUIRE(head);
  REQUIRE(head->size() == 1);
  CHECK(head->front().claim == "other#2");
  auto counts = fixture.store->CountClaimsOnTargets();
  REQUIRE(counts);
  std::map<std::string, std::int64_t> by_id;
  for (const auto& count : *counts) {
    by_id[(count.is_topic ? "topic " : "entity ") + count.id] = count.claims;
  }
  // Claims that take a stance, per entity and topic (live#0 is neutral):
  // gemini-3-pro live#1, live-transcript#0, other#0; gemini-3 live#2,
  // other#1; gpt-5 other#2; coding live#1, live-transcript#0, other#0;
  // reasoning live#2, other#1.
  CHECK(by_id == std::map<std::string, std::int64_t>{{"entity gemini-3-pro", 3},
                                                      {"entity gemini-3", 2},
                                                      {"entity gpt-5", 1},
                                                      {"topic coding", 3},
                                                      {"topic reasoning", 2}});
}

TEST_CASE("Contradictions read a chunk at a time rank as one pass over the store",
          "[claim_graph]") {
  GraphFixture fixture;
  // Bob's criticism of Gemini 3 Pro's coding opposes Gavin (twice) and
  // Lance on gemini-3-pro and on gemini-3-pro × coding, beside 余北 vs
  // Lance on gemini-3: entries over two entities and a topic.
  Put(*fixture.store, *fixture.lexicon, "later.md", "https://x/later", "2025-12-10",
      {{"Bob", "Gemini 3 Pro 写前端代码不行。", "gemini-3-pro", kNeg, "coding", {}}});
  auto listed = [&](std::int64_t chunk_claims, int limit) {
    ContradictionQuery query;
    query.chunk_claims = chunk_claims;
    query.limit = limit;
    auto found = FindContradictions(fixture.stores(), query, fixture.lexicon.get());
    REQUIRE(found);
    std::vector<std::string> lines;
    for (const Contradiction& entry : *found) {
      std::string line = fmt::format("{} {} {:.4f}", entry.first.id, entry.second.id, entry.score);
      for (const OpposedPair& pair : entry.pairs) {
        line += fmt::format(" | {} {} {:.4f}", pair.first_id, pair.second_id, pair.score);
      }
      lines.push_back(line);
    }
    return lines;
  };
  const auto whole = listed(0, 0);
  REQUIRE(whole.size() == 4);  // Bob against Gavin's two sources and Lance; 余北 against Lance.
  CHECK(listed(1, 0) == whole);
  const auto first_two = listed(1, 2);
  CHECK(first_two == std::vector<std::string>(whole.begin(), whole.begin() + 2));
}

TEST_CASE("Stored stance edges keep the higher weight, and a contradicting pair supports nothing",
          "[claim_graph]") {
  GraphFixture fixture;
  const auto generation = fixture.store->Generation();
  REQUIRE(generation);
  REQUIRE(fixture.store->ReplaceStanceEdges(
      {ClaimEdge{"live#1", "other#0", EdgeKind::kSupports, "first", 1.0, false}}, -1));
  REQUIRE(fixture.store->AddStanceEdges(
      {ClaimEdge{"live#1", "other#0", EdgeKind::kSupports, "stronger", 2.0, false},
       ClaimEdge{"live#2", "other#1", EdgeKind::kSupports, "through a topic", 1.0, false}},
      -1));
  REQUIRE(fixture.store->AddStanceEdges(
      {ClaimEdge{"live#1", "other#0", EdgeKind::kSupports, "weaker", 0.5, false},
       ClaimEdge{"live#2", "other#1", EdgeKind::kContradicts, "through an entity", 3.0, false}},
      *generation));
  auto stored = fixture.store->ListClaimEdges();
  REQUIRE(stored);
  std::map<std::string, std::pair<std::string, double>> stance;
  for (const ClaimEdge& edge : *stored) {
    if (edge.kind == EdgeKind::kSupports || edge.kind == EdgeKind::kContradicts) {
      stance[std::string(EdgeKindName(edge.kind)) + " " + edge.src + " " + edge.dst] = {
          edge.evidence, edge.weight};
    }
  }
  CHECK(stance == std::map<std::string, std::pair<std::string, double>>{
                      {"supports live#1 other#0", {"stronger", 2.0}},
                      {"contradicts live#2 other#1", {"through an entity", 3.0}},
                  });
  CHECK(*fixture.store->StanceEdgesGeneration() == *generation);
}

TEST_CASE("Related claims of a claim, by relation", "[claim_graph]") {
  GraphFixture fixture;
  REQUIRE(LinkStanceEdges(fixture.store.get(), fixture.lexicon.get()));
  auto related = FindRelated(fixture.stores(), fixture.lexicon.get(), "live#1");
  REQUIRE(related);
  CHECK_FALSE(related->stance_computed);
  REQUIRE(related->related.size() == 3);
  CHECK(related->related[0].relation == Relation::kSupports);
  CHECK(related->related[0].claim.id == "other#0");
  CHECK(related->related[0].claim.speaker_name == "Lance");
  CHECK(related->related[0].claim.episode_date == "2025-12-01");
  CHECK(related->related[0].evidence == "gemini-3-pro × coding score 4.00");
  CHECK(related->related[0].weight == Approx(4.0));
  CHECK(related->related[1].relation == Relation::kRestates);
  CHECK(related->related[1].claim.id == "live-transcript#0");
  // The same content units: punctuation is not one.
  CHECK(related->related[1].evidence == "bigram dice 1.00");
  CHECK(related->related[1].weight == Approx(1.0));
  CHECK(related->related[2].relation == Relation::kSummarisedBy);
  CHECK(related->related[2].claim.id == "live#0");

  auto summary = FindRelated(fixture.stores(), fixture.lexicon.get(), "live#0");
  REQUIRE(summary);
  REQUIRE(summary->related.size() == 1);
  CHECK(summary->related[0].relation == Relation::kSummarises);

  auto opposed = FindRelated(fixture.stores(), fixture.lexicon.get(), "live#2");
  REQUIRE(opposed);
  REQUIRE(opposed->related.size() == 1);
  CHECK(opposed->related[0].relation == Relation::kContradicts);
  CHECK(opposed->related[0].claim.id == "other#1");

  CHECK(FindRelated(fixture.stores(), fixture.lexicon.get(), "live#9").error().code ==
        ErrorCode::kNotFound);
  CHECK(FindRelated(fixture.stores(), fixture.lexicon.get(), "live").error().code ==
        ErrorCode::kInvalidArgument);
}

std::map<std::string, int> Distances(const ClaimGraph& graph) {
  std::map<std::string, int> out;
  for (const GraphVertex& vertex : graph.vertices) out[vertex.id] = vertex.distance;
  return out;
}

// Gavin and Lance declared one person, to see the hook's edges drawn.
class OnePerson : public SamePersonSource {
 public:
  Result<std::vector<SamePersonLink>> SamePersonLinks(
      const std::vector<std::string>& speakers) const override {
    asked = speakers;
    return std::vector<SamePersonLink>{{"Gavin", "Lance", "test"}, {"Gavin", "Nobody", "test"}};
  }
  mutable std::vector<std::string> asked;
};

TEST_CASE("The graph around an entity, cut by breadth-first distance", "[claim_graph]") {
  GraphFixture fixture;
  REQUIRE(LinkStanceEdges(fixture.store.get(), fixture.lexicon.get()));
  EntityLinker linker(fixture.lexicon);
  // Around Gemini 3, all vertices (15): gemini-3, gemini-3-pro (is_a it),
  // gemini (it is_a); the six claims naming either (not other#2); speakers
  // Gavin, 余北, Lance; episodes live, live-transcript, other. Edges (24):
  // said_by 5 (the editor's line has none), in_episode 6, mentions 6,
  // is_a 2, summarises 1, restates 1, supports 2, contradicts 1.
  GraphAroundOptions options;
  options.depth = 3;
  auto all = GraphAround(fixture.stores(), linker, "Gemini 3", options);
  REQUIRE(all);
  CHECK(all->vertices.size() == 15);
  CHECK(all->edges.size() == 24);
  CHECK(all->vertices.front().id == "entity:gemini-3");
  CHECK(all->vertices.front().label == "Gemini 3");
  const auto distance = Distances(*all);
  CHECK(distance.at("entity:gemini") == 1);
  CHECK(distance.at("entity:gemini-3-pro") == 1);
  CHECK(distance.at("claim:live#2") == 1);
  CHECK(distance.at("claim:other#1") == 1);
  CHECK(distance.at("claim:live#1") == 2);
  CHECK(distance.at("speaker:Lance") == 2);
  CHECK(distance.at("speaker:Gavin") == 3);
  CHECK(distance.at("episode:live-transcript") == 3);
  CHECK_FALSE(distance.contains("claim:other#2"));

  // Depth 1: the entity, what it is and what is it, and the claims naming
  // it: 5 vertices; is_a 2, mentions 2, and the contradiction between those
  // two claims.
  options.depth = 1;
  auto near = GraphAround(fixture.stores(), linker, "gemini-3", options);
  REQUIRE(near);
  CHECK(near->vertices.size() == 5);
  CHECK(near->edges.size() == 5);
  // Depth 2 leaves out Gavin and the transcript's episode, and their 3 edges.
  options.depth = 2;
  auto two = GraphAround(fixture.stores(), linker, "Gemini 3", options);
  REQUIRE(two);
  CHECK(two->vertices.size() == 13);
  CHECK(two->edges.size() == 21);
  options.depth = 0;
  auto alone = GraphAround(fixture.stores(), linker, "Gemini 3", options);
  REQUIRE(alone);
  CHECK(alone->vertices.size() == 1);
  CHECK(alone->edges.empty());

  // Speaker identity's links join the speakers drawn; links to speakers not
  // drawn are left out.
  OnePerson identity;
  options.depth = 3;
  options.same_person = &identity;
  auto merged = GraphAround(fixture.stores(), linker, "Gemini 3", options);
  REQUIRE(merged);
  CHECK(merged->edges.size() == 25);
  CHECK(identity.asked.size() == 3);

  CHECK(GraphAround(fixture.stores(), linker, "Nothing Known", options).error().code ==
        ErrorCode::kInvalidArgument);
}

TEST_CASE("DOT renders with Graphviz and GraphML reads back", "[claim_graph]") {
  GraphFixture fixture;
  EntityLinker linker(fixture.lexicon);
  GraphAroundOptions options;
  options.depth = 3;
  auto graph = GraphAround(fixture.stores(), linker, "Gemini 3", options);
  REQUIRE(graph);
  // A label that would break naive quoting.
  graph->vertices.back().label = "quote \" and backslash \\";

  // GraphML through Boost's own reader: the counts worked out above.
  const std::string graphml = WriteGraphml(*graph);
  using Read = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                     boost::property<boost::vertex_name_t, std::string>,
                                     boost::property<boost::edge_name_t, std::string>>;
  Read read;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(boost::vertex_name, read));
  dp.property("kind", boost::get(boost::edge_name, read));
  std::istringstream in(graphml);
  boost::read_graphml(in, read, dp);
  CHECK(boost::num_vertices(read) == 15);
  CHECK(boost::num_edges(read) == 24);
  CHECK(boost::get(boost::vertex_name, read, 0) == "Gemini 3");
  CHECK(boost::get(boost::vertex_name, read, 14) == "quote \" and backslash \\");

  // DOT through the real `dot`.
  if (std::system("dot -V > /dev/null 2>&1") != 0) {
    CLAIMKB_SKIP("Graphviz `dot` is not installed (apt-get install graphviz)");
  }
  TempDir out;
  {
    std::ofstream dot_file(out.Sub("graph.dot"));
    dot_file << WriteDot(*graph);
  }
  const std::string svg = out.Sub("graph.svg");
  const std::string command = "dot -Tsvg " + out.Sub("graph.dot") + " -o " + svg + " 2>" +
                              out.Sub("dot.err");
  REQUIRE(std::system(command.c_str()) == 0);
  std::ifstream rendered(svg);
  std::stringstream text;
  text << rendered.rdbuf();
  // Graphviz draws each node and edge as a <g class="node"> / "edge" group.
  auto count = [&](const std::string& needle) {
    int n = 0;
    for (std::size_t at = text.str().find(needle); at != std::string::npos;
         at = text.str().find(needle, at + 1)) {
      ++n;
    }
    return n;
  };
  CHECK(count("class=\"node\"") == 15);
  CHECK(count("class=\"edge\"") == 24);
  std::ifstream errors(out.Sub("dot.err"));
  std::stringstream warnings;
  warnings << errors.rdbuf();
  CHECK(warnings.str().empty());
}

}  // namespace
}  // namespace claimkb
