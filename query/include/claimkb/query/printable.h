// Text from a digest, made safe to show on a terminal. A digest is
// untrusted input: an ESC in a title or claim could recolour, retitle or
// rewrite the user's terminal, a carriage return could hide what precedes it.
#ifndef CLAIMKB_QUERY_PRINTABLE_H_
#define CLAIMKB_QUERY_PRINTABLE_H_

#include <string>
#include <string_view>

namespace claimkb {

// `text` with every control character shown instead of sent: C0 controls
// other than tab and newline, DEL, and C1 controls (U+0080–U+009F, which some
// terminals obey too) become visible escapes such as "\x1b" and "\u009b".
// Newlines become spaces where `one_line` is set. Everything else, including
// invalid UTF-8 bytes, is kept as it is.
std::string Printable(std::string_view text, bool one_line = false);

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_PRINTABLE_H_
