// claimkb ask QUESTION — a natural question (English or Chinese) becomes one
// facet, or two for a comparison (query/question.h); KnowledgeBase::Ask ranks
// and tallies each facet. This file prints: the best-matching claims first,
// then their stance tally and the per-speaker view, never a bare verdict.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include "benchmark_printer.h"
#include "claim_printer.h"
#include "claimkb/query/answer.h"
#include "claimkb/query/citation.h"
#include "claimkb/query/knowledge_base.h"
#include "claimkb/query/printable.h"
#include "claimkb/query/question.h"
#include "command.h"
#include "date_bound.h"
#include "session.h"

namespace claimkb::cli {
namespace {

nlohmann::json TallyJson(const StanceTally& tally) {
  return {{"n", tally.Total()},
          {"positive", tally.positive},
          {"negative", tally.negative},
          {"mixed", tally.mixed},
          {"neutral", tally.neutral}};
}

// "N=6 (+2 −1 ±0 ·3)": compact, for one line per speaker.
std::string TallyShortText(const StanceTally& tally) {
  return fmt::format("N={} (+{} −{} ±{} ·{})", tally.Total(), tally.positive, tally.negative,
                     tally.mixed, tally.neutral);
}

std::string TallyText(const StanceTally& tally) {
  return fmt::format("N={}: {} positive, {} negative, {} mixed, {} neutral", tally.Total(),
                     tally.positive, tally.negative, tally.mixed, tally.neutral);
}

nlohmann::json PositionsJson(const FacetAnswer& answer) {
  nlohmann::json out = nlohmann::json::object();
  for (Stance stance : {Stance::kPositive, Stance::kNegative, Stance::kMixed, Stance::kNeutral}) {
    out[StanceName(stance)] = nlohmann::json::array();
  }
  for (const auto& [stance, speakers] : answer.Positions()) out[StanceName(stance)] = speakers;
  return out;
}

nlohmann::json BySpeakerJson(const FacetAnswer& answer) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [speaker, tally] : answer.SpeakersByCount()) {
    nlohmann::json item = TallyJson(tally);
    item["speaker"] = speaker;
    out.push_back(item);
  }
  return out;
}

// Who says the limit the question asks about is reached, who denies it and
// who says only that gains slow; null when the facet asks about no limit.
nlohmann::json LimitJson(const FacetAnswer& answer) {
  if (answer.facet.asks_limit.empty()) return nullptr;
  nlohmann::json out = {{"asked", answer.facet.asks_limit}};
  for (LimitVerdict verdict :
       {LimitVerdict::kReached, LimitVerdict::kNotReached, LimitVerdict::kDiminishing}) {
    nlohmann::json speakers = nlohmann::json::array();
    for (const LimitPosition& position : answer.limit_positions) {
      if (position.verdict != verdict) continue;
      speakers.push_back({{"speaker", position.speaker}, {"claims", position.claim_ids}});
    }
    out[std::string(LimitVerdictName(verdict))] = speakers;
  }
  return out;
}

// The benchmarks named in the facet's window with their results; null when
// the question does not ask which benchmarks.
nlohmann::json BenchmarksJson(const FacetAnswer& answer) {
  if (!answer.facet.lists_benchmarks) return nullptr;
  nlohmann::json out = nlohmann::json::array();
  for (const BenchmarkTrack& track : answer.benchmarks) out.push_back(TrackToJson(track, false));
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
    auto tally = answer.by_speaker.find(speaker);
    groups.push_back({{"speaker", speaker},
                      {"tally", TallyJson(tally == answer.by_speaker.end() ? StanceTally{}
                                                                           : tally->second)},
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
          {"best_answering", answer.answering_shown},
          {"models", answer.facet.models},
          {"benchmarks", answer.facet.benchmarks},
          {"topics", answer.facet.topics},
          {"entities", answer.facet.entities},
          {"speakers", answer.facet.speakers},
          {"since", answer.facet.since},
          {"until", answer.facet.until},
          {"matches", answer.total},
          {"tally", TallyJson(answer.tally)},
          {"by_speaker", BySpeakerJson(answer)},
          {"positions", PositionsJson(answer)},
          {"limit", LimitJson(answer)},
          {"benchmarks_discussed", BenchmarksJson(answer)},
          {"groups", groups}};
}

// One ranked claim: "  3. +positive 00:06:06 Speaker  text", then its id,
// episode and link on a dimmed line under the text.
void PrintClaimLine(const StoredClaim& claim, int number) {
  std::optional<int> second = CitationSecond(claim.claim);
  fmt::print("  {:>2}. {} {} {}  {}\n", number, StanceLabel(claim.claim.stance),
             FormatOptionalSeconds(second), Bold(Shown(SpeakerShown(claim.speaker_name))),
             Shown(claim.claim.text));
  std::string link = TimestampLink(claim.episode_url, second);
  fmt::print("      {}\n",
             Dim(Shown(fmt::format("{} · {} ({}){}", claim.id, claim.episode_title,
                                   claim.episode_date.empty() ? "undated" : claim.episode_date,
                                   link.empty() ? "" : "  " + link))));
}

// "says it is reached: 田渊栋 (1), editor (2)", one line per verdict, when
// the question asks about a limit; none otherwise.
std::vector<std::string> LimitLines(const FacetAnswer& answer) {
  std::vector<std::string> out;
  if (answer.facet.asks_limit.empty()) return out;
  const std::pair<LimitVerdict, const char*> verdicts[] = {
      {LimitVerdict::kReached, "says it is reached"},
      {LimitVerdict::kNotReached, "says it is not"},
      {LimitVerdict::kDiminishing, "says gains slow"}};
  for (const auto& [verdict, label] : verdicts) {
    std::vector<std::string> names;
    for (const LimitPosition& position : answer.limit_positions) {
      if (position.verdict != verdict) continue;
      names.push_back(
          fmt::format("{} ({})", SpeakerShown(position.speaker), position.claim_ids.size()));
    }
    out.push_back(Shown(fmt::format(
        "{}: {}", label, names.empty() ? "(nobody)" : fmt::format("{}", fmt::join(names, ", ")))));
  }
  return out;
}

void PrintLimitPositions(const FacetAnswer& answer) {
  const std::vector<std::string> lines = LimitLines(answer);
  if (lines.empty()) return;
  fmt::print("  on \"{}\":\n", Shown(answer.facet.asks_limit));
  for (const std::string& line : lines) fmt::print("    {}\n", line);
}

void PrintSpeakers(const FacetAnswer& answer) {
  std::string speakers;
  for (const auto& [speaker, tally] : answer.SpeakersByCount()) {
    if (!speakers.empty()) speakers += ", ";
    speakers += SpeakerShown(speaker) + " " + TallyShortText(tally);
  }
  fmt::print("  by speaker: {}\n", speakers.empty() ? "(none)" : Shown(speakers));
  for (auto [stance, names] : answer.Positions()) {
    if (stance == Stance::kNeutral) continue;
    std::transform(names.begin(), names.end(), names.begin(), SpeakerShown);
    fmt::print("  leaning {}: {}\n", StanceName(stance),
               Shown(fmt::format("{}", fmt::join(names, ", "))));
  }
  PrintLimitPositions(answer);
}

// The most discussed benchmarks of the window, each as `benchmarks` shows
// it; the rest are counted, with the command that lists them all.
void PrintBenchmarksDiscussed(const FacetAnswer& answer) {
  if (!answer.facet.lists_benchmarks) return;
  const QuestionFacet& facet = answer.facet;
  std::string window;
  if (!facet.since.empty() || !facet.until.empty()) {
    window = fmt::format(" ({}..{})", facet.since, facet.until);
  }
  fmt::print("  benchmarks named{}: {}\n", window, answer.benchmarks.size());
  constexpr std::size_t kShown = 10;
  for (std::size_t i = 0; i < answer.benchmarks.size() && i < kShown; ++i) {
    PrintTrack(answer.benchmarks[i]);
  }
  if (answer.benchmarks.size() > kShown) {
    std::string flags;
    if (!facet.since.empty()) flags += " --since " + facet.since;
    if (!facet.until.empty()) flags += " --until " + facet.until;
    fmt::print("  … and {} more: claimkb benchmarks{}\n", answer.benchmarks.size() - kShown, flags);
  }
}

void PrintAnswerText(const FacetAnswer& answer, QuestionIntent intent, int number) {
  fmt::print("{}\n", Bold(Shown(fmt::format("Facet {}: {}", number, answer.facet.label))));
  // "Who" questions are answered by people: speakers first, then claims.
  if (intent == QuestionIntent::kWho) PrintSpeakers(answer);
  if (answer.answering_shown == 0) fmt::print("  no claim answers this\n");
  for (std::size_t i = 0; i < answer.best.size(); ++i) {
    if (i == answer.answering_shown) fmt::print("  {}\n", Dim("weaker matches:"));
    PrintClaimLine(answer.best[i], static_cast<int>(i + 1));
  }
  fmt::print("\n  answering claims {}\n", TallyText(answer.tally));
  if (intent != QuestionIntent::kWho) PrintSpeakers(answer);
  fmt::print("\n");
  PrintBenchmarksDiscussed(answer);
}

void PrintAnswerMarkdown(const FacetAnswer& answer) {
  fmt::print("## {}\n\n", Shown(answer.facet.label));
  for (std::size_t i = 0; i < answer.best.size(); ++i) {
    if (i == answer.answering_shown) fmt::print("Weaker matches:\n\n");
    PrintClaimMarkdown(answer.best[i]);
  }
  fmt::print("Answering claims: {}\n\n", TallyText(answer.tally));
  for (const auto& [speaker, tally] : answer.SpeakersByCount()) {
    fmt::print("- {}: {}\n", Shown(speaker), TallyText(tally));
  }
  const std::vector<std::string> limit = LimitLines(answer);
  if (!limit.empty()) fmt::print("\nOn \"{}\":\n\n", Shown(answer.facet.asks_limit));
  for (const std::string& line : limit) fmt::print("- {}\n", line);
  if (answer.facet.lists_benchmarks) {
    fmt::print("\nBenchmarks named: {}\n\n", answer.benchmarks.size());
    for (const BenchmarkTrack& track : answer.benchmarks) {
      std::vector<std::string> results;
      for (const StatedResult& result : track.results) {
        results.push_back(fmt::format("{} {} (\"{}\", {}, {})", result.model_name,
                                      ValueText(result), result.stated, result.speaker,
                                      result.claim_id));
      }
      fmt::print("- **{}**: {} claims, by {}{}\n", Shown(track.name), track.claim_count,
                 Shown(fmt::format("{}", fmt::join(TallyTexts(track.speakers), ", "))),
                 results.empty() ? "" : Shown(fmt::format("; {}", fmt::join(results, "; "))));
    }
  }
  fmt::print("\n");
}

}  // namespace

Result<CommandOutcome> RunAsk(const GlobalOptions& globals, const AskArgs& args) {
  // Arguments first: a usage error must not wait for (or create) a database.
  auto today = CalendarDate(args.today, "--today");
  if (!today) return std::unexpected(today.error());
  Session session(globals);
  KnowledgeBase& kb = session.knowledge_base();
  // The stores first: a missing database is "no database at DIR", and
  // never created.
  auto stores = kb.readers();
  if (!stores) return std::unexpected(stores.error());
  if (Status fresh = session.CatchUpIndexes(); !fresh) {
    return std::unexpected(fresh.error());
  }
  AskOptions options;
  options.limit = args.limit;
  options.today = *today;
  auto asked = kb.Ask(args.question, options);
  if (!asked) return std::unexpected(asked.error());
  const QuestionPlan* plan = &asked->plan;
  const std::vector<FacetAnswer>& answers = asked->facets;
  auto lexicon_ptr = kb.lexicon();
  if (!lexicon_ptr) return std::unexpected(lexicon_ptr.error());
  const Lexicon& lexicon = **lexicon_ptr;
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
