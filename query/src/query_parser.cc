#include "claimkb/query/query_parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <optional>

#include "claimkb/core/claim.h"
#include "claimkb/indexer/index_fields.h"

namespace claimkb {
namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

enum class TokenKind { kWord, kPhrase, kField, kLeftParen, kRightParen, kAnd, kOr, kNot, kEnd };

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string text;      // Word, phrase content, or field value.
  std::string field;     // kField: field name (lower case).
  bool quoted = false;   // kField: the value was quoted.
  bool negated = false;  // kField / kLeftParen written with a leading "-".
  int column = 0;        // 1-based, in characters.
  int value_column = 0;  // kField: column of the value.
};

// Column (1-based, in code points) of byte offset `pos`.
int ColumnOf(std::string_view text, std::size_t pos) {
  int column = 1;
  for (std::size_t i = 0; i < pos && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

std::string KnownFields() {
  std::string names;
  for (const IndexField& field : IndexFields()) {
    if (!names.empty()) names += ", ";
    names += field.name;
  }
  return names;
}

// Quote pairs: ASCII and the Chinese curly quotes an IME produces.
constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kQuotes{{
    {"\"", "\""},
    {"\u201c", "\u201d"},
}};

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  Result<std::vector<Token>> Run() {
    std::vector<Token> tokens;
    while (true) {
      while (pos_ < text_.size() && IsSpace(text_[pos_])) ++pos_;
      if (pos_ >= text_.size()) break;
      const std::size_t start = pos_;
      const int column = Column(start);
      if (text_[pos_] == '(' || text_[pos_] == ')') {
        tokens.push_back({text_[pos_] == '(' ? TokenKind::kLeftParen : TokenKind::kRightParen,
                          std::string(1, text_[pos_]),
                          {},
                          false,
                          false,
                          column,
                          0});
        ++pos_;
        continue;
      }
      if (auto quote = QuoteAt(pos_)) {
        auto phrase = ReadQuoted(*quote);
        if (!phrase) return std::unexpected(phrase.error());
        tokens.push_back({TokenKind::kPhrase, *phrase, {}, false, false, column, 0});
        continue;
      }
      if (text_[pos_] == '-' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '(') {
        tokens.push_back({TokenKind::kLeftParen, "(", {}, false, true, column, 0});
        pos_ += 2;
        continue;
      }
      // A word runs to whitespace, a parenthesis or a quote.
      while (pos_ < text_.size() && !IsSpace(text_[pos_]) && text_[pos_] != '(' &&
             text_[pos_] != ')' && !QuoteAt(pos_)) {
        ++pos_;
      }
      std::string_view word = text_.substr(start, pos_ - start);
      if (word == "AND" || word == "OR" || word == "NOT") {
        tokens.push_back({word == "AND"  ? TokenKind::kAnd
                          : word == "OR" ? TokenKind::kOr
                                         : TokenKind::kNot,
                          std::string(word),
                          {},
                          false,
                          false,
                          column,
                          0});
        continue;
      }
      auto field = FieldToken(word, start, column);
      if (!field) return std::unexpected(field.error());
      if (field->kind == TokenKind::kField) {
        tokens.push_back(std::move(*field));
        continue;
      }
      tokens.push_back({TokenKind::kWord, std::string(word), {}, false, false, column, 0});
    }
    tokens.push_back({TokenKind::kEnd, "", {}, false, false, Column(text_.size()), 0});
    return tokens;
  }

 private:
  // ColumnOf, counted on from the last position asked for: positions only
  // grow while lexing, so a long query costs linear time, not quadratic.
  int Column(std::size_t pos) {
    if (pos < counted_pos_) return ColumnOf(text_, pos);
    for (; counted_pos_ < pos && counted_pos_ < text_.size(); ++counted_pos_) {
      if ((static_cast<unsigned char>(text_[counted_pos_]) & 0xC0) != 0x80) ++counted_column_;
    }
    return counted_column_;
  }

  std::optional<std::pair<std::string_view, std::string_view>> QuoteAt(std::size_t pos) const {
    for (const auto& quote : kQuotes) {
      if (text_.substr(pos).starts_with(quote.first)) return quote;
    }
    return std::nullopt;
  }

  // Reads a quoted run at pos_; returns its content.
  Result<std::string> ReadQuoted(std::pair<std::string_view, std::string_view> quote) {
    const std::size_t open = pos_;
    const std::size_t content = pos_ + quote.first.size();
    const std::size_t close = text_.find(quote.second, content);
    if (close == std::string_view::npos) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("unbalanced quote at column {}", Column(open)),
                       fmt::format("the {} there is never closed", quote.first));
    }
    pos_ = close + quote.second.size();
    return std::string(text_.substr(content, close - content));
  }

  // A word of the form name:value with an ASCII name is a field; an unknown
  // name is an error, except for URLs (name://...), which stay words.
  Result<Token> FieldToken(std::string_view word, std::size_t start, int column) {
    bool negated = false;
    std::string_view body = word;
    if (body.starts_with('-') && body.size() > 1) {
      negated = true;
      body.remove_prefix(1);
    }
    const std::size_t colon = body.find(':');
    Token plain{TokenKind::kWord, std::string(word), {}, false, false, column, 0};
    if (colon == std::string_view::npos || colon == 0) return plain;
    const std::string_view name = body.substr(0, colon);
    const bool ascii_name = std::all_of(name.begin(), name.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
    });
    if (!ascii_name) return plain;
    std::string_view value = body.substr(colon + 1);
    if (value.starts_with("//")) return plain;
    const std::string lower = Lower(name);
    if (FindIndexField(lower) == nullptr) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("unknown field '{}:' at column {}", name, column),
                       fmt::format("known fields: {}", KnownFields()));
    }
    Token token{TokenKind::kField, std::string(value), lower, false, negated, column, 0};
    const std::size_t value_start = start + (negated ? 1 : 0) + colon + 1;
    token.value_column = Column(value_start);
    if (value.empty()) {
      auto quote = QuoteAt(pos_);
      if (!quote) {
        return MakeError(ErrorCode::kInvalidArgument,
                         fmt::format("missing value after '{}:' at column {}", lower, column),
                         fmt::format("write {}:value or {}:\"two words\"", lower, lower));
      }
      auto quoted = ReadQuoted(*quote);
      if (!quoted) return std::unexpected(quoted.error());
      token.text = *quoted;
      token.quoted = true;
      token.value_column += 1;
    }
    return token;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t counted_pos_ = 0;  // Column(): bytes counted so far...
  int counted_column_ = 1;       // ...and the column they end at.
};

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysIn(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

// "2025", "2025-11" or "2025-11-21" → first (or last) day as YYYYMMDD.
std::optional<std::string> DateBound(std::string_view text, bool high) {
  int parts[3] = {0, 0, 0};
  int count = 0;
  std::size_t pos = 0;
  while (count < 3) {
    std::size_t dash = text.find('-', pos);
    std::string_view part = text.substr(pos, dash == std::string_view::npos ? dash : dash - pos);
    const std::size_t expected = count == 0 ? 4 : 2;
    if (part.size() != expected) return std::nullopt;
    auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), parts[count]);
    if (ec != std::errc() || ptr != part.data() + part.size()) return std::nullopt;
    ++count;
    if (dash == std::string_view::npos) break;
    pos = dash + 1;
    if (count == 3) return std::nullopt;  // Trailing text after the day.
  }
  int year = parts[0];
  int month = count >= 2 ? parts[1] : (high ? 12 : 1);
  if (month < 1 || month > 12 || year < 1000) return std::nullopt;
  int day = count == 3 ? parts[2] : (high ? DaysIn(year, month) : 1);
  if (day < 1 || day > DaysIn(year, month)) return std::nullopt;
  return fmt::format("{:04}{:02}{:02}", year, month, day);
}

class Parser {
 public:
  Parser(std::vector<Token> tokens, const EntityLinker* linker)
      : tokens_(std::move(tokens)), linker_(linker) {}

  Result<QueryNode> Run() {
    if (Peek().kind == TokenKind::kEnd) {
      return MakeError(ErrorCode::kInvalidArgument, "empty query",
                       "type words to search for, or a field such as model:gemini-3");
    }
    auto node = ParseOr();
    if (!node) return node;
    if (Peek().kind == TokenKind::kRightParen) {
      return MakeError(
          ErrorCode::kInvalidArgument,
          fmt::format("unbalanced parenthesis at column {}: ')' without '('", Peek().column));
    }
    if (Peek().kind != TokenKind::kEnd) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("unexpected '{}' at column {}", Peek().text, Peek().column));
    }
    return node;
  }

 private:
  const Token& Peek() const { return tokens_[index_]; }
  const Token& Next() { return tokens_[index_++]; }

  bool StartsOperand(TokenKind kind) const {
    return kind == TokenKind::kWord || kind == TokenKind::kPhrase || kind == TokenKind::kField ||
           kind == TokenKind::kLeftParen || kind == TokenKind::kNot;
  }

  static QueryNode Combine(QueryNode::Kind kind, std::vector<QueryNode> items) {
    if (items.size() == 1) return std::move(items.front());
    QueryNode node;
    node.kind = kind;
    for (QueryNode& item : items) {
      // (and a (and b c)) reads better as (and a b c).
      if (item.kind == kind) {
        for (QueryNode& child : item.children) node.children.push_back(std::move(child));
      } else {
        node.children.push_back(std::move(item));
      }
    }
    return node;
  }

  Result<QueryNode> NeedOperand(const Token& op) {
    if (!StartsOperand(Peek().kind)) {
      return MakeError(
          ErrorCode::kInvalidArgument,
          fmt::format("'{}' at column {} needs something after it", op.text, op.column));
    }
    return ParseUnary();
  }

  Result<QueryNode> ParseOr() {
    if (Peek().kind == TokenKind::kOr || Peek().kind == TokenKind::kAnd) {
      return MakeError(
          ErrorCode::kInvalidArgument,
          fmt::format("'{}' at column {} needs something before it", Peek().text, Peek().column));
    }
    std::vector<QueryNode> items;
    auto first = ParseAnd();
    if (!first) return first;
    items.push_back(std::move(*first));
    while (Peek().kind == TokenKind::kOr) {
      const Token& op = Next();
      if (!StartsOperand(Peek().kind)) {
        return MakeError(ErrorCode::kInvalidArgument,
                         fmt::format("'OR' at column {} needs something after it", op.column));
      }
      auto next = ParseAnd();
      if (!next) return next;
      items.push_back(std::move(*next));
    }
    return Combine(QueryNode::Kind::kOr, std::move(items));
  }

  Result<QueryNode> ParseAnd() {
    std::vector<QueryNode> items;
    auto first = ParseUnary();
    if (!first) return first;
    items.push_back(std::move(*first));
    while (true) {
      if (Peek().kind == TokenKind::kAnd) {
        const Token& op = Next();
        auto next = NeedOperand(op);
        if (!next) return next;
        items.push_back(std::move(*next));
      } else if (StartsOperand(Peek().kind)) {
        auto next = ParseUnary();
        if (!next) return next;
        items.push_back(std::move(*next));
      } else {
        break;
      }
    }
    return Combine(QueryNode::Kind::kAnd, std::move(items));
  }

  // Every level of nesting (a parenthesis or a NOT) passes through here
  // once, so this is where the depth is bounded.
  Result<QueryNode> ParseUnary() {
    if (depth_ >= kMaxQueryDepth) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("the query nests parentheses and NOTs more than {} deep at "
                                   "column {}",
                                   kMaxQueryDepth, Peek().column),
                       "write the condition flatter: a AND b AND c needs no parentheses");
    }
    ++depth_;
    auto node = ParseUnaryBody();
    --depth_;
    return node;
  }

  Result<QueryNode> ParseUnaryBody() {
    if (Peek().kind == TokenKind::kNot) {
      const Token& op = Next();
      auto operand = NeedOperand(op);
      if (!operand) return operand;
      return Negate(std::move(*operand));
    }
    return ParsePrimary();
  }

  static QueryNode Negate(QueryNode operand) {
    QueryNode node;
    node.kind = QueryNode::Kind::kNot;
    node.children.push_back(std::move(operand));
    return node;
  }

  Result<QueryNode> ParsePrimary() {
    const Token& token = Peek();
    switch (token.kind) {
      case TokenKind::kLeftParen: {
        const Token& open = Next();
        if (Peek().kind == TokenKind::kRightParen) {
          return MakeError(ErrorCode::kInvalidArgument,
                           fmt::format("empty parentheses at column {}", open.column));
        }
        if (Peek().kind == TokenKind::kEnd) {
          return MakeError(
              ErrorCode::kInvalidArgument,
              fmt::format("unbalanced parenthesis at column {}: '(' is never closed", open.column));
        }
        auto inner = ParseOr();
        if (!inner) return inner;
        if (Peek().kind != TokenKind::kRightParen) {
          return MakeError(
              ErrorCode::kInvalidArgument,
              fmt::format("unbalanced parenthesis at column {}: '(' is never closed", open.column));
        }
        Next();
        return open.negated ? Negate(std::move(*inner)) : std::move(*inner);
      }
      case TokenKind::kPhrase: {
        QueryNode node;
        node.kind = QueryNode::Kind::kPhrase;
        node.value = Next().text;
        return node;
      }
      case TokenKind::kField: {
        const Token& field = Next();
        auto node = FieldNode(field);
        if (!node) return node;
        return field.negated ? Negate(std::move(*node)) : std::move(*node);
      }
      case TokenKind::kWord: {
        std::string text;
        while (Peek().kind == TokenKind::kWord) {
          if (!text.empty()) text += ' ';
          text += Next().text;
        }
        return LinkText(text);
      }
      case TokenKind::kRightParen:
        return MakeError(
            ErrorCode::kInvalidArgument,
            fmt::format("unbalanced parenthesis at column {}: ')' without '('", token.column));
      case TokenKind::kEnd:
        return MakeError(ErrorCode::kInvalidArgument,
                         fmt::format("the query ends at column {} where a word, phrase or "
                                     "field was expected",
                                     token.column));
      default:
        return MakeError(ErrorCode::kInvalidArgument,
                         fmt::format("unexpected '{}' at column {}", token.text, token.column));
    }
  }

  // Whether the whitespace-delimited word around [begin, end) is written
  // with Xapian's own syntax (+required, -excluded, wildcard*): linking part
  // of it would cut the operator off its word and leave "+" or "*" alone,
  // which matches nothing. Such words go to Xapian whole.
  static bool CarriesXapianSyntax(std::string_view text, std::size_t begin, std::size_t end) {
    while (begin > 0 && !IsSpace(text[begin - 1])) --begin;
    while (end < text.size() && !IsSpace(text[end])) ++end;
    if (begin == end) return false;
    return text[begin] == '+' || text[begin] == '-' || text[end - 1] == '*';
  }

  // Free words; entities and topic cues named in them also match through
  // their boolean term, so "SWE-bench" finds a claim tagged swe-bench whose
  // text spells the name another way, and "思维链" finds "chain-of-thought".
  QueryNode LinkText(const std::string& text) const {
    QueryNode plain;
    plain.kind = QueryNode::Kind::kText;
    plain.value = text;
    if (linker_ == nullptr) return plain;
    std::vector<QueryNode> parts;
    std::size_t done = 0;
    auto add_text = [&parts](std::string_view piece) {
      std::size_t b = 0, e = piece.size();
      while (b < e && IsSpace(piece[b])) ++b;
      while (e > b && IsSpace(piece[e - 1])) --e;
      if (b == e) return;
      QueryNode node;
      node.kind = QueryNode::Kind::kText;
      node.value = std::string(piece.substr(b, e - b));
      parts.push_back(std::move(node));
    };
    bool linked = false;
    for (const LinkedMention& mention : linker_->Link(text)) {
      // A topic cue word also matches claims tagged with its topic, so 多模态
      // finds claims that say "multi-modality". Those rank below claims that
      // use the word itself: the topic term is a filter and adds no weight.
      if (mention.begin < done) continue;
      if (mention.end > text.size() || mention.begin > mention.end) continue;
      if (CarriesXapianSyntax(text, mention.begin, mention.end)) continue;
      add_text(std::string_view(text).substr(done, mention.begin - done));
      QueryNode surface;
      surface.kind = QueryNode::Kind::kText;
      surface.value = mention.surface;
      QueryNode entity;
      entity.kind = QueryNode::Kind::kField;
      entity.field = mention.kind == EntityKind::kTopic ? "topic" : "entity";
      entity.value = mention.entity_id;
      QueryNode either;
      either.kind = QueryNode::Kind::kOr;
      either.children.push_back(std::move(surface));
      either.children.push_back(std::move(entity));
      parts.push_back(std::move(either));
      done = mention.end;
      // A possessive belongs to the name before it ("Karpathy's", typed
      // with either apostrophe): left over, "'s" was a word that every
      // claim had to contain, and the search found nothing.
      for (std::string_view clitic : {std::string_view("'s"), std::string_view("\u2019s")}) {
        const std::size_t after = done + clitic.size();
        if (std::string_view(text).substr(done, clitic.size()) == clitic &&
            (after == text.size() || !std::isalnum(static_cast<unsigned char>(text[after])))) {
          done = after;
          break;
        }
      }
      linked = true;
    }
    if (!linked) return plain;
    add_text(std::string_view(text).substr(done));
    return Combine(QueryNode::Kind::kAnd, std::move(parts));
  }

  Result<QueryNode> FieldNode(const Token& token) const {
    const IndexField& field = *FindIndexField(token.field);
    const std::string& value = token.text;
    auto invalid = [&](std::string what, std::string hint = {}) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("{} at column {}", what, token.value_column), std::move(hint));
    };
    if (value.empty()) return invalid(fmt::format("empty value for '{}:'", field.name));
    QueryNode node;
    node.kind = QueryNode::Kind::kField;
    node.field = std::string(field.name);

    // Wildcards on boolean fields expand over the indexed terms: model:gem*.
    if (!token.quoted && value.size() > 1 && value.back() == '*' &&
        field.type != FieldType::kDate && field.type != FieldType::kText) {
      node.kind = QueryNode::Kind::kWildcard;
      node.value = Lower(std::string_view(value).substr(0, value.size() - 1));
      return node;
    }

    switch (field.type) {
      case FieldType::kText:
        node.kind = token.quoted ? QueryNode::Kind::kPhrase : QueryNode::Kind::kText;
        node.value = value;
        return node;
      case FieldType::kEntity:
        return ResolveEntity(token, field, std::move(node));
      case FieldType::kKeyword: {
        // Topics: an id, or a name/cue the linker resolves to a topic.
        node.value = Lower(value);
        if (linker_ != nullptr) {
          const Lexicon& lexicon = linker_->lexicon();
          const LexiconEntry* entry = lexicon.Find(node.value);
          if (entry == nullptr) {
            const std::string id = linker_->Resolve(value);
            entry = id.empty() ? nullptr : lexicon.Find(id);
          }
          if (entry != nullptr && entry->kind == EntityKind::kTopic) {
            node.value = entry->id;
          } else if (std::any_of(
                         lexicon.entries().begin(), lexicon.entries().end(),
                         [](const LexiconEntry& e) { return e.kind == EntityKind::kTopic; })) {
            return invalid(fmt::format("unknown topic '{}'", value),
                           "`claimkb entities --kind topic` lists the topics");
          }
        }
        return node;
      }
      case FieldType::kSpeaker:
        // Claims are indexed under the canonical speaker name; a spelling the
        // lexicon knows for a person (田博士, Karpathy) resolves to it.
        node.value = Lower(CanonicalSpeaker(value));
        return node;
      case FieldType::kEpisode:
      case FieldType::kClaimId:
        node.value = field.type == FieldType::kClaimId ? value : Lower(value);
        return node;
      case FieldType::kStance: {
        auto stance = StanceFromName(Lower(value));
        if (!stance) {
          return invalid(fmt::format("unknown stance '{}'", value),
                         "use one of neutral, positive, negative, mixed");
        }
        node.value = StanceName(*stance);
        return node;
      }
      case FieldType::kModality: {
        auto modality = ModalityFromName(Lower(value));
        if (!modality) {
          return invalid(fmt::format("unknown modality '{}'", value),
                         "use one of opinion, firsthand, reported, speculative");
        }
        node.value = ModalityName(*modality);
        return node;
      }
      case FieldType::kYesNo: {
        const std::string lower = Lower(value);
        if (lower == "yes" || lower == "true" || lower == "1") {
          node.value = "yes";
        } else if (lower == "no" || lower == "false" || lower == "0") {
          node.value = "no";
        } else {
          return invalid(fmt::format("'{}:' expects yes or no, not '{}'", field.name, value));
        }
        return node;
      }
      case FieldType::kDate:
        return DateNode(token);
    }
    return invalid("unsupported field");
  }

  std::string CanonicalSpeaker(const std::string& name) const {
    if (linker_ == nullptr) return name;
    const std::string id = linker_->Resolve(name);
    const LexiconEntry* entry = id.empty() ? nullptr : linker_->lexicon().Find(id);
    return entry != nullptr && entry->kind == EntityKind::kPerson ? entry->name : name;
  }

  Result<QueryNode> ResolveEntity(const Token& token, const IndexField& field,
                                  QueryNode node) const {
    const std::string& value = token.text;
    if (linker_ == nullptr) {
      node.value = Lower(value);
      return node;
    }
    const Lexicon& lexicon = linker_->lexicon();
    const LexiconEntry* entry = lexicon.Find(Lower(value));
    if (entry == nullptr) {
      const std::string id = linker_->Resolve(value);
      entry = id.empty() ? nullptr : lexicon.Find(id);
    }
    if (entry == nullptr) {
      // A new name the grammar recognises ("Llama-3.1-8B", or its id
      // llama-3-1-8b) is searched by the id its claims were tagged with.
      for (const LinkedMention& mention : linker_->Link(value)) {
        const bool kind_fits = field.name == "entity" || field.name == EntityKindName(mention.kind);
        if (mention.is_new && kind_fits && mention.begin == 0 && mention.end == value.size()) {
          node.value = mention.entity_id;
          return node;
        }
      }
      const std::vector<std::string> chain = lexicon.Ancestors(Lower(value));
      if (!chain.empty()) {
        const LexiconEntry* known = lexicon.Find(chain.back());
        if (field.name == "entity" || field.name == EntityKindName(known->kind)) {
          node.value = Lower(value);
          return node;
        }
      }
      return MakeError(
          ErrorCode::kInvalidArgument,
          fmt::format("unknown {} '{}' at column {}",
                      field.name == "entity" ? "entity" : field.name, value, token.value_column),
          fmt::format("`claimkb entities{}` lists the known names",
                      field.name == "entity" ? "" : fmt::format(" --kind {}", field.name)));
    }
    const bool kind_ok = field.name == "entity" ||
                         (field.name == "model" && entry->kind == EntityKind::kModel) ||
                         (field.name == "benchmark" && entry->kind == EntityKind::kBenchmark);
    if (!kind_ok) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("'{}' at column {} is a {}, not a {}", value, token.value_column,
                                   EntityKindName(entry->kind), field.name),
                       fmt::format("try {}:{}", EntityKindName(entry->kind), entry->id));
    }
    node.value = entry->id;
    return node;
  }

  Result<QueryNode> DateNode(const Token& token) const {
    const std::string& value = token.text;
    QueryNode node;
    node.kind = QueryNode::Kind::kDate;
    node.field = "date";
    auto bad = [&](std::string_view part) {
      return MakeError(ErrorCode::kInvalidArgument,
                       fmt::format("bad date '{}' at column {}", part, token.value_column),
                       "write YYYY, YYYY-MM or YYYY-MM-DD, or a range such as 2025-11..2025-12");
    };
    const std::size_t dots = value.find("..");
    if (dots == std::string::npos) {
      auto low = DateBound(value, false);
      auto high = DateBound(value, true);
      if (!low || !high) return bad(value);
      node.value = *low;
      node.high = *high;
      return node;
    }
    const std::string_view low_text = std::string_view(value).substr(0, dots);
    const std::string_view high_text = std::string_view(value).substr(dots + 2);
    if (low_text.empty() && high_text.empty()) return bad(value);
    // assign(1, '*') rather than = "*": GCC 12 reports a false -Wrestrict
    // on the latter in optimised builds.
    node.value.assign(1, '*');
    node.high.assign(1, '*');
    if (!low_text.empty()) {
      auto low = DateBound(low_text, false);
      if (!low) return bad(low_text);
      node.value = *low;
    }
    if (!high_text.empty()) {
      auto high = DateBound(high_text, true);
      if (!high) return bad(high_text);
      node.high = *high;
    }
    if (node.value != "*" && node.high != "*" && node.value > node.high) {
      return MakeError(
          ErrorCode::kInvalidArgument,
          fmt::format("date range '{}' at column {} runs backwards", value, token.value_column));
    }
    return node;
  }

  std::vector<Token> tokens_;
  std::size_t index_ = 0;
  int depth_ = 0;  // ParseUnary frames on the stack.
  const EntityLinker* linker_;
};

std::string Quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string ToString(const QueryNode& node) {
  using Kind = QueryNode::Kind;
  auto children = [&](std::string_view name) {
    std::string out = fmt::format("({}", name);
    // Two appends rather than `" " + ToString(child)`: GCC 12 reports a false
    // -Wrestrict on the temporary in optimised builds.
    for (const QueryNode& child : node.children) {
      out += ' ';
      out += ToString(child);
    }
    return out + ")";
  };
  auto with_field = [&](std::string_view name) {
    return node.field.empty() ? fmt::format("({} {})", name, Quote(node.value))
                              : fmt::format("({} {} {})", name, node.field, Quote(node.value));
  };
  switch (node.kind) {
    case Kind::kAnd:
      return children("and");
    case Kind::kOr:
      return children("or");
    case Kind::kNot:
      return children("not");
    case Kind::kText:
      return with_field("text");
    case Kind::kPhrase:
      return with_field("phrase");
    case Kind::kField:
      return fmt::format(
          "(field {} {})", node.field,
          node.value.find(' ') == std::string::npos ? node.value : Quote(node.value));
    case Kind::kWildcard:
      return fmt::format("(wildcard {} {})", node.field, node.value);
    case Kind::kDate:
      return fmt::format("(date {} {})", node.value, node.high);
  }
  return "(?)";
}

QueryParser::QueryParser(std::shared_ptr<const EntityLinker> linker) : linker_(std::move(linker)) {}

Result<QueryNode> QueryParser::Parse(std::string_view text) const {
  if (text.size() > kMaxQueryBytes) {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("the query is {} bytes long; at most {} are accepted", text.size(),
                                 kMaxQueryBytes));
  }
  auto tokens = Lexer(text).Run();
  if (!tokens) return std::unexpected(tokens.error());
  return Parser(std::move(*tokens), linker_.get()).Run();
}

}  // namespace claimkb
