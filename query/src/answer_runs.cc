#include "answer_runs.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <vector>

#include "ascii_text.h"

namespace claimkb::internal {

namespace {

constexpr std::string_view kEditor = "editor";

// "<episode>#<ordinal>" → ordinal, -1 when malformed.
long OrdinalOf(const std::string& claim_id) {
  const std::size_t hash = claim_id.rfind('#');
  if (hash == std::string::npos) return -1;
  try {
    return std::stol(claim_id.substr(hash + 1));
  } catch (...) {
    return -1;
  }
}

std::string EpisodeOf(const std::string& claim_id) {
  return claim_id.substr(0, claim_id.rfind('#'));
}

// `text` without trailing spaces and closing quotes or brackets.
std::string_view TrimEnd(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kClosers = {
      " ", "\t", "\n", "\"", "'", ")", "”", "’", "」", "』", "）", "*"};
  for (bool trimmed = true; trimmed && !text.empty();) {
    trimmed = false;
    for (std::string_view closer : kClosers) {
      if (text.ends_with(closer)) {
        text.remove_suffix(closer.size());
        trimmed = true;
      }
    }
  }
  return text;
}

}  // namespace

bool IsQuestionLine(std::string_view text) {
  text = TrimEnd(text);
  std::string_view body;
  if (text.ends_with("？")) {
    body = text.substr(0, text.size() - std::string_view("？").size());
  } else if (text.ends_with("?")) {
    body = text.substr(0, text.size() - 1);
  } else {
    return false;
  }
  // Tags asking the listener to agree with what was just said.
  static constexpr std::array<std::string_view, 6> kZhTags = {"对吧", "是吧", "对不对",
                                                              "好吧", "对吗", "对不"};
  for (std::string_view tag : kZhTags) {
    if (body.ends_with(tag)) return false;
  }
  const std::string lower = AsciiLower(body);
  static constexpr std::array<std::string_view, 5> kEnTags = {", right", " right", "you know",
                                                              "isn't it", ", no"};
  for (std::string_view tag : kEnTags) {
    if (std::string_view(lower).ends_with(tag)) return false;
  }
  return true;
}

Status RankAnswerRuns(const Searcher& searcher, const std::string& filter,
                      const AnswerRunOptions& options, bool records, SearchResult* result) {
  if (options.reach <= 0 || options.questions <= 0 || options.span <= 0 || result->hits.empty())
    return {};
  // The best questions among the best hits (the hits are sorted).
  const double top = result->hits.front().weight;
  std::vector<const SearchHit*> questions;
  const std::size_t n =
      std::min(result->hits.size(), static_cast<std::size_t>(options.reach));
  for (std::size_t i = 0; i < n && questions.size() < static_cast<std::size_t>(options.questions);
       ++i) {
    const SearchHit& hit = result->hits[i];
    if (hit.weight < options.min_ratio * top) break;
    // An editor's question is a summary's device, not an interviewer's: the
    // lines after it are the editor's own.
    if (hit.speaker == kEditor) continue;
    if (OrdinalOf(hit.claim_id) < 0 || !IsQuestionLine(hit.text)) continue;
    questions.push_back(&hit);
  }
  if (questions.empty()) return {};

  // The lines after each question: the asker's own further lines, then up
  // to `span` answer lines. Those the words did not find are fetched.
  std::map<std::string, std::size_t> index_of;
  for (std::size_t i = 0; i < result->hits.size(); ++i) index_of[result->hits[i].claim_id] = i;
  const long lead = 4;  // The asker's own lines after the question, at most.
  std::vector<std::string> wanted;
  for (const SearchHit* question : questions) {
    const std::string episode = EpisodeOf(question->claim_id);
    const long ordinal = OrdinalOf(question->claim_id);
    for (long o = ordinal + 1; o <= ordinal + lead + options.span; ++o) {
      std::string id = fmt::format("{}#{}", episode, o);
      if (index_of.count(id) == 0) wanted.push_back(std::move(id));
    }
  }
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  std::map<std::string, SearchHit> fetched;
  if (!wanted.empty()) {
    SearchOptions fetch;
    fetch.limit = static_cast<int>(wanted.size());
    fetch.records = records;
    fetch.snippet_chars = 0;
    fetch.count_exactly_up_to = 0;
    auto got = searcher.Fetch(wanted, filter, fetch);
    if (!got) return std::unexpected(got.error());
    for (SearchHit& hit : got->hits) {
      hit.weight = 0;
      hit.match_weight = 0;
      std::string id = hit.claim_id;
      fetched.emplace(std::move(id), std::move(hit));
    }
  }
  auto find = [&](const std::string& id) -> const SearchHit* {
    auto at = index_of.find(id);
    if (at != index_of.end()) return &result->hits[at->second];
    auto it = fetched.find(id);
    return it == fetched.end() ? nullptr : &it->second;
  };

  // Each passage's answer lines with the weight they take: all of them the
  // passage's weight, one block at the place the passage earns (within the
  // block, the lines keep their order). A line in two passages takes the
  // higher. Their match weight is the question's, so that the answer shows
  // them when the question clears the floor.
  struct Lent {
    double weight = 0;
    double match = 0;
  };
  std::map<std::string, Lent> lent;
  std::vector<std::string> notes;
  for (const SearchHit* question : questions) {
    const std::string episode = EpisodeOf(question->claim_id);
    const long ordinal = OrdinalOf(question->claim_id);
    const std::string asker = question->speaker;
    std::vector<const SearchHit*> run;
    long o = ordinal + 1;
    // The asker's further lines (a transcript: further questions) belong to
    // the question.
    for (; o <= ordinal + lead; ++o) {
      const SearchHit* line = find(fmt::format("{}#{}", episode, o));
      if (line == nullptr) break;
      const bool asking = asker.empty() ? IsQuestionLine(line->text) : line->speaker == asker;
      if (!asking) break;
    }
    for (; static_cast<int>(run.size()) < options.span; ++o) {
      const SearchHit* line = find(fmt::format("{}#{}", episode, o));
      if (line == nullptr || line->speaker == kEditor) break;
      // A transcript's answer ends at the next question, a dialogue's when
      // the asker speaks again.
      const bool ends = asker.empty() ? !line->speaker.empty() || IsQuestionLine(line->text)
                                      : line->speaker == asker;
      if (ends) break;
      run.push_back(line);
    }
    if (run.empty()) continue;
    // The passage's weight: its question's, plus a share of what its answer
    // lines match themselves, so that a run whose answers also say some of
    // the question's words ranks above one that only follows a question.
    double passage = question->weight;
    for (const SearchHit* line : run) passage += options.answer_share * line->weight;
    for (std::size_t i = 0; i < run.size(); ++i) {
      Lent& to = lent[run[i]->claim_id];
      // A hair less for each later line: the block reads in source order.
      to.weight = std::max(to.weight, passage * (1 - 1e-9 * static_cast<double>(i)));
      to.match = std::max(to.match, question->match_weight);
    }
    notes.push_back(fmt::format("{} ({} lines)", question->claim_id, run.size()));
  }
  if (lent.empty()) return {};
  for (auto& [id, to] : lent) {
    auto at = index_of.find(id);
    if (at != index_of.end()) {
      SearchHit& hit = result->hits[at->second];
      hit.weight = std::max(hit.weight, to.weight);
      hit.match_weight = std::max(hit.match_weight, to.match);
      continue;
    }
    auto it = fetched.find(id);
    if (it == fetched.end()) continue;
    SearchHit hit = std::move(it->second);
    hit.weight = to.weight;
    hit.match_weight = to.match;
    result->hits.push_back(std::move(hit));
  }
  std::stable_sort(result->hits.begin(), result->hits.end(),
                   [](const SearchHit& a, const SearchHit& b) { return a.weight > b.weight; });
  for (std::size_t i = 0; i < result->hits.size(); ++i)
    result->hits[i].rank = static_cast<int>(i) + 1;
  result->parsed += fmt::format(" +answer runs of {}", fmt::join(notes, ", "));
  return {};
}

}  // namespace claimkb::internal
