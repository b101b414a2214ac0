#include "output.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "claimkb/query/citation.h"
#include "claimkb/query/printable.h"

namespace claimkb::cli {

const char* OutputFormatName(OutputFormat format) {
  switch (format) {
    case OutputFormat::kText:
      return "text";
    case OutputFormat::kJson:
      return "json";
    case OutputFormat::kJsonl:
      return "jsonl";
    case OutputFormat::kMarkdown:
      return "markdown";
    case OutputFormat::kCsv:
      return "csv";
  }
  return "text";
}

nlohmann::json Envelope(const std::string& kind, nlohmann::json payload) {
  nlohmann::json out;
  out["schema_version"] = kOutputSchemaVersion;
  out[kind] = std::move(payload);
  return out;
}

void PrintJson(const nlohmann::json& value) {
  // Invalid UTF-8 cannot reach here (the parser rejects it), but replacing
  // rather than throwing keeps one bad byte from losing a whole answer.
  std::cout << value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

namespace {

nlohmann::json OptionalInt(const std::optional<int>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

}  // namespace

std::string CsvCell(const std::string& value) {
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

nlohmann::json EpisodeToJson(const EpisodeRecord& episode) {
  return {
      {"id", episode.slug},
      {"title", episode.title},
      {"url", episode.url},
      {"date", episode.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(episode.date)},
      {"duration_s",
       episode.duration_s < 0 ? nlohmann::json(nullptr) : nlohmann::json(episode.duration_s)},
      {"sections", episode.section_count},
      {"timed_sections", episode.timed_section_count},
      {"claims", episode.claim_count},
      {"speakers", episode.speakers},
      {"people", episode.people},
      {"path", episode.path},
      {"sources", episode.sources},
  };
}

nlohmann::json ClaimToJson(const StoredClaim& stored, const Lexicon& lexicon) {
  const Claim& claim = stored.claim;
  nlohmann::json models = nlohmann::json::array();
  nlohmann::json benchmarks = nlohmann::json::array();
  nlohmann::json entities = nlohmann::json::array();
  for (const EntityMention& mention : claim.entities) {
    if (mention.kind == EntityKind::kTopic) continue;
    const LexiconEntry* entry = lexicon.Find(mention.entity_id);
    std::string name = entry != nullptr ? entry->name : mention.entity_id;
    nlohmann::json item = {
        {"id", mention.entity_id},
        {"name", name},
        {"kind", EntityKindName(mention.kind)},
        {"surface", mention.surface},
        {"confidence", mention.confidence},
        {"inferred", mention.inferred},
        {"role", MentionRoleName(mention.role)},
        {"stance", StanceName(mention.stance)},
    };
    if (mention.kind == EntityKind::kModel) models.push_back(item);
    if (mention.kind == EntityKind::kBenchmark) benchmarks.push_back(item);
    if (mention.kind != EntityKind::kModel && mention.kind != EntityKind::kBenchmark) {
      entities.push_back(item);
    }
  }
  nlohmann::json results = nlohmann::json::array();
  for (const BenchmarkResult& result : claim.results) {
    results.push_back({{"model", result.model_id},
                       {"benchmark", result.benchmark_id},
                       {"low", result.low},
                       {"high", result.high},
                       {"unit", result.unit},
                       {"qualifier", result.qualifier},
                       {"surface", result.surface}});
  }
  // An editor's summary points at the speakers' claims it restates, so a
  // reader can go from the summary to the quotable evidence.
  nlohmann::json summarises = nlohmann::json::array();
  for (int ordinal : claim.summarises) {
    summarises.push_back(stored.episode_slug + "#" + std::to_string(ordinal));
  }
  std::optional<int> second = CitationSecond(claim);
  return {
      {"id", stored.id},
      {"text", claim.text},
      {"speaker", claim.by_editor ? "editor" : stored.speaker_name},
      {"speaker_as_written", claim.speaker},
      {"by_editor", claim.by_editor},
      {"episode",
       {{"id", stored.episode_slug},
        {"title", stored.episode_title},
        {"url", stored.episode_url},
        {"date", stored.episode_date.empty() ? nlohmann::json(nullptr)
                                             : nlohmann::json(stored.episode_date)}}},
      {"section", stored.section_title},
      {"start_s", OptionalInt(claim.start_s)},
      {"end_s", OptionalInt(claim.end_s)},
      {"at_s", OptionalInt(claim.at_s)},
      {"timestamp", second ? nlohmann::json(FormatSeconds(*second)) : nlohmann::json(nullptr)},
      {"link", TimestampLink(stored.episode_url, second)},
      {"models", models},
      {"benchmarks", benchmarks},
      {"entities", entities},
      {"topics", claim.topics},
      {"stance", StanceName(claim.stance)},
      {"modality", ModalityName(claim.modality)},
      {"highlighted", claim.highlighted},
      {"results", results},
      {"summarises", summarises},
      {"source", {{"path", stored.path}, {"line", claim.line}}},
  };
}

namespace {

std::string CellText(const nlohmann::json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_array()) {
    std::string out;
    for (const nlohmann::json& item : value) {
      if (!out.empty()) out += "; ";
      out += CellText(item);
    }
    return out;
  }
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string MarkdownCell(const std::string& value) {
  std::string out;
  for (char c : Shown(value)) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

bool PrintRecords(const std::string& kind, const std::vector<nlohmann::json>& records,
                  const std::vector<std::string>& columns, OutputFormat format) {
  switch (format) {
    case OutputFormat::kText:
      return false;
    case OutputFormat::kJson:
      PrintJson(Envelope(kind, records));
      return true;
    case OutputFormat::kJsonl:
      for (nlohmann::json record : records) {
        record["schema_version"] = kOutputSchemaVersion;
        std::cout << record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      }
      return true;
    case OutputFormat::kCsv: {
      std::string header;
      for (const std::string& column : columns) {
        if (!header.empty()) header += ',';
        header += column;
      }
      std::cout << header << '\n';
      for (const nlohmann::json& record : records) {
        std::string row;
        for (std::size_t i = 0; i < columns.size(); ++i) {
          if (i > 0) row += ',';
          row += CsvCell(CellText(record.value(columns[i], nlohmann::json())));
        }
        std::cout << row << '\n';
      }
      return true;
    }
    case OutputFormat::kMarkdown: {
      std::string header = "|", rule = "|";
      // Appends, not `" " + column`: GCC 12 reports a false -Wrestrict on
      // the temporary in optimised builds.
      for (const std::string& column : columns) {
        header += ' ';
        header += column;
        header += " |";
        rule += " --- |";
      }
      std::cout << header << '\n' << rule << '\n';
      for (const nlohmann::json& record : records) {
        std::string row = "|";
        for (const std::string& column : columns) {
          row += ' ';
          row += MarkdownCell(CellText(record.value(column, nlohmann::json())));
          row += " |";
        }
        std::cout << row << '\n';
      }
      return true;
    }
  }
  return false;
}

bool UseColor() {
  static const bool use = isatty(STDOUT_FILENO) == 1 && std::getenv("NO_COLOR") == nullptr;
  return use;
}

std::string Colored(const std::string& text, int ansi_color) {
  return UseColor() ? fmt::format("\033[{}m{}\033[0m", ansi_color, text) : text;
}
std::string Bold(const std::string& text) { return Colored(text, 1); }
std::string Dim(const std::string& text) { return Colored(text, 2); }

std::string Shown(std::string_view text) { return Printable(text, /*one_line=*/true); }

std::string FormatOptionalSeconds(const std::optional<int>& seconds) {
  return seconds ? FormatSeconds(*seconds) : "--:--:--";
}

}  // namespace claimkb::cli
