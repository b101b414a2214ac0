// Front matter: the "---" block at the top of a Markdown file, in YAML or
// JSON, flattened into dotted key paths so that one table of keys
// (metadata_fields.h) can read every pipeline's layout:
//
//   title: "x"                  → title = x
//   participants:               → participants.name = 张小珺  (item 0)
//     - name: 张小珺             → participants.role = host   (item 0)
//       role: host
//   sources: [{"url": "..."}]   → sources.url = ...          (item 0)
//
// Only the YAML that front matter uses is understood: block maps and lists,
// flow lists of scalars, quoted and plain scalars. Block scalars ("|", ">")
// and anchors are skipped, never misread. TOML front matter between "+++"
// lines (Hugo, Zola) is flattened the same way: `[table]` nests keys and
// each `[[table]]` is a list item.
#ifndef CLAIMKB_CORE_SRC_FRONT_MATTER_H_
#define CLAIMKB_CORE_SRC_FRONT_MATTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/result.h"

namespace claimkb::internal {

struct FrontMatterField {
  std::string path;   // Keys from the top, joined by ".": "participants.name".
  std::string value;  // Scalar as a string, quotes removed.
  int item = -1;      // Index of the list item it belongs to; -1 outside lists.
  int line = 0;       // 1-based line in the file.
};

struct FrontMatter {
  bool found = false;                   // The file starts with a front matter block.
  int body_line = 0;                    // Index (0-based) of the first line after it.
  std::vector<FrontMatterField> fields;
};

// `value` trimmed and without one pair of surrounding quotes ('x' or "x"):
// a YAML scalar or a cover value as meant.
std::string Unquote(std::string_view value);

// Reads the block at the top of `lines` (each without its line ending).
// kParse when the block starts like JSON but is not a JSON object.
Result<FrontMatter> ReadFrontMatter(const std::vector<std::string_view>& lines);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_SRC_FRONT_MATTER_H_
