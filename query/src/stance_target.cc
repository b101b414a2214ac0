#include "claimkb/query/stance_target.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

#include "claimkb/query/judged_head.h"

namespace claimkb {
namespace {

bool IsOpposable(Stance stance) { return stance == Stance::kPositive || stance == Stance::kNegative; }

// A claim that ends in a question mark asks; it asserts nothing to oppose.
// Hosts' questions often state the view they put to the guest ("不是说 scaling
// 会撞墙吗？"), which is not the host's own.
bool IsQuestion(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  if (text.ends_with("?") || text.ends_with("？") || text.ends_with("吗")) return true;
  // "Scaling law 为什么能外推大训练": an interrogative in a line of one clause
  // with no full stop is a chapter title or an indirect question, naming
  // what is asked. ("这就是为什么…" explains; a sentence of several clauses
  // embeds it: "但它如何支撑模型，难以解释".)
  for (std::string_view mark : {"。", "！", "，", "；", "：", "——", ",", ";", ":", "|", "!"}) {
    if (text.find(mark) != std::string_view::npos) return false;
  }
  if (text.find(". ") != std::string_view::npos || text.ends_with(".")) return false;
  for (std::string_view asking : {"为什么", "为何", "如何", "怎样", "能否", "是否"}) {
    const std::size_t at = text.find(asking);
    if (at == std::string_view::npos) continue;
    const std::string_view before = text.substr(0, at);
    if (before.ends_with("就是") || before.ends_with("也是") || before.ends_with("正是") ||
        before.ends_with("解释了") || before.ends_with("解释")) {
      continue;
    }
    return true;
  }
  return false;
}

// "主持人问他，怎么看待这些项目越来越被公开提及": a question someone was asked,
// reported, asserts nothing either. A verb of asking and an interrogative.
bool ReportsAQuestion(std::string_view text) {
  std::string folded(text);
  for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  constexpr std::string_view kAsking[] = {"问他", "问她",      "问道",      "被问到",   "问起",
                                          "问到", "asked him", "asked her", "was asked"};
  constexpr std::string_view kInterrogative[] = {"怎么看", "如何看待", "是否", "怎样", "为什么",
                                                 "what",   "whether",  "how",  "why"};
  const auto has = [&](std::string_view word) { return folded.find(word) != std::string::npos; };
  return std::any_of(std::begin(kAsking), std::end(kAsking), has) &&
         std::any_of(std::begin(kInterrogative), std::end(kInterrogative), has);
}

// "基座模型、数据饱和与下一种 scaling": a line with no punctuation that lists
// topics with 、 and has none of the words a predicate is made of (很, 更, 是,
// 不, 会, 能, …) is a heading: it names what follows and judges nothing.
bool ListsTopics(std::string_view text) {
  if (text.find("、") == std::string_view::npos) return false;
  for (std::string_view mark :
       {"。", "！", "，", "；", "：", "？", ",", ";", ":", "!", "?", "——"}) {
    if (text.find(mark) != std::string_view::npos) return false;
  }
  for (std::string_view word :
       {"很", "更", "最", "太", "都", "是", "不", "没", "会", "能", "要", "已", "在", "有"}) {
    if (text.find(word) != std::string_view::npos) return false;
  }
  return true;
}

// "agent.md 或 claude.md": a name followed by a file extension names a file,
// not the model or product it is spelled like. True when every occurrence of
// `surface` in `text` is followed by '.' and an ASCII letter.
bool NamedOnlyAsFile(std::string_view text, std::string_view surface) {
  if (surface.empty()) return false;
  bool found = false;
  for (std::size_t at = text.find(surface); at != std::string_view::npos;
       at = text.find(surface, at + 1)) {
    found = true;
    const std::size_t after = at + surface.size();
    const bool file = after + 1 < text.size() && text[after] == '.' &&
                      std::isalpha(static_cast<unsigned char>(text[after + 1]));
    if (!file) return false;
  }
  return found;
}

bool Contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

std::string StanceTarget::Label() const {
  if (entity_id.empty()) return topic_id;
  if (topic_id.empty()) return entity_id;
  return entity_id + " × " + topic_id;
}

namespace {

// The targets of a Claim or of the link step's LinkClaimText: both have
// the fields read here under the same names.
template <class ClaimText>
std::vector<StanceTarget> TargetsOf(const ClaimText& claim, const Lexicon* lexicon) {
  std::vector<StanceTarget> targets;
  if (IsQuestion(claim.text) || ReportsAQuestion(claim.text) || ListsTopics(claim.text)) {
    return targets;
  }
  // Names set side by side, each opening its own clause with one stance
  // read toward both ("X 的 scaling 已接近尾声，Y 正在中场"): the stance was
  // read from one clause's predicate and spread to the other's subject, and
  // the reading is most often the first clause's (the extractor takes a
  // name's stance from the judgement nearest it, and the later clause is
  // often the contrast). The later name is not taken as judged.
  std::vector<std::string> later_subjects;
  for (const EntityMention& a : claim.entities) {
    if (!IsOpposable(a.stance) || a.inferred || a.surface.empty() ||
        a.role == MentionRole::kObject) {
      continue;
    }
    for (const EntityMention& b : claim.entities) {
      if (b.entity_id == a.entity_id || b.stance != a.stance || b.inferred || b.surface.empty() ||
          !NamedInTheNextClause(claim.text, a.surface, b.surface)) {
        continue;
      }
      if (NamedAsJudgedHead(claim.text, a.surface)) later_subjects.push_back(b.entity_id);
    }
  }
  // Topic ids the judged entities belong to, and whether any entity is judged.
  bool judges_entity = false;
  std::vector<std::string> judged_topics;
  for (const EntityMention& mention : claim.entities) {
    if (!IsOpposable(mention.stance)) continue;
    if (NamedOnlyAsFile(claim.text, mention.surface)) continue;
    // An entity guessed from the context is not named by the claim: what
    // the words judge is the topic ("我们没看到“墙”" in a scaling answer).
    if (!mention.inferred) judges_entity = true;
    if (lexicon != nullptr) {
      if (const LexiconEntry* entry = lexicon->Find(mention.entity_id)) {
        judged_topics.insert(judged_topics.end(), entry->topics.begin(), entry->topics.end());
      }
    }
    // One target per entity: a claim naming the same entity twice judges it once.
    bool seen = false;
    for (const StanceTarget& target : targets) {
      seen = seen || (target.entity_id == mention.entity_id && target.topic_id.empty());
    }
    if (seen) continue;
    StanceTarget alone{mention.entity_id, "", mention.kind, mention.stance, !mention.inferred,
                       mention.confidence};
    // The compared side of a comparison ("A 不如 B") takes its stance from
    // the comparison, wherever it stands.
    alone.compared = !mention.inferred && mention.role == MentionRole::kObject;
    if (!mention.inferred && mention.role != MentionRole::kObject) {
      std::vector<std::string_view> others;
      for (const EntityMention& other : claim.entities) {
        if (&other != &mention && !other.surface.empty()) others.push_back(other.surface);
      }
      alone.judged_head = NamedAsJudgedHead(claim.text, mention.surface, others);
    }
    // The option a choice passes over, whatever role the extractor gave it
    // ("而不是采购 X" reads X as a compared object); and a compared object
    // named as a tool ("领先编码产品用 X"), which no comparison reaches (a
    // name in any other role after 用 does not open its clause anyway).
    if (!mention.inferred && (NamedAsPassedOver(claim.text, mention.surface) ||
                              (mention.role == MentionRole::kObject &&
                               NamedAsInstrument(claim.text, mention.surface)))) {
      alone.judged_head = false;
    }
    if (Contains(later_subjects, mention.entity_id)) alone.judged_head = false;
    // An aside in a parenthesis, whatever role it was given: the compared
    // side of "三家模型（GPT、Claude、Gemini）将交替领先" is none of them.
    if (!mention.inferred && NamedInParenthesis(claim.text, mention.surface)) {
      alone.judged_head = false;
    }
    // A company or person named as the owner of a named thing ("领先于 Google
    // 的 Gemini 2.5 Pro"): what is judged or compared is the thing, whatever
    // role the owner was given. (A model's part, "Gemini 3 的基模", is an
    // aspect of the model and leaves it judged.)
    if (!mention.inferred &&
        (mention.kind == EntityKind::kOrg || mention.kind == EntityKind::kPerson)) {
      std::vector<std::string_view> named;
      for (const EntityMention& other : claim.entities) {
        if (other.entity_id != mention.entity_id && !other.surface.empty()) {
          named.push_back(other.surface);
        }
      }
      if (NamedAsOwnerOf(claim.text, mention.surface, named)) alone.judged_head = false;
    }
    targets.push_back(alone);
    for (const std::string& topic : claim.topics) {
      StanceTarget crossed = alone;
      crossed.topic_id = topic;
      targets.push_back(std::move(crossed));
    }
  }
  if (IsOpposable(claim.stance)) {
    for (const std::string& topic : claim.topics) {
      const bool direct = !judges_entity || Contains(judged_topics, topic);
      targets.push_back(StanceTarget{"", topic, EntityKind::kTopic, claim.stance, direct, 1.0});
    }
  }
  return targets;
}

}  // namespace

std::vector<StanceTarget> StanceTargets(const Claim& claim, const Lexicon* lexicon) {
  return TargetsOf(claim, lexicon);
}

std::vector<StanceTarget> StanceTargets(const LinkClaimText& claim, const Lexicon* lexicon) {
  return TargetsOf(claim, lexicon);
}

bool AboutFilter::Matches(const StanceTarget& target) const {
  if (!topic_id.empty()) return target.topic_id == topic_id;
  return !target.entity_id.empty() && Contains(entity_ids, target.entity_id);
}

Result<AboutFilter> ResolveAbout(const EntityLinker& linker, std::string_view name) {
  AboutFilter about;
  about.label = std::string(name);
  const std::string id = linker.Resolve(name);
  const LexiconEntry* entry = id.empty() ? nullptr : linker.lexicon().Find(id);
  if (entry == nullptr) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "--about \"" + std::string(name) + "\": no entity or topic of that name",
                     "`claimkb entities` lists the known ones");
  }
  if (entry->kind == EntityKind::kTopic) {
    about.topic_id = id;
  } else {
    about.entity_ids = linker.lexicon().Descendants(id);
  }
  return about;
}

}  // namespace claimkb
