// Benchmark tracking: for each benchmark, how often and by whom it was
// discussed, in which episodes, the models named with it, the results stated
// for it (as stated, with model version, setting and claim id), and the
// stance speakers take toward the benchmark itself ("公榜未必反映产品实际能力").
// A timeline orders the same by episode date; TimelineSvg draws it.
#ifndef CLAIMKB_QUERY_BENCHMARK_TRACKING_H_
#define CLAIMKB_QUERY_BENCHMARK_TRACKING_H_

#include <optional>
#include <string>
#include <vector>

#include "claimkb/core/claim.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/result.h"
#include "claimkb/core/store.h"

namespace claimkb {

// The id of the pseudo-benchmark that gathers claims about benchmarks in
// general (the evaluation topic, no benchmark named): leaderboards, evals.
inline constexpr char kBenchmarksInGeneral[] = "benchmarks-in-general";

// One number stated for a benchmark.
struct StatedResult {
  std::string model_id;       // Empty when the claim names no model for it.
  std::string model_name;     // Lexicon name; "(model not named)" when empty.
  std::string model_version;  // The model's version in the lexicon ("3", "2.5"); may be empty.
  double low = 0;             // A range as stated: "三十几" is 31–39.
  double high = 0;
  std::string unit;
  std::string stated;   // The phrase as written ("三十几").
  // "before"/"after"/"alternative" in a change, and a setting named beside
  // the number ("Deep Think"), comma-separated; empty when none.
  std::string setting;
  std::string claim_id;
  std::string speaker;  // Canonical speaker; "editor" for the digest's editor.
  std::string episode_slug;
  std::string episode_title;
  std::string episode_date;  // YYYY-MM-DD or empty.
  std::optional<int> second;  // Where in the episode (CitationSecond).
  std::string link;           // Time link when the episode URL takes one.
  std::string episode_key;    // The episode's first source slug: sources of one episode share it.
  // Other claims of the same episode (its other sources, its summary) that
  // state the same result; listed once, under the speaker's own claim.
  std::vector<std::string> also_stated_in;
};

// Claims about a benchmark, by one speaker or in one episode or naming one model.
struct Tally {
  std::string name;
  int claims = 0;
};

// A claim that takes a stance toward the benchmark itself.
struct BenchmarkStanceClaim {
  std::string claim_id;
  std::string speaker;
  std::string episode_date;
  Stance stance = Stance::kNeutral;
  std::string text;
};

// One claim that discusses the benchmark, for the timeline.
struct BenchmarkMention {
  std::string claim_id;
  std::string speaker;
  std::string episode_slug;
  std::string episode_date;
  std::optional<int> second;
  std::string text;
};

struct BenchmarkTrack {
  std::string benchmark_id;  // Lexicon id, or kBenchmarksInGeneral.
  std::string name;
  int claim_count = 0;           // Claims that mention it or state a number for it.
  std::vector<Tally> speakers;   // Most claims first.
  std::vector<Tally> episodes;   // Episode slugs, in date order.
  std::vector<Tally> models;     // Models named in those claims, most first.
  std::vector<StatedResult> results;  // In date order, then time in the episode.
  int positive = 0;  // Stance toward the benchmark itself, claims counted.
  int negative = 0;
  int mixed = 0;
  std::vector<BenchmarkStanceClaim> stance_claims;  // The non-neutral ones, in date order.
  std::vector<BenchmarkMention> mentions;           // Every claim, in date order.
};

struct BenchmarkTrackQuery {
  // Benchmark name or alias ("ARC-AGI-2", "ARK AGI2"); its descendants are
  // included. Empty: every benchmark discussed, plus benchmarks in general.
  std::string benchmark;
  std::string model;  // Only results for this model (with descendants); empty = all.
  // Only claims of episodes dated in this window (YYYY-MM-DD, inclusive;
  // empty = open). With either bound, undated episodes are left out.
  std::string since;
  std::string until;
  // With `model`: only claims that name the model count at all, so only
  // benchmarks discussed with it are listed ("Gemini 3 在哪些榜单上领先").
  // Without: `model` picks results only.
  bool only_with_model = false;
};

// Every benchmark the stores discuss, most discussed first (benchmarks in
// general last). `linker` resolves the query's names and names the entities.
// kInvalidArgument when `query.benchmark` or `query.model` is not such an
// entity in the lexicon.
Result<std::vector<BenchmarkTrack>> TrackBenchmarks(const std::vector<const Store*>& stores,
                                                    const EntityLinker& linker,
                                                    const BenchmarkTrackQuery& query);

// The track's stated results as an SVG timeline: episode dates across, the
// score up, each result a bar over its stated range with the model named.
// A complete standalone document that browsers open.
std::string TimelineSvg(const BenchmarkTrack& track);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_BENCHMARK_TRACKING_H_
