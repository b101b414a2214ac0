#include "claimkb/indexer/hit_card.h"

#include <catch2/catch.hpp>

TEST_CASE("A hit card splits back into the fields it was made of", "[hit-card]") {
  const claimkb::HitCard in{"live#7", "田渊栋", "positive", "20251121", "Gen3 的分数从十几到三十几"};
  const std::string value = claimkb::EncodeHitCard(in);
  // Four separators, one after each field before the text.
  CHECK(value == "live#7\x1f田渊栋\x1fpositive\x1f" "20251121\x1fGen3 的分数从十几到三十几");
  const claimkb::HitCard out = claimkb::DecodeHitCard(value);
  CHECK(out.claim_id == "live#7");
  CHECK(out.speaker == "田渊栋");
  CHECK(out.stance == "positive");
  CHECK(out.date == "20251121");
  CHECK(out.text == in.text);
  CHECK(out.EpisodeSlug() == "live");
}

TEST_CASE("A separator inside a field cannot shift the fields after it", "[hit-card]") {
  // Digest text is untrusted: a speaker name holding the separator becomes
  // "A B", and one in the text (the last field) is kept as it is.
  const claimkb::HitCard in{"x#1", "A\x1f" "B", "neutral", "", "one\x1ftwo"};
  const claimkb::HitCard out = claimkb::DecodeHitCard(claimkb::EncodeHitCard(in));
  CHECK(out.claim_id == "x#1");
  CHECK(out.speaker == "A B");
  CHECK(out.stance == "neutral");
  CHECK(out.date.empty());
  CHECK(out.text == "one\x1ftwo");
}

TEST_CASE("The slug is the id up to its last '#'", "[hit-card]") {
  // A slug may itself hold '#' (file names do); the ordinal follows the last.
  CHECK(claimkb::HitCard{"ep#2#14", "", "", "", ""}.EpisodeSlug() == "ep#2");
  CHECK(claimkb::HitCard{"bare", "", "", "", ""}.EpisodeSlug() == "bare");
}

TEST_CASE("A short value fills the fields it has and leaves the rest empty", "[hit-card]") {
  const claimkb::HitCard out = claimkb::DecodeHitCard("only#2");
  CHECK(out.claim_id == "only#2");
  CHECK(out.speaker.empty());
  CHECK(out.text.empty());
}
