// Private helper of the stance classifier: open-vocabulary polarity words.
// English scores merge VADER, AFINN-165 and Bing Liu; Chinese scores are the
// project's own projection of them through CC-CEDICT glosses (data/stance/,
// built by scripts/build_stance_lexicons.py and compiled in). The hand cues
// of the stance classifier stay authoritative: it drops polarity matches
// that overlap one of them.
#ifndef CLAIMKB_CORE_POLARITY_LEXICON_H_
#define CLAIMKB_CORE_POLARITY_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimkb::internal {

struct PolarityMatch {
  std::size_t begin = 0;  // Byte offsets in the scanned text.
  std::size_t end = 0;
  double score = 0;  // -1 (criticism) .. +1 (praise).
};

class PolarityLexicon {
 public:
  // The compiled-in lexicons of data/stance/.
  static const PolarityLexicon& Default();

  // From the text of polarity_en.tsv and polarity_zh.tsv ("word<TAB>score",
  // '#' comments). Malformed lines are skipped: the files are generated.
  PolarityLexicon(std::string_view english_tsv, std::string_view chinese_tsv);

  // Non-overlapping matches in order: whole ASCII words (case-folded), and
  // Chinese words of two to four ideographs, longest first.
  std::vector<PolarityMatch> Scan(std::string_view text) const;

  std::size_t size() const { return english_.size() + chinese_.size(); }

 private:
  // Lookups by string_view, without building a string per position.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Map = std::unordered_map<std::string, double, Hash, std::equal_to<>>;
  Map english_;
  Map chinese_;
  // The scan looks Chinese words and their two-ideograph prefixes up at most
  // positions; std::unordered_map's modulo and chained buckets dominated it.
  // Here the bytes (at most four ideographs, 16 bytes) are packed into two
  // integers and kept in open-addressing tables (high == 0 marks a free slot).
  struct PackedKey {
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    bool operator==(const PackedKey&) const = default;
  };
  struct Slot {
    PackedKey key;
    double score = 0;
  };
  class FlatTable {
   public:
    void Build(const std::vector<Slot>& entries);
    const Slot* Find(const PackedKey& key) const;

   private:
    // The slot a key starts probing at: the top bits of a multiplicative hash.
    std::size_t Home(const PackedKey& key) const {
      return static_cast<std::size_t>(
          ((key.high ^ (key.low * 0xC2B2AE3D27D4EB4FULL)) * 0x9E3779B97F4A7C15ULL) >> shift_);
    }
    std::vector<Slot> slots_;
    int shift_ = 63;
  };
  static PackedKey Pack(std::string_view bytes);
  FlatTable chinese_words_;     // Every Chinese word with its score.
  FlatTable chinese_prefixes_;  // The first two ideographs of every word.
  // Which BMP characters start a Chinese word, and which come second in
  // one: bit tests before any hashing.
  std::vector<bool> chinese_first_;
  std::vector<bool> chinese_second_;
};

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_POLARITY_LEXICON_H_
