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

// `value`, or null when the reader has the same bytes elsewhere.
json UnlessShared(const std::string& value, std::string_view shared) {
  return value == shared ? json(nullptr) : json(value);
}

std::string ReadShared(const json& value, std::string_view shared) {
  return value.is_null() ? std::string(shared) : value.get<std::string>();
}

}  // namespace

std::string EncodeClaimRecord(const StoredClaim& stored, const ClaimRecordShared& shared) {
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
  // The order is the format: DecodeClaimRecord reads the same positions.
  const json out = {
      stored.episode_id,
      c.ordinal,
      UnlessShared(c.text, shared.text),
      c.speaker,
      UnlessShared(stored.speaker_name, shared.speaker_name),
      c.by_editor,
      UnlessShared(stored.section_title, shared.section_title),
      {c.section_index, c.turn_index, c.paragraph_index, c.line, c.span_begin, c.span_end},
      {OptionalInt(c.start_s), OptionalInt(c.end_s), OptionalInt(c.at_s)},
      entities,
      c.topics,
      UnlessShared(std::string(StanceName(c.stance)), shared.stance),
      ModalityName(c.modality),
      c.highlighted,
      results,
      c.summarises,
  };
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string EncodeEpisodeRecord(const StoredClaim& stored) {
  const json out = {stored.episode_slug, stored.episode_title, stored.episode_url,
                    stored.episode_date, stored.path};
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<StoredClaim> DecodeClaimRecord(std::string_view text, const ClaimRecordShared& shared,
                                      bool* section_title_left_out) {
  try {
    const json in = json::parse(text);
    StoredClaim stored;
    Claim& c = stored.claim;
    stored.episode_id = in.at(0).get<std::int64_t>();
    c.ordinal = in.at(1).get<int>();
    c.text = ReadShared(in.at(2), shared.text);
    c.speaker = in.at(3).get<std::string>();
    stored.speaker_name = ReadShared(in.at(4), shared.speaker_name);
    c.by_editor = in.at(5).get<bool>();
    const json& section_title = in.at(6);
    if (section_title_left_out != nullptr) *section_title_left_out = section_title.is_null();
    if (!section_title.is_null()) stored.section_title = section_title.get<std::string>();
    const json& where = in.at(7);
    c.section_index = where.at(0).get<int>();
    c.turn_index = where.at(1).get<int>();
    c.paragraph_index = where.at(2).get<int>();
    c.line = where.at(3).get<int>();
    c.span_begin = where.at(4).get<int>();
    c.span_end = where.at(5).get<int>();
    const json& time = in.at(8);
    c.start_s = ReadOptionalInt(time.at(0));
    c.end_s = ReadOptionalInt(time.at(1));
    c.at_s = ReadOptionalInt(time.at(2));
    for (const json& m : in.at(9)) {
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
    c.topics = in.at(10).get<std::vector<std::string>>();
    c.stance = StanceFromName(ReadShared(in.at(11), shared.stance)).value_or(Stance::kNeutral);
    c.modality = ModalityFromName(in.at(12).get<std::string>()).value_or(Modality::kOpinion);
    c.highlighted = in.at(13).get<bool>();
    for (const json& r : in.at(14)) {
      c.results.push_back({r.at(0).get<std::string>(), r.at(1).get<std::string>(),
                           r.at(2).get<double>(), r.at(3).get<double>(), r.at(4).get<std::string>(),
                           r.at(5).get<std::string>(), r.at(6).get<std::string>()});
    }
    c.summarises = in.at(15).get<std::vector<int>>();
    return stored;
  } catch (const nlohmann::json::exception& error) {
    return MakeError(ErrorCode::kCorruption,
                     std::string("index document holds no readable claim: ") + error.what(),
                     "run `claimkb reindex`");
  }
}

Status ApplyEpisodeRecord(std::string_view text, StoredClaim* claim) {
  try {
    const json in = json::parse(text);
    claim->episode_slug = in.at(0).get<std::string>();
    claim->episode_title = in.at(1).get<std::string>();
    claim->episode_url = in.at(2).get<std::string>();
    claim->episode_date = in.at(3).get<std::string>();
    claim->path = in.at(4).get<std::string>();
    claim->id = claim->episode_slug + "#" + std::to_string(claim->claim.ordinal);
    return {};
  } catch (const nlohmann::json::exception& error) {
    return MakeError(ErrorCode::kCorruption,
                     std::string("index holds no readable episode record: ") + error.what(),
                     "run `claimkb reindex`");
  }
}

}  // namespace claimkb
