// Speaker identity: one person under several names across episodes and
// pipelines ("田博士" and "田渊栋", "Dwarkesh" and "Dwarkesh Patel", the
// "主持人" of an episode whose cover names its host). The store keeps the
// speakers as written; an identity groups them with the evidence for every
// link, and with the user's own decisions (`claimkb speakers merge|split`),
// which always win over the automatic evidence.
//
// Identities are computed when asked for, from what the store holds, so they
// are never out of date after an ingest, a re-extraction or a decision.
#ifndef CLAIMKB_CORE_SPEAKER_IDENTITY_H_
#define CLAIMKB_CORE_SPEAKER_IDENTITY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimkb {

enum class IdentityEvidenceKind {
  kLexicon,           // The lexicon lists both names for one person (merged on ingest).
  kName,              // Similar names: "Dwarkesh" ⊂ "Dwarkesh Patel", 张晓珺 ≈ 张小珺 (same pinyin).
  kAffiliation,       // Both names appear with the same organisation in episode titles.
  kSelfIntroduction,  // The speaker says who they are: "我是张小珺", "I'm Lex Fridman".
  kCover,             // The cover names the host a role label (主持人) stands for.
  kUser,              // `claimkb speakers merge` or `split`.
};
const char* IdentityEvidenceKindName(IdentityEvidenceKind kind);  // "lexicon", "name", ...

// Why two names are (or, for a blocked link, are not) one person.
struct IdentityEvidence {
  IdentityEvidenceKind kind = IdentityEvidenceKind::kName;
  std::string name;     // One side, as stored ("Dwarkesh").
  std::string other;    // The other side ("Dwarkesh Patel").
  std::string detail;   // For people: "same pinyin zhang xiao jun", "cover: 主持人：张小珺".
  std::string episode;  // Episode slug the evidence was seen in; empty when it is global.
};

// One member of an identity: a stored speaker everywhere, or a role label
// ("主持人", "Host") in one episode only.
struct IdentityMember {
  std::int64_t speaker_id = 0;  // Speaker row; 0 for a person only named in a cover.
  std::string name;             // The speaker's stored name.
  std::string episode;          // Episode slug for a role label; empty = every episode.
};

struct SpeakerIdentity {
  std::string name;                 // Display name: the fullest personal name among the members.
  std::vector<std::string> names;   // Every name and alias a filter matches, `name` first.
  std::vector<IdentityMember> members;
  std::vector<IdentityEvidence> evidence;  // The links that hold the members together.
  // Links considered and not made, with why ("affiliations differ",
  // "split by the user"): so a user can see what was held apart.
  std::vector<IdentityEvidence> held_apart;
  int episode_count = 0;  // Distinct episodes any member speaks in.
  int turn_count = 0;
  int claim_count = 0;

  // True when a claim stored under `speaker_name` in episode `episode_slug`
  // is this person's.
  bool Matches(std::string_view speaker_name, std::string_view episode_slug) const;
  // True when `name` is one of `names` (case-insensitive) or a role label a
  // member binds.
  bool Named(std::string_view name) const;
};

// Role labels that stand for a person only within one episode.
bool IsSpeakerRoleLabel(std::string_view name);

// What the resolver is given; the Store fills it in (Store::SpeakerIdentities),
// tests may build it by hand.
struct SpeakerFacts {
  struct Speaker {
    std::int64_t id = 0;
    std::string name;
    std::vector<std::string> aliases;  // Recorded by the lexicon on ingest.
    int turn_count = 0;
    int claim_count = 0;
    struct Presence {
      std::string episode;  // Slug.
      int turns = 0;
      int claims = 0;
    };
    std::vector<Presence> episodes;  // Every episode it speaks in.
  };
  struct Episode {
    std::string slug;
    std::string work_key;  // Sources of one episode share it.
    std::string title;
    std::vector<std::string> listed;  // Cover's speakers.
    std::vector<std::string> hosts;   // Cover's hosts.
  };
  // A turn where the speaker says their own name.
  struct Introduction {
    std::int64_t speaker_id = 0;
    std::string episode;  // Slug.
    std::string text;     // The paragraph's plain text.
  };
  struct Decision {
    std::string name;
    std::string other;  // Empty for a split.
    bool same = true;   // merge: true; split: false.
  };
  std::vector<Speaker> speakers;
  std::vector<Episode> episodes;
  std::vector<Introduction> introductions;
  std::vector<Decision> decisions;  // In the order they were made.
  // Organisation names (with aliases) known to the store, for affiliations.
  std::vector<std::vector<std::string>> organisations;
};

// Groups the speakers into identities, most claims first. Every speaker with
// a turn or a claim is in exactly one identity; a role label bound in an
// episode is in the host's identity for that episode and in its own
// identity for the episodes where nothing binds it.
std::vector<SpeakerIdentity> ResolveSpeakerIdentities(const SpeakerFacts& facts);

}  // namespace claimkb

#endif  // CLAIMKB_CORE_SPEAKER_IDENTITY_H_
