// claimkb claims — list stored claims by model, benchmark, speaker, topic,
// stance, episode and date. Entity filters include descendants: Gemini 3
// matches claims about Gemini 3 Pro.
#include <fmt/format.h>


#include "claim_printer.h"
#include "command.h"
#include "date_bound.h"
#include "session.h"

namespace claimkb::cli {

Result<CommandOutcome> RunClaims(const GlobalOptions& globals, const ClaimsArgs& args) {
  ClaimsQuery query;
  query.model = args.model;
  query.benchmark = args.benchmark;
  query.speaker = args.speaker;
  query.topic = args.topic;
  query.episode = args.episode;
  query.limit = args.limit;
  query.offset = args.offset;
  if (!args.stance.empty()) {
    query.stance = StanceFromName(args.stance);
    if (!query.stance) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("--stance \"{}\": expected positive, negative, mixed or "
                                   "neutral",
                                   args.stance));
    }
  }
  auto dates = DateRangeOf(args.since, args.until);
  if (!dates) return std::unexpected(dates.error());
  query.since = dates->since;
  query.until = dates->until;
  Session session(globals);
  KnowledgeBase& kb = session.knowledge_base();
  auto claims = kb.Claims(query);
  if (!claims) return std::unexpected(claims.error());
  auto lexicon = kb.lexicon();
  if (!lexicon) return std::unexpected(lexicon.error());
  PrintClaimList(*claims, **lexicon, args.format, "claims");
  return CommandOutcome{};
}
void RegisterClaims(CLI::App& app, const GlobalOptions& globals, Action* selected) {
  auto args = std::make_shared<ClaimsArgs>();
  CLI::App* command = app.add_subcommand("claims",
                                         "List claims by model, benchmark, speaker, "
                                         "topic, stance, episode or date");
  command->add_option("--model", args->model, "Model, with its descendants (\"Gemini 3\")");
  command->add_option("--benchmark", args->benchmark, "Benchmark (\"ARC-AGI-2\", \"SWE-bench\")");
  command->add_option("--speaker", args->speaker, "Speaker name or alias");
  command->add_option("--topic", args->topic, "Topic id or cue word (coding, 推理)");
  command->add_option("--stance", args->stance, "positive|negative|mixed|neutral");
  command->add_option("--episode", args->episode, "Episode id, slug or part of the title");
  command->add_option("--since", args->since, "Episodes on or after YYYY-MM[-DD]");
  command->add_option("--until", args->until, "Episodes on or before YYYY-MM[-DD]");
  AddCountOption(command, "--limit", &args->limit, "At most N claims (0 = all)");
  AddCountOption(command, "--offset", &args->offset, "Skip the first N claims");
  AddFormatOption(command, &args->format,
                  {OutputFormat::kText, OutputFormat::kJson, OutputFormat::kJsonl,
                   OutputFormat::kMarkdown, OutputFormat::kCsv});
  command->callback([&globals, args, selected] {
    *selected = [&globals, args] { return RunClaims(globals, *args); };
  });
}

}  // namespace claimkb::cli
