// Whether two claims read with opposite stances on one target oppose at all.
// Below the strong pairs, the readers of the top lists rejected every pair
// that stated two propositions: two aspects of one target ("X 极其昂贵"
// against "X 在变强": price and capability), two claims filed under one broad
// heading that share nothing else ("research": a benchmark's data against a
// lab's independence), a fact against a view ("他赢了一些奖金" against "这本
// 书把他写得太好了") or a name that is not what its clause judges ("执行 X
// 更彻底" judges an execution). Such a pair is no contradiction; it can still
// be more evidence under an entry another pair leads.
#ifndef CLAIMKB_QUERY_PAIR_OPPOSITION_H_
#define CLAIMKB_QUERY_PAIR_OPPOSITION_H_

namespace claimkb {

// What is known of a weak pair (short of strong evidence, and not two
// opposite verdicts on one limit) when it is found.
struct PairSigns {
  // The pair is tied by a topic alone, or by a technique the lexicon files
  // under no topic (the field's whole class, "LLM"). Readers accepted no
  // such pair that did not answer one question (one_proposition).
  bool heading_only = false;
  // The two claims give opposite verdicts on whether the target has hit its
  // limit (limit_verdict.h): one proposition whatever else each says.
  bool one_proposition = false;
  // The claims share two distinctive content units beyond the target's
  // names (shared_aspect.h, SharesAspect).
  bool share_aspect = false;
  // Each claim has a distinctive content unit of its own beyond the
  // target's names (a bare "X 很好" has none: it names no aspect).
  bool first_says_more = false;
  bool second_says_more = false;
  // One claim speaks of cost, of a barrier to progress or of how widely the
  // thing is used, and the other does not (shared_aspect.h).
  bool dimensions_differ = false;
  // Each claim names the target where its clause judges it
  // (judged_head.h, NamedAsJudgedHead).
  bool both_judged_heads = true;
  // A claim's entity was guessed for an elided subject: taken from the
  // context, with no plural pronoun of things (它们, "they") in the claim to
  // stand for it (narration.h, RefersByPronoun).
  bool guessed_subject = false;
  // The target is a company or a person: the actors of stories, whose
  // deeds a pair of lines tells rather than judges (a plan, a prediction).
  bool actor = false;
};

// True when a weak pair shows a sign that its two claims do not oppose:
// - a heading alone (topic, or the field's class);
// - two aspects of one target: one claim weighs cost, a barrier or
//   popularity and the other does not, or each says something of its own
//   and they share none of it;
// - a claim whose name is not what its clause judges;
// - a claim whose entity was guessed for an elided subject;
// - a company or a person as the target (a weak pair on one is two deeds).
// Two opposite verdicts on one limit oppose whatever else they say.
bool NotOpposed(const PairSigns& signs);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_PAIR_OPPOSITION_H_
