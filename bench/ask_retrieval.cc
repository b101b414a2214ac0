// Retrieval benchmark for `ask` (issue 9): the blind-written questions of
// bench/questions/ask_questions.json, scored recall@10, recall@50 and
// nDCG@10 for `ask` (claimkb::RankAnswer) and for plain BM25 over the same
// index in the same run, split into the dev and the held-out test set; then
// `claimkb ask` timed as a whole process. Nothing here is a test.
//
//   ask_retrieval [shared_dir] [timing_repeats]
//
// shared_dir defaults to ../shared beside the source tree. Environment:
// CLAIMKB_BENCH_DB=DIR keeps and reuses the ingested database; CLAIMKB_BENCH_REACH=N pulls in the
// neighbours of the best N hits (CLAIMKB_BENCH_PULLED=S: their share); CLAIMKB_BENCH_CANDIDATES=N ranks N candidates per facet;
// CLAIMKB_BENCH_VERBOSE=1 lists each dev question's misses (never the test
// set's: it is not for tuning); CLAIMKB_BENCH_SET=dev scores only the dev
// set (for tuning runs, so that the test figures are not even seen); CLAIMKB_BENCH_FEEDBACK=N turns
// on pseudo-relevance feedback from the top N hits (CLAIMKB_BENCH_FBW=W its weight);
// CLAIMKB_BENCH_TITLE=W and CLAIMKB_BENCH_BOOST=W set the title and boost weights;
// CLAIMKB_BENCH_RETRIEVE=0 makes entity boosts lift only; CLAIMKB_BENCH_W_AI, _W_CEDICT, _W_PIVOT
// and _W_ALIAS set the expansion weights (QuestionOptions); CLAIMKB_BENCH_NEIGHBOUR the share of a
// neighbouring claim's weight (AnswerOptions::neighbour_share), _WINDOW and _DECAY its reach;
// CLAIMKB_BENCH_SUMMARY_REACH and _SUMMARY_SHARE the summary links (0 = off), and
// CLAIMKB_BENCH_COMPARE_COORD=0 turns off a comparison's shared coordination;
// CLAIMKB_BENCH_TRACE=ID,ID (with _VERBOSE) prints where those claims rank
// for each dev question.
#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "bench_support.h"
#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/store.h"
#include "claimkb/indexer/claim_index.h"
#include "claimkb/indexer/hit_card.h"
#include "claimkb/indexer/index_fields.h"
#include "claimkb/indexer/knowledge_base_writer.h"
#include "claimkb/query/answer.h"
#include "claimkb/query/knowledge_base.h"
#include "claimkb/query/question.h"
#include "claimkb/query/searcher.h"
#include "claimkb/query/stance_edges.h"
#include "claimkb/query/term_tables.h"
#include "xapian_support.h"

extern char** environ;

namespace fs = std::filesystem;
using bench::Check;
using bench::Die;

namespace {

struct Answer {
  std::string file;
  int line = 0;
  std::string key;
};

struct Question {
  std::string id, set, lang, text;
  std::vector<Answer> answers;
  std::set<std::string> relevant;  // Claim ids the answers resolved to.
  int unresolved = 0;              // Answers in files the store does not hold.
  int not_claims = 0;              // Answers in stored files that no claim holds.
};

struct Scores {
  double r10 = 0, r50 = 0, ndcg10 = 0;
};

Scores Score(const std::vector<std::string>& ranking, const std::set<std::string>& relevant) {
  Scores s;
  int hit10 = 0, hit50 = 0;
  double dcg = 0;
  for (std::size_t i = 0; i < ranking.size() && i < 50; ++i) {
    if (relevant.count(ranking[i]) == 0) continue;
    ++hit50;
    if (i < 10) {
      ++hit10;
      dcg += 1.0 / std::log2(static_cast<double>(i) + 2);
    }
  }
  double ideal = 0;
  for (std::size_t i = 0; i < std::min<std::size_t>(10, relevant.size()); ++i) {
    ideal += 1.0 / std::log2(static_cast<double>(i) + 2);
  }
  s.r10 = static_cast<double>(hit10) / static_cast<double>(relevant.size());
  s.r50 = static_cast<double>(hit50) / static_cast<double>(relevant.size());
  s.ndcg10 = ideal > 0 ? dcg / ideal : 0;
  return s;
}

std::vector<std::string> ReadWords(const std::string& path) {
  std::ifstream in(path);
  if (!in) Die("cannot read " + path);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') out.push_back(line);
  }
  return out;
}

// Plain BM25: Xapian's default weighting over the claim texts of the same
// index, the question's words OR-ed, English and Chinese stopwords removed
// (npm `stopword` lists), Chinese cut into ICU words so that each word
// counts on its own rather than the whole run as one AND-ed n-gram group.
class PlainBm25 {
 public:
  PlainBm25(const std::string& index_dir, const std::string& bilingual) : db_(index_dir) {
    for (const char* name : {"stopword_npm_eng.txt", "stopword_npm_zho.txt"}) {
      for (const std::string& word : ReadWords(bilingual + "/" + name)) stopper_.add(word);
    }
  }
  std::vector<std::string> Rank(const std::string& question, int limit) {
    Xapian::QueryParser qp;
    qp.set_database(db_);
    qp.set_stemmer(Xapian::Stem("en"));
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp.set_stopper(&stopper_);
    qp.set_default_op(Xapian::Query::OP_OR);
    const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM;
    std::string text = claimkb::xapian_support::SegmentCjkWords(question, " ");
    for (char& c : text) {
      if (c == '?' || c == '"' || c == '(' || c == ')' || c == ':') c = ' ';
    }
    Xapian::Query query;
    try {
      query = qp.parse_query(text, flags);
    } catch (const Xapian::QueryParserError&) {
      // Xapian 1.4.22's "latin CJK latin" bug: parse word by word.
      std::vector<Xapian::Query> words;
      std::istringstream in(text);
      for (std::string word; in >> word;) words.push_back(qp.parse_query(word, flags));
      query = Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end());
    }
    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(limit));
    std::vector<std::string> ids;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      ids.push_back(claimkb::DecodeHitCard(it.get_document().get_value(claimkb::kSlotHitCard)).claim_id);
    }
    return ids;
  }

 private:
  Xapian::Database db_;
  Xapian::SimpleStopper stopper_;
};

double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const std::size_t at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[at];
}

struct ProcessTime {
  double wall_ms = 0;
  double cpu_ms = 0;  // User + system time of the child.
};

ProcessTime RunProcess(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
    Die("cannot run " + argv[0]);
  }
  int status = 0;
  struct rusage usage {};
  wait4(pid, &status, 0, &usage);
  const double wall =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  posix_spawn_file_actions_destroy(&actions);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    Die(fmt::format("'{}' exited with {}", fmt::join(argv, " "), WEXITSTATUS(status)));
  }
  auto ms = [](const timeval& t) { return t.tv_sec * 1000.0 + t.tv_usec / 1000.0; };
  return {wall, ms(usage.ru_utime) + ms(usage.ru_stime)};
}

double EnvNumber(const char* name, double fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? std::atof(value) : fallback;
}

}  // namespace

int main(int argc, char** argv) {
  bench::program_name = "ask_retrieval";
  const std::string shared = argc > 1 ? argv[1] : CLAIMKB_BENCH_SHARED;
  const int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
  const bool verbose = std::getenv("CLAIMKB_BENCH_VERBOSE") != nullptr;
  if (!fs::is_directory(shared + "/corpus")) Die(shared + "/corpus not found");

  // Questions.
  std::ifstream qin(CLAIMKB_BENCH_QUESTIONS);
  if (!qin) Die("cannot read " CLAIMKB_BENCH_QUESTIONS);
  nlohmann::json doc = nlohmann::json::parse(qin);
  std::vector<Question> questions;
  for (const auto& q : doc["questions"]) {
    Question question{q["id"], q["set"], q["lang"], q["question"], {}, {}, 0, 0};
    for (const auto& a : q["answers"]) question.answers.push_back({a["file"], a["line"], a["key"]});
    questions.push_back(std::move(question));
  }

  // One store and index of corpus + corpus-more, as `claimkb ingest` makes them.
  char tmpl[] = "/tmp/claimkb-ask-bench-XXXXXX";
  if (mkdtemp(tmpl) == nullptr) Die("mkdtemp failed");
  struct Cleanup {
    std::string dir;
    ~Cleanup() {
      std::error_code ignored;
      fs::remove_all(dir, ignored);
    }
  } cleanup{tmpl};
  // CLAIMKB_BENCH_DB=DIR keeps the database in DIR and reuses it when it is
  // there: a sweep of ranking knobs then ingests once. Only for knobs of the
  // query side: a change to the indexer needs a fresh DIR.
  const char* kept_db = std::getenv("CLAIMKB_BENCH_DB");
  const bool reuse = kept_db != nullptr && *kept_db != '\0';
  const std::string db_dir = reuse ? std::string(kept_db) : cleanup.dir + "/db";
  auto lexicon = Check(claimkb::Lexicon::LoadDefault(), "loading the lexicon");
  auto linker = std::make_shared<const claimkb::EntityLinker>(lexicon);
  if (!reuse || !fs::exists(db_dir)) {
    // With the CLI's link step, so the store holds the graph a user's does.
    claimkb::WriterOptions writer_options;
    writer_options.link_claims = claimkb::StanceLinkStep();
    auto writer = Check(claimkb::KnowledgeBaseWriter::Open(db_dir, lexicon, writer_options),
                        "opening the database");
    std::vector<std::string> inputs = {shared + "/corpus"};
    if (fs::is_directory(shared + "/corpus-more")) inputs.push_back(shared + "/corpus-more");
    Check(writer->Ingest(inputs), "ingesting");
  }
  auto store = Check(claimkb::Store::Open(db_dir), "opening the store");
  auto claims = Check(store->AllClaims(), "reading claims");

  // Resolve answers to claim ids.
  std::map<std::pair<std::string, int>, std::vector<const claimkb::StoredClaim*>> by_line;
  std::set<std::string> stored_files;
  for (const claimkb::StoredClaim& claim : claims) {
    const std::string rel =
        fs::relative(fs::weakly_canonical(claim.path), fs::weakly_canonical(shared))
            .generic_string();
    stored_files.insert(rel);
    by_line[{rel, claim.claim.line}].push_back(&claim);
  }
  for (Question& q : questions) {
    for (const Answer& a : q.answers) {
      if (stored_files.count(a.file) == 0) {
        ++q.unresolved;
        continue;
      }
      bool found = false;
      for (const claimkb::StoredClaim* claim : by_line[{a.file, a.line}]) {
        if (claim->claim.text.find(a.key) != std::string::npos) {
          q.relevant.insert(claim->id);
          found = true;
        }
      }
      if (!found) ++q.not_claims;
    }
  }

  // Reading goes through the read-side handle, as `claimkb ask` does.
  claimkb::KnowledgeBase kb(std::vector<std::string>{db_dir});
  auto options = Check(kb.QuestionOptionsForData(), "question options");
  options.ai_term_weight = EnvNumber("CLAIMKB_BENCH_W_AI", options.ai_term_weight);
  options.cedict_weight = EnvNumber("CLAIMKB_BENCH_W_CEDICT", options.cedict_weight);
  options.pivot_weight = EnvNumber("CLAIMKB_BENCH_W_PIVOT", options.pivot_weight);
  options.alias_weight = EnvNumber("CLAIMKB_BENCH_W_ALIAS", options.alias_weight);
  options.part_weight = EnvNumber("CLAIMKB_BENCH_W_PART", options.part_weight);
  claimkb::QuestionInterpreter interpreter(linker, options);
  claimkb::AnswerOptions answer_options;
  answer_options.feedback_docs = static_cast<int>(EnvNumber("CLAIMKB_BENCH_FEEDBACK", answer_options.feedback_docs));
  answer_options.title_weight = EnvNumber("CLAIMKB_BENCH_TITLE", answer_options.title_weight);
  answer_options.boost_weight = EnvNumber("CLAIMKB_BENCH_BOOST", answer_options.boost_weight);
  answer_options.entities_retrieve = EnvNumber("CLAIMKB_BENCH_RETRIEVE", 1) != 0;
  answer_options.coordination = EnvNumber("CLAIMKB_BENCH_COORD", answer_options.coordination);
  answer_options.compare_coordination = EnvNumber("CLAIMKB_BENCH_COMPARE_COORD", 1) != 0;
  answer_options.neighbour_share =
      EnvNumber("CLAIMKB_BENCH_NEIGHBOUR", answer_options.neighbour_share);
  answer_options.neighbour_window =
      static_cast<int>(EnvNumber("CLAIMKB_BENCH_WINDOW", answer_options.neighbour_window));
  answer_options.neighbour_decay = EnvNumber("CLAIMKB_BENCH_DECAY", answer_options.neighbour_decay);
  answer_options.feedback_weight = EnvNumber("CLAIMKB_BENCH_FBW", answer_options.feedback_weight);
  answer_options.neighbour_reach =
      static_cast<int>(EnvNumber("CLAIMKB_BENCH_REACH", answer_options.neighbour_reach));
  answer_options.pulled_share = EnvNumber("CLAIMKB_BENCH_PULLED", answer_options.pulled_share);
  answer_options.candidates =
      static_cast<int>(EnvNumber("CLAIMKB_BENCH_CANDIDATES", answer_options.candidates));
  answer_options.summary_reach =
      static_cast<int>(EnvNumber("CLAIMKB_BENCH_SUMMARY_REACH", answer_options.summary_reach));
  answer_options.summary_share =
      EnvNumber("CLAIMKB_BENCH_SUMMARY_SHARE", answer_options.summary_share);
  answer_options.bm25_k1 = EnvNumber("CLAIMKB_BENCH_K1", answer_options.bm25_k1);
  answer_options.bm25_b = EnvNumber("CLAIMKB_BENCH_B", answer_options.bm25_b);
  answer_options.cjk_word_as_term = EnvNumber("CLAIMKB_BENCH_CJK_TERM", 1) != 0;
  answer_options.synonyms = EnvNumber("CLAIMKB_BENCH_SYNONYMS", 1) != 0;
  PlainBm25 bm25(db_dir + "/xapian", shared + "/data/bilingual");

  struct Totals {
    int n = 0, unresolved_questions = 0, answers = 0, unresolved = 0, not_claims = 0;
    Scores ask, bm25;
  };
  std::map<std::string, Totals> totals;
  std::vector<double> in_process_ms;
  const char* only_set = std::getenv("CLAIMKB_BENCH_SET");
  for (Question& q : questions) {
    if (only_set != nullptr && *only_set != '\0' && q.set != only_set) continue;
    Totals& t = totals[q.set];
    t.answers += static_cast<int>(q.answers.size());
    t.unresolved += q.unresolved;
    t.not_claims += q.not_claims;
    if (q.relevant.empty()) {
      ++t.unresolved_questions;
      continue;
    }
    auto start = std::chrono::steady_clock::now();
    auto plan = interpreter.Interpret(q.text);
    std::vector<std::string> ask_ranking;
    std::map<std::string, double> weight_of;  // Best weight of a claim in any facet.
    std::vector<double> tenth, fiftieth;      // Each facet's weight at ranks 10 and 50.
    if (plan) {
      auto hits = Check(kb.Rank(*plan, answer_options), "ranking " + q.id);
      // What `ask --limit 50` lists, as bench/ask_probe.py reads it.
      ask_ranking = claimkb::ShownRanking(hits, plan->intent, 50);
      for (const claimkb::FacetHits& facet : hits) {
        for (const claimkb::SearchHit& hit : facet.result.hits) {
          weight_of[hit.claim_id] = std::max(weight_of[hit.claim_id], hit.weight);
        }
        const auto& h = facet.result.hits;
        tenth.push_back(h.size() >= 10 ? h[9].weight : 0);
        fiftieth.push_back(h.size() >= 50 ? h[49].weight : 0);
      }
    }
    in_process_ms.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
    std::vector<std::string> bm25_ranking = bm25.Rank(q.text, 50);
    Scores a = Score(ask_ranking, q.relevant), b = Score(bm25_ranking, q.relevant);
    ++t.n;
    t.ask.r10 += a.r10, t.ask.r50 += a.r50, t.ask.ndcg10 += a.ndcg10;
    t.bm25.r10 += b.r10, t.bm25.r50 += b.r50, t.bm25.ndcg10 += b.ndcg10;
    fmt::print("{} {:4} {} ask r@10 {:.2f} r@50 {:.2f} | bm25 r@10 {:.2f} r@50 {:.2f} | {}\n", q.id,
               q.set, q.lang, a.r10, a.r50, b.r10, b.r50, q.text);
    if (verbose && q.set == "dev") {
      if (plan) fmt::print("{}", claimkb::Describe(*plan));
      // Where the top 20 come from: episodes by how many of them they hold.
      std::map<std::string, int> top_episodes;
      for (std::size_t i = 0; i < ask_ranking.size() && i < 20; ++i) {
        ++top_episodes[ask_ranking[i].substr(0, ask_ranking[i].rfind('#'))];
      }
      for (const auto& [slug, n] : top_episodes) fmt::print("    top20: {} × {}\n", n, slug);
      // CLAIMKB_BENCH_TRACE=ID,ID: where other claims rank (a question line
      // before a missed answer, say).
      if (const char* trace = std::getenv("CLAIMKB_BENCH_TRACE")) {
        std::istringstream ids(trace);
        for (std::string id; std::getline(ids, id, ',');) {
          auto it = std::find(ask_ranking.begin(), ask_ranking.end(), id);
          fmt::print("    trace {}: rank {}, weight {:.2f}\n", id,
                     it == ask_ranking.end() ? -1L : (it - ask_ranking.begin()) + 1, weight_of[id]);
        }
      }
      for (const std::string& id : q.relevant) {
        auto it = std::find(ask_ranking.begin(), ask_ranking.end(), id);
        const long rank = it == ask_ranking.end() ? -1 : (it - ask_ranking.begin()) + 1;
        if (rank < 1 || rank > 10) {
          auto claim = Check(store->GetClaim(id), "claim " + id);
          fmt::print("    miss (ask rank {}, weight {:.2f}; 10th {:.2f}, 50th {:.2f}): {} {}\n",
                     rank, weight_of[id], fmt::join(tenth, "/"), fmt::join(fiftieth, "/"), id,
                     claim.claim.text);
        }
      }
    }
  }

  fmt::print(
      "\n{} claims in the index; feedback docs {}, title weight {}, boost weight {}, entities "
      "retrieve {}\n",
      claims.size(), answer_options.feedback_docs, answer_options.title_weight,
      answer_options.boost_weight, answer_options.entities_retrieve);
  for (const char* set : {"dev", "test"}) {
    const Totals& t = totals[set];
    const double n = std::max(1, t.n);
    fmt::print(
        "{:4}: {} questions scored ({} without a resolved answer); answers {}: {} in files not "
        "read yet, {} not a claim\n",
        set, t.n, t.unresolved_questions, t.answers, t.unresolved, t.not_claims);
    fmt::print("      ask   recall@10 {:.3f}  recall@50 {:.3f}  nDCG@10 {:.3f}\n", t.ask.r10 / n,
               t.ask.r50 / n, t.ask.ndcg10 / n);
    fmt::print("      bm25  recall@10 {:.3f}  recall@50 {:.3f}  nDCG@10 {:.3f}\n", t.bm25.r10 / n,
               t.bm25.r50 / n, t.bm25.ndcg10 / n);
    fmt::print(
        "SUMMARY ask_retrieval {} ask_r10={:.3f} ask_r50={:.3f} ask_ndcg10={:.3f} "
        "bm25_r10={:.3f} bm25_r50={:.3f} bm25_ndcg10={:.3f} r10_ratio={:.2f}\n",
        set, t.ask.r10 / n, t.ask.r50 / n, t.ask.ndcg10 / n, t.bm25.r10 / n, t.bm25.r50 / n,
        t.bm25.ndcg10 / n, t.bm25.r10 > 0 ? t.ask.r10 / t.bm25.r10 : 0.0);
  }
  fmt::print("ask in process (interpret + rank, warm): p50 {:.1f} ms, p90 {:.1f} ms\n",
             Percentile(in_process_ms, 0.5), Percentile(in_process_ms, 0.9));

  // `claimkb ask` as a whole process: start-up, store, lexicon, tables, index.
  if (repeats > 0 && fs::exists(CLAIMKB_BENCH_CLI)) {
    std::vector<double> wall, cpu;
    for (int r = 0; r < repeats; ++r) {
      for (const Question& q : questions) {
        ProcessTime t =
            RunProcess({CLAIMKB_BENCH_CLI, "--db", db_dir, "ask", q.text, "--format", "json"});
        wall.push_back(t.wall_ms);
        cpu.push_back(t.cpu_ms);
      }
    }
    fmt::print(
        "claimkb ask as a process ({} runs): wall p50 {:.1f} ms, p90 {:.1f} ms; CPU p50 {:.1f} ms, "
        "p90 {:.1f} ms\n",
        wall.size(), Percentile(wall, 0.5), Percentile(wall, 0.9), Percentile(cpu, 0.5),
        Percentile(cpu, 0.9));
    // The spawn floor: what starting any process costs on this machine now.
    std::vector<double> floor;
    for (std::size_t i = 0; i < wall.size(); ++i)
      floor.push_back(RunProcess({"/bin/true"}).wall_ms);
    fmt::print("spawn floor (/bin/true): wall p50 {:.1f} ms\n", Percentile(floor, 0.5));
    fmt::print(
        "SUMMARY ask_process wall_p50_ms={:.1f} wall_p90_ms={:.1f} cpu_p50_ms={:.1f} "
        "spawn_floor_p50_ms={:.1f}\n",
        Percentile(wall, 0.5), Percentile(wall, 0.9), Percentile(cpu, 0.5), Percentile(floor, 0.5));
  }
  return 0;
}
