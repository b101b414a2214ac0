// Measures the two ways claimkb can index Chinese: Xapian's FLAG_CJK_NGRAM
// (unigrams + bigrams) and ICU dictionary words inserted by us before
// Xapian sees the text. Reports recall and precision on hand-written Chinese
// questions over the real corpus, and indexing speed. Usage:
//
//   cjk_segmentation [corpus_dir] [repeat]
//
// The corpus is read at run time and never copied; each digest line of prose
// (bullet or paragraph) is one document, a stand-in for a claim.
#include <fmt/format.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "xapian_support.h"

namespace fs = std::filesystem;
namespace xs = claimkb::xapian_support;
using claimkb::CjkSegmentation;

namespace {

// Questions a reader would type, and the substring that makes a line
// relevant. Written by reading the corpus; only the short words are ours.
struct GoldQuery {
  const char* query;
  const char* expected;
};
constexpr GoldQuery kGold[] = {
    {"多模态推理", "多模态推理"},
    {"撞墙", "撞墙"},
    {"强化学习", "强化学习"},
    {"数据效率", "数据效率"},
    {"前端", "前端"},
    {"小说续写", "小说续写"},
    {"幻觉", "幻觉"},
    {"后训练", "后训练"},
    {"世界模型", "世界模型"},
    {"思维链", "思维链"},
    {"价值函数", "价值函数"},
    {"持续学习", "持续学习"},
    {"长上下文", "长上下文"},
    {"自动驾驶", "自动驾驶"},
    {"蒸馏", "蒸馏"},
    {"泛化", "泛化"},
    {"算力", "算力"},
    {"机器人", "机器人"},
};

std::string StripMarks(std::string line) {
  for (const char* mark : {"**", "=="}) {
    for (std::size_t p = line.find(mark); p != std::string::npos; p = line.find(mark, p)) {
      line.erase(p, 2);
    }
  }
  return line;
}

std::vector<std::string> LoadLines(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".md" && !name.starts_with("note-") && name != "README.md") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> lines;
  for (const fs::path& file : files) {
    std::ifstream in(file);
    std::string line;
    bool frontmatter = false;
    while (std::getline(in, line)) {
      if (line == "---") {
        frontmatter = !frontmatter;
        continue;
      }
      if (frontmatter || line.empty() || line.starts_with("#")) continue;
      if (line.starts_with("- ")) line.erase(0, 2);
      line = StripMarks(line);
      if (line.size() >= 12) lines.push_back(line);
    }
  }
  return lines;
}

struct Score {
  double recall = 0;
  double precision = 0;
  std::size_t relevant = 0;
  std::size_t matched = 0;
};

Score Measure(const Xapian::Database& db, const std::vector<std::string>& lines,
              CjkSegmentation mode, const GoldQuery& gold, bool verbose) {
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stemmer(xs::Stemmer());
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  Xapian::Query query =
      parser.parse_query(xs::PrepareQueryText(gold.query, mode), xs::QueryParserFlags(mode));
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  std::set<std::size_t> relevant;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find(gold.expected) != std::string::npos) relevant.insert(i);
  }
  std::size_t hit = 0;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    std::size_t line = std::stoul(it.get_document().get_data());
    if (relevant.contains(line)) {
      ++hit;
    } else if (verbose) {
      fmt::print("    extra [{}]: {:.60}\n", gold.query, lines[line]);
    }
  }
  if (verbose) {
    for (std::size_t line : relevant) {
      bool found = false;
      for (auto it = mset.begin(); it != mset.end(); ++it) {
        if (std::stoul(it.get_document().get_data()) == line) found = true;
      }
      if (!found)
        fmt::print("    missed [{}]: {}\n", gold.query, xs::PrepareText(lines[line], mode));
    }
  }
  Score score;
  score.relevant = relevant.size();
  score.matched = mset.size();
  score.recall = relevant.empty() ? 1.0 : static_cast<double>(hit) / relevant.size();
  score.precision = mset.empty() ? 1.0 : static_cast<double>(hit) / mset.size();
  return score;
}

// Indexes `lines` `repeat` times into a fresh disk database; returns docs/s.
double Index(const fs::path& dir, const std::vector<std::string>& lines, CjkSegmentation mode,
             int repeat, std::size_t* terms) {
  fs::remove_all(dir);
  fs::create_directories(dir.parent_path());
  auto start = std::chrono::steady_clock::now();
  {
    Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_stemmer(xs::Stemmer());
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    generator.set_flags(xs::TermGeneratorFlags(mode));
    for (int r = 0; r < repeat; ++r) {
      for (std::size_t i = 0; i < lines.size(); ++i) {
        Xapian::Document doc;
        generator.set_document(doc);
        generator.index_text(xs::PrepareText(lines[i], mode), 3);
        doc.set_data(std::to_string(i));
        std::string unique = fmt::format("Q{}-{}", r, i);
        doc.add_boolean_term(unique);
        db.replace_document(unique, doc);
      }
    }
    db.commit();
  }
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  Xapian::Database db(dir.string());
  *terms = 0;
  for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) {
    if (!(*it).starts_with('Q')) ++*terms;  // Count words, not the unique ids.
  }
  return static_cast<double>(lines.size()) * repeat / seconds;
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path corpus = argc > 1 ? fs::path(argv[1]) : fs::path(CLAIMKB_BENCH_CORPUS);
  const int repeat = argc > 2 ? std::atoi(argv[2]) : 20;
  const bool verbose = std::getenv("CLAIMKB_BENCH_VERBOSE") != nullptr;
  if (!fs::exists(corpus)) {
    fmt::print(stderr, "corpus not found at {}; pass its directory\n", corpus.string());
    return 2;
  }
  const std::vector<std::string> lines = LoadLines(corpus);
  std::size_t bytes = 0;
  for (const std::string& line : lines) bytes += line.size();
  fmt::print("corpus: {} lines, {} bytes (avg {} bytes/line); indexing x{}\n", lines.size(), bytes,
             bytes / std::max<std::size_t>(1, lines.size()), repeat);

  const fs::path work = fs::temp_directory_path() / fmt::format("claimkb-cjk-bench-{}", ::getpid());
  struct Mode {
    CjkSegmentation mode;
    const char* name;
  };
  for (Mode m : {Mode{CjkSegmentation::kNgram, "xapian-ngram"},
                 Mode{CjkSegmentation::kIcuWords, "icu-words"}}) {
    std::size_t terms = 0;
    // Index once for recall (untimed: it also loads ICU data and warms the
    // page cache), then `repeat` times for speed.
    const fs::path once = work / fmt::format("{}-once", m.name);
    Index(once, lines, m.mode, 1, &terms);
    Xapian::Database db(once.string());
    double docs_per_s = Index(work / m.name, lines, m.mode, repeat, &terms);
    double recall = 0, precision = 0;
    fmt::print("\n{}: {:.0f} docs/s, {} distinct terms\n", m.name, docs_per_s, terms);
    for (const GoldQuery& gold : kGold) {
      Score s = Measure(db, lines, m.mode, gold, verbose);
      recall += s.recall;
      precision += s.precision;
      fmt::print("  {:<10} relevant {:>3} matched {:>4} recall {:.2f} precision {:.2f}\n",
                 gold.query, s.relevant, s.matched, s.recall, s.precision);
    }
    const double n = std::size(kGold);
    fmt::print("  mean recall {:.3f}, mean precision {:.3f}\n", recall / n, precision / n);
  }
  fs::remove_all(work);
  return 0;
}
