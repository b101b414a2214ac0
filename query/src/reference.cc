#include "claimkb/query/reference.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "claimkb/core/digest_parser.h"
#include "claimkb/query/citation.h"

namespace claimkb {
namespace {

// Speaker labels that name a role, not a person: "主持人" is no one's name.
bool IsRoleLabel(std::string_view name) {
  return name == "主持人" || name == "Host" || name == "host" || name == "HOST" ||
         name == "editor" || name == "旁白" || name == "Narrator" || name == "听众" ||
         name == "观众" || name == "Audience" || name == "嘉宾" || name == "Guest" ||
         name == "guest";
}

bool IsHostNote(std::string_view note) {
  return note == "主持人" || note == "host" || note == "Host";
}

std::string KeyOf(const EpisodeRecord& record) {
  // The first Latin word that says something: "The future of
  // intelligence" gives "future", not "the".
  std::string word;
  for (std::size_t i = 0; i <= record.title.size(); ++i) {
    const char c = i < record.title.size() ? record.title[i] : ' ';
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) {
      word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (!word.empty()) {
      if (word != "the" && word != "a" && word != "an") break;
      word.clear();
    }
  }
  if (word.empty()) word = "episode";
  const std::string year = record.date.size() >= 4 ? record.date.substr(0, 4) : "nd";
  const std::string hash = ContentHash(record.url.empty() ? record.key : record.url);
  // The low digits: FNV-1a spreads a change in the last byte over them,
  // while URLs that differ only at the end share the high ones.
  return word + year + "-" + hash.substr(hash.size() - 6);
}

std::string Basename(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// "paraphrased in x.md", "paraphrased in x.md, translated", "transcript x.vtt".
std::string Label(const CitedClaim& claim) {
  if (claim.wording.verbatim) return "transcript " + claim.source;
  std::string label = "paraphrased in " + claim.source;
  if (claim.wording.translated) label += ", translated";
  if (claim.wording.widened) label += ", whole sentence";
  return label;
}

std::string Moment(const CitedClaim& claim) {
  if (!claim.second) return "";
  return (claim.estimated ? "~" : "") + FormatSeconds(*claim.second);
}

// The claim for a bibliography note: who, with the label, then what (quoted
// only when verbatim), the moment and its link. The label comes straight
// after the name: citeproc reads a note line "name: value" as a CSL variable
// ("editor: ..." became the editor), and "Name (label): " is no such line.
std::string NoteOf(const CitedClaim& claim) {
  std::string text = claim.wording.verbatim ? "“" + claim.wording.text + "”" : claim.wording.text;
  std::string note = fmt::format("{} ({}): {}", claim.speaker, Label(claim), text);
  if (claim.second) note += fmt::format(" At {}: {}", Moment(claim), claim.moment_link);
  return note + " [" + claim.claim_id + "]";
}

// Episodes in order of first citation, each with its claims.
std::vector<std::pair<EpisodeReference, std::vector<const CitedClaim*>>> ByEpisode(
    const std::vector<CitedClaim>& claims) {
  std::vector<std::pair<EpisodeReference, std::vector<const CitedClaim*>>> out;
  for (const CitedClaim& claim : claims) {
    auto it = std::find_if(out.begin(), out.end(),
                           [&](const auto& entry) { return entry.first.key == claim.episode.key; });
    if (it == out.end()) {
      out.push_back({claim.episode, {}});
      it = out.end() - 1;
    }
    it->second.push_back(&claim);
  }
  return out;
}

nlohmann::json DateParts(const std::string& date) {
  nlohmann::json parts = nlohmann::json::array();
  std::size_t begin = 0;
  while (begin < date.size()) {
    std::size_t end = date.find('-', begin);
    if (end == std::string::npos) end = date.size();
    parts.push_back(std::stoi(date.substr(begin, end - begin)));
    begin = end + 1;
  }
  return {{"date-parts", nlohmann::json::array({parts})}};
}

bool ValidDate(const std::string& date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  return true;
}

std::string CslJson(const std::vector<CitedClaim>& claims, const std::string& accessed) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& [episode, cited] : ByEpisode(claims)) {
    nlohmann::json item = {{"id", episode.key}, {"type", "broadcast"}, {"title", episode.title}};
    if (ValidDate(episode.date)) item["issued"] = DateParts(episode.date);
    if (!episode.url.empty()) item["URL"] = episode.url;
    if (ValidDate(accessed)) item["accessed"] = DateParts(accessed);
    // CSL 1.0.2's "host" and "guest" are unknown to the citeproc of
    // Debian's pandoc (it drops them): the guests are the authors of what
    // they say, the host their interviewer, as CSL 1.0.1 names them.
    if (!episode.host.empty()) item["interviewer"] = {{{"literal", episode.host}}};
    if (!episode.guests.empty()) {
      nlohmann::json guests = nlohmann::json::array();
      for (const std::string& guest : episode.guests) guests.push_back({{"literal", guest}});
      item["author"] = guests;
    }
    std::string note;
    for (const CitedClaim* claim : cited) {
      if (!note.empty()) note += '\n';
      note += NoteOf(*claim);
    }
    item["note"] = note;
    items.push_back(item);
  }
  return items.dump(2) + "\n";
}

// Braces and LaTeX specials escaped, so that a title with "&" or "%" reads
// back as written.
std::string BibEscape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': case '%': case '$': case '#': case '_': case '{': case '}':
        out += '\\';
        out += c;
        break;
      case '~': out += "\\textasciitilde{}"; break;
      case '^': out += "\\textasciicircum{}"; break;
      case '\\': out += "\\textbackslash{}"; break;
      default: out += c;
    }
  }
  return out;
}

std::string BibTeX(const std::vector<CitedClaim>& claims, const std::string& accessed) {
  std::string out;
  for (const auto& [episode, cited] : ByEpisode(claims)) {
    // The title double-braced: biblatex readers otherwise change its case
    // ("Gemini 3 Pro" came back as "gemini 3 pro").
    out += fmt::format("@misc{{{},\n  title = {{{{{}}}}},\n", episode.key,
                       BibEscape(episode.title));
    // Each name braced: BibTeX would read "Priya Raman" as first + last name
    // and a Chinese name as one last name; a literal is what the file says.
    std::vector<std::string> people;
    if (!episode.host.empty()) {
      out += fmt::format("  editor = {{{{{}}}}},\n  editortype = {{interviewer}},\n",
                         BibEscape(episode.host));
    }
    for (const std::string& guest : episode.guests) people.push_back(fmt::format("{{{}}}", BibEscape(guest)));
    if (!people.empty()) out += fmt::format("  author = {{{}}},\n", fmt::join(people, " and "));
    if (ValidDate(episode.date)) {
      out += fmt::format("  date = {{{}}},\n  year = {{{}}},\n", episode.date,
                         episode.date.substr(0, 4));
    }
    out += "  howpublished = {Video}," "\n";
    if (!episode.url.empty()) out += fmt::format("  url = {{{}}},\n", episode.url);
    if (ValidDate(accessed)) out += fmt::format("  urldate = {{{}}},\n", accessed);
    std::vector<std::string> notes;
    for (const CitedClaim* claim : cited) notes.push_back(BibEscape(NoteOf(*claim)));
    out += fmt::format("  note = {{{}}}\n}}\n", fmt::join(notes, "; "));
  }
  return out;
}

std::string Ris(const std::vector<CitedClaim>& claims, const std::string& accessed) {
  std::string out;
  for (const auto& [episode, cited] : ByEpisode(claims)) {
    out += "TY  - VIDEO\n";
    out += "ID  - " + episode.key + "\n";
    out += "TI  - " + episode.title + "\n";
    if (!episode.host.empty()) out += "AU  - " + episode.host + "\n";
    for (const std::string& guest : episode.guests) out += "A2  - " + guest + "\n";
    if (ValidDate(episode.date)) {
      out += "PY  - " + episode.date.substr(0, 4) + "\n";
      std::string date = episode.date;
      std::replace(date.begin(), date.end(), '-', '/');
      out += "DA  - " + date + "\n";
    }
    if (!episode.url.empty()) out += "UR  - " + episode.url + "\n";
    if (ValidDate(accessed)) {
      std::string date = accessed;
      std::replace(date.begin(), date.end(), '-', '/');
      out += "Y2  - " + date + "\n";
    }
    for (const CitedClaim* claim : cited) out += "N1  - " + NoteOf(*claim) + "\n";
    out += "ER  - \n";
  }
  return out;
}

std::string Markdown(const std::vector<CitedClaim>& claims, const std::string& accessed) {
  std::string out;
  for (const CitedClaim& claim : claims) {
    const EpisodeReference& episode = claim.episode;
    // Quotation marks only around words that were spoken as written.
    const std::string text =
        claim.wording.verbatim ? "“" + claim.wording.text + "”" : claim.wording.text;
    out += fmt::format("- **{}** ({}): {}\n", claim.speaker, Label(claim), text);
    std::string source = fmt::format("*{}*", episode.title);
    if (!episode.date.empty()) source += fmt::format(" ({})", episode.date);
    if (!episode.host.empty()) source += fmt::format(", host {}", episode.host);
    if (!episode.guests.empty()) source += fmt::format(", with {}", fmt::join(episode.guests, ", "));
    if (claim.second) source += fmt::format(", [{}]({})", Moment(claim), claim.moment_link);
    if (!episode.url.empty()) source += fmt::format(", <{}>", episode.url);
    if (ValidDate(accessed)) source += fmt::format(", accessed {}", accessed);
    out += fmt::format("  — {} [{}; {}]\n", source, episode.key, claim.claim_id);
  }
  return out;
}

}  // namespace

std::optional<CitationStyle> ParseCitationStyle(std::string_view name) {
  if (name == "markdown") return CitationStyle::kMarkdown;
  if (name == "bibtex") return CitationStyle::kBibTeX;
  if (name == "csl-json") return CitationStyle::kCslJson;
  if (name == "ris") return CitationStyle::kRis;
  return std::nullopt;
}

CitedClaim CiteClaim(const StoredClaim& claim, const EpisodeRecord& record,
                     const Episode& episode) {
  CitedClaim cited;
  cited.claim_id = claim.id;
  cited.speaker =
      claim.claim.by_editor || claim.speaker_name.empty() ? "editor" : claim.speaker_name;
  cited.wording = WordingOf(claim, episode);
  cited.source = Basename(claim.path.empty() ? record.path : claim.path);
  const std::optional<int> second = CitationSecond(claim.claim);
  // A time a reader cannot open is no pinpoint: only linkable moments count.
  if (auto link = MomentLink(record.url, second)) {
    cited.second = second;
    cited.moment_link = *link;
    const Paragraph* paragraph = ParagraphOf(claim.claim, episode);
    // Exact only when the paragraph itself names the moment (a transcript
    // cue, a cited "[00:24:15]"); otherwise it was spread over a range.
    cited.estimated = paragraph == nullptr || !paragraph->range ||
                      paragraph->range->start_s != *second;
  }
  EpisodeReference& ref = cited.episode;
  ref.key = KeyOf(record);
  ref.title = record.title;
  ref.date = record.date;
  ref.url = record.url;
  std::vector<std::string> host_names;
  for (const Section& section : episode.sections) {
    for (const Turn& turn : section.turns) {
      if (IsHostNote(turn.speaker_note) && !turn.speaker.empty()) host_names.push_back(turn.speaker);
    }
  }
  for (std::size_t i = 0; i < record.speakers.size(); ++i) {
    const std::string& written = record.speakers[i];
    const std::string& name = i < record.people.size() ? record.people[i] : written;
    if (IsRoleLabel(written) || IsRoleLabel(name)) continue;
    const bool host = std::find(host_names.begin(), host_names.end(), written) != host_names.end();
    if (host && ref.host.empty()) {
      ref.host = name;
    } else if (std::find(ref.guests.begin(), ref.guests.end(), name) == ref.guests.end()) {
      ref.guests.push_back(name);
    }
  }
  return cited;
}

Result<CitedClaim> CiteStoredClaim(const Store& store, const StoredClaim& claim) {
  // The episode as listed, whichever of its sources the claim comes from (a
  // claim of a second source once found no record and could not be cited).
  auto record = store.EpisodeOfRow(claim.episode_id);
  if (!record) {
    if (record.error().code != ErrorCode::kNotFound) return std::unexpected(record.error());
    return MakeError(ErrorCode::kNotFound,
                     fmt::format("claim {} names episode {}, which is not stored", claim.id,
                                 claim.episode_id),
                     "run `claimkb check`");
  }
  auto episode = store.LoadEpisode(claim.episode_id);
  if (!episode) return std::unexpected(episode.error());
  return CiteClaim(claim, *record, *episode);
}

std::string RenderCitations(const std::vector<CitedClaim>& claims, CitationStyle style,
                            const std::string& accessed) {
  switch (style) {
    case CitationStyle::kBibTeX: return BibTeX(claims, accessed);
    case CitationStyle::kCslJson: return CslJson(claims, accessed);
    case CitationStyle::kRis: return Ris(claims, accessed);
    case CitationStyle::kMarkdown: break;
  }
  return Markdown(claims, accessed);
}

}  // namespace claimkb
