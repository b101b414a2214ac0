// The learned part of stance classification: a multinomial logistic
// regression over what the compositional rules found in a claim (their
// verdict, the cue words and polarity-lexicon words they kept after negation,
// contrast and concession), the claim's modality and topics. The rules say
// what is praised or criticised; the model says whether that makes the claim
// positive, negative, mixed or neutral, which the rules alone over-call as
// neutral. Comparisons and marked balanced mixed verdicts stay the rules'. Weights ship in
// data/stance/model.tsv (compiled in), trained by bench/gold_eval --train on the labelled gold
// claims (tests/gold/).
#ifndef CLAIMKB_CORE_STANCE_MODEL_H_
#define CLAIMKB_CORE_STANCE_MODEL_H_

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/claim.h"
#include "claimkb/core/result.h"

namespace claimkb {

// One labelled claim for training: its feature vector (StanceModel::
// FeatureNames() order) and the stance a person gave it.
struct StanceExample {
  std::vector<double> features;
  Stance stance = Stance::kNeutral;
  double weight = 1.0;  // How much the example counts in training.
};

struct StanceTrainingOptions {
  double l2 = 0.01;       // Weight decay per example; keeps rare features small.
  int iterations = 2000;  // Full-batch gradient steps.
  double step = 0.5;      // Learning rate.
  // Subtracted from the neutral class's bias after training: a threshold
  // that calls a claim neutral only when neutral wins by this log-odds
  // margin. Labelled digests of one summarier are polar more often than the
  // training mix suggests; the margin is chosen leave-one-episode-out
  // (bench/gold_eval --sweep), not fitted.
  double neutral_shift = 0.0;
  // Class weights (n / (classes * n_class)) ^ class_balance: 0 weighs every
  // example alike, 1 makes each class count as much as the others. Chosen
  // leave-one-episode-out like the margin.
  double class_balance = 0.0;
};

class StanceModel {
 public:
  // Names of the features, in vector order; the first is the constant 1.
  static const std::vector<std::string>& FeatureNames();
  // The classes, in weight-row order.
  static constexpr std::array<Stance, 4> kClasses = {Stance::kNeutral, Stance::kPositive,
                                                     Stance::kNegative, Stance::kMixed};

  // The weights of data/stance/model.tsv, compiled in.
  static std::shared_ptr<const StanceModel> Default();

  // "class<TAB>feature<TAB>weight" lines, '#' comments. Features the model
  // does not list weigh 0; unknown feature or class names are an error, so
  // a model trained on other features is not silently misread.
  static Result<StanceModel> Parse(std::string_view tsv);
  std::string Serialize() const;

  static StanceModel Train(const std::vector<StanceExample>& examples,
                           const StanceTrainingOptions& options = {});

  // The most probable class for a FeatureNames()-ordered vector.
  Stance Predict(const std::vector<double>& features) const;

 private:
  // weights_[class][feature].
  std::array<std::vector<double>, kClasses.size()> weights_;
};

}  // namespace claimkb

#endif  // CLAIMKB_CORE_STANCE_MODEL_H_
