#include "claimkb/query/contradictions.h"
#include "claimkb/query/belief_conditional.h"
#include "claimkb/query/limit_verdict.h"
#include "claimkb/query/narration.h"
#include "claimkb/query/pair_opposition.h"
#include "claimkb/query/shared_aspect.h"
#include "claimkb/query/speaker_directory.h"
#include "target_chunks.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cctype>
#include <cstdint>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace claimkb {
namespace {

// A claim's standing as evidence: reported and guessed views oppose less
// firmly than a speaker's own judgement, and the editor's summary is one
// step removed from the speaker it summarises.
template <class C>
double ClaimWeight(const C& claim) {
  double weight = 1.0;
  switch (claim.claim.modality) {
    case Modality::kOpinion:
    case Modality::kFirsthand:
      break;
    case Modality::kReported:
      weight *= 0.8;
      break;
    case Modality::kSpeculative:
      weight *= 0.7;
      break;
  }
  if (claim.claim.by_editor) weight *= 0.7;
  return weight;
}

// A claim that tells a story weighs this much of one that judges: the stance
// read from it is mostly the tone of the events (narration.h).
constexpr double kNarrationWeight = 0.4;

// A claim whose entity is an object, a modifier or a circumstance of what it
// judges ("执行 scaling law 更彻底") weighs this much of one that judges the
// entity: the stance read toward it is the stance toward something else.
constexpr double kNotHeadWeight = 0.3;

// A pair tied only by a topic, only by a technique that spans the field, or
// two editors' summary lines, that shares no content word beyond the target's
// names weighs this much (shared_aspect.h):
// such pairs mostly judge two different things filed under one heading.
constexpr double kNoSharedAspectWeight = 0.5;

// An entity guessed for a claim's elided subject, with no plural pronoun to
// stand for it, weighs this much more on top of 0.5 for being taken from
// context (docs/decisions.md, "Inherited targets, disclaimers and state
// changes").
constexpr double kGuessedSubjectWeight = 0.4;

// A pair short of strong evidence (see `strong` in FindContradictions)
// weighs this much, once, on top of the factor each of its weaknesses has
// (0.3–0.8): every strong pair of like score ranks above it. 0.25 left a
// weak pair of a held position at a high base (entity × topic) above the
// tail of the strong ones in the corpus list; 0.15 did not, and changed no
// recall (docs/decisions.md, "Strong evidence first").
constexpr double kWeakEvidenceWeight = 0.15;

// A weak pair with a sign of two propositions or of a claim that is no
// verdict weighs this much on top of kWeakEvidenceWeight; a weak pair whose
// one weakness is a topic alone on one proposition does not (see the use in
// FindContradictions).
constexpr double kThinEvidenceWeight = 0.3;

double DirectnessBase(Directness directness) {
  switch (directness) {
    case Directness::kEntityTopic:
      return 4;
    case Directness::kEntity:
      return 3;
    case Directness::kTopic:
      return 2;
    case Directness::kSameEpisodeTopic:
      return 1.5;
  }
  return 0;
}

// One conversation: the same episode, or two sources of it (a digest and its
// cleaned transcript are stored as two episodes with one URL).
template <class C>
bool SameConversation(const C& a, const C& b) {
  return EpisodeSlug(a) == EpisodeSlug(b) ||
         (!EpisodeUrl(a).empty() && EpisodeUrl(a) == EpisodeUrl(b));
}

// Whether the claim judges a company alongside: "DeepMind 最强的是强化学习"
// weighs DeepMind's strengths, and the technique named with it is theirs.
// (A company's model or product, "OpenAI 的 Codex 很好用", is judged as
// itself: the factor applies to techniques only.)
template <class ClaimText>
bool JudgesOrg(const ClaimText& claim) {
  return std::any_of(claim.entities.begin(), claim.entities.end(), [](const EntityMention& m) {
    return m.kind == EntityKind::kOrg &&
           (m.stance == Stance::kPositive || m.stance == Stance::kNegative);
  });
}

// A claim that names this many distinct models or products or more surveys
// them ("Grok Code Fast 1 领先于 Gemini 2.5 Pro/Flash，……DeepSeek R1 与 Qwen3
// 也处于头部"): the stance read toward each is the tone of the survey.
// Techniques are not counted: a view of a method names its neighbours
// ("预训练的单一路线正在失去解释力，要靠研究重新解决泛化、价值函数、持续学习").
constexpr std::size_t kManyNames = 4;

template <class ClaimText>
bool NamesMany(const ClaimText& claim) {
  std::vector<std::string_view> named;
  for (const EntityMention& mention : claim.entities) {
    if (mention.inferred ||
        (mention.kind != EntityKind::kModel && mention.kind != EntityKind::kProduct)) {
      continue;
    }
    if (std::find(named.begin(), named.end(), mention.entity_id) == named.end()) {
      named.push_back(mention.entity_id);
    }
  }
  return named.size() >= kManyNames;
}

// Whether the lexicon files technique `id` under no topic: the class every
// system of the field belongs to (large language models), not one method.
bool SpansTheField(const Lexicon* lexicon, const std::string& id) {
  const LexiconEntry* entry = lexicon ? lexicon->Find(id) : nullptr;
  return entry != nullptr && entry->topics.empty();
}

// Whether the claim names, in its own words, an entity a company owns or
// practises and judges that company too: "预训练现在已经进入了Google的舒适区"
// (Google's standing), "DeepMind 最强的是强化学习" (DeepMind's strength).
template <class ClaimText>
bool JudgesNamedOrg(const ClaimText& claim) {
  return std::any_of(claim.entities.begin(), claim.entities.end(), [](const EntityMention& m) {
    return m.kind == EntityKind::kOrg && !m.inferred &&
           (m.stance == Stance::kPositive || m.stance == Stance::kNegative);
  });
}

// Whether two claims both name, in their own words, an entity other than
// `target`: the other side of a comparison one of them makes ("A 比 B 强"
// against "B 比 A 强" compare the same two things).
template <class ClaimText>
bool NameAnotherInCommon(const ClaimText& a, const ClaimText& b, const std::string& target) {
  for (const EntityMention& x : a.entities) {
    if (x.inferred || x.entity_id == target) continue;
    for (const EntityMention& y : b.entities) {
      if (!y.inferred && y.entity_id == x.entity_id) return true;
    }
  }
  return false;
}

// Whether `clause` (ASCII folded) holds the topic's id, name, an alias or a
// cue of it.
bool ClauseNamesTopic(std::string_view clause, const std::string& topic_id,
                      const Lexicon* lexicon) {
  if (clause.empty() || topic_id.empty()) return false;
  auto holds = [&](std::string_view name) {
    if (name.empty() || name == "-") return false;
    std::string folded(name);
    for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return clause.find(folded) != std::string_view::npos;
  };
  if (holds(topic_id)) return true;
  const LexiconEntry* entry = lexicon ? lexicon->Find(topic_id) : nullptr;
  if (entry == nullptr) return false;
  if (holds(entry->name)) return true;
  return std::any_of(entry->aliases.begin(), entry->aliases.end(), holds) ||
         std::any_of(entry->cues.begin(), entry->cues.end(), holds);
}

// How many of a claim's content units (sorted) are not the target's names.
std::size_t OwnUnits(const std::vector<std::uint64_t>& units,
                     const std::vector<std::uint64_t>& names) {
  return static_cast<std::size_t>(std::count_if(units.begin(), units.end(), [&](std::uint64_t u) {
    return !std::binary_search(names.begin(), names.end(), u);
  }));
}

bool IsActor(EntityKind kind) { return kind == EntityKind::kOrg || kind == EntityKind::kPerson; }

// Whether claims `a` and `b` may oppose each other at all, and whether the
// pair is one speaker changing their mind.
template <class C>
std::optional<bool> PairKind(const C& a, const C& b) {
  const bool same_episode = SameConversation(a, b);
  if (a.claim.by_editor || b.claim.by_editor) {
    // The editor's summary restates the episode's speakers; only another
    // episode can disagree with it.
    if (same_episode) return std::nullopt;
    return false;
  }
  if (a.speaker_name != b.speaker_name) return false;
  // One speaker: aspects of one view unless said on two different dates.
  if (EpisodeDate(a).empty() || EpisodeDate(b).empty() || EpisodeDate(a) == EpisodeDate(b)) {
    return std::nullopt;
  }
  return true;
}

// Days from one YYYY-MM-DD date to another; nullopt when either is not one.
std::optional<int> DaysBetween(std::string_view from, std::string_view to) {
  auto parse = [](std::string_view date) -> std::optional<std::chrono::sys_days> {
    int y = 0;
    unsigned m = 0, d = 0;
    if (date.size() < 10 ||
        std::sscanf(std::string(date.substr(0, 10)).c_str(), "%d-%u-%u", &y, &m, &d) != 3) {
      return std::nullopt;
    }
    const std::chrono::year_month_day day{std::chrono::year{y}, std::chrono::month{m},
                                          std::chrono::day{d}};
    if (!day.ok()) return std::nullopt;
    return std::chrono::sys_days{day};
  };
  const auto a = parse(from);
  const auto b = parse(to);
  if (!a || !b) return std::nullopt;
  return static_cast<int>((*b - *a).count());
}

// A change of mind takes time: one speaker's two opposite readings within
// this many days are more often two aspects of one view (an interview and a
// livestream a week apart) than a view given up, so they weigh half.
constexpr int kChangeOfMindDays = 180;

// With ContradictionQuery::max_partners_per_claim, a claim looks at no more
// than this many of the best claims of the other stance: enough to pass over
// its own speaker's claims and the editor's, and a bound when one speaker
// holds most of a target.
constexpr std::size_t kMaxPartnerWalk = 64;

template <class C>
bool Before(const C& a, const C& b) {
  using Key = std::tuple<bool, const std::string&, const std::string&>;
  return Key(EpisodeDate(a).empty(), EpisodeDate(a), a.id) <
         Key(EpisodeDate(b).empty(), EpisodeDate(b), b.id);
}

}  // namespace

const char* DirectnessName(Directness directness) {
  switch (directness) {
    case Directness::kEntityTopic:
      return "entity-topic";
    case Directness::kEntity:
      return "entity";
    case Directness::kTopic:
      return "topic";
    case Directness::kSameEpisodeTopic:
      return "same-episode-topic";
  }
  return "";
}

namespace {

// FindContradictions over whole claims, or the opposed pairs of the link
// step's compact ones (link_claim.h; to query.pair_sink only, as a
// LinkClaim is not what an entry shows).
template <class C>
std::vector<Contradiction> FindAmong(const std::vector<C>& claims, const ContradictionQuery& query,
                                     const Lexicon* lexicon) {
  // Every target, keyed so that claims on one target meet: key → (claim, target).
  struct Use {
    std::size_t claim;
    StanceTarget target;
  };
  std::map<std::string, std::pair<std::vector<Use>, std::vector<Use>>> by_key;  // (+, −)
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const C& claim = claims[i];
    // A claim nobody is named for (an unlabelled turn) has no side to take,
    // nor one that states a view it gives to others (narration.h).
    if (claim.speaker_name.empty()) continue;
    if (ReportsOthersView(claim.claim.text)) continue;
    // The editor's notes on the evidence ("属于前瞻推演", "未核实") judge the
    // evidence, not the target.
    if (claim.claim.by_editor && IsEvidenceCaveat(claim.claim.text)) continue;
    if (!query.since.empty() && (EpisodeDate(claim).empty() || EpisodeDate(claim) < query.since)) {
      continue;
    }
    for (StanceTarget& target : StanceTargets(claim.claim, lexicon)) {
      if (!query.about.empty() && !query.about.Matches(target)) continue;
      if (query.target_filter && !query.target_filter(target)) continue;
      if (query.use_filter && !query.use_filter(i, target)) continue;
      auto& sides = by_key[target.Key()];
      (target.stance == Stance::kPositive ? sides.first : sides.second)
          .push_back(Use{i, std::move(target)});
    }
  }

  // Each side (a speaker in an episode) as a number, and how consistently
  // it holds its stance on each target: (key, side) → (positive, negative)
  // counts. Numbers and views of by_key's keys, not copied strings: a chunk
  // of the largest topic has a hundred thousand claims.
  std::vector<std::uint32_t> side_number(claims.size(), 0);
  {
    std::unordered_map<std::string, std::uint32_t> numbered;
    for (std::size_t i = 0; i < claims.size(); ++i) {
      const auto [it, added] = numbered.try_emplace(
          claims[i].speaker_name + "\x1f" + EpisodeSlug(claims[i]),
          static_cast<std::uint32_t>(numbered.size()));
      side_number[i] = it->second;
    }
  }
  auto side_of = [&](const C& claim) {
    return side_number[static_cast<std::size_t>(&claim - claims.data())];
  };
  struct KeySideHash {
    std::size_t operator()(const std::pair<std::string_view, std::uint32_t>& k) const {
      return std::hash<std::string_view>{}(k.first) * 1000003u ^ k.second;
    }
  };
  std::unordered_map<std::pair<std::string_view, std::uint32_t>, std::pair<int, int>, KeySideHash>
      held;
  for (const auto& entry : by_key) {
    for (const Use& use : entry.second.first) ++held[{entry.first, side_of(claims[use.claim])}].first;
    for (const Use& use : entry.second.second) {
      ++held[{entry.first, side_of(claims[use.claim])}].second;
    }
  }
  // The share of the side's claims on the target that take this stance,
  // times 1 − 2^−n for the n claims that take it: a view stated once is
  // weaker evidence of a position than one the speaker returns to.
  auto consistency = [&](const std::string& key, const C& claim, bool positive) {
    const auto [for_count, against_count] = held[{key, side_of(claim)}];
    const int same = positive ? for_count : against_count;
    return static_cast<double>(same) / static_cast<double>(for_count + against_count) *
           (1.0 - std::pow(0.5, same));
  };

  // Which claims narrate rather than judge, worked out once per claim.
  std::vector<bool> narrated(claims.size(), false);
  std::vector<bool> against_words(claims.size(), false);
  std::vector<bool> attributed(claims.size(), false);
  std::vector<bool> aspect_named(claims.size(), false);  // shared_aspect.h
  std::vector<bool> cost(claims.size(), false);
  std::vector<bool> barrier(claims.size(), false);   // shared_aspect.h, SpeaksOfABarrier
  std::vector<bool> popular(claims.size(), false);   // shared_aspect.h, SpeaksOfPopularity
  std::vector<bool> remedies(claims.size(), false);  // narration.h, RemediesAProblem
  std::vector<bool> pronoun(claims.size(), false);   // narration.h, RefersByPronoun
  std::vector<bool> many(claims.size(), false);      // NamesMany
  std::vector<bool> judges_org(claims.size(), false);  // JudgesNamedOrg
  std::vector<LimitVerdict> limit(claims.size(), LimitVerdict::kNone);  // limit_verdict.h
  // The clause of each claim's verdict on a limit (empty when it has none).
  std::vector<std::string> limit_clause(claims.size());
  // The entities each claim argues are needed from their absence
  // (narration.h, ArguesFromAbsence); views of the claims' own ids.
  std::vector<std::vector<std::string_view>> needed_by_absence(claims.size());
  // Once per claim that takes a side, however many targets it has.
  std::vector<bool> seen(claims.size(), false);
  for (const auto& entry : by_key) {
    for (const auto* uses : {&entry.second.first, &entry.second.second}) {
      for (const Use& use : *uses) {
        if (seen[use.claim]) continue;
        seen[use.claim] = true;
        const C& claim = claims[use.claim];
        const std::string& text = claim.claim.text;
        narrated[use.claim] = IsNarration(text);
        against_words[use.claim] = ReadsAgainstItsWords(text) || DescribesRatherThanJudges(text) ||
                                   StatesAWish(text) || DeniesOnlyDistinction(text) ||
                                   StatesTwoSides(text) || ConditionsOnABelief(text) ||
                                   (claim.claim.by_editor && DescribesTheEpisode(text));
        attributed[use.claim] = AttributesView(text);
        aspect_named[use.claim] =
            NamesAnAspect(text) ||
            std::any_of(claim.claim.entities.begin(), claim.claim.entities.end(),
                        [&](const EntityMention& m) {
                          return !m.inferred && LabelsAFeature(text, m.surface);
                        });
        cost[use.claim] = SpeaksOfCost(text);
        barrier[use.claim] = SpeaksOfABarrier(text);
        popular[use.claim] = SpeaksOfPopularity(text);
        pronoun[use.claim] = RefersByPronoun(text);
        many[use.claim] = NamesMany(claim.claim);
        judges_org[use.claim] = JudgesNamedOrg(claim.claim);
        LimitStatement statement = ReadLimitStatement(text);
        limit[use.claim] = statement.verdict;
        limit_clause[use.claim] = std::move(statement.clause);
        remedies[use.claim] = RemediesAProblem(text) || ExplainedByAbility(text);
        for (const EntityMention& mention : claim.claim.entities) {
          if (ArguesFromAbsence(text, mention.surface)) {
            needed_by_absence[use.claim].push_back(mention.entity_id);
          }
        }
      }
    }
  }

  // The best shared target of each pair of claims. A pair is kept as indexes
  // into `claims` and `by_key` until it is known to lead or join an entry:
  // a store of 30,000 claims has millions of opposed pairs, and a
  // Contradiction copies both claims.
  struct Pair {
    std::uint32_t positive = 0;  // Index into claims.
    std::uint32_t negative = 0;
    const StanceTarget* target = nullptr;  // The positive use's target.
    bool direct = true;                    // Both uses' targets are direct.
    Directness directness = Directness::kTopic;
    bool change_of_mind = false;
    bool strong = false;
    // Weak only for a topic alone, on which the two give opposite verdicts
    // on one limit: listed with strong_only too.
    bool one_proposition = false;
    // False when the two claims show a sign that they do not oppose at all
    // (pair_opposition.h): with opposed_only such a pair leads no entry.
    bool opposed = true;
    double score = 0;
  };
  // The pairs found, each once, with where each unordered pair of claims
  // sits: the pairs themselves are the list that is sorted below, not a
  // copy of a map's values (a chunk of the largest topic has hundreds of
  // thousands of pairs).
  std::vector<Pair> pairs;
  std::unordered_map<std::uint64_t, std::uint32_t> pair_at;
  // The distinctive content units of each claim that takes a side
  // (shared_aspect.h), and of the current target's names (set per key).
  std::vector<std::vector<std::uint64_t>> units(claims.size());
  {
    std::vector<std::size_t> taking;
    for (const auto& entry : by_key) {
      for (const auto* uses : {&entry.second.first, &entry.second.second}) {
        for (const Use& use : *uses) taking.push_back(use.claim);
      }
    }
    std::sort(taking.begin(), taking.end());
    taking.erase(std::unique(taking.begin(), taking.end()), taking.end());
    std::vector<std::vector<std::uint64_t>> found(taking.size());
    for (std::size_t t = 0; t < taking.size(); ++t) {
      found[t] = ContentUnits(claims[taking[t]].claim.text);
    }
    KeepDistinctiveUnits(found);
    for (std::size_t t = 0; t < taking.size(); ++t) units[taking[t]] = std::move(found[t]);
  }
  std::vector<std::uint64_t> target_names;
  // The target's names: the entity's lexicon name and aliases and every
  // spelling the claims on it use, the topic's name, aliases and cues.
  auto TargetNames = [&](const StanceTarget& target, const std::vector<Use>& positives,
                         const std::vector<Use>& negatives) {
    std::vector<std::string> names;
    for (const std::string* id : {&target.entity_id, &target.topic_id}) {
      if (id->empty()) continue;
      names.push_back(*id);
      const LexiconEntry* entry = lexicon ? lexicon->Find(*id) : nullptr;
      if (!entry) continue;
      names.push_back(entry->name);
      names.insert(names.end(), entry->aliases.begin(), entry->aliases.end());
      names.insert(names.end(), entry->cues.begin(), entry->cues.end());
    }
    if (!target.entity_id.empty()) {
      for (const auto* uses : {&positives, &negatives}) {
        for (const Use& use : *uses) {
          for (const EntityMention& mention : claims[use.claim].claim.entities) {
            if (mention.entity_id == target.entity_id && !mention.surface.empty()) {
              names.push_back(mention.surface);
            }
          }
        }
      }
    }
    return NameUnits(names);
  };
  auto in_scope = [&](const C& claim) {
    const bool by_speaker = query.speaker_identity
                                ? query.speaker_identity->Matches(claim.speaker_name,
                                                                  EpisodeSlug(claim))
                                : claim.speaker_name == query.speaker;
    return (query.speaker.empty() || by_speaker) &&
           (query.episode.empty() || EpisodeSlug(claim) == query.episode) &&
           (query.fresh_episodes.empty() || query.fresh_episodes.contains(EpisodeSlug(claim)));
  };
  // A pair's score is its directness times one factor per claim (its
  // target's confidence, its weight as evidence, how consistently its side
  // holds that stance), so each claim's factor is worked out once.
  auto factor = [&](const std::string& key, const Use& use, bool positive) {
    if (query.stored_factor) {
      if (const std::optional<double> stored = query.stored_factor(use.claim, use.target)) {
        return *stored;
      }
    }
    const C& claim = claims[use.claim];
    double value = use.target.confidence * ClaimWeight(claim) * consistency(key, claim, positive);
    // An entity taken from the context is the claim's subject by guess; a
    // stance toward an entity that differs from the claim's own stance was
    // read from a part of a longer sentence.
    if (!use.target.entity_id.empty()) {
      if (!use.target.direct) value *= 0.8;
      if (!use.target.judged_head) value *= kNotHeadWeight;
      if (claim.claim.stance != (positive ? Stance::kPositive : Stance::kNegative)) value *= 0.8;
      // A technique judged with a company is the company's.
      if (use.target.entity_kind == EntityKind::kTechnique && JudgesOrg(claim.claim)) {
        value *= 0.5;
      }
    }
    if (narrated[use.claim]) value *= kNarrationWeight;
    if (against_words[use.claim]) value *= kNarrationWeight;
    return value;
  };
  // Whether the positive use argues its entity is needed from its absence.
  auto NeededByAbsence = [&](const Use& use) {
    const std::vector<std::string_view>& needed = needed_by_absence[use.claim];
    return !use.target.entity_id.empty() &&
           std::find(needed.begin(), needed.end(), use.target.entity_id) != needed.end();
  };
  auto consider = [&](const Use& positive, double positive_factor,
                      const Use& negative, double negative_factor) {
    const C& p = claims[positive.claim];
    const C& n = claims[negative.claim];
    if (positive.claim == negative.claim) return false;
    if (!in_scope(p) && !in_scope(n)) return false;
    const std::optional<bool> change_of_mind = PairKind(p, n);
    if (!change_of_mind) return false;
    Directness directness;
    const StanceTarget& target = positive.target;
    if (!target.entity_id.empty()) {
      directness = target.topic_id.empty() ? Directness::kEntity : Directness::kEntityTopic;
    } else if (positive.target.direct && negative.target.direct) {
      directness = Directness::kTopic;
    } else if (SameConversation(p, n)) {
      directness = Directness::kSameEpisodeTopic;
    } else if (limit[positive.claim] == LimitVerdict::kNotReached &&
               limit[negative.claim] == LimitVerdict::kReached &&
               (positive.target.direct ||
                ClauseNamesTopic(limit_clause[positive.claim], target.topic_id, lexicon)) &&
               (negative.target.direct ||
                ClauseNamesTopic(limit_clause[negative.claim], target.topic_id, lexicon))) {
      // Opposite verdicts on whether the topic has hit its limit ("我们还没
      // 撞墙" against "预训练的 scaling 已接近尾声", which judges pre-training
      // too) answer one question across two conversations (limit_verdict.h).
      // A claim that judges something else names the topic where it speaks
      // of the limit: "…进步停滞" in a line on benchmark scores is no verdict
      // on scaling.
      directness = Directness::kTopic;
    } else {
      return false;  // Each claim judges something else that touches the topic.
    }
    double score = DirectnessBase(directness) * positive_factor * negative_factor;
    // Two editors' summaries are no person's view on either side: a reader
    // compares people's positions, and a summary's stance is read from
    // chapter titles, table cells and condensed narration. A summary line
    // that gives its view to someone ("Amodei 认为……") states that person's.
    const bool two_summaries = p.claim.by_editor && n.claim.by_editor &&
                               !attributed[positive.claim] && !attributed[negative.claim];
    if (two_summaries) score *= 0.5;
    // One side denies that the thing has hit its limit and the other says it
    // has ("我们没看到“墙”" against "最终会走向算力与能源的极限"): opposite
    // verdicts on one proposition, whatever else each says (limit_verdict.h).
    const bool one_proposition = limit[positive.claim] == LimitVerdict::kNotReached &&
                                 limit[negative.claim] == LimitVerdict::kReached;
    bool score_halved_for_days = false;
    if (*change_of_mind) {
      const std::optional<int> days = DaysBetween(EpisodeDate(p), EpisodeDate(n));
      if (days && std::abs(*days) < kChangeOfMindDays) {
        score *= 0.5;
        score_halved_for_days = true;
      }
    }
    // Companies and people are mostly narrated (who hired whom, who shipped
    // what), and a sentence's tone about the story is read as a stance
    // toward them; models, benchmarks, products and techniques are what
    // speakers judge. In a story they are its actors, and no stance toward
    // them is read at all.
    if (IsActor(target.entity_kind)) {
      if (narrated[positive.claim] || narrated[negative.claim]) return false;
      score *= 0.5;
    }
    if (!target.entity_id.empty()) {
      // An entity taken from context is the pair's weakest link: 0.5 in all
      // (0.8 in the factor, which ranks a claim's partners, times 0.625).
      // Within one conversation too: an elided subject is guessed from the
      // turn ("而 GPU 的高毛利会限制…执行 scaling" given the model the turn
      // was about), and the line often judges something else.
      // A subject guessed for an elided one (no plural pronoun the extractor
      // resolved within the paragraph stands for it) weighs less again: in
      // the weak tier's head such guesses were the reject readers met most
      // ("而 GPU 的高毛利会限制…" given Gemini, "本页未做独立事件调查" given
      // Claude), ahead of the pairs they would accept.
      for (const Use* use : {&positive, &negative}) {
        if (use->target.direct) continue;
        score *= 0.625;
        if (!pronoun[use->claim]) score *= kGuessedSubjectWeight;
      }
    }
    // A topic alone is the loosest tie between two conversations ("产品",
    // "research"): what each claim judges under it is rarely the same
    // thing, so it ranks below two speakers answering each other on it.
    const bool topic_only =
        directness == Directness::kTopic || directness == Directness::kSameEpisodeTopic;
    if (topic_only && !one_proposition) score *= 0.5;
    // A topic alone, or two editors' lines (a view given to someone too),
    // and nothing else in common: two propositions filed under one heading,
    // not one proposition opposed.
    // A technique the lexicon files under no topic spans the field ("LLM"):
    // two claims on it ("LLM 在做设计时有一套有限的问题模式" against "语言模型跨过
    // 了那道门槛"; "LLM 易被预训练记忆分散注意力" against "大模型训练需要把庞大
    // 问题拆给不同团队", both under training) mostly judge two properties of
    // the whole class, whatever heading they share. A technique with topics
    // is one method (RL × rl); a model, product or benchmark is one thing,
    // judged as a whole ("Gemini 3 很能打").
    const bool class_only = !target.entity_id.empty() &&
                            target.entity_kind == EntityKind::kTechnique &&
                            SpansTheField(lexicon, target.entity_id);
    const bool needs_aspect = topic_only || class_only || (p.claim.by_editor && n.claim.by_editor);
    // Two claims that each name the aspect they judge ("X 在情节构造上更抓人",
    // "多跳与信息聚合上，X 仍达不到") need to share it too.
    const bool two_aspects = aspect_named[positive.claim] && aspect_named[negative.claim];
    const bool shares = one_proposition ||
                        ((needs_aspect || two_aspects || score_halved_for_days) &&
                         SharesAspect(units[positive.claim], units[negative.claim], target_names));
    if (needs_aspect && !shares) score *= kNoSharedAspectWeight;
    // One speaker's two readings within half a year that each say something
    // of their own (a content unit beyond the target's names) and
    // share none ("Scaling Law 指向悲观的未来" and, ten days later, "Scaling Law
    // 实用且有效") are two aspects of one view, not a view given up: they
    // weigh as a topic-only pair with nothing in common does. A bare verdict
    // ("X 很好": 好 alone makes no unit) names no aspect to differ in.
    if (score_halved_for_days && !needs_aspect && !shares &&
        OwnUnits(units[positive.claim], target_names) > 0 &&
        OwnUnits(units[negative.claim], target_names) > 0) {
      score *= kNoSharedAspectWeight;
    }
    // For strong evidence a shared aspect is needed by a topic alone, the
    // field's class, two unattributed summary lines and two named aspects;
    // an editor's line that gives its view to someone ("Amodei 认为……") is
    // that person's view, as a speaker's is.
    const bool shares_aspect =
        shares || !(topic_only || class_only || two_summaries || two_aspects);
    // Strong evidence: each claim names the entity where its clause judges it
    // (not by a pronoun the extractor resolved from the line before: "今天不
    // 做，因为它们 just don't work" after "让 Claude/Codex 做员工工作" judges
    // agents as employees, and readers rejected every such pair against praise
    // of the product), and is a verdict of its own (no story, image, hope or two-sided line),
    // on a named model, product, benchmark or technique rather than a heading
    // or a company or person (the actors of stories); sharing an aspect where
    // one is needed (above) and both or neither speaking of cost ("X 极其昂贵"
    // against "X 在变强" weighs price against capability), and of what stands
    // in the way of progress ("X 并非根本障碍" weighs how much X is needed,
    // not how good it is), and of how widely it is used ("需求巨大" against
    // "把错误隐藏起来" weighs demand against quality); a criticism read
    // from a claim that remedies a shortfall ("弥补了…的不足") or explains
    // itself by what the thing can do ("难演示，因为它能…") is suspect; a
    // necessity ("没有 X 的 RL 是死胡同") says the thing is needed, which no
    // criticism of it denies; a claim naming four or more models or products
    // is a survey whose tone is no verdict on each; one speaker's change of mind is
    // strong only over half a year. Any other pair ranks below every
    // strong one of like score: each weakness is where the readers of the
    // top lists rejected pairs, and pairs with one ranked no better than
    // pairs with several.
    // A technique judged beside a company is the company's standing in it
    // ("进入了Google的舒适区"), not a verdict on the method. The compared side
    // of a comparison ("护城河是比基础模型扩张更快") is judged only relative to
    // the other side: it opposes another comparison of the same two things,
    // not a verdict on it alone.
    const bool company_standing =
        target.entity_kind == EntityKind::kTechnique &&
        (judges_org[positive.claim] || judges_org[negative.claim]);
    const bool relative_only =
        (positive.target.compared || negative.target.compared) &&
        !NameAnotherInCommon(p.claim, n.claim, target.entity_id);
    // One claim weighs cost, a barrier or popularity and the other does not:
    // two aspects of one target (no strong evidence; a sign of no opposition).
    const bool dimensions_differ = cost[positive.claim] != cost[negative.claim] ||
                                   barrier[positive.claim] != barrier[negative.claim] ||
                                   popular[positive.claim] != popular[negative.claim];
    const bool strong_but_topic =
        !IsActor(target.entity_kind) && !company_standing && !relative_only &&
        positive.target.judged_head && negative.target.judged_head && !narrated[positive.claim] &&
        !narrated[negative.claim] && !against_words[positive.claim] &&
        !against_words[negative.claim] && !(*change_of_mind && score_halved_for_days) &&
        shares_aspect && !dimensions_differ && !remedies[negative.claim] &&
        !NeededByAbsence(positive) && !many[positive.claim] && !many[negative.claim];
    const bool strong =
        !topic_only && positive.target.direct && negative.target.direct && strong_but_topic;
    if (!strong) score *= kWeakEvidenceWeight;
    // A weak pair whose one weakness is a topic alone, where the two claims
    // give opposite verdicts on one proposition ("我们没看到“墙”" against
    // "最终会走向算力与能源的极限"), is evidence of a kind, not a sign of two
    // propositions; any other weakness is such a sign, or of a claim that is
    // no verdict. (A topic judged beside an entity is indirect; the pair on a
    // limit already needs the limit's clause to name the topic, above.)
    // In the top lists of both folders the weak pairs readers
    // accepted were all of the first kind, and the second kind's head all
    // rejects, yet a weak reject at a high base (price against capability at
    // entity × topic, 4) ranked above strong accepts and above the first kind
    // (docs/decisions.md, "Weak pairs on one proposition first").
    const bool limit_answered = !strong && topic_only && one_proposition && strong_but_topic;
    if (!strong && !limit_answered) score *= kThinEvidenceWeight;
    // The lists read it (the default to rank, `opposed_only` to drop); the
    // link step's sink does not, so it does not pay for the signs' unit
    // comparisons on every pair.
    const bool opposed =
        query.pair_sink || query.strong_only || strong || limit_answered ||
        !NotOpposed(PairSigns{
            topic_only || class_only, one_proposition,
            SharesAspect(units[positive.claim], units[negative.claim], target_names),
            OwnUnits(units[positive.claim], target_names) > 0,
            OwnUnits(units[negative.claim], target_names) > 0, dimensions_differ,
            positive.target.judged_head && negative.target.judged_head,
            !target.entity_id.empty() && ((!positive.target.direct && !pronoun[positive.claim]) ||
                                          (!negative.target.direct && !pronoun[negative.claim])),
            IsActor(target.entity_kind)});
    const std::size_t low = std::min(positive.claim, negative.claim);
    const std::size_t high = std::max(positive.claim, negative.claim);
    const std::uint64_t pair_key = (static_cast<std::uint64_t>(low) << 32) | high;
    const Pair found{static_cast<std::uint32_t>(positive.claim),
                     static_cast<std::uint32_t>(negative.claim),
                     &positive.target,
                     positive.target.direct && negative.target.direct,
                     directness,
                     *change_of_mind,
                     strong,
                     limit_answered,
                     opposed,
                     score};
    const auto [it, added] =
        pair_at.try_emplace(pair_key, static_cast<std::uint32_t>(pairs.size()));
    if (added) {
      pairs.push_back(found);
    } else if (pairs[it->second].score < score) {
      pairs[it->second] = found;
    }
    return true;
  };
  const auto partners = static_cast<std::size_t>(std::max(0, query.max_partners_per_claim));
  for (const auto& entry : by_key) {
    const std::string& key = entry.first;
    const auto& [positives, negatives] = entry.second;
    target_names = TargetNames(entry.second.first.empty() ? entry.second.second.front().target
                                                           : entry.second.first.front().target,
                               positives, negatives);
    // (factor, index into the uses), best first, ties by claim id.
    auto ranked = [&](const std::vector<Use>& uses, bool positive) {
      std::vector<std::pair<double, std::size_t>> order;
      order.reserve(uses.size());
      for (std::size_t u = 0; u < uses.size(); ++u) {
        order.emplace_back(factor(key, uses[u], positive), u);
      }
      std::sort(order.begin(), order.end(), [&](const auto& x, const auto& y) {
        if (x.first != y.first) return x.first > y.first;
        return claims[uses[x.second].claim].id < claims[uses[y.second].claim].id;
      });
      return order;
    };
    const auto plus = ranked(positives, true);
    const auto minus = ranked(negatives, false);
    if (query.factor_sink) {
      for (const auto& [pf, p] : plus) query.factor_sink(positives[p].claim, key, true, pf);
      for (const auto& [nf, n] : minus) query.factor_sink(negatives[n].claim, key, false, nf);
    }
    if (partners == 0 || plus.size() * minus.size() <= query.exact_pairs_up_to) {
      for (const auto& [pf, p] : plus) {
        for (const auto& [nf, n] : minus) consider(positives[p], pf, negatives[n], nf);
      }
      continue;
    }
    // Bounded: each claim in scope meets the best few claims of the other
    // stance that may oppose it, looking at no more than kMaxPartnerWalk of
    // them. Claims out of scope do not look: after a write only the new
    // claims choose, so each write adds edges in proportion to what it added.
    for (const auto& [pf, p] : plus) {
      if (!in_scope(claims[positives[p].claim])) continue;
      std::size_t taken = 0, visited = 0;
      for (const auto& [nf, n] : minus) {
        if (taken == partners || ++visited > kMaxPartnerWalk) break;
        if (consider(positives[p], pf, negatives[n], nf)) ++taken;
      }
    }
    for (const auto& [nf, n] : minus) {
      if (!in_scope(claims[negatives[n].claim])) continue;
      std::size_t taken = 0, visited = 0;
      for (const auto& [pf, p] : plus) {
        if (taken == partners || ++visited > kMaxPartnerWalk) break;
        if (consider(positives[p], pf, negatives[n], nf)) ++taken;
      }
    }
  }

  // The earlier claim of a pair (by episode date, then id) comes first.
  auto first_of = [&](const Pair& pair) -> std::pair<std::uint32_t, std::uint32_t> {
    return Before(claims[pair.positive], claims[pair.negative])
               ? std::pair(pair.positive, pair.negative)
               : std::pair(pair.negative, pair.positive);
  };
  // Their memory back before the sort and the entries (or the sink's edges).
  pair_at = {};
  units = {};
  limit_clause = {};
  needed_by_absence = {};
  auto better = [&](const Pair& a, const Pair& b) {
    if (a.score != b.score) return a.score > b.score;
    const auto [a1, a2] = first_of(a);
    const auto [b1, b2] = first_of(b);
    return std::tie(claims[a1].id, claims[a2].id) < std::tie(claims[b1].id, claims[b2].id);
  };
  auto sides_of = [&](const Pair& pair) {
    const auto [first, second] = first_of(pair);
    std::uint32_t a = side_of(claims[first]);
    std::uint32_t b = side_of(claims[second]);
    if (b < a) std::swap(a, b);
    return (static_cast<std::uint64_t>(a) << 32) | b;
  };
  // With strong_only, only two sides with a strong pair make an entry, led
  // by their best strong pair; their weak pairs are still listed under it
  // (more evidence of one disagreement). Strong pairs sort first, so that
  // each entry is made by its lead. Two sides that answer whether a topic
  // has hit its limit both ways, weak only for the topic alone, follow: with
  // conditionals on a belief and diminishing returns no longer read as
  // verdicts, those readers accepted every one (docs/decisions.md,
  // "Conditionals and diminishing returns").
  // With opposed_only, a pair whose claims do not oppose is listed only as
  // more evidence under an entry that a pair which does leads: two sides
  // with nothing but such pairs make no entry (docs/decisions.md, "Pairs
  // that do not oppose").
  if (query.opposed_only) {
    std::unordered_set<std::uint64_t> opposed_sides;
    for (const Pair& pair : pairs) {
      if (pair.opposed) opposed_sides.insert(sides_of(pair));
    }
    std::erase_if(pairs, [&](const Pair& pair) {
      return !pair.opposed && !opposed_sides.contains(sides_of(pair));
    });
  }
  std::unordered_set<std::uint64_t> strong_sides;
  if (query.strong_only) {
    for (const Pair& pair : pairs) {
      if (pair.strong || pair.one_proposition) strong_sides.insert(sides_of(pair));
    }
    std::erase_if(pairs, [&](const Pair& pair) { return !strong_sides.contains(sides_of(pair)); });
    std::sort(pairs.begin(), pairs.end(), [&](const Pair& a, const Pair& b) {
      if (a.strong != b.strong) return a.strong;
      return better(a, b);
    });
  } else {
    // Pairs that oppose lead the entries, and any two sides one of whose
    // pairs opposes are led by it; the rest follow, led by their best pair
    // (with opposed_only they only join entries as evidence). So the top of
    // the default list is the list `--opposed` gives, and every pair is
    // still found below it (docs/decisions.md, "One list: pairs that
    // oppose first").
    std::sort(pairs.begin(), pairs.end(), [&](const Pair& a, const Pair& b) {
      if (a.opposed != b.opposed) return a.opposed;
      return better(a, b);
    });
  }
  // One entry per two sides, led by their best pair.
  std::vector<Contradiction> found;
  constexpr std::size_t kNoEntry = std::numeric_limits<std::size_t>::max();
  std::unordered_map<std::uint64_t, std::size_t> entry_of;  // Unordered pair of sides → entry.
  const auto pair_cap = static_cast<std::size_t>(std::max(0, query.max_pairs_per_entry));
  for (const Pair& pair : pairs) {
    const auto [first, second] = first_of(pair);
    const std::uint64_t sides = sides_of(pair);
    if (query.pair_sink) {
      // Only the count of each entry's pairs is kept.
      std::size_t& listed = entry_of[sides];
      if (pair_cap > 0 && listed >= pair_cap) continue;
      ++listed;
      query.pair_sink(
          OpposedPair{claims[first].id, claims[second].id, pair.target->Label(), pair.score});
      continue;
    }
    if constexpr (std::is_same_v<C, StoredClaim>) {
      // Entries come in the order of their best pair, so once `limit` exist a
      // new one can only rank below them: it is remembered, not built (an
      // entry copies two claims, and a large store has 150,000 entries).
      const bool room =
          query.limit <= 0 || found.size() < static_cast<std::size_t>(query.limit);
      auto [it, added] = entry_of.try_emplace(sides, room ? found.size() : kNoEntry);
      if (it->second == kNoEntry) continue;
      if (added) {
        Contradiction lead;
        const bool positive_first = first == pair.positive;
        lead.first = claims[first];
        lead.second = claims[second];
        lead.first_stance = positive_first ? Stance::kPositive : Stance::kNegative;
        lead.second_stance = positive_first ? Stance::kNegative : Stance::kPositive;
        lead.target = *pair.target;
        lead.target.stance = lead.first_stance;
        lead.target.direct = pair.direct;
        lead.directness = pair.directness;
        lead.change_of_mind = pair.change_of_mind;
        lead.strong_evidence = pair.strong;
        lead.opposed = pair.opposed;
        lead.score = pair.score;
        found.push_back(std::move(lead));
      }
      std::vector<OpposedPair>& evidence = found[it->second].pairs;
      if (pair_cap > 0 && evidence.size() >= pair_cap) continue;
      evidence.push_back(
          OpposedPair{claims[first].id, claims[second].id, pair.target->Label(), pair.score});
    }
  }
  return found;
}

}  // namespace

std::vector<Contradiction> FindContradictions(const std::vector<StoredClaim>& claims,
                                              const ContradictionQuery& query,
                                              const Lexicon* lexicon) {
  return FindAmong(claims, query, lexicon);
}

void FindOpposedPairs(const std::vector<LinkClaim>& claims, const ContradictionQuery& query,
                      const Lexicon* lexicon) {
  FindAmong(claims, query, lexicon);
}

namespace {

// Whether entry `a` ranks above `b` as one pass over all the claims would
// rank them: an entry led by a pair that opposes first, then the higher
// score.
bool LeadsBefore(const Contradiction& a, const Contradiction& b) {
  if (a.opposed != b.opposed) return a.opposed;
  return a.score > b.score;
}

// The two sides of an entry, in a fixed order: the key entries of several
// chunks merge on.
std::pair<std::string, std::string> SidesOf(const Contradiction& entry) {
  std::string a = entry.first.speaker_name + "\x1f" + entry.first.episode_slug;
  std::string b = entry.second.speaker_name + "\x1f" + entry.second.episode_slug;
  if (b < a) std::swap(a, b);
  return {std::move(a), std::move(b)};
}

// Entries found chunk by chunk, merged into the list one pass over all the
// claims would rank: an entry's lead is its best pair in any chunk, and
// within each chunk the entries that lead the whole list are among that
// chunk's first `limit`, so each chunk need build no more.
Result<std::vector<Contradiction>> FindInChunks(const std::vector<const Store*>& stores,
                                                const ContradictionQuery& query,
                                                const std::vector<internal::TargetChunk>& chunks,
                                                const Lexicon* lexicon) {
  std::map<std::pair<std::string, std::string>, Contradiction> merged;
  for (const internal::TargetChunk& chunk : chunks) {
    std::vector<StoredClaim> claims;
    for (const Store* store : stores) {
      auto some = chunk.Claims(*store);
      if (!some) return std::unexpected(some.error());
      claims.insert(claims.end(), std::make_move_iterator(some->begin()),
                    std::make_move_iterator(some->end()));
    }
    ContradictionQuery part = query;
    part.target_filter = [&chunk, &query](const StanceTarget& target) {
      return chunk.Holds(target) && (!query.target_filter || query.target_filter(target));
    };
    for (Contradiction& entry : FindContradictions(claims, part, lexicon)) {
      auto [it, added] = merged.try_emplace(SidesOf(entry), entry);
      if (added) continue;
      Contradiction& kept = it->second;
      std::vector<OpposedPair> pairs = std::move(kept.pairs);
      pairs.insert(pairs.end(), entry.pairs.begin(), entry.pairs.end());
      if (LeadsBefore(entry, kept)) kept = std::move(entry);
      kept.pairs = std::move(pairs);
    }
  }
  std::vector<Contradiction> found;
  found.reserve(merged.size());
  for (auto& [sides, entry] : merged) {
    // Best first, the lead first of all: with strong_only a weak pair of the
    // same two sides may score above the strong pair that leads them.
    auto leads = [&entry](const OpposedPair& pair) {
      return pair.first_id == entry.first.id && pair.second_id == entry.second.id;
    };
    std::stable_sort(entry.pairs.begin(), entry.pairs.end(),
                     [&](const OpposedPair& a, const OpposedPair& b) {
                       if (leads(a) != leads(b)) return leads(a);
                       return a.score > b.score;
                     });
    if (query.max_pairs_per_entry > 0 &&
        entry.pairs.size() > static_cast<std::size_t>(query.max_pairs_per_entry)) {
      entry.pairs.resize(static_cast<std::size_t>(query.max_pairs_per_entry));
    }
    found.push_back(std::move(entry));
  }
  std::sort(found.begin(), found.end(), [](const Contradiction& a, const Contradiction& b) {
    if (LeadsBefore(a, b)) return true;
    if (LeadsBefore(b, a)) return false;
    return std::tie(a.first.id, a.second.id) < std::tie(b.first.id, b.second.id);
  });
  if (query.limit > 0 && found.size() > static_cast<std::size_t>(query.limit)) {
    found.resize(static_cast<std::size_t>(query.limit));
  }
  return found;
}

}  // namespace

Result<std::vector<Contradiction>> FindContradictions(const std::vector<const Store*>& stores,
                                                      ContradictionQuery query,
                                                      const Lexicon* lexicon) {
  std::string episode_slug;
  for (const Store* store : stores) {
    if (query.episode.empty() || !episode_slug.empty()) break;
    auto episode = store->FindEpisode(query.episode);
    if (episode) {
      episode_slug = episode->slug;
    } else if (episode.error().code != ErrorCode::kNotFound) {
      return std::unexpected(episode.error());
    }
  }
  if (!query.episode.empty() && episode_slug.empty()) {
    return MakeError(ErrorCode::kNotFound, "no episode matches \"" + query.episode + "\"",
                     "`claimkb episodes` lists them");
  }
  if (!query.episode.empty()) query.episode = episode_slug;
  // Any name of the speaker's identity; an unknown speaker is matched as
  // typed: it finds nothing, which is the answer.
  if (!query.speaker.empty()) {
    auto identity = FindSpeakerIdentity(stores, query.speaker);
    if (identity) {
      query.speaker_identity = std::move(*identity);
    } else if (identity.error().code != ErrorCode::kNotFound) {
      return std::unexpected(identity.error());
    }
  }
  // A large store is read a chunk of entities and topics at a time.
  if (query.about.empty() && query.chunk_claims > 0) {
    std::vector<Store::TargetClaims> counts;
    for (const Store* store : stores) {
      auto some = store->CountClaimsOnTargets();
      if (!some) return std::unexpected(some.error());
      counts.insert(counts.end(), some->begin(), some->end());
    }
    auto chunks = internal::PackTargets(std::move(counts), query.chunk_claims);
    if (chunks.size() > 1) return FindInChunks(stores, query, chunks, lexicon);
  }
  // Only claims that take a stance can be paired, and with --about only
  // those on its target: at 1,000 episodes that is 74,000 of 150,000
  // claims, and far fewer for one model.
  std::vector<StoredClaim> claims;
  for (const Store* store : stores) {
    std::vector<std::string> topics;
    if (!query.about.topic_id.empty()) topics.push_back(query.about.topic_id);
    auto all = query.about.empty() ? store->ClaimsTakingStance()
                                   : store->ClaimsOnTargets(query.about.entity_ids, topics);
    if (!all) return std::unexpected(all.error());
    claims.insert(claims.end(), std::make_move_iterator(all->begin()),
                  std::make_move_iterator(all->end()));
  }
  return FindContradictions(claims, query, lexicon);
}

}  // namespace claimkb
