#include "claimkb/core/speaker_identity.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>
#include <set>

#include "utf8_scan.h"

namespace claimkb {
namespace {

using internal::DecodeUtf8At;
using internal::IsCjkIdeograph;

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = internal::AsciiLower(c);
  return out;
}

std::vector<char32_t> CodePoints(std::string_view text) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    i += DecodeUtf8At(text, i, &cp);
    out.push_back(cp);
  }
  return out;
}

bool AllHan(const std::vector<char32_t>& cps) {
  return !cps.empty() && std::all_of(cps.begin(), cps.end(), IsCjkIdeograph);
}

// Toneless pinyin, syllables separated by spaces: "张小珺" and "张晓珺" both
// give "zhang xiao jun". ICU's Han-Latin transform does the work; it takes
// one reading per character, which is what a name read aloud has.
std::string Pinyin(std::string_view han) {
  static std::mutex mutex;
  static std::unique_ptr<icu::Transliterator> transform = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  if (transform == nullptr) return {};
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(han.data(), static_cast<int32_t>(han.size())));
  {
    std::lock_guard<std::mutex> lock(mutex);
    transform->transliterate(text);
  }
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::vector<std::string> LatinTokens(std::string_view name) {
  std::vector<std::string> tokens;
  std::string current;
  for (char c : name) {
    if (internal::IsAsciiAlpha(c) || c == '\'' || c == '.') {
      current += internal::AsciiLower(c);
    } else if (c == ' ' || c == '-') {
      if (!current.empty()) tokens.push_back(std::move(current));
      current.clear();
    } else {
      return {};  // Not a plain Latin name.
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

// Titles that follow a surname in a Chinese label: "田博士" is Dr. Tian.
constexpr std::string_view kHonorifics[] = {"博士", "老师", "教授", "先生", "女士", "总", "院士"};

// "田博士" → "田" when the label is a surname and an honorific.
std::string HonorificSurname(std::string_view name) {
  for (std::string_view title : kHonorifics) {
    if (name.size() > title.size() && name.ends_with(title)) {
      std::string_view rest = name.substr(0, name.size() - title.size());
      std::vector<char32_t> cps = CodePoints(rest);
      if (cps.size() == 1 && IsCjkIdeograph(cps[0])) return std::string(rest);
    }
  }
  return {};
}

// What makes two labels likely one person by their form alone; empty when
// nothing does.
std::string NameLikeness(const std::string& a, const std::string& b) {
  const std::vector<std::string> ta = LatinTokens(a), tb = LatinTokens(b);
  if (!ta.empty() && !tb.empty() && ta.size() != tb.size()) {
    const auto& shorter = ta.size() < tb.size() ? ta : tb;
    const auto& longer = ta.size() < tb.size() ? tb : ta;
    if (shorter.front().size() >= 3 &&
        std::equal(shorter.begin(), shorter.end(), longer.begin())) {
      return "\"" + (ta.size() < tb.size() ? a : b) + "\" is the start of \"" +
             (ta.size() < tb.size() ? b : a) + "\"";
    }
    return {};
  }
  const std::vector<char32_t> ca = CodePoints(a), cb = CodePoints(b);
  if (AllHan(ca) && AllHan(cb) && ca.size() == cb.size() && ca.size() >= 2 && ca.size() <= 4 &&
      ca[0] == cb[0] && a != b) {
    const std::string pa = Pinyin(a);
    if (!pa.empty() && pa == Pinyin(b)) return "same surname and pinyin \"" + pa + "\"";
  }
  return {};
}

struct Node {
  std::int64_t speaker_id = 0;
  std::string name;     // Stored name, or the person's name for a cover-only person.
  std::string episode;  // For a role label in one episode.
  int turns = 0;
  int claims = 0;
  std::vector<std::string> aliases;
  std::set<std::string> episodes;
  std::set<std::string> organisations;
};

struct Link {
  std::size_t a = 0, b = 0;
  IdentityEvidence evidence;
  bool alive = true;
};

class Resolver {
 public:
  explicit Resolver(const SpeakerFacts& facts) : facts_(facts) {}

  std::vector<SpeakerIdentity> Run() {
    for (const SpeakerFacts::Episode& episode : facts_.episodes) episodes_[episode.slug] = &episode;
    AddNodes();
    FindOrganisations();
    LinkByName();
    LinkByCover();
    LinkBySelfIntroduction();
    ApplyDecisions();
    return Assemble();
  }

 private:
  void AddNodes() {
    for (const SpeakerFacts::Speaker& speaker : facts_.speakers) {
      if (IsSpeakerRoleLabel(speaker.name)) {
        for (const auto& presence : speaker.episodes) {
          Node node;
          node.speaker_id = speaker.id;
          node.name = speaker.name;
          node.episode = presence.episode;
          node.turns = presence.turns;
          node.claims = presence.claims;
          node.episodes.insert(presence.episode);
          role_nodes_[{speaker.id, presence.episode}] = nodes_.size();
          roles_by_name_[Lower(speaker.name)].push_back(nodes_.size());
          nodes_.push_back(std::move(node));
        }
        continue;
      }
      Node node;
      node.speaker_id = speaker.id;
      node.name = speaker.name;
      node.aliases = speaker.aliases;
      node.turns = speaker.turn_count;
      node.claims = speaker.claim_count;
      for (const auto& presence : speaker.episodes) node.episodes.insert(presence.episode);
      by_name_.emplace(Lower(speaker.name), nodes_.size());
      for (const std::string& alias : speaker.aliases) by_name_.emplace(Lower(alias), nodes_.size());
      nodes_.push_back(std::move(node));
    }
  }

  // The node of a person's name: a stored speaker, else a person only named
  // (in a cover, or by themselves), created on first use.
  std::size_t PersonNode(const std::string& name) {
    if (auto it = by_name_.find(Lower(name)); it != by_name_.end()) return it->second;
    Node node;
    node.name = name;
    by_name_.emplace(Lower(name), nodes_.size());
    nodes_.push_back(std::move(node));
    return nodes_.size() - 1;
  }

  // Organisations named in the titles of a speaker's episodes together with
  // the speaker's name: "OpenAI VP of Research Jerry Tworek".
  void FindOrganisations() {
    for (Node& node : nodes_) {
      if (node.speaker_id == 0 || !node.episode.empty()) continue;
      std::vector<std::string> names = {node.name};
      names.insert(names.end(), node.aliases.begin(), node.aliases.end());
      for (const std::string& slug : node.episodes) {
        auto it = episodes_.find(slug);
        if (it == episodes_.end()) continue;
        const std::string title = Lower(it->second->title);
        const bool named = std::any_of(names.begin(), names.end(), [&](const std::string& n) {
          return n.size() >= 4 && title.find(Lower(n)) != std::string::npos;
        });
        if (!named) continue;
        for (const std::vector<std::string>& organisation : facts_.organisations) {
          for (const std::string& spelling : organisation) {
            if (spelling.size() >= 3 && title.find(Lower(spelling)) != std::string::npos) {
              node.organisations.insert(organisation.front());
              break;
            }
          }
        }
      }
    }
  }

  void AddLink(std::size_t a, std::size_t b, IdentityEvidenceKind kind, std::string detail,
               std::string episode = {}) {
    if (a == b) return;
    Link link{a, b, {kind, nodes_[a].name, nodes_[b].name, std::move(detail), std::move(episode)}};
    links_.push_back(std::move(link));
  }

  void LinkByName() {
    // Candidates are speakers who share a first letter-token or surname, so
    // the pairs looked at stay few on a large store.
    std::map<std::string, std::vector<std::size_t>> buckets;
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      const Node& node = nodes_[i];
      if (node.speaker_id == 0 || !node.episode.empty()) continue;
      std::vector<std::string> tokens = LatinTokens(node.name);
      if (!tokens.empty()) {
        buckets["l:" + tokens.front()].push_back(i);
        continue;
      }
      if (AllHan(CodePoints(node.name))) {
        char32_t first = 0;
        buckets["h:" + node.name.substr(0, DecodeUtf8At(node.name, 0, &first))].push_back(i);
      }
    }
    for (const auto& [key, members] : buckets) {
      std::vector<std::vector<std::pair<std::size_t, std::string>>> matches(members.size());
      for (std::size_t x = 0; x < members.size(); ++x) {
        for (std::size_t y = 0; y < members.size(); ++y) {
          if (x == y) continue;
          std::string why = NameLikeness(nodes_[members[x]].name, nodes_[members[y]].name);
          if (!why.empty()) matches[x].emplace_back(y, std::move(why));
        }
      }
      // A pair is linked when each is the other's only look-alike: a short
      // name like two fuller ones ("Sam" for two Sams) says nothing about which.
      for (std::size_t x = 0; x < members.size(); ++x) {
        for (const auto& [y, why] : matches[x]) {
          if (y < x) continue;
          const std::size_t a = members[x], b = members[y];
          if (matches[x].size() == 1 && matches[y].size() == 1) {
            LinkIfAffiliationsAllow(a, b, IdentityEvidenceKind::kName, why);
          } else {
            held_apart_.push_back({a, b,
                                   {IdentityEvidenceKind::kName, nodes_[a].name, nodes_[b].name,
                                    why + ", but other speakers' names are as alike",
                                    {}},
                                   false});
          }
        }
      }
    }
    // "田博士" in an episode where one speaker has the surname 田.
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      const Node& node = nodes_[i];
      if (node.speaker_id == 0 || !node.episode.empty()) continue;
      const std::string surname = HonorificSurname(node.name);
      if (surname.empty()) continue;
      std::vector<std::size_t> found;
      for (std::size_t j = 0; j < nodes_.size(); ++j) {
        const Node& other = nodes_[j];
        if (j == i || other.speaker_id == 0 || !other.episode.empty()) continue;
        if (!other.name.starts_with(surname) || !HonorificSurname(other.name).empty()) continue;
        if (!AllHan(CodePoints(other.name)) || !SharesEpisode(node, other)) continue;
        found.push_back(j);
      }
      if (found.size() == 1) {
        AddLink(i, found[0], IdentityEvidenceKind::kName,
                "surname " + surname + " and a title, in the same episode");
      }
    }
  }

  bool SharesEpisode(const Node& a, const Node& b) const {
    std::set<std::string> works;
    for (const std::string& slug : a.episodes) works.insert(WorkOf(slug));
    return std::any_of(b.episodes.begin(), b.episodes.end(),
                       [&](const std::string& slug) { return works.count(WorkOf(slug)) > 0; });
  }

  std::string WorkOf(const std::string& slug) const {
    auto it = episodes_.find(slug);
    return it == episodes_.end() || it->second->work_key.empty() ? slug : it->second->work_key;
  }

  // Two people named alike but each named with a different organisation
  // (two researchers called Yao Shunyu, one at OpenAI, one at Anthropic) are
  // held apart; the same organisation is more evidence.
  void LinkIfAffiliationsAllow(std::size_t a, std::size_t b, IdentityEvidenceKind kind,
                               const std::string& why) {
    const auto& oa = nodes_[a].organisations;
    const auto& ob = nodes_[b].organisations;
    std::vector<std::string> shared;
    std::set_intersection(oa.begin(), oa.end(), ob.begin(), ob.end(), std::back_inserter(shared));
    if (!oa.empty() && !ob.empty() && shared.empty()) {
      auto join = [](const std::set<std::string>& set) {
        std::string out;
        for (const std::string& s : set) out += (out.empty() ? "" : ", ") + s;
        return out;
      };
      held_apart_.push_back({a, b,
                             {IdentityEvidenceKind::kAffiliation, nodes_[a].name, nodes_[b].name,
                              why + ", but " + nodes_[a].name + " is named with " + join(oa) +
                                  " and " + nodes_[b].name + " with " + join(ob),
                              {}},
                             false});
      return;
    }
    AddLink(a, b, kind, why);
    for (const std::string& organisation : shared) {
      AddLink(a, b, IdentityEvidenceKind::kAffiliation,
              "both named with " + organisation + " in episode titles");
    }
  }

  // A role label in an episode whose cover names exactly one host is that host.
  void LinkByCover() {
    for (const auto& [key, index] : role_nodes_) {
      const Node& role = nodes_[index];
      if (!IsHostLabel(role.name)) continue;
      auto it = episodes_.find(role.episode);
      if (it == episodes_.end() || it->second->hosts.size() != 1) continue;
      const std::string& host = it->second->hosts.front();
      AddLink(index, PersonNode(host), IdentityEvidenceKind::kCover,
              "the cover names " + host + " as host", role.episode);
    }
  }

  void LinkBySelfIntroduction() {
    static constexpr std::string_view kCues[] = {"我是", "我叫", "I'm ", "I am ", "my name is ",
                                                 "My name is ", "this is ", "This is "};
    for (const SpeakerFacts::Introduction& intro : facts_.introductions) {
      std::size_t speaker = SpeakerNode(intro.speaker_id, intro.episode);
      if (speaker == kNone) continue;
      // The names the speaker could be saying: every stored speaker's and
      // the episode's cover names.
      for (std::string_view cue : kCues) {
        for (std::size_t at = intro.text.find(cue); at != std::string::npos;
             at = intro.text.find(cue, at + 1)) {
          const std::string_view rest = std::string_view(intro.text).substr(at + cue.size());
          std::string said = NameAtStart(rest, intro.episode);
          if (said.empty()) continue;
          const std::size_t person = PersonNode(said);
          if (person == speaker || Lower(nodes_[speaker].name) == Lower(said)) continue;
          std::string quote = std::string(cue) + std::string(rest.substr(0, said.size()));
          AddLink(speaker, person, IdentityEvidenceKind::kSelfIntroduction,
                  nodes_[speaker].name + " says \"" + quote + "\"", intro.episode);
        }
      }
    }
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  std::size_t SpeakerNode(std::int64_t speaker_id, const std::string& episode) const {
    if (auto it = role_nodes_.find({speaker_id, episode}); it != role_nodes_.end()) {
      return it->second;
    }
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      if (nodes_[i].speaker_id == speaker_id && nodes_[i].episode.empty()) return i;
    }
    return kNone;
  }

  // The longest known name `text` starts with: a speaker's name or alias,
  // or a name the episode's cover lists. Empty when none.
  std::string NameAtStart(std::string_view text, const std::string& episode) const {
    std::string best;
    auto consider = [&](const std::string& name) {
      if (name.size() < 3 || name.size() <= best.size() || IsSpeakerRoleLabel(name)) return;
      if (Lower(text.substr(0, name.size())) != Lower(name)) return;
      // A Latin name ends at a word boundary ("Sam" is not "Samuel").
      if (name.size() < text.size() && internal::IsAsciiAlpha(name.back()) &&
          internal::IsAsciiAlpha(text[name.size()])) {
        return;
      }
      best = std::string(text.substr(0, name.size()));
    };
    for (const Node& node : nodes_) {
      if (!node.episode.empty()) continue;
      consider(node.name);
      for (const std::string& alias : node.aliases) consider(alias);
    }
    if (auto it = episodes_.find(episode); it != episodes_.end()) {
      for (const std::string& name : it->second->listed) consider(name);
    }
    if (best.empty()) return best;
    // The stored spelling, so that the link names the speaker row.
    if (auto it = by_name_.find(Lower(best)); it != by_name_.end()) return nodes_[it->second].name;
    return best;
  }

  // The nodes a name in a decision stands for: the speaker (or person) it
  // names, or every episode's node of a role label.
  std::vector<std::size_t> NodesNamed(const std::string& name) const {
    if (auto it = by_name_.find(Lower(name)); it != by_name_.end()) return {it->second};
    if (auto it = roles_by_name_.find(Lower(name)); it != roles_by_name_.end()) return it->second;
    return {};
  }

  void ApplyDecisions() {
    for (const SpeakerFacts::Decision& decision : facts_.decisions) {
      const std::vector<std::size_t> named = NodesNamed(decision.name);
      if (named.empty()) continue;
      if (!decision.same) {
        const std::set<std::size_t> cut(named.begin(), named.end());
        for (Link& link : links_) {
          if (!link.alive || (cut.count(link.a) == 0 && cut.count(link.b) == 0)) continue;
          link.alive = false;
          link.evidence.detail += " — split by the user";
        }
        continue;
      }
      const std::vector<std::size_t> others = NodesNamed(decision.other);
      if (others.empty()) continue;
      for (std::size_t a : named) {
        AddLink(a, others.front(), IdentityEvidenceKind::kUser,
                "merged by the user (" + decision.name + " = " + decision.other + ")");
      }
    }
  }

  std::size_t Find(std::vector<std::size_t>& parent, std::size_t x) const {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }

  std::vector<SpeakerIdentity> Assemble() {
    std::vector<std::size_t> parent(nodes_.size());
    std::iota(parent.begin(), parent.end(), 0);
    std::set<std::size_t> linked;
    for (const Link& link : links_) {
      if (!link.alive) continue;
      parent[Find(parent, link.a)] = Find(parent, link.b);
      linked.insert(link.a);
      linked.insert(link.b);
    }
    // A role label's episodes where it stands for nobody named are one
    // "主持人", not one per episode.
    std::map<std::int64_t, std::size_t> unbound_role;
    for (const auto& [key, index] : role_nodes_) {
      if (linked.count(index) > 0) continue;
      auto [it, added] = unbound_role.emplace(key.first, index);
      if (!added) parent[Find(parent, index)] = Find(parent, it->second);
    }
    std::map<std::size_t, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < nodes_.size(); ++i) groups[Find(parent, i)].push_back(i);

    std::vector<SpeakerIdentity> out;
    for (auto& [root, members] : groups) {
      // A person only named (a cover's host whose role label is split off)
      // is nobody in the store: no identity.
      const bool stored = std::any_of(members.begin(), members.end(),
                                      [&](std::size_t i) { return nodes_[i].speaker_id != 0; });
      if (!stored) continue;
      SpeakerIdentity identity;
      std::set<std::string> episodes;
      const Node* display = nullptr;
      for (std::size_t i : members) {
        const Node& node = nodes_[i];
        if (node.speaker_id != 0) {
          identity.members.push_back({node.speaker_id, node.name, node.episode});
          identity.turn_count += node.turns;
          identity.claim_count += node.claims;
          episodes.insert(node.episodes.begin(), node.episodes.end());
        }
        // The display name is a person's name, the one with most claims
        // (a host named only in covers counts as having none).
        if (!node.episode.empty()) continue;
        if (display == nullptr || node.claims > display->claims ||
            (node.claims == display->claims && node.name.size() > display->name.size())) {
          display = &node;
        }
      }
      if (display == nullptr) display = &nodes_[members.front()];
      identity.name = display->name;
      identity.episode_count = static_cast<int>(episodes.size());
      auto add_name = [&](const std::string& name) {
        if (std::find(identity.names.begin(), identity.names.end(), name) == identity.names.end())
          identity.names.push_back(name);
      };
      add_name(identity.name);
      for (std::size_t i : members) {
        const Node& node = nodes_[i];
        if (!node.episode.empty()) continue;
        add_name(node.name);
        for (const std::string& alias : node.aliases) {
          add_name(alias);
          identity.evidence.push_back({IdentityEvidenceKind::kLexicon, alias, node.name,
                                       "the lexicon's person entry lists both", {}});
        }
      }
      const std::set<std::size_t> in(members.begin(), members.end());
      for (const Link& link : links_) {
        if (in.count(link.a) == 0 && in.count(link.b) == 0) continue;
        (link.alive ? identity.evidence : identity.held_apart).push_back(link.evidence);
      }
      for (const Link& link : held_apart_) {
        if (in.count(link.a) > 0 || in.count(link.b) > 0) identity.held_apart.push_back(link.evidence);
      }
      out.push_back(std::move(identity));
    }
    std::stable_sort(out.begin(), out.end(), [](const SpeakerIdentity& a, const SpeakerIdentity& b) {
      if (a.claim_count != b.claim_count) return a.claim_count > b.claim_count;
      if (a.turn_count != b.turn_count) return a.turn_count > b.turn_count;
      return a.name < b.name;
    });
    return out;
  }

  static bool IsHostLabel(std::string_view name) {
    const std::string lower = Lower(name);
    return lower == "主持人" || lower == "host" || lower == "主播" || lower == "interviewer" ||
           lower == "moderator";
  }

  const SpeakerFacts& facts_;
  std::map<std::string, const SpeakerFacts::Episode*> episodes_;
  std::vector<Node> nodes_;
  std::map<std::string, std::size_t> by_name_;  // Lower-case name or alias → node.
  std::map<std::pair<std::int64_t, std::string>, std::size_t> role_nodes_;
  std::map<std::string, std::vector<std::size_t>> roles_by_name_;
  std::vector<Link> links_;
  std::vector<Link> held_apart_;  // Considered, not made.
};

}  // namespace

const char* IdentityEvidenceKindName(IdentityEvidenceKind kind) {
  switch (kind) {
    case IdentityEvidenceKind::kLexicon:
      return "lexicon";
    case IdentityEvidenceKind::kName:
      return "name";
    case IdentityEvidenceKind::kAffiliation:
      return "affiliation";
    case IdentityEvidenceKind::kSelfIntroduction:
      return "self_introduction";
    case IdentityEvidenceKind::kCover:
      return "cover";
    case IdentityEvidenceKind::kUser:
      return "user";
  }
  return "name";
}

bool IsSpeakerRoleLabel(std::string_view name) {
  const std::string lower = Lower(name);
  for (std::string_view role : {"主持人", "主播", "嘉宾", "host", "guest", "interviewer",
                                "moderator", "记者", "观众", "听众", "股东", "旁白", "narrator",
                                "audience"}) {
    if (lower == role) return true;
  }
  return false;
}

bool SpeakerIdentity::Matches(std::string_view speaker_name, std::string_view episode_slug) const {
  return std::any_of(members.begin(), members.end(), [&](const IdentityMember& member) {
    return member.name == speaker_name && (member.episode.empty() || member.episode == episode_slug);
  });
}

bool SpeakerIdentity::Named(std::string_view name) const {
  const std::string lower = Lower(name);
  if (std::any_of(names.begin(), names.end(),
                  [&](const std::string& n) { return Lower(n) == lower; })) {
    return true;
  }
  return std::any_of(members.begin(), members.end(), [&](const IdentityMember& member) {
    return !member.episode.empty() && Lower(member.name) == lower;
  });
}

std::vector<SpeakerIdentity> ResolveSpeakerIdentities(const SpeakerFacts& facts) {
  return Resolver(facts).Run();
}

}  // namespace claimkb
