// The text of one WebVTT or SRT cue line, made plain: markup removed, the
// speaker taken out of a voice tag or a label prefix. Both formats carry the
// same HTML-ish markup in practice (SRT players accept <i>, <b>, <font>;
// converters copy WebVTT's <v>, <c> and <00:00:01.000> into SRT), so one
// cleaner serves both readers.
#ifndef CLAIMKB_CORE_SRC_CUE_TEXT_H_
#define CLAIMKB_CORE_SRC_CUE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace claimkb::internal {

// A cue line without markup.
struct CleanLine {
  std::string voice;  // Name from the first <v Name> or <v.class Name> tag; empty when none.
  std::string text;   // Tags removed, entities decoded, white space collapsed, trimmed.
};

// Removes tags (<v ...>, <c.x>, <i>, <b>, <u>, <font ...>, <lang ..>, <ruby>,
// inline timestamps <00:00:01.000>, and their closing forms; the content of
// <rt> annotations goes too), SSA override blocks ("{\an8}"), and decodes the
// character references WebVTT defines (&amp; &lt; &gt; &quot; &apos; &nbsp;
// &lrm; &rlm; &#NN; &#xNN;). A "<" that does not open a tag on this line
// stays as written.
CleanLine CleanCueLine(std::string_view raw);

// What a cue line's own prefix says about its speaker.
struct SpeakerPrefix {
  enum Kind {
    kNone,      // No prefix: the text continues whoever spoke last.
    kExplicit,  // "[Name] text" or ">> Name: text": the name is a speaker.
    kLabel,     // "Name: text": a speaker only if the file uses such labels.
    kNonSpeech  // The whole line is a sound description: "[Music]", "(laughs)", "♪ ... ♪".
  };
  Kind kind = kNone;
  std::string name;      // The speaker's name as written; empty for kNone and kNonSpeech.
  std::size_t skip = 0;  // Bytes of `text` the prefix occupies, spaces after it included.
};

// Looks for a speaker prefix at the start of an already cleaned line.
SpeakerPrefix FindSpeakerPrefix(std::string_view text);

// True when `text` ends a sentence: its last character (past closing quotes
// and brackets) is . ? ! … or their full-width forms 。？！.
bool EndsSentence(std::string_view text);

// Appends `piece` to `*text`, with a space between them unless both sides of
// the join are Chinese or Japanese (ideographs, kana or full-width punctuation),
// which are written without spaces.
void AppendCueText(std::string* text, std::string_view piece);

// A bracketed word that describes sound, not a speaker: "Music",
// "Applause", "笑声" (any ASCII case).
bool IsSoundWord(std::string_view word);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_SRC_CUE_TEXT_H_
