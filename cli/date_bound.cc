#include "date_bound.h"

#include <fmt/format.h>

#include <cctype>

namespace claimkb::cli {
namespace {

bool AllDigits(const std::string& text) {
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return !text.empty();
}

}  // namespace

Result<std::string> DateBound(const std::string& text, bool upper, const char* flag) {
  if (text.empty()) return std::string();
  auto bad = [&] {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("{} \"{}\": expected YYYY, YYYY-MM or YYYY-MM-DD", flag, text));
  };
  std::string year = text.substr(0, 4);
  if (text.size() < 4 || !AllDigits(year)) return bad();
  if (text.size() == 4) return year + (upper ? "-12-31" : "-01-01");
  if (text.size() < 7 || text[4] != '-' || !AllDigits(text.substr(5, 2))) return bad();
  int month = std::stoi(text.substr(5, 2));
  if (month < 1 || month > 12) return bad();
  if (text.size() == 7) return text + (upper ? "-31" : "-01");
  if (text.size() != 10 || text[7] != '-' || !AllDigits(text.substr(8, 2))) return bad();
  int day = std::stoi(text.substr(8, 2));
  if (day < 1 || day > 31) return bad();
  return text;
}

}  // namespace claimkb::cli
