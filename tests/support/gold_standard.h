// The gold standard of tests/gold/ (format: tests/gold/README.md), decoded
// and scored. Shared by the gated test (tests/core/extraction_gold_test.cc)
// and the leave-one-episode-out benchmark (bench/gold_eval.cc), so that the
// figures the benchmark prints are the ones the test gates on.
#ifndef CLAIMKB_TESTS_SUPPORT_GOLD_STANDARD_H_
#define CLAIMKB_TESTS_SUPPORT_GOLD_STANDARD_H_

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "claimkb/core/claim.h"
#include "claimkb/core/lexicon.h"

namespace claimkb::gold {

// Which use a gold file may be put to.
enum class Split {
  kTuned,  // The extractor was tuned on it; its floors gate the test.
  kDev,    // Labelled blind; tuning may look at it, its floors are reported.
  kTest,   // Labelled blind and kept untouched: no change is tuned on it.
  // Labelled blind for stance and speakers only, to train the stance model
  // on digests no rule was written from; entities are not labelled or scored.
  kTrain,
};

inline const char* SplitName(Split split) {
  switch (split) {
    case Split::kTuned:
      return "tuned";
    case Split::kDev:
      return "dev";
    case Split::kTest:
      return "test";
    case Split::kTrain:
      return "train";
  }
  return "?";
}

struct GoldClaim {
  int line = 0;
  std::string key;
  std::string speaker;  // "editor" for the digest's editor.
  std::optional<Stance> stance;
  std::string target;  // Empty when the claim has no target entity.
  std::vector<std::string> topics;
  // "sample": "random": drawn at random from the extractor's claims
  // (scripts/sample_random_claims.py), not chosen by the labeller, so that
  // the labels hold as many plain statements as the extractor sees.
  bool random_sample = false;
};

struct Gold {
  std::string corpus = "corpus";  // Folder of the shared data holding the digest.
  std::string file;               // The digest, relative to that folder.
  Split split = Split::kTuned;
  // Names the episode when two gold files read two digests of it (a summary
  // and its transcript): leave-one-episode-out then leaves both out, so the
  // model never scores a file after training on the same conversation.
  // Empty: the file is its own episode.
  std::string episode;
  std::map<std::string, EntityKind> entities;  // id → kind as labelled.
  std::set<std::string> optional_entities;
  struct Repair {
    std::string surface;
    std::string entity;
    int line = 0;
  };
  std::vector<Repair> asr_repairs;
  std::vector<std::string> speakers;  // Turn labels of the digest; empty when it has none.
  std::map<std::string, std::string> speaker_aliases;
  // False for a transcript whose only words of the editor are headings and
  // metadata, which are not claims: then no editor claim can be labelled.
  bool editor_text = true;
  std::vector<GoldClaim> claims;
};

// Throws std::runtime_error (or nlohmann::json's exceptions) on a malformed file.
inline Gold DecodeGold(const nlohmann::json& j) {
  Gold gold;
  gold.file = j.at("file").get<std::string>();
  gold.corpus = j.value("corpus", std::string("corpus"));
  gold.episode = j.value("episode", std::string());
  // "held_out": true predates the split field and means an untouched file.
  if (j.value("held_out", false)) gold.split = Split::kTest;
  if (j.contains("split")) {
    const std::string split = j["split"].get<std::string>();
    if (split == "tuned") {
      gold.split = Split::kTuned;
    } else if (split == "dev") {
      gold.split = Split::kDev;
    } else if (split == "test") {
      gold.split = Split::kTest;
    } else if (split == "train") {
      gold.split = Split::kTrain;
    } else {
      throw std::runtime_error("unknown split '" + split + "'");
    }
  }
  for (const auto& [kind_name, ids] : j.at("entities").items()) {
    const auto kind = EntityKindFromName(kind_name);
    if (!kind) throw std::runtime_error("unknown entity kind '" + kind_name + "'");
    for (const auto& id : ids) gold.entities[id.get<std::string>()] = *kind;
  }
  if (j.contains("optional_entities")) {
    for (const auto& o : j["optional_entities"])
      gold.optional_entities.insert(o.at("id").get<std::string>());
  }
  if (j.contains("asr_repairs")) {
    for (const auto& r : j["asr_repairs"]) {
      gold.asr_repairs.push_back({r.at("surface").get<std::string>(),
                                  r.at("entity").get<std::string>(), r.value("line", 0)});
    }
  }
  if (j.contains("speakers")) gold.speakers = j["speakers"].get<std::vector<std::string>>();
  if (j.contains("editor_text")) gold.editor_text = j["editor_text"].get<bool>();
  if (j.contains("speaker_aliases")) {
    for (const auto& [alias, name] : j["speaker_aliases"].items())
      gold.speaker_aliases[alias] = name;
  }
  for (const auto& c : j.at("claims")) {
    GoldClaim claim;
    claim.line = c.at("line").get<int>();
    claim.key = c.at("key").get<std::string>();
    claim.speaker = c.at("speaker").get<std::string>();
    if (c.contains("stance") && !c["stance"].is_null()) {
      claim.stance = StanceFromName(c["stance"].get<std::string>());
      if (!claim.stance)
        throw std::runtime_error("unknown stance at line " + std::to_string(claim.line));
    }
    if (c.contains("target") && !c["target"].is_null())
      claim.target = c["target"].get<std::string>();
    if (c.contains("topics")) claim.topics = c["topics"].get<std::vector<std::string>>();
    if (c.contains("sample")) {
      if (c["sample"].get<std::string>() != "random")
        throw std::runtime_error("unknown sample at line " + std::to_string(claim.line));
      claim.random_sample = true;
    }
    gold.claims.push_back(std::move(claim));
  }
  return gold;
}

inline Gold ReadGold(const std::filesystem::path& path) {
  std::ifstream in(path);
  return DecodeGold(nlohmann::json::parse(in));
}

inline std::vector<std::filesystem::path> GoldFiles(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  if (!std::filesystem::is_directory(dir)) return files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// `shared` is the shared data folder (../shared), which holds corpus/ and corpus-more/.
inline std::filesystem::path DigestPath(const std::filesystem::path& shared, const Gold& gold) {
  return shared / gold.corpus / gold.file;
}

inline std::vector<std::string> ReadLines(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

inline std::size_t CodePoints(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

inline double Fraction(std::size_t num, std::size_t den) {
  return den == 0 ? 1.0 : static_cast<double>(num) / static_cast<double>(den);
}

inline std::string Ratio(std::size_t num, std::size_t den) {
  std::ostringstream out;
  out.precision(3);
  out << Fraction(num, den) << " (" << num << "/" << den << ")";
  return out.str();
}

inline std::string Join(const std::set<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out.empty() ? "-" : out;
}

// True when `a` and `b` are the same entity or one is an ancestor of the
// other: a target labelled "gemini-3" is the subject of a claim that links
// "gemini-3-pro", and "claude" of one that links "claude-sonnet-4-5".
inline bool SameLineage(const Lexicon& lexicon, const std::string& a, const std::string& b) {
  if (a == b) return true;
  const auto up_a = lexicon.Ancestors(a);
  const auto up_b = lexicon.Ancestors(b);
  return std::find(up_a.begin(), up_a.end(), b) != up_a.end() ||
         std::find(up_b.begin(), up_b.end(), a) != up_b.end();
}

// Entity kinds whose recall and precision are gated. Techniques are scored
// and printed but not gated: whether "RL" or "预训练" in passing is a mention a
// reader cares about depends on how generous the technique lexicon is, while
// a model, benchmark, product or organisation named in the text always is.
inline const std::set<EntityKind>& GatedKinds() {
  static const std::set<EntityKind> kinds = {EntityKind::kModel, EntityKind::kBenchmark,
                                             EntityKind::kProduct, EntityKind::kOrg};
  return kinds;
}
inline const std::set<EntityKind>& ReportedKinds() {
  static const std::set<EntityKind> kinds = {EntityKind::kTechnique};
  return kinds;
}

struct EntityScore {
  std::size_t expected = 0, hits = 0, found = 0, correct = 0;
  std::set<std::string> missed, spurious;
};

// Stances in the order of the confusion matrix; the last column counts gold
// claims that no extracted claim could be found for.
inline constexpr std::array<Stance, 4> kStanceOrder = {Stance::kPositive, Stance::kNegative,
                                                       Stance::kMixed, Stance::kNeutral};
inline std::size_t StanceIndex(Stance stance) {
  return static_cast<std::size_t>(std::find(kStanceOrder.begin(), kStanceOrder.end(), stance) -
                                  kStanceOrder.begin());
}
using Confusion = std::array<std::array<std::size_t, 5>, 4>;  // [gold][got or not located]

struct EpisodeScore {
  bool read = false;  // False when the digest reader could not read the file.
  std::string read_error;
  std::size_t claims_extracted = 0;
  bool entities_scored = true;  // False for a train file, which labels none.
  EntityScore gated, technique;
  std::set<std::string> unknown_to_lexicon, unknown_topics;
  std::size_t repairs = 0, repaired = 0;
  std::size_t named = 0, named_ok = 0, editor = 0, editor_ok = 0;
  std::size_t located = 0;
  std::size_t stance_scored = 0, stance_ok = 0;
  // The same over the claims the labellers chose (not "sample": "random"),
  // the set earlier rounds were scored on.
  std::size_t chosen_scored = 0, chosen_ok = 0;
  Confusion confusion{};
  std::size_t topics_expected = 0, topics_found = 0;
  std::string misses;  // One line per miss.

  void Add(const EpisodeScore& other) {
    for (auto* pair : {&gated, &technique}) {
      const EntityScore& o = pair == &gated ? other.gated : other.technique;
      pair->expected += o.expected;
      pair->hits += o.hits;
      pair->found += o.found;
      pair->correct += o.correct;
    }
    repairs += other.repairs;
    repaired += other.repaired;
    named += other.named;
    named_ok += other.named_ok;
    editor += other.editor;
    editor_ok += other.editor_ok;
    located += other.located;
    stance_scored += other.stance_scored;
    stance_ok += other.stance_ok;
    chosen_scored += other.chosen_scored;
    chosen_ok += other.chosen_ok;
    topics_expected += other.topics_expected;
    topics_found += other.topics_found;
    claims_extracted += other.claims_extracted;
    for (std::size_t g = 0; g < confusion.size(); ++g) {
      for (std::size_t c = 0; c < confusion[g].size(); ++c)
        confusion[g][c] += other.confusion[g][c];
    }
  }
};

inline std::string Trim(std::string s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.erase(s.begin());
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  return s;
}

// The extracted claim a gold claim stands for: on its line, containing its
// key. Null when there is none.
inline const Claim* Locate(const std::vector<Claim>& claims, const GoldClaim& g) {
  for (const auto& claim : claims) {
    if (claim.line == g.line && claim.text.find(g.key) != std::string::npos) return &claim;
  }
  return nullptr;
}

// The stance a gold claim is scored on: that of the claim's mention of the
// target (or of an entity in its lineage), else the claim's own.
inline Stance ScoredStance(const Lexicon& lexicon, const Claim& claim, const GoldClaim& g,
                           std::string* toward = nullptr) {
  if (toward != nullptr) *toward = "claim";
  if (!g.target.empty()) {
    for (const auto& mention : claim.entities) {
      if (SameLineage(lexicon, mention.entity_id, g.target)) {
        if (toward != nullptr) *toward = mention.entity_id;
        return mention.stance;
      }
    }
  }
  return claim.stance;
}

inline std::string SpeakerOf(const Gold& gold, const Claim& claim) {
  if (claim.by_editor || claim.speaker.empty()) return "editor";
  const auto alias = gold.speaker_aliases.find(claim.speaker);
  return alias != gold.speaker_aliases.end() ? alias->second : claim.speaker;
}

// Scores `claims`, extracted from the gold file's digest. A digest the reader
// could not read scores as ScoreUnread() below.
inline EpisodeScore ScoreEpisode(const Lexicon& lexicon, const Gold& gold,
                                 const std::vector<Claim>& claims) {
  EpisodeScore score;
  score.read = true;
  score.claims_extracted = claims.size();
  std::ostringstream misses;

  // --- Entities: the set of ids named anywhere in the episode's claims.
  // Most train files label no entities, so they have none to score; those
  // that do (tests/gold/README.md, "Entities on train files") are scored.
  score.entities_scored = gold.split != Split::kTrain || !gold.entities.empty();
  for (const auto& [id, kind] : gold.entities) {
    if (lexicon.Find(id) == nullptr) score.unknown_to_lexicon.insert(id);
  }
  for (const bool gated : {true, false}) {
    if (!score.entities_scored) break;
    const auto& kinds = gated ? GatedKinds() : ReportedKinds();
    EntityScore& out = gated ? score.gated : score.technique;
    std::set<std::string> expected, found, allowed;
    for (const auto& [id, labelled] : gold.entities) {
      // The lexicon's kind, else the labelled one: a product/model
      // disagreement between gold and lexicon does not count twice.
      const LexiconEntry* entry = lexicon.Find(id);
      if (kinds.count(entry != nullptr ? entry->kind : labelled) != 0) expected.insert(id);
    }
    allowed = expected;
    for (const auto& id : gold.optional_entities) allowed.insert(id);
    for (const auto& claim : claims) {
      for (const auto& mention : claim.entities) {
        if (!mention.inferred && kinds.count(mention.kind) != 0) found.insert(mention.entity_id);
      }
    }
    out.expected = expected.size();
    out.found = found.size();
    for (const auto& id : expected) {
      if (found.count(id) != 0) {
        out.hits++;
      } else {
        out.missed.insert(id);
      }
    }
    for (const auto& id : found) {
      if (allowed.count(id) != 0) {
        out.correct++;
      } else {
        out.spurious.insert(id);
      }
    }
  }
  for (const auto& g : gold.claims) {
    for (const auto& topic : g.topics) {
      const LexiconEntry* entry = lexicon.Find(topic);
      if (entry == nullptr || entry->kind != EntityKind::kTopic) score.unknown_topics.insert(topic);
    }
  }

  // --- ASR repairs: some claim links that exact surface to the entity.
  score.repairs = gold.asr_repairs.size();
  for (const auto& repair : gold.asr_repairs) {
    std::set<std::string> linked_as;
    bool ok = false;
    for (const auto& claim : claims) {
      for (const auto& mention : claim.entities) {
        if (Trim(mention.surface) != repair.surface) continue;
        linked_as.insert(mention.entity_id);
        const auto up = lexicon.Ancestors(mention.entity_id);
        if (mention.entity_id == repair.entity ||
            std::find(up.begin(), up.end(), repair.entity) != up.end()) {
          ok = true;
        }
      }
    }
    score.repaired += ok ? 1 : 0;
    if (!ok) {
      misses << "  ASR repair unresolved: \"" << repair.surface << "\" (line " << repair.line
             << ") should link to " << repair.entity << ", linked as: " << Join(linked_as) << "\n";
    }
  }

  // --- Per-claim labels: speaker, stance, topics.
  for (const auto& g : gold.claims) {
    const Claim* claim = Locate(claims, g);
    const bool is_editor = g.speaker == "editor";
    (is_editor ? score.editor : score.named)++;
    const std::string where = "line " + std::to_string(g.line) + " [" + g.key + "]" +
                              (g.random_sample ? " (random sample)" : "");
    if (claim == nullptr) {
      misses << "  not located (no claim on the line contains the key): " << where << "\n";
      if (g.stance) {
        score.stance_scored++;
        score.chosen_scored += g.random_sample ? 0 : 1;
        score.confusion[StanceIndex(*g.stance)][4]++;
      }
      score.topics_expected += g.topics.size();
      continue;
    }
    score.located++;
    const std::string speaker = SpeakerOf(gold, *claim);
    if (speaker == g.speaker) {
      (is_editor ? score.editor_ok : score.named_ok)++;
    } else {
      misses << "  speaker: " << where << " expected " << g.speaker << ", got " << speaker << "\n";
    }
    if (g.stance) {
      score.stance_scored++;
      score.chosen_scored += g.random_sample ? 0 : 1;
      std::string toward;
      const Stance got = ScoredStance(lexicon, *claim, g, &toward);
      score.confusion[StanceIndex(*g.stance)][StanceIndex(got)]++;
      if (got == *g.stance) {
        score.stance_ok++;
        score.chosen_ok += g.random_sample ? 0 : 1;
      } else {
        misses << "  stance: " << where << " toward " << (g.target.empty() ? "-" : g.target)
               << " expected " << StanceName(*g.stance) << ", got " << StanceName(got) << " (from "
               << toward << ")\n";
      }
    }
    std::set<std::string> missing_topics;
    for (const auto& topic : g.topics) {
      score.topics_expected++;
      if (std::find(claim->topics.begin(), claim->topics.end(), topic) != claim->topics.end()) {
        score.topics_found++;
      } else {
        missing_topics.insert(topic);
      }
    }
    if (!missing_topics.empty()) {
      misses << "  topics: " << where << " missing " << Join(missing_topics) << "\n";
    }
  }
  score.misses = misses.str();
  return score;
}

// A digest the reader could not read: every label is a miss, and the report
// says why instead of pretending the extractor was wrong claim by claim.
inline EpisodeScore ScoreUnread(const Lexicon& lexicon, const Gold& gold, std::string why) {
  EpisodeScore score = ScoreEpisode(lexicon, gold, {});
  score.read = false;
  score.read_error = std::move(why);
  score.misses.clear();
  return score;
}

inline std::string ConfusionTable(const Confusion& confusion) {
  std::ostringstream out;
  out << "  gold \\ got   positive negative    mixed  neutral  unfound\n";
  for (std::size_t g = 0; g < confusion.size(); ++g) {
    std::string name = StanceName(kStanceOrder[g]);
    name.resize(12, ' ');
    out << "  " << name;
    for (std::size_t v : confusion[g]) {
      std::string cell = std::to_string(v);
      out << std::string(9 - std::min<std::size_t>(cell.size(), 8), ' ') << cell;
    }
    out << "\n";
  }
  return out.str();
}

// The per-episode report the gold test prints.
inline std::string Report(const Gold& gold, const EpisodeScore& score) {
  std::ostringstream report;
  report << "\n=== gold: " << gold.file << " [" << SplitName(gold.split) << "] ";
  if (!score.read) {
    report << "(file not read: " << score.read_error << "; 0 claims found, " << gold.claims.size()
           << " labelled)\n";
    return report.str();
  }
  report << "(" << score.claims_extracted << " claims extracted, " << gold.claims.size()
         << " labelled)\n";
  if (score.claims_extracted == 0) report << "  0 claims found: the reader skipped the file\n";
  for (const bool gated : {true, false}) {
    if (!score.entities_scored) {
      report << "entities: not labelled (train file)\n";
      break;
    }
    const EntityScore& e = gated ? score.gated : score.technique;
    report << (gated ? "entities (model/benchmark/product/org)" : "entities (technique, not gated)")
           << ": recall " << Ratio(e.hits, e.expected) << ", precision "
           << Ratio(e.correct, e.found) << "\n  missed: " << Join(e.missed)
           << "\n  spurious: " << Join(e.spurious) << "\n";
  }
  if (!score.unknown_topics.empty())
    report << "  gold topics missing from the lexicon: " << Join(score.unknown_topics) << "\n";
  if (!score.unknown_to_lexicon.empty())
    report << "  gold ids missing from the lexicon: " << Join(score.unknown_to_lexicon) << "\n";
  report << "ASR repairs resolved: " << Ratio(score.repaired, score.repairs) << "\n"
         << "speaker attribution: named " << Ratio(score.named_ok, score.named) << ", editor "
         << Ratio(score.editor_ok, score.editor) << " (editor not gated)\n"
         << "stance agreement: " << Ratio(score.stance_ok, score.stance_scored)
         << " (claims the labellers chose: " << Ratio(score.chosen_ok, score.chosen_scored) << ")\n"
         << "topic recall (not gated): " << Ratio(score.topics_found, score.topics_expected) << "\n"
         << score.misses;
  return report.str();
}

}  // namespace claimkb::gold

#endif  // CLAIMKB_TESTS_SUPPORT_GOLD_STANDARD_H_
