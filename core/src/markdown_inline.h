// Inline Markdown as digests use it: **bold**, ==mark== (Obsidian's
// highlight), `code`, *emphasis*, [text](url) links and [[page|alias]] wiki
// links. The digest parser keeps a paragraph as written and uses these
// helpers for the plain text that matching and display need.
#ifndef CLAIMKB_CORE_SRC_MARKDOWN_INLINE_H_
#define CLAIMKB_CORE_SRC_MARKDOWN_INLINE_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimkb::internal {

// `text` without inline marks: **, ==, `, emphasis *, link syntax (the link
// text stays, the URL goes) and backslash escapes. A lone "*" or "==" between
// spaces is arithmetic, not a mark, and stays.
std::string StripInline(std::string_view text);

// The plain text of each **bold** and ==mark== run, in order. A run nested in
// another ("==**x**==") yields one highlight, the outer one; an unclosed
// marker yields nothing.
std::vector<std::string> Highlights(std::string_view text);

}  // namespace claimkb::internal

#endif  // CLAIMKB_CORE_SRC_MARKDOWN_INLINE_H_
