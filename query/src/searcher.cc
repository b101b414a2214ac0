#include "claimkb/query/searcher.h"

#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "claimkb/core/claim_codec.h"
#include "claimkb/indexer/hit_card.h"
#include "claimkb/indexer/index_fields.h"
#include "claimkb/query/printable.h"
#include "xapian_support.h"

namespace claimkb {

namespace xs = xapian_support;

namespace {

// A wildcard that expands to more terms than this is an error rather than a
// slow, unfocused search.
constexpr Xapian::termcount kMaxWildcardExpansion = 500;

std::string Unescape(std::string text) {
  // MSet::snippet escapes HTML; our markers are not HTML and neither is
  // terminal output, so undo it (&amp; last, so "&amp;lt;" stays "&lt;").
  constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&amp;", "&"}};
  for (const auto& [entity, plain] : kEntities) {
    for (std::size_t pos = text.find(entity); pos != std::string::npos;
         pos = text.find(entity, pos + plain.size())) {
      text.replace(pos, entity.size(), plain);
    }
  }
  return text;
}

std::size_t CodePoints(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::vector<FacetCount> Sorted(const std::map<std::string, int>& counts) {
  std::vector<FacetCount> out;
  for (const auto& [value, count] : counts) out.push_back({value, count});
  std::stable_sort(out.begin(), out.end(),
                   [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  return out;
}

void Accumulate(const Xapian::ValueCountMatchSpy& spy, std::map<std::string, int>& counts) {
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    counts[*it] += static_cast<int>(it.get_termfreq());
  }
}

}  // namespace

// Metadata read for hit records (episode records, section titles), by
// shard and key: row ids are per database.
using MetadataCache = std::map<std::pair<std::size_t, std::string>, std::string>;

struct Searcher::Impl {
  std::vector<std::string> sources;
  std::shared_ptr<const EntityLinker> linker;
  QueryParser parser{nullptr};
  mutable Xapian::Database db;
  std::vector<Xapian::Database> shards;  // db's sources, in order, for their metadata.
  CjkSegmentation cjk = CjkSegmentation::kNgram;

  // The whole claim of hit `docid`: its document data with its episode's
  // record and, when the data leaves it out, its section's title, read from
  // the shard the document lives in (row ids are per database). `cache`
  // keeps what was read.
  Result<StoredClaim> Record(Xapian::docid docid, const Xapian::Document& doc,
                             const ClaimRecordShared& shared, MetadataCache* cache) const;

  Result<Xapian::Query> Build(const QueryNode& node) const;
  // `positioned`: the field is indexed with positions. Titles are not, so
  // for them a phrase, and a hyphenated or dotted name (which Xapian's
  // parser turns into a phrase), becomes all of its words instead.
  Result<Xapian::Query> FreeText(const std::string& text, std::string_view prefix, bool phrase,
                                 bool positioned = true) const;
  Result<Xapian::Query> Episode(const std::string& value) const;
  Result<Xapian::Query> Prepare(std::string_view query, std::string* parsed) const;
  Error Explain(Error error) const;
  // Runs a built query: hits, snippets and facets as SearchOptions ask.
  // `weight`: the weighting scheme, Xapian's default BM25 when null.
  Result<SearchResult> Run(const Xapian::Query& query, const SearchOptions& options,
                           SearchResult result, const Xapian::Weight* weight = nullptr) const;
  Result<Xapian::Query> Ranked(const RankedQuery& request, std::string* parsed) const;
  // Ranked() with the pseudo-relevance feedback terms of `request` added,
  // on the latest committed state of the index.
  Result<Xapian::Query> RankedWithFeedback(const RankedQuery& request, std::string* parsed) const;
};

Result<Xapian::Query> Searcher::Impl::FreeText(const std::string& text, std::string_view prefix,
                                               bool phrase, bool positioned) const {
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(xs::Stemmer());
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  // All words must match: a researcher narrowing a search adds words.
  qp.set_default_op(Xapian::Query::OP_AND);
  qp.set_max_expansion(kMaxWildcardExpansion, Xapian::Query::WILDCARD_LIMIT_ERROR,
                       Xapian::QueryParser::FLAG_WILDCARD);
  const unsigned flags = xs::QueryParserFlags(cjk);
  std::string prepared = xs::PrepareQueryText(text, cjk);
  if (!positioned) {
    phrase = false;
    // The characters that join words into a phrase in Xapian's parser.
    for (char& c : prepared) {
      if (c == '-' || c == '.' || c == '/' || c == ':' || c == '\\' || c == '@' || c == '"') {
        c = ' ';
      }
    }
  }
  const std::string prefix_str(prefix);
  try {
    return qp.parse_query(phrase ? "\"" + prepared + "\"" : prepared, flags, prefix_str);
  } catch (const Xapian::QueryParserError&) {
    // Xapian 1.4.22 throws on "latin CJK latin" with FLAG_CJK_NGRAM (fixed
    // in 1.4.25). Each word alone parses, so AND the words (or, in a
    // phrase, fall through to the adapter below).
    if (phrase) {
      return xs::Guard(fmt::format("parsing \"{}\"", text), [&]() -> Result<Xapian::Query> {
        return qp.parse_query("\"" + prepared + "\"", flags & ~Xapian::QueryParser::FLAG_CJK_NGRAM,
                              prefix_str);
      });
    }
  } catch (...) {
    return std::unexpected(xs::CurrentExceptionToError(fmt::format("parsing '{}'", text)));
  }
  return xs::Guard(fmt::format("parsing '{}'", text), [&]() -> Result<Xapian::Query> {
    std::vector<Xapian::Query> words;
    std::istringstream in(prepared);
    for (std::string word; in >> word;) words.push_back(qp.parse_query(word, flags, prefix_str));
    return Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end());
  });
}

Result<Xapian::Query> Searcher::Impl::Episode(const std::string& value) const {
  const std::string prefix(FindIndexField("episode")->prefix);
  return xs::Guard("listing episodes", [&]() -> Result<Xapian::Query> {
    // A whole slug is one lookup; only a part of one walks every episode.
    if (const std::string exact = prefix + value; db.term_exists(exact)) {
      return Xapian::Query(exact);
    }
    std::vector<std::string> matches;
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
      const std::string term = *it;
      const std::string slug = term.substr(prefix.size());
      if (slug == value) return Xapian::Query(term);
      if (slug.find(value) != std::string::npos) matches.push_back(term);
    }
    if (matches.empty()) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("no episode matches 'episode:{}'", value),
                       "`claimkb episodes` lists the episode slugs");
    }
    return Xapian::Query(Xapian::Query::OP_OR, matches.begin(), matches.end());
  });
}

Result<Xapian::Query> Searcher::Impl::Build(const QueryNode& node) const {
  using Kind = QueryNode::Kind;
  const IndexField* field = node.field.empty() ? nullptr : FindIndexField(node.field);
  const std::string_view prefix = field == nullptr ? std::string_view() : field->prefix;
  switch (node.kind) {
    case Kind::kText:
    case Kind::kPhrase: {
      const bool phrase = node.kind == Kind::kPhrase;
      // Titles carry no positions (indexer/claim_index.cc).
      const bool title_field =
          field != nullptr && (field->name == std::string_view("section") ||
                               field->name == std::string_view("title"));
      auto text = FreeText(node.value, prefix, phrase, !title_field);
      if (!text || !prefix.empty()) return text;
      // Bare words match claim text only (a claim is not about "scaling"
      // because its episode title is); matching titles rank those claims up.
      auto section = FreeText(node.value, FindIndexField("section")->prefix, phrase, false);
      if (!section) return section;
      auto title = FreeText(node.value, FindIndexField("title")->prefix, phrase, false);
      if (!title) return title;
      return Xapian::Query(Xapian::Query::OP_AND_MAYBE, *text,
                           Xapian::Query(Xapian::Query::OP_OR, *section, *title));
    }
    case Kind::kField:
      if (field->type == FieldType::kEpisode) return Episode(node.value);
      if (field->type == FieldType::kClaimId)
        return Xapian::Query(std::string(prefix) + node.value);
      return Xapian::Query(xs::BooleanTerm(prefix, node.value));
    case Kind::kWildcard:
      return Xapian::Query(Xapian::Query::OP_WILDCARD, xs::BooleanTerm(prefix, node.value),
                           kMaxWildcardExpansion, Xapian::Query::WILDCARD_LIMIT_ERROR);
    case Kind::kDate:
      if (node.value == "*") return Xapian::Query(Xapian::Query::OP_VALUE_LE, kSlotDate, node.high);
      if (node.high == "*") return Xapian::Query(Xapian::Query::OP_VALUE_GE, kSlotDate, node.value);
      return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kSlotDate, node.value, node.high);
    case Kind::kNot: {
      auto inner = Build(node.children.front());
      if (!inner) return inner;
      return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, *inner);
    }
    case Kind::kOr: {
      std::vector<Xapian::Query> parts;
      for (const QueryNode& child : node.children) {
        auto part = Build(child);
        if (!part) return part;
        parts.push_back(std::move(*part));
      }
      return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
    }
    case Kind::kAnd: {
      // Words score; fields, dates and exclusions only filter, so a field
      // never changes the ranking of the text matches.
      std::vector<Xapian::Query> scoring, filters, excluded;
      for (const QueryNode& child : node.children) {
        const QueryNode& target = child.kind == Kind::kNot ? child.children.front() : child;
        auto part = Build(target);
        if (!part) return part;
        if (child.kind == Kind::kNot) {
          excluded.push_back(std::move(*part));
        } else if (child.kind == Kind::kField || child.kind == Kind::kWildcard ||
                   child.kind == Kind::kDate) {
          filters.push_back(std::move(*part));
        } else {
          scoring.push_back(std::move(*part));
        }
      }
      Xapian::Query query =
          scoring.empty() ? Xapian::Query::MatchAll
                          : Xapian::Query(Xapian::Query::OP_AND, scoring.begin(), scoring.end());
      if (!filters.empty()) {
        query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                              Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));
      }
      if (!excluded.empty()) {
        query =
            Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                          Xapian::Query(Xapian::Query::OP_OR, excluded.begin(), excluded.end()));
      }
      return query;
    }
  }
  return MakeError(ErrorCode::kInvalidArgument, "unsupported query node");
}

Result<Xapian::Query> Searcher::Impl::Prepare(std::string_view query, std::string* parsed) const {
  auto node = parser.Parse(query);
  if (!node) return std::unexpected(node.error());
  if (parsed != nullptr) *parsed = ToString(*node);
  // A lone field (model:gemini-3) filters everything.
  if (node->kind == QueryNode::Kind::kField || node->kind == QueryNode::Kind::kWildcard ||
      node->kind == QueryNode::Kind::kDate) {
    QueryNode wrapper;
    wrapper.kind = QueryNode::Kind::kAnd;
    wrapper.children.push_back(std::move(*node));
    return Build(wrapper);
  }
  return Build(*node);
}

// Names the dead shard(s) when a search fails on the network: Xapian's
// message does not say which of several remotes went away.
Error Searcher::Impl::Explain(Error error) const {
  if (error.code != ErrorCode::kIO) return error;
  std::vector<std::string> dead;
  for (const std::string& source : sources) {
    if (!xs::IsRemote(source)) continue;
    if (!xs::OpenSources({source})) dead.push_back(source);
  }
  if (dead.empty()) return error;
  error.message =
      fmt::format("remote index {} does not answer ({})", fmt::join(dead, ", "), error.message);
  error.hint = "restart xapian-tcpsrv there, or search without that shard";
  return error;
}

Result<StoredClaim> Searcher::Impl::Record(Xapian::docid docid, const Xapian::Document& doc,
                                           const ClaimRecordShared& shared,
                                           MetadataCache* cache) const {
  bool section_title_left_out = false;
  auto record = DecodeClaimRecord(doc.get_data(), shared, &section_title_left_out);
  if (!record) return record;
  const std::size_t shard = shards.empty() ? 0 : (docid - 1) % shards.size();
  const Xapian::Database& source = shards.empty() ? db : shards[shard];
  if (section_title_left_out) {
    const std::string key = xs::SectionKey(record->episode_id, record->claim.section_index);
    auto [title, added] = cache->try_emplace({shard, key});
    if (added) title->second = source.get_metadata(key);
    if (title->second.empty()) {
      return MakeError(ErrorCode::kCorruption,
                       fmt::format("index holds no title for section {} of episode {}",
                                   record->claim.section_index, record->episode_id),
                       "run `claimkb reindex`");
    }
    record->section_title = title->second;
  }
  auto [it, added] = cache->try_emplace({shard, xs::EpisodeKey(record->episode_id)});
  if (added) it->second = source.get_metadata(it->first.second);
  if (Status applied = ApplyEpisodeRecord(it->second, &*record); !applied) {
    return std::unexpected(applied.error());
  }
  return record;
}

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::~Searcher() = default;

Result<std::unique_ptr<Searcher>> Searcher::Open(const std::vector<std::string>& sources,
                                                 std::shared_ptr<const EntityLinker> linker) {
  auto impl = std::make_unique<Impl>();
  auto db = xs::OpenSources(sources, &impl->shards);
  if (!db) return std::unexpected(db.error());
  impl->sources = sources;
  impl->linker = linker;
  impl->parser = QueryParser(std::move(linker));
  impl->db = std::move(*db);
  auto mode = xs::Guard("reading index metadata",
                        [&]() -> Result<CjkSegmentation> { return xs::ReadCjkMode(impl->db); });
  if (!mode) return std::unexpected(impl->Explain(mode.error()));
  impl->cjk = *mode;
  return std::unique_ptr<Searcher>(new Searcher(std::move(impl)));
}

Result<std::string> Searcher::Explain(std::string_view query) const {
  auto built = impl_->Prepare(query, nullptr);
  if (!built) return std::unexpected(built.error());
  return built->get_description();
}

Result<SearchResult> Searcher::Search(std::string_view query_text,
                                      const SearchOptions& options) const {
  if (options.limit < 0 || options.offset < 0) {
    return MakeError(ErrorCode::kInvalidArgument, "limit and offset must not be negative");
  }
  SearchResult result;
  auto refreshed = xs::Guard("reopening the index", [&]() -> Status {
    impl_->db.reopen();
    return {};
  });
  if (!refreshed) return std::unexpected(impl_->Explain(refreshed.error()));
  auto query = impl_->Prepare(query_text, &result.parsed);
  if (!query) return std::unexpected(impl_->Explain(query.error()));
  if (!options.boost_text.empty()) {
    std::string boost_parsed;
    auto boost = impl_->Prepare(options.boost_text, &boost_parsed);
    if (!boost) return std::unexpected(impl_->Explain(boost.error()));
    query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, *query, *boost);
    result.parsed = "(and_maybe " + result.parsed + " " + boost_parsed + ")";
  }

  return impl_->Run(*query, options, std::move(result));
}

Result<SearchResult> Searcher::Impl::Run(const Xapian::Query& query, const SearchOptions& options,
                                         SearchResult result, const Xapian::Weight* weight) const {
  auto ran = xs::Guard("searching", [&]() -> Status {
    const Xapian::Database& db = this->db;
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    if (weight != nullptr) enquire.set_weighting_scheme(*weight);
    Xapian::MultiValueKeyMaker by_date;
    if (options.order != SearchOrder::kRelevance) {
      const bool newest = options.order == SearchOrder::kNewest;
      by_date.add_value(kSlotDate, newest);
      by_date.add_value(kSlotEpisode, false);
      by_date.add_value(kSlotOrdinal, false);
      enquire.set_sort_by_key_then_relevance(&by_date, false);
    }
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> model_spies, topic_spies;
    // Speakers and stances from the joint value ask's tallies read: one
    // spy, and no slot of their own to store.
    Xapian::ValueCountMatchSpy stance_speaker_spy(kSlotStanceSpeaker);
    // Look at enough documents to count every match up to the bound: an
    // estimate changed with --limit (0, 6 or 16 for an actual 24).
    Xapian::doccount check_at_least = static_cast<Xapian::doccount>(std::min<std::uint64_t>(
        std::max<std::uint64_t>(
            options.count_exactly_up_to,
            static_cast<std::uint64_t>(options.offset) + static_cast<std::uint64_t>(options.limit)),
        db.get_doccount()));
    if (options.facets) {
      for (int i = 0; i < kFacetSlotsPerField; ++i) {
        model_spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(kSlotModelFirst + i));
        topic_spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(kSlotTopicFirst + i));
        enquire.add_matchspy(model_spies.back().get());
        enquire.add_matchspy(topic_spies.back().get());
      }
      enquire.add_matchspy(&stance_speaker_spy);
      // Spies only see the documents the matcher looks at: make it look at
      // all of them so the counts are exact.
      check_at_least = db.get_doccount();
    }
    Xapian::MSet mset =
        enquire.get_mset(static_cast<Xapian::doccount>(options.offset),
                         static_cast<Xapian::doccount>(options.limit), check_at_least);
    result.total = mset.get_matches_lower_bound();
    result.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    MetadataCache records;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Xapian::Document doc = it.get_document();
      SearchHit hit;
      HitCard card = DecodeHitCard(doc.get_value(kSlotHitCard));
      hit.episode_slug = std::string(card.EpisodeSlug());  // Before the id moves out.
      hit.claim_id = std::move(card.claim_id);
      hit.speaker = std::move(card.speaker);
      hit.stance = std::move(card.stance);
      if (options.records) {
        // The record leaves out what the hit card holds (layout 8).
        auto record = Record(*it, doc, {card.text, hit.speaker, hit.stance, {}}, &records);
        if (!record) return std::unexpected(record.error());
        hit.record = std::move(*record);
      }
      hit.rank = static_cast<int>(it.get_rank()) + 1;
      hit.weight = it.get_weight();
      hit.match_weight = hit.weight;
      hit.percent = it.get_percent();
      const std::string& date = card.date;
      if (date.size() == 8) {
        hit.date = fmt::format("{}-{}-{}", date.substr(0, 4), date.substr(4, 2), date.substr(6, 2));
      }
      // Digest text is untrusted: control characters are made visible
      // before the highlight markers (possibly colour codes) go in.
      const std::string text = Printable(card.text, /*one_line=*/true);
      hit.text = text;
      if (options.snippet_chars <= 0) {
        result.hits.push_back(std::move(hit));
        continue;
      }
      // snippet() counts bytes; scale the character budget by this text's
      // bytes per character so Chinese and English snippets look alike.
      const std::size_t chars = std::max<std::size_t>(1, CodePoints(text));
      const std::size_t bytes =
          static_cast<std::size_t>(options.snippet_chars) * text.size() / chars;
      hit.snippet = Unescape(
          xs::CleanSnippet(mset.snippet(text, bytes, xs::Stemmer(), xs::SnippetFlags(cjk),
                                        options.highlight_open, options.highlight_close, "…"),
                           options.highlight_open, options.highlight_close));
      result.hits.push_back(std::move(hit));
    }
    if (options.facets) {
      std::map<std::string, int> models, topics, speakers, stances;
      for (const auto& spy : model_spies) Accumulate(*spy, models);
      for (const auto& spy : topic_spies) Accumulate(*spy, topics);
      for (auto it = stance_speaker_spy.values_begin(); it != stance_speaker_spy.values_end();
           ++it) {
        const std::string value = *it;
        std::string_view stance, speaker;
        if (!SplitStanceSpeaker(value, &stance, &speaker)) continue;
        const int count = static_cast<int>(it.get_termfreq());
        stances[std::string(stance)] += count;
        // An unnamed turn's claims count under no speaker.
        if (!speaker.empty()) speakers[std::string(speaker)] += count;
      }
      result.facets = {Sorted(models), Sorted(speakers), Sorted(topics), Sorted(stances)};
    }
    return {};
  });
  if (!ran) return std::unexpected(Explain(ran.error()));
  return result;
}

namespace {

// The weighting scheme of a ranked query: BM25 with its k1 and b, Xapian's
// defaults for the rest (k2 0, k3 1, min_normlen 0.5).
Xapian::BM25Weight Bm25Of(const RankedQuery& request) {
  return Xapian::BM25Weight(request.bm25_k1, 0, 1, request.bm25_b, 0.5);
}

// Whether `term` (after any field prefix) is `chars` CJK characters.
bool IsCjkGram(const std::string& term, std::size_t chars) {
  std::size_t at = 0;
  while (at < term.size() && term[at] >= 'A' && term[at] <= 'Z') ++at;
  const std::string_view rest = std::string_view(term).substr(at);
  if (rest.empty()) return false;
  const bool all_multibyte = std::all_of(
      rest.begin(), rest.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  return all_multibyte && CodePoints(rest) == chars;
}

// Leaves of nested ANDs, in order.
void AndLeaves(const Xapian::Query& q, std::vector<Xapian::Query>* out) {
  if (q.get_type() == Xapian::Query::OP_AND) {
    for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) AndLeaves(q.get_subquery(i), out);
  } else {
    out->push_back(q);
  }
}

// Xapian's CJK n-gram parser turns a Chinese word of n characters into an
// AND of its n characters and n-1 bigrams, and BM25 sums their weights: 人工
// 智能 weighed about seven English words, and a Chinese expansion drowned
// the English word it came from. The bigrams imply the characters, so the
// characters only filter, and the bigrams' summed weight is divided by the
// square root of their number (measured on the dev questions: by their
// number, recall@10 fell; see docs/decisions.md).
Xapian::Query CjkWordAsTerm(const Xapian::Query& q) {
  if (q.get_type() != Xapian::Query::OP_AND) return q;
  std::vector<Xapian::Query> leaves;
  AndLeaves(q, &leaves);
  std::vector<Xapian::Query> kept, bigrams;
  for (const Xapian::Query& leaf : leaves) {
    if (leaf.get_type() == Xapian::Query::LEAF_TERM) {
      const std::string term = *leaf.get_terms_begin();
      if (IsCjkGram(term, 2)) {
        bigrams.push_back(leaf);
        continue;
      }
      if (IsCjkGram(term, 1)) {
        kept.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, leaf, 0.0);
        continue;
      }
    }
    kept.push_back(leaf);
  }
  if (bigrams.empty()) return q;
  const double scale = 1.0 / std::sqrt(static_cast<double>(bigrams.size()));
  kept.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                    Xapian::Query(Xapian::Query::OP_AND, bigrams.begin(), bigrams.end()), scale);
  return Xapian::Query(Xapian::Query::OP_AND, kept.begin(), kept.end());
}

// Feedback terms worth adding: plain words of the claim text (no field or
// stem prefix), not a lone CJK character, not already in the query.
class FeedbackDecider : public Xapian::ExpandDecider {
 public:
  explicit FeedbackDecider(const Xapian::Query& query) {
    for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it) seen_.insert(*it);
  }
  bool operator()(const std::string& term) const override {
    if (term.empty() || seen_.count(term) > 0) return false;
    const unsigned char first = static_cast<unsigned char>(term[0]);
    if (first >= 'A' && first <= 'Z') return false;
    if (first < 0x80) return term.size() > 2 && !std::isdigit(first);
    return CodePoints(term) > 1;
  }

 private:
  std::set<std::string> seen_;
};

}  // namespace

Result<Xapian::Query> Searcher::Impl::Ranked(const RankedQuery& request,
                                             std::string* parsed) const {
  std::vector<Xapian::Query> words;
  std::string described;
  const std::string_view section_prefix = FindIndexField("section")->prefix;
  const std::string_view title_prefix = FindIndexField("title")->prefix;
  // Spellings that parse to the same terms ("agent" and "agents" both stem
  // to Zagent) are one word at the higher weight: BM25 would count the
  // claim's word once per spelling.
  std::vector<std::pair<WeightedText, Xapian::Query>> parsed_words;
  std::map<std::string, std::size_t> index_of;
  for (const WeightedText& word : request.words) {
    if (word.text.empty() || word.weight <= 0) continue;
    auto text = FreeText(word.text, "", false);
    if (!text) return text;
    const std::string key = text->get_description();
    auto [it, added] = index_of.try_emplace(key, parsed_words.size());
    if (!added) {
      WeightedText& first = parsed_words[it->second].first;
      first.weight = std::max(first.weight, word.weight);
      continue;
    }
    parsed_words.emplace_back(word, *text);
  }
  // Each word's query over the claim text and over the section and episode
  // titles, and its weight.
  struct Parsed {
    Xapian::Query text, titles;
    double weight;
    std::string group;
  };
  std::vector<Parsed> each;
  // Only n-grams need it: an ICU-segmented index holds words.
  const bool one_term = request.cjk_word_as_term && cjk == CjkSegmentation::kNgram;
  auto fix = [&](const Xapian::Query& q) { return one_term ? CjkWordAsTerm(q) : q; };
  for (const auto& [word, text] : parsed_words) {
    Parsed p{fix(text), Xapian::Query(), word.weight, word.group};
    if (request.title_weight > 0) {
      auto section = FreeText(word.text, section_prefix, false, false);
      if (!section) return section;
      auto title = FreeText(word.text, title_prefix, false, false);
      if (!title) return title;
      p.titles = Xapian::Query(Xapian::Query::OP_OR, fix(*section), fix(*title));
    }
    each.push_back(std::move(p));
    described += fmt::format(" {}^{:.2f}", word.text, word.weight);
  }
  // One word (or group) with its titles at title_weight, scaled by `weight`.
  auto weighed = [&](const Xapian::Query& text, const Xapian::Query& titles, double weight) {
    Xapian::Query one = text;
    if (request.title_weight > 0) {
      one = Xapian::Query(
          Xapian::Query::OP_OR, one,
          Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, titles, request.title_weight));
    }
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, one, weight);
  };
  std::map<std::string, std::vector<const Parsed*>> groups;
  std::vector<std::string> group_order;
  for (const Parsed& p : each) {
    if (p.group.empty()) {
      words.push_back(weighed(p.text, p.titles, p.weight));
      continue;
    }
    auto& members = groups[p.group];
    if (members.empty()) group_order.push_back(p.group);
    members.push_back(&p);
  }
  // A group's spellings are one term to BM25 (Xapian's OP_SYNONYM: one
  // idf for the concept, its occurrences in the text and titles summed),
  // so a concept the claims spell in two languages is neither counted twice
  // in a claim that says both nor weighed by its rarer spelling alone.
  // OP_SYNONYM ignores its subqueries' weights: the group weighs as its
  // best expansion, and claims with the user's own word (the heaviest
  // members) get the difference on top, so translations stay below it.
  for (const std::string& name : group_order) {
    const auto& members = groups[name];
    if (members.size() == 1) {
      words.push_back(weighed(members[0]->text, members[0]->titles, members[0]->weight));
      continue;
    }
    double top = 0;
    for (const Parsed* p : members) top = std::max(top, p->weight);
    double below = 0;
    std::vector<Xapian::Query> spellings, own;
    for (const Parsed* p : members) {
      Xapian::Query one = p->text;
      if (request.title_weight > 0) one = Xapian::Query(Xapian::Query::OP_OR, one, p->titles);
      spellings.push_back(one);
      if (p->weight >= top) {
        own.push_back(weighed(p->text, p->titles, 1.0));
      } else {
        below = std::max(below, p->weight);
      }
    }
    if (below <= 0) below = top;
    words.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                       Xapian::Query(Xapian::Query::OP_SYNONYM, spellings.begin(), spellings.end()),
                       below);
    if (top > below) {
      words.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                         Xapian::Query(Xapian::Query::OP_OR, own.begin(), own.end()), top - below);
    }
    described += fmt::format(" synonyms({})^{:.2f}+{:.2f}", name, below, top - below);
  }
  Xapian::Query query = words.empty()
                            ? Xapian::Query::MatchAll
                            : Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end());
  if (!request.titles_retrieve && request.title_weight > 0 && !words.empty()) {
    // The same weights, for the claims that match a word in their own text
    // only: the filter adds no weight.
    std::vector<Xapian::Query> in_text;
    for (const Parsed& p : each) in_text.push_back(p.text);
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          Xapian::Query(Xapian::Query::OP_OR, in_text.begin(), in_text.end()));
    described += " (titles only lift)";
  }
  std::vector<Xapian::Query> lifts, finders;
  for (const Boost& boost : request.boosts) {
    auto field = Prepare(boost.field_query, nullptr);
    if (!field) return field;
    // A fixed weight on the claims that carry the value: boolean terms have
    // no BM25 weight of their own. release() hands the source to the
    // query's reference counting; without it the source leaks.
    Xapian::Query fixed((new Xapian::FixedWeightPostingSource(boost.weight))->release());
    (boost.retrieves ? finders : lifts).emplace_back(Xapian::Query::OP_FILTER, fixed, *field);
    described +=
        fmt::format(" {}{}^{:.2f}", boost.retrieves ? "+" : "~", boost.field_query, boost.weight);
  }
  if (!finders.empty()) {
    finders.insert(finders.begin(), query);
    query = words.empty() ? Xapian::Query(Xapian::Query::OP_OR, finders.begin() + 1, finders.end())
                          : Xapian::Query(Xapian::Query::OP_OR, finders.begin(), finders.end());
  }
  if (!lifts.empty()) {
    query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                          Xapian::Query(Xapian::Query::OP_OR, lifts.begin(), lifts.end()));
  }
  if (!request.filter.empty()) {
    std::string filter_parsed;
    auto filter = Prepare(request.filter, &filter_parsed);
    if (!filter) return filter;
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, *filter);
    described = filter_parsed + " |" + described;
  }
  if (parsed != nullptr) *parsed = "(ranked" + described + ")";
  return query;
}

Result<Xapian::Query> Searcher::Impl::RankedWithFeedback(const RankedQuery& request,
                                                         std::string* parsed) const {
  auto refreshed = xs::Guard("reopening the index", [&]() -> Status {
    db.reopen();
    return {};
  });
  if (!refreshed) return std::unexpected(Explain(refreshed.error()));
  auto query = xs::Guard("building the ranked query", [&] { return Ranked(request, parsed); });
  if (!query) return std::unexpected(Explain(query.error()));
  if (request.feedback_docs > 0 && !request.words.empty()) {
    auto expanded = xs::Guard("expanding the query", [&]() -> Result<Xapian::Query> {
      Xapian::Enquire enquire(db);
      enquire.set_query(*query);
      enquire.set_weighting_scheme(Bm25Of(request));
      Xapian::MSet top = enquire.get_mset(0, static_cast<Xapian::doccount>(request.feedback_docs));
      if (top.empty()) return *query;
      Xapian::RSet relevant;
      for (auto it = top.begin(); it != top.end(); ++it) relevant.add_document(*it);
      FeedbackDecider decider(*query);
      Xapian::ESet eset = enquire.get_eset(static_cast<Xapian::termcount>(request.feedback_terms),
                                           relevant, &decider);
      std::vector<Xapian::Query> terms;
      for (auto it = eset.begin(); it != eset.end(); ++it) terms.emplace_back(*it);
      if (terms.empty()) return *query;
      if (parsed != nullptr) {
        // Said with its weight and source, as the expansions are (--explain).
        *parsed += fmt::format(" feedback^{:.2f} from the top {}:", request.feedback_weight,
                               top.size());
        for (auto it = eset.begin(); it != eset.end(); ++it) *parsed += " ~" + *it;
      }
      // OR, not AND_MAYBE: feedback may find claims that share none of the
      // question's words, which is the point of it; they rank low.
      return Xapian::Query(
          Xapian::Query::OP_OR, *query,
          Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                        Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
                        request.feedback_weight));
    });
    if (!expanded) return std::unexpected(Explain(expanded.error()));
    query = std::move(*expanded);
  }
  return query;
}

Result<SearchResult> Searcher::Rank(const RankedQuery& request,
                                    const SearchOptions& options) const {
  if (options.limit < 0 || options.offset < 0) {
    return MakeError(ErrorCode::kInvalidArgument, "limit and offset must not be negative");
  }
  SearchResult result;
  auto query = impl_->RankedWithFeedback(request, &result.parsed);
  if (!query) return std::unexpected(query.error());
  const Xapian::BM25Weight weight = Bm25Of(request);
  return impl_->Run(*query, options, std::move(result), &weight);
}

Result<SearchResult> Searcher::Fetch(const std::vector<std::string>& ids, std::string_view filter,
                                     const SearchOptions& options) const {
  if (options.limit < 0 || options.offset < 0) {
    return MakeError(ErrorCode::kInvalidArgument, "limit and offset must not be negative");
  }
  SearchResult result;
  if (ids.empty()) return result;
  auto refreshed = xs::Guard("reopening the index", [&]() -> Status {
    impl_->db.reopen();
    return {};
  });
  if (!refreshed) return std::unexpected(impl_->Explain(refreshed.error()));
  std::vector<Xapian::Query> terms;
  terms.reserve(ids.size());
  for (const std::string& id : ids) terms.emplace_back(std::string(kPrefixUnique) + id);
  Xapian::Query query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  if (!filter.empty()) {
    auto restrict = impl_->Prepare(filter, nullptr);
    if (!restrict) return std::unexpected(impl_->Explain(restrict.error()));
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, *restrict);
  }
  return impl_->Run(query, options, std::move(result));
}

Result<MatchTally> Searcher::Tally(const RankedQuery& request, double min_weight,
                                   const std::vector<std::string>& also_count) const {
  auto ranked = impl_->RankedWithFeedback(request, nullptr);
  if (!ranked) return std::unexpected(ranked.error());
  Xapian::Query query = *ranked;
  if (!also_count.empty()) {
    // The listed claims at a fixed weight over the cutoff, whatever else
    // they match; a claim both ways is still one document, counted once.
    std::vector<Xapian::Query> ids;
    for (const std::string& id : also_count) ids.emplace_back(std::string(kPrefixUnique) + id);
    Xapian::Query fixed((new Xapian::FixedWeightPostingSource(min_weight + 1))->release());
    query = Xapian::Query(
        Xapian::Query::OP_OR, query,
        Xapian::Query(Xapian::Query::OP_FILTER, fixed,
                      Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end())));
  }
  MatchTally tally;
  auto counted = xs::Guard("counting matches", [&]() -> Status {
    const Xapian::Database& db = impl_->db;
    // One pass with one of Xapian's own spies (built in, so remote shards
    // count too) over the joint stance × speaker value: the table without
    // fetching a single claim.
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    // The same weights as Rank: `min_weight` is read off its hits.
    enquire.set_weighting_scheme(Bm25Of(request));
    if (min_weight > 0) enquire.set_cutoff(0, min_weight);
    Xapian::ValueCountMatchSpy pairs(kSlotStanceSpeaker);
    enquire.add_matchspy(&pairs);
    enquire.get_mset(0, 0, db.get_doccount());
    for (auto it = pairs.values_begin(); it != pairs.values_end(); ++it) {
      const std::string value = *it;
      std::string_view stance_name, speaker;
      if (!SplitStanceSpeaker(value, &stance_name, &speaker)) continue;
      const std::string stance(stance_name);
      if (!StanceFromName(stance)) continue;
      // An unnamed turn's claims count under "".
      tally.by_speaker[std::string(speaker)][stance] += static_cast<int>(it.get_termfreq());
      tally.total += it.get_termfreq();
    }
    return {};
  });
  if (!counted) return std::unexpected(impl_->Explain(counted.error()));
  return tally;
}

bool Searcher::Occurs(std::string_view text) const {
  auto query = impl_->FreeText(std::string(text), "", false);
  if (!query) return false;
  try {
    bool any = false;
    for (auto it = query->get_unique_terms_begin(); it != query->get_unique_terms_end(); ++it) {
      if (impl_->db.get_termfreq(*it) == 0) return false;
      any = true;
    }
    return any;
  } catch (...) {
    return false;
  }
}

bool Searcher::NamesEntity(std::string_view id) const {
  if (id.empty()) return false;
  try {
    return impl_->db.term_exists(xs::BooleanTerm(FindIndexField("entity")->prefix, id));
  } catch (...) {
    return false;
  }
}

}  // namespace claimkb
