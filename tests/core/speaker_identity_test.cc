// The speaker identity resolver on facts built by hand: which names are one
// person, on what evidence, and how the user's decisions override it.
#include "claimkb/core/speaker_identity.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using claimkb::IdentityEvidenceKind;
using claimkb::SpeakerFacts;
using claimkb::SpeakerIdentity;

SpeakerFacts::Speaker MakeSpeaker(std::int64_t id, std::string name,
                                  std::vector<std::string> episodes, int claims = 10) {
  SpeakerFacts::Speaker speaker;
  speaker.id = id;
  speaker.name = std::move(name);
  for (std::string& episode : episodes) {
    speaker.episodes.push_back({std::move(episode), 2, claims});
  }
  speaker.turn_count = 2 * static_cast<int>(speaker.episodes.size());
  speaker.claim_count = claims * static_cast<int>(speaker.episodes.size());
  return speaker;
}

SpeakerFacts::Episode MakeEpisode(std::string slug, std::string title,
                                  std::vector<std::string> hosts = {}) {
  SpeakerFacts::Episode episode;
  episode.slug = slug;
  episode.work_key = "url:" + slug;
  episode.title = std::move(title);
  episode.hosts = hosts;
  episode.listed = hosts;
  return episode;
}

const SpeakerIdentity* IdentityOf(const std::vector<SpeakerIdentity>& identities,
                                  const std::string& name) {
  for (const SpeakerIdentity& identity : identities) {
    if (std::find(identity.names.begin(), identity.names.end(), name) != identity.names.end())
      return &identity;
  }
  return nullptr;
}

bool HasEvidence(const SpeakerIdentity& identity, IdentityEvidenceKind kind) {
  return std::any_of(identity.evidence.begin(), identity.evidence.end(),
                     [&](const auto& evidence) { return evidence.kind == kind; });
}

TEST_CASE("a short Latin name is the fuller name it starts, when only one does", "[identity]") {
  SpeakerFacts facts;
  facts.episodes = {MakeEpisode("a", "Episode A"), MakeEpisode("b", "Episode B")};
  facts.speakers = {MakeSpeaker(1, "Rohan", {"a"}), MakeSpeaker(2, "Rohan Mehta", {"b"}),
                    MakeSpeaker(3, "Sam", {"a"}), MakeSpeaker(4, "Sam Ortiz", {"a"}),
                    MakeSpeaker(5, "Sam Lee", {"b"})};
  const auto identities = claimkb::ResolveSpeakerIdentities(facts);
  const SpeakerIdentity* rohan = IdentityOf(identities, "Rohan");
  REQUIRE(rohan != nullptr);
  CHECK(rohan->name == "Rohan Mehta");  // Equal claims: the fuller name shows.
  CHECK(rohan->Matches("Rohan", "a"));
  CHECK(rohan->Matches("Rohan Mehta", "b"));
  CHECK(rohan->claim_count == 20);
  CHECK(HasEvidence(*rohan, IdentityEvidenceKind::kName));
  // "Sam" starts two names: no link, and the reason is shown.
  const SpeakerIdentity* sam = IdentityOf(identities, "Sam");
  REQUIRE(sam != nullptr);
  CHECK(sam->names == std::vector<std::string>{"Sam"});
  CHECK_FALSE(sam->held_apart.empty());
  CHECK(identities.size() == 4);  // Rohan; Sam; Sam Ortiz; Sam Lee.
}

TEST_CASE("Chinese names with the same surname and pinyin are one person", "[identity]") {
  SpeakerFacts facts;
  facts.episodes = {MakeEpisode("a", "一期访谈"), MakeEpisode("b", "另一期访谈")};
  facts.speakers = {MakeSpeaker(1, "张晓珺", {"a"}, 30), MakeSpeaker(2, "张小珺", {"b"}, 5),
                    MakeSpeaker(3, "张鹏", {"b"})};
  const auto identities = claimkb::ResolveSpeakerIdentities(facts);
  const SpeakerIdentity* zhang = IdentityOf(identities, "张小珺");
  REQUIRE(zhang != nullptr);
  CHECK(zhang->name == "张晓珺");  // More claims.
  CHECK(zhang->claim_count == 35);
  REQUIRE(HasEvidence(*zhang, IdentityEvidenceKind::kName));
  CHECK(zhang->evidence.front().detail.find("zhang xiao jun") != std::string::npos);
  // Same surname, another name: someone else.
  CHECK(IdentityOf(identities, "张鹏") != zhang);
}

TEST_CASE("alike names named with different organisations are held apart", "[identity]") {
  SpeakerFacts facts;
  facts.organisations = {{"OpenAI"}, {"Anthropic"}, {"Tencent", "腾讯"}};
  SECTION("different organisations: two people") {
    facts.episodes = {MakeEpisode("a", "姚顺雨：从 OpenAI 到腾讯"),
                      MakeEpisode("b", "对话 Anthropic 研究员姚顺宇")};
    facts.speakers = {MakeSpeaker(1, "姚顺雨", {"a"}), MakeSpeaker(2, "姚顺宇", {"b"})};
    const auto identities = claimkb::ResolveSpeakerIdentities(facts);
    REQUIRE(identities.size() == 2);
    const SpeakerIdentity* yu = IdentityOf(identities, "姚顺宇");
    REQUIRE(yu != nullptr);
    REQUIRE(yu->held_apart.size() == 1);
    CHECK(yu->held_apart[0].kind == IdentityEvidenceKind::kAffiliation);
  }
  SECTION("the same organisation, or none stated: one person") {
    facts.episodes = {MakeEpisode("a", "姚顺雨谈 OpenAI 的研究"),
                      MakeEpisode("b", "OpenAI 研究员姚顺宇再访")};
    facts.speakers = {MakeSpeaker(1, "姚顺雨", {"a"}), MakeSpeaker(2, "姚顺宇", {"b"})};
    const auto identities = claimkb::ResolveSpeakerIdentities(facts);
    REQUIRE(identities.size() == 1);
    CHECK(HasEvidence(identities[0], IdentityEvidenceKind::kName));
    CHECK(HasEvidence(identities[0], IdentityEvidenceKind::kAffiliation));
  }
}

TEST_CASE("a role label is the host its episode's cover names, in that episode only",
          "[identity]") {
  SpeakerFacts facts;
  facts.episodes = {MakeEpisode("with-host", "访谈一", {"张小珺"}),
                    MakeEpisode("no-host", "直播二")};
  facts.speakers = {MakeSpeaker(1, "主持人", {"with-host", "no-host"}, 4),
                    MakeSpeaker(2, "张小珺", {"other"}, 7)};
  const auto identities = claimkb::ResolveSpeakerIdentities(facts);
  const SpeakerIdentity* host = IdentityOf(identities, "张小珺");
  REQUIRE(host != nullptr);
  CHECK(host->Matches("主持人", "with-host"));
  CHECK_FALSE(host->Matches("主持人", "no-host"));
  CHECK(host->claim_count == 11);
  REQUIRE(HasEvidence(*host, IdentityEvidenceKind::kCover));
  // Where the cover names nobody, 主持人 stays a role of its own.
  const SpeakerIdentity* role = nullptr;
  for (const SpeakerIdentity& identity : identities) {
    if (identity.name == "主持人") role = &identity;
  }
  REQUIRE(role != nullptr);
  CHECK(role->Matches("主持人", "no-host"));
  CHECK_FALSE(role->Matches("主持人", "with-host"));
}

TEST_CASE("a speaker who says their name is that person", "[identity]") {
  SpeakerFacts facts;
  facts.episodes = {MakeEpisode("a", "Ep A"), MakeEpisode("b", "Ep B")};
  facts.speakers = {MakeSpeaker(1, "Host", {"a"}), MakeSpeaker(2, "Lex Fridman", {"b"}),
                    MakeSpeaker(3, "Guest", {"a"})};
  facts.introductions = {{1, "a", "Hello everyone, I'm Lex Fridman and this is the podcast."},
                         {3, "a", "I am not sure I'm Lexi, really."}};
  const auto identities = claimkb::ResolveSpeakerIdentities(facts);
  const SpeakerIdentity* lex = IdentityOf(identities, "Lex Fridman");
  REQUIRE(lex != nullptr);
  CHECK(lex->Matches("Host", "a"));
  CHECK_FALSE(lex->Matches("Guest", "a"));  // "Lexi" is not a name anyone has.
  CHECK(HasEvidence(*lex, IdentityEvidenceKind::kSelfIntroduction));
}

TEST_CASE("the user's decisions override the evidence, the later one winning", "[identity]") {
  SpeakerFacts facts;
  facts.episodes = {MakeEpisode("a", "Ep A"), MakeEpisode("b", "Ep B")};
  facts.speakers = {MakeSpeaker(1, "Rohan", {"a"}), MakeSpeaker(2, "Rohan Mehta", {"b"}),
                    MakeSpeaker(3, "R. M.", {"b"})};
  SECTION("split") {
    facts.decisions = {{"Rohan", "", false}};
    const auto identities = claimkb::ResolveSpeakerIdentities(facts);
    CHECK(identities.size() == 3);
    const SpeakerIdentity* rohan = IdentityOf(identities, "Rohan");
    REQUIRE(rohan != nullptr);
    CHECK(rohan->names == std::vector<std::string>{"Rohan"});
    REQUIRE(rohan->held_apart.size() == 1);
    CHECK(rohan->held_apart[0].detail.find("split by the user") != std::string::npos);
  }
  SECTION("merge") {
    facts.decisions = {{"R. M.", "Rohan Mehta", true}};
    const auto identities = claimkb::ResolveSpeakerIdentities(facts);
    REQUIRE(identities.size() == 1);
    CHECK(HasEvidence(identities[0], IdentityEvidenceKind::kUser));
  }
  SECTION("a merge after a split links again") {
    facts.decisions = {{"Rohan", "", false}, {"Rohan", "Rohan Mehta", true}};
    const auto identities = claimkb::ResolveSpeakerIdentities(facts);
    CHECK(identities.size() == 2);  // Rohan = Rohan Mehta; R. M.
    CHECK(IdentityOf(identities, "Rohan") == IdentityOf(identities, "Rohan Mehta"));
  }
}

}  // namespace
