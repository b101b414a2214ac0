// Leave-one-episode-out evaluation of extraction against all labelled gold
// (tests/gold/, README there), and the trainer of the stance model.
//
//   gold_eval [--train FILE] [shared_dir]     (default shared_dir: ../shared)
//
// Every tuned part is scored on episodes it was not fitted to: for each
// tuned, dev or train episode the stance model is trained on the other
// tuned, dev and train episodes and scores the one left out; the test
// episodes (never used for training or tuning) are scored by the model
// trained on all the others. Train files label stance and speakers only. The hand rules and
// lexicons have no fitted weights, so they score as they are. Two views:
//
// - pipeline: the digest is read and extracted as `claimkb ingest` does, and
//   scored like the gold test (entity P/R, speaker, stance). Digests the
//   reader cannot read yet show "not read".
// - sentence: the stance of each labelled claim classified on its own
//   sentence of the digest (the gold key's sentence), so stance is measured
//   on every labelled file even where the reader fails.
//
// Printed per episode and pooled, dev (tuned + dev, leave-one-out) and test
// side by side, with stance confusion matrices. --train FILE writes the
// model trained on all tuned and dev claims (data/stance/model.tsv).
// --dump FILE writes every labelled stance's features as TSV for analysis.
// --mentions TEXT lists every entity mention of the entity-labelled, non-test
// gold files whose digest path contains TEXT.
// Stance is reported over every labelled claim and over the claims the
// labellers chose (not "sample": "random"), the set earlier rounds scored.
// --random-weight W weighs the random sample in training, --drop FEATURE
// trains without a feature (quantity and modality_speculative are left out
// by default; --keep-all-features trains with them), --frame FILE writes the sampling frame of
// scripts/sample_random_claims.py.
// --model FILE scores every episode with that model instead of the
// leave-one-out ones (only honest on episodes it was not trained on).
// --gate scores each tuned file's chosen claims with the model trained on
// every tuned and dev claim, as the `[gold]` test would if it were shipped.
// --misses lists the sentence-level stance misses and the entity misses of tuned and dev files
// (never of test files).
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <time.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bench_support.h"
#include "claimkb/core/claim_extractor.h"
#include "claimkb/core/digest_parser.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/stance_model.h"
#include "markdown_inline.h"
#include "modality_classifier.h"
#include "sentence_splitter.h"
#include "stance_classifier.h"
#include "stance_features.h"
#include "support/gold_standard.h"

namespace fs = std::filesystem;
namespace gold = claimkb::gold;
using claimkb::Stance;

namespace {

struct Example {
  std::string where;  // "line N [key]: sentence", for --misses.
  claimkb::StanceExample example;
  Stance rules = Stance::kNeutral;  // The hand rules' verdict.
  bool compared = false;  // Decided by a comparison, or a balanced mixed: the rules keep it.
  bool random = false;    // Sampled at random ("sample": "random"), not chosen by the labeller.
};

struct EpisodeData {
  gold::Gold gold;
  std::string path;               // The gold file's name, e.g. "more-....json".
  std::vector<Example> examples;  // One per labelled stance.
};

// The sentence of `line` (Markdown stripped) that holds `key`, else the line.
std::string KeySentence(const std::string& line, const std::string& key) {
  const std::string plain = claimkb::internal::StripInline(line);
  for (const auto& span : claimkb::internal::SplitIntoClaims(plain)) {
    const std::string sentence = plain.substr(span.begin, span.end - span.begin);
    if (sentence.find(key) != std::string::npos) return sentence;
  }
  return plain;
}

Example Classify(const claimkb::EntityLinker& linker, const claimkb::Lexicon& lexicon,
                 const std::string& sentence, bool caveat_frame, const gold::GoldClaim& g) {
  std::vector<claimkb::internal::StanceTarget> targets;
  std::vector<std::string> ids;
  claimkb::internal::StanceContext context;
  context.modality = claimkb::internal::ClassifyModality(sentence);
  context.want_features = true;
  context.caveat_frame = caveat_frame;
  for (const auto& mention : linker.Link(sentence)) {
    if (mention.kind == claimkb::EntityKind::kTopic) {
      context.topics.push_back(mention.entity_id);
    } else {
      targets.push_back({mention.begin, mention.end});
      ids.push_back(mention.entity_id);
    }
  }
  const auto result = claimkb::internal::ClassifyStance(sentence, targets, context);
  Example out;
  out.example.stance = *g.stance;
  out.example.features = result.overall_features;
  out.rules = result.overall;
  out.compared = result.overall_by_rules;
  for (std::size_t t = 0; t < ids.size() && !g.target.empty(); ++t) {
    if (!gold::SameLineage(lexicon, ids[t], g.target)) continue;
    out.example.features = result.target_features[t];
    out.rules = result.per_target[t];
    out.compared = result.target_by_rules[t];
    break;
  }
  return out;
}

// How much a randomly sampled claim counts in training against one the
// labellers chose (--random-weight; 0 trains on the chosen claims alone, as
// every model before the random sample was trained). 0.25 had the best
// leave-one-episode-out stance over all labelled claims that did not lose
// any over the chosen ones (--sweep; docs/decisions.md, "Issue 8, sixth
// round"); the chosen claims are polar far more often than the random ones,
// and a heavier random sample costs them their polar prior.
double random_weight = 0.25;

// How much a claim of a train file counts against one of a tuned or dev
// file (--train-weight).
double train_weight = 1.0;

// Features the model is trained without (--drop NAME, repeatable, adds to
// the defaults; --keep-all-features clears them): their weights stay 0.
// Left out by default (docs/decisions.md, "Issue 8, seventh round"): the
// figure and the guess. In the claims the labellers chose, a figure and
// speculative modality lean positive ("我猜 cognitive core ~ 1B参数也能……",
// "AI做80%量" are labelled neutral and were read as praise); that is their
// selection, not what a figure or a guess says, and a model trained with
// them fails the Karpathy file's 0.8 gate. Without them it passes every gate
// and loses one leave-one-out dev claim of the chosen set while gaining on
// all claims.
std::vector<std::size_t> dropped_features = {claimkb::internal::kQuantity,
                                             claimkb::internal::kModalitySpeculative};

// The neutral margin of the shipped model (StanceTrainingOptions::
// neutral_shift), chosen with --sweep: the value with the best pooled
// leave-one-episode-out sentence stance over the dev and train files (all
// claims) that keeps the tuned files' gates (docs/decisions.md, "Issue 8,
// 2026-12-02 (seventh session)"). It turns the closest neutral calls polar:
// polar claims called neutral are the commonest error on unseen digests.
constexpr double kNeutralShift = 0.05;

// Two gold files of one conversation (tests/gold/README.md, "episode"): a
// fold that leaves one out leaves the other out too.
bool SameEpisode(const gold::Gold& a, const gold::Gold& b) {
  return !a.episode.empty() && a.episode == b.episode;
}

claimkb::StanceModel TrainExcept(const std::vector<EpisodeData>& episodes, std::size_t left_out,
                                 double neutral_shift, double l2 = -1, double class_balance = 0) {
  std::vector<claimkb::StanceExample> examples;
  for (std::size_t e = 0; e < episodes.size(); ++e) {
    if (e == left_out || episodes[e].gold.split == gold::Split::kTest) continue;
    if (left_out < episodes.size() && SameEpisode(episodes[e].gold, episodes[left_out].gold))
      continue;
    for (const auto& example : episodes[e].examples) {
      if (example.compared || (example.random && random_weight <= 0)) continue;
      examples.push_back(example.example);
      if (example.random) examples.back().weight = random_weight;
      if (episodes[e].gold.split == gold::Split::kTrain) examples.back().weight *= train_weight;
      for (std::size_t f : dropped_features) examples.back().features[f] = 0;
    }
  }
  claimkb::StanceTrainingOptions options;
  options.neutral_shift = neutral_shift;
  if (l2 >= 0) options.l2 = l2;
  options.class_balance = class_balance;
  return claimkb::StanceModel::Train(examples, options);
}

struct LooCount {
  std::size_t ok = 0, total = 0;                // every labelled claim
  std::size_t chosen_ok = 0, chosen_total = 0;  // the claims the labellers chose
};

// Pooled leave-one-episode-out sentence stance over the tuned and dev files.
LooCount LeaveOneOut(const std::vector<EpisodeData>& episodes, double neutral_shift,
                     gold::Split split, double l2 = -1, double class_balance = 0) {
  LooCount count;
  for (std::size_t e = 0; e < episodes.size(); ++e) {
    if (episodes[e].gold.split != split) continue;
    const claimkb::StanceModel model = TrainExcept(episodes, e, neutral_shift, l2, class_balance);
    for (const auto& example : episodes[e].examples) {
      const Stance got = example.compared ? example.rules : model.Predict(example.example.features);
      const bool ok = got == example.example.stance;
      count.ok += ok ? 1 : 0;
      count.total++;
      if (!example.random) {
        count.chosen_ok += ok ? 1 : 0;
        count.chosen_total++;
      }
    }
  }
  return count;
}

struct Tally {
  std::size_t ok = 0, total = 0;
  gold::Confusion confusion{};
  void Add(Stance truth, Stance got) {
    total++;
    ok += truth == got ? 1 : 0;
    confusion[gold::StanceIndex(truth)][gold::StanceIndex(got)]++;
  }
  void Add(const Tally& other) {
    ok += other.ok;
    total += other.total;
    for (std::size_t g = 0; g < confusion.size(); ++g)
      for (std::size_t c = 0; c < confusion[g].size(); ++c)
        confusion[g][c] += other.confusion[g][c];
  }
};

std::string Cell(std::size_t num, std::size_t den) {
  return den == 0 ? std::string("-")
                  : fmt::format("{:.2f} ({}/{})", gold::Fraction(num, den), num, den);
}

// "tuned … dev … pooled …" over every labelled claim, then over the chosen
// ones, then the train files (all chosen).
std::string LooLine(const LooCount& tuned, const LooCount& dev, const LooCount& train) {
  return fmt::format("tuned {}  dev {}  pooled {} | chosen: tuned {}  dev {} | train {}",
                     Cell(tuned.ok, tuned.total), Cell(dev.ok, dev.total),
                     Cell(tuned.ok + dev.ok, tuned.total + dev.total),
                     Cell(tuned.chosen_ok, tuned.chosen_total),
                     Cell(dev.chosen_ok, dev.chosen_total), Cell(train.ok, train.total));
}

std::string ShortName(const gold::Gold& g) {
  std::string name = fs::path(g.file).parent_path().filename().string() + "/" +
                     fs::path(g.file).filename().string();
  if (g.corpus == "corpus") name = fs::path(g.file).stem().string();
  if (name.size() > 48) {
    std::size_t cut = 45;  // Not inside a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    name = name.substr(0, cut) + "...";
  }
  return name;
}

}  // namespace

int main(int argc, char** argv) {
  bench::program_name = "gold_eval";
  std::string train_out;
  std::string model_file;
  bool show_misses = false;
  std::string mentions_of;  // --mentions: list one file's mentions.
  bool sweep = false;
  bool gate = false;
  double neutral_shift = kNeutralShift;
  std::string dump;
  std::string frame;
  fs::path shared = fs::path(CLAIMKB_SOURCE_DIR) / ".." / "shared";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--train" && i + 1 < argc) {
      train_out = argv[++i];
    } else if (arg == "--mentions" && i + 1 < argc) {
      mentions_of = argv[++i];
    } else if (arg == "--dump" && i + 1 < argc) {
      dump = argv[++i];
    } else if (arg == "--frame" && i + 1 < argc) {
      frame = argv[++i];
    } else if (arg == "--random-weight" && i + 1 < argc) {
      random_weight = std::stod(argv[++i]);
    } else if (arg == "--train-weight" && i + 1 < argc) {
      train_weight = std::stod(argv[++i]);
    } else if (arg == "--drop" && i + 1 < argc) {
      const auto& names = claimkb::StanceModel::FeatureNames();
      const auto it = std::find(names.begin(), names.end(), std::string(argv[++i]));
      if (it == names.end()) bench::Die(std::string("no feature ") + argv[i]);
      dropped_features.push_back(static_cast<std::size_t>(it - names.begin()));
    } else if (arg == "--model" && i + 1 < argc) {
      model_file = argv[++i];
    } else if (arg == "--keep-all-features") {
      dropped_features.clear();
    } else if (arg == "--misses") {
      show_misses = true;
    } else if (arg == "--sweep") {
      sweep = true;
    } else if (arg == "--gate") {
      gate = true;
    } else if (arg == "--neutral-shift" && i + 1 < argc) {
      neutral_shift = std::stod(argv[++i]);
    } else if (!arg.empty() && arg[0] == '-') {
      bench::Die(
          "usage: gold_eval [--train FILE] [--misses] [--sweep] [--gate] [--neutral-shift X] "
          "[--dump FILE] [--mentions TEXT] [--frame FILE] [--random-weight W] [--train-weight W] "
          "[--drop FEATURE] "
          "[--keep-all-features] [--model FILE] [shared_dir]");
    } else {
      shared = arg;
    }
  }
  if (!fs::is_directory(shared / "corpus")) bench::Die(shared.string() + "/corpus not found");
  auto lexicon = bench::Check(claimkb::Lexicon::LoadDefault(), "lexicon");
  auto linker = std::make_shared<const claimkb::EntityLinker>(lexicon);

  std::vector<EpisodeData> episodes;
  for (const auto& path : gold::GoldFiles(fs::path(CLAIMKB_SOURCE_DIR) / "tests" / "gold")) {
    EpisodeData data{gold::ReadGold(path), path.filename().string(), {}};
    const fs::path digest = gold::DigestPath(shared, data.gold);
    if (!fs::exists(digest)) {
      fmt::print("skipped {}: {} is absent\n", path.filename().string(), digest.string());
      continue;
    }
    const auto lines = gold::ReadLines(digest);
    for (const auto& g : data.gold.claims) {
      if (!g.stance) continue;
      const std::string& line = lines.at(g.line - 1);
      const std::string sentence = KeySentence(line, g.key);
      // The title of the section the line is in (the nearest heading above
      // it), as the digest reader gives it to the extractor.
      std::string title;
      for (int l = g.line - 1; l >= 1; --l) {
        if (lines[l - 1].starts_with("#")) {
          title = claimkb::internal::StripInline(lines[l - 1]);
          break;
        }
      }
      const bool caveat_frame =
          claimkb::internal::IsCaveatFrame(title, claimkb::internal::StripInline(line));
      data.examples.push_back(Classify(*linker, *lexicon, sentence, caveat_frame, g));
      data.examples.back().random = g.random_sample;
      data.examples.back().where = fmt::format("line {} [{}]{} toward {}: {}", g.line, g.key,
                                               g.random_sample ? " random" : "",
                                               g.target.empty() ? "-" : g.target, sentence);
    }
    episodes.push_back(std::move(data));
  }

  if (!dump.empty()) {
    // One row per labelled stance: episode, split, gold, rules, compared, random, features,
    // where (line, key, sentence; empty for test files).
    std::ofstream out(dump);
    out << "episode\tsplit\tgold\trules\tcompared\trandom";
    for (const auto& name : claimkb::StanceModel::FeatureNames()) out << "\t" << name;
    out << "\twhere\n";
    for (const auto& data : episodes) {
      for (const auto& example : data.examples) {
        out << ShortName(data.gold) << "\t" << gold::SplitName(data.gold.split) << "\t"
            << claimkb::StanceName(example.example.stance) << "\t"
            << claimkb::StanceName(example.rules) << "\t" << example.compared << "\t"
            << example.random;
        for (double x : example.example.features) out << "\t" << x;
        // The sentence, for reading errors; never a test file's (untouched).
        out << "\t" << (data.gold.split == gold::Split::kTest ? std::string() : example.where)
            << "\n";
      }
    }
  }
  if (!frame.empty()) {
    // The sampling frame of scripts/sample_random_claims.py: every claim the
    // extractor finds in the tuned and dev digests, as gold file, line and
    // text. No stance, speaker or entity: the sample is labelled blind.
    std::ofstream out(frame);
    out << "gold\tline\ttext\n";
    const claimkb::ClaimExtractor extractor(linker, {});
    for (const auto& data : episodes) {
      if (data.gold.split == gold::Split::kTest) continue;
      auto episode = claimkb::ParseDigestFile(gold::DigestPath(shared, data.gold).string());
      if (!episode) continue;
      for (const auto& claim : extractor.Extract(*episode)) {
        std::string text = claim.text;
        std::replace(text.begin(), text.end(), '\t', ' ');
        std::replace(text.begin(), text.end(), '\n', ' ');
        out << data.path << "\t" << claim.line << "\t" << text << "\n";
      }
    }
  }
  if (sweep) {
    // Leave-one-episode-out on tuned and dev only; the test files are not scored here.
    fmt::print("neutral margin sweep (sentence stance, leave-one-episode-out):\n");
    for (double shift : {-0.25, 0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.5, 1.0}) {
      fmt::print("  {:+.2f}  {}\n", shift,
                 LooLine(LeaveOneOut(episodes, shift, gold::Split::kTuned),
                         LeaveOneOut(episodes, shift, gold::Split::kDev),
                         LeaveOneOut(episodes, shift, gold::Split::kTrain)));
    }
    fmt::print("class weight sweep (neutral margin {:+.2f}):\n", neutral_shift);
    for (double balance : {0.0, 0.25, 0.5, 0.75, 1.0}) {
      fmt::print("  balance {:.2f}  {}\n", balance,
                 LooLine(LeaveOneOut(episodes, neutral_shift, gold::Split::kTuned, -1, balance),
                         LeaveOneOut(episodes, neutral_shift, gold::Split::kDev, -1, balance),
                         LeaveOneOut(episodes, neutral_shift, gold::Split::kTrain, -1, balance)));
    }
    fmt::print("weight decay sweep (neutral margin {:+.2f}):\n", neutral_shift);
    for (double l2 : {0.001, 0.003, 0.01, 0.03, 0.1}) {
      fmt::print("  l2 {:.3f}  {}\n", l2,
                 LooLine(LeaveOneOut(episodes, neutral_shift, gold::Split::kTuned, l2),
                         LeaveOneOut(episodes, neutral_shift, gold::Split::kDev, l2),
                         LeaveOneOut(episodes, neutral_shift, gold::Split::kTrain, l2)));
    }
    fmt::print("random-sample weight sweep (neutral margin {:+.2f}):\n", neutral_shift);
    const double kept_weight = random_weight;
    for (double weight : {0.0, 0.25, 0.5, 1.0, 2.0}) {
      random_weight = weight;
      fmt::print("  weight {:.2f}  {}\n", weight,
                 LooLine(LeaveOneOut(episodes, neutral_shift, gold::Split::kTuned),
                         LeaveOneOut(episodes, neutral_shift, gold::Split::kDev),
                         LeaveOneOut(episodes, neutral_shift, gold::Split::kTrain)));
    }
    random_weight = kept_weight;
  }
  if (!train_out.empty()) {
    const claimkb::StanceModel model = TrainExcept(episodes, episodes.size(), neutral_shift);
    std::ofstream out(train_out);
    out << model.Serialize();
    if (!out) bench::Die("cannot write " + train_out);
    fmt::print("wrote {} (trained on the tuned, dev and train episodes)\n", train_out);
  }

  // Per episode: the model it is scored with (trained without it), or the
  // one --model names for every episode.
  const claimkb::StanceModel all_model = TrainExcept(episodes, episodes.size(), neutral_shift);
  std::optional<claimkb::StanceModel> fixed_model;
  if (!model_file.empty()) {
    std::ifstream in(model_file);
    const std::string tsv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto parsed = claimkb::StanceModel::Parse(tsv);
    if (!in.is_open() || !parsed) bench::Die("cannot read a stance model from " + model_file);
    fixed_model = std::move(*parsed);
  }
  if (gate) {
    // The `[gold]` test's floor as the model trained on every tuned and dev
    // claim would meet it if shipped: pipeline stance on the chosen claims of
    // each tuned file, scored with that model (not left out).
    claimkb::ExtractorOptions options;
    options.stance_model = std::make_shared<const claimkb::StanceModel>(all_model);
    const claimkb::ClaimExtractor extractor(linker, options);
    fmt::print(
        "gate (model trained on all tuned, dev and train claims, chosen claims, floor 0.8):\n");
    for (const EpisodeData& data : episodes) {
      if (data.gold.split != gold::Split::kTuned) continue;
      auto episode = claimkb::ParseDigestFile(gold::DigestPath(shared, data.gold).string());
      if (!episode) continue;
      const gold::EpisodeScore score =
          gold::ScoreEpisode(*lexicon, data.gold, extractor.Extract(*episode));
      const double agreement = gold::Fraction(score.chosen_ok, score.chosen_scored);
      fmt::print("  {:<48} {}{}\n", ShortName(data.gold),
                 Cell(score.chosen_ok, score.chosen_scored), agreement < 0.8 ? "  BELOW" : "");
    }
  }
  fmt::print("{:<48} {:<5} {:>7} {:>16} {:>16} {:>15} {:>16} {:>16} {:>16} {:>16}\n", "episode",
             "split", "claims", "entity R", "entity P", "speaker", "stance pipeline",
             "chosen pipeline", "stance sentence", "rules sentence");
  std::map<gold::Split, gold::EpisodeScore> pooled;             // pipeline scores
  std::map<gold::Split, Tally> sentence_model, sentence_rules;  // sentence-level stance
  std::map<gold::Split, Tally> sentence_chosen;  // the same, claims the labellers chose
  std::string misses, entity_misses;
  for (std::size_t e = 0; e < episodes.size(); ++e) {
    const EpisodeData& data = episodes[e];
    const bool is_test = data.gold.split == gold::Split::kTest;
    // Train files measure the rules on digests no rule was written from, so
    // their misses are not printed either: only tuned and dev files are read.
    const bool tunable = !is_test && data.gold.split != gold::Split::kTrain;
    const auto model = std::make_shared<const claimkb::StanceModel>(
        fixed_model ? *fixed_model
        : is_test   ? all_model
                    : TrainExcept(episodes, e, neutral_shift));
    Tally by_model, by_rules, chosen_model;
    for (const auto& example : data.examples) {
      const Stance got =
          example.compared ? example.rules : model->Predict(example.example.features);
      by_model.Add(example.example.stance, got);
      if (!example.random) chosen_model.Add(example.example.stance, got);
      // Misses of the test files are never printed: nobody tunes on them.
      if (show_misses && tunable && got != example.example.stance) {
        misses += fmt::format("  {} gold {} model {} rules {}: {}\n", ShortName(data.gold),
                              claimkb::StanceName(example.example.stance), claimkb::StanceName(got),
                              claimkb::StanceName(example.rules), example.where);
      }
      by_rules.Add(example.example.stance, example.rules);
    }
    sentence_model[data.gold.split].Add(by_model);
    sentence_chosen[data.gold.split].Add(chosen_model);
    sentence_rules[data.gold.split].Add(by_rules);

    claimkb::ExtractorOptions options;
    options.stance_model = model;
    const claimkb::ClaimExtractor extractor(linker, options);
    auto episode = claimkb::ParseDigestFile(gold::DigestPath(shared, data.gold).string());
    gold::EpisodeScore score =
        episode ? gold::ScoreEpisode(*lexicon, data.gold, extractor.Extract(*episode))
                : gold::ScoreUnread(*lexicon, data.gold, episode.error().message);
    const bool read = score.read && score.claims_extracted > 0;
    if (read) pooled[data.gold.split].Add(score);
    // --mentions: every entity mention of one file whose gold entities may
    // be tuned on, to see what a miss or a spurious id came from; never a
    // test file's.
    if (!mentions_of.empty() && episode && !is_test && score.entities_scored &&
        data.gold.file.find(mentions_of) != std::string::npos) {
      for (const claimkb::Claim& claim : extractor.Extract(*episode)) {
        for (const claimkb::EntityMention& mention : claim.entities) {
          if (mention.inferred) continue;
          fmt::print("mention {} line {} {} \"{}\" {:.2f}\n", ShortName(data.gold), claim.line,
                     mention.entity_id, mention.surface, mention.confidence);
        }
      }
    }
    // Entity misses, like stance misses, only for files that may be tuned on;
    // a train file's entity labels may be (tests/gold/README.md), its
    // stance, speaker and location labels may not.
    const bool entities_tunable = !is_test && score.entities_scored;
    if (show_misses && entities_tunable && read) {
      if (!score.gated.missed.empty() || !score.gated.spurious.empty()) {
        entity_misses += fmt::format("  {} missed: {} spurious: {}\n", ShortName(data.gold),
                                     fmt::join(score.gated.missed, ", "),
                                     fmt::join(score.gated.spurious, ", "));
      }
      std::string_view rest = score.misses;
      while (!rest.empty()) {
        const std::string_view line = rest.substr(0, rest.find('\n'));
        rest.remove_prefix(std::min(rest.size(), line.size() + 1));
        if (line.starts_with("  ASR repair"))
          entity_misses += fmt::format("  {}{}\n", ShortName(data.gold), line);
      }
    }
    if (show_misses && tunable && read) {
      // Speakers and claims not found, from the shared scorer's list.
      std::string_view rest = score.misses;
      while (!rest.empty()) {
        const std::string_view line = rest.substr(0, rest.find('\n'));
        rest.remove_prefix(std::min(rest.size(), line.size() + 1));
        if (line.starts_with("  speaker:") || line.starts_with("  not located"))
          entity_misses += fmt::format("  {}{}\n", ShortName(data.gold), line);
      }
    }
    fmt::print("{:<48} {:<5} {:>7} {:>16} {:>16} {:>15} {:>16} {:>16} {:>16} {:>16}\n",
               ShortName(data.gold), gold::SplitName(data.gold.split),
               read ? std::to_string(score.claims_extracted) : std::string("not read"),
               read && score.entities_scored ? Cell(score.gated.hits, score.gated.expected) : "-",
               read && score.entities_scored ? Cell(score.gated.correct, score.gated.found) : "-",
               read ? Cell(score.named_ok + score.editor_ok, score.named + score.editor) : "-",
               read ? Cell(score.stance_ok, score.stance_scored) : "-",
               read ? Cell(score.chosen_ok, score.chosen_scored) : "-",
               Cell(by_model.ok, by_model.total), Cell(by_rules.ok, by_rules.total));
  }

  // What the lexicons and the model cost: extraction of every readable gold
  // digest with the hand rules alone and with the shipped model, best of 20, alternating.
  {
    std::vector<claimkb::Episode> parsed;
    for (const auto& data : episodes) {
      auto episode = claimkb::ParseDigestFile(gold::DigestPath(shared, data.gold).string());
      if (episode) parsed.push_back(std::move(*episode));
    }
    // Runs alternate between the two, so that load from other processes
    // (a shared machine) falls on both alike; the best run of each counts.
    claimkb::ExtractorOptions rules_only;
    rules_only.stance_rules_only = true;
    const claimkb::ClaimExtractor rules_extractor(linker, rules_only);
    const claimkb::ClaimExtractor model_extractor(linker, {});
    // This thread's CPU time: on a shared machine wall time mostly measures
    // the other processes.
    const auto cpu_ms = [] {
      timespec ts{};
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
      return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
    };
    const auto time_ms = [&](const claimkb::ClaimExtractor& extractor) {
      const double start = cpu_ms();
      std::size_t claims = 0;
      for (const auto& episode : parsed) claims += extractor.Extract(episode).size();
      const double took = cpu_ms() - start;
      return claims > 0 ? took : 0.0;
    };
    double rules_ms = 1e18, model_ms = 1e18;
    for (int run = 0; run < 20; ++run) {
      rules_ms = std::min(rules_ms, time_ms(rules_extractor));
      model_ms = std::min(model_ms, time_ms(model_extractor));
    }
    fmt::print(
        "\nextraction of {} digests (CPU): hand rules only {:.1f} ms, lexicons + model {:.1f} ms "
        "({:+.0f}%)\n",
        parsed.size(), rules_ms, model_ms, 100.0 * (model_ms / rules_ms - 1.0));
  }
  if (show_misses) {
    fmt::print("\n== sentence-level stance misses (tuned and dev only; never train or test)\n{}",
               misses);
    fmt::print(
        "\n== entity misses and ASR repairs (tuned, dev and entity-labelled train), speaker and "
        "location misses (tuned and dev)\n{}",
        entity_misses);
  }
  for (const gold::Split split :
       {gold::Split::kTuned, gold::Split::kDev, gold::Split::kTrain, gold::Split::kTest}) {
    const bool is_test = split == gold::Split::kTest;
    const gold::EpisodeScore& p = pooled[split];
    fmt::print("\n== pooled, {} files ({})\n", gold::SplitName(split),
               is_test ? "untouched; model trained on all tuned, dev and train episodes"
                       : "leave-one-episode-out: each scored by a model trained without it");
    fmt::print(
        "pipeline (episodes the reader reads): entity recall {}, precision {}; "
        "speaker {} (named {}); stance {} (claims the labellers chose {})\n",
        Cell(p.gated.hits, p.gated.expected), Cell(p.gated.correct, p.gated.found),
        Cell(p.named_ok + p.editor_ok, p.named + p.editor), Cell(p.named_ok, p.named),
        Cell(p.stance_ok, p.stance_scored), Cell(p.chosen_ok, p.chosen_scored));
    fmt::print("pipeline stance confusion (rows gold, columns extracted):\n{}",
               gold::ConfusionTable(p.confusion));
    const Tally& m = sentence_model[split];
    const Tally& r = sentence_rules[split];
    const Tally& c = sentence_chosen[split];
    fmt::print("sentence stance, model: {} (claims the labellers chose {}); hand rules only: {}\n",
               Cell(m.ok, m.total), Cell(c.ok, c.total), Cell(r.ok, r.total));
    fmt::print("sentence stance confusion, model:\n{}", gold::ConfusionTable(m.confusion));
    fmt::print("sentence stance confusion, hand rules only:\n{}",
               gold::ConfusionTable(r.confusion));
  }
  return 0;
}
