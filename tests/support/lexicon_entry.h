// Lexicon entries built field by field for tests, so that fixtures keep
// compiling as LexiconEntry grows.
#ifndef CLAIMKB_TESTS_SUPPORT_LEXICON_ENTRY_H_
#define CLAIMKB_TESTS_SUPPORT_LEXICON_ENTRY_H_

#include <string>
#include <vector>

#include "claimkb/core/lexicon.h"

namespace claimkb::testing {

inline LexiconEntry Entry(std::string id, EntityKind kind, std::string name,
                          std::string parent = {}, std::vector<std::string> aliases = {},
                          std::vector<std::string> topics = {},
                          std::vector<std::string> cues = {}) {
  LexiconEntry entry;
  entry.id = std::move(id);
  entry.kind = kind;
  entry.name = std::move(name);
  entry.parent_id = std::move(parent);
  entry.aliases = std::move(aliases);
  entry.topics = std::move(topics);
  entry.cues = std::move(cues);
  return entry;
}

}  // namespace claimkb::testing

#endif  // CLAIMKB_TESTS_SUPPORT_LEXICON_ENTRY_H_
