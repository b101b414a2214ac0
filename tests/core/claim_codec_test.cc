#include "claimkb/core/claim_codec.h"

#include <catch2/catch.hpp>

TEST_CASE("A stored claim survives encoding field by field", "[codec]") {
  claimkb::StoredClaim in;
  in.id = "live#7";
  in.episode_id = 3;
  in.episode_slug = "live";
  in.episode_title = "直播：Gemini 3";
  in.episode_url = "https://www.youtube.com/watch?v=x";
  in.episode_date = "2025-11-21";
  in.section_title = "Coding 之争";
  in.path = "/tmp/live.md";
  in.speaker_name = "田渊栋";
  claimkb::Claim& c = in.claim;
  c.ordinal = 7;
  c.text = "Gen3 的分数从十几到三十几";
  c.speaker = "田博士";
  c.section_index = 2;
  c.turn_index = 1;
  c.paragraph_index = 3;
  c.line = 43;
  c.span_begin = 5;
  c.span_end = 40;
  c.start_s = 810;
  c.end_s = 1231;
  c.entities.push_back({"gemini-3", claimkb::EntityKind::kModel, "Gen3", 1.0, false,
                        claimkb::MentionRole::kSubject, claimkb::Stance::kPositive});
  c.entities.push_back({"arc-agi-2", claimkb::EntityKind::kBenchmark, "", 0.9, true,
                        claimkb::MentionRole::kMentioned, claimkb::Stance::kNeutral});
  c.topics = {"reasoning", "evaluation"};
  c.stance = claimkb::Stance::kMixed;
  c.modality = claimkb::Modality::kSpeculative;
  c.highlighted = true;
  c.results.push_back({"gemini-3", "arc-agi-2", 31, 39, "%", "after", "三十几"});
  c.summarises = {1, 4};

  auto out = claimkb::DecodeClaimRecord(claimkb::EncodeClaimRecord(in));
  REQUIRE(out);
  // The episode's fields are not in the claim's record...
  CHECK(out->id.empty());
  CHECK(out->episode_title.empty());
  CHECK(out->path.empty());
  // ...but in the episode's, which also makes the id from slug and ordinal.
  REQUIRE(claimkb::ApplyEpisodeRecord(claimkb::EncodeEpisodeRecord(in), &*out));
  CHECK(out->id == in.id);
  CHECK(out->episode_slug == "live");
  CHECK(out->episode_url == in.episode_url);
  CHECK(out->episode_date == "2025-11-21");
  CHECK(out->path == "/tmp/live.md");
  CHECK(out->section_title == "Coding 之争");
  CHECK(out->episode_id == 3);
  CHECK(out->episode_title == in.episode_title);
  CHECK(out->speaker_name == "田渊栋");
  CHECK(out->claim.text == c.text);
  CHECK(out->claim.speaker == "田博士");
  CHECK(out->claim.line == 43);
  CHECK(out->claim.span_end == 40);
  CHECK(out->claim.start_s == 810);
  CHECK_FALSE(out->claim.at_s.has_value());
  REQUIRE(out->claim.entities.size() == 2);
  CHECK(out->claim.entities[0].surface == "Gen3");
  CHECK(out->claim.entities[0].role == claimkb::MentionRole::kSubject);
  CHECK(out->claim.entities[0].stance == claimkb::Stance::kPositive);
  CHECK(out->claim.entities[1].inferred);
  CHECK(out->claim.entities[1].kind == claimkb::EntityKind::kBenchmark);
  CHECK(out->claim.topics == c.topics);
  CHECK(out->claim.stance == claimkb::Stance::kMixed);
  CHECK(out->claim.modality == claimkb::Modality::kSpeculative);
  CHECK(out->claim.highlighted);
  REQUIRE(out->claim.results.size() == 1);
  CHECK(out->claim.results[0].low == 31);
  CHECK(out->claim.results[0].qualifier == "after");
  CHECK(out->claim.summarises == std::vector<int>{1, 4});
}

TEST_CASE("Fields the reader holds elsewhere are null in the record and come back", "[codec]") {
  claimkb::StoredClaim in;
  in.episode_id = 3;
  in.speaker_name = "田渊栋";
  in.section_title = "Coding";
  in.claim.ordinal = 7;
  in.claim.text = "Gen3 的分数从十几到三十几";
  in.claim.speaker = "田博士";
  in.claim.stance = claimkb::Stance::kMixed;
  // The hit card holds the same text, speaker name and stance: none of the
  // three is written (positions 2, 4 and 11 of the array are null).
  const claimkb::ClaimRecordShared same{in.claim.text, "田渊栋", "mixed", {}};
  const std::string lean = claimkb::EncodeClaimRecord(in, same);
  CHECK(lean ==
        "[3,7,null,\"田博士\",null,false,\"Coding\",[0,0,0,0,0,0],[null,null,null],[],[],null,"
        "\"opinion\",false,[],[]]");
  auto out = claimkb::DecodeClaimRecord(lean, same);
  REQUIRE(out);
  CHECK(out->claim.text == "Gen3 的分数从十几到三十几");
  CHECK(out->speaker_name == "田渊栋");
  CHECK(out->claim.stance == claimkb::Stance::kMixed);
  CHECK(out->claim.speaker == "田博士");

  // ICU segmentation puts separators into the card's text, and the card
  // turns a '\x1f' in a name into a space: what differs is written whole.
  in.speaker_name = "田\x1f渊栋";
  const claimkb::ClaimRecordShared other{"Gen3 的\u3000分数从十几到三十几", "田 渊栋", "mixed",
                                         "Coding 之争"};
  const std::string kept = claimkb::EncodeClaimRecord(in, other);
  CHECK(kept ==
        "[3,7,\"Gen3 的分数从十几到三十几\",\"田博士\",\"田\\u001f渊栋\",false,\"Coding\","
        "[0,0,0,0,0,0],[null,null,null],[],[],null,\"opinion\",false,[],[]]");
  bool title_left_out = true;
  out = claimkb::DecodeClaimRecord(kept, other, &title_left_out);
  REQUIRE(out);
  CHECK(out->claim.text == "Gen3 的分数从十几到三十几");
  CHECK(out->speaker_name == "田\x1f渊栋");
  CHECK(out->claim.stance == claimkb::Stance::kMixed);
  CHECK(out->section_title == "Coding");
  CHECK_FALSE(title_left_out);

  // A section title the index holds once per section is left out too; the
  // reader learns so and reads it by episode and section index.
  const claimkb::ClaimRecordShared titled{in.claim.text, "田\x1f渊栋", "mixed", "Coding"};
  const std::string untitled = claimkb::EncodeClaimRecord(in, titled);
  CHECK(untitled ==
        "[3,7,null,\"田博士\",null,false,null,[0,0,0,0,0,0],[null,null,null],[],[],null,"
        "\"opinion\",false,[],[]]");
  out = claimkb::DecodeClaimRecord(untitled, titled, &title_left_out);
  REQUIRE(out);
  CHECK(title_left_out);
  CHECK(out->section_title.empty());
}

TEST_CASE("Text that is not an encoded claim is reported as corruption", "[codec]") {
  for (const char* bad : {"", "live#7", "{\"id\": 3}", "[1,2]"}) {
    auto out = claimkb::DecodeClaimRecord(bad);
    REQUIRE_FALSE(out);
    CHECK(out.error().code == claimkb::ErrorCode::kCorruption);
    claimkb::StoredClaim claim;
    auto applied = claimkb::ApplyEpisodeRecord(bad, &claim);
    REQUIRE_FALSE(applied);
    CHECK(applied.error().code == claimkb::ErrorCode::kCorruption);
  }
}
