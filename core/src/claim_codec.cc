#include "claimkb/core/claim_codec.h"

#include <nlohmann/json.hpp>

namespace claimkb {
namespace {

using nlohmann::json;

json OptionalInt(const std::optional<int>& value) { return value ? json(*value) : json(nullptr); }

std::optional<int> ReadOptionalInt(const json& value) {
  if (value.is_null()) return std::nullopt;
  return value.get<int>();
}

}  // namespace

std::string EncodeStoredClaim(const StoredClaim& stored) {
  const Claim& c = stored.claim;
  json entities = json::array();
  for (const EntityMention& m : c.entities) {
    entities.push_back({m.entity_id, EntityKindName(m.kind), m.surface, m.confidence, m.inferred,
                        MentionRoleName(m.role), StanceName(m.stance)});
  }
  json results = json::array();
  for (const BenchmarkResult& r : c.results) {
    results.push_back({r.model_id, r.benchmark_id, r.low, r.high, r.unit, r.qualifier, r.surface});
  }
  json out = {
      {"id", stored.id},
      {"episode",
       {stored.episode_id, stored.episode_slug, stored.episode_title, stored.episode_url,
        stored.episode_date}},
      {"section_title", stored.section_title},
      {"path", stored.path},
      {"speaker_name", stored.speaker_name},
      {"ordinal", c.ordinal},
      {"text", c.text},
      {"speaker", c.speaker},
      {"by_editor", c.by_editor},
      {"where",
       {c.section_index, c.turn_index, c.paragraph_index, c.line, c.span_begin, c.span_end}},
      {"time", {OptionalInt(c.start_s), OptionalInt(c.end_s), OptionalInt(c.at_s)}},
      {"entities", entities},
      {"topics", c.topics},
      {"stance", StanceName(c.stance)},
      {"modality", ModalityName(c.modality)},
      {"highlighted", c.highlighted},
      {"results", results},
      {"summarises", c.summarises},
  };
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<StoredClaim> DecodeStoredClaim(std::string_view text) {
  try {
    const json in = json::parse(text);
    StoredClaim stored;
    Claim& c = stored.claim;
    stored.id = in.at("id").get<std::string>();
    const json& episode = in.at("episode");
    stored.episode_id = episode.at(0).get<std::int64_t>();
    stored.episode_slug = episode.at(1).get<std::string>();
    stored.episode_title = episode.at(2).get<std::string>();
    stored.episode_url = episode.at(3).get<std::string>();
    stored.episode_date = episode.at(4).get<std::string>();
    stored.section_title = in.at("section_title").get<std::string>();
    stored.path = in.at("path").get<std::string>();
    stored.speaker_name = in.at("speaker_name").get<std::string>();
    c.ordinal = in.at("ordinal").get<int>();
    c.text = in.at("text").get<std::string>();
    c.speaker = in.at("speaker").get<std::string>();
    c.by_editor = in.at("by_editor").get<bool>();
    const json& where = in.at("where");
    c.section_index = where.at(0).get<int>();
    c.turn_index = where.at(1).get<int>();
    c.paragraph_index = where.at(2).get<int>();
    c.line = where.at(3).get<int>();
    c.span_begin = where.at(4).get<int>();
    c.span_end = where.at(5).get<int>();
    const json& time = in.at("time");
    c.start_s = ReadOptionalInt(time.at(0));
    c.end_s = ReadOptionalInt(time.at(1));
    c.at_s = ReadOptionalInt(time.at(2));
    for (const json& m : in.at("entities")) {
      EntityMention mention;
      mention.entity_id = m.at(0).get<std::string>();
      mention.kind = EntityKindFromName(m.at(1).get<std::string>()).value_or(EntityKind::kModel);
      mention.surface = m.at(2).get<std::string>();
      mention.confidence = m.at(3).get<double>();
      mention.inferred = m.at(4).get<bool>();
      const std::string role = m.at(5).get<std::string>();
      mention.role = role == "subject"  ? MentionRole::kSubject
                     : role == "object" ? MentionRole::kObject
                                        : MentionRole::kMentioned;
      mention.stance = StanceFromName(m.at(6).get<std::string>()).value_or(Stance::kNeutral);
      c.entities.push_back(std::move(mention));
    }
    c.topics = in.at("topics").get<std::vector<std::string>>();
    c.stance = StanceFromName(in.at("stance").get<std::string>()).value_or(Stance::kNeutral);
    c.modality =
        ModalityFromName(in.at("modality").get<std::string>()).value_or(Modality::kOpinion);
    c.highlighted = in.at("highlighted").get<bool>();
    for (const json& r : in.at("results")) {
      c.results.push_back({r.at(0).get<std::string>(), r.at(1).get<std::string>(),
                           r.at(2).get<double>(), r.at(3).get<double>(), r.at(4).get<std::string>(),
                           r.at(5).get<std::string>(), r.at(6).get<std::string>()});
    }
    c.summarises = in.at("summarises").get<std::vector<int>>();
    return stored;
  } catch (const nlohmann::json::exception& error) {
    return MakeError(ErrorCode::kCorruption,
                     std::string("index document holds no readable claim: ") + error.what(),
                     "run `claimkb reindex`");
  }
}

}  // namespace claimkb
