#include "front_matter.h"

#include <nlohmann/json.hpp>
#include <unordered_map>

namespace claimkb::internal {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string Join(const std::string& parent, std::string_view key) {
  return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

void FlattenJson(const nlohmann::json& value, const std::string& path, int item, int line,
                 std::vector<FrontMatterField>* out) {
  if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it) {
      FlattenJson(it.value(), Join(path, it.key()), item, line, out);
    }
  } else if (value.is_array()) {
    int index = 0;
    for (const nlohmann::json& element : value) FlattenJson(element, path, index++, line, out);
  } else if (value.is_string()) {
    out->push_back({path, value.get<std::string>(), item, line});
  } else if (value.is_number() || value.is_boolean()) {
    out->push_back({path, value.dump(), item, line});
  }
}

// A YAML flow list of scalars: "[a, 'b c', d]".
void FlowList(std::string_view value, const std::string& path, int line,
              std::vector<FrontMatterField>* out) {
  value = value.substr(1, value.size() - 2);
  int index = 0;
  std::size_t start = 0;
  char quote = 0;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    if (i < value.size() && quote != 0) {
      if (value[i] == quote) quote = 0;
      continue;
    }
    if (i < value.size() && (value[i] == '"' || value[i] == '\'')) {
      quote = value[i];
      continue;
    }
    if (i == value.size() || value[i] == ',') {
      const std::string item = Unquote(value.substr(start, i - start));
      if (!item.empty()) out->push_back({path, item, index++, line});
      start = i + 1;
    }
  }
}

struct Open {
  std::size_t indent;
  std::string path;
  int item;
};

void FlattenYaml(const std::vector<std::string_view>& lines, std::size_t begin, std::size_t end,
                 std::vector<FrontMatterField>* out) {
  std::vector<Open> open;  // Keys whose values are nested below them.
  std::unordered_map<std::string, int> next_item;  // Next list index per list key.
  std::size_t block_indent = std::string::npos;  // Inside a "|" or ">" block scalar.
  for (std::size_t i = begin; i < end; ++i) {
    const std::string_view raw = lines[i];
    std::size_t indent = 0;
    while (indent < raw.size() && raw[indent] == ' ') ++indent;
    std::string_view text = Trim(raw.substr(indent));
    if (text.empty() || text.starts_with('#')) continue;
    if (block_indent != std::string::npos) {
      if (indent > block_indent) continue;
      block_indent = std::string::npos;
    }
    while (!open.empty() && open.back().indent >= indent) open.pop_back();
    std::string parent = open.empty() ? std::string() : open.back().path;
    int item = open.empty() ? -1 : open.back().item;
    const int line = static_cast<int>(i) + 1;
    if (text.starts_with("- ") || text == "-") {
      // A list item: its index counts within the key that holds the list.
      const int index = next_item[parent]++;
      item = index;
      text = Trim(text.substr(1));
      indent += 2;
      open.push_back({indent - 1, parent, item});
      if (text.empty()) continue;
      const std::size_t colon = text.find(": ");
      const bool key_value = colon != std::string_view::npos || text.ends_with(':');
      if (!key_value || text.starts_with('"') || text.starts_with('\'')) {
        out->push_back({parent, Unquote(text), item, line});
        continue;
      }
    }
    std::size_t colon = text.find(": ");
    if (colon == std::string_view::npos && text.ends_with(':')) colon = text.size() - 1;
    if (colon == std::string_view::npos) continue;
    const std::string path = Join(parent, Unquote(text.substr(0, colon)));
    const std::string_view value = Trim(text.substr(colon + 1));
    if (value.empty()) {
      open.push_back({indent, path, item});
    } else if (value == "|" || value == ">" || value.starts_with("|-") || value.starts_with(">-")) {
      block_indent = indent;
    } else if (value.starts_with('[') && value.ends_with(']')) {
      FlowList(value, path, line, out);
    } else {
      out->push_back({path, Unquote(value), item, line});
    }
  }
}

// TOML, as Hugo and Zola write front matter between "+++" lines:
// `key = value` pairs, `[table]` headers (keys below them are nested) and
// `[[table]]` headers (each one a new list item). Values are strings,
// arrays of scalars on one line, and bare dates, numbers and booleans.
// Inline tables and multi-line strings are skipped, never misread.
void FlattenToml(const std::vector<std::string_view>& lines, std::size_t begin, std::size_t end,
                 std::vector<FrontMatterField>* out) {
  constexpr std::string_view kBasic = "\"\"\"";
  constexpr std::string_view kLiteral = "'''";
  std::string table;
  int item = -1;
  std::unordered_map<std::string, int> next_item;  // Next item per [[table]].
  std::string_view open_string;                    // Delimiter of an open multi-line string.
  for (std::size_t i = begin; i < end; ++i) {
    const std::string_view text = Trim(lines[i]);
    const int line = static_cast<int>(i) + 1;
    if (!open_string.empty()) {
      if (text.find(open_string) != std::string_view::npos) open_string = {};
      continue;
    }
    if (text.empty() || text.starts_with('#')) continue;
    if (text.starts_with("[[") && text.ends_with("]]")) {
      table = Unquote(text.substr(2, text.size() - 4));
      item = next_item[table]++;
      continue;
    }
    if (text.starts_with('[') && text.ends_with(']')) {
      table = Unquote(text.substr(1, text.size() - 2));
      item = -1;
      continue;
    }
    const std::size_t eq = text.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string path = Join(table, Unquote(text.substr(0, eq)));
    const std::string_view value = Trim(text.substr(eq + 1));
    if (value.starts_with(kBasic) || value.starts_with(kLiteral)) {
      const std::string_view delimiter = value.substr(0, 3);
      if (value.size() < 6 || !value.substr(3).ends_with(delimiter)) open_string = delimiter;
      continue;
    }
    if (value.starts_with('{')) continue;  // An inline table.
    if (value.starts_with('[') && value.ends_with(']')) {
      FlowList(value, path, line, out);
    } else if (!value.empty() && !value.starts_with('[')) {
      out->push_back({path, Unquote(value), item, line});
    }
  }
}

}  // namespace

std::string Unquote(std::string_view value) {
  value = Trim(value);
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
      value.back() == value.front()) {
    value = value.substr(1, value.size() - 2);
  }
  return std::string(value);
}

Result<FrontMatter> ReadFrontMatter(const std::vector<std::string_view>& lines) {
  FrontMatter result;
  if (lines.empty()) return result;
  if (Trim(lines[0]) == "+++") {
    std::size_t close = 1;
    while (close < lines.size() && Trim(lines[close]) != "+++") ++close;
    if (close >= lines.size()) return result;
    result.found = true;
    result.body_line = static_cast<int>(close) + 1;
    FlattenToml(lines, 1, close, &result.fields);
    return result;
  }
  if (Trim(lines[0]) != "---") return result;
  std::size_t close = 1;
  while (close < lines.size() && Trim(lines[close]) != "---" && Trim(lines[close]) != "...")
    ++close;
  if (close >= lines.size()) return result;  // A thematic break, not front matter.
  result.found = true;
  result.body_line = static_cast<int>(close) + 1;
  std::string body;
  for (std::size_t i = 1; i < close; ++i) {
    body += lines[i];
    body += '\n';
  }
  if (Trim(body).starts_with('{')) {
    nlohmann::json json = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded() || !json.is_object()) {
      return MakeError(ErrorCode::kParse, "front matter starts like JSON but is not a JSON object",
                       "fix the JSON between the two \"---\" lines");
    }
    FlattenJson(json, "", -1, 2, &result.fields);
    return result;
  }
  FlattenYaml(lines, 1, close, &result.fields);
  return result;
}

}  // namespace claimkb::internal
