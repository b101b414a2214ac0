#include "prose_quotes.h"

#include <algorithm>
#include <array>
#include <map>

#include "text_normalizer.h"
#include "utf8_scan.h"

namespace claimkb::internal {
namespace {

bool StartsWithAt(const std::u32string& text, std::size_t at, std::u32string_view word) {
  return at <= text.size() && text.size() - at >= word.size() &&
         std::u32string_view(text).substr(at, word.size()) == word;
}

bool IsAsciiUpper(char32_t cp) { return cp >= U'A' && cp <= U'Z'; }
bool IsAsciiLetter(char32_t cp) { return (cp >= U'a' && cp <= U'z') || IsAsciiUpper(cp); }

// Marks that end a sentence: a speech attribution does not reach across one.
bool EndsSentence(const std::u32string& text, std::size_t at) {
  const char32_t cp = text[at];
  if (cp == U'。' || cp == U'！' || cp == U'？' || cp == U'!' || cp == U'?') return true;
  return cp == U'.' && (at + 1 == text.size() || text[at + 1] == U' ');
}

// Punctuation inside a quotation that makes it a clause someone said, not a
// term or a title ("tectonic shift", “后训练时代”).
bool IsClauseMark(char32_t cp) {
  return cp == U'，' || cp == U'。' || cp == U'！' || cp == U'？' || cp == U'；' || cp == U'…' ||
         cp == U',' || cp == U'.' || cp == U'!' || cp == U'?' || cp == U';';
}

// Verbs that hand the quotation next to them to their subject. Chinese ones
// match as written; English ones as whole words.
constexpr std::array<std::u32string_view, 29> kChineseVerbs = {
    U"说",   U"问",   U"认为", U"表示", U"指出", U"提到", U"强调", U"直言", U"坦言", U"吐槽",
    U"笑称", U"补充", U"觉得", U"透露", U"承认", U"解释", U"感叹", U"形容", U"回应", U"回答",
    U"反问", U"追问", U"提醒", U"调侃", U"打趣", U"原话", U"评价", U"回忆", U"预测"};
constexpr std::array<std::u32string_view, 34> kEnglishVerbs = {
    U"said",      U"says",      U"told",       U"asked",     U"added",     U"argued",
    U"explained", U"joked",     U"admitted",   U"noted",     U"replied",   U"recalled",
    U"warned",    U"insisted",  U"thinks",     U"believes",  U"put",       U"answered",
    U"continued", U"laughed",   U"wrote",      U"observed",  U"described", U"conceded",
    U"countered", U"suggested", U"predicted",  U"claimed",   U"agreed",    U"disagreed",
    U"responded", U"stressed",  U"emphasised", U"emphasized"};

// The verb that starts at text[at], if any; its length.
std::size_t VerbAt(const std::u32string& text, std::size_t at) {
  for (std::u32string_view verb : kChineseVerbs) {
    if (!StartsWithAt(text, at, verb)) continue;
    // 说明, 说法 and 说服 are not speech.
    if (verb == U"说" && at + 1 < text.size() &&
        (text[at + 1] == U'明' || text[at + 1] == U'法' || text[at + 1] == U'服')) {
      return 0;
    }
    if (verb == U"问" && at + 1 < text.size() && text[at + 1] == U'题') return 0;  // 问题.
    return verb.size();
  }
  if (at > 0 && IsAsciiLetter(text[at - 1])) return 0;
  for (std::u32string_view verb : kEnglishVerbs) {
    if (StartsWithAt(text, at, verb) &&
        (at + verb.size() == text.size() || !IsAsciiLetter(text[at + verb.size()]))) {
      return verb.size();
    }
  }
  return 0;
}

// Whether a speech verb starts within `reach` code points of text[from],
// with nothing but words and spaces between (no punctuation).
bool VerbFollows(const std::u32string& text, std::size_t from, std::size_t reach) {
  for (std::size_t at = from; at < text.size() && at <= from + reach; ++at) {
    if (VerbAt(text, at) > 0) return true;
    if (!IsContentChar(text[at]) && !IsSpaceChar(text[at])) return false;
  }
  return false;
}

// Whether the quotation opening at text[open] is introduced by a colon
// within `reach` code points of text[from], words and spaces between:
// "张小北补了一句：“…”", the common form of direct speech.
bool ColonFollows(const std::u32string& text, std::size_t from, std::size_t reach,
                  std::size_t open) {
  for (std::size_t at = from; at < open && at <= from + reach; ++at) {
    if (text[at] == U'：' || text[at] == U':') {
      std::size_t next = at + 1;
      while (next < open && text[next] == U' ') ++next;
      return next == open;
    }
    if (!IsContentChar(text[at]) && !IsSpaceChar(text[at])) return false;
  }
  return false;
}

// Characters a Chinese name is never made of: pronouns, particles,
// demonstratives, conjunctions.
bool IsFunctionChar(char32_t cp) {
  static constexpr std::u32string_view kChars =
      U"他她我你它们这那的了是在和与也都就还又被把从对将等个些每各其此该本有没不很最更已会要能可让"
      U"给"
      U"向为以及而但并或如于之所者着过吗呢吧啊当尽虽若即只";
  return kChars.find(cp) != std::u32string_view::npos;
}

// Numerals that open a count ("两位嘉宾"); inside a name they are fine (宋一鸣).
bool IsCountChar(char32_t cp) {
  static constexpr std::u32string_view kChars = U"一二三四五六七八九十两几多首另某每";
  return kChars.find(cp) != std::u32string_view::npos;
}

// Words at the start of a clause that are not people although a speech verb
// may follow them.
bool IsCommonSubject(std::u32string_view word) {
  static constexpr std::array<std::u32string_view, 70> kWords = {
      U"嘉宾", U"主持", U"作者", U"笔者", U"大家", U"节目", U"对方", U"团队", U"公司", U"官方",
      U"网友", U"记者", U"编者", U"观众", U"听众", U"读者", U"用户", U"业内", U"外界", U"市场",
      U"行业", U"同行", U"双方", U"众人", U"自己", U"如今", U"今天", U"现在", U"当时", U"随后",
      U"之后", U"最后", U"此外", U"另外", U"同时", U"因此", U"所以", U"但是", U"不过", U"而且",
      U"然后", U"结果", U"其中", U"其实", U"甚至", U"全场", U"完全", U"确实", U"显然", U"必须",
      U"应该", U"仍然", U"依然", U"始终", U"非常", U"真正", U"同样", U"总之", U"明确", U"直接",
      U"公开", U"反复", U"再次", U"随即", U"坦白", U"私下", U"特别", U"专门", U"最终", U"曾经"};
  for (std::u32string_view w : kWords) {
    if (word.starts_with(w)) return true;
  }
  return false;
}

// Words that may stand before a subject at the start of a clause: a
// conjunction ("但林远说") or a role ("主持人老K问").
constexpr std::array<std::u32string_view, 12> kLeadWords = {
    U"主持人", U"嘉宾", U"创始人", U"研究员", U"工程师", U"投资人",
    U"但",     U"而",   U"结果",   U"随后",   U"于是",   U"不过"};

// Whether text[at] starts a clause: the paragraph's start or after a mark.
bool StartsClause(const std::u32string& text, std::size_t at) {
  if (at == 0) return true;
  const char32_t before = text[at - 1];
  return !IsContentChar(before) && before != U' ';
}

// The English capitalised name (one to three words) at text[at]; empty if
// none. Words such as "The" or "She" are not names.
std::u32string EnglishNameAt(const std::u32string& text, std::size_t at) {
  static constexpr std::array<std::u32string_view, 34> kNotNames = {
      U"The", U"This", U"That", U"It",   U"We",    U"I",    U"He",      U"She",  U"They",
      U"And", U"But",  U"So",   U"My",   U"Our",   U"His",  U"Her",     U"A",    U"An",
      U"In",  U"On",   U"At",   U"As",   U"For",   U"If",   U"When",    U"What", U"Why",
      U"How", U"Also", U"Then", U"Here", U"There", U"Both", U"Everyone"};
  if (at > 0 && IsAsciiLetter(text[at - 1])) return {};
  std::size_t end = at;
  std::size_t words = 0;
  while (end < text.size() && IsAsciiUpper(text[end]) && words < 3) {
    std::size_t word_end = end + 1;
    while (word_end < text.size() && text[word_end] >= U'a' && text[word_end] <= U'z') ++word_end;
    if (word_end < text.size() && (IsAsciiUpper(text[word_end]) || text[word_end] == U'-')) break;
    const std::u32string_view word(text.data() + end, word_end - end);
    if (std::find(kNotNames.begin(), kNotNames.end(), word) != kNotNames.end()) break;
    ++words;
    end = word_end;
    if (end + 1 < text.size() && text[end] == U' ' && IsAsciiUpper(text[end + 1])) {
      ++end;
    } else {
      break;
    }
  }
  while (end > at && text[end - 1] == U' ') --end;
  if (words == 0 || end - at < 2) return {};
  return text.substr(at, end - at);
}

// Whether a pronoun for a person starts at text[at]: 他/她 (not 他们,
// 其他) or he/she as a word.
bool PronounAt(const std::u32string& text, std::size_t at, std::size_t* end) {
  if (text[at] == U'他' || text[at] == U'她') {
    if (at + 1 < text.size() && text[at + 1] == U'们') return false;
    if (at > 0 && (text[at - 1] == U'其' || text[at - 1] == U'吉')) return false;
    *end = at + 1;
    return true;
  }
  if (at > 0 && IsAsciiLetter(text[at - 1])) return false;
  for (std::u32string_view word : {U"he", U"she", U"He", U"She"}) {
    const std::u32string_view w(word);
    if (StartsWithAt(text, at, w) &&
        (at + w.size() == text.size() || !IsAsciiLetter(text[at + w.size()]))) {
      *end = at + w.size();
      return true;
    }
  }
  return false;
}

struct Quotation {
  std::size_t open = 0;   // Index of the opening mark.
  std::size_t close = 0;  // Index of the closing mark.
};

// The quotations of a paragraph: 「」, “”, 『』 and straight double quotes.
std::vector<Quotation> Quotations(const std::u32string& text) {
  std::vector<Quotation> found;
  for (std::size_t at = 0; at < text.size(); ++at) {
    char32_t closer = 0;
    switch (text[at]) {
      case U'「':
        closer = U'」';
        break;
      case U'“':
        closer = U'”';
        break;
      case U'『':
        closer = U'』';
        break;
      case U'"':
        closer = U'"';
        break;
      default:
        continue;
    }
    const std::size_t close = text.find(closer, at + 1);
    if (close == std::u32string::npos) break;
    found.push_back({at, close});
    at = close;
  }
  return found;
}

// Whether a quotation is a clause someone said: clause marks inside it, or
// a colon or a speech noun right before it ("原话是：“…”", "评价是“…”").
bool IsSpeech(const std::u32string& text, const Quotation& q) {
  if (q.close - q.open < 3) return false;
  for (std::size_t at = q.open + 1; at < q.close; ++at) {
    if (IsClauseMark(text[at])) return true;
  }
  std::size_t before = q.open;
  while (before > 0 && text[before - 1] == U' ') --before;
  if (before == 0) return false;
  if (text[before - 1] == U'：' || text[before - 1] == U':') return true;
  const std::u32string_view head(text.data(), before);
  for (std::u32string_view noun : {U"原话是", U"评价是", U"回答是"}) {
    if (head.ends_with(noun)) return true;
  }
  return false;
}

// Whether a paragraph opens with a short label and a colon ("编者按：",
// "Note:"): the writer's note, not a quotation.
bool OpensWithLabel(const std::u32string& text) {
  for (std::size_t at = 0; at < text.size() && at <= 8; ++at) {
    if (text[at] == U'：' || text[at] == U':') return at > 0;
    if (!IsContentChar(text[at]) && !IsSpaceChar(text[at])) return false;
  }
  return false;
}

// Where the sentences of a paragraph end (the index after each end mark
// outside a quotation), the paragraph's end last.
std::vector<std::size_t> SentenceEnds(const std::u32string& text,
                                      const std::vector<Quotation>& quotations) {
  std::vector<std::size_t> ends;
  std::size_t q = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (q < quotations.size() && at == quotations[q].open) {
      // A quotation that ends its own sentence ("…没用。”") ends the writer's too.
      at = quotations[q++].close;
      if (at > 0 && EndsSentence(text, at - 1)) ends.push_back(at + 1);
      continue;
    }
    if (EndsSentence(text, at)) ends.push_back(at + 1);
  }
  if (ends.empty() || ends.back() != text.size()) ends.push_back(text.size());
  return ends;
}

std::size_t SentenceStart(const std::vector<std::size_t>& ends, std::size_t at) {
  std::size_t start = 0;
  for (std::size_t end : ends) {
    if (end > at) break;
    start = end;
  }
  return start;
}

std::size_t SentenceEnd(const std::vector<std::size_t>& ends, std::size_t at) {
  for (std::size_t end : ends) {
    if (end > at) return end;
  }
  return ends.back();
}

// The byte offset of code point `index` of `text` in its UTF-8 form.
std::size_t ByteOffset(const std::u32string& text, std::size_t index) {
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < index && i < text.size(); ++i) {
    const char32_t cp = text[i];
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

}  // namespace

ProseQuoteReader::ProseQuoteReader(const std::vector<std::string>& texts) {
  std::vector<std::u32string> decoded;
  decoded.reserve(texts.size());
  for (const std::string& text : texts) decoded.push_back(DecodeUtf32(text));
  std::map<std::u32string, std::size_t, std::less<>> counts;  // A long file repeats its names.
  const auto count_in_document = [&](std::u32string_view word) {
    if (auto known = counts.find(word); known != counts.end()) return known->second;
    std::size_t n = 0;
    for (const std::u32string& text : decoded) {
      for (std::size_t at = text.find(word); at != std::u32string::npos;
           at = text.find(word, at + word.size())) {
        ++n;
      }
    }
    counts.emplace(word, n);
    return n;
  };
  std::vector<std::u32string> full_english;  // "Maya Chen": what a first or last name stands for.
  std::vector<std::u32string> found;
  const auto add = [&](std::u32string name) {
    if (std::find(found.begin(), found.end(), name) == found.end())
      found.push_back(std::move(name));
  };
  for (const std::u32string& text : decoded) {
    for (std::size_t at = 0; at < text.size(); ++at) {
      if (IsAsciiUpper(text[at])) {
        std::u32string name = EnglishNameAt(text, at);
        if (name.empty()) continue;
        if (name.find(U' ') != std::u32string::npos &&
            std::find(full_english.begin(), full_english.end(), name) == full_english.end()) {
          full_english.push_back(name);
        }
        std::size_t after = at + name.size();
        while (after < text.size() && text[after] == U' ') ++after;
        // "Chen argued", "Chen 认为"; "said Chen" after a quotation.
        bool subject = VerbAt(text, after) > 0;
        if (!subject && at >= 5) {
          const std::u32string_view head(text.data(), at);
          subject = head.ends_with(U"said ") || head.ends_with(U"asked ");
        }
        if (subject) add(name);
        at += name.size() - 1;
        continue;
      }
      if (!StartsClause(text, at)) continue;
      std::size_t start = at;
      for (bool moved = true; moved;) {
        moved = false;
        for (std::u32string_view lead : kLeadWords) {
          if (StartsWithAt(text, start, lead)) {
            start += lead.size();
            moved = true;
          }
        }
      }
      // "老K", "阿May": one Han character before a Latin name.
      if (start + 1 < text.size() && IsCjkIdeograph(text[start]) && IsAsciiUpper(text[start + 1])) {
        std::size_t end = start + 1;
        while (end < text.size() && IsAsciiLetter(text[end])) ++end;
        if (VerbFollows(text, end, 8)) add(text.substr(start, end - start));
        continue;
      }
      std::u32string best;
      std::size_t best_count = 0;
      for (std::size_t length = 2; length <= 3; ++length) {
        if (start + length > text.size()) break;
        const std::u32string candidate = text.substr(start, length);
        if (!std::all_of(candidate.begin(), candidate.end(), IsCjkIdeograph) ||
            VerbAt(candidate, 0) > 0 ||
            std::any_of(candidate.begin(), candidate.end(), IsFunctionChar) ||
            IsCountChar(candidate[0]) || IsCommonSubject(candidate) ||
            // "视频里 Rafael 说": a place ("in the video"), not the subject.
            candidate.back() == U'里' ||
            (start + length < text.size() && text[start + length] == U'里') ||
            !VerbFollows(text, start + length, 8)) {
          continue;
        }
        const std::size_t count = count_in_document(candidate);
        // A three-character name is taken only when its two-character head
        // never occurs without it ("张小北", not "杨帆说").
        if (count >= 2 && (best.empty() || count == best_count)) {
          best = candidate;
          best_count = count;
        }
      }
      if (!best.empty()) add(best);
    }
  }
  // A first or last name the document also gives in full is that person.
  for (std::u32string& name : found) {
    std::u32string match;
    const bool single_english = name.find(U' ') == std::u32string::npos && IsAsciiUpper(name[0]);
    for (const std::u32string& full :
         single_english ? full_english : std::vector<std::u32string>()) {
      if (full.starts_with(name + U" ") || full.ends_with(U" " + name)) {
        if (!match.empty() && match != full) {
          match.clear();
          break;
        }
        match = full;
      }
    }
    surfaces_.emplace_back(name, EncodeUtf8(match.empty() ? name : match));
    if (!match.empty()) surfaces_.emplace_back(match, EncodeUtf8(match));
  }
  // Longer surfaces first, so "Maya Chen" is matched before "Maya".
  std::stable_sort(surfaces_.begin(), surfaces_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

// The person named at text[at] (a name, or a pronoun for the last person
// named before it); "" when none. `*end` is where the name ends.
std::string ProseQuoteReader::PersonAt(const std::u32string& text, std::size_t at,
                                       std::size_t* end) const {
  for (const auto& [surface, person] : surfaces_) {
    if (StartsWithAt(text, at, surface) &&
        !(IsAsciiLetter(surface.back()) && at + surface.size() < text.size() &&
          IsAsciiLetter(text[at + surface.size()]))) {
      *end = at + surface.size();
      return person;
    }
  }
  if (PronounAt(text, at, end)) return LastPersonIn(text, at);
  return {};
}

std::string ProseQuoteReader::LastPersonIn(const std::u32string& text, std::size_t end) const {
  std::string last = last_person_;
  bool quoted = false;
  for (std::size_t at = 0; at < end; ++at) {
    const char32_t cp = text[at];
    if (cp == U'「' || cp == U'“' || cp == U'『') quoted = true;
    if (cp == U'」' || cp == U'”' || cp == U'』') quoted = false;
    if (quoted) continue;
    for (const auto& [surface, person] : surfaces_) {
      if (StartsWithAt(text, at, surface) && at + surface.size() <= end) {
        last = person;
        at += surface.size() - 1;
        break;
      }
    }
  }
  return last;
}

bool ProseQuoteReader::NamesSomeone(const std::u32string& text) const {
  for (std::size_t at = 0; at < text.size(); ++at) {
    std::size_t end = 0;
    if (!PersonAt(text, at, &end).empty()) return true;
  }
  return false;
}

void ProseQuoteReader::Mention(std::string_view text) {
  const std::u32string u = DecodeUtf32(text);
  block_person_.clear();
  named_above_ = NamesSomeone(u);
  last_person_ = LastPersonIn(u, u.size());
}

ProseQuoteReader::Quoted ProseQuoteReader::Read(std::string_view text, bool block_quote) {
  const std::u32string u = DecodeUtf32(text);
  const std::vector<Quotation> quotations = Quotations(u);
  const std::vector<std::size_t> ends = SentenceEnds(u, quotations);
  struct Attributed {
    std::string person;
    std::size_t first = 0;  // Code points the attribution spans.
    std::size_t last = 0;
    std::size_t length = 0;  // The quotation's.
  };
  std::vector<Attributed> attributed;
  for (const Quotation& q : quotations) {
    if (!IsSpeech(u, q)) continue;
    std::string who;
    std::size_t first = q.open;
    std::size_t last = q.close;
    // 「…」杨帆在节目里说 / "…," she said / "…," said Chen.
    std::size_t after = q.close + 1;
    while (after < u.size() && (u[after] == U' ' || u[after] == U'，' || u[after] == U',')) ++after;
    std::size_t name_end = 0;
    if (std::string person = after < u.size() ? PersonAt(u, after, &name_end) : std::string();
        !person.empty() && VerbFollows(u, name_end, 8)) {
      who = person;
      last = name_end;
    } else if (std::size_t verb = after < u.size() ? VerbAt(u, after) : 0; verb > 0) {
      std::size_t at = after + verb;
      while (at < u.size() && u[at] == U' ') ++at;
      if (at < u.size() && IsAsciiUpper(u[at])) who = PersonAt(u, at, &name_end);
      if (!who.empty()) last = name_end;
    }
    // 张小北直接问：“…” / 杨帆直言，…，「…」 / As Chen put it: "…": the
    // nearest subject and verb before it in the same sentence.
    if (who.empty()) {
      for (std::size_t at = SentenceStart(ends, q.open); at < q.open; ++at) {
        std::size_t end = 0;
        std::string person = PersonAt(u, at, &end);
        if (person.empty()) continue;
        std::size_t from = end;
        while (from < u.size() && u[from] == U' ') ++from;
        // "林远的评价是", "Chen's answer was": the person's words.
        if (StartsWithAt(u, from, U"的")) from += 1;
        if (StartsWithAt(u, from, U"'s")) from += 2;
        if (VerbFollows(u, from, 8) || ColonFollows(u, from, 8, q.open)) {
          who = person;
          first = at;
        }
        at = end - 1;
      }
    }
    if (!who.empty()) attributed.push_back({who, first, last, q.close - q.open});
  }
  Quoted quoted;
  if (!attributed.empty()) {
    // The person of the longest quotation, over every sentence that quotes them.
    const Attributed& main = *std::max_element(
        attributed.begin(), attributed.end(),
        [](const Attributed& a, const Attributed& b) { return a.length < b.length; });
    quoted.person = main.person;
    std::size_t first = u.size();
    std::size_t last = 0;
    for (const Attributed& a : attributed) {
      if (a.person != quoted.person) continue;
      first = std::min(first, SentenceStart(ends, a.first));
      last = std::max(last, SentenceEnd(ends, a.last));
    }
    quoted.begin = ByteOffset(u, first);
    quoted.end = last >= u.size() ? 0 : ByteOffset(u, last);
  } else if (!quotations.empty()) {
    // A paragraph that is only a quotation continues the person the text
    // was about: "「以前大家默认…」" after a paragraph on 杨帆, a block quote
    // under "Elena's short answer is …".
    std::size_t first = 0;
    while (first < u.size() &&
           (IsSpaceChar(u[first]) || u[first] == U'-' || u[first] == U'*' || u[first] == U'>')) {
      ++first;
    }
    std::size_t last = u.size();
    while (last > 0 && (IsSpaceChar(u[last - 1]) || IsClauseMark(u[last - 1]))) --last;
    const Quotation& q = quotations.front();
    const bool whole = q.open == first && q.close + 1 >= last;
    if ((whole || (block_quote && q.open == first)) && IsSpeech(u, q)) quoted.person = last_person_;
  } else if (block_quote) {
    // A block quote without quotation marks under a paragraph about someone
    // ("For the first question she leans on …" then "> When you divide by
    // dollars, …") is that person's, line after line; a labelled one
    // ("> 编者按：…", "> Note: …") is the writer's.
    if (!block_person_.empty()) {
      quoted.person = block_person_;
    } else if (named_above_ && !OpensWithLabel(u)) {
      quoted.person = last_person_;
    }
  }
  block_person_ = block_quote ? quoted.person : std::string();
  named_above_ = NamesSomeone(u);
  last_person_ = LastPersonIn(u, u.size());
  return quoted;
}

}  // namespace claimkb::internal
