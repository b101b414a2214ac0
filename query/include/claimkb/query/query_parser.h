// The search grammar: query text → a printable tree (QueryNode) → Xapian
// query (built inside Searcher). Each stage is testable on its own: Parse()
// and ToString() here, Searcher::Explain() for the Xapian form.
//
// Grammar (fields come from the table in claimkb/indexer/index_fields.h):
//
//   query    := or
//   or       := and ("OR" and)*
//   and      := unary (["AND"] unary)*        adjacent items are AND-ed
//   unary    := ("NOT" | "-") unary | primary   "-" only directly before a field or "("
//   primary  := "(" query ")" | field ":" value | "\"phrase\"" | word+
//   value    := word | "\"quoted words\""
//
// Operators are upper-case only: "and", "or" and "not" are ordinary words,
// because they occur in English claims ("not better") and users searching
// text mean them literally; Xapian's own parser makes the same choice.
// Free words are kept together as one text node and handed to Xapian's
// QueryParser (phrases, wildcards like gem*, +/- love/hate, Chinese).
#ifndef CLAIMKB_QUERY_QUERY_PARSER_H_
#define CLAIMKB_QUERY_QUERY_PARSER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimkb/core/entity_linker.h"
#include "claimkb/core/result.h"

namespace claimkb {

struct QueryNode {
  enum class Kind {
    kAnd,       // All children.                      (and A B ...)
    kOr,        // Any child.                         (or A B ...)
    kNot,       // Not the one child.                 (not A)
    kText,      // Free words, `field` empty or a kText field.   (text "a b") (text section "a")
    kPhrase,    // Quoted words in order.             (phrase "a b")
    kField,     // Exact boolean term field:value.    (field model gemini-3)
    kWildcard,  // Boolean terms starting with value. (wildcard model gem)
    kDate,      // Inclusive YYYYMMDD range, "*" open. (date 20251101 20251231)
  };
  Kind kind = Kind::kText;
  std::string field;  // Field name for kText/kPhrase (may be empty), kField, kWildcard.
  std::string value;  // Text, term value, or the date range's low end.
  std::string high;   // kDate only: high end.
  std::vector<QueryNode> children;  // kAnd, kOr, kNot.
};

// Lisp-like printed form, stable for tests and `claimkb search --explain`.
std::string ToString(const QueryNode& node);

// Bounds on what Parse() accepts. A query is typed or generated from a
// question; anything longer or deeper is hostile or a mistake, and refusing it
// keeps the recursive parser, Xapian's query tree and its destructor off a
// stack overflow (4,000 nested parentheses used to crash).
inline constexpr std::size_t kMaxQueryBytes = 16 * 1024;
inline constexpr int kMaxQueryDepth = 64;  // Nested parentheses and NOTs.

class QueryParser {
 public:
  // `linker` resolves entity values (model:gemini3, benchmark:"SWE-bench")
  // and links entities in free text (searching "SWE-bench" also finds claims
  // tagged with that benchmark whose text spells it "SwitchBank"). May be
  // null: entity values are then taken as ids and free text is not linked.
  explicit QueryParser(std::shared_ptr<const EntityLinker> linker);

  // kInvalidArgument for malformed input, with the 1-based column (in
  // characters) and the offending token in the message: unbalanced quotes or
  // parentheses, unknown field, missing value, bad date, unknown stance,
  // modality or yes/no value, unknown model or benchmark name, an entity of
  // the wrong kind, an operator without operands, an empty query, a query
  // longer than kMaxQueryBytes or nested deeper than kMaxQueryDepth.
  Result<QueryNode> Parse(std::string_view text) const;

 private:
  std::shared_ptr<const EntityLinker> linker_;
};

}  // namespace claimkb

#endif  // CLAIMKB_QUERY_QUERY_PARSER_H_
