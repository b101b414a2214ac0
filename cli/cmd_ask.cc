// claimkb ask QUESTION — a natural question (English or Chinese) becomes one
// facet, or two for a comparison; each facet lists its claims grouped by
// speaker and episode with a stance tally, never a bare verdict.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include "claim_lookup.h"
#include "claim_printer.h"
#include "claimkb/query/citation.h"
#include "claimkb/query/printable.h"
#include "claimkb/query/question.h"
#include "claimkb/query/searcher.h"
#include "command.h"
#include "date_bound.h"
#include "session.h"

namespace claimkb::cli {
namespace {

struct StanceTally {
  int positive = 0;
  int negative = 0;
  int mixed = 0;
  int neutral = 0;
  void Add(Stance stance) {
    switch (stance) {
      case Stance::kPositive:
        ++positive;
        break;
      case Stance::kNegative:
        ++negative;
        break;
      case Stance::kMixed:
        ++mixed;
        break;
      case Stance::kNeutral:
        ++neutral;
        break;
    }
  }
  int Total() const { return positive + negative + mixed + neutral; }
  // Where a speaker leans: the more frequent of positive and negative, mixed
  // when they tie (or only mixed claims exist), neutral when neither occurs.
  Stance Leaning() const {
    if (positive > negative) return Stance::kPositive;
    if (negative > positive) return Stance::kNegative;
    if (positive > 0 || mixed > 0) return Stance::kMixed;
    return Stance::kNeutral;
  }
  nlohmann::json ToJson() const {
    return {{"n", Total()},
            {"positive", positive},
            {"negative", negative},
            {"mixed", mixed},
            {"neutral", neutral}};
  }
  // "+2 −1 ±0 ·3": compact, for one line per speaker.
  std::string ToShortText() const {
    return fmt::format("N={} (+{} −{} ±{} ·{})", Total(), positive, negative, mixed, neutral);
  }
  std::string ToText() const {
    return fmt::format("N={}: {} positive, {} negative, {} mixed, {} neutral", Total(), positive,
                       negative, mixed, neutral);
  }
};

// The claims of one facet, grouped by speaker (most claims first), each
// group's claims in episode date and position order.
struct FacetAnswer {
  QuestionFacet facet;
  std::string query;
  std::uint64_t total = 0;  // Exact when total_exact, else a lower bound.
  bool total_exact = true;
  StanceTally tally;
  std::vector<std::pair<std::string, std::vector<StoredClaim>>> groups;
  std::map<std::string, StanceTally> by_speaker;
};

// The facet as one search: its filter narrows, its leftover words rank.
std::string FacetQuery(const QuestionFacet& facet) {
  std::string filter = facet.FilterQuery();
  std::string words = facet.WordsQuery();
  if (filter.empty()) return words;
  return filter;
}

// Tallies count every matching claim up to this many, not only the claims
// shown, so that --limit never changes the counts a user quotes.
constexpr int kTallyCap = 5000;

Result<FacetAnswer> AnswerFacet(const Searcher& searcher, const ClaimLookup& lookup,
                                const QuestionFacet& facet, int limit, bool remote) {
  FacetAnswer answer;
  answer.facet = facet;
  answer.query = FacetQuery(facet);
  SearchOptions options;
  options.limit = std::max(limit, kTallyCap);
  options.boost_text = facet.RankQuery();
  options.records = remote;
  auto result = searcher.Search(answer.query, options);
  if (!result) return std::unexpected(result.error());
  answer.total = result->total;
  answer.total_exact = result->total_exact;
  // The index's speaker and stance of each claim are enough to count; shown
  // claims come from the store when it has them.
  // Each claim counts once, also when two databases hold the same episode.
  std::set<std::string> counted;
  for (const SearchHit& hit : result->hits) {
    if (!counted.insert(hit.claim_id).second) continue;
    Stance stance = StanceFromName(hit.stance).value_or(Stance::kNeutral);
    answer.tally.Add(stance);
    answer.by_speaker[hit.speaker].Add(stance);
  }
  // Every match was seen: the count is of distinct claims too.
  if (result->total_exact && result->hits.size() == result->total) answer.total = counted.size();
  std::map<std::string, std::size_t> group_of;
  std::set<std::string> shown_ids;
  for (std::size_t i = 0;
       i < result->hits.size() && shown_ids.size() < static_cast<std::size_t>(limit); ++i) {
    const SearchHit& hit = result->hits[i];
    if (!shown_ids.insert(hit.claim_id).second) continue;
    // A remote shard's claims are in no local store; the index keeps them whole.
    auto claim = lookup.Get(hit.claim_id);
    if (!claim) claim = hit.record;
    const std::string& speaker = hit.speaker;
    auto [it, added] = group_of.try_emplace(speaker, answer.groups.size());
    if (added) answer.groups.push_back({speaker, {}});
    answer.groups[it->second].second.push_back(std::move(*claim));
  }
  for (auto& [speaker, claims] : answer.groups) {
    std::stable_sort(claims.begin(), claims.end(), [](const StoredClaim& a, const StoredClaim& b) {
      if (a.episode_date != b.episode_date) return a.episode_date < b.episode_date;
      if (a.episode_slug != b.episode_slug) return a.episode_slug < b.episode_slug;
      return a.claim.ordinal < b.claim.ordinal;
    });
  }
  std::stable_sort(answer.groups.begin(), answer.groups.end(),
                   [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
  return answer;
}

// Every speaker among all matches, most claims first.
std::vector<std::pair<std::string, StanceTally>> SpeakersByCount(const FacetAnswer& answer) {
  std::vector<std::pair<std::string, StanceTally>> out(answer.by_speaker.begin(),
                                                       answer.by_speaker.end());
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.second.Total() > b.second.Total();
  });
  return out;
}

// Speakers by where they lean: "who thinks X, and who disagrees".
std::map<Stance, std::vector<std::string>> Positions(const FacetAnswer& answer) {
  std::map<Stance, std::vector<std::string>> out;
  for (const auto& [speaker, tally] : SpeakersByCount(answer)) {
    out[tally.Leaning()].push_back(speaker);
  }
  return out;
}

nlohmann::json PositionsJson(const FacetAnswer& answer) {
  nlohmann::json out = nlohmann::json::object();
  for (Stance stance : {Stance::kPositive, Stance::kNegative, Stance::kMixed, Stance::kNeutral}) {
    out[StanceName(stance)] = nlohmann::json::array();
  }
  for (const auto& [stance, speakers] : Positions(answer)) out[StanceName(stance)] = speakers;
  return out;
}

nlohmann::json BySpeakerJson(const FacetAnswer& answer) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [speaker, tally] : SpeakersByCount(answer)) {
    nlohmann::json item = tally.ToJson();
    item["speaker"] = speaker;
    out.push_back(item);
  }
  return out;
}

nlohmann::json AnswerToJson(const FacetAnswer& answer, const Lexicon& lexicon) {
  nlohmann::json groups = nlohmann::json::array();
  for (const auto& [speaker, claims] : answer.groups) {
    nlohmann::json episodes = nlohmann::json::array();
    for (const StoredClaim& claim : claims) {
      if (episodes.empty() || episodes.back()["episode"]["id"] != claim.episode_slug) {
        episodes.push_back({{"episode",
                             {{"id", claim.episode_slug},
                              {"title", claim.episode_title},
                              {"date", claim.episode_date}}},
                            {"claims", nlohmann::json::array()}});
      }
      episodes.back()["claims"].push_back(ClaimToJson(claim, lexicon));
    }
    groups.push_back({{"speaker", speaker},
                      {"tally", answer.by_speaker.at(speaker).ToJson()},
                      {"episodes", episodes}});
  }
  return {{"label", answer.facet.label},
          {"query", answer.query},
          {"ranked_by", answer.facet.RankQuery()},
          {"models", answer.facet.models},
          {"benchmarks", answer.facet.benchmarks},
          {"topics", answer.facet.topics},
          {"entities", answer.facet.entities},
          {"speakers", answer.facet.speakers},
          {"since", answer.facet.since},
          {"until", answer.facet.until},
          {"matches", answer.total},
          {"matches_exact", answer.total_exact},
          {"tally", answer.tally.ToJson()},
          {"by_speaker", BySpeakerJson(answer)},
          {"positions", PositionsJson(answer)},
          {"groups", groups}};
}

void PrintAnswerText(const FacetAnswer& answer, int number) {
  fmt::print("{}\n", Bold(Shown(fmt::format("Facet {}: {}", number, answer.facet.label))));
  std::size_t shown = 0;
  for (const auto& group : answer.groups) shown += group.second.size();
  fmt::print("  all matches {} (showing {})\n", answer.tally.ToText(), shown);
  std::string speakers;
  for (const auto& [speaker, tally] : SpeakersByCount(answer)) {
    if (!speakers.empty()) speakers += ", ";
    speakers += speaker + " " + tally.ToShortText();
  }
  fmt::print("  by speaker: {}\n", Shown(speakers));
  for (const auto& [stance, names] : Positions(answer)) {
    if (stance == Stance::kNeutral) continue;
    fmt::print("  leaning {}: {}\n", StanceName(stance),
               Shown(fmt::format("{}", fmt::join(names, ", "))));
  }
  for (const auto& [speaker, claims] : answer.groups) {
    fmt::print("\n  {}  {}\n", Bold(Shown(speaker)), Dim(answer.by_speaker.at(speaker).ToText()));
    std::string episode;
    for (const StoredClaim& claim : claims) {
      if (claim.episode_slug != episode) {
        episode = claim.episode_slug;
        fmt::print(
            "    {}\n",
            Dim(Shown(fmt::format("{} ({})", claim.episode_title,
                                  claim.episode_date.empty() ? "undated" : claim.episode_date))));
      }
      std::optional<int> second = CitationSecond(claim.claim);
      fmt::print("    {} {} {}\n", StanceLabel(claim.claim.stance), FormatOptionalSeconds(second),
                 Shown(claim.claim.text));
      std::string link = TimestampLink(claim.episode_url, second);
      fmt::print("      {}\n",
                 Dim(Shown(fmt::format("{}{}", claim.id, link.empty() ? "" : "  " + link))));
    }
  }
  fmt::print("\n");
}

void PrintAnswerMarkdown(const FacetAnswer& answer) {
  fmt::print("## {}\n\n{}\n\n", Shown(answer.facet.label), answer.tally.ToText());
  for (const auto& [speaker, claims] : answer.groups) {
    fmt::print("### {} ({})\n\n", Shown(speaker), answer.by_speaker.at(speaker).ToText());
    for (const StoredClaim& claim : claims) PrintClaimMarkdown(claim);
  }
}

}  // namespace

Result<CommandOutcome> RunAsk(const GlobalOptions& globals, const AskArgs& args) {
  // Arguments first: a usage error must not wait for (or create) a database.
  auto today = CalendarDate(args.today, "--today");
  if (!today) return std::unexpected(today.error());
  Session session(globals);
  auto linker = session.linker();
  if (!linker) return std::unexpected(linker.error());
  auto stores = session.readers();
  if (!stores) return std::unexpected(stores.error());

  QuestionOptions options;
  options.today = *today;
  // The speakers of every database, so that a name is recognised whichever
  // database it speaks in.
  for (const Store* store : *stores) {
    auto speakers = store->ListSpeakers();
    if (!speakers) return std::unexpected(speakers.error());
    for (const SpeakerRecord& speaker : *speakers) {
      std::vector<std::string> names = {speaker.name};
      names.insert(names.end(), speaker.aliases.begin(), speaker.aliases.end());
      options.speakers.push_back(std::move(names));
    }
  }
  QuestionInterpreter interpreter(*linker, options);
  auto plan = interpreter.Interpret(args.question);
  if (!plan) return std::unexpected(plan.error());

  auto searcher = Searcher::Open(SearchSources(session, globals), *linker);
  if (!searcher) return std::unexpected(searcher.error());
  auto lookup = ClaimLookup::Open(session);
  if (!lookup) return std::unexpected(lookup.error());

  std::vector<FacetAnswer> answers;
  for (const QuestionFacet& facet : plan->facets) {
    auto answer = AnswerFacet(**searcher, *lookup, facet, args.limit,
                              AnyRemote(SearchSources(session, globals)));
    if (!answer) return std::unexpected(answer.error());
    answers.push_back(std::move(*answer));
  }

  const Lexicon& lexicon = (*linker)->lexicon();
  if (args.format == OutputFormat::kJsonl) {
    // One facet per line, each a whole answer to its side of the question.
    for (const FacetAnswer& answer : answers) {
      nlohmann::json line = AnswerToJson(answer, lexicon);
      line["question"] = plan->question;
      line["schema_version"] = kOutputSchemaVersion;
      std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    return CommandOutcome{};
  }
  if (args.format == OutputFormat::kJson) {
    nlohmann::json facets = nlohmann::json::array();
    for (const FacetAnswer& answer : answers) facets.push_back(AnswerToJson(answer, lexicon));
    PrintJson(Envelope("ask", {{"question", plan->question},
                               {"comparison", plan->comparison},
                               {"explain", Describe(*plan)},
                               {"facets", facets}}));
    return CommandOutcome{};
  }
  if (args.explain) fmt::print("{}\n", Dim(Printable(Describe(*plan))));
  for (std::size_t i = 0; i < answers.size(); ++i) {
    if (args.format == OutputFormat::kMarkdown) {
      PrintAnswerMarkdown(answers[i]);
    } else {
      PrintAnswerText(answers[i], static_cast<int>(i + 1));
    }
  }
  return CommandOutcome{};
}

void RegisterAsk(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto args = std::make_shared<AskArgs>();
  CLI::App* command = app.add_subcommand(
      "ask", "Answer a question (English or Chinese) with claims grouped by speaker and stance");
  command
      ->add_option("question", args->question,
                   "The question, e.g. \"Gemini 3 coding vs "
                   "benchmarks\"")
      ->required();
  AddCountOption(command, "--limit", &args->limit, "Claims per facet")->capture_default_str();
  command->add_flag("--explain", args->explain, "Print how the question was understood");
  command->add_option("--today", args->today,
                      "Date that \"this month\" and 上个月 count from (YYYY-MM-DD)");
  AddFormatOption(
      command, &args->format,
      {OutputFormat::kText, OutputFormat::kJson, OutputFormat::kJsonl, OutputFormat::kMarkdown});
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] { return RunAsk(globals, *args); };
  });
}

}  // namespace claimkb::cli
