// Issue 7's measure of the reader: every file of ../shared/corpus and
// ../shared/corpus-more (other pipelines: PodWiki summaries and transcripts,
// awesome-ai-podcast-notes notes and structured dialogue) is read fully.
// The expectations are computed from each file's own text with simple,
// independent patterns (bold labels at line start, clock times, a source_url
// key), not from the parser, and checked against what the parser and
// extractor produce.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <unistd.h>
#include <regex>
#include <set>
#include <sstream>
#include <string>
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
    if (at != std::string::npos && at > 0) return label.substr(0, label.find_last_not_of(' ', at - 1) + 1);
  }
  return label;
}

Expected Expect(const std::string& text) {
  static const std::regex label(R"(^\*\*([^*\[\]]{1,40}?)\*\*\s*(：|:))");
  static const std::regex clock(R"(\b\d{1,2}:\d{2}(:\d{2})?\b)");
  static const std::regex source(R"(^source_url:\s*\"?([^\"\s]+))");
  Expected expected;
  std::map<std::string, int> labels;
  bool fence = false;
  for (const std::string& line : Lines(text)) {
    if (line.starts_with("```")) fence = !fence;
    if (fence) continue;
    std::smatch match;
    if (std::regex_search(line, match, label)) ++labels[match[1].str()];
    expected.clock_times += static_cast<int>(
        std::distance(std::sregex_iterator(line.begin(), line.end(), clock), std::sregex_iterator()));
    if (std::regex_search(line, match, source) && expected.source_url.empty())
      expected.source_url = match[1].str();
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
      if (entry.is_regular_file() && entry.path().extension() == ".md") files.push_back(entry.path());
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
    // Speakers who label three or more turns are speakers.
    const std::vector<std::string> names = episode->Speakers();
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
  CHECK(read == 10 + 28);  // Ten digests, and the 30 Markdown files of corpus-more less two READMEs.
}

TEST_CASE("the same episode from several files is one episode", "[corpus][reader]") {
  if (!fs::is_directory(kCorpusMore)) {
    CLAIMKB_SKIP("the shared corpora are absent at " << kCorpus.parent_path().string());
  }
  Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::LoadDefault();
  REQUIRE(lexicon.has_value());
  ClaimExtractor extractor(std::make_shared<const EntityLinker>(*lexicon));
  const fs::path dir = fs::temp_directory_path() /
                       ("claimkb-episodes-test-" + std::to_string(getpid()));
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
  const fs::path ilya = podwiki / "dwarkesh/episodes/youtube-61523230465743436a4173-ilya-sutskever-2025";
  groups.push_back({ilya / "summary.zh-CN.md", ilya / "transcript.en.md", ilya / "transcript.zh-CN.md"});
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
