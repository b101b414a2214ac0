// Scores the claim extractor against the hand-labelled gold standard in
// tests/gold/ (format and labelling rules: tests/gold/README.md). Each gold
// file names one corpus digest; the digest itself is read from the shared
// corpus at run time, so no corpus text lives in this repository.
//
// Floors, per episode: entity recall >= 0.9 and precision >= 0.85 over the
// scored kinds, every ASR repair resolved, every claim of a named speaker
// attributed to that speaker, stance agreement >= 0.8. Topic recall and the
// editor's attribution are reported but not gated.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "claimkb/core/claim.h"
#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "support/skip.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr double kMinEntityRecall = 0.9;
constexpr double kMinEntityPrecision = 0.85;
constexpr double kMinStanceAgreement = 0.8;
constexpr std::size_t kMaxKeyCodePoints = 12;

// Entity kinds whose recall and precision are gated. Techniques are scored
// and printed but not gated: whether "RL" or "预训练" in passing is a mention a
// reader cares about depends on how generous the technique lexicon is, while
// a model, benchmark, product or organisation named in the text always is.
const std::set<claimkb::EntityKind> kGatedKinds = {
    claimkb::EntityKind::kModel, claimkb::EntityKind::kBenchmark, claimkb::EntityKind::kProduct,
    claimkb::EntityKind::kOrg};
const std::set<claimkb::EntityKind> kReportedKinds = {claimkb::EntityKind::kTechnique};

fs::path GoldDir() { return fs::path(CLAIMKB_SOURCE_DIR) / "tests" / "gold"; }
fs::path CorpusDir() { return fs::path(CLAIMKB_TEST_CORPUS); }

std::vector<fs::path> GoldFiles() {
  std::vector<fs::path> files;
  if (!fs::is_directory(GoldDir())) return files;
  for (const auto& entry : fs::directory_iterator(GoldDir())) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

json ReadJson(const fs::path& path) {
  std::ifstream in(path);
  return json::parse(in);
}

std::vector<std::string> ReadLines(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

std::size_t CodePoints(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string Ratio(std::size_t num, std::size_t den) {
  std::ostringstream out;
  out.precision(3);
  out << (den == 0 ? 1.0 : static_cast<double>(num) / static_cast<double>(den)) << " (" << num
      << "/" << den << ")";
  return out.str();
}

double Fraction(std::size_t num, std::size_t den) {
  return den == 0 ? 1.0 : static_cast<double>(num) / static_cast<double>(den);
}

std::string Join(const std::set<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out.empty() ? "-" : out;
}

// The gold file, decoded.
struct GoldClaim {
  int line = 0;
  std::string key;
  std::string speaker;  // "editor" for the digest's editor.
  std::optional<claimkb::Stance> stance;
  std::string target;  // Empty when the claim has no target entity.
  std::vector<std::string> topics;
};

struct Gold {
  std::string file;
  std::map<std::string, claimkb::EntityKind> entities;  // id → kind as labelled.
  std::set<std::string> optional_entities;
  struct Repair {
    std::string surface;
    std::string entity;
    int line = 0;
  };
  std::vector<Repair> asr_repairs;
  std::map<std::string, std::string> speaker_aliases;
  std::vector<GoldClaim> claims;
  // Held out from tuning: its scores measure how the extractor generalises
  // to digests it was not tuned on. They are printed with the floors they
  // miss, and do not fail the test, so tuning cannot quietly absorb them.
  bool held_out = false;
};

Gold DecodeGold(const json& j) {
  Gold gold;
  gold.file = j.at("file").get<std::string>();
  gold.held_out = j.value("held_out", false);
  for (const auto& [kind_name, ids] : j.at("entities").items()) {
    auto kind = claimkb::EntityKindFromName(kind_name);
    REQUIRE(kind.has_value());
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
      claim.stance = claimkb::StanceFromName(c["stance"].get<std::string>());
      REQUIRE(claim.stance.has_value());
    }
    if (c.contains("target") && !c["target"].is_null())
      claim.target = c["target"].get<std::string>();
    if (c.contains("topics")) claim.topics = c["topics"].get<std::vector<std::string>>();
    gold.claims.push_back(std::move(claim));
  }
  return gold;
}

bool CorpusPresent() {
  if (fs::is_directory(CorpusDir())) return true;
  WARN("Skipped: the shared corpus is absent ("
       << CorpusDir().string() << "); the gold standard is scored only where it exists.");
  return false;
}

// The lexicon's kind for `id`, else the kind the gold file labelled it with.
claimkb::EntityKind KindOf(const claimkb::Lexicon& lexicon, const std::string& id,
                           claimkb::EntityKind labelled) {
  const claimkb::LexiconEntry* entry = lexicon.Find(id);
  return entry != nullptr ? entry->kind : labelled;
}

// True when `a` and `b` are the same entity or one is an ancestor of the
// other: a target labelled "gemini-3" is the subject of a claim that links
// "gemini-3-pro", and "claude" of one that links "claude-sonnet-4-5".
bool SameLineage(const claimkb::Lexicon& lexicon, const std::string& a, const std::string& b) {
  if (a == b) return true;
  auto up_a = lexicon.Ancestors(a);
  auto up_b = lexicon.Ancestors(b);
  return std::find(up_a.begin(), up_a.end(), b) != up_a.end() ||
         std::find(up_b.begin(), up_b.end(), a) != up_b.end();
}

std::string Trim(std::string s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.erase(s.begin());
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  return s;
}

struct Scorer {
  const claimkb::Lexicon& lexicon;
  const Gold& gold;
  const std::vector<claimkb::Claim>& claims;

  std::string SpeakerOf(const claimkb::Claim& claim) const {
    if (claim.by_editor || claim.speaker.empty()) return "editor";
    auto alias = gold.speaker_aliases.find(claim.speaker);
    return alias != gold.speaker_aliases.end() ? alias->second : claim.speaker;
  }

  // Extracted claims on the gold line whose text contains the key.
  std::vector<const claimkb::Claim*> Locate(const GoldClaim& g) const {
    std::vector<const claimkb::Claim*> found;
    for (const auto& claim : claims) {
      if (claim.line == g.line && claim.text.find(g.key) != std::string::npos)
        found.push_back(&claim);
    }
    return found;
  }
};

}  // namespace

TEST_CASE("Gold files are well formed and point into the corpus", "[gold]") {
  auto files = GoldFiles();
  REQUIRE_FALSE(files.empty());
  if (!CorpusPresent()) return;
  for (const auto& path : files) {
    INFO("gold file " << path.filename().string());
    Gold gold = DecodeGold(ReadJson(path));
    const fs::path digest = CorpusDir() / gold.file;
    REQUIRE(fs::exists(digest));
    CHECK(path.stem().string() == fs::path(gold.file).stem().string());
    auto lines = ReadLines(digest);
    CHECK(gold.claims.size() >= 15);
    std::set<std::string> speakers;
    for (const auto& claim : gold.claims) {
      INFO("line " << claim.line << " key " << claim.key);
      REQUIRE(claim.line >= 1);
      REQUIRE(claim.line <= static_cast<int>(lines.size()));
      const std::string& text = lines[claim.line - 1];
      // A key is a short locator, not a copy of the corpus sentence.
      CHECK(CodePoints(claim.key) <= kMaxKeyCodePoints);
      CHECK(text.find(claim.key) != std::string::npos);
      // Unique on its line, so it locates exactly one claim.
      CHECK(text.find(claim.key) == text.rfind(claim.key));
      speakers.insert(claim.speaker);
    }
    CHECK(speakers.count("editor") == 1);  // The editor's summary is labelled too.
    CHECK(speakers.size() >= 3);
    for (const auto& repair : gold.asr_repairs) {
      if (repair.line == 0) continue;
      INFO("ASR repair " << repair.surface);
      CHECK(lines.at(repair.line - 1).find(repair.surface) != std::string::npos);
    }
  }
}

TEST_CASE("Claim extractor meets the gold standard", "[gold][extractor]") {
  if (!CorpusPresent()) CLAIMKB_SKIP("the shared corpus is absent at " << CorpusDir().string());
  auto lexicon_or = claimkb::Lexicon::LoadDefault();
  REQUIRE(lexicon_or.has_value());
  std::shared_ptr<const claimkb::Lexicon> lexicon = *lexicon_or;
  auto linker = std::make_shared<const claimkb::EntityLinker>(lexicon);
  claimkb::ClaimExtractor extractor(linker);

  for (const auto& path : GoldFiles()) {
    Gold gold = DecodeGold(ReadJson(path));
    INFO("episode " << gold.file);
    auto episode = claimkb::ParseDigestFile((CorpusDir() / gold.file).string());
    REQUIRE(episode.has_value());
    const std::vector<claimkb::Claim> claims = extractor.Extract(*episode);
    Scorer scorer{*lexicon, gold, claims};
    // Floors fail the test for tuned episodes and are reported for held-out ones.
    std::vector<std::string> shortfalls;
    auto gate = [&](bool ok, const std::string& what) {
      if (gold.held_out) {
        if (!ok) shortfalls.push_back(what);
      } else {
        INFO(what);
        CHECK(ok);
      }
    };
    std::ostringstream report;
    report << "\n=== gold: " << gold.file << " (" << claims.size() << " claims extracted, "
           << gold.claims.size() << " labelled)\n";

    // --- Entities: the set of ids named anywhere in the episode's claims.
    std::set<std::string> unknown_to_lexicon;
    for (const auto& [id, kind] : gold.entities) {
      if (lexicon->Find(id) == nullptr) unknown_to_lexicon.insert(id);
    }
    for (const bool gated : {true, false}) {
      const auto& kinds = gated ? kGatedKinds : kReportedKinds;
      std::set<std::string> expected, found, allowed;
      for (const auto& [id, kind] : gold.entities) {
        if (kinds.count(KindOf(*lexicon, id, kind)) != 0) expected.insert(id);
      }
      allowed = expected;
      for (const auto& id : gold.optional_entities) allowed.insert(id);
      for (const auto& claim : claims) {
        for (const auto& mention : claim.entities) {
          if (!mention.inferred && kinds.count(mention.kind) != 0) found.insert(mention.entity_id);
        }
      }
      std::set<std::string> missed, spurious;
      std::size_t hits = 0, correct = 0;
      for (const auto& id : expected) {
        if (found.count(id) != 0) {
          hits++;
        } else {
          missed.insert(id);
        }
      }
      for (const auto& id : found) {
        if (allowed.count(id) != 0) {
          correct++;
        } else {
          spurious.insert(id);
        }
      }
      const double recall = Fraction(hits, expected.size());
      const double precision = Fraction(correct, found.size());
      report << (gated ? "entities (model/benchmark/product/org)"
                       : "entities (technique, not gated)")
             << ": recall " << Ratio(hits, expected.size()) << ", precision "
             << Ratio(correct, found.size()) << "\n  missed: " << Join(missed)
             << "\n  spurious: " << Join(spurious) << "\n";
      if (gated) {
        INFO("missed: " << Join(missed) << "; spurious: " << Join(spurious));
        gate(recall >= kMinEntityRecall, "entity recall below 0.9");
        gate(precision >= kMinEntityPrecision, "entity precision below 0.85");
      }
    }
    std::set<std::string> unknown_topics;
    for (const auto& g : gold.claims) {
      for (const auto& topic : g.topics) {
        const claimkb::LexiconEntry* entry = lexicon->Find(topic);
        if (entry == nullptr || entry->kind != claimkb::EntityKind::kTopic)
          unknown_topics.insert(topic);
      }
    }
    if (!unknown_topics.empty())
      report << "  gold topics missing from the lexicon: " << Join(unknown_topics) << "\n";
    if (!unknown_to_lexicon.empty()) {
      report << "  gold ids missing from the lexicon: " << Join(unknown_to_lexicon) << "\n";
    }

    // --- ASR repairs: some claim links that exact surface to the entity.
    std::size_t repaired = 0;
    for (const auto& repair : gold.asr_repairs) {
      std::set<std::string> linked_as;
      bool ok = false;
      for (const auto& claim : claims) {
        for (const auto& mention : claim.entities) {
          if (Trim(mention.surface) != repair.surface) continue;
          linked_as.insert(mention.entity_id);
          const auto up = lexicon->Ancestors(mention.entity_id);
          if (mention.entity_id == repair.entity ||
              std::find(up.begin(), up.end(), repair.entity) != up.end()) {
            ok = true;
          }
        }
      }
      repaired += ok ? 1 : 0;
      if (!ok) {
        report << "  ASR repair unresolved: \"" << repair.surface << "\" (line " << repair.line
               << ") should link to " << repair.entity << ", linked as: " << Join(linked_as)
               << "\n";
      }
      INFO("ASR surface \"" << repair.surface << "\" → " << repair.entity << ", linked as "
                            << Join(linked_as));
      gate(ok, "ASR repair \"" + repair.surface + "\" unresolved");
    }
    report << "ASR repairs resolved: " << Ratio(repaired, gold.asr_repairs.size()) << "\n";

    // --- Per-claim labels: speaker, stance, topics.
    std::size_t named = 0, named_ok = 0, editor = 0, editor_ok = 0;
    std::size_t stance_scored = 0, stance_ok = 0;
    std::size_t topics_expected = 0, topics_found = 0;
    std::ostringstream misses;
    for (const auto& g : gold.claims) {
      const auto located = scorer.Locate(g);
      const bool is_editor = g.speaker == "editor";
      (is_editor ? editor : named)++;
      const std::string where = "line " + std::to_string(g.line) + " [" + g.key + "]";
      if (located.empty()) {
        misses << "  not located (no claim on the line contains the key): " << where << "\n";
        if (g.stance) stance_scored++;
        topics_expected += g.topics.size();
        continue;
      }
      const claimkb::Claim& claim = *located.front();
      const std::string speaker = scorer.SpeakerOf(claim);
      if (speaker == g.speaker) {
        (is_editor ? editor_ok : named_ok)++;
      } else {
        misses << "  speaker: " << where << " expected " << g.speaker << ", got " << speaker
               << "\n";
      }
      if (g.stance) {
        stance_scored++;
        claimkb::Stance got = claim.stance;
        std::string toward = "claim";
        if (!g.target.empty()) {
          for (const auto& mention : claim.entities) {
            if (SameLineage(*lexicon, mention.entity_id, g.target)) {
              got = mention.stance;
              toward = mention.entity_id;
              break;
            }
          }
        }
        if (got == *g.stance) {
          stance_ok++;
        } else {
          misses << "  stance: " << where << " toward " << (g.target.empty() ? "-" : g.target)
                 << " expected " << claimkb::StanceName(*g.stance) << ", got "
                 << claimkb::StanceName(got) << " (from " << toward << ")\n";
        }
      }
      std::set<std::string> missing_topics;
      for (const auto& topic : g.topics) {
        topics_expected++;
        if (std::find(claim.topics.begin(), claim.topics.end(), topic) != claim.topics.end()) {
          topics_found++;
        } else {
          missing_topics.insert(topic);
        }
      }
      if (!missing_topics.empty()) {
        misses << "  topics: " << where << " missing " << Join(missing_topics) << "\n";
      }
    }
    const double stance_agreement = Fraction(stance_ok, stance_scored);
    report << "speaker attribution: named " << Ratio(named_ok, named) << ", editor "
           << Ratio(editor_ok, editor) << " (editor not gated)\n"
           << "stance agreement: " << Ratio(stance_ok, stance_scored) << "\n"
           << "topic recall (not gated): " << Ratio(topics_found, topics_expected) << "\n"
           << misses.str();
    std::cout << report.str() << std::flush;

    // The full report is printed above; failures repeat only the numbers.
    INFO("named-speaker attribution " << Ratio(named_ok, named) << ", stance agreement "
                                      << Ratio(stance_ok, stance_scored)
                                      << " (misses listed above)");
    gate(named_ok == named, "named-speaker attribution below 1");
    gate(stance_agreement >= kMinStanceAgreement, "stance agreement below 0.8");
    if (gold.held_out) {
      std::cout << "held out (floors reported, not enforced): "
                << (shortfalls.empty()
                        ? std::string("meets every floor")
                        : Join(std::set<std::string>(shortfalls.begin(), shortfalls.end())))
                << "\n";
    }
  }
}
