// claimkb claims — list stored claims by model, benchmark, speaker, topic,
// stance, episode and date. Entity filters include descendants: Gemini 3
// matches claims about Gemini 3 Pro.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <tuple>

#include "claim_printer.h"
#include "command.h"
#include "date_bound.h"
#include "session.h"

namespace claimkb::cli {
namespace {

// Resolves a user-typed entity name and expands it to itself and everything
// below it: the lexicon's descendants, and the stored new names (found by
// the name grammar) whose parents lead to it, so --model Llama also finds
// "Llama-3.1-8B-Instruct". A new name itself ("Llama 3.1 8B") is accepted too.
Result<std::vector<std::string>> ExpandEntity(const EntityLinker& linker,
                                              const std::vector<const Store*>& stores,
                                              const std::string& name, EntityKind expected,
                                              const char* flag) {
  const Lexicon& lexicon = linker.lexicon();
  std::string id = linker.Resolve(name);
  const LexiconEntry* entry = id.empty() ? nullptr : lexicon.Find(id);
  std::vector<std::string> ids;
  if (entry != nullptr && entry->kind == expected) {
    ids = lexicon.Descendants(id);
  } else {
    id.clear();
    for (const LinkedMention& mention : linker.Link(name)) {
      if (mention.is_new && mention.kind == expected && mention.begin == 0 &&
          mention.end == name.size()) {
        id = mention.entity_id;
      }
    }
    if (id.empty()) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("{} \"{}\": no {} of that name in the lexicon", flag, name,
                                   EntityKindName(expected)),
                       fmt::format("`claimkb entities --kind {}` lists the known ones",
                                   EntityKindName(expected)));
    }
    ids.push_back(id);
  }
  std::vector<EntityCount> all;
  for (const Store* store : stores) {
    auto stored = store->ListEntities(expected);
    if (!stored) return std::unexpected(stored.error());
    all.insert(all.end(), stored->begin(), stored->end());
  }
  for (const EntityCount& entity : all) {
    if (lexicon.Find(entity.entity_id) != nullptr ||
        std::find(ids.begin(), ids.end(), entity.entity_id) != ids.end()) {
      continue;
    }
    const auto chain = lexicon.Ancestors(entity.entity_id);
    if (std::find(chain.begin(), chain.end(), id) != chain.end()) ids.push_back(entity.entity_id);
  }
  return ids;
}

}  // namespace

Result<CommandOutcome> RunClaims(const GlobalOptions& globals, const ClaimsArgs& args) {
  Session session(globals);
  auto linker = session.linker();
  if (!linker) return std::unexpected(linker.error());
  // A word no stance has is a usage error (exit 2) whatever the database.
  std::optional<Stance> stance;
  if (!args.stance.empty()) {
    stance = StanceFromName(args.stance);
    if (!stance) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("--stance \"{}\": expected positive, negative, mixed or "
                                   "neutral",
                                   args.stance));
    }
  }
  // The stores first: a missing database is "no database at DIR", and
  // never created.
  auto stores = session.local_readers();
  if (!stores) return std::unexpected(stores.error());
  ClaimFilter filter;
  if (!args.model.empty()) {
    auto ids = ExpandEntity(**linker, *stores, args.model, EntityKind::kModel, "--model");
    if (!ids) return std::unexpected(ids.error());
    filter.entity_ids = *ids;
  }
  if (!args.benchmark.empty()) {
    auto ids =
        ExpandEntity(**linker, *stores, args.benchmark, EntityKind::kBenchmark, "--benchmark");
    if (!ids) return std::unexpected(ids.error());
    filter.benchmark_ids = *ids;
  }
  if (!args.topic.empty()) {
    std::string id = (*linker)->Resolve(args.topic);
    const LexiconEntry* entry = id.empty() ? nullptr : (*linker)->lexicon().Find(id);
    if (entry == nullptr || entry->kind != EntityKind::kTopic) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("--topic \"{}\": no topic of that name", args.topic),
                       "`claimkb entities --kind topic` lists the topics");
    }
    filter.topic = id;
  }
  if (stance) filter.stance = *stance;
  auto dates = DateRangeOf(args.since, args.until);
  if (!dates) return std::unexpected(dates.error());
  filter.since = dates->since;
  filter.until = dates->until;
  filter.speaker = args.speaker;

  // One database pages in SQL; several are merged in the store's order
  // (episode date, slug, ordinal) and paged here.
  const bool merged = stores->size() > 1;
  filter.limit = merged ? (args.limit == 0 ? 0 : args.offset + args.limit) : args.limit;
  filter.offset = merged ? 0 : args.offset;
  std::vector<StoredClaim> claims;
  bool episode_found = false;
  for (const Store* store : *stores) {
    ClaimFilter one = filter;
    if (!args.episode.empty()) {
      auto episode = store->FindEpisode(args.episode);
      if (!episode && episode.error().code == ErrorCode::kNotFound && merged) continue;
      if (!episode) return std::unexpected(episode.error());
      one.episode_id = episode->id;
      episode_found = true;
    }
    auto listed = store->QueryClaims(one);
    if (!listed) return std::unexpected(listed.error());
    claims.insert(claims.end(), std::make_move_iterator(listed->begin()),
                  std::make_move_iterator(listed->end()));
  }
  if (!args.episode.empty() && !episode_found) {
    return MakeError(ErrorCode::kNotFound,
                     fmt::format("no episode matches \"{}\" in any --db database", args.episode),
                     "`claimkb episodes` lists them");
  }
  if (merged) {
    std::stable_sort(claims.begin(), claims.end(), [](const StoredClaim& a, const StoredClaim& b) {
      return std::tuple(a.episode_date.empty(), a.episode_date, a.episode_slug, a.claim.ordinal) <
             std::tuple(b.episode_date.empty(), b.episode_date, b.episode_slug, b.claim.ordinal);
    });
    const std::size_t begin = std::min(claims.size(), static_cast<std::size_t>(args.offset));
    const std::size_t end =
        args.limit == 0 ? claims.size()
                        : std::min(claims.size(), begin + static_cast<std::size_t>(args.limit));
    claims = std::vector<StoredClaim>(std::make_move_iterator(claims.begin() + begin),
                                      std::make_move_iterator(claims.begin() + end));
  }
  PrintClaimList(claims, (*linker)->lexicon(), args.format, "claims");
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
