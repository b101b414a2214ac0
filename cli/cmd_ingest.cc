// claimkb ingest PATH... — parse, extract and store digests, then bring the
// search index up to date.
#include <fmt/format.h>
#include <unistd.h>

#include <iostream>

#include "claimkb/indexer/knowledge_base_writer.h"
#include "command.h"
#include "read_explanation.h"
#include "session.h"

namespace claimkb::cli {
namespace {

void PrintTextReport(const IngestReport& report, int indexed) {
  fmt::print(
      "{} files: {} added, {} replaced, {} unchanged, {} kept other digest, "
      "{} skipped (not digests), {} rejected, {} ignored (not read); {} claims indexed\n",
      report.files.size(), report.Count(FileStatus::kAdded), report.Count(FileStatus::kReplaced),
      report.Count(FileStatus::kUnchanged), report.Count(FileStatus::kKeptOther),
      report.Count(FileStatus::kSkipped), report.Count(FileStatus::kRejected),
      report.Count(FileStatus::kIgnored), indexed);
}

nlohmann::json ReportToJson(const IngestReport& report, int indexed) {
  nlohmann::json files = nlohmann::json::array();
  for (const FileOutcome& file : report.files) {
    files.push_back({{"path", file.path},
                     {"status", FileStatusName(file.status)},
                     {"message", file.message},
                     {"claims", file.claim_count}});
  }
  nlohmann::json counts;
  for (FileStatus status :
       {FileStatus::kAdded, FileStatus::kReplaced, FileStatus::kUnchanged, FileStatus::kKeptOther,
        FileStatus::kSkipped, FileStatus::kRejected, FileStatus::kIgnored}) {
    counts[FileStatusName(status)] = report.Count(status);
  }
  return {{"files", files}, {"counts", counts}, {"claims_indexed", indexed}};
}

}  // namespace

Result<CommandOutcome> RunIngest(const GlobalOptions& globals, const IngestArgs& args) {
  Session session(globals);
  if (args.explain) return ExplainFiles(session, args);
  ParseOptions parse_options;
  parse_options.as_note = args.as_note;
  auto writer = session.OpenWriter(parse_options);
  if (!writer) return std::unexpected(writer.error());

  // Progress only when a person is watching; logs and pipes stay quiet.
  const bool show_progress = !args.quiet && isatty(STDERR_FILENO) == 1;
  auto ingested = (*writer)->Ingest(
      args.paths, [&](std::size_t done, std::size_t total, const FileOutcome& outcome) {
        if (show_progress) {
          std::cerr << fmt::format("\r[{}/{}] {}\033[K", done, total, outcome.path);
          if (done == total) std::cerr << '\n';
        }
      });
  if (!ingested) return std::unexpected(ingested.error());
  const IngestReport& report = ingested->report;

  // Problems go to stderr, one line each, naming the file (and line).
  // Parse errors already start with "file:line:"; other messages get the path.
  // Rejections are errors and always shown; skips, ignored files and notes
  // are information, which -q silences.
  auto located = [](const FileOutcome& file) {
    return file.message.rfind(file.path, 0) == 0 ? file.message : file.path + ": " + file.message;
  };
  for (const FileOutcome& file : report.files) {
    if (file.status == FileStatus::kRejected) {
      std::cerr << "rejected: " << located(file) << '\n';
    } else if (args.quiet) {
      continue;
    } else if (file.status == FileStatus::kSkipped) {
      std::cerr << "skipped: " << located(file) << '\n';
    } else if (file.status == FileStatus::kIgnored) {
      std::cerr << "ignored: " << located(file) << '\n';
    } else if (!file.message.empty()) {
      std::cerr << located(file) << '\n';
    }
  }

  if (args.format == OutputFormat::kJson) {
    PrintJson(Envelope("ingest", ReportToJson(report, ingested->indexed)));
  } else {
    PrintTextReport(report, ingested->indexed);
  }
  return CommandOutcome{report.AnyRejected()};
}

void RegisterIngest(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* command = app.add_subcommand(
      "ingest",
      "Parse digests (files or directories, recursive *.md, *.markdown) into the database");
  command->add_option("paths", args->paths, "Markdown files or directories")->required();
  command->add_flag("-q,--quiet", args->quiet, "No progress and no notes on stderr");
  command->add_flag("--as-note", args->as_note,
                    "Keep files that look like notes (no source, times or speakers); their claims "
                    "belong to their author or to nobody");
  command->add_flag("--explain", args->explain,
                    "Show what the reader recognises in each file (metadata and its origin, "
                    "speakers, timestamps, sections, skipped blocks); stores nothing");
  AddFormatOption(command, &args->format, {OutputFormat::kText, OutputFormat::kJson});
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] { return RunIngest(globals, *args); };
  });
}

}  // namespace claimkb::cli
