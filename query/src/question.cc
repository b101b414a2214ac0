#include "claimkb/query/question.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <set>

namespace claimkb {
namespace {

// A byte range of the question already accounted for (an entity, a speaker,
// a time word, a separator), left out of the residual words.
struct Span {
  std::size_t begin;
  std::size_t end;
};

// Words that shape a question but say nothing about its subject.
const std::set<std::string>& EnglishQuestionWords() {
  static const std::set<std::string> words = {
      "a",       "about",    "all",       "an",       "and",     "any",      "are",  "as",
      "at",      "be",       "by",        "did",      "do",      "does",     "for",  "from",
      "has",     "have",     "how",       "i",        "in",      "is",       "it",   "its",
      "me",      "of",       "on",        "or",       "people",  "said",     "say",  "says",
      "saying",  "show",     "speaker",   "speakers", "tell",    "that",     "the",  "their",
      "them",    "they",     "think",     "thinks",   "this",    "to",       "was",  "were",
      "what",    "when",     "where",     "which",    "who",     "whom",     "why",  "with",
      "claim",   "claims",   "discussed", "discuss",  "opinion", "opinions", "view", "views",
      "believe", "believes", "guest",     "guests",   "month",   "week",     "year", "last",
      "scores",  "claimed"};
  return words;
}

// Chinese function and question words, longest first so that 认为 is removed
// before 为 could be.
const std::vector<std::string>& ChineseQuestionWords() {
  static const std::vector<std::string> words = {
      "有哪些人", "哪些人", "怎么看", "怎么说", "如何看", "是否", "什么", "怎么", "如何", "哪些",
      "哪个",     "认为",   "觉得",   "表示",   "看法",   "观点", "说法", "评价", "关于", "嘉宾",
      "大家",     "有人",   "他们",   "我们",   "讨论",   "提到", "谈到", "一下", "对于", "之间",
      "谁",       "说",     "了",     "的",     "吗",     "呢",   "在",   "对",   "有",   "是",
      "都",       "和",     "与",     "跟",     "及",     "把",   "被",   "给",   "？",   "?",
      "，",       "。",     "、",     "：",     ":"};
  return words;
}

// Separators of a comparison, matched on the lower-cased question. The
// Chinese "A 和 B 对比" form is handled separately because its marker
// follows both sides.
const std::vector<std::string>& ComparisonMarkers() {
  static const std::vector<std::string> markers = {" versus ",
                                                   " vs. ",
                                                   " vs ",
                                                   " compared with ",
                                                   " compared to ",
                                                   " against ",
                                                   "相比于",
                                                   "相比",
                                                   "对比",
                                                   "比较",
                                                   "还是",
                                                   "versus",
                                                   "vs."};
  return markers;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool Covered(const std::vector<Span>& spans, std::size_t at) {
  return std::any_of(spans.begin(), spans.end(),
                     [&](const Span& s) { return at >= s.begin && at < s.end; });
}

// Where `name` occurs in `text` as a whole name: not inside a longer Latin
// word or number, so that "Speaker4" is not found in "Speaker4999" nor
// "Kev" in "Kevin". Chinese names have no such boundary to check.
std::size_t FindWholeName(const std::string& text, const std::string& name) {
  auto word_byte = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
  };
  for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
    const std::size_t end = at + name.size();
    const bool open_before = at == 0 || !word_byte(name.front()) || !word_byte(text[at - 1]);
    const bool open_after = end >= text.size() || !word_byte(name.back()) || !word_byte(text[end]);
    if (open_before && open_after) return at;
  }
  return std::string::npos;
}

void AddUnique(std::vector<std::string>* list, const std::string& value) {
  if (std::find(list->begin(), list->end(), value) == list->end()) list->push_back(value);
}

std::string Today(const QuestionOptions& options) {
  if (!options.today.empty()) return options.today;
  auto now = std::chrono::system_clock::now();
  std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(now)};
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

// Whether `day` is a YYYY-MM-DD date the calendar has: FindTimeWindow
// relies on it, and a caller's `today` is user input.
bool IsCalendarDay(const std::string& day) {
  if (day.size() != 10 || day[4] != '-' || day[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(day[i]))) return false;
  }
  const std::chrono::year_month_day ymd{
      std::chrono::year{std::stoi(day.substr(0, 4))},
      std::chrono::month{static_cast<unsigned>(std::stoi(day.substr(5, 2)))},
      std::chrono::day{static_cast<unsigned>(std::stoi(day.substr(8, 2)))}};
  return ymd.ok();
}

struct TimeWindow {
  std::string since;
  std::string until;
};

std::string MonthStart(int year, int month) { return fmt::format("{:04d}-{:02d}-01", year, month); }
std::string MonthEnd(int year, int month) {
  std::chrono::year_month_day_last last{std::chrono::year{year} /
                                        std::chrono::month{static_cast<unsigned>(month)} /
                                        std::chrono::last};
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, static_cast<unsigned>(last.day()));
}

// Recognises relative time words and explicit months; records their spans.
TimeWindow FindTimeWindow(const std::string& question, const std::string& lower,
                          const std::string& today, std::vector<Span>* spans) {
  int year = std::stoi(today.substr(0, 4));
  int month = std::stoi(today.substr(5, 2));
  int last_month_year = month == 1 ? year - 1 : year;
  int last_month = month == 1 ? 12 : month - 1;
  struct Relative {
    const char* word;
    TimeWindow window;
  };
  const std::vector<Relative> relatives = {
      {"this month", {MonthStart(year, month), MonthEnd(year, month)}},
      {"本月", {MonthStart(year, month), MonthEnd(year, month)}},
      {"这个月", {MonthStart(year, month), MonthEnd(year, month)}},
      {"last month",
       {MonthStart(last_month_year, last_month), MonthEnd(last_month_year, last_month)}},
      {"上个月", {MonthStart(last_month_year, last_month), MonthEnd(last_month_year, last_month)}},
      {"上月", {MonthStart(last_month_year, last_month), MonthEnd(last_month_year, last_month)}},
      {"this year", {MonthStart(year, 1), MonthEnd(year, 12)}},
      {"今年", {MonthStart(year, 1), MonthEnd(year, 12)}},
      {"last year", {MonthStart(year - 1, 1), MonthEnd(year - 1, 12)}},
      {"去年", {MonthStart(year - 1, 1), MonthEnd(year - 1, 12)}},
  };
  for (const Relative& relative : relatives) {
    std::size_t at = lower.find(relative.word);
    if (at != std::string::npos) {
      spans->push_back({at, at + std::string_view(relative.word).size()});
      return relative.window;
    }
  }
  // Explicit "2025-11", "2025-11-21" or "2025年11月".
  for (std::size_t i = 0; i + 7 <= question.size(); ++i) {
    auto digits = [&](std::size_t from, std::size_t n) {
      if (from + n > question.size()) return false;
      for (std::size_t k = from; k < from + n; ++k) {
        if (!std::isdigit(static_cast<unsigned char>(question[k]))) return false;
      }
      return true;
    };
    if (!digits(i, 4) || (i > 0 && std::isdigit(static_cast<unsigned char>(question[i - 1])))) {
      continue;
    }
    int y = std::stoi(question.substr(i, 4));
    // The search grammar takes years from 1000 on; "0125" is no year.
    if (y < 1000) continue;
    if (question[i + 4] == '-' && digits(i + 5, 2)) {
      int m = std::stoi(question.substr(i + 5, 2));
      if (m < 1 || m > 12) continue;
      if (question.size() >= i + 10 && question[i + 7] == '-' && digits(i + 8, 2) &&
          IsCalendarDay(question.substr(i, 10))) {
        std::string day = question.substr(i, 10);
        spans->push_back({i, i + 10});
        return {day, day};
      }
      spans->push_back({i, i + 7});
      return {MonthStart(y, m), MonthEnd(y, m)};
    }
    const std::string_view nian = "年";
    if (question.compare(i + 4, nian.size(), nian) == 0) {
      std::size_t m_at = i + 4 + nian.size();
      std::size_t m_len = digits(m_at, 2) ? 2 : (digits(m_at, 1) ? 1 : 0);
      const std::string_view yue = "月";
      if (m_len > 0 && question.compare(m_at + m_len, yue.size(), yue) == 0) {
        int m = std::stoi(question.substr(m_at, m_len));
        if (m < 1 || m > 12) continue;
        spans->push_back({i, m_at + m_len + yue.size()});
        return {MonthStart(y, m), MonthEnd(y, m)};
      }
      spans->push_back({i, i + 4 + nian.size()});
      return {MonthStart(y, 1), MonthEnd(y, 12)};
    }
  }
  return {};
}

// Splits the question into the two sides of a comparison. Returns the byte
// ranges of the sides; one range when the question compares nothing.
std::vector<Span> ComparisonSides(const std::string& lower, std::vector<Span>* spans) {
  // "A 和 B 对比" / "A 与 B 相比": the marker ends the question.
  for (const char* tail : {"对比", "相比", "比较"}) {
    std::string_view t(tail);
    std::size_t at = lower.rfind(tail);
    if (at == std::string::npos) continue;
    std::string rest = lower.substr(at + t.size());
    bool at_end = rest.find_first_not_of(" ?？。的呢吗一下") == std::string::npos;
    if (!at_end) continue;
    for (const char* joiner : {"和", "与", "跟", "同"}) {
      std::size_t j = lower.rfind(joiner, at);
      if (j == std::string::npos || j == 0) continue;
      spans->push_back({j, j + std::string_view(joiner).size()});
      spans->push_back({at, at + t.size()});
      return {{0, j}, {j + std::string_view(joiner).size(), at}};
    }
  }
  for (const std::string& marker : ComparisonMarkers()) {
    std::size_t at = lower.find(marker);
    if (at == std::string::npos || at == 0) continue;
    spans->push_back({at, at + marker.size()});
    return {{0, at}, {at + marker.size(), lower.size()}};
  }
  return {{0, lower.size()}};
}

// Words not covered by any span, without question words.
std::vector<std::string> ResidualWords(const std::string& question, const Span& side,
                                       const std::vector<Span>& spans) {
  std::string kept;
  for (std::size_t i = side.begin; i < side.end; ++i) {
    kept += Covered(spans, i) ? ' ' : question[i];
  }
  for (const std::string& word : ChineseQuestionWords()) {
    for (std::size_t at = kept.find(word); at != std::string::npos; at = kept.find(word, at)) {
      kept.replace(at, word.size(), std::string(word.size(), ' '));
    }
  }
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (current.empty()) return;
    bool ascii = std::all_of(current.begin(), current.end(),
                             [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; });
    std::string lower = AsciiLower(current);
    // A lone CJK character (3 bytes) is too vague to rank by.
    bool keep =
        ascii ? (lower.size() > 1 && !EnglishQuestionWords().count(lower)) : current.size() > 3;
    if (keep) AddUnique(&words, ascii ? lower : current);
    current.clear();
  };
  for (char c : kept) {
    unsigned char u = static_cast<unsigned char>(c);
    bool word_char = (u & 0x80) != 0 || std::isalnum(u) || c == '-' || c == '_';
    if (word_char) {
      current += c;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

std::string Quoted(const std::string& value) {
  bool plain = std::all_of(value.begin(), value.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
  });
  return plain ? value : "\"" + value + "\"";
}

std::string OrGroup(const std::vector<std::string>& terms) {
  if (terms.empty()) return "";
  if (terms.size() == 1) return terms.front();
  std::string out = "(";
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (i > 0) out += " OR ";
    out += terms[i];
  }
  return out + ")";
}

std::string DisplayName(const Lexicon& lexicon, const std::string& id) {
  const LexiconEntry* entry = lexicon.Find(id);
  return entry != nullptr ? entry->name : id;
}

}  // namespace

std::string QuestionFacet::FilterQuery() const {
  std::vector<std::string> parts;
  for (const std::string& model : models) parts.push_back("model:" + Quoted(model));
  for (const std::string& benchmark : benchmarks) {
    parts.push_back("benchmark:" + Quoted(benchmark));
  }
  std::vector<std::string> who;
  for (const std::string& speaker : speakers) who.push_back("speaker:" + Quoted(speaker));
  if (!who.empty()) parts.push_back(OrGroup(who));
  std::vector<std::string> subject;
  for (const std::string& topic : topics) subject.push_back("topic:" + Quoted(topic));
  for (const std::string& entity : entities) subject.push_back("entity:" + Quoted(entity));
  if (!subject.empty()) parts.push_back(OrGroup(subject));
  if (!since.empty() || !until.empty()) parts.push_back("date:" + since + ".." + until);
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += ' ';
    out += part;
  }
  return out;
}

namespace {

// Words joined with OR, each quoted when it holds spaces or punctuation, so
// that every word can match on its own.
std::string AnyOf(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) {
    if (!out.empty()) out += " OR ";
    out += Quoted(word);
  }
  return out;
}

}  // namespace

std::string QuestionFacet::WordsQuery() const { return AnyOf(words); }
std::string QuestionFacet::RankQuery() const { return AnyOf(rank_words); }

QuestionInterpreter::QuestionInterpreter(std::shared_ptr<const EntityLinker> linker,
                                         QuestionOptions options)
    : linker_(std::move(linker)), options_(std::move(options)) {}

Result<QuestionPlan> QuestionInterpreter::Interpret(std::string_view question_view) const {
  std::string question(question_view);
  if (question.find_first_not_of(" \t\r\n") == std::string::npos) {
    return MakeError(ErrorCode::kInvalidArgument, "the question is empty",
                     "ask about a model, benchmark, topic or speaker");
  }
  if (question.size() > kMaxQuestionBytes) {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("the question is {} bytes long; at most {} are accepted",
                                 question.size(), kMaxQuestionBytes),
                     "ask a shorter question, or use `claimkb search` with fields");
  }
  const std::string today = Today(options_);
  // From 1001 on, so that "last year" is still a year the grammar takes.
  if (!IsCalendarDay(today) || today < "1001") {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("today \"{}\" is not a date YYYY-MM-DD", today));
  }
  const Lexicon& lexicon = linker_->lexicon();
  std::string lower = AsciiLower(question);
  // `spans` covers everything recognised; `structural` only separators,
  // time words and speaker names, which are never worth ranking by.
  std::vector<Span> spans;
  std::vector<Span> sides = ComparisonSides(lower, &spans);
  TimeWindow window = FindTimeWindow(question, lower, today, &spans);

  QuestionPlan plan;
  plan.question = question;
  plan.comparison = sides.size() > 1;
  plan.facets.resize(sides.size());
  auto side_of = [&](std::size_t at) {
    for (std::size_t i = 0; i < sides.size(); ++i) {
      if (at >= sides[i].begin && at < sides[i].end) return i;
    }
    return sides.size() - 1;
  };

  // Speakers the lexicon does not know ("余北") are found by name.
  for (const std::vector<std::string>& names : options_.speakers) {
    for (const std::string& name : names) {
      if (name.size() < 2) continue;
      std::size_t at = FindWholeName(lower, AsciiLower(name));
      if (at == std::string::npos || Covered(spans, at)) continue;
      spans.push_back({at, at + name.size()});
      AddUnique(&plan.facets[side_of(at)].speakers, names.front());
      break;
    }
  }
  const std::vector<Span> structural = spans;
  for (const LinkedMention& mention : linker_->Link(question)) {
    if (Covered(spans, mention.begin)) continue;
    QuestionFacet& facet = plan.facets[side_of(mention.begin)];
    spans.push_back({mention.begin, mention.end});
    switch (mention.kind) {
      case EntityKind::kModel:
        AddUnique(&facet.models, mention.entity_id);
        break;
      case EntityKind::kBenchmark:
        AddUnique(&facet.benchmarks, mention.entity_id);
        break;
      case EntityKind::kTopic:
        AddUnique(&facet.topics, mention.entity_id);
        break;
      case EntityKind::kPerson:
        AddUnique(&facet.speakers, DisplayName(lexicon, mention.entity_id));
        break;
      default: {
        // Techniques, products and organisations are subject matter: match
        // claims that name them or carry the topics they imply.
        AddUnique(&facet.entities, mention.entity_id);
        if (const LexiconEntry* entry = lexicon.Find(mention.entity_id)) {
          for (const std::string& topic : entry->topics) AddUnique(&facet.topics, topic);
        }
      }
    }
  }
  for (std::size_t i = 0; i < sides.size(); ++i) {
    plan.facets[i].words = ResidualWords(question, sides[i], spans);
    plan.facets[i].rank_words = ResidualWords(question, sides[i], structural);
    plan.facets[i].since = window.since;
    plan.facets[i].until = window.until;
  }
  // In a comparison, whatever only one side names is shared by both: in
  // "Gemini 3 coding vs benchmarks" the model belongs to the second side too.
  if (plan.comparison) {
    QuestionFacet& a = plan.facets[0];
    QuestionFacet& b = plan.facets[1];
    auto share = [](std::vector<std::string>& x, std::vector<std::string>& y) {
      if (x.empty()) x = y;
      if (y.empty()) y = x;
    };
    share(a.models, b.models);
    share(a.speakers, b.speakers);
    bool a_subject = !a.topics.empty() || !a.entities.empty() || !a.benchmarks.empty();
    bool b_subject = !b.topics.empty() || !b.entities.empty() || !b.benchmarks.empty();
    if (!a_subject && b_subject && !a.models.empty() && a.models != b.models) {
      a.topics = b.topics;
      a.entities = b.entities;
      a.benchmarks = b.benchmarks;
    } else if (!b_subject && a_subject && !b.models.empty() && a.models != b.models) {
      b.topics = a.topics;
      b.entities = a.entities;
      b.benchmarks = a.benchmarks;
    }
  }
  for (QuestionFacet& facet : plan.facets) {
    std::vector<std::string> about;
    for (const auto& id : facet.models) about.push_back(DisplayName(lexicon, id));
    for (const auto& id : facet.benchmarks) about.push_back(DisplayName(lexicon, id));
    for (const auto& id : facet.entities) about.push_back(DisplayName(lexicon, id));
    for (const auto& id : facet.topics) about.push_back(id);
    for (const auto& name : facet.speakers) about.push_back(name);
    for (const auto& word : facet.words) about.push_back("\"" + word + "\"");
    facet.label = about.empty() ? "everything" : fmt::format("{}", fmt::join(about, " × "));
    if (facet.FilterQuery().empty() && facet.words.empty()) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("nothing to search for in \"{}\"", question),
                       "name a model, benchmark, topic, speaker or a few content words");
    }
  }
  return plan;
}

std::string Describe(const QuestionPlan& plan) {
  std::string out = fmt::format("question: {}\n", plan.question);
  if (plan.comparison) out += "comparison: yes\n";
  for (std::size_t i = 0; i < plan.facets.size(); ++i) {
    const QuestionFacet& facet = plan.facets[i];
    out += fmt::format("facet {}: {}\n  filter: {}\n  ranked by: {}\n", i + 1, facet.label,
                       facet.FilterQuery().empty() ? "(none)" : facet.FilterQuery(),
                       facet.RankQuery().empty() ? "(none)" : facet.RankQuery());
  }
  return out;
}

}  // namespace claimkb
