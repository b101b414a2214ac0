// Issue 7's measure of the reader: every file of ../shared/corpus and
// ../shared/corpus-more (other pipelines: PodWiki summaries and transcripts,
// awesome-ai-podcast-notes notes and structured dialogue) is read fully.
// The expectations are computed from each file's own text with simple,
// independent patterns (bold labels at line start, clock times, a source_url
// key), not from the parser, and checked against what the parser and
// extractor produce.
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/store.h"
#include "support/skip.h"

namespace claimkb {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = CLAIMKB_TEST_CORPUS;
const fs::path kCorpusMore = kCorpus.parent_path() / "corpus-more";

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// What a reader sees in a file, counted without the parser.
struct Expected {
  std::set<std::string> speakers;  // Bold labels opening three or more lines.
  int clock_times = 0;             // "hh:mm:ss" or "mm:ss" anywhere.
  int prose_lines = 0;             // Lines of text that are not headings, tables or rules.
  std::string source_url;          // Front matter source_url, when present.
};

// Labels that are fields or the editor's markers, not people; found by
// reading the files ("**重要原话**：" introduces a quotation, "**加粗要点**："
// marks the editor's highlight).
const std::set<std::string> kFieldLabels = {"重要原话", "加粗要点"};

// "Jared Faraic（Jerry）": the name without its bracketed note.
std::string WithoutNote(const std::string& label) {
  for (const char* open : {"\xEF\xBC\x88", "("}) {
    const std::size_t at = label.find(open);
    if (at != std::string::npos && at > 0)
      return label.substr(0, label.find_last_not_of(' ', at - 1) + 1);
  }
  return label;
}

// The three patterns below are matched by hand, not with std::regex (GCC
// 12's <regex> draws -Wmaybe-uninitialized in the sanitizer build), and
// independently of the reader they check.

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
bool IsWordByte(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }

// "**Label**：" or "**Label**:" opening a line: the label (1 to 40 bytes,
// no '*', '[' or ']'), or empty.
std::string LabelOf(std::string_view line) {
  if (!line.starts_with("**")) return {};
  const std::size_t close = line.find('*', 2);
  if (close == std::string_view::npos || close == 2 || close - 2 > 40) return {};
  if (close + 1 >= line.size() || line[close + 1] != '*') return {};
  const std::string_view label = line.substr(2, close - 2);
  if (label.find_first_of("[]") != std::string_view::npos) return {};
  std::size_t at = close + 2;
  while (at < line.size() && IsSpaceByte(line[at])) ++at;
  const std::string_view rest = line.substr(at);
  return rest.starts_with("\xEF\xBC\x9A") || rest.starts_with(":") ? std::string(label)
                                                                   : std::string();
}

// Clock times "m:ss", "mm:ss", "h:mm:ss" standing as words, counted left to
// right without overlap, trying the longer reading first at each start.
int ClockTimes(std::string_view line) {
  auto word = [&](std::size_t pos) { return pos < line.size() && IsWordByte(line[pos]); };
  auto digits = [&](std::size_t pos, std::size_t n) {
    for (std::size_t k = 0; k < n; ++k) {
      if (pos + k >= line.size() || !IsDigitByte(line[pos + k])) return false;
    }
    return true;
  };
  // ":dd" at pos.
  auto colon_pair = [&](std::size_t pos) {
    return pos < line.size() && line[pos] == ':' && digits(pos + 1, 2);
  };
  int count = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    std::size_t end = std::string_view::npos;
    if (IsDigitByte(line[i]) && (i == 0 || !IsWordByte(line[i - 1]))) {
      for (const std::size_t lead : {std::size_t{2}, std::size_t{1}}) {
        if (!digits(i, lead) || !colon_pair(i + lead)) continue;
        const std::size_t after = i + lead + 3;
        if (colon_pair(after) && !word(after + 3)) {
          end = after + 3;
          break;
        }
        if (!word(after)) {
          end = after;
          break;
        }
      }
    }
    if (end != std::string_view::npos) {
      ++count;
      i = end;
    } else {
      ++i;
    }
  }
  return count;
}

// "source_url: URL" (the URL may open with a quote), or empty.
std::string SourceUrlOf(std::string_view line) {
  if (!line.starts_with("source_url:")) return {};
  std::size_t at = std::string_view("source_url:").size();
  while (at < line.size() && IsSpaceByte(line[at])) ++at;
  if (at < line.size() && line[at] == '"') ++at;
  std::size_t end = at;
  while (end < line.size() && line[end] != '"' && !IsSpaceByte(line[end])) ++end;
  return std::string(line.substr(at, end - at));
}

Expected Expect(const std::string& text) {
  Expected expected;
  std::map<std::string, int> labels;
  bool fence = false;
  for (const std::string& line : Lines(text)) {
    if (line.starts_with("```")) fence = !fence;
    if (fence) continue;
    if (std::string label = LabelOf(line); !label.empty()) ++labels[label];
    expected.clock_times += ClockTimes(line);
    if (std::string url = SourceUrlOf(line); !url.empty() && expected.source_url.empty()) {
      expected.source_url = url;
    }
    if (line.size() >= 30 && !line.starts_with("#") && !line.starts_with("|") &&
        !line.starts_with("---")) {
      ++expected.prose_lines;
    }
  }
  for (const auto& [name, count] : labels) {
    if (count >= 3 && !kFieldLabels.contains(name)) expected.speakers.insert(WithoutNote(name));
  }
  return expected;
}

std::vector<fs::path> Files() {
  std::vector<fs::path> files;
  for (const fs::path& root : {kCorpus, kCorpusMore}) {
    if (!fs::is_directory(root)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (entry.is_regular_file() && entry.path().extension() == ".md")
        files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Files that are not episodes, by what they are: the collections' own
// READMEs and notes, and PodWiki's episode README (a sidecar of metadata).
bool IsNotAnEpisode(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.starts_with("note-") || name == "README.md";
}

TEST_CASE("every file of both corpora is read fully", "[corpus][reader]") {
  if (!fs::is_directory(kCorpusMore) || !fs::is_directory(kCorpus)) {
    CLAIMKB_SKIP("the shared corpora are absent at " << kCorpus.parent_path().string());
  }
  Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::LoadDefault();
  REQUIRE(lexicon.has_value());
  ClaimExtractor extractor(std::make_shared<const EntityLinker>(*lexicon));

  int read = 0;
  for (const fs::path& path : Files()) {
    INFO(path.string());
    Result<Episode> episode = ParseDigestFile(path.string());
    if (IsNotAnEpisode(path)) {
      REQUIRE_FALSE(episode.has_value());
      CHECK(episode.error().code == ErrorCode::kNotADigest);
      continue;
    }
    REQUIRE(episode.has_value());
    ++read;
    const Expected expected = Expect(ReadAll(path));
    const std::vector<Claim> claims = extractor.Extract(*episode);
    // Claims in proportion to the text: at least one per three lines of prose.
    CHECK(static_cast<int>(claims.size()) * 3 >= expected.prose_lines);
    // Speakers who label three or more turns are speakers, or, for a role
    // label bound to the person it stands for ("答" to the one interviewee),
    // the note of that person's turns.
    std::vector<std::string> names = episode->Speakers();
    for (const Section& section : episode->sections) {
      for (const Turn& turn : section.turns) {
        if (!turn.speaker.empty() && !turn.speaker_note.empty()) names.push_back(turn.speaker_note);
      }
    }
    for (const std::string& speaker : expected.speakers) {
      INFO("speaker " << speaker);
      CHECK(std::find(names.begin(), names.end(), speaker) != names.end());
    }
    // A file full of times gives most of its claims a time.
    if (expected.clock_times >= 10) {
      const auto timed = std::count_if(claims.begin(), claims.end(),
                                       [](const Claim& c) { return c.start_s.has_value(); });
      INFO(timed << " of " << claims.size() << " claims timed");
      CHECK(timed * 2 >= static_cast<long>(claims.size()));
    }
    if (!expected.source_url.empty()) CHECK(episode->url == expected.source_url);
  }
  CHECK(read ==
        10 + 28);  // Ten digests, and the 30 Markdown files of corpus-more less two READMEs.
}

TEST_CASE("the same episode from several files is one episode", "[corpus][reader]") {
  if (!fs::is_directory(kCorpusMore)) {
    CLAIMKB_SKIP("the shared corpora are absent at " << kCorpus.parent_path().string());
  }
  Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::LoadDefault();
  REQUIRE(lexicon.has_value());
  ClaimExtractor extractor(std::make_shared<const EntityLinker>(*lexicon));
  const fs::path dir =
      fs::temp_directory_path() / ("claimkb-episodes-test-" + std::to_string(getpid()));
  fs::remove_all(dir);
  auto store = Store::Open((dir / "db").string());
  REQUIRE(store.has_value());

  // Found by reading the folders: each group below is one episode.
  const fs::path notes = kCorpusMore / "awesome-ai-podcast-notes" / "channels";
  const fs::path podwiki = kCorpusMore / "PodWiki" / "shows";
  std::vector<std::vector<fs::path>> groups;
  // The notes and the structured dialogue of one video (same video_id).
  for (const auto& entry : fs::recursive_directory_iterator(notes)) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".structured.md")) continue;
    fs::path plain = entry.path();
    plain.replace_filename(name.substr(0, name.size() - std::string(".structured.md").size()) +
                           ".md");
    if (fs::exists(plain)) groups.push_back({plain, entry.path()});
  }
  // PodWiki: a summary and its transcripts, tied by the folder's README, or
  // by the folder itself when it has none.
  groups.push_back({podwiki / "zhangxiaojun/episodes/113-yang-zhilin/summary.zh-CN.md",
                    podwiki / "zhangxiaojun/episodes/113-yang-zhilin/transcript.zh-CN.md"});
  const fs::path ilya =
      podwiki / "dwarkesh/episodes/youtube-61523230465743436a4173-ilya-sutskever-2025";
  groups.push_back(
      {ilya / "summary.zh-CN.md", ilya / "transcript.en.md", ilya / "transcript.zh-CN.md"});
  REQUIRE(groups.size() >= 5);  // Three note pairs, and the two PodWiki folders.

  std::size_t files = 0;
  for (const auto& group : groups) {
    for (const fs::path& path : group) {
      INFO(path.string());
      Result<Episode> episode = ParseDigestFile(path.string());
      REQUIRE(episode.has_value());
      REQUIRE((*store)->PutEpisode(*episode, extractor.Extract(*episode), **lexicon).has_value());
      ++files;
    }
  }
  const std::vector<EpisodeRecord> episodes = (*store)->ListEpisodes().value();
  CHECK(episodes.size() == groups.size());
  std::size_t sources = 0;
  for (const EpisodeRecord& episode : episodes) sources += episode.sources.size();
  CHECK(sources == files);
  for (const auto& group : groups) {
    const auto it = std::find_if(episodes.begin(), episodes.end(), [&](const EpisodeRecord& e) {
      return std::find(e.sources.begin(), e.sources.end(), group.front().string()) !=
             e.sources.end();
    });
    REQUIRE(it != episodes.end());
    INFO(group.front().string());
    CHECK(it->sources.size() == group.size());
  }
  store->reset();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace claimkb
