#include "claimkb/query/answer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "ascii_text.h"

namespace claimkb {

namespace {

using internal::AsciiLower;

// "<episode>#<ordinal>" → ordinal, -1 when malformed.
long Ordinal(const std::string& claim_id) {
  const std::size_t hash = claim_id.rfind('#');
  if (hash == std::string::npos) return -1;
  try {
    return std::stol(claim_id.substr(hash + 1));
  } catch (...) {
    return -1;
  }
}

// Adds to each hit `share` of the weight of its best neighbour among the
// hits (same episode, ordinal within ±window, a neighbour d claims away
// counting decay^(d-1) of its weight), then re-sorts: a claim whose
// neighbours answer the question probably belongs to the same exchange, and
// a summary's list ("用户打分是金标准", "自动化可验证测试" under an
// evaluation bullet) runs past the next claim.
// Hits in `pulled` (see PullInNeighbours) take `pulled_share` instead.
void ShareWithNeighbours(double share, double pulled_share, int window, double decay,
                         const std::set<std::string>& pulled, SearchResult* result) {
  std::map<std::pair<std::string, long>, double> weight_of;
  for (const SearchHit& hit : result->hits) {
    weight_of[{hit.episode_slug, Ordinal(hit.claim_id)}] = hit.weight;
  }
  for (SearchHit& hit : result->hits) {
    const long ordinal = Ordinal(hit.claim_id);
    if (ordinal < 0) continue;
    double best = 0;
    double factor = 1;
    for (long d = 1; d <= window; ++d, factor *= decay) {
      for (long near : {ordinal - d, ordinal + d}) {
        auto it = weight_of.find({hit.episode_slug, near});
        if (it != weight_of.end()) best = std::max(best, factor * it->second);
      }
    }
    hit.weight += (pulled.count(hit.claim_id) > 0 ? pulled_share : share) * best;
  }
  std::stable_sort(result->hits.begin(), result->hits.end(),
                   [](const SearchHit& a, const SearchHit& b) { return a.weight > b.weight; });
  for (std::size_t i = 0; i < result->hits.size(); ++i)
    result->hits[i].rank = static_cast<int>(i) + 1;
}

// The claims `ids` the words did not find, within `filter`, without snippets
// or counts: both ways of pulling claims in (neighbours, summary links).
Result<SearchResult> FetchPulled(const Searcher& searcher, const std::vector<std::string>& ids,
                                 const std::string& filter, bool records) {
  SearchOptions fetch;
  fetch.limit = static_cast<int>(ids.size());
  fetch.records = records;
  fetch.snippet_chars = 0;
  fetch.count_exactly_up_to = 0;
  return searcher.Fetch(ids, filter, fetch);
}

// Adds to the hits the claims next to the best `reach` hits (same episode,
// ordinal ±1) that the words did not find, each with weight 0 and the
// filter of the query still applying: ShareWithNeighbours then gives them
// their share of the claim next to them. A summary's bullets and a turn's
// sentences lean on each other ("后者学到的能力更本质" answers nothing
// alone). Their match weight is the same share of their neighbour's, so that
// the answer shows them only when that share clears the floor.
Status PullInNeighbours(const Searcher& searcher, const RankedQuery& query, int reach, double share,
                        bool records, SearchResult* result, std::set<std::string>* pulled_ids) {
  std::set<std::string> present;
  for (const SearchHit& hit : result->hits) present.insert(hit.claim_id);
  std::map<std::string, double> source_weight;  // Pulled id → best neighbour's match weight.
  const std::size_t n = std::min(result->hits.size(), static_cast<std::size_t>(std::max(reach, 0)));
  for (std::size_t i = 0; i < n; ++i) {
    const SearchHit& hit = result->hits[i];
    const long ordinal = Ordinal(hit.claim_id);
    if (ordinal < 0) continue;
    const std::string episode = hit.claim_id.substr(0, hit.claim_id.rfind('#'));
    for (long near : {ordinal - 1, ordinal + 1}) {
      if (near < 0) continue;
      std::string id = episode + "#" + std::to_string(near);
      if (present.count(id) > 0) continue;
      double& best = source_weight[id];
      best = std::max(best, hit.match_weight);
    }
  }
  if (source_weight.empty()) return {};
  std::vector<std::string> ids;
  for (const auto& [id, weight] : source_weight) ids.push_back(id);
  auto pulled = FetchPulled(searcher, ids, query.filter, records);
  if (!pulled) return std::unexpected(pulled.error());
  for (SearchHit& hit : pulled->hits) {
    hit.weight = 0;
    hit.match_weight = share * source_weight[hit.claim_id];
    pulled_ids->insert(hit.claim_id);
    result->hits.push_back(std::move(hit));
  }
  result->parsed += fmt::format(" +neighbours of the top {} at {:.2f}", reach, share);
  return {};
}

// Adds `share` of the weight of the best of the top `reach` hits to the
// claims a summary line links to it (SummaryLinks), fetching those the words
// did not find (within the facet's filter, match weight the same share of
// the linked hit's). Runs before ShareWithNeighbours, which then spreads a
// pulled claim's weight to its own turn like any hit's.
Status ShareWithSummaries(const Searcher& searcher, const RankedQuery& query,
                          const SummaryLinks& links, int reach, double share, bool records,
                          SearchResult* result) {
  std::map<std::string, std::pair<double, double>> bonus;  // Id → best (weight, match weight).
  const std::size_t n = std::min(result->hits.size(), static_cast<std::size_t>(std::max(reach, 0)));
  std::vector<std::string> best;
  for (std::size_t i = 0; i < n; ++i) best.push_back(result->hits[i].claim_id);
  const std::map<std::string, std::vector<std::string>> linked = links(best);
  for (std::size_t i = 0; i < n; ++i) {
    const SearchHit& hit = result->hits[i];
    auto found = linked.find(hit.claim_id);
    if (found == linked.end()) continue;
    for (const std::string& id : found->second) {
      auto& [weight, match] = bonus[id];
      weight = std::max(weight, hit.weight);
      match = std::max(match, hit.match_weight);
    }
  }
  if (bonus.empty()) return {};
  for (SearchHit& hit : result->hits) {
    auto it = bonus.find(hit.claim_id);
    if (it == bonus.end()) continue;
    hit.weight += share * it->second.first;
    bonus.erase(it);
  }
  if (!bonus.empty()) {
    std::vector<std::string> ids;
    for (const auto& [id, weights] : bonus) ids.push_back(id);
    auto pulled = FetchPulled(searcher, ids, query.filter, records);
    if (!pulled) return std::unexpected(pulled.error());
    for (SearchHit& hit : pulled->hits) {
      const auto& [weight, match] = bonus[hit.claim_id];
      hit.weight = share * weight;
      hit.match_weight = share * match;
      result->hits.push_back(std::move(hit));
    }
  }
  std::stable_sort(result->hits.begin(), result->hits.end(),
                   [](const SearchHit& a, const SearchHit& b) { return a.weight > b.weight; });
  result->parsed += fmt::format(" +summary links of the top {} at {:.2f}", reach, share);
  return {};
}

// Whether `text` mentions `term`: anywhere for Chinese, which has no word
// boundaries; for a Latin term, starting a word ("ai" is not in "training")
// and, when short, ending one too (a longer term takes its inflections:
// "agent" in "agents").
bool Mentions(std::string_view text, std::string_view term) {
  if (term.empty()) return false;
  auto latin = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t at = text.find(term); at != std::string_view::npos;
       at = text.find(term, at + 1)) {
    if (!latin(term.front()) || at == 0 || !latin(text[at - 1])) {
      const std::size_t end = at + term.size();
      if (!latin(term.back()) || term.size() >= 4 || end == text.size() || !latin(text[end]))
        return true;
    }
  }
  return false;
}

// Multiplies each hit's weight by 1 + share × (concepts it mentions − 1):
// a claim that says several of the question's things beats one that says
// one of them many times. A concept is a question word with its expansions;
// it is mentioned when one of its texts occurs in the claim.
void RewardCoordination(const QuestionFacet& facet, double share, SearchResult* result) {
  std::map<std::string, std::vector<std::string>> concepts;
  for (const RankTerm& term : facet.terms) {
    concepts[AsciiLower(term.from.empty() ? term.text : term.from)].push_back(
        AsciiLower(term.text));
  }
  for (SearchHit& hit : result->hits) {
    const std::string text = AsciiLower(hit.text);
    int mentioned = 0;
    for (const auto& [root, texts] : concepts) {
      mentioned += std::any_of(texts.begin(), texts.end(),
                               [&](const std::string& t) { return Mentions(text, t); });
    }
    if (mentioned > 1) hit.weight *= 1 + share * (mentioned - 1);
  }
  std::stable_sort(result->hits.begin(), result->hits.end(),
                   [](const SearchHit& a, const SearchHit& b) { return a.weight > b.weight; });
}

}  // namespace

Result<QuestionOptions> QuestionOptionsFor(const std::vector<const Store*>& stores,
                                           const Searcher& searcher,
                                           std::shared_ptr<const TermTables> tables,
                                           std::string today) {
  QuestionOptions options;
  options.today = std::move(today);
  // The speakers of every database, so that a name is recognised whichever
  // database it speaks in.
  for (const Store* store : stores) {
    auto speakers = store->ListSpeakerNames();
    if (!speakers) return std::unexpected(speakers.error());
    for (const SpeakerRecord& speaker : *speakers) {
      std::vector<std::string> names = {speaker.name};
      names.insert(names.end(), speaker.aliases.begin(), speaker.aliases.end());
      options.speakers.push_back(std::move(names));
    }
  }
  // A name only a cover lists (the guest of a transcript whose lines name
  // nobody) is recognised as well; the episodes listing it are lifted.
  std::set<std::string> known;
  for (const std::vector<std::string>& names : options.speakers) {
    known.insert(names.begin(), names.end());
  }
  for (const Store* store : stores) {
    auto listed = store->ListListedSpeakerNames();
    if (!listed) return std::unexpected(listed.error());
    for (std::string& name : *listed) {
      if (known.insert(name).second) options.speakers.push_back({std::move(name)});
    }
  }
  options.episodes_listing =
      [stores](const std::string& name) -> Result<std::vector<std::string>> {
    std::vector<std::string> slugs;
    for (const Store* store : stores) {
      auto listing = store->EpisodesListing(name);
      if (!listing) return std::unexpected(listing.error());
      slugs.insert(slugs.end(), listing->begin(), listing->end());
    }
    return slugs;
  };
  // The longest name first: where one speaker's name contains another's
  // ("Dwarkesh Patel", "Dwarkesh"), the question names the longer one.
  auto longest = [](const std::vector<std::string>& names) {
    std::size_t n = 0;
    for (const std::string& name : names) n = std::max(n, name.size());
    return n;
  };
  std::stable_sort(options.speakers.begin(), options.speakers.end(),
                   [&](const auto& a, const auto& b) { return longest(a) > longest(b); });
  options.tables = std::move(tables);
  options.in_index = [&searcher](std::string_view text) { return searcher.Occurs(text); };
  options.entity_in_index = [&searcher](std::string_view id) { return searcher.NamesEntity(id); };
  return options;
}

RankedQuery ToRankedQuery(const QuestionFacet& facet, const AnswerOptions& options) {
  RankedQuery query;
  query.filter = facet.FilterQuery();
  for (const RankTerm& term : facet.terms) {
    // The user's word, its lemma, its AI-table translations and lexicon
    // names are one concept; CC-CEDICT's less sure senses and the words of
    // a phrase alone rank apart, lower.
    // The other words for a limit the question asks about are a concept of
    // their own: in the question word's group their many occurrences would
    // lower its idf, and 到头 would weigh as much as the question's 撞墙.
    const std::string_view source = term.source;
    // A person's names search the claims that report them; when the person
    // is the subject, the filter already keeps what they said and the
    // episodes listing them, and a name alone must not count as their
    // saying something the question's words match (the fallback below).
    if (source == "person" && !facet.speaker_filter.empty()) continue;
    const bool sure = options.synonyms && source != "cc-cedict" && source != "part";
    std::string group = sure ? AsciiLower(term.from.empty() ? term.text : term.from) : "";
    if (sure && source == "limit") group = "limit:" + group;
    query.words.push_back({term.text, term.weight, std::move(group)});
  }
  for (const std::string& boost : facet.BoostQueries()) {
    const bool entity = boost.starts_with("model:") || boost.starts_with("benchmark:") ||
                        boost.starts_with("entity:");
    query.boosts.push_back({boost, options.boost_weight, entity && options.entities_retrieve});
  }
  query.title_weight = options.title_weight;
  query.feedback_docs = options.feedback_docs;
  query.feedback_weight = options.feedback_weight;
  query.bm25_k1 = options.bm25_k1;
  query.bm25_b = options.bm25_b;
  query.cjk_word_as_term = options.cjk_word_as_term;
  return query;
}

Result<std::vector<FacetHits>> RankAnswer(const Searcher& searcher, const QuestionPlan& plan,
                                          const AnswerOptions& options, const SummaryLinks& links) {
  std::vector<FacetHits> out;
  // In a comparison a claim that names both sides answers it best ("一半在
  // scaling、一半在 innovation" for "靠 scaling 还是创新"): the concepts
  // each side's claims are rewarded for mentioning are those of every side.
  QuestionFacet both;
  if (plan.comparison && options.compare_coordination) {
    for (const QuestionFacet& facet : plan.facets) {
      both.terms.insert(both.terms.end(), facet.terms.begin(), facet.terms.end());
    }
  }
  for (const QuestionFacet& facet : plan.facets) {
    FacetHits hits;
    hits.facet = facet;
    hits.query = ToRankedQuery(facet, options);
    SearchOptions search;
    search.limit = options.candidates;
    search.records = options.records;
    search.snippet_chars = 0;  // The answer prints whole claims: no snippets to make.
    // The candidates are ranked, not counted: Searcher::Tally counts.
    search.count_exactly_up_to = 0;
    auto result = searcher.Rank(hits.query, search);
    if (!result) return std::unexpected(result.error());
    if (result->hits.empty() && !facet.speaker_filter.empty()) {
      // The subject said nothing these words match: answer from everyone,
      // their claims still lifted, rather than with nothing.
      std::erase(hits.facet.filters, facet.speaker_filter);
      hits.facet.speaker_filter.clear();
      hits.query = ToRankedQuery(hits.facet, options);
      result = searcher.Rank(hits.query, search);
      if (!result) return std::unexpected(result.error());
    }
    hits.result = std::move(*result);
    if (hits.query.feedback_docs > 0) {
      // The answer's floor and tallies read the weights without feedback:
      // each hit's match weight is its weight in the same query without
      // the feedback words (0 when that query ranks it below the candidates).
      RankedQuery plain = hits.query;
      plain.feedback_docs = 0;
      auto base = searcher.Rank(plain, search);
      if (!base) return std::unexpected(base.error());
      std::map<std::string, double> weight_of;
      for (const SearchHit& hit : base->hits) weight_of[hit.claim_id] = hit.match_weight;
      for (SearchHit& hit : hits.result.hits) {
        auto it = weight_of.find(hit.claim_id);
        hit.match_weight = it == weight_of.end() ? 0 : it->second;
      }
    }
    if (options.coordination > 0) {
      RewardCoordination(both.terms.empty() ? facet : both, options.coordination, &hits.result);
    }
    std::set<std::string> pulled_ids;
    if (links && options.summary_share > 0 && options.summary_reach > 0) {
      auto shared = ShareWithSummaries(searcher, hits.query, links, options.summary_reach,
                                       options.summary_share, options.records, &hits.result);
      if (!shared) return std::unexpected(shared.error());
    }
    if (options.pulled_share > 0 && options.neighbour_reach > 0) {
      auto pulled =
          PullInNeighbours(searcher, hits.query, options.neighbour_reach, options.pulled_share,
                           options.records, &hits.result, &pulled_ids);
      if (!pulled) return std::unexpected(pulled.error());
    }
    if (options.neighbour_share > 0 || !pulled_ids.empty()) {
      ShareWithNeighbours(options.neighbour_share, options.pulled_share, options.neighbour_window,
                          options.neighbour_decay, pulled_ids, &hits.result);
    }
    out.push_back(std::move(hits));
  }
  return out;
}

namespace {

bool StatesNumber(const SearchHit& hit) {
  return std::any_of(hit.text.begin(), hit.text.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

}  // namespace

std::vector<const SearchHit*> AnsweringClaims(const FacetHits& hits, QuestionIntent intent) {
  // Membership is decided on Xapian's weights without feedback (match_weight,
  // see RankAnswer), the order by the re-ranked weights: feedback words lift
  // a few claims far above the rest and must not push the others out.
  const double floor = AnswerFloorWeight(hits);
  std::vector<const SearchHit*> answering;
  for (const SearchHit& hit : hits.result.hits) {
    if (floor > 0 && hit.match_weight < floor) continue;
    answering.push_back(&hit);
  }
  if (intent == QuestionIntent::kHowMuch) {
    // A lift, not a partition: over a hundred answering claims, a number far
    // down the list must not push the best matches out of the first fifty.
    // Each text is scanned once, not at every comparison.
    std::vector<std::pair<double, const SearchHit*>> lifted;
    lifted.reserve(answering.size());
    for (const SearchHit* hit : answering) {
      lifted.emplace_back(hit->weight * (StatesNumber(*hit) ? kNumberLift : 1.0), hit);
    }
    std::stable_sort(lifted.begin(), lifted.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; i < lifted.size(); ++i) answering[i] = lifted[i].second;
  }
  return answering;
}

ShownClaimList ShownClaims(const FacetHits& hits, QuestionIntent intent, int limit) {
  const std::size_t n = static_cast<std::size_t>(std::max(limit, 0));
  ShownClaimList shown;
  shown.claims = AnsweringClaims(hits, intent);
  if (shown.claims.size() > n) shown.claims.resize(n);
  shown.answering = shown.claims.size();
  // Then the weaker matches, in rank order, up to the limit: a reader who
  // asks for fifty claims gets fifty when the index has them, told apart.
  std::set<const SearchHit*> listed(shown.claims.begin(), shown.claims.end());
  for (const SearchHit& hit : hits.result.hits) {
    if (shown.claims.size() >= n) break;
    if (listed.count(&hit) == 0) shown.claims.push_back(&hit);
  }
  return shown;
}

void StanceTally::Add(Stance stance, int n) {
  switch (stance) {
    case Stance::kPositive:
      positive += n;
      break;
    case Stance::kNegative:
      negative += n;
      break;
    case Stance::kMixed:
      mixed += n;
      break;
    case Stance::kNeutral:
      neutral += n;
      break;
  }
}

Stance StanceTally::Leaning() const {
  if (positive > negative) return Stance::kPositive;
  if (negative > positive) return Stance::kNegative;
  if (positive > 0 || mixed > 0) return Stance::kMixed;
  return Stance::kNeutral;
}

std::vector<std::pair<std::string, StanceTally>> FacetAnswer::SpeakersByCount() const {
  std::vector<std::pair<std::string, StanceTally>> out(by_speaker.begin(), by_speaker.end());
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.second.Total() > b.second.Total();
  });
  return out;
}

std::map<Stance, std::vector<std::string>> FacetAnswer::Positions() const {
  std::map<Stance, std::vector<std::string>> out;
  for (const auto& [speaker, tally] : SpeakersByCount()) {
    out[tally.Leaning()].push_back(speaker);
  }
  return out;
}

double AnswerFloorWeight(const FacetHits& hits) {
  double top = 0;
  for (const SearchHit& hit : hits.result.hits) top = std::max(top, hit.match_weight);
  return kAnswerFloor * top;
}

FacetAnswer SummariseFacet(const FacetHits& hits, QuestionIntent intent, const MatchTally& tally,
                           const ClaimLookup& lookup, int limit) {
  FacetAnswer answer;
  answer.facet = hits.facet;
  answer.query = hits.query;
  answer.parsed = hits.result.parsed;
  for (const auto& [speaker, stances] : tally.by_speaker) {
    for (const auto& [name, n] : stances) {
      const Stance stance = StanceFromName(name).value_or(Stance::kNeutral);
      answer.tally.Add(stance, n);
      answer.by_speaker[speaker].Add(stance, n);
    }
  }
  answer.total = tally.total;
  std::map<std::string, std::size_t> group_of;
  const ShownClaimList shown = ShownClaims(hits, intent, limit);
  answer.answering_shown = shown.answering;
  for (const SearchHit* hit : shown.claims) {
    auto claim = lookup.Get(hit->claim_id);
    if (!claim) claim = hit->record;
    answer.best.push_back(*claim);
    if (answer.best.size() > shown.answering) continue;  // Weaker matches join no group.
    auto [it, added] = group_of.try_emplace(hit->speaker, answer.groups.size());
    if (added) answer.groups.push_back({hit->speaker, {}});
    answer.groups[it->second].second.push_back(std::move(*claim));
  }
  return answer;
}

std::vector<std::string> MergedRanking(const std::vector<std::vector<std::string>>& lists) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (std::size_t rank = 0;; ++rank) {
    bool any = false;
    for (const std::vector<std::string>& list : lists) {
      if (rank >= list.size()) continue;
      any = true;
      if (seen.insert(list[rank]).second) out.push_back(list[rank]);
    }
    if (!any) break;
  }
  return out;
}

std::vector<std::string> MergedRanking(const std::vector<FacetHits>& facets) {
  std::vector<std::vector<std::string>> lists;
  for (const FacetHits& facet : facets) {
    lists.emplace_back();
    for (const SearchHit& hit : facet.result.hits) lists.back().push_back(hit.claim_id);
  }
  return MergedRanking(lists);
}

std::vector<std::string> ShownRanking(const std::vector<FacetHits>& facets, QuestionIntent intent,
                                      int limit) {
  std::vector<std::vector<std::string>> lists;
  for (const FacetHits& facet : facets) {
    lists.emplace_back();
    for (const SearchHit* hit : ShownClaims(facet, intent, limit).claims) {
      lists.back().push_back(hit->claim_id);
    }
  }
  return MergedRanking(lists);
}

}  // namespace claimkb
