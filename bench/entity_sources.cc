// What each lexicon source adds to entity recall and costs in precision:
// scores the extractor's entities (models, benchmarks, products, orgs) on
// every gold file in tests/gold/, per episode and pooled, for one lexicon
// directory and with the open-vocabulary name grammar on or off. Run it once
// per candidate source (bench/entity_sources.sh builds the directories) and
// compare. Scoring is the gold test's: found = non-inferred mentions,
// required = the gold entities, allowed = required plus optional ids.
//
// With --ids DIR it also prints, one "ID <id> <kind>" line each, the distinct
// entities linked in every digest under DIR, so two runs can be compared
// with comm(1): what a source adds on digests nobody labelled.
//
// Usage: entity_sources LEXICON_DIR [--closed] [--ids DIR] [gold_dir] [corpus_dir]
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "bench_support.h"
#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"

namespace fs = std::filesystem;
using bench::Check;
using bench::Die;

int main(int argc, char** argv) {
  bench::program_name = "entity_sources";
  std::vector<std::string> args(argv + 1, argv + argc);
  claimkb::LinkerOptions options;
  if (auto it = std::find(args.begin(), args.end(), "--closed"); it != args.end()) {
    options.open_vocabulary = false;
    args.erase(it);
  }
  std::string ids_dir;
  if (auto it = std::find(args.begin(), args.end(), "--ids"); it != args.end()) {
    if (it + 1 == args.end()) Die("--ids needs a directory");
    ids_dir = *(it + 1);
    args.erase(it, it + 2);
  }
  if (args.empty()) Die("usage: entity_sources LEXICON_DIR [--closed] [gold_dir] [corpus_dir]");
  const std::string gold_dir = args.size() > 1 ? args[1] : CLAIMKB_SOURCE_DIR "/tests/gold";
  const std::string corpus = args.size() > 2 ? args[2] : CLAIMKB_SOURCE_DIR "/../shared/corpus";
  auto lexicon = Check(claimkb::Lexicon::Load(args[0]), "loading the lexicon");
  auto linker = std::make_shared<const claimkb::EntityLinker>(lexicon, options);
  const claimkb::ClaimExtractor extractor(linker);
  const std::set<claimkb::EntityKind> gated = {
      claimkb::EntityKind::kModel, claimkb::EntityKind::kBenchmark, claimkb::EntityKind::kProduct,
      claimkb::EntityKind::kOrg};

  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(gold_dir)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::size_t all_hits = 0, all_expected = 0, all_correct = 0, all_found = 0;
  fmt::print("lexicon {} ({} entries), open vocabulary {}\n", args[0], lexicon->entries().size(),
             options.open_vocabulary ? "on" : "off");
  for (const fs::path& file : files) {
    std::ifstream in(file);
    const nlohmann::json gold = nlohmann::json::parse(in);
    std::set<std::string> expected, allowed, found;
    for (const auto& [kind_name, ids] : gold.at("entities").items()) {
      for (const auto& id : ids) {
        const std::string name = id.get<std::string>();
        const claimkb::LexiconEntry* entry = lexicon->Find(name);
        const auto kind = entry != nullptr ? entry->kind : *claimkb::EntityKindFromName(kind_name);
        if (gated.contains(kind)) expected.insert(name);
      }
    }
    allowed = expected;
    for (const auto& optional : gold.value("optional_entities", nlohmann::json::array())) {
      allowed.insert(optional.at("id").get<std::string>());
    }
    auto episode = Check(claimkb::ParseDigestFile((fs::path(corpus) / gold.at("file")).string()),
                         "parsing " + gold.at("file").get<std::string>());
    for (const claimkb::Claim& claim : extractor.Extract(episode)) {
      for (const auto& mention : claim.entities) {
        if (!mention.inferred && gated.contains(mention.kind)) found.insert(mention.entity_id);
      }
    }
    std::size_t hits = 0, correct = 0;
    std::vector<std::string> missed, spurious;
    for (const auto& id : expected) {
      if (found.contains(id)) {
        ++hits;
      } else {
        missed.push_back(id);
      }
    }
    for (const auto& id : found) {
      if (allowed.contains(id)) {
        ++correct;
      } else {
        spurious.push_back(id);
      }
    }
    all_hits += hits;
    all_expected += expected.size();
    all_correct += correct;
    all_found += found.size();
    fmt::print("{:<58} {} recall {}/{}  precision {}/{}  missed: {}  spurious: {}\n",
               file.stem().string(), gold.value("held_out", false) ? "held-out" : "tuned   ", hits,
               expected.size(), correct, found.size(), fmt::join(missed, ","),
               fmt::join(spurious, ","));
  }
  auto ratio = [](std::size_t a, std::size_t b) {
    return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b);
  };
  fmt::print("SUMMARY pooled recall {:.3f} ({}/{}) precision {:.3f} ({}/{})\n",
             ratio(all_hits, all_expected), all_hits, all_expected, ratio(all_correct, all_found),
             all_correct, all_found);
  if (!ids_dir.empty()) {
    std::set<std::pair<std::string, std::string>> linked;
    for (const auto& entry : fs::recursive_directory_iterator(ids_dir)) {
      if (entry.path().extension() != ".md") continue;
      auto episode = claimkb::ParseDigestFile(entry.path().string());
      if (!episode) continue;  // Notes and unreadable files have nothing to link.
      for (const claimkb::Claim& claim : extractor.Extract(*episode)) {
        for (const auto& mention : claim.entities) {
          if (!mention.inferred && gated.contains(mention.kind)) {
            linked.emplace(mention.entity_id, claimkb::EntityKindName(mention.kind));
          }
        }
      }
    }
    for (const auto& [id, kind] : linked) fmt::print("ID {} {}\n", id, kind);
  }
  return 0;
}
