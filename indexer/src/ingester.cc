#include "claimkb/indexer/ingester.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <system_error>

#include "claimkb/core/file_bytes.h"
#include "claimkb/core/transcript_format.h"

namespace claimkb {
namespace fs = std::filesystem;

const char* FileStatusName(FileStatus status) {
  switch (status) {
    case FileStatus::kAdded:
      return "added";
    case FileStatus::kUnchanged:
      return "unchanged";
    case FileStatus::kReplaced:
      return "replaced";
    case FileStatus::kKeptOther:
      return "kept-other";
    case FileStatus::kSkipped:
      return "skipped";
    case FileStatus::kRejected:
      return "rejected";
    case FileStatus::kIgnored:
      return "ignored";
  }
  return "unknown";
}

int IngestReport::Count(FileStatus status) const {
  return static_cast<int>(std::count_if(files.begin(), files.end(),
                                        [&](const FileOutcome& f) { return f.status == status; }));
}

namespace {

// Digests are Markdown, whatever the case of the extension: .md, .MD,
// .markdown.
bool IsMarkdown(const fs::path& path) {
  std::string extension = path.extension().string();
  for (char& c : extension) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return extension == ".md" || extension == ".markdown";
}

std::string LowerExtension(const fs::path& path) {
  std::string extension = path.extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

// Transcript files claimkb reads besides Markdown (docs/digest_format.md).
// ".json" is a common extension, so such a file is taken only when its
// content is a Podcasting 2.0 transcript (see JsonTranscriptProblem).
bool IsTranscriptName(const fs::path& path) {
  const std::string extension = LowerExtension(path);
  return extension == ".vtt" || extension == ".srt" || extension == ".json";
}

// Why a ".json" file found in a directory is not ingested; empty when it is a
// transcript. Files over the digest size limit are not read to find out.
std::string JsonTranscriptProblem(const fs::path& path) {
  if (LowerExtension(path) != ".json") return {};
  std::error_code error;
  if (fs::file_size(path, error) > ParseOptions{}.max_bytes && !error) {
    return "ignored: JSON file too large to be a transcript";
  }
  // Unreadable, it is no transcript either; the reason shows when it is
  // ingested by name.
  const Result<std::string> bytes = ReadFileBytes(path.string());
  if (bytes && SniffTranscriptFormat(*bytes) == TranscriptFormat::kPodcastJson) return {};
  return "ignored: JSON file is not a Podcasting 2.0 transcript (no top-level \"segments\" array)";
}

FileOutcome Rejected(std::string path, std::string message) {
  FileOutcome outcome;
  outcome.path = std::move(path);
  outcome.status = FileStatus::kRejected;
  outcome.message = std::move(message);
  return outcome;
}

FileOutcome Ignored(std::string path, std::string message) {
  FileOutcome outcome = Rejected(std::move(path), std::move(message));
  outcome.status = FileStatus::kIgnored;
  return outcome;
}

bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.';
}

// Walks `dir` recursively, following symbolic links to directories (a
// digest folder is often a link into a notes vault) but entering each real
// directory once, so a link loop ends instead of recursing until the path is
// too long. Errors inside the walk (an unreadable subdirectory) are reported
// and the walk goes on with the next entry; whatever is found but not read
// is reported as ignored.
void WalkDirectory(const fs::path& dir, std::vector<std::string>* files,
                   std::vector<FileOutcome>* problems) {
  std::error_code error;
  fs::recursive_directory_iterator it(dir, fs::directory_options::follow_directory_symlink, error);
  if (error) {
    problems->push_back(Rejected(dir.string(), "cannot read directory: " + error.message()));
    return;
  }
  std::set<fs::path> entered;
  entered.insert(fs::canonical(dir, error));
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) {
      problems->push_back(Rejected(it->path().string(), "cannot read: " + error.message()));
      error.clear();
      continue;
    }
    std::error_code type_error;
    if (it->is_directory(type_error)) {
      if (IsHidden(it->path())) {
        problems->push_back(Ignored(it->path().string(), "hidden directory, not searched"));
        it.disable_recursion_pending();
        continue;
      }
      std::error_code canonical_error;
      const fs::path real = fs::canonical(it->path(), canonical_error);
      if (!canonical_error && !entered.insert(real).second) {
        problems->push_back(Ignored(
            it->path().string(),
            fmt::format("directory {} was already searched (symbolic link loop or second link)",
                        real.string())));
        it.disable_recursion_pending();
        continue;
      }
      // Probe readability now so the problem is reported once, by name.
      std::error_code open_error;
      fs::directory_iterator probe(it->path(), open_error);
      if (open_error) {
        problems->push_back(
            Rejected(it->path().string(), "cannot read directory: " + open_error.message()));
        it.disable_recursion_pending();
      }
      continue;
    }
    if (!IsMarkdown(it->path()) && !IsTranscriptName(it->path())) {
      problems->push_back(Ignored(
          it->path().string(),
          IsHidden(it->path())
              ? "hidden file, not read"
              : "not a digest or transcript (.md, .markdown, .vtt, .srt, .json), not read"));
      continue;
    }
    if (it->is_regular_file(type_error)) {
      if (std::string problem = JsonTranscriptProblem(it->path()); !problem.empty()) {
        FileOutcome ignored;
        ignored.path = it->path().string();
        ignored.status = FileStatus::kSkipped;
        ignored.message = std::move(problem);
        problems->push_back(std::move(ignored));
        continue;
      }
      files->push_back(it->path().string());
    } else if (it->is_symlink(type_error) && !it->exists(type_error)) {
      // A digest's name that leads nowhere is a file the user expects to be
      // ingested: say so rather than skip it in silence.
      problems->push_back(Rejected(it->path().string(), "broken symbolic link"));
    }
  }
}

}  // namespace

std::vector<std::string> CollectMarkdownFiles(const std::vector<std::string>& paths,
                                              std::vector<FileOutcome>* problems) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      problems->push_back(Rejected(path, "no such file or directory"));
    } else if (fs::is_directory(status)) {
      std::vector<std::string> found;
      WalkDirectory(path, &found, problems);
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      // A file named explicitly is ingested whatever its extension: the
      // user asked for it.
      files.push_back(path);
    }
  }
  return files;
}

Ingester::Ingester(Store* store, const ClaimExtractor* extractor, const Lexicon* lexicon)
    : store_(store), extractor_(extractor), lexicon_(lexicon) {}

FileOutcome Ingester::IngestFile(const std::string& path) {
  FileOutcome outcome;
  outcome.path = path;
  // Most files of a re-ingested folder have not changed: a read and a hash
  // tell, where parsing and extraction would cost a hundred times more. The
  // store compares the same hash of the same bytes (Episode::content_hash).
  if (auto stored = store_->FindSource(path); stored && *stored) {
    if (const Result<std::string> bytes = ReadFileBytes(path)) {
      if (ContentHash(*bytes) == (*stored)->content_hash) {
        outcome.status = FileStatus::kUnchanged;
        outcome.episode_id = (*stored)->episode_id;
        outcome.claim_count = (*stored)->claim_count;
        return outcome;
      }
    }
  }
  Result<Episode> episode = ParseDigestFile(path, parse_options_);
  if (!episode) {
    outcome.status = episode.error().code == ErrorCode::kNotADigest ? FileStatus::kSkipped
                                                                    : FileStatus::kRejected;
    outcome.message = episode.error().ToString();
    return outcome;
  }
  std::vector<Claim> claims = extractor_->Extract(*episode);
  Result<PutResult> put = store_->PutEpisode(*episode, claims, *lexicon_);
  if (!put) {
    return Rejected(path, put.error().ToString());
  }
  outcome.episode_id = put->episode_id;
  outcome.message = put->note;
  outcome.claim_count = static_cast<int>(claims.size());
  switch (put->outcome) {
    case PutOutcome::kAdded:
      outcome.status = FileStatus::kAdded;
      break;
    case PutOutcome::kUnchanged:
      outcome.status = FileStatus::kUnchanged;
      break;
    case PutOutcome::kReplaced:
      outcome.status = FileStatus::kReplaced;
      break;
    case PutOutcome::kKeptOther:
      outcome.status = FileStatus::kKeptOther;
      break;
  }
  if (sink_ && (outcome.status == FileStatus::kAdded || outcome.status == FileStatus::kReplaced)) {
    sink_(outcome, std::move(put->claims));
  }
  return outcome;
}

IngestReport Ingester::Ingest(const std::vector<std::string>& paths, const Progress& progress) {
  IngestReport report;
  std::vector<std::string> files = CollectMarkdownFiles(paths, &report.files);
  for (std::size_t i = 0; i < files.size(); ++i) {
    FileOutcome outcome = IngestFile(files[i]);
    if (outcome.status == FileStatus::kAdded || outcome.status == FileStatus::kReplaced) {
      report.changed_episodes.push_back(outcome.episode_id);
    }
    if (progress) progress(i + 1, files.size(), outcome);
    report.files.push_back(std::move(outcome));
  }
  return report;
}

}  // namespace claimkb
