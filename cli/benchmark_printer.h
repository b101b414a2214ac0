// Printing benchmark tracks (claimkb/query/benchmark_tracking.h), so that
// `benchmarks` and an `ask` that asks which benchmarks were discussed show
// a benchmark the same way.
#ifndef CLAIMKB_CLI_BENCHMARK_PRINTER_H_
#define CLAIMKB_CLI_BENCHMARK_PRINTER_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "claimkb/query/benchmark_tracking.h"

namespace claimkb::cli {

// A result's value or range with its unit: "31–39%", "77.2%", "1500 Elo"
// (a unit longer than one character after a space).
std::string ValueText(const StatedResult& result);

// "name (claims)" for each tally, as tables show a list.
std::vector<std::string> TallyTexts(const std::vector<Tally>& tallies);

// The track as JSON (schema/output_schema.md, `benchmarks`); with
// `timeline`, every claim about it in date order as well.
nlohmann::json TrackToJson(const BenchmarkTrack& track, bool timeline);

// One stated result as an indented line: model, value, the phrase as
// stated, speaker, date, moment and claim id.
void PrintResultLine(const StatedResult& result);

// The track as text: claims and episodes, speakers, models named, results,
// the stance toward the benchmark itself.
void PrintTrack(const BenchmarkTrack& track);

}  // namespace claimkb::cli

#endif  // CLAIMKB_CLI_BENCHMARK_PRINTER_H_
