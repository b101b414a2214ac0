// Whose words a recap written as prose quotes (issue 8, item 4).
//
// A WeChat article, a Zhihu answer or a newsletter about an episode has no
// speaker labels: the writer tells the episode in their own words and now
// and then quotes a guest ("「…」杨帆在节目里说", "林远吐槽…：“…”",
// "\"…,\" she said"). A paragraph that quotes a person's own words carries
// that person's view, so it is theirs (reported); a paraphrase ("杨帆认为…",
// "Chen argued that …") stays the writer's, as the gold files have it.
#ifndef CLAIMKB_CORE_PROSE_QUOTES_H_
#define CLAIMKB_CORE_PROSE_QUOTES_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimkb::internal {

class ProseQuoteReader {
 public:
  // `texts`: every paragraph and heading of the document, in order. The
  // people are the names the document makes the subject of a speech or
  // opinion verb ("杨帆认为", "张小北直接问", "Chen argued").
  explicit ProseQuoteReader(const std::vector<std::string>& texts);

  // Whether the document names anyone as a speaker.
  bool HasPeople() const { return !surfaces_.empty(); }

  // Whose words a paragraph quotes: the person, and the bytes of the
  // paragraph that are theirs, from the start of the first sentence that
  // quotes or introduces them to the end of the last (end 0: to the end).
  // The writer's lead-in ("这是整场访谈中最具冲击力的论断。") stays outside.
  struct Quoted {
    std::string person;  // "" when the paragraph quotes no one's speech.
    std::size_t begin = 0;
    std::size_t end = 0;
  };

  // Reads the next paragraph in document order. `block_quote`: the paragraph
  // is a Markdown block quote ("> …").
  Quoted Read(std::string_view text, bool block_quote);

  // A heading or another line that is not read for quotes but may name
  // someone a later pronoun ("他说", "she said") refers to.
  void Mention(std::string_view text);

 private:
  std::string PersonAt(const std::u32string& text, std::size_t at, std::size_t* end) const;
  std::string LastPersonIn(const std::u32string& text, std::size_t end) const;
  bool NamesSomeone(const std::u32string& text) const;

  // Each way the document writes a person ("Chen", "Maya Chen", "杨帆") and
  // the person it stands for, longest first.
  std::vector<std::pair<std::u32string, std::string>> surfaces_;
  std::string last_person_;  // The last person the text read so far named.
  bool named_above_ = false;  // The paragraph read last named someone (or 他, she).
  std::string block_person_;  // Whose words the block quote being read is.
};

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_PROSE_QUOTES_H_
