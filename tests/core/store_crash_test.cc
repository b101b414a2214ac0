// Kills a writer process at an arbitrary moment and checks that the store it
// leaves behind holds only whole episodes: the promise of "one transaction
// per file" under the harshest failure a process can meet.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "claimkb/core/store.h"

namespace {

namespace fs = std::filesystem;
using claimkb::Claim;
using claimkb::Episode;
using claimkb::Store;

// The shape of episode `index` in `variant` (0 = first ingest, 1 = the
// re-ingested, edited digest). Shapes differ between episodes and variants so
// that a mix of an old and a new version would show up as wrong counts.
struct Shape {
  int sections = 0;
  int turns_per_section = 0;
  int paragraphs_per_turn = 0;
  int claims = 0;
};

Shape ShapeOf(int index, int variant) {
  return {1 + (index + variant) % 3, 1 + (index + 2 * variant) % 2, 1 + (index + variant) % 4,
          2 + (index * 3 + variant * 5) % 7};
}

// The content hash names index and variant, so the checker can tell which
// version of an episode it is looking at.
std::string HashOf(int index, int variant) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%08d%08d", index, variant);
  return buffer;
}

Episode BuildEpisode(int index, int variant) {
  const Shape shape = ShapeOf(index, variant);
  Episode episode;
  episode.path = "/crash/ep-" + std::to_string(index) + ".md";
  episode.url = "https://example.com/ep/" + std::to_string(index);
  episode.content_hash = HashOf(index, variant);
  episode.title = "Episode " + std::to_string(index);
  episode.date = "2025-01-01";
  episode.line_count = 100 + variant;
  int line = 1;
  for (int s = 0; s < shape.sections; ++s) {
    claimkb::Section section;
    section.kind = claimkb::SectionKind::kFullText;
    section.title = "Section " + std::to_string(s);
    section.line = line++;
    for (int t = 0; t < shape.turns_per_section; ++t) {
      claimkb::Turn turn;
      turn.speaker = t % 2 == 0 ? "Alice" : "Bob";
      turn.line = line++;
      for (int p = 0; p < shape.paragraphs_per_turn; ++p) {
        claimkb::Paragraph paragraph;
        paragraph.line = line++;
        paragraph.text = paragraph.plain = "Paragraph text " + std::to_string(p);
        turn.paragraphs.push_back(paragraph);
      }
      section.turns.push_back(turn);
    }
    episode.sections.push_back(section);
  }
  return episode;
}

std::vector<Claim> BuildClaims(int index, int variant) {
  std::vector<Claim> claims(static_cast<std::size_t>(ShapeOf(index, variant).claims));
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& claim = claims[i];
    claim.ordinal = static_cast<int>(i);
    claim.text = "Claim " + std::to_string(i) + " of episode " + std::to_string(index);
    claim.speaker = "Alice";
    claim.line = 3;
    claim.entities.push_back({"model-" + std::to_string(i % 3), claimkb::EntityKind::kModel,
                              "Model", 1.0, false, claimkb::MentionRole::kSubject,
                              claimkb::Stance::kNeutral});
    claim.topics = {"coding"};
  }
  return claims;
}

// The child: ingests episode after episode, each in its own transaction,
// and reports every commit on `report_fd`. Never returns.
[[noreturn]] void IngestForever(const std::string& db_dir, int first_index, int report_fd) {
  try {
    auto store = Store::Open(db_dir);
    if (!store) _exit(2);
    const claimkb::Lexicon lexicon(std::vector<claimkb::LexiconEntry>{});
    for (int n = 0; n < 2000; ++n) {
      // Alternate between adding an episode and re-ingesting the previous
      // one edited, so that kills also land inside replacements.
      const int index = first_index + (n + 1) / 2;
      const int variant = n % 2 == 0 ? 0 : 1;
      auto put =
          (*store)->PutEpisode(BuildEpisode(index, variant), BuildClaims(index, variant), lexicon);
      if (!put) _exit(3);
      if (write(report_fd, "x", 1) != 1) _exit(4);
    }
  } catch (...) {
    _exit(5);
  }
  _exit(0);
}

}  // namespace

TEST_CASE("A writer killed at any moment leaves only whole episodes", "[store][crash]") {
  const fs::path dir =
      fs::temp_directory_path() /
      ("claimkb-crash-test-" + std::to_string(getpid()) + "-" +
       std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  // Removes the directory even when a REQUIRE ends the test early.
  struct Cleanup {
    fs::path path;
    ~Cleanup() {
      std::error_code ec;
      fs::remove_all(path, ec);
    }
  } cleanup{dir};
  const std::string db_dir = (dir / "db").string();
  std::mt19937 random(20251121);
  int seen_episodes = 0;

  for (int round = 0; round < 4; ++round) {
    int pipe_fds[2];
    REQUIRE(pipe(pipe_fds) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      close(pipe_fds[0]);
      IngestForever(db_dir, round * 1000, pipe_fds[1]);
    }
    close(pipe_fds[1]);

    // Let a few commits happen, then kill at a point that varies from round
    // to round: between transactions or in the middle of one.
    const int commits_to_wait = 2 + static_cast<int>(random() % 4);
    int commits = 0;
    char byte = 0;
    while (commits < commits_to_wait && read(pipe_fds[0], &byte, 1) == 1) ++commits;
    std::this_thread::sleep_for(std::chrono::microseconds(random() % 15000));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    close(pipe_fds[0]);
    INFO("round " << round);
    REQUIRE(commits == commits_to_wait);  // Otherwise the child failed on its own.
    REQUIRE(WIFSIGNALED(status));

    auto store = Store::Open(db_dir);
    REQUIRE(store);
    REQUIRE((*store)->CheckIntegrity());
    auto episodes = (*store)->ListEpisodes();
    REQUIRE(episodes);
    // Every commit the child reported must have survived the kill.
    const int committed_new = (commits_to_wait + 1) / 2;
    CHECK(static_cast<int>(episodes->size()) >= seen_episodes + committed_new);
    seen_episodes = static_cast<int>(episodes->size());

    auto all_claims = (*store)->AllClaims();
    REQUIRE(all_claims);
    for (const claimkb::StoredClaim& claim : *all_claims) {
      CHECK(claim.claim.entities.size() == 1);
      CHECK(claim.claim.topics.size() == 1);
    }
    for (const claimkb::EpisodeRecord& record : *episodes) {
      const int index = std::stoi(record.content_hash.substr(0, 8));
      const int variant = std::stoi(record.content_hash.substr(8));
      const Shape shape = ShapeOf(index, variant);
      INFO(record.slug << " variant " << variant);
      CHECK(record.claim_count == shape.claims);
      CHECK(record.section_count == shape.sections);
      auto episode = (*store)->LoadEpisode(record.id);
      REQUIRE(episode);
      REQUIRE(static_cast<int>(episode->sections.size()) == shape.sections);
      for (const claimkb::Section& section : episode->sections) {
        REQUIRE(static_cast<int>(section.turns.size()) == shape.turns_per_section);
        for (const claimkb::Turn& turn : section.turns) {
          CHECK(static_cast<int>(turn.paragraphs.size()) == shape.paragraphs_per_turn);
        }
      }
    }
  }
}
