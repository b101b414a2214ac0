// Where claimkb finds the data it ships: the lexicon, the SQLite migrations
// and the demo samples. An installed claimkb finds them under
// "<prefix>/share/claimkb/" next to "<prefix>/bin/claimkb", located from the
// running executable, so a prefix can be moved as a whole; a claimkb run
// from its build tree uses the source tree it was built from.
#ifndef CLAIMKB_CORE_RESOURCES_H_
#define CLAIMKB_CORE_RESOURCES_H_

#include <string>
#include <string_view>

namespace claimkb {

// The first of these that exists:
//   <directory of the running executable>/<bin-to-data>/<installed>
//       where <bin-to-data> is "../share/claimkb" for the usual layout
//       (CMake's GNUInstallDirs, fixed at configure time);
//   <source tree>/<in_source>.
// When neither exists, the installed path, so that errors name where an
// installed claimkb looks. Example: FindResource("lexicon", "data/lexicon").
std::string FindResource(std::string_view installed, std::string_view in_source);

// The shipped resources, by FindResource.
std::string LexiconResourceDirectory();     // "lexicon", "data/lexicon".
std::string MigrationsResourceDirectory();  // "migrations", "schema/sqlite".
std::string SamplesResourceDirectory();     // "samples", "data/samples".

}  // namespace claimkb

#endif  // CLAIMKB_CORE_RESOURCES_H_
