// Benchmark tracks as JSON and text, shared by `benchmarks` and `ask`.
#include "benchmark_printer.h"

#include <fmt/format.h>

#include "output.h"

namespace claimkb::cli {
namespace {

nlohmann::json TalliesToJson(const std::vector<Tally>& tallies) {
  nlohmann::json out = nlohmann::json::array();
  for (const Tally& tally : tallies)
    out.push_back({{"name", tally.name}, {"claims", tally.claims}});
  return out;
}

nlohmann::json ResultToJson(const StatedResult& result) {
  return {{"model", result.model_id},
          {"model_name", result.model_name},
          {"model_version", result.model_version},
          {"low", result.low},
          {"high", result.high},
          {"unit", result.unit},
          {"stated", result.stated},
          {"setting", result.setting},
          {"claim", result.claim_id},
          {"speaker", result.speaker},
          {"episode", {{"id", result.episode_slug}, {"date", result.episode_date}}},
          {"link", result.link},
          {"also_stated_in", result.also_stated_in}};
}

// The version is shown only when the name does not already say it, as a
// number of its own: "Gemini 3 Pro" and "o3-mini" are version 3, and
// "Gemini 3 Pro v3" reads as another model. "Gemini 3.5" does not state 3.
bool NameStatesVersion(const std::string& name, const std::string& version) {
  const auto numeric = [](char c) { return (c >= '0' && c <= '9') || c == '.'; };
  for (std::size_t at = name.find(version); at != std::string::npos;
       at = name.find(version, at + 1)) {
    const std::size_t end = at + version.size();
    if ((at == 0 || !numeric(name[at - 1])) && (end == name.size() || !numeric(name[end]))) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string ValueText(const StatedResult& result) {
  auto number = [](double value) { return fmt::format("{:g}", value); };
  return (result.low == result.high ? number(result.low)
                                    : number(result.low) + "–" + number(result.high)) +
         (result.unit.size() > 1 ? " " + result.unit : result.unit);
}

std::vector<std::string> TallyTexts(const std::vector<Tally>& tallies) {
  std::vector<std::string> out;
  for (const Tally& tally : tallies)
    out.push_back(fmt::format("{} ({})", tally.name, tally.claims));
  return out;
}

nlohmann::json TrackToJson(const BenchmarkTrack& track, bool timeline) {
  nlohmann::json results = nlohmann::json::array();
  for (const StatedResult& result : track.results) results.push_back(ResultToJson(result));
  nlohmann::json stance_claims = nlohmann::json::array();
  for (const BenchmarkStanceClaim& claim : track.stance_claims) {
    stance_claims.push_back({{"claim", claim.claim_id},
                             {"speaker", claim.speaker},
                             {"date", claim.episode_date},
                             {"stance", StanceName(claim.stance)},
                             {"text", claim.text}});
  }
  nlohmann::json out = {{"benchmark", track.benchmark_id},
                        {"name", track.name},
                        {"claims", track.claim_count},
                        {"speakers", TalliesToJson(track.speakers)},
                        {"episodes", TalliesToJson(track.episodes)},
                        {"models", TalliesToJson(track.models)},
                        {"results", results},
                        {"stance",
                         {{"positive", track.positive},
                          {"negative", track.negative},
                          {"mixed", track.mixed},
                          {"claims", stance_claims}}}};
  if (timeline) {
    nlohmann::json mentions = nlohmann::json::array();
    for (const BenchmarkMention& mention : track.mentions) {
      mentions.push_back(
          {{"claim", mention.claim_id},
           {"speaker", mention.speaker},
           {"episode", {{"id", mention.episode_slug}, {"date", mention.episode_date}}},
           {"at_s", mention.second ? nlohmann::json(*mention.second) : nlohmann::json()},
           {"text", mention.text}});
    }
    out["timeline"] = mentions;
  }
  return out;
}

void PrintResultLine(const StatedResult& result) {
  const bool show_version =
      !result.model_version.empty() && !NameStatesVersion(result.model_name, result.model_version);
  const std::string model = result.model_name + (show_version ? " v" + result.model_version : "");
  fmt::print("    {:<24} {:>9}  {}{}  {} · {} {} · {}\n", Shown(model), Shown(ValueText(result)),
             Dim(Shown("\"" + result.stated + "\"")),
             Dim(Shown(result.setting.empty() ? "" : " (" + result.setting + ")")),
             Shown(result.speaker), result.episode_date.empty() ? "undated" : result.episode_date,
             FormatOptionalSeconds(result.second), result.claim_id);
  if (!result.also_stated_in.empty()) {
    fmt::print(
        "      {}\n",
        Dim(Shown(fmt::format("also stated in {}", fmt::join(result.also_stated_in, ", ")))));
  }
}

void PrintTrack(const BenchmarkTrack& track) {
  fmt::print("{}  {} claims · {} episodes\n", Bold(Shown(track.name)), track.claim_count,
             track.episodes.size());
  fmt::print("  by: {}\n", Shown(fmt::format("{}", fmt::join(TallyTexts(track.speakers), ", "))));
  if (!track.models.empty()) {
    fmt::print("  models named: {}\n",
               Shown(fmt::format("{}", fmt::join(TallyTexts(track.models), ", "))));
  }
  if (!track.results.empty()) {
    fmt::print("  results:\n");
    for (const StatedResult& result : track.results) PrintResultLine(result);
  }
  fmt::print("  stance toward it: +{} −{} ±{}\n", track.positive, track.negative, track.mixed);
  for (const BenchmarkStanceClaim& claim : track.stance_claims) {
    fmt::print("    {} {} {}: {}  {}\n",
               claim.stance == Stance::kPositive   ? "+"
               : claim.stance == Stance::kNegative ? "−"
                                                   : "±",
               Shown(claim.speaker), claim.episode_date, Shown(claim.text), Dim(claim.claim_id));
  }
}

}  // namespace claimkb::cli
