#include "claimkb/query/question.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <set>
#include <sstream>
#include <unordered_set>

#include "ascii_text.h"
#include "claimkb/core/speaker_identity.h"
#include "claimkb/indexer/index_fields.h"
#include "claimkb/query/limit_verdict.h"
#include "claimkb/query/query_parser.h"
#include "pinyin_names.h"
#include "xapian_support.h"

namespace claimkb {
namespace {

using internal::AsciiLower;

// Names in characters tried for one name in pinyin: a syllable has many
// characters, and more than one may stand side by side in the index.
constexpr std::size_t kPinyinNamesPerPerson = 3;

// CC-CEDICT senses kept per word: the most frequent ones the user's index
// holds. Three, not two: the sense meant is often third by frequency
// (anxious → 担心, 悄悄, 焦急, 焦虑); four changed nothing on the dev questions.
constexpr std::size_t kCedictPerWord = 3;

// Bytes of a CJK character of the Basic Multilingual Plane in UTF-8.
constexpr std::size_t kHanBytes = 3;

bool IsAsciiWord(std::string_view word) {
  return std::all_of(word.begin(), word.end(),
                     [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; });
}

// Bytes of the apostrophe at `at` of `text`: the ASCII one, or a mark that
// phones and word processors type in its place (\u2019, \u2018, \u02BC,
// the full-width one); 0 when there is none. NFKC folds none of the first
// three, and a question typed on a phone carries them.
std::size_t ApostropheLength(std::string_view text, std::size_t at) {
  if (text[at] == '\'') return 1;
  for (std::string_view mark : {"\u2019", "\u2018", "\u02BC", "\uFF07"}) {
    if (text.substr(at, mark.size()) == mark) return mark.size();
  }
  return 0;
}

// A lower-case English word without its clitic ("karpathy's" → "karpathy",
// "what's" → "what", "they're" → "they"), or "" for a negated auxiliary
// ("shouldn't", "don't"): a function word whatever its verb.
std::string WithoutClitic(const std::string& word) {
  const std::size_t at = word.find('\'');
  if (at == std::string::npos) return word;
  const std::string_view clitic = std::string_view(word).substr(at);
  if (clitic == "'t" && at > 1 && word[at - 1] == 'n') return "";
  for (std::string_view known : {"'s", "'re", "'ll", "'ve", "'d", "'m"}) {
    if (clitic == known) return word.substr(0, at);
  }
  return word;
}

// A byte range of the question already accounted for (an entity, a speaker,
// a time word, a separator), left out of the residual words.
struct Span {
  std::size_t begin;
  std::size_t end;
};

// What the question quotes ("Lex 的“现在谁在赢”这个问题", 'what is "jagged
// intelligence"'): the text between a pair of quotation marks, two to sixty
// bytes, is words the digest is asked to hold as written, not a question of
// its own.
std::vector<Span> QuotedSpans(const std::string& text) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"\u201c", "\u201d"}, {"\u300c", "\u300d"}, {"\u300e", "\u300f"}, {"\"", "\""}};
  std::vector<Span> quoted;
  for (const auto& [open, close] : kPairs) {
    for (std::size_t at = text.find(open); at != std::string::npos;) {
      const std::size_t begin = at + open.size();
      const std::size_t end = text.find(close, begin);
      if (end == std::string::npos) break;
      if (end - begin >= 2 && end - begin <= 60) quoted.push_back({begin, end});
      at = text.find(open, end + close.size());
    }
  }
  return quoted;
}

// Words that shape a question but say nothing about its subject.
const std::set<std::string>& EnglishQuestionWords() {
  static const std::set<std::string> words = {
      "a", "about", "all", "an", "and", "any", "are", "as", "at", "be", "by", "did", "do", "does",
      "for", "from", "has", "have", "how", "i", "in", "is", "it", "its", "me", "of", "on", "or",
      "people", "said", "say", "says", "saying", "show", "speaker", "speakers", "tell", "that",
      "the", "their", "them", "they", "think", "thinks", "this", "to", "was", "were", "what",
      "when", "where", "which", "who", "whom", "why", "with", "claim", "claims", "discussed",
      "discuss", "opinion", "opinions", "view", "views", "believe", "believes", "guest", "guests",
      "month", "week", "year", "last", "scores", "claimed",
      // Modal and function words the licensed list (data/crosslang) lacks;
      // they would otherwise expand into dictionary noise (will → 将要).
      "will", "shall", "rather", "whether", "yet", "doing", "done", "via", "vs", "versus", "per",
      "every", "either", "neither", "nor", "not", "no", "yes", "so", "just", "really", "even",
      "ever", "thing", "things", "something", "anything", "everything", "nothing", "someone",
      "anyone", "everyone", "kind", "sort", "lot", "lots", "take", "takes", "makes", "gets", "go",
      "goes", "going", "look", "looks", "let", "put", "give", "gives", "keep", "keeps", "seem",
      "seems", "does", "doesn't", "don't", "isn't", "aren't", "shouldn't", "won't", "can't",
      "according", "anybody", "actually", "role", "play", "mean", "means",
      // Who agrees or disagrees is the stance split the answer's leaning
      // lists show; as search words they only rank claims that happen to
      // say "agree" ("who thinks X, and who disagrees?").
      "agree", "agrees", "agreeing", "disagree", "disagrees", "disagreeing"};
  return words;
}

// Chinese function and question words, longest first so that 认为 is removed
// before 为 could be.
const std::vector<std::string>& ChineseQuestionWords() {
  static const std::vector<std::string> words = {
      // A-not-A forms of two characters ask yes or no ("值不值得"); those of
      // one are blanked by their shape (BlankAskingForms).
      "值不值得", "可不可以", "需不需要", "怎么才能", "如何才能", "怎么看待", "如何看待",
      "有哪些人", "哪些人",   "怎么看",   "怎么说",   "如何看",   "是否",     "什么",
      "怎么",     "如何",     "哪些",     "哪个",     "认为",     "觉得",     "表示",
      "看法",     "观点",     "说法",     "评价",     "关于",     "嘉宾",     "大家",
      "有人",     "他们",     "我们",     "讨论",     "提到",     "谈到",     "一下",
      "对于",     "之间",     "谁",       "说",       "了",       "的",       "吗",
      "呢",       "在",       "对",       "有",       "是",       "都",       "和",
      "与",       "跟",       "及",       "把",       "被",       "给",       "？",
      "?",        "，",       "。",       "、",       "：",       ":"};
  return words;
}

// Blanks every A-not-A form of one character ("要不要", "给没给"): a yes or
// no asked, whatever the verb. Left in, 不要 or 没给 would rank claims by a
// word the question never meant.
void BlankAskingForms(std::string* text) {
  for (std::string_view negator : {"不", "没"}) {
    for (std::size_t at = text->find(negator); at != std::string::npos;
         at = text->find(negator, at + 1)) {
      if (at < kHanBytes || at + 2 * kHanBytes > text->size()) continue;
      const std::string_view before = std::string_view(*text).substr(at - kHanBytes, kHanBytes);
      const std::string_view after = std::string_view(*text).substr(at + kHanBytes, kHanBytes);
      if (before != after || static_cast<unsigned char>(before[0]) < 0xE3) continue;
      text->replace(at - kHanBytes, 3 * kHanBytes, std::string(3 * kHanBytes, ' '));
    }
  }
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

// Whether the words right after a speaker's name (at `end` of the lowered
// question) make that speaker the question's subject: a verb of saying or
// believing ("Karpathy think", "Hassabis's view", "杨植麟怎么看").
bool SpeakerIsSubject(std::string_view lower, std::size_t end) {
  std::string_view rest = lower.substr(std::min(end, lower.size()));
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  for (std::string_view possessive : {"'s ", "\u2019s "}) {
    if (rest.starts_with(possessive)) rest.remove_prefix(possessive.size());
  }
  static constexpr std::string_view kEnglish[] = {
      "say",     "says",     "said",      "think",       "thinks",      "thought",  "thoughts",
      "believe", "believes", "see",       "sees",        "argue",       "argues",   "argued",
      "expect",  "expects",  "predict",   "predicts",    "predicted",   "claim",    "claims",
      "claimed", "feel",     "feels",     "view",        "views",       "take",     "opinion",
      "position", "mean",    "means",     "make of",     "recommend",   "recommends"};
  for (std::string_view verb : kEnglish) {
    if (!rest.starts_with(verb)) continue;
    // Only now is rest[verb.size()] known to be inside the question.
    const bool whole_word = rest.size() == verb.size() ||
                            !std::isalpha(static_cast<unsigned char>(rest[verb.size()]));
    if (whole_word) return true;
  }
  static constexpr std::string_view kChinese[] = {
      "认为", "觉得", "怎么看", "如何看", "怎样看", "看好", "表示", "提到", "谈到", "说",
      "讲",   "预测", "判断",   "的看法", "的观点", "眼中", "相信", "主张",   "担心"};
  return std::any_of(std::begin(kChinese), std::end(kChinese),
                     [&](std::string_view verb) { return rest.starts_with(verb); });
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
  BlankAskingForms(&kept);
  for (const std::string& word : ChineseQuestionWords()) {
    for (std::size_t at = kept.find(word); at != std::string::npos; at = kept.find(word, at)) {
      kept.replace(at, word.size(), std::string(word.size(), ' '));
    }
  }
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (current.empty()) return;
    const bool ascii = IsAsciiWord(current);
    while (current.back() == '\'') current.pop_back();
    std::string lower = ascii ? WithoutClitic(AsciiLower(current)) : current;
    // A lone CJK character (3 bytes) is too vague to rank by.
    bool keep =
        ascii ? (lower.size() > 1 && !EnglishQuestionWords().count(lower)) : current.size() > 3;
    if (keep) AddUnique(&words, lower);
    current.clear();
  };
  for (std::size_t i = 0; i < kept.size();) {
    // An apostrophe inside an English word keeps the word whole, so that
    // its clitic can be read off ("shouldn't", "Karpathy's").
    if (const std::size_t n = ApostropheLength(kept, i); n > 0) {
      if (!current.empty() && IsAsciiWord(current)) {
        current += '\'';
      } else {
        flush();  // A quotation mark, or the clitic of a recognised name.
      }
      i += n;
      continue;
    }
    const char c = kept[i++];
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

std::string DisplayName(const Lexicon& lexicon, const std::string& id) {
  const LexiconEntry* entry = lexicon.Find(id);
  return entry != nullptr ? entry->name : id;
}

std::size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  return 4;
}

// The spellings of an English word the tables are looked up by: the word,
// its lemma, and with spaces for hyphens, since the tables write compounds
// with a space ("high quality") and questions often with a hyphen.
std::vector<std::string> TableKeys(const std::string& word, const std::string& lemma) {
  std::vector<std::string> keys = {word, lemma};
  if (word.find('-') != std::string::npos) {
    std::string spaced = word;
    std::replace(spaced.begin(), spaced.end(), '-', ' ');
    keys.push_back(std::move(spaced));
  }
  return keys;
}

// Collects the ranked terms of one side of a question.
class TermCollector {
 public:
  TermCollector(const QuestionOptions& options, std::vector<RankTerm>* terms)
      : options_(options), terms_(terms) {}

  void Own(const std::string& word) { Add(word, 1.0, "question", ""); }
  // A word of a phrase alone, lower, and its AI-table translation lower
  // still: "wall" of "hit a wall" also finds "我们没看到“墙”".
  void Part(const std::string& word, const std::string& phrase) {
    Add(word, options_.part_weight, "part", phrase);
    const TermTables* tables = options_.tables.get();
    if (tables == nullptr) return;
    for (const std::string& key : {word, tables->Lemma(word)}) {
      for (const std::string& chinese : tables->AiChinese(key)) {
        Add(chinese, options_.part_weight * options_.ai_term_weight, "part", phrase);
      }
    }
  }
  void Alias(const std::string& alias, const std::string& from) {
    Add(alias, options_.alias_weight, "lexicon", from);
  }

  // An English word or phrase of the question, with its expansions.
  void English(const std::string& word) {
    Own(word);
    const TermTables* tables = options_.tables.get();
    if (tables == nullptr) return;
    std::string lemma = tables->Lemma(word);
    if (lemma != word) Add(lemma, options_.lemma_weight, "lemma", word);
    bool from_table = false;
    const std::vector<std::string> keys = TableKeys(word, lemma);
    for (const std::string& key : keys) {
      for (const std::string& chinese : tables->AiChinese(key)) {
        from_table |= Add(chinese, options_.ai_term_weight, "ai-terms", word);
      }
    }
    // Other English names of the same AI term, through the table's Chinese
    // ("reinforcement learning" → 强化学习 → "rl").
    for (const std::string& key : {word, lemma}) {
      for (const std::string& chinese : tables->AiChinese(key)) {
        for (const std::string& synonym : tables->AiEnglish(chinese)) {
          if (synonym != word && synonym != lemma)
            Add(synonym, options_.pivot_weight, "ai-terms", word);
        }
      }
    }
    if (from_table) return;
    std::size_t used = 0;
    for (const std::string& key : keys) {
      for (const std::string& chinese : tables->CedictChinese(key)) {
        if (used >= kCedictPerWord) break;
        if (Occurs(chinese) && Add(chinese, options_.cedict_weight, "cc-cedict", word)) ++used;
      }
    }
  }

  // A Chinese word of the question, with its expansions into English.
  void Chinese(const std::string& word) {
    Own(word);
    const TermTables* tables = options_.tables.get();
    if (tables == nullptr) return;
    bool from_table = false;
    for (const std::string& english : tables->AiEnglish(word)) {
      from_table |= Add(english, options_.ai_term_weight, "ai-terms", word);
      // Other Chinese names of the same AI term, through the table's English
      // (创业公司 → startups → 初创公司), as English words pivot.
      for (const std::string& synonym : tables->AiChinese(english)) {
        if (synonym != word) Add(synonym, options_.pivot_weight, "ai-terms", word);
      }
    }
    if (from_table) return;
    const std::vector<std::string> senses = tables->CedictEnglish(word);
    std::size_t used = 0;
    for (const std::string& english : senses) {
      if (used >= kCedictPerWord) break;
      if (Occurs(english) && Add(english, options_.cedict_weight, "cc-cedict", word)) ++used;
    }
    // Other Chinese words of the same sense, through the dictionary's
    // English (更新 → upgrade → 升级): a Chinese question and a Chinese
    // digest paraphrase each other as often as they translate.
    std::size_t pivoted = 0;
    for (const std::string& english : senses) {
      for (const std::string& synonym : tables->CedictChinese(english)) {
        if (pivoted >= kCedictPerWord) break;
        if (synonym != word && Occurs(synonym) &&
            Add(synonym, options_.cedict_pivot_weight, "cc-cedict", word)) {
          ++pivoted;
        }
      }
    }
  }

 private:
  bool Occurs(const std::string& text) const {
    return options_.in_index ? options_.in_index(text) : false;
  }
  // Adds a term unless present; an expansion never lowers a term already there.
  bool Add(const std::string& text, double weight, const char* source, const std::string& from) {
    for (RankTerm& term : *terms_) {
      if (AsciiLower(term.text) == AsciiLower(text)) {
        term.weight = std::max(term.weight, weight);
        return false;
      }
    }
    terms_->push_back({text, weight, source, from});
    return true;
  }

  const QuestionOptions& options_;
  std::vector<RankTerm>* terms_;
};

bool IsQuestionWord(const QuestionOptions& options, const std::string& lower) {
  if (EnglishQuestionWords().count(lower) > 0) return true;
  return options.tables != nullptr && options.tables->IsFunctionWord(lower);
}

// Characters that lead a verb or an object in or out (来, 靠, 把, 最), which
// ICU leaves alone beside the characters of a word its dictionary lacks:
// joined back, "试错来" of "靠小实验反复试错来验证" would search for a word
// no claim holds. Trimmed from either end of such a join.
void TrimLightCharacters(std::string* joined) {
  static constexpr std::string_view kLight[] = {"来", "去", "靠", "用", "拿", "当", "让", "给",
                                                "把", "从", "向", "往", "最", "更", "很", "太",
                                                "也", "还", "就", "才", "又", "再", "没", "不"};
  auto light = [](std::string_view one) {
    return std::find(std::begin(kLight), std::end(kLight), one) != std::end(kLight);
  };
  while (joined->size() >= kHanBytes && light(std::string_view(*joined).substr(0, kHanBytes))) {
    joined->erase(0, kHanBytes);
  }
  while (joined->size() >= kHanBytes &&
         light(std::string_view(*joined).substr(joined->size() - kHanBytes))) {
    joined->resize(joined->size() - kHanBytes);
  }
}

// The units a Chinese question asks a count of ("差几个月" → 个月, "贵多少倍"
// → 倍): the answer states the number in that unit ("六到九个月"), while the
// question word before it is dropped and the unit, a lone character or
// two, would be left too vague to rank by. Units of one character that
// dates and counts use everywhere (年, 个) are not taken.
std::vector<std::string> AskedUnits(std::string_view run) {
  static constexpr std::string_view kAsking[] = {"多少", "几"};
  static constexpr std::string_view kUnits[] = {"个小时", "个星期", "个月", "小时", "分钟", "星期",
                                                "美元",   "万亿",   "倍",   "亿",   "周"};
  std::vector<std::string> units;
  for (std::string_view asking : kAsking) {
    for (std::size_t at = run.find(asking); at != std::string_view::npos;
         at = run.find(asking, at + 1)) {
      const std::string_view after = run.substr(at + asking.size());
      for (std::string_view unit : kUnits) {
        if (after.starts_with(unit)) {
          AddUnique(&units, std::string(unit));
          break;
        }
      }
    }
  }
  return units;
}

// The countries a Chinese pair abbreviates ("中美" → 中国, 美国): claims
// name them in full, one at a time ("美国闭源模型…中国模型…").
std::vector<std::string> CountriesAbbreviated(std::string_view word) {
  static constexpr std::pair<std::string_view, std::string_view> kCountries[] = {
      {"中", "中国"}, {"美", "美国"}, {"欧", "欧洲"},  {"日", "日本"},
      {"韩", "韩国"}, {"英", "英国"}, {"俄", "俄罗斯"}};
  auto country = [](std::string_view one) -> std::string_view {
    for (const auto& [short_form, name] : kCountries) {
      if (one == short_form) return name;
    }
    return {};
  };
  if (word.size() != 2 * kHanBytes) return {};
  const std::string_view first = country(word.substr(0, kHanBytes));
  const std::string_view second = country(word.substr(kHanBytes));
  if (first.empty() || second.empty() || first == second) return {};
  return {std::string(first), std::string(second)};
}

// AI-table phrases a coordination leaves implied: "open source or closed"
// means "closed source" too, "open or closed source" "open source". The
// phrase is taken only when the table knows both it and the written one.
std::vector<std::string> ElidedPhrases(const std::string& text, const TermTables& tables) {
  std::vector<std::string> words;
  std::string current;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') {
      current += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!current.empty()) {
      words.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(current);
  auto known = [&](const std::string& a, const std::string& b) {
    return !tables.AiChinese(a + " " + b).empty();
  };
  std::vector<std::string> out;
  for (std::size_t i = 0; i + 3 < words.size(); ++i) {
    const std::string& link = words[i + 2];
    const bool coordinated = link == "or" || link == "and" || link == "vs" || link == "versus";
    // "A B or C": C B.
    if (coordinated && known(words[i], words[i + 1]) && known(words[i + 3], words[i + 1])) {
      out.push_back(words[i + 3] + " " + words[i + 1]);
    }
    // "A or C B": A B.
    const std::string& link2 = words[i + 1];
    const bool coordinated2 = link2 == "or" || link2 == "and" || link2 == "vs" || link2 == "versus";
    if (coordinated2 && known(words[i + 2], words[i + 3]) && known(words[i], words[i + 3])) {
      out.push_back(words[i] + " " + words[i + 3]);
    }
  }
  return out;
}

// The ranked terms of one side: every content word of the text not covered
// by `spans`, English phrases from the AI table kept whole, Chinese runs cut
// into AI terms and ICU words, each expanded into the other language.
std::vector<RankTerm> RankTerms(const std::string& question, const Span& side,
                                const std::vector<Span>& spans, const std::vector<Span>& names,
                                const QuestionOptions& options,
                                const std::vector<std::pair<std::string, std::string>>& aliases) {
  std::string kept;
  for (std::size_t i = side.begin; i < side.end; ++i) {
    kept += Covered(spans, i) || Covered(names, i) ? ' ' : question[i];
  }
  std::vector<RankTerm> terms;
  TermCollector collector(options, &terms);
  const TermTables* tables = options.tables.get();
  // A quotation ranks whole, as the user's own words, besides its words.
  for (const Span& quote : QuotedSpans(question)) {
    if (quote.begin < side.begin || quote.end > side.end || Covered(names, quote.begin)) continue;
    std::string inner = question.substr(quote.begin, quote.end - quote.begin);
    if (IsAsciiWord(inner)) inner = AsciiLower(inner);
    if (inner.find_first_not_of(' ') != std::string::npos) collector.Own(inner);
  }
  for (const Span& name : names) {
    const std::string surface = question.substr(name.begin, name.end - name.begin);
    if (!IsAsciiWord(surface)) {
      collector.Chinese(surface);
      continue;
    }
    const std::string lower = AsciiLower(surface);
    collector.English(lower);
    // The words of a name the AI-term table knows as a phrase also rank
    // alone, lower ("scaling" of "scaling law").
    if (tables == nullptr || lower.find(' ') == std::string::npos ||
        tables->AiChinese(lower).empty()) {
      continue;
    }
    std::istringstream words(lower);
    for (std::string word; words >> word;) {
      const std::string part = WithoutClitic(word);
      if (part.size() > 2 && !IsQuestionWord(options, part)) collector.Part(part, lower);
    }
  }
  // Tokens in order: ASCII words and CJK runs, split at everything else.
  std::vector<std::string> tokens;
  std::string current;
  bool current_cjk = false;
  for (std::size_t i = 0; i < kept.size();) {
    // A typed apostrophe inside an English word is its ASCII one.
    if (const std::size_t mark = ApostropheLength(kept, i);
        mark > 1 && !current.empty() && !current_cjk) {
      current += '\'';
      i += mark;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(kept[i]);
    const std::size_t n = std::min(Utf8Length(c), kept.size() - i);
    const bool cjk = c >= 0xE3 && c <= 0xE9 && n == 3;  // U+3000..U+9FFF, roughly.
    const bool cjk_punct = c == 0xE3 && static_cast<unsigned char>(kept[i + 1]) == 0x80;
    const bool word = (c < 0x80 && (std::isalnum(c) || c == '-' || c == '_' || c == '.' ||
                                    c == '\'' || c == '+')) ||
                      (cjk && !cjk_punct);
    const bool is_cjk = c >= 0x80;
    if (!word || (is_cjk != current_cjk && !current.empty())) {
      if (!current.empty()) tokens.push_back(current);
      current.clear();
    }
    if (word) {
      current.append(kept, i, n);
      current_cjk = is_cjk;
    }
    i += n;
  }
  if (!current.empty()) tokens.push_back(current);
  for (const auto& [alias, from] : aliases) collector.Alias(alias, from);

  for (std::size_t t = 0; t < tokens.size(); ++t) {
    std::string token = tokens[t];
    while (!token.empty() && (token.back() == '.' || token.back() == '\'')) token.pop_back();
    if (token.empty()) continue;
    if (IsAsciiWord(token)) {
      std::string lower = WithoutClitic(AsciiLower(token));
      if (lower.empty()) continue;
      // The longest AI-table phrase starting here ("world model").
      if (tables != nullptr) {
        bool phrase = false;
        for (int n = tables->MaxEnglishWords(); n >= 2 && !phrase; --n) {
          if (t + static_cast<std::size_t>(n) > tokens.size()) continue;
          std::string joined = lower;
          bool ascii = true;
          std::string last;
          for (int k = 1; k < n; ++k) {
            ascii &= IsAsciiWord(tokens[t + k]);
            joined += ' ';
            last = AsciiLower(tokens[t + k]);
            joined += last;
          }
          if (!ascii) continue;
          // "foundation models" finds the entry "foundation model".
          std::string singular =
              joined.substr(0, joined.size() - last.size()) + tables->Lemma(last);
          if (tables->AiChinese(joined).empty() && !tables->AiChinese(singular).empty()) {
            joined = singular;
          }
          if (!tables->AiChinese(joined).empty()) {
            collector.English(joined);
            // Its words alone, lower: "scaling" of "scaling law" still says
            // something ("scaling 尚未遇到墙").
            for (int k = 0; k < n; ++k) {
              // Without its clitic: "lab" of "frontier lab's".
              const std::string part = WithoutClitic(AsciiLower(tokens[t + k]));
              if (part.size() > 2 && !IsQuestionWord(options, part)) collector.Part(part, joined);
            }
            t += static_cast<std::size_t>(n - 1);
            phrase = true;
          }
        }
        if (phrase) continue;
      }
      if (lower.size() < 2 || IsQuestionWord(options, lower)) continue;
      if (std::all_of(lower.begin(), lower.end(),
                      [](char c) { return std::isdigit(c) || c == '.'; })) {
        continue;
      }
      collector.English(lower);
      // A hyphened compound no table knows ("trillion-parameter") is also
      // its words, lower, as a phrase's are: a digest writes "万亿参数".
      if (tables != nullptr && lower.find('-') != std::string::npos) {
        const std::vector<std::string> keys = TableKeys(lower, tables->Lemma(lower));
        if (std::all_of(keys.begin(), keys.end(),
                        [&](const std::string& key) { return tables->AiChinese(key).empty(); })) {
          std::istringstream words(keys.back());  // The spaced spelling.
          for (std::string word; words >> word;) {
            if (word.size() > 2 && !IsQuestionWord(options, word)) collector.Part(word, lower);
          }
        }
      }
      continue;
    }
    // A run of Chinese: drop question and function phrases, then AI terms
    // greedily (longest first), then ICU words for the rest.
    for (const std::string& unit : AskedUnits(token)) collector.Part(unit, token);
    std::string run = token;
    auto blank = [&run](const std::string& word) {
      for (std::size_t at = run.find(word); at != std::string::npos; at = run.find(word, at)) {
        run.replace(at, word.size(), std::string(word.size(), ' '));
      }
    };
    BlankAskingForms(&run);
    for (const std::string& word : ChineseQuestionWords()) {
      if (word.size() > 3) blank(word);
    }
    if (tables != nullptr) {
      for (const std::string& word : tables->ChineseFunctionPhrases()) blank(word);
    }
    std::string rest;
    for (std::size_t i = 0; i < run.size();) {
      std::size_t n = tables != nullptr && run[i] != ' ' ? tables->LongestAiChinese(run, i) : 0;
      if (n > 0) {
        rest += ' ';
        const std::string term = run.substr(i, n);
        collector.Chinese(term);
        // A compound term's words (ICU's cut) rank alone, below the term, as
        // an English phrase's do: "窗口" of "上下文窗口" also finds "更长的窗口".
        if (term.size() >= 12) {
          std::istringstream words(xapian_support::SegmentCjkWords(term, " "));
          for (std::string word; words >> word;) {
            if (word.size() >= 6 && word != term) collector.Part(word, term);
          }
        }
        i += n;
      } else {
        rest += run[i];
        ++i;
      }
    }
    // Each stretch between removed words is cut on its own, and a blank ends
    // a word: the characters left either side of a removed word (写 and 样
    // of 写代码怎么样) are not one word ("写样").
    std::vector<std::string> pieces;
    std::istringstream stretches(rest);
    for (std::string stretch; stretches >> stretch;) {
      std::istringstream words(xapian_support::SegmentCjkWords(stretch, " "));
      for (std::string word; words >> word;) pieces.push_back(word);
      pieces.push_back(" ");
    }
    // Single characters of the licensed list (时, 分, 多, 中) are often
    // parts of words ICU cut apart; only our own particles (的, 和, 吗, …)
    // separate words.
    auto particle = [&](const std::string& word) {
      if (tables != nullptr && tables->IsFunctionWord(word)) return true;
      for (const std::string& q : ChineseQuestionWords()) {
        if (q == word) return true;
      }
      return false;
    };
    auto skip = [&](const std::string& word) {
      if (word.size() > 3 && tables != nullptr && tables->IsFunctionWord(word)) return true;
      for (const std::string& q : ChineseQuestionWords()) {
        if (q == word) return true;
      }
      if (word.size() <= 3) return false;
      // A word ICU made of function characters only (中有 of 宇宙中有, 一个
      // of 第一个) says nothing the question's other words do not.
      for (std::size_t at = 0; at < word.size();) {
        const std::size_t n = Utf8Length(static_cast<unsigned char>(word[at]));
        if (!particle(word.substr(at, n))) return false;
        at += n;
      }
      return true;
    };
    // ICU's dictionary cuts words it lacks into characters (思考时长 →
    // 思考 时 长): adjacent lone characters that are not function words are
    // put back together. A lone character alone is too vague to rank by.
    std::string joined;
    auto flush = [&] {
      TrimLightCharacters(&joined);
      if (joined.size() > 3) collector.Chinese(joined);
      joined.clear();
    };
    for (std::string piece : pieces) {
      // 的 ends a phrase, not a word: 最好的 → 最好 (目的 keeps its 的).
      const std::string_view de = "的";
      if (piece.size() >= 3 * de.size() && piece.ends_with(de)) {
        piece.resize(piece.size() - de.size());
      }
      if (piece == " " || skip(piece)) {
        flush();
      } else if (piece.size() <= 3) {
        joined += piece;
      } else {
        flush();
        collector.Chinese(piece);
        for (const std::string& country : CountriesAbbreviated(piece)) {
          collector.Part(country, piece);
        }
      }
    }
    flush();
  }
  if (tables != nullptr) {
    for (const std::string& phrase :
         ElidedPhrases(question.substr(side.begin, side.end - side.begin), *tables)) {
      collector.English(phrase);
    }
  }
  return terms;
}

// When a side asks whether something has hit its limit, every other limit
// word ranks its claims as one concept below the question's own word: the
// claims that answer "has scaling hit a wall?" say 到头, 尽头 or 接近尾声 as
// often as 墙. Only words the user's claims hold are added (every word
// without an index to ask).
void AddLimitWords(std::string_view side, const QuestionOptions& options, QuestionFacet* facet) {
  const std::string limit = AsciiLower(LimitWordIn(side));
  if (limit.empty()) return;
  // The question's word that holds the limit ("hit a wall", not "wall"):
  // what the answer says it asked, and the group of the words added.
  facet->asks_limit = limit;
  for (const RankTerm& term : facet->terms) {
    if (term.from.empty() && AsciiLower(term.text).find(limit) != std::string::npos) {
      facet->asks_limit = term.text;
      break;
    }
  }
  const std::string& from = facet->asks_limit;
  for (std::string_view word : LimitSearchWords()) {
    const bool present =
        std::any_of(facet->terms.begin(), facet->terms.end(),
                    [&](const RankTerm& t) { return AsciiLower(t.text) == AsciiLower(word); });
    if (present || (options.in_index && !options.in_index(word))) continue;
    facet->terms.push_back({std::string(word), options.limit_weight, "limit", from});
  }
}

// The names of a person the question asks about, as rank words (source
// "person"): the question's spelling and the person's other names, one
// concept. Forms of one letter or one character are parts of words.
void AddPersonNames(const std::vector<std::vector<std::string>>& people,
                    const QuestionOptions& options, QuestionFacet* facet) {
  if (options.person_name_weight <= 0) return;
  for (const std::vector<std::string>& forms : people) {
    const std::string& spelled = forms.front();
    for (const std::string& form : forms) {
      if (form.size() < 2 || Utf8Length(static_cast<unsigned char>(form[0])) == form.size())
        continue;
      const bool present =
          std::any_of(facet->terms.begin(), facet->terms.end(),
                      [&](const RankTerm& t) { return AsciiLower(t.text) == AsciiLower(form); });
      if (present || (&form != &spelled && options.in_index && !options.in_index(form))) continue;
      facet->terms.push_back({form, options.person_name_weight, "person",
                              &form == &spelled ? std::string() : spelled});
    }
  }
}

// Whether a side asks which benchmarks or scores (a "which" word with a
// benchmark word right after it): "which benchmarks were discussed", "what
// scores were claimed", "哪些基准", "有哪些 benchmark 跑分". Not "what did
// they say about benchmarks": the benchmark word must follow within a few
// words.
bool ListsBenchmarks(std::string_view side) {
  const std::string lower = AsciiLower(side);
  static constexpr std::string_view kWhich[] = {"which ", "what ", "哪些", "哪个", "什么", "有啥"};
  static constexpr std::string_view kBenchmarkWords[] = {
      "benchmark", "eval", "leaderboard", "score", "基准", "评测", "测评", "榜单", "跑分", "分数"};
  // Room for a space and one word in between ("which coding benchmarks",
  // "哪些 benchmark"), not for a clause.
  constexpr std::size_t kReach = 16;
  for (std::string_view which : kWhich) {
    for (std::size_t at = lower.find(which); at != std::string::npos;
         at = lower.find(which, at + 1)) {
      // An English word starts a word ("somewhat " is no "what ").
      if (static_cast<unsigned char>(which.front()) < 0x80 && at > 0 &&
          std::isalpha(static_cast<unsigned char>(lower[at - 1])))
        continue;
      const std::string_view after = std::string_view(lower).substr(at + which.size(), kReach);
      for (std::string_view word : kBenchmarkWords) {
        if (after.find(word) != std::string_view::npos) return true;
      }
    }
  }
  return false;
}

QuestionIntent DetectIntent(const std::string& lower, bool comparison) {
  if (comparison) return QuestionIntent::kCompare;
  auto has_word = [&](std::string_view w) {
    for (std::size_t at = lower.find(w); at != std::string::npos; at = lower.find(w, at + 1)) {
      const bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]));
      const std::size_t end = at + w.size();
      const bool right =
          end >= lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end]));
      if (left && right) return true;
    }
    return false;
  };
  auto has = [&](std::string_view w) { return lower.find(w) != std::string::npos; };
  for (std::string_view w :
       {"how much", "how many", "how large", "how big", "how long", "how fast", "what share"}) {
    if (has_word(w)) return QuestionIntent::kHowMuch;
  }
  for (std::string_view w : {"多少", "多大", "多久", "多长", "几个", "占比", "份额"}) {
    if (has(w)) return QuestionIntent::kHowMuch;
  }
  if (has_word("who") || has_word("whom") || has("谁") || has("哪些人"))
    return QuestionIntent::kWho;
  if (has_word("why") || has("为什么") || has("为何")) return QuestionIntent::kWhy;
  // "When did…" asks for a time; "what went wrong when they…" joins a
  // clause: "when" asks only where a question or its second half opens.
  const auto asks_when = [&] {
    for (std::size_t at = lower.find("when"); at != std::string::npos;
         at = lower.find("when", at + 1)) {
      const std::size_t end = at + 4;
      if (end < lower.size() && std::isalpha(static_cast<unsigned char>(lower[end]))) continue;
      if (at > 0 && std::isalpha(static_cast<unsigned char>(lower[at - 1]))) continue;
      // "GPT-5 launched when?": the question ends with it.
      const std::string_view after = std::string_view(lower).substr(end);
      if (after.find_first_not_of(" ?？") == std::string_view::npos) return true;
      std::string_view before(lower.data(), at);
      while (!before.empty() &&
             (before.back() == ' ' || before.back() == ',' || before.back() == ':')) {
        before.remove_suffix(1);
      }
      if (before.empty() || before.ends_with(" and") || before.ends_with(" or") ||
          before.ends_with("\xEF\xBC\x9A") || before == "and" || before == "or" ||
          lower[before.size()] == ',' || lower[before.size()] == ':') {
        return true;
      }
    }
    return false;
  };
  if (asks_when() || has("什么时候") || has("何时")) return QuestionIntent::kWhen;
  if (has_word("how") || has("如何") || has("怎么") || has("怎样")) return QuestionIntent::kHow;
  return QuestionIntent::kWhat;
}

// Fields the user wrote ("topic:rl", "speaker:\"Andrej Karpathy\""): they
// restrict, as in `search`. Returns them in the search grammar.
std::vector<std::string> UserFields(const std::string& question, std::vector<Span>* spans) {
  std::vector<std::string> fields;
  for (std::size_t at = question.find(':'); at != std::string::npos;
       at = question.find(':', at + 1)) {
    std::size_t begin = at;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(question[begin - 1]))) --begin;
    if (begin == at ||
        (begin > 0 && !std::isspace(static_cast<unsigned char>(question[begin - 1])) &&
         question[begin - 1] != '-')) {
      continue;
    }
    const std::string name = AsciiLower(question.substr(begin, at - begin));
    if (FindIndexField(name) == nullptr) continue;
    std::size_t end = at + 1;
    if (end < question.size() && question[end] == '"') {
      std::size_t close = question.find('"', end + 1);
      end = close == std::string::npos ? question.size() : close + 1;
    } else {
      while (end < question.size() && !std::isspace(static_cast<unsigned char>(question[end])))
        ++end;
    }
    if (end == at + 1) continue;
    if (begin > 0 && question[begin - 1] == '-') --begin;
    fields.push_back(question.substr(begin, end - begin));
    spans->push_back({begin, end});
  }
  return fields;
}
}  // namespace

std::string_view IntentName(QuestionIntent intent) {
  switch (intent) {
    case QuestionIntent::kWhat:
      return "what";
    case QuestionIntent::kWho:
      return "who";
    case QuestionIntent::kWhy:
      return "why";
    case QuestionIntent::kHow:
      return "how";
    case QuestionIntent::kHowMuch:
      return "how-much";
    case QuestionIntent::kWhen:
      return "when";
    case QuestionIntent::kCompare:
      return "compare";
  }
  return "what";
}

std::string QuestionFacet::FilterQuery() const {
  std::string out;
  for (const std::string& filter : filters) {
    if (!out.empty()) out += ' ';
    out += filter;
  }
  return out;
}

std::string QuestionFacet::SearchValue(const std::string& id) const {
  const auto spelled = new_name_spellings.find(id);
  return spelled == new_name_spellings.end() ? id : spelled->second;
}

std::vector<std::string> QuestionFacet::BoostQueries() const {
  std::vector<std::string> out;
  auto add = [&](const std::string& query) {
    if (std::find(filters.begin(), filters.end(), query) == filters.end()) out.push_back(query);
  };
  for (const std::string& model : models) add("model:" + Quoted(SearchValue(model)));
  for (const std::string& benchmark : benchmarks) {
    add("benchmark:" + Quoted(SearchValue(benchmark)));
  }
  for (const std::string& entity : entities) add("entity:" + Quoted(SearchValue(entity)));
  for (const std::string& topic : topics) add("topic:" + Quoted(topic));
  for (const std::string& speaker : speakers) add("speaker:" + Quoted(speaker));
  if (!listed_episodes.empty()) {
    std::string any;
    for (const std::string& slug : listed_episodes) {
      any += (any.empty() ? "(" : " OR ") + std::string("episode:") + Quoted(slug);
    }
    add(any + ")");
  }
  if (!since.empty() || !until.empty()) add("date:" + since + ".." + until);
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

std::string QuestionFacet::RankQuery() const { return AnyOf(rank_words); }

QuestionInterpreter::QuestionInterpreter(std::shared_ptr<const EntityLinker> linker,
                                         QuestionOptions options)
    : linker_(std::move(linker)), options_(std::move(options)) {}

std::vector<LinkedMention> QuestionInterpreter::LinkQuestion(const std::string& question) const {
  std::vector<LinkedMention> pending;
  std::vector<LinkedMention> mentions = linker_->Link(question, &pending);
  if (pending.empty()) return mentions;
  // A bound name is confirmed as in a digest, by another name of the
  // question ("Kimi 的 K2"), or else by the user's claims: a question is
  // asked of them, and "K2" in it means what "K2" means there. A name with
  // no anchors (a label before a colon) has nothing to confirm it.
  std::unordered_set<std::string> named;
  linker_->AddConfirmingIds(mentions, &named);
  bool added = false;
  for (LinkedMention& mention : pending) {
    if (mention.anchors.empty()) continue;
    if (EntityLinker::Confirms(mention, named) ||
        (options_.entity_in_index && options_.entity_in_index(mention.entity_id))) {
      mentions.push_back(std::move(mention));
      added = true;
    }
  }
  if (added) {
    std::sort(mentions.begin(), mentions.end(),
              [](const LinkedMention& a, const LinkedMention& b) { return a.begin < b.begin; });
  }
  return mentions;
}

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
  const std::vector<std::string> user_fields = UserFields(question, &spans);
  // A field the search grammar refuses ("id:)x", "model:" with a name no
  // entity has) is the user's to fix: say where it sits in the question,
  // not in the query it would have become.
  {
    const QueryParser syntax(linker_);
    const std::size_t first_span = spans.size() - user_fields.size();
    for (std::size_t i = 0; i < user_fields.size(); ++i) {
      auto parsed = syntax.Parse(user_fields[i]);
      if (parsed) continue;
      // The parser counts columns from the field's start; move them to
      // the question's ("missing value after 'id:' at column 8").
      std::string message = parsed.error().message;
      constexpr std::string_view kColumn = "at column ";
      if (const std::size_t at = message.find(kColumn); at != std::string::npos) {
        const std::size_t digits = at + kColumn.size();
        std::size_t end = digits;
        while (end < message.size() && std::isdigit(static_cast<unsigned char>(message[end]))) {
          ++end;
        }
        if (end > digits) {
          const std::size_t column =
              std::stoul(message.substr(digits, end - digits)) + spans[first_span + i].begin;
          message.replace(digits, end - digits, std::to_string(column));
        }
      }
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("the field '{}' in the question: {}", user_fields[i], message),
                       parsed.error().hint);
    }
  }
  std::vector<Span> sides = ComparisonSides(lower, &spans);
  TimeWindow window = FindTimeWindow(question, lower, today, &spans);

  QuestionPlan plan;
  plan.question = question;
  plan.comparison = sides.size() > 1;
  // A question word inside a quotation is the quoted text's ("“现在谁在赢”"):
  // it does not make a who question.
  std::string unquoted = lower;
  for (const Span& quote : QuotedSpans(question)) {
    unquoted.replace(quote.begin, quote.end - quote.begin,
                     std::string(quote.end - quote.begin, ' '));
  }
  plan.intent = DetectIntent(unquoted, plan.comparison);
  plan.facets.resize(sides.size());
  auto side_of = [&](std::size_t at) {
    for (std::size_t i = 0; i < sides.size(); ++i) {
      if (at >= sides[i].begin && at < sides[i].end) return i;
    }
    return sides.size() - 1;
  };

  // Which speaker each side names, and whether as the question's subject.
  struct Named {
    std::size_t side;
    const std::vector<std::string>* names;
    bool subject;
    std::string spelled;  // As the question writes it.
  };
  std::vector<Named> named;
  // Speakers the lexicon does not know ("余北") are found by name.
  for (const std::vector<std::string>& names : options_.speakers) {
    for (const std::string& name : names) {
      // One letter, or one Chinese character ("问" and "答" label the turns
      // of a Q&A): a part of words, not a name to find in a question.
      if (name.size() < 2 || Utf8Length(static_cast<unsigned char>(name[0])) == name.size()) {
        continue;
      }
      std::size_t at = FindWholeName(lower, AsciiLower(name));
      if (at == std::string::npos || Covered(spans, at)) continue;
      spans.push_back({at, at + name.size()});
      AddUnique(&plan.facets[side_of(at)].speakers, names.front());
      named.push_back({side_of(at), &names, SpeakerIsSubject(lower, at + name.size()),
                       question.substr(at, name.size())});
      break;
    }
  }
  // A Chinese speaker named in pinyin ("what did Yang Zhilin say"): only
  // when the question holds a Latin word, as an English question does.
  const bool latin = std::any_of(lower.begin(), lower.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (latin && options_.tables) {
    for (const std::vector<std::string>& names : options_.speakers) {
      for (const std::string& form : internal::PinyinNames(*options_.tables, names.front())) {
        const std::size_t at = FindWholeName(lower, form);
        if (at == std::string::npos || Covered(spans, at)) continue;
        spans.push_back({at, at + form.size()});
        AddUnique(&plan.facets[side_of(at)].speakers, names.front());
        named.push_back({side_of(at), &names, SpeakerIsSubject(lower, at + form.size()),
                         question.substr(at, form.size())});
        break;
      }
    }
  }
  // One word of a speaker's Latin name, as people call them ("Raschka",
  // "Sebastian" for Sebastian Raschka): when no other speaker's name holds
  // that word, it is capitalised in the question, and it is no question,
  // function or dictionary word ("Will", "Long").
  if (latin) {
    std::map<std::string, const std::vector<std::string>*> owner;
    std::set<std::string> shared;
    for (const std::vector<std::string>& names : options_.speakers) {
      std::set<std::string> own;
      for (const std::string& name : names) {
        if (!IsAsciiWord(name) || name.find(' ') == std::string::npos) continue;
        std::istringstream words(name);
        for (std::string word; words >> word;) {
          if (word.size() >= 4 && std::isupper(static_cast<unsigned char>(word[0])) &&
              std::all_of(word.begin(), word.end(),
                          [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
            own.insert(AsciiLower(word));
          }
        }
      }
      for (const std::string& word : own) {
        if (!owner.emplace(word, &names).second) shared.insert(word);
      }
    }
    for (const auto& [word, names] : owner) {
      // A word the dictionaries know is a common noun first ("Agent" of
      // the speaker "Voice Agent"), whatever it names here.
      if (shared.contains(word) || IsQuestionWord(options_, word) ||
          (options_.tables && options_.tables->Knows(word))) {
        continue;
      }
      if (std::any_of(named.begin(), named.end(),
                      [&](const Named& n) { return n.names == names; })) {
        continue;
      }
      const std::size_t at = FindWholeName(lower, word);
      if (at == std::string::npos || Covered(spans, at) ||
          !std::isupper(static_cast<unsigned char>(question[at]))) {
        continue;
      }
      spans.push_back({at, at + word.size()});
      AddUnique(&plan.facets[side_of(at)].speakers, names->front());
      named.push_back({side_of(at), names, SpeakerIsSubject(lower, at + word.size()),
                       question.substr(at, word.size())});
    }
  }
  // A Chinese name in pinyin that no speaker has ("What analogy does Zhang
  // Hongjiang use"): summaries report such people by name ("张宏江把…类比为…")
  // without ever giving them a turn. The names in characters that the index
  // holds rank as the person's names, after the question's spelling.
  const std::vector<LinkedMention> mentions = LinkQuestion(question);
  std::vector<std::pair<std::size_t, std::vector<std::string>>> pinyin_people;
  if (latin && options_.tables && options_.in_index) {
    for (internal::PinyinMention& mention : internal::FindPinyinNames(
             *options_.tables, question, options_.in_index, kPinyinNamesPerPerson)) {
      const bool taken =
          Covered(spans, mention.begin) || Covered(spans, mention.end - 1) ||
          std::any_of(mentions.begin(), mentions.end(), [&](const LinkedMention& linked) {
            return linked.begin < mention.end && mention.begin < linked.end;
          });
      if (taken) continue;
      spans.push_back({mention.begin, mention.end});
      std::vector<std::string> forms = {
          question.substr(mention.begin, mention.end - mention.begin)};
      forms.insert(forms.end(), mention.names.begin(), mention.names.end());
      pinyin_people.emplace_back(side_of(mention.begin), std::move(forms));
    }
  }
  for (const Named& speaker : named) {
    QuestionFacet& facet = plan.facets[speaker.side];
    std::vector<std::string> slugs;
    for (const std::string& name : *speaker.names) {
      if (!options_.episodes_listing) break;
      auto listing = options_.episodes_listing(name);
      if (!listing) return std::unexpected(listing.error());
      for (const std::string& slug : *listing) {
        // The search grammar has no escape for a quote inside a value.
        if (slug.find('"') == std::string::npos) AddUnique(&slugs, slug);
      }
    }
    for (const std::string& slug : slugs) AddUnique(&facet.listed_episodes, slug);
    // One subject per side: the first speaker named as one. A "who"
    // question asks which speakers, so none of them restricts it ("who
    // disagrees with what Karpathy said").
    // A role label ("两位嘉宾认为…", "what did the host say") asks about
    // whoever held the role, whom most digests name: it ranks the label's
    // turns first without leaving out the named guests' claims.
    const bool restricts = speaker.subject && plan.intent != QuestionIntent::kWho &&
                           speaker.names->front().find('"') == std::string::npos &&
                           !IsSpeakerRoleLabel(speaker.names->front());
    if (restricts && facet.speaker_filter.empty()) {
      facet.speaker_filter = "(speaker:" + Quoted(speaker.names->front());
      for (const std::string& slug : slugs) facet.speaker_filter += " OR episode:" + Quoted(slug);
      facet.speaker_filter += ")";
      facet.filters.push_back(facet.speaker_filter);
    }
  }
  // The names of the people each side asks about, the question's spelling
  // first: a digest that reports people ("Dwarkesh 的核心质疑是…") names them
  // in the editor's claims, which no speaker boost reaches.
  std::vector<std::vector<std::vector<std::string>>> person_names(sides.size());
  for (const Named& speaker : named) {
    std::vector<std::string>& forms = person_names[speaker.side].emplace_back();
    forms.push_back(speaker.spelled);
    forms.insert(forms.end(), speaker.names->begin(), speaker.names->end());
  }
  for (auto& [side, forms] : pinyin_people) person_names[side].push_back(std::move(forms));
  const std::vector<Span> structural = spans;
  std::vector<std::vector<std::pair<std::string, std::string>>> aliases(sides.size());
  // Where the question names a model, benchmark or other entity: its name
  // ranks as one phrase ("Claude Sonnet 4.5"), not as loose words ("4.5").
  std::vector<std::vector<Span>> names(sides.size());
  const QueryParser query_parser(linker_);
  for (const LinkedMention& mention : mentions) {
    if (Covered(spans, mention.begin)) continue;
    QuestionFacet& facet = plan.facets[side_of(mention.begin)];
    spans.push_back({mention.begin, mention.end});
    const LexiconEntry* named = lexicon.Find(mention.entity_id);
    if (named != nullptr && mention.kind != EntityKind::kTopic &&
        mention.kind != EntityKind::kPerson) {
      const std::string surface = question.substr(mention.begin, mention.end - mention.begin);
      names[side_of(mention.begin)].push_back({mention.begin, mention.end});
      std::vector<std::string> spellings = {named->name};
      spellings.insert(spellings.end(), named->aliases.begin(), named->aliases.end());
      for (const std::string& name : spellings) {
        if (AsciiLower(name) != AsciiLower(surface)) {
          aliases[side_of(mention.begin)].push_back({name, surface});
        }
      }
    }
    if (mention.is_new) {
      // A minted name is searched by its spelling, when the query parser
      // finds the same id from it alone ("ZorbArena"), or else by its id
      // when the parser reads that ("llama-3-1-8b"); a name only its context
      // made ("在 ABC 上") is left to its words, which rank as they are.
      // Every field query a plan holds must parse.
      const std::string surface = question.substr(mention.begin, mention.end - mention.begin);
      const std::string field = mention.kind == EntityKind::kModel       ? "model:"
                                : mention.kind == EntityKind::kBenchmark ? "benchmark:"
                                                                         : "entity:";
      auto finds = [&](const std::string& value) {
        const Result<QueryNode> again = query_parser.Parse(field + Quoted(value));
        return again && again->kind == QueryNode::Kind::kField && again->value == mention.entity_id;
      };
      if (finds(surface)) {
        facet.new_name_spellings[mention.entity_id] = surface;
      } else if (!finds(mention.entity_id)) {
        continue;
      }
    }
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
      case EntityKind::kPerson: {
        AddUnique(&facet.speakers, DisplayName(lexicon, mention.entity_id));
        std::vector<std::string>& forms = person_names[side_of(mention.begin)].emplace_back();
        forms.push_back(question.substr(mention.begin, mention.end - mention.begin));
        if (named != nullptr) {
          forms.push_back(named->name);
          forms.insert(forms.end(), named->aliases.begin(), named->aliases.end());
        }
        break;
      }
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
    std::erase_if(plan.facets[i].words,
                  [&](const std::string& word) { return IsQuestionWord(options_, word); });
    plan.facets[i].rank_words = ResidualWords(question, sides[i], structural);
    plan.facets[i].terms =
        RankTerms(question, sides[i], structural, names[i], options_, aliases[i]);
    const std::string_view side_text =
        std::string_view(question).substr(sides[i].begin, sides[i].end - sides[i].begin);
    AddPersonNames(person_names[i], options_, &plan.facets[i]);
    AddLimitWords(side_text, options_, &plan.facets[i]);
    plan.facets[i].lists_benchmarks = ListsBenchmarks(side_text);
    plan.facets[i].filters.insert(plan.facets[i].filters.begin(), user_fields.begin(),
                                  user_fields.end());
    plan.facets[i].since = window.since;
    plan.facets[i].until = window.until;
  }
  // In a comparison, whatever only one side names is shared by both: in
  // "Gemini 3 coding vs benchmarks" the model belongs to the second side too.
  if (plan.comparison) {
    QuestionFacet& a = plan.facets[0];
    QuestionFacet& b = plan.facets[1];
    // Ids move between the sides below; their spellings go with them.
    a.new_name_spellings.insert(b.new_name_spellings.begin(), b.new_name_spellings.end());
    b.new_name_spellings.insert(a.new_name_spellings.begin(), a.new_name_spellings.end());
    auto share = [](std::vector<std::string>& x, std::vector<std::string>& y) {
      if (x.empty()) x = y;
      if (y.empty()) y = x;
    };
    share(a.models, b.models);
    share(a.speakers, b.speakers);
    bool a_subject = !a.topics.empty() || !a.entities.empty() || !a.benchmarks.empty();
    bool b_subject = !b.topics.empty() || !b.entities.empty() || !b.benchmarks.empty();
    // The words of the side that names the subject, without its model
    // names: "on coding" of "Claude Sonnet 4.5 vs Gemini 3 Pro on coding".
    auto subject_terms = [&](std::size_t side) {
      std::vector<Span> covered = structural;
      covered.insert(covered.end(), names[side].begin(), names[side].end());
      return RankTerms(question, sides[side], covered, {}, options_, {});
    };
    auto add_terms = [](QuestionFacet& to, const std::vector<RankTerm>& extra) {
      for (const RankTerm& term : extra) {
        const bool present = std::any_of(to.terms.begin(), to.terms.end(),
                                         [&](const RankTerm& t) { return t.text == term.text; });
        if (!present) to.terms.push_back(term);
      }
    };
    if (!a_subject && b_subject && !a.models.empty() && a.models != b.models) {
      a.topics = b.topics;
      a.entities = b.entities;
      a.benchmarks = b.benchmarks;
      add_terms(a, subject_terms(1));
    } else if (!b_subject && a_subject && !b.models.empty() && a.models != b.models) {
      b.topics = a.topics;
      b.entities = a.entities;
      b.benchmarks = a.benchmarks;
      add_terms(b, subject_terms(0));
    }
  }
  // In a comparison the models and benchmarks are the subject each side is
  // about ("Gemini 3 coding vs benchmarks", "Claude vs Gemini on coding"):
  // they restrict. Everything else recognised only lifts.
  if (plan.comparison) {
    for (QuestionFacet& facet : plan.facets) {
      for (const auto& id : facet.models) {
        facet.filters.push_back("model:" + Quoted(facet.SearchValue(id)));
      }
      for (const auto& id : facet.benchmarks) {
        facet.filters.push_back("benchmark:" + Quoted(facet.SearchValue(id)));
      }
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
    if (facet.filters.empty() && facet.terms.empty() && facet.BoostQueries().empty()) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("nothing to search for in \"{}\"", question),
                       "name a model, benchmark, topic, speaker or a few content words");
    }
  }
  return plan;
}

std::string Describe(const QuestionPlan& plan) {
  std::string out =
      fmt::format("question: {}\nintent: {}\n", plan.question, IntentName(plan.intent));
  for (std::size_t i = 0; i < plan.facets.size(); ++i) {
    const QuestionFacet& facet = plan.facets[i];
    out += fmt::format("facet {}: {}\n  filter: {}\n", i + 1, facet.label,
                       facet.FilterQuery().empty() ? "(none)" : facet.FilterQuery());
    const std::vector<std::string> boosts = facet.BoostQueries();
    out += fmt::format("  boosts: {}\n",
                       boosts.empty() ? "(none)" : fmt::format("{}", fmt::join(boosts, " ")));
    out += "  words:";
    if (facet.terms.empty()) out += " (none)";
    for (const RankTerm& term : facet.terms) {
      if (term.from.empty() && (term.source.empty() || term.source == "question")) {
        out += fmt::format(" {}^{:.1f}", term.text, term.weight);
      } else if (term.from.empty()) {
        out += fmt::format(" {}^{:.1f}[{}]", term.text, term.weight, term.source);  // "[person]"
      } else {
        out += fmt::format(" {}^{:.1f}[{}<-{}]", term.text, term.weight, term.source, term.from);
      }
    }
    out += "\n";
  }
  return out;
}

}  // namespace claimkb
