#include "date_bound.h"

#include <fmt/format.h>

#include <charconv>
#include <chrono>

namespace claimkb::cli {
namespace {

// Parses exactly `text` as a non-negative decimal of `digits` digits.
bool Digits(std::string_view text, std::size_t digits, int* value) {
  if (text.size() != digits) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

Result<std::string> DateBound(const std::string& text, bool upper, const char* flag) {
  if (text.empty()) return std::string();
  auto bad = [&] {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("{} \"{}\": expected a date YYYY, YYYY-MM or YYYY-MM-DD that "
                                 "exists in the calendar",
                                 flag, text));
  };
  const std::string_view view(text);
  int year = 0, month = 0, day = 0;
  if (view.size() < 4 || !Digits(view.substr(0, 4), 4, &year)) return bad();
  if (view.size() == 4) return fmt::format("{:04}-{}", year, upper ? "12-31" : "01-01");
  if (view.size() < 7 || view[4] != '-' || !Digits(view.substr(5, 2), 2, &month)) return bad();
  if (month < 1 || month > 12) return bad();
  const std::chrono::year_month_day_last last{std::chrono::year{year} /
                                              std::chrono::month{static_cast<unsigned>(month)} /
                                              std::chrono::last};
  if (view.size() == 7) {
    return fmt::format("{:04}-{:02}-{:02}", year, month,
                       upper ? static_cast<unsigned>(last.day()) : 1U);
  }
  if (view.size() != 10 || view[7] != '-' || !Digits(view.substr(8, 2), 2, &day)) return bad();
  if (day < 1 || static_cast<unsigned>(day) > static_cast<unsigned>(last.day())) return bad();
  return text;
}

Result<std::string> CalendarDate(const std::string& text, const char* flag) {
  if (text.empty()) return std::string();
  if (text.size() != 10) {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("{} \"{}\": expected a date YYYY-MM-DD", flag, text));
  }
  return DateBound(text, /*upper=*/false, flag);
}

Result<DateRange> DateRangeOf(const std::string& since, const std::string& until) {
  auto low = DateBound(since, /*upper=*/false, "--since");
  if (!low) return std::unexpected(low.error());
  auto high = DateBound(until, /*upper=*/true, "--until");
  if (!high) return std::unexpected(high.error());
  if (!low->empty() && !high->empty() && *low > *high) {
    return MakeError(
        ErrorCode::kInvalidArgument,
        fmt::format("--since {} is after --until {}: the range is empty", since, until),
        "swap the two dates");
  }
  return DateRange{*low, *high};
}

}  // namespace claimkb::cli
