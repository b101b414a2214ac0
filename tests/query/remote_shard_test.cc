// Searches across a local shard and a real xapian-tcpsrv on 127.0.0.1.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <set>
#include <string>
#include <thread>

#include "claimkb/core/entity_linker.h"
#include "claimkb/indexer/claim_index.h"
#include "claimkb/query/searcher.h"
#include "indexer/index_fixture.h"
#include "query/split_shards.h"
#include "support/xapian_tcp_server.h"

using claimkb::ErrorCode;
using claimkb::Searcher;
using claimkb::testing::TcpServer;
using claimkb::testing::TempDir;
using claimkb::testing::TestLexicon;

namespace {

// Shard "local" holds the gemini-live claims, shard "remote" the agents ones.
void BuildShards(const TempDir& dir) {
  claimkb::testing::IndexSplit(dir.Sub("local"), dir.Sub("remote"));
}

std::shared_ptr<const claimkb::EntityLinker> Linker() {
  return std::make_shared<const claimkb::EntityLinker>(TestLexicon());
}

std::set<std::string> Ids(const claimkb::SearchResult& result) {
  std::set<std::string> ids;
  for (const auto& hit : result.hits) ids.insert(hit.claim_id);
  return ids;
}

}  // namespace

TEST_CASE("A local and a remote shard are searched as one", "[remote]") {
  TempDir dir;
  BuildShards(dir);
  TcpServer server(claimkb::ClaimIndex::IndexDirectory(dir.Sub("remote")));
  auto searcher = Searcher::Open({dir.Sub("local"), server.Source()}, Linker());
  REQUIRE(searcher);

  auto result = (*searcher)->Search("topic:coding");
  REQUIRE(result);
  CHECK(Ids(*result) == std::set<std::string>{"gemini-live#0", "gemini-live#2", "agents#0"});

  result = (*searcher)->Search("思维链 OR 前端");
  REQUIRE(result);
  CHECK(Ids(*result) == std::set<std::string>{"gemini-live#0", "agents#1"});

  result = (*searcher)->Search("episode:agen");  // Slug found on the remote shard.
  REQUIRE(result);
  CHECK(result->hits.size() == 2);

  // Match spies work remotely: ValueCountMatchSpy is in xapian-tcpsrv's registry.
  claimkb::SearchOptions options;
  options.facets = true;
  result = (*searcher)->Search("topic:coding", options);
  REQUIRE(result);
  CHECK(result->total == 3);
  int gpt5 = 0, pro = 0;
  for (const auto& f : result->facets.models) {
    if (f.value == "gpt-5") gpt5 = f.count;
    if (f.value == "gemini-3-pro") pro = f.count;
  }
  CHECK(gpt5 == 1);
  CHECK(pro == 2);

  // ask's tallies count across shards too: the coding claims are 田博士 and
  // Nathan (positive) on the local shard, Lance (negative) on the remote one.
  claimkb::RankedQuery coding;
  coding.filter = "topic:coding";
  auto tally = (*searcher)->Tally(coding, 0);
  REQUIRE(tally);
  CHECK(tally->total == 3);
  using Stances = std::map<std::string, int>;
  CHECK(tally->by_speaker == std::map<std::string, Stances>{{"田博士", {{"positive", 1}}},
                                                            {"Nathan", {{"positive", 1}}},
                                                            {"Lance", {{"negative", 1}}}});

  auto reader = claimkb::ClaimIndex::OpenReadOnly({dir.Sub("local"), server.Source()});
  REQUIRE(reader);
  CHECK(*(*reader)->DocCount() == 6);
}

TEST_CASE("A dead remote shard is a clear error naming it", "[remote]") {
  TempDir dir;
  BuildShards(dir);
  TcpServer server(claimkb::ClaimIndex::IndexDirectory(dir.Sub("remote")));
  const std::string source = server.Source();
  auto searcher = Searcher::Open({dir.Sub("local"), source}, Linker());
  REQUIRE(searcher);
  REQUIRE((*searcher)->Search("前端"));

  server.Stop();
  auto result = (*searcher)->Search("前端");
  REQUIRE(!result);
  CHECK(result.error().code == ErrorCode::kIO);
  CHECK_THAT(result.error().message, Catch::Contains(source));

  auto reopened = Searcher::Open({dir.Sub("local"), source}, Linker());
  REQUIRE(!reopened);
  CHECK(reopened.error().code == ErrorCode::kIO);
  CHECK_THAT(reopened.error().message, Catch::Contains(source));
}

TEST_CASE("A remote hit is shown whole: its episode's fields come from its own shard",
          "[remote]") {
  // Both shards number their episodes from 1, as separate stores do: the
  // remote "agents" episode is row 1 there, and row 1 of the local shard is
  // another episode. The record must come from the hit's own shard.
  TempDir dir;
  claimkb::testing::IndexSplit(dir.Sub("local"), dir.Sub("remote"), /*episode_id=*/1);
  TcpServer server(claimkb::ClaimIndex::IndexDirectory(dir.Sub("remote")));
  auto searcher = Searcher::Open({dir.Sub("local"), server.Source()}, Linker());
  REQUIRE(searcher);

  claimkb::SearchOptions options;
  options.records = true;
  auto result = (*searcher)->Search("topic:coding", options);
  REQUIRE(result);
  std::map<std::string, std::string> titles;
  for (const auto& hit : result->hits) {
    CHECK(hit.record.id == hit.claim_id);
    titles[hit.claim_id] = hit.record.episode_title;
    // Text, speaker name and stance come back from the hit card (layout 8).
    if (hit.claim_id == "agents#0") {
      CHECK(hit.record.claim.text == "GPT-5 writes backend code that still needs careful review.");
      CHECK(hit.record.speaker_name == "Lance");
      CHECK(hit.record.claim.stance == claimkb::Stance::kNegative);
      // Left out of the record, kept once per section in the remote shard.
      CHECK(hit.record.section_title == "Section of agents");
    }
    if (hit.claim_id == "gemini-live#0") {
      CHECK(hit.record.claim.text == "Gemini 3 Pro 大大降低了前端门槛，写小程序很快。");
      CHECK(hit.record.speaker_name == "田博士");
      CHECK(hit.record.claim.stance == claimkb::Stance::kPositive);
    }
  }
  CHECK(titles == std::map<std::string, std::string>{{"gemini-live#0", "Gemini 3 live review"},
                                                     {"gemini-live#2", "Gemini 3 live review"},
                                                     {"agents#0", "Agents podcast"}});
}

TEST_CASE("A remote shard of another layout is refused with the repair, not left out",
          "[remote]") {
  TempDir dir;
  BuildShards(dir);
  {
    Xapian::WritableDatabase old(claimkb::ClaimIndex::IndexDirectory(dir.Sub("remote")));
    old.set_metadata("claimkb:layout", "5");
    old.commit();
  }
  TcpServer server(claimkb::ClaimIndex::IndexDirectory(dir.Sub("remote")));
  auto searcher = Searcher::Open({dir.Sub("local"), server.Source()}, Linker());
  REQUIRE(!searcher);
  CHECK(searcher.error().code == ErrorCode::kSchemaMismatch);
  CHECK_THAT(searcher.error().message, Catch::Contains(server.Source()));
  CHECK_THAT(searcher.error().hint, Catch::Contains("reindex"));
}
