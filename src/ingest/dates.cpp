#include "ingest/dates.h"

#include <array>
#include <cctype>
#include <string>

#include "common/text.h"

namespace rungs::ingest {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// The month a word names (1..12), accepting three-letter and full names, or 0.
int month_from_word(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  std::string lower;
  for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "sept") return 9;
  for (int m = 0; m < 12; ++m) {
    if (lower == kFull[m] || (lower.size() == 3 && kFull[m].substr(0, 3) == lower)) return m + 1;
  }
  return 0;
}

bool plausible_year(int year) { return year >= 1950 && year <= 2100; }

// A date starting at `i` in `s`; on success sets `end` one past it.
std::optional<YearMonth> date_at(std::string_view s, std::size_t i, std::size_t& end) {
  auto digits = [&](std::size_t from) {
    std::size_t k = from;
    while (k < s.size() && is_digit(s[k])) ++k;
    return k - from;
  };
  auto number = [&](std::size_t from, std::size_t n) {
    return std::stoi(std::string(s.substr(from, n)));
  };
  if (i > 0 && (is_digit(s[i - 1]) || is_alpha(s[i - 1]))) return std::nullopt;
  if (is_alpha(s[i])) {
    std::size_t k = i;
    while (k < s.size() && is_alpha(s[k])) ++k;
    int month = month_from_word(s.substr(i, k - i));
    if (month == 0) return std::nullopt;
    if (k < s.size() && s[k] == '.') ++k;
    bool apostrophe = false;
    if (k < s.size() && (s[k] == ' ' || s[k] == '-' || s[k] == ',' || s[k] == '/')) ++k;
    while (k < s.size() && s[k] == ' ') ++k;
    if (k < s.size() && s[k] == '\'') {
      apostrophe = true;
      ++k;
    } else if (s.substr(k).starts_with("\xE2\x80\x99")) {  // ’
      apostrophe = true;
      k += 3;
    }
    std::size_t n = digits(k);
    if (n == 4 && !apostrophe && plausible_year(number(k, 4))) {
      end = k + 4;
      return YearMonth{number(k, 4), month};
    }
    if (n == 2 && (apostrophe || s[k - 1] == '-')) {
      end = k + 2;
      return YearMonth{2000 + number(k, 2) - (number(k, 2) > 70 ? 100 : 0), month};
    }
    return std::nullopt;
  }
  std::size_t n = digits(i);
  if (n == 4) {
    int year = number(i, 4);
    if (!plausible_year(year)) return std::nullopt;
    std::size_t k = i + 4;
    // YYYY-MM or YYYY-MM-DD or YYYY/MM
    if (k < s.size() && (s[k] == '-' || s[k] == '/') && digits(k + 1) == 2) {
      int month = number(k + 1, 2);
      if (month >= 1 && month <= 12) {
        std::size_t e = k + 3;
        if (e < s.size() && s[e] == s[k] && digits(e + 1) == 2) e += 3;
        end = e;
        return YearMonth{year, month};
      }
    }
    if (k < s.size() && is_digit(s[k])) return std::nullopt;
    end = k;
    return YearMonth{year, 0};
  }
  if ((n == 1 || n == 2) && i + n < s.size() && (s[i + n] == '/' || s[i + n] == '-' || s[i + n] == '.')) {
    int month = number(i, n);
    std::size_t k = i + n + 1;
    if (month >= 1 && month <= 12 && digits(k) == 4 && plausible_year(number(k, 4))) {
      end = k + 4;
      return YearMonth{number(k, 4), month};
    }
  }
  return std::nullopt;
}

// The length of a range separator at `i` (dash, en/em dash, "to", "till", "until"), or 0.
std::size_t separator_at(std::string_view s, std::size_t i) {
  std::size_t k = i;
  while (k < s.size() && s[k] == ' ') ++k;
  std::size_t sep = 0;
  for (std::string_view word : {"\xE2\x80\x93", "\xE2\x80\x94", "-", "~", "to ", "To ", "till ", "until ", "through "}) {
    if (s.substr(k).starts_with(word)) {
      sep = word.size();
      break;
    }
  }
  if (sep == 0) return 0;
  k += sep;
  while (k < s.size() && (s[k] == ' ' || s[k] == '-')) ++k;
  return k - i;
}

// The length of a present word at `i` ("Present", "till date", ...), or 0.
std::size_t present_at(std::string_view s, std::size_t i) {
  std::size_t k = i;
  while (k < s.size() && (is_alpha(s[k]) || s[k] == ' ') && k - i < 16) ++k;
  for (std::size_t len = k - i; len > 2; --len) {
    if (is_present_word(s.substr(i, len)) && (i + len == s.size() || !is_alpha(s[i + len]))) return len;
  }
  return 0;
}

}  // namespace

bool is_present_word(std::string_view text) {
  std::string key = normalize_key(text);
  for (std::string_view word : {"present", "current", "currently", "now", "till date", "to date",
                                "date", "ongoing", "today", "till now", "present day"}) {
    if (key == word) return true;
  }
  return false;
}

std::optional<YearMonth> parse_date(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '.' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  std::size_t end = 0;
  std::optional<YearMonth> date = date_at(text, 0, end);
  if (!date || end != text.size()) return std::nullopt;
  return date;
}

std::optional<FoundRange> find_date_range(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    std::size_t end = 0;
    std::optional<YearMonth> start = date_at(line, i, end);
    if (!start) continue;
    FoundRange found;
    found.begin = i;
    found.range.start = start;
    found.end = end;
    std::size_t begin = i;
    for (std::string_view since : {"since ", "Since ", "SINCE ", "from ", "From "}) {
      if (begin >= since.size() && line.substr(begin - since.size(), since.size()) == since) {
        found.begin = begin - since.size();
        found.range.present = since[0] == 's' || since[0] == 'S';
      }
    }
    if (std::size_t sep = separator_at(line, end)) {
      std::size_t k = end + sep;
      std::size_t stop = 0;
      if (std::optional<YearMonth> last = k < line.size() ? date_at(line, k, stop) : std::nullopt) {
        found.range.end = last;
        found.end = stop;
        found.range.present = false;
      } else if (std::size_t len = present_at(line, k)) {
        found.range.present = true;
        found.end = k + len;
      }
    }
    return found;
  }
  return std::nullopt;
}

std::string without_range(std::string_view line, const FoundRange& found) {
  std::string out = std::string(line.substr(0, found.begin)) + " " + std::string(line.substr(found.end));
  for (std::string_view empty : {"()", "( )", "[]", "[ ]"}) {
    for (std::size_t at; (at = out.find(empty)) != std::string::npos;) out.erase(at, empty.size());
  }
  auto separator = [](char c) { return c == ' ' || c == ',' || c == '|' || c == '-' || c == '(' || c == '\t'; };
  while (!out.empty() && separator(out.back())) out.pop_back();
  std::size_t start = 0;
  while (start < out.size() && separator(out[start]) && out[start] != '(') ++start;
  out.erase(0, start);
  // a bracket left open by a range that ended it: "Infosys (2019" -> "Infosys"
  if (std::size_t open = out.rfind('('); open != std::string::npos && out.find(')', open) == std::string::npos) {
    out.erase(open);
    while (!out.empty() && separator(out.back())) out.pop_back();
  }
  return out;
}

std::optional<DateRange> parse_date_range(std::string_view text) {
  std::optional<FoundRange> found = find_date_range(text);
  if (!found) return std::nullopt;
  return found->range;
}

}  // namespace rungs::ingest
