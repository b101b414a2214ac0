#include "claimkb/query/knowledge_base.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "claimkb/core/user_lexicon.h"
#include "claimkb/indexer/database_location.h"
#include "claimkb/indexer/knowledge_base_writer.h"
#include "claimkb/query/stance_edges.h"
#include "claimkb/query/stance_target.h"

namespace claimkb {

namespace {

// Opposed claims each claim is paired with per target when a reader asks
// for contradictions (ContradictionQuery::max_partners_per_claim): more than
// the link step's three, so an entry shows more of the pairs between its
// two sides, and still linear in the claims.
constexpr int kReaderPartnersPerClaim = 10;
// Targets with at most this many opposed pairs are paired exactly
// (ContradictionQuery::exact_pairs_up_to): 64 claims on each side.
constexpr std::size_t kReaderExactPairs = 64 * 64;

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

KnowledgeBase::KnowledgeBase(KnowledgeBaseOptions options) : options_(std::move(options)) {
  sources_ = SearchSources(options_.databases, PrimaryDatabase());
}

KnowledgeBase::KnowledgeBase(std::vector<std::string> databases)
    : KnowledgeBase([&] {
        KnowledgeBaseOptions options;
        options.databases = std::move(databases);
        return options;
      }()) {}

KnowledgeBase::~KnowledgeBase() = default;

std::string KnowledgeBase::PrimaryDatabase() const {
  for (const std::string& db : options_.databases) {
    if (!IsRemoteSource(db)) return db;
  }
  return DefaultDatabaseDirectory();
}

bool KnowledgeBase::any_remote() const { return AnyRemote(sources_); }

Result<std::shared_ptr<const Lexicon>> KnowledgeBase::lexicon() {
  if (!lexicon_) {
    // The user's own decisions (`claimkb lexicon add`) live beside the
    // database and load on top of the bundled lexicon.
    const std::string dir =
        options_.lexicon_dir.empty() ? Lexicon::DefaultDirectory() : options_.lexicon_dir;
    const std::string user = options_.user_lexicon.empty() ? UserLexiconPath(PrimaryDatabase())
                                                           : options_.user_lexicon;
    auto loaded = Lexicon::Load(dir, user);
    if (!loaded) return std::unexpected(loaded.error());
    lexicon_ = *loaded;
  }
  return lexicon_;
}

Result<std::shared_ptr<const EntityLinker>> KnowledgeBase::linker() {
  if (!linker_) {
    auto loaded = lexicon();
    if (!loaded) return std::unexpected(loaded.error());
    linker_ = std::make_shared<const EntityLinker>(*loaded);
  }
  return linker_;
}

Result<std::vector<std::string>> KnowledgeBase::LocalDirectories() const {
  // Each database once, however it is spelled: merged listings would
  // otherwise show (and count) its records twice.
  std::vector<std::string> dirs;
  std::vector<std::filesystem::path> seen;
  for (const std::string& db : options_.databases) {
    if (IsRemoteSource(db)) continue;
    std::error_code error;
    std::filesystem::path key = std::filesystem::weakly_canonical(db, error);
    if (error) key = db;
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    dirs.push_back(db);
  }
  if (options_.databases.empty()) dirs.push_back(DefaultDatabaseDirectory());
  for (const std::string& dir : dirs) {
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error)) {
      return MakeError(ErrorCode::kNotFound, fmt::format("no database at {}", dir),
                       "check the path, or create it with `claimkb ingest FILES --db DIR`");
    }
  }
  return dirs;
}

Status KnowledgeBase::CheckDatabases() const {
  if (stores_opened_) return {};
  auto dirs = LocalDirectories();
  if (!dirs) return std::unexpected(dirs.error());
  return {};
}

Result<std::vector<const Store*>> KnowledgeBase::readers() {
  if (!stores_opened_) {
    auto dirs = LocalDirectories();
    if (!dirs) return std::unexpected(dirs.error());
    StoreOptions read_only;
    read_only.read_only = true;
    std::vector<std::unique_ptr<Store>> opened_stores;
    for (const std::string& dir : *dirs) {
      auto opened = Store::Open(dir, read_only);
      if (!opened) return std::unexpected(opened.error());
      opened_stores.push_back(std::move(*opened));
    }
    stores_ = std::move(opened_stores);
    stores_opened_ = true;
  }
  std::vector<const Store*> out;
  for (const auto& store : stores_) out.push_back(store.get());
  return out;
}

Result<std::vector<std::pair<std::string, IndexFreshness>>> KnowledgeBase::CatchUpIndexes() {
  auto loaded = lexicon();
  if (!loaded) return std::unexpected(loaded.error());
  auto dirs = LocalDirectories();
  if (!dirs) return std::unexpected(dirs.error());
  // LocalDirectories() lists the local sources in the order of sources()
  // (both keep each database once by its canonical path).
  std::error_code ec;
  const bool all_stored = std::all_of(dirs->begin(), dirs->end(), [&](const std::string& dir) {
    return std::filesystem::exists(std::filesystem::path(dir) / "claims.sqlite", ec);
  });
  if (!all_stored) return KnowledgeBaseWriter::CatchUpIndexes(sources_, **loaded);
  // The generations through the stores the answer reads: `ask` opens them
  // anyway and a search with hits opens them for its records, so opening
  // each a second time for one number was pure cost.
  auto stores = readers();
  if (!stores) return std::unexpected(stores.error());
  std::vector<std::pair<std::string, IndexFreshness>> out;
  for (std::size_t i = 0; i < dirs->size(); ++i) {
    auto freshness = EnsureIndexCurrent(*(*stores)[i], **loaded, (*dirs)[i]);
    if (!freshness) return std::unexpected(freshness.error());
    // A searcher opened before a rebuild reads the replaced index.
    if (freshness->state == IndexFreshness::State::kCaughtUp) searcher_.reset();
    out.emplace_back((*dirs)[i], *freshness);
  }
  return out;
}

Result<std::vector<const Store*>> KnowledgeBase::local_readers() {
  auto stores = readers();
  if (!stores) return stores;
  if (stores->empty()) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "this command reads database directories, and --db names only tcp:// "
                     "remotes, which hold just a search index",
                     "add the --db directory of a local database");
  }
  return stores;
}

Result<const ClaimLookup*> KnowledgeBase::lookup() {
  if (!lookup_) {
    auto stores = readers();
    if (!stores) return std::unexpected(stores.error());
    lookup_.emplace(*stores);
  }
  return &*lookup_;
}

Result<const Searcher*> KnowledgeBase::searcher() {
  if (!searcher_) {
    auto loaded = linker();
    if (!loaded) return std::unexpected(loaded.error());
    auto opened = Searcher::Open(sources_, *loaded);
    if (!opened) return std::unexpected(opened.error());
    searcher_ = std::move(*opened);
  }
  return searcher_.get();
}

Result<SearchPage> KnowledgeBase::Search(std::string_view query, SearchOptions options) {
  // A missing database is "no database at DIR", and never created; the
  // stores themselves open only when there are hits to look up.
  if (Status readable = CheckDatabases(); !readable) return std::unexpected(readable.error());
  auto search = searcher();
  if (!search) return std::unexpected(search.error());
  options.records = options.records || any_remote();
  auto result = (*search)->Search(query, options);
  if (!result) return std::unexpected(result.error());
  SearchPage page;
  if (!result->hits.empty()) {
    auto claims = lookup();
    if (!claims) return std::unexpected(claims.error());
    // Hits name claims; the stores hold the rest of each record.
    for (const SearchHit& hit : result->hits) {
      auto claim = (*claims)->Get(hit.claim_id);
      if (claim) {
        page.claims.push_back(std::move(*claim));
      } else {
        // A remote shard's claim: the index keeps the whole record.
        page.index_only.push_back(hit.claim_id);
        page.claims.push_back(hit.record);
      }
    }
  }
  page.result = std::move(*result);
  return page;
}

Result<QuestionOptions> KnowledgeBase::QuestionOptionsForData(std::string today) {
  auto stores = readers();
  if (!stores) return std::unexpected(stores.error());
  auto search = searcher();
  if (!search) return std::unexpected(search.error());
  if (!tables_) {
    auto tables = TermTables::Load(options_.term_tables_dir.empty()
                                       ? TermTables::DefaultDirectory()
                                       : options_.term_tables_dir);
    if (!tables) return std::unexpected(tables.error());
    tables_ = *tables;
  }
  return QuestionOptionsFor(*stores, **search, tables_, std::move(today));
}

Result<std::vector<FacetHits>> KnowledgeBase::Rank(const QuestionPlan& plan,
                                                   AnswerOptions options) {
  auto search = searcher();
  if (!search) return std::unexpected(search.error());
  options.records = options.records || any_remote();
  auto stores = readers();
  if (!stores) return std::unexpected(stores.error());
  // Summary links from the local stores; a remote shard's claims have none.
  SummaryLinks links = [stores = *stores](const std::vector<std::string>& claim_ids) {
    const std::set<std::string> asked(claim_ids.begin(), claim_ids.end());
    std::map<std::string, std::vector<std::string>> out;
    for (const Store* store : stores) {
      auto edges = store->ListClaimEdgesOf(claim_ids, {EdgeKind::kSummarises, EdgeKind::kRestates});
      if (!edges) continue;  // Ids of another database's shape; it links nothing.
      for (const ClaimEdge& edge : *edges) {
        if (asked.contains(edge.src)) out[edge.src].push_back(edge.dst);
        if (asked.contains(edge.dst)) out[edge.dst].push_back(edge.src);
      }
    }
    return out;
  };
  return RankAnswer(**search, plan, options, links);
}

Result<Answer> KnowledgeBase::Ask(std::string_view question, const AskOptions& options) {
  auto question_options = QuestionOptionsForData(options.today);
  if (!question_options) return std::unexpected(question_options.error());
  auto claims = lookup();
  if (!claims) return std::unexpected(claims.error());
  QuestionInterpreter interpreter(linker_, *question_options);
  auto plan = interpreter.Interpret(question);
  if (!plan) return std::unexpected(plan.error());

  AnswerOptions ranking = options.ranking;
  ranking.candidates = std::max(options.limit, ranking.candidates);
  auto ranked = Rank(*plan, ranking);
  if (!ranked) return std::unexpected(ranked.error());
  Answer answer;
  for (const FacetHits& hits : *ranked) {
    // Counted on the query without feedback, as the floor is (RankAnswer).
    // The tally counts the claims that say the question's words: a word in
    // an episode's title is on every claim of the episode, and counting
    // those made the tally weigh most of a large index for each common
    // title word. The answering claims shown are counted whatever they
    // match, so they are always among the counted ones; the weaker matches
    // listed after them are not.
    RankedQuery counted = hits.query;
    counted.feedback_docs = 0;
    counted.titles_retrieve = false;
    std::vector<std::string> shown;
    const ShownClaimList listed = ShownClaims(hits, plan->intent, options.limit);
    for (std::size_t i = 0; i < listed.answering; ++i) shown.push_back(listed.claims[i]->claim_id);
    auto tally = searcher_->Tally(counted, AnswerFloorWeight(hits), shown);
    if (!tally) return std::unexpected(tally.error());
    answer.facets.push_back(SummariseFacet(hits, plan->intent, *tally, **claims, options.limit));
    if (!hits.facet.asks_limit.empty()) {
      // Over every answering claim, not only the shown ones.
      std::vector<StoredClaim> answering;
      for (const SearchHit* hit : AnsweringClaims(hits, plan->intent)) {
        auto claim = (*claims)->Get(hit->claim_id);
        answering.push_back(claim ? std::move(*claim) : hit->record);
      }
      answer.facets.back().limit_positions =
          LimitPositions(hits.facet, answering, linker_->lexicon());
    }
    if (hits.facet.lists_benchmarks) {
      // The benchmarks named in the window, not only in the ranked claims:
      // "which benchmarks were discussed this month" asks for all of them.
      BenchmarkTrackQuery listed;
      if (hits.facet.models.size() == 1) {
        listed.model = hits.facet.models.front();
        listed.only_with_model = true;
      }
      listed.since = hits.facet.since;
      listed.until = hits.facet.until;
      auto tracks = Benchmarks(listed);
      if (!tracks) return std::unexpected(tracks.error());
      std::erase_if(*tracks, [](const BenchmarkTrack& track) {
        return track.benchmark_id == kBenchmarksInGeneral;
      });
      answer.facets.back().benchmarks = std::move(*tracks);
    }
  }
  answer.plan = std::move(*plan);
  return answer;
}

Result<std::vector<StoredClaim>> KnowledgeBase::Claims(const ClaimsQuery& query) {
  auto loaded = linker();
  if (!loaded) return std::unexpected(loaded.error());
  const EntityLinker& linker = **loaded;
  // The stores first: a missing database is "no database at DIR", and
  // never created.
  auto stores = local_readers();
  if (!stores) return std::unexpected(stores.error());
  ClaimFilter filter;
  if (!query.model.empty()) {
    auto ids = ExpandEntity(linker, *stores, query.model, EntityKind::kModel, "--model");
    if (!ids) return std::unexpected(ids.error());
    filter.entity_ids = *ids;
  }
  if (!query.benchmark.empty()) {
    auto ids = ExpandEntity(linker, *stores, query.benchmark, EntityKind::kBenchmark,
                            "--benchmark");
    if (!ids) return std::unexpected(ids.error());
    filter.benchmark_ids = *ids;
  }
  if (!query.topic.empty()) {
    std::string id = linker.Resolve(query.topic);
    const LexiconEntry* entry = id.empty() ? nullptr : linker.lexicon().Find(id);
    if (entry == nullptr || entry->kind != EntityKind::kTopic) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("--topic \"{}\": no topic of that name", query.topic),
                       "`claimkb entities --kind topic` lists the topics");
    }
    filter.topic = id;
  }
  filter.stance = query.stance;
  filter.since = query.since;
  filter.until = query.until;
  filter.speaker = query.speaker;

  // One database pages in SQL; several are merged in the store's order
  // (episode date, slug, ordinal) and paged here.
  const bool merged = stores->size() > 1;
  filter.limit = merged ? (query.limit == 0 ? 0 : query.offset + query.limit) : query.limit;
  filter.offset = merged ? 0 : query.offset;
  std::vector<StoredClaim> claims;
  bool episode_found = false;
  for (const Store* store : *stores) {
    ClaimFilter one = filter;
    if (!query.episode.empty()) {
      auto episode = store->FindEpisode(query.episode);
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
  if (!query.episode.empty() && !episode_found) {
    return MakeError(ErrorCode::kNotFound,
                     fmt::format("no episode matches \"{}\" in any --db database", query.episode),
                     "`claimkb episodes` lists them");
  }
  if (merged) {
    std::stable_sort(claims.begin(), claims.end(), [](const StoredClaim& a, const StoredClaim& b) {
      return std::tuple(a.episode_date.empty(), a.episode_date, a.episode_slug, a.claim.ordinal) <
             std::tuple(b.episode_date.empty(), b.episode_date, b.episode_slug, b.claim.ordinal);
    });
    const std::size_t begin = std::min(claims.size(), static_cast<std::size_t>(query.offset));
    const std::size_t end =
        query.limit == 0 ? claims.size()
                         : std::min(claims.size(), begin + static_cast<std::size_t>(query.limit));
    claims = std::vector<StoredClaim>(std::make_move_iterator(claims.begin() + begin),
                                      std::make_move_iterator(claims.begin() + end));
  }
  return claims;
}

Result<std::vector<EpisodeRecord>> KnowledgeBase::Episodes() {
  auto stores = local_readers();
  if (!stores) return std::unexpected(stores.error());
  std::vector<EpisodeRecord> episodes;
  for (const Store* store : *stores) {
    auto listed = store->ListEpisodes();
    if (!listed) return std::unexpected(listed.error());
    episodes.insert(episodes.end(), listed->begin(), listed->end());
  }
  // The store's order, over all databases: dated episodes by date, then slug.
  std::stable_sort(episodes.begin(), episodes.end(),
                   [](const EpisodeRecord& a, const EpisodeRecord& b) {
                     return std::tuple(a.date.empty(), a.date, a.slug) <
                            std::tuple(b.date.empty(), b.date, b.slug);
                   });
  return episodes;
}

Result<ShownEpisode> KnowledgeBase::Show(const std::string& ref) {
  auto stores = local_readers();
  if (!stores) return std::unexpected(stores.error());
  // The first database that has the episode; an ambiguous name in one of
  // them is an error, not a reason to look further.
  const Store* store = stores->front();
  auto record = store->FindEpisode(ref);
  for (std::size_t i = 1;
       i < stores->size() && !record && record.error().code == ErrorCode::kNotFound; ++i) {
    auto found = (*stores)[i]->FindEpisode(ref);
    if (found || found.error().code != ErrorCode::kNotFound) {
      store = (*stores)[i];
      record = std::move(found);
    }
  }
  if (!record) return std::unexpected(record.error());
  auto episode = store->LoadEpisode(record->id);
  if (!episode) return std::unexpected(episode.error());
  return ShownEpisode{std::move(*record), std::move(*episode)};
}

Result<std::vector<EntityCount>> KnowledgeBase::Entities(std::optional<EntityKind> kind,
                                                         bool only_new) {
  auto loaded = lexicon();
  if (!loaded) return std::unexpected(loaded.error());
  const Lexicon& lexicon = **loaded;
  auto stores = local_readers();
  if (!stores) return std::unexpected(stores.error());
  // Over every database: one row per entity, counts added.
  std::vector<EntityCount> entities;
  std::map<std::string, std::size_t> index_of;
  for (const Store* store : *stores) {
    auto listed = store->ListEntities(kind);
    if (!listed) return std::unexpected(listed.error());
    for (EntityCount& entity : *listed) {
      auto [it, added] = index_of.try_emplace(entity.entity_id, entities.size());
      if (added) {
        entities.push_back(std::move(entity));
      } else {
        EntityCount& kept = entities[it->second];
        kept.mentions += entity.mentions;
        kept.episodes += entity.episodes;
        for (std::string& surface : entity.surfaces) {
          if (std::find(kept.surfaces.begin(), kept.surfaces.end(), surface) == kept.surfaces.end())
            kept.surfaces.push_back(std::move(surface));
        }
        kept.confidence = std::max(kept.confidence, entity.confidence);
      }
    }
  }
  if (only_new) {
    std::erase_if(entities, [&](const EntityCount& entity) {
      return entity.mentions == 0 || lexicon.Find(entity.entity_id) != nullptr;
    });
  }
  for (EntityCount& entity : entities) {
    // Topics are stored by id; the lexicon has their display name.
    const LexiconEntry* entry = lexicon.Find(entity.entity_id);
    if (entity.name == entity.entity_id && entry != nullptr) entity.name = entry->name;
  }
  std::stable_sort(
      entities.begin(), entities.end(), [](const EntityCount& a, const EntityCount& b) {
        return a.mentions != b.mentions ? a.mentions > b.mentions : a.entity_id < b.entity_id;
      });
  return entities;
}

Result<std::vector<StoredClaim>> KnowledgeBase::ClaimsById(const std::vector<std::string>& ids) {
  auto claims = lookup();
  if (!claims) return std::unexpected(claims.error());
  std::vector<StoredClaim> out;
  std::vector<std::string> missing;
  for (const std::string& id : ids) {
    auto claim = (*claims)->Get(id);
    if (!claim) {
      missing.push_back("\"" + id + "\"");
      continue;
    }
    out.push_back(std::move(*claim));
  }
  // Every bad id at once, so that one run fixes a list of citations.
  if (!missing.empty()) {
    return MakeError(
        ErrorCode::kNotFound,
        fmt::format("no claim{} {}", missing.size() > 1 ? "s" : "", fmt::join(missing, ", ")),
        "claim ids look like <episode id>#<n>, as search and claims print them");
  }
  return out;
}

std::vector<StoredClaim> KnowledgeBase::Summarised(const StoredClaim& claim) {
  std::vector<StoredClaim> out;
  auto found = lookup();
  if (!found) return out;
  for (int ordinal : claim.claim.summarises) {
    auto source = (*found)->Get(claim.episode_slug + "#" + std::to_string(ordinal));
    if (source) out.push_back(std::move(*source));
  }
  return out;
}

Result<std::vector<CitedClaim>> KnowledgeBase::Cite(const std::vector<StoredClaim>& claims) {
  auto found = lookup();
  if (!found) return std::unexpected(found.error());
  std::vector<CitedClaim> cited;
  for (const StoredClaim& claim : claims) {
    const Store* store = (*found)->StoreOf(claim.id);
    if (store == nullptr) continue;
    auto one = CiteStoredClaim(*store, claim);
    if (!one) return std::unexpected(one.error());
    cited.push_back(std::move(*one));
  }
  return cited;
}

Result<std::vector<Contradiction>> KnowledgeBase::Contradictions(ContradictionQuery query,
                                                                 std::string_view about) {
  auto loaded = linker();
  if (!loaded) return std::unexpected(loaded.error());
  if (!about.empty()) {
    auto resolved = ResolveAbout(**loaded, about);
    if (!resolved) return std::unexpected(resolved.error());
    query.about = *resolved;
  }
  // Pairing every claim of one stance with every claim of the other on a
  // target is quadratic: `contradictions` over 1,000 episodes took 469 s
  // and 20 GB that way. Each claim meets its best few opponents per target
  // instead, as in the link step, only more of them.
  if (query.max_partners_per_claim == 0) {
    query.max_partners_per_claim = kReaderPartnersPerClaim;
    query.exact_pairs_up_to = kReaderExactPairs;
  }
  if (query.chunk_claims == 0) query.chunk_claims = StanceEdgeOptions{}.chunk_claims;
  auto stores = local_readers();
  if (!stores) return std::unexpected(stores.error());
  return FindContradictions(*stores, query, &(*loaded)->lexicon());
}

Result<AgreementAnswer> KnowledgeBase::Agree(std::string_view about) {
  auto loaded = linker();
  if (!loaded) return std::unexpected(loaded.error());
  auto resolved = ResolveAbout(**loaded, about);
  if (!resolved) return std::unexpected(resolved.error());
  auto stores = local_readers();
  if (!stores) return std::unexpected(stores.error());
  auto agreement = FindAgreement(*stores, *resolved, &(*loaded)->lexicon());
  if (!agreement) return std::unexpected(agreement.error());
  return AgreementAnswer{std::move(*resolved), std::move(*agreement)};
}

namespace {

// Speaker identity as the graph's source of same_person links: two speakers
// drawn in one graph are linked when one identity holds both.
class IdentityLinks : public SamePersonSource {
 public:
  explicit IdentityLinks(std::vector<SpeakerIdentity> identities)
      : identities_(std::move(identities)) {}

  Result<std::vector<SamePersonLink>> SamePersonLinks(
      const std::vector<std::string>& speakers) const override {
    std::vector<SamePersonLink> links;
    for (const SpeakerIdentity& identity : identities_) {
      std::vector<std::string> drawn;
      for (const IdentityMember& member : identity.members) {
        if (std::find(speakers.begin(), speakers.end(), member.name) != speakers.end() &&
            std::find(drawn.begin(), drawn.end(), member.name) == drawn.end()) {
          drawn.push_back(member.name);
        }
      }
      // Each further name links to the first: one edge per extra name.
      for (std::size_t i = 1; i < drawn.size(); ++i) {
        std::string why;
        for (const IdentityEvidence& evidence : identity.evidence) {
          const bool joins = (evidence.name == drawn[0] && evidence.other == drawn[i]) ||
                             (evidence.name == drawn[i] && evidence.other == drawn[0]);
          if (joins) why = IdentityEvidenceKindName(evidence.kind);
        }
        links.push_back({drawn[0], drawn[i], why.empty() ? "same identity" : why});
      }
    }
    return links;
  }

 private:
  std::vector<SpeakerIdentity> identities_;
};

}  // namespace

Result<std::vector<BenchmarkTrack>> KnowledgeBase::Benchmarks(const BenchmarkTrackQuery& query) {
  auto loaded = linker();
  if (!loaded) return std::unexpected(loaded.error());
  auto stores = local_readers();
  if (!stores) return std::unexpected(stores.error());
  return TrackBenchmarks(*stores, **loaded, query);
}

Result<std::vector<SpeakerIdentity>> KnowledgeBase::Speakers() {
  auto stores = local_readers();
  if (!stores) return std::unexpected(stores.error());
  return ListSpeakerIdentities(*stores);
}

Result<RelatedClaims> KnowledgeBase::Related(std::string_view claim_id) {
  auto loaded = lexicon();
  if (!loaded) return std::unexpected(loaded.error());
  auto stores = local_readers();
  if (!stores) return std::unexpected(stores.error());
  return FindRelated(*stores, loaded->get(), claim_id);
}

Result<ClaimGraph> KnowledgeBase::GraphAround(std::string_view entity, int depth) {
  auto loaded = linker();
  if (!loaded) return std::unexpected(loaded.error());
  auto identities = Speakers();
  if (!identities) return std::unexpected(identities.error());
  auto stores = local_readers();
  if (!stores) return std::unexpected(stores.error());
  IdentityLinks same_person(std::move(*identities));
  GraphAroundOptions options;
  options.depth = depth;
  options.same_person = &same_person;
  return claimkb::GraphAround(*stores, **loaded, entity, options);
}

}  // namespace claimkb
