#include "claimkb/indexer/hit_card.h"

#include <algorithm>
#include <array>

namespace claimkb {
namespace {

constexpr char kSeparator = '\x1f';

void AppendField(std::string_view field, std::string* out) {
  const std::size_t start = out->size();
  out->append(field);
  std::replace(out->begin() + static_cast<std::ptrdiff_t>(start), out->end(), kSeparator, ' ');
  out->push_back(kSeparator);
}

}  // namespace

std::string_view HitCard::EpisodeSlug() const {
  const std::size_t hash = claim_id.rfind('#');
  return std::string_view(claim_id).substr(0, hash == std::string::npos ? claim_id.size() : hash);
}

std::string EncodeHitCard(const HitCard& card) {
  std::string out;
  out.reserve(card.claim_id.size() + card.speaker.size() + card.stance.size() + card.date.size() +
              card.text.size() + 4);
  AppendField(card.claim_id, &out);
  AppendField(card.speaker, &out);
  AppendField(card.stance, &out);
  AppendField(card.date, &out);
  out.append(card.text);  // Last: it may hold anything.
  return out;
}

HitCard DecodeHitCard(std::string_view value) {
  HitCard card;
  std::array<std::string*, 4> fields = {&card.claim_id, &card.speaker, &card.stance, &card.date};
  for (std::string* field : fields) {
    const std::size_t end = value.find(kSeparator);
    if (end == std::string_view::npos) {
      field->assign(value);
      return card;
    }
    field->assign(value.substr(0, end));
    value.remove_prefix(end + 1);
  }
  card.text.assign(value);
  return card;
}

std::string EncodeStanceSpeaker(std::string_view stance, std::string_view speaker) {
  std::string out(stance);
  out.push_back(kSeparator);
  out.append(speaker);
  return out;
}

bool SplitStanceSpeaker(std::string_view value, std::string_view* stance,
                        std::string_view* speaker) {
  const std::size_t cut = value.find(kSeparator);
  if (cut == std::string_view::npos) return false;
  *stance = value.substr(0, cut);
  *speaker = value.substr(cut + 1);
  return true;
}

}  // namespace claimkb
