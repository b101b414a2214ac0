// claimkb ask QUESTION — a natural question (English or Chinese) becomes one
// facet, or two for a comparison (query/question.h); each facet's claims are
// ranked by query/answer.h. This file prints: the best-matching claims first,
// then their stance tally and the per-speaker view, never a bare verdict.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include "claim_lookup.h"
#include "claim_printer.h"
#include "claimkb/query/answer.h"
#include "claimkb/query/citation.h"
#include "claimkb/query/printable.h"
#include "claimkb/query/question.h"
#include "claimkb/query/searcher.h"
#include "claimkb/query/term_tables.h"
#include "command.h"
#include "date_bound.h"
#include "index_maintenance.h"
#include "session.h"

namespace claimkb::cli {
namespace {

// Ranked claims fetched per facet: the tallies count the answering claims
// among them, so --limit never changes the counts a user quotes.
constexpr int kCandidates = 200;

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

// The answer to one facet: its best-matching claims in rank order, then
// the claims that answer it counted by stance and speaker.
struct FacetAnswer {
  QuestionFacet facet;
  RankedQuery query;
  std::string parsed;
  std::uint64_t total = 0;  // Claims counted in the tallies.
  StanceTally tally;
  std::vector<StoredClaim> best;  // Best first, --limit of them.
  std::vector<std::pair<std::string, std::vector<StoredClaim>>> groups;  // `best` by speaker.
  std::map<std::string, StanceTally> by_speaker;
};

Result<FacetAnswer> MakeAnswer(const ClaimLookup& lookup, const FacetHits& hits,
                               QuestionIntent intent, int limit) {
  FacetAnswer answer;
  answer.facet = hits.facet;
  answer.query = hits.query;
  answer.parsed = hits.result.parsed;
  const std::vector<const SearchHit*> answering = AnsweringClaims(hits, intent);
  for (const SearchHit* hit : answering) {
    Stance stance = StanceFromName(hit->stance).value_or(Stance::kNeutral);
    answer.tally.Add(stance);
    answer.by_speaker[hit->speaker].Add(stance);
  }
  answer.total = answering.size();
  std::map<std::string, std::size_t> group_of;
  for (const SearchHit* hit : answering) {
    if (answer.best.size() >= static_cast<std::size_t>(limit)) break;
    // A remote shard's claims are in no local store; the index keeps them whole.
    auto claim = lookup.Get(hit->claim_id);
    if (!claim) claim = hit->record;
    answer.best.push_back(*claim);
    auto [it, added] = group_of.try_emplace(hit->speaker, answer.groups.size());
    if (added) answer.groups.push_back({hit->speaker, {}});
    answer.groups[it->second].second.push_back(std::move(*claim));
  }
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
  nlohmann::json best = nlohmann::json::array();
  for (const StoredClaim& claim : answer.best) best.push_back(ClaimToJson(claim, lexicon));
  nlohmann::json words = nlohmann::json::array();
  for (const RankTerm& term : answer.facet.terms) {
    words.push_back({{"text", term.text},
                     {"weight", term.weight},
                     {"source", term.source},
                     {"from", term.from}});
  }
  nlohmann::json boosts = nlohmann::json::array();
  for (const Boost& boost : answer.query.boosts) {
    boosts.push_back({{"field", boost.field_query}, {"weight", boost.weight}});
  }
  return {{"label", answer.facet.label},
          {"query", answer.facet.FilterQuery()},
          {"ranked_by", answer.facet.RankQuery()},
          {"words", words},
          {"boosts", boosts},
          {"best", best},
          {"models", answer.facet.models},
          {"benchmarks", answer.facet.benchmarks},
          {"topics", answer.facet.topics},
          {"entities", answer.facet.entities},
          {"speakers", answer.facet.speakers},
          {"since", answer.facet.since},
          {"until", answer.facet.until},
          {"matches", answer.total},
          {"tally", answer.tally.ToJson()},
          {"by_speaker", BySpeakerJson(answer)},
          {"positions", PositionsJson(answer)},
          {"groups", groups}};
}

// One ranked claim: "  3. +positive 00:06:06 Speaker  text", then its id,
// episode and link on a dimmed line under the text.
void PrintClaimLine(const StoredClaim& claim, int number) {
  std::optional<int> second = CitationSecond(claim.claim);
  fmt::print("  {:>2}. {} {} {}  {}\n", number, StanceLabel(claim.claim.stance),
             FormatOptionalSeconds(second), Bold(Shown(claim.speaker_name)),
             Shown(claim.claim.text));
  std::string link = TimestampLink(claim.episode_url, second);
  fmt::print("      {}\n",
             Dim(Shown(fmt::format("{} · {} ({}){}", claim.id, claim.episode_title,
                                   claim.episode_date.empty() ? "undated" : claim.episode_date,
                                   link.empty() ? "" : "  " + link))));
}

void PrintSpeakers(const FacetAnswer& answer) {
  std::string speakers;
  for (const auto& [speaker, tally] : SpeakersByCount(answer)) {
    if (!speakers.empty()) speakers += ", ";
    speakers += speaker + " " + tally.ToShortText();
  }
  fmt::print("  by speaker: {}\n", speakers.empty() ? "(none)" : Shown(speakers));
  for (const auto& [stance, names] : Positions(answer)) {
    if (stance == Stance::kNeutral) continue;
    fmt::print("  leaning {}: {}\n", StanceName(stance),
               Shown(fmt::format("{}", fmt::join(names, ", "))));
  }
}

void PrintAnswerText(const FacetAnswer& answer, QuestionIntent intent, int number) {
  fmt::print("{}\n", Bold(Shown(fmt::format("Facet {}: {}", number, answer.facet.label))));
  // "Who" questions are answered by people: speakers first, then claims.
  if (intent == QuestionIntent::kWho) PrintSpeakers(answer);
  if (answer.best.empty()) fmt::print("  no claim answers this\n");
  for (std::size_t i = 0; i < answer.best.size(); ++i) {
    PrintClaimLine(answer.best[i], static_cast<int>(i + 1));
  }
  fmt::print("\n  answering claims {}\n", answer.tally.ToText());
  if (intent != QuestionIntent::kWho) PrintSpeakers(answer);
  fmt::print("\n");
}

void PrintAnswerMarkdown(const FacetAnswer& answer) {
  fmt::print("## {}\n\n", Shown(answer.facet.label));
  for (const StoredClaim& claim : answer.best) PrintClaimMarkdown(claim);
  fmt::print("Answering claims: {}\n\n", answer.tally.ToText());
  for (const auto& [speaker, tally] : SpeakersByCount(answer)) {
    fmt::print("- {}: {}\n", Shown(speaker), tally.ToText());
  }
  fmt::print("\n");
}

}  // namespace

Result<CommandOutcome> RunAsk(const GlobalOptions& globals, const AskArgs& args) {
  // Arguments first: a usage error must not wait for (or create) a database.
  auto today = CalendarDate(args.today, "--today");
  if (!today) return std::unexpected(today.error());
  Session session(globals);
  auto linker = session.linker();
  if (!linker) return std::unexpected(linker.error());
  // The stores first: a missing database is "no database at DIR", and
  // never created.
  auto stores = session.readers();
  if (!stores) return std::unexpected(stores.error());
  if (Status fresh = EnsureIndexesCurrent(session, SearchSources(session, globals)); !fresh) {
    return std::unexpected(fresh.error());
  }
  auto tables = TermTables::Load(TermTables::DefaultDirectory());
  if (!tables) return std::unexpected(tables.error());
  auto searcher = Searcher::Open(SearchSources(session, globals), *linker);
  if (!searcher) return std::unexpected(searcher.error());
  auto options = QuestionOptionsFor(*stores, **searcher, *tables, *today);
  if (!options) return std::unexpected(options.error());
  QuestionInterpreter interpreter(*linker, *options);
  auto plan = interpreter.Interpret(args.question);
  if (!plan) return std::unexpected(plan.error());
  auto lookup = ClaimLookup::Open(session);
  if (!lookup) return std::unexpected(lookup.error());

  AnswerOptions answer_options;
  answer_options.candidates = std::max(args.limit, kCandidates);
  answer_options.records = AnyRemote(SearchSources(session, globals));
  auto ranked = RankAnswer(**searcher, *plan, answer_options);
  if (!ranked) return std::unexpected(ranked.error());
  std::vector<FacetAnswer> answers;
  for (const FacetHits& hits : *ranked) {
    auto answer = MakeAnswer(*lookup, hits, plan->intent, args.limit);
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
                               {"intent", IntentName(plan->intent)},
                               {"comparison", plan->comparison},
                               {"explain", Describe(*plan)},
                               {"facets", facets}}));
    return CommandOutcome{};
  }
  if (args.explain) {
    fmt::print("{}", Dim(Printable(Describe(*plan))));
    for (std::size_t i = 0; i < answers.size(); ++i) {
      fmt::print("{}\n",
                 Dim(Shown(fmt::format("facet {} runs: {}", i + 1, answers[i].parsed))));
    }
    fmt::print("\n");
  }
  for (std::size_t i = 0; i < answers.size(); ++i) {
    if (args.format == OutputFormat::kMarkdown) {
      PrintAnswerMarkdown(answers[i]);
    } else {
      PrintAnswerText(answers[i], plan->intent, static_cast<int>(i + 1));
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
