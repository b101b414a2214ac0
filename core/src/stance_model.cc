#include "claimkb/core/stance_model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "stance_features.h"

namespace claimkb {

namespace internal {
extern const std::string_view kStanceModelTsv;
}  // namespace internal

namespace {

constexpr std::size_t kFeatures = internal::kFeatureCount;
constexpr std::size_t kClassCount = StanceModel::kClasses.size();

int ClassIndex(Stance stance) {
  for (std::size_t c = 0; c < kClassCount; ++c) {
    if (StanceModel::kClasses[c] == stance) return static_cast<int>(c);
  }
  return 0;
}

// Class probabilities for one example.
std::array<double, kClassCount> Softmax(const std::array<std::vector<double>, kClassCount>& w,
                                        const std::vector<double>& x) {
  std::array<double, kClassCount> scores{};
  for (std::size_t c = 0; c < kClassCount; ++c) {
    double s = 0;
    for (std::size_t f = 0; f < kFeatures && f < x.size(); ++f) s += w[c][f] * x[f];
    scores[c] = s;
  }
  const double top = *std::max_element(scores.begin(), scores.end());
  double total = 0;
  for (double& s : scores) {
    s = std::exp(s - top);
    total += s;
  }
  for (double& s : scores) s /= total;
  return scores;
}

}  // namespace

const std::vector<std::string>& StanceModel::FeatureNames() {
  static const std::vector<std::string> names(internal::kStanceFeatureNames.begin(),
                                              internal::kStanceFeatureNames.end());
  return names;
}

std::shared_ptr<const StanceModel> StanceModel::Default() {
  static const std::shared_ptr<const StanceModel> model =
      []() -> std::shared_ptr<const StanceModel> {
    auto parsed = Parse(internal::kStanceModelTsv);
    // A test checks that the shipped weights parse. Were they unreadable or
    // empty, extraction falls back to the hand rules rather than to a model
    // whose weights are all zero.
    if (!parsed || parsed->Serialize() == StanceModel::Train({}).Serialize()) return nullptr;
    return std::make_shared<const StanceModel>(std::move(*parsed));
  }();
  return model;
}

Result<StanceModel> StanceModel::Parse(std::string_view tsv) {
  StanceModel model;
  for (auto& row : model.weights_) row.assign(kFeatures, 0.0);
  std::size_t pos = 0;
  int line_number = 0;
  while (pos < tsv.size()) {
    std::size_t end = tsv.find('\n', pos);
    if (end == std::string_view::npos) end = tsv.size();
    const std::string_view line = tsv.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab1 = line.find('\t');
    const std::size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 == std::string_view::npos) {
      return MakeErrorAt(ErrorCode::kParse, "model.tsv", line_number,
                         "expected class<TAB>feature<TAB>weight");
    }
    const auto stance = StanceFromName(line.substr(0, tab1));
    const std::string_view feature = line.substr(tab1 + 1, tab2 - tab1 - 1);
    const auto name = std::find(internal::kStanceFeatureNames.begin(),
                                internal::kStanceFeatureNames.end(), feature);
    const std::string_view number = line.substr(tab2 + 1);
    double weight = 0;
    const auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), weight);
    if (!stance || name == internal::kStanceFeatureNames.end() || ec != std::errc()) {
      return MakeErrorAt(ErrorCode::kParse, "model.tsv", line_number,
                         "unknown class or feature, or a bad weight: '" + std::string(line) + "'");
    }
    model.weights_[ClassIndex(*stance)][name - internal::kStanceFeatureNames.begin()] = weight;
  }
  return model;
}

std::string StanceModel::Serialize() const {
  std::string out =
      "# Stance model weights (multinomial logistic regression), trained by\n"
      "# bench/gold_eval --train on the labelled claims of tests/gold/ (tuned, dev and\n"
      "# train files; never the test files). class<TAB>feature<TAB>weight\n";
  char number[32];
  for (std::size_t c = 0; c < kClassCount; ++c) {
    for (std::size_t f = 0; f < kFeatures; ++f) {
      const double w = weights_[c].empty() ? 0.0 : weights_[c][f];
      std::snprintf(number, sizeof(number), "%.4f", w);
      out += std::string(StanceName(kClasses[c])) + "\t" +
             std::string(internal::kStanceFeatureNames[f]) + "\t" + number + "\n";
    }
  }
  return out;
}

StanceModel StanceModel::Train(const std::vector<StanceExample>& examples,
                               const StanceTrainingOptions& options) {
  StanceModel model;
  for (auto& row : model.weights_) row.assign(kFeatures, 0.0);
  if (examples.empty()) return model;
  const double n = static_cast<double>(examples.size());
  std::array<double, kClassCount> class_weight{};
  {
    std::array<double, kClassCount> count{};
    for (const StanceExample& example : examples) count[ClassIndex(example.stance)] += 1;
    for (std::size_t c = 0; c < kClassCount; ++c) {
      class_weight[c] =
          count[c] == 0 ? 1.0 : std::pow(n / (kClassCount * count[c]), options.class_balance);
    }
  }
  std::array<std::vector<double>, kClassCount> gradient;
  for (int step = 0; step < options.iterations; ++step) {
    for (auto& row : gradient) row.assign(kFeatures, 0.0);
    for (const StanceExample& example : examples) {
      const auto p = Softmax(model.weights_, example.features);
      const int truth = ClassIndex(example.stance);
      const double weight = class_weight[truth] * example.weight;
      for (std::size_t c = 0; c < kClassCount; ++c) {
        const double error = weight * (p[c] - (static_cast<int>(c) == truth ? 1.0 : 0.0));
        for (std::size_t f = 0; f < kFeatures && f < example.features.size(); ++f)
          gradient[c][f] += error * example.features[f];
      }
    }
    for (std::size_t c = 0; c < kClassCount; ++c) {
      for (std::size_t f = 0; f < kFeatures; ++f) {
        // The bias is not decayed: it carries the class prior.
        const double decay = f == internal::kBias ? 0.0 : options.l2 * model.weights_[c][f];
        model.weights_[c][f] -= options.step * (gradient[c][f] / n + decay);
      }
    }
  }
  model.weights_[ClassIndex(Stance::kNeutral)][internal::kBias] -= options.neutral_shift;
  return model;
}

Stance StanceModel::Predict(const std::vector<double>& features) const {
  if (weights_[0].empty()) return Stance::kNeutral;
  const auto p = Softmax(weights_, features);
  return kClasses[std::max_element(p.begin(), p.end()) - p.begin()];
}

}  // namespace claimkb
