// The cross-language and function-word tables `ask` reads questions with
// (data/crosslang, see its README): the project's own AI-term table (English
// ↔ Chinese, both directions), CC-CEDICT reversed and forward as the
// fallback, characters' pinyin (for names written in pinyin), and the
// English and Chinese function-word lists.
#ifndef CLAIMKB_QUERY_TERM_TABLES_H_
#define CLAIMKB_QUERY_TERM_TABLES_H_

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/mapped_file.h"
#include "claimkb/core/result.h"

namespace claimkb {

class TermTables {
 public:
  // Reads the tables from `directory` (files as written by
  // data/crosslang/regenerate.py). kNotFound naming the file when one is
  // missing; kParse naming file and line when one is malformed.
  static Result<std::shared_ptr<const TermTables>> Load(const std::string& directory);
  // $CLAIMKB_CROSSLANG when set, else the source tree's data/crosslang.
  static std::string DefaultDirectory();

  // `word` lower-cased (English) or as written (Chinese).
  bool IsFunctionWord(std::string_view word) const;
  // Multi-character Chinese function and question words, longest first, for
  // removal from runs of Chinese text.
  const std::vector<std::string>& ChineseFunctionPhrases() const { return zh_phrases_; }

  // The AI-term table, both directions. English keys are lower-case and may
  // be phrases ("world model"). Empty when the term is not in the table.
  const std::vector<std::string>& AiChinese(std::string_view english) const;
  const std::vector<std::string>& AiEnglish(std::string_view chinese) const;
  // Length in bytes of the longest Chinese AI term starting at `at`, 0 if none.
  std::size_t LongestAiChinese(std::string_view text, std::size_t at) const;
  // The longest number of words of an English AI-term key (for phrase lookup).
  int MaxEnglishWords() const { return max_en_words_; }

  // CC-CEDICT fallback: Chinese words whose exact sense is `english`, most
  // frequent first; English senses of a Chinese word in dictionary order.
  std::vector<std::string> CedictChinese(std::string_view english) const;
  std::vector<std::string> CedictEnglish(std::string_view chinese) const;

  // Toneless pinyin of one Chinese character (CC-CEDICT via han_pinyin.tsv):
  // its readings in dictionary order, or with `as_surname` its readings as
  // a surname when it has any (单 is "shan" as a surname, "dan" otherwise).
  // Empty for a character the table lacks.
  std::vector<std::string> Pinyin(std::string_view character, bool as_surname) const;
  // The reverse: the characters read `syllable` (toneless, lower-case), in
  // the table's order; with `as_surname` only those read so as a surname.
  // Empty for what is no syllable.
  const std::vector<std::string>& CharactersRead(std::string_view syllable, bool as_surname) const;
  // Whether `syllable` is the toneless pinyin of some character.
  bool IsPinyinSyllable(std::string_view syllable) const;

  // Light English lemmatising: plural, comparative and verb endings
  // ("cheaper" → "cheap", "models" → "model", "hallucinating" →
  // "hallucinate", "replaced" → "replace"), only when the result is a word
  // the tables know; a possessive loses its "'s" ("agent's" → "agent")
  // either way. Returns `word` itself otherwise.
  std::string Lemma(std::string_view word) const;

  // Whether either table translates `english` (lower case): a dictionary
  // word, not only a name.
  bool Knows(std::string_view english) const;

 private:
  TermTables() = default;
  static std::vector<std::string> Lookup(std::string_view file, std::string_view key);
  // The rest of `key`'s line after its tab in a sorted table; empty if none.
  static std::string_view ValueOf(std::string_view file, std::string_view key);

  std::set<std::string, std::less<>> function_words_;
  std::vector<std::string> zh_phrases_;
  std::map<std::string, std::vector<std::string>, std::less<>> ai_en_zh_;
  std::map<std::string, std::vector<std::string>, std::less<>> ai_zh_en_;
  std::size_t max_zh_bytes_ = 0;
  int max_en_words_ = 1;
  // The CC-CEDICT files are mapped, sorted by key, and binary-searched in
  // place: loading costs two system calls, not a read and a parse.
  internal::MappedFile cedict_en_zh_;
  internal::MappedFile cedict_zh_en_;
  internal::MappedFile han_pinyin_;
  // han_pinyin_ read backwards, built on first use: only a question that
  // holds a name in pinyin asks for it, and most never do.
  struct Readers {
    std::map<std::string, std::vector<std::string>, std::less<>> plain;
    std::map<std::string, std::vector<std::string>, std::less<>> surname;
  };
  const Readers& PinyinReaders() const;
  mutable std::once_flag readers_once_;
  mutable Readers readers_;
};

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_TERM_TABLES_H_
