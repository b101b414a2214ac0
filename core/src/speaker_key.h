// A speech-to-text tool numbers the people it hears ("发言人1", "Speaker 2");
// an editor then writes once who each number is: "说明：发言人1 是主播王逸帆，
// 发言人2 是何嘉言", "Speaker 1 = Sarah Chen; Speaker 2 = Tom Okafor". This
// reads such a key off one line, so the parser can give the numbered turns
// to the people.
#ifndef CLAIMKB_CORE_SPEAKER_KEY_H_
#define CLAIMKB_CORE_SPEAKER_KEY_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimkb::internal {

struct SpeakerKeyPair {
  std::string label;  // As the turns write it: "发言人1", "Speaker 2".
  std::string name;   // "王逸帆", "Sarah Chen" (a role word before it dropped).
  bool colon = false;  // Joined by a colon, as a turn's label also is ("说话人1：…").
};

// Every "label is name" pair on `line`, left to right. A label is 发言人,
// 说话人, 讲者 or Speaker with a number; it is joined to the name by 是, 为,
// =, ＝, →, ->, "is", or a colon; a role word (主播, 主持人, 嘉宾, host, guest)
// between them is dropped. A name is two to four Chinese characters or one to
// three capitalised words; anything else ends the pair unread, and so does a
// word for no one ("未标注", "Unknown").
std::vector<SpeakerKeyPair> FindSpeakerKeyPairs(std::string_view line);

// The name `line` gives a turn label of any kind ("Tina 就是唐语桐", "阿澄 =
// 主持人林澄"), joined and read as in a key; nullopt when it gives none.
std::optional<std::string> FindNameForLabel(std::string_view line, std::string_view label);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_SPEAKER_KEY_H_
