// The user's own lexicon: decisions about new names ("this is a model, call
// it so") and imported lists, kept as one file in the lexicon format inside
// the database directory. Lexicon::Load(dir, user_file) reads it on top of
// the bundled lexicon, so every decision survives re-extraction.
#ifndef CLAIMKB_CORE_USER_LEXICON_H_
#define CLAIMKB_CORE_USER_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/entity_linker.h"
#include "claimkb/core/lexicon.h"
#include "claimkb/core/result.h"

namespace claimkb {

// `<db_dir>/lexicon.tsv`.
std::string UserLexiconPath(const std::string& db_dir);

// The entry a name would get: the id the name grammar gives it
// ("Llama-3.1-8B-Instruct" → llama-3-1-8b-instruct, "Opus 4.7" →
// claude-opus-4-7), else a slug of the name; the nearest parent the lexicon
// knows (llama); `kind` when the grammar does not say. The name is kept as
// written.
LexiconEntry EntryForName(std::string_view name, EntityKind kind, const EntityLinker& linker);

// Appends `entry` to the user file `path` (creating it with a header), after
// checking that the combined lexicon still loads: a bad id, an unknown
// parent or a kind that contradicts the bundled entry of the same id is
// kInvalidArgument and leaves the file unchanged. An entry whose id the
// lexicon already has adds its name and aliases to it (see Lexicon::Load).
Status AppendToUserLexicon(const std::string& path, const LexiconEntry& entry,
                           const std::string& lexicon_dir);

struct ImportReport {
  int added = 0;                      // New entries written.
  int known = 0;                      // Names the lexicon already links to an entry of that kind.
  int skipped = 0;                    // Blank or comment lines.
  std::vector<std::string> problems;  // "file:line: why", for rows left out.
};

// Imports a user's list into the user file `path`. `list` is either in the
// lexicon format (rows of id, kind, name, ...) or one name a line, optionally
// followed by a tab and a kind ("Qwen3-Max<TAB>model"); `default_kind` is
// used when a name line gives none. Names the lexicon already knows are
// counted, not written twice.
Result<ImportReport> ImportIntoUserLexicon(const std::string& list, const std::string& path,
                                           const std::string& lexicon_dir, EntityKind default_kind);

}  // namespace claimkb

#endif  // CLAIMKB_CORE_USER_LEXICON_H_
