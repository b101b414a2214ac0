#include "claimkb/core/result.h"

#include <catch2/catch.hpp>

TEST_CASE("Error::ToString names file and line when known", "[result]") {
  claimkb::Error error{claimkb::ErrorCode::kParse, "bad timestamp", "", "a.md", 12};
  CHECK(error.ToString() == "a.md:12: bad timestamp");
  claimkb::Error bare{claimkb::ErrorCode::kIO, "disk full", "free some space", "", 0};
  CHECK(bare.ToString() == "disk full (free some space)");
}
