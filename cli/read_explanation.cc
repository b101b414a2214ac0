#include "read_explanation.h"

#include <fmt/format.h>

#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "claimkb/core/digest_parser.h"
#include "output.h"

namespace claimkb::cli {
namespace {

std::string RangeText(const std::optional<TimeRange>& range) {
  if (!range) return "";
  if (range->start_s == range->end_s) return FormatSeconds(range->start_s);
  return FormatSeconds(range->start_s) + "-" + FormatSeconds(range->end_s);
}

// One file's report as JSON; the text form is printed from the same value so
// that both say the same thing.
nlohmann::json Explain(const Episode& episode, const std::vector<Claim>& claims) {
  const ReadReport& report = episode.report;
  nlohmann::json fields = nlohmann::json::array();
  for (const ReadReport::Field& field : report.fields) {
    fields.push_back({{"name", field.name}, {"value", field.value}, {"origin", field.origin}});
  }
  // Speakers in order of first turn, with their turns and claims.
  std::vector<std::string> order;
  std::map<std::string, std::pair<int, int>> counts;
  for (const Section& section : episode.sections) {
    for (const Turn& turn : section.turns) {
      if (turn.speaker.empty()) continue;
      if (!counts.contains(turn.speaker)) order.push_back(turn.speaker);
      ++counts[turn.speaker].first;
    }
  }
  std::map<int, int> claims_per_section;
  int timed = 0;
  int editor = 0;
  int nobody = 0;
  std::map<std::string, int> reported;
  for (const Claim& claim : claims) {
    ++claims_per_section[claim.section_index];
    timed += claim.start_s ? 1 : 0;
    if (claim.by_editor) {
      ++editor;
    } else if (claim.speaker.empty()) {
      ++nobody;
    } else if (counts.contains(claim.speaker)) {
      ++counts[claim.speaker].second;
    } else {
      ++reported[claim.speaker];
    }
  }
  nlohmann::json speakers = nlohmann::json::array();
  for (const std::string& name : order) {
    speakers.push_back(
        {{"name", name}, {"turns", counts[name].first}, {"claims", counts[name].second}});
  }
  for (const auto& [name, n] : reported) {
    speakers.push_back({{"name", name}, {"turns", 0}, {"claims", n}, {"reported", true}});
  }
  nlohmann::json sections = nlohmann::json::array();
  for (std::size_t i = 0; i < episode.sections.size(); ++i) {
    const Section& section = episode.sections[i];
    sections.push_back({{"line", section.line},
                        {"title", section.title},
                        {"kind", SectionKindName(section.kind)},
                        {"range", RangeText(section.range)},
                        {"claims", claims_per_section[static_cast<int>(i)]}});
  }
  nlohmann::json skipped = nlohmann::json::array();
  for (const ReadReport::Skipped& block : report.skipped) {
    skipped.push_back({{"line", block.line}, {"reason", block.reason}});
  }
  return {{"path", episode.path},
          {"format", report.format},
          {"title", episode.title},
          {"url", episode.url},
          {"date", episode.date},
          {"metadata", fields},
          {"speakers", speakers},
          {"timestamps", {{"count", report.stamps}, {"styles", report.stamp_styles}}},
          {"sections", sections},
          {"skipped", skipped},
          {"notes", report.notes},
          {"claims", {{"total", claims.size()},
                      {"timed", timed},
                      {"editor", editor},
                      {"nobody", nobody}}}};
}

void PrintText(const nlohmann::json& file) {
  fmt::print("{}\n", file.value("path", ""));
  if (file.contains("error")) {
    fmt::print("  not read: {}\n\n", file["error"].get<std::string>());
    return;
  }
  fmt::print("  format: {}\n", file["format"].get<std::string>());
  fmt::print("  metadata:\n");
  if (file["metadata"].empty()) fmt::print("    (none)\n");
  for (const auto& field : file["metadata"]) {
    fmt::print("    {:<9} {}  [from {}]\n", field["name"].get<std::string>(),
               field["value"].get<std::string>(), field["origin"].get<std::string>());
  }
  fmt::print("  speakers:\n");
  if (file["speakers"].empty()) fmt::print("    (none named)\n");
  for (const auto& speaker : file["speakers"]) {
    if (speaker.value("reported", false)) {
      fmt::print("    {}: reported in {} claims\n", speaker["name"].get<std::string>(),
                 speaker["claims"].get<int>());
    } else {
      fmt::print("    {}: {} turns, {} claims\n", speaker["name"].get<std::string>(),
                 speaker["turns"].get<int>(), speaker["claims"].get<int>());
    }
  }
  const auto& stamps = file["timestamps"];
  fmt::print("  timestamps: {}", stamps["count"].get<int>());
  if (!stamps["styles"].empty()) {
    std::string styles;
    for (const auto& style : stamps["styles"]) {
      styles += (styles.empty() ? "" : ", ") + style.get<std::string>();
    }
    fmt::print(" ({})", styles);
  }
  fmt::print("\n  sections:\n");
  for (const auto& section : file["sections"]) {
    const std::string range = section["range"].get<std::string>();
    fmt::print("    line {:>4}  {:<8} {:>4} claims  {}{}\n", section["line"].get<int>(),
               section["kind"].get<std::string>(), section["claims"].get<int>(),
               section["title"].get<std::string>(), range.empty() ? "" : "  [" + range + "]");
  }
  if (!file["skipped"].empty()) {
    fmt::print("  read as something other than claims:\n");
    for (const auto& block : file["skipped"]) {
      fmt::print("    line {:>4}  {}\n", block["line"].get<int>(), block["reason"].get<std::string>());
    }
  }
  for (const auto& note : file["notes"]) fmt::print("  note: {}\n", note.get<std::string>());
  const auto& claims = file["claims"];
  fmt::print("  claims: {} ({} with a time; {} the editor's, {} nobody's)\n\n",
             claims["total"].get<std::size_t>(), claims["timed"].get<int>(),
             claims["editor"].get<int>(), claims["nobody"].get<int>());
}

}  // namespace

Result<CommandOutcome> ExplainFiles(Session& session, const IngestArgs& args) {
  auto extractor = session.extractor();
  if (!extractor) return std::unexpected(extractor.error());
  ParseOptions options;
  options.as_note = args.as_note;
  nlohmann::json files = nlohmann::json::array();
  bool failed = false;
  for (const std::string& path : args.paths) {
    Result<Episode> episode = ParseDigestFile(path, options);
    if (!episode) {
      failed = failed || episode.error().code != ErrorCode::kNotADigest;
      files.push_back({{"path", path}, {"error", episode.error().ToString()}});
      continue;
    }
    files.push_back(Explain(*episode, (*extractor)->Extract(*episode)));
  }
  if (args.format == OutputFormat::kJson) {
    PrintJson(Envelope("explain", {{"files", files}}));
  } else {
    for (const auto& file : files) PrintText(file);
  }
  return CommandOutcome{failed};
}

}  // namespace claimkb::cli
