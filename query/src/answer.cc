#include "claimkb/query/answer.h"
#include "claimkb/query/speaker_directory.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace claimkb {

namespace {

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
// hits (same episode, ordinal ±1), then re-sorts: a claim whose neighbours
// answer the question probably belongs to the same exchange.
void ShareWithNeighbours(double share, SearchResult* result) {
  std::map<std::pair<std::string, long>, double> weight_of;
  for (const SearchHit& hit : result->hits) {
    weight_of[{hit.episode_slug, Ordinal(hit.claim_id)}] = hit.weight;
  }
  for (SearchHit& hit : result->hits) {
    const long ordinal = Ordinal(hit.claim_id);
    if (ordinal < 0) continue;
    double best = 0;
    for (long near : {ordinal - 1, ordinal + 1}) {
      auto it = weight_of.find({hit.episode_slug, near});
      if (it != weight_of.end()) best = std::max(best, it->second);
    }
    hit.weight += share * best;
  }
  std::stable_sort(result->hits.begin(), result->hits.end(),
                   [](const SearchHit& a, const SearchHit& b) { return a.weight > b.weight; });
  for (std::size_t i = 0; i < result->hits.size(); ++i)
    result->hits[i].rank = static_cast<int>(i) + 1;
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Multiplies each hit's weight by 1 + share × (concepts it mentions − 1):
// a claim that says several of the question's things beats one that says
// one of them many times. A concept is a question word with its expansions;
// it is mentioned when one of its texts occurs in the claim.
void RewardCoordination(const QuestionFacet& facet, double share, SearchResult* result) {
  std::map<std::string, std::vector<std::string>> concepts;
  for (const RankTerm& term : facet.terms) {
    concepts[Lower(term.from.empty() ? term.text : term.from)].push_back(Lower(term.text));
  }
  for (SearchHit& hit : result->hits) {
    const std::string text = Lower(hit.text);
    int mentioned = 0;
    for (const auto& [root, texts] : concepts) {
      mentioned += std::any_of(texts.begin(), texts.end(), [&](const std::string& t) {
        return text.find(t) != std::string::npos;
      });
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
  // Every name of one person finds the person: each stored speaker of an
  // identity comes first in its own list (the index knows claims by it),
  // followed by all the identity's names.
  auto identities = ListSpeakerIdentities(stores);
  if (!identities) return std::unexpected(identities.error());
  for (const SpeakerIdentity& identity : *identities) {
    for (const IdentityMember& member : identity.members) {
      if (!member.episode.empty()) continue;  // A role label names nobody in a question.
      std::vector<std::string> names = {member.name};
      for (const std::string& name : identity.names) {
        if (name != member.name) names.push_back(name);
      }
      options.speakers.push_back(std::move(names));
    }
  }
  options.tables = std::move(tables);
  options.in_index = [&searcher](std::string_view text) { return searcher.Occurs(text); };
  return options;
}

RankedQuery ToRankedQuery(const QuestionFacet& facet, const AnswerOptions& options) {
  RankedQuery query;
  query.filter = facet.FilterQuery();
  for (const RankTerm& term : facet.terms) query.words.push_back({term.text, term.weight});
  for (const std::string& boost : facet.BoostQueries()) {
    const bool entity = boost.starts_with("model:") || boost.starts_with("benchmark:") ||
                        boost.starts_with("entity:");
    query.boosts.push_back({boost, options.boost_weight, entity && options.entities_retrieve});
  }
  query.title_weight = options.title_weight;
  query.feedback_docs = options.feedback_docs;
  query.feedback_weight = options.feedback_weight;
  return query;
}

Result<std::vector<FacetHits>> RankAnswer(const Searcher& searcher, const QuestionPlan& plan,
                                          const AnswerOptions& options) {
  std::vector<FacetHits> out;
  for (const QuestionFacet& facet : plan.facets) {
    FacetHits hits;
    hits.facet = facet;
    hits.query = ToRankedQuery(facet, options);
    SearchOptions search;
    search.limit = options.candidates;
    search.records = options.records;
    search.snippet_chars = 0;  // The answer prints whole claims: no snippets to make.
    auto result = searcher.Rank(hits.query, search);
    if (!result) return std::unexpected(result.error());
    hits.result = std::move(*result);
    if (options.coordination > 0) RewardCoordination(facet, options.coordination, &hits.result);
    if (options.neighbour_share > 0) ShareWithNeighbours(options.neighbour_share, &hits.result);
    out.push_back(std::move(hits));
  }
  return out;
}

std::vector<const SearchHit*> AnsweringClaims(const FacetHits& hits, QuestionIntent intent) {
  std::vector<const SearchHit*> answering;
  const double top = hits.result.hits.empty() ? 0 : hits.result.hits.front().weight;
  for (const SearchHit& hit : hits.result.hits) {
    if (top > 0 && hit.weight < kAnswerFloor * top) break;
    answering.push_back(&hit);
  }
  if (intent == QuestionIntent::kHowMuch) {
    std::stable_partition(answering.begin(), answering.end(), [](const SearchHit* hit) {
      return std::any_of(hit->text.begin(), hit->text.end(),
                         [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    });
  }
  return answering;
}

std::vector<std::string> MergedRanking(const std::vector<FacetHits>& facets) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (std::size_t rank = 0;; ++rank) {
    bool any = false;
    for (const FacetHits& facet : facets) {
      if (rank >= facet.result.hits.size()) continue;
      any = true;
      const std::string& id = facet.result.hits[rank].claim_id;
      if (seen.insert(id).second) out.push_back(id);
    }
    if (!any) break;
  }
  return out;
}

}  // namespace claimkb
