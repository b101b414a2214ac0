#include "claimkb/query/pair_opposition.h"

namespace claimkb {

bool NotOpposed(const PairSigns& signs) {
  // Two opposite verdicts on one limit answer one question, whatever else
  // each claim says.
  if (signs.one_proposition) return false;
  // A topic alone (or the field's class) is a heading: claims filed under
  // it judge two things unless they answer one question (above).
  if (signs.heading_only) return true;
  // Two aspects of one target: price or a barrier or popularity against
  // capability, or each claim saying something of its own, sharing none.
  if (signs.dimensions_differ) return true;
  if (signs.first_says_more && signs.second_says_more && !signs.share_aspect) return true;
  return !signs.both_judged_heads || signs.guessed_subject || signs.actor;
}

}  // namespace claimkb
