// Reading the dates resumes are written with: "2020-03", "Mar 2020", "March 2020", "03/2020",
// "Mar'20", "2020", and ranges between them ("Jan 2019 - Present", "2018 – 2020",
// "06/2018 to 12/2020", "Since Aug 2021").
#ifndef RUNGS_INGEST_DATES_H_
#define RUNGS_INGEST_DATES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "rungs/profile.h"

namespace rungs::ingest {

// A single date that is the whole of `text` (surrounding spaces and dots allowed): the JSON
// Resume forms YYYY, YYYY-MM, YYYY-MM-DD, and the written ones above. nullopt otherwise.
std::optional<YearMonth> parse_date(std::string_view text);

// True when `text` says "still going": Present, Current, Now, Till date, Ongoing, ...
bool is_present_word(std::string_view text);

// A date range found inside a longer line, with where it sits in the line.
struct FoundRange {
  DateRange range;
  std::size_t begin = 0;
  std::size_t end = 0;  // one past the last byte of the range
};

// The first date range in `line`: two dates joined by a dash or "to", a date followed by a
// present word, "since DATE", or a lone date (start only). nullopt when there is no date.
std::optional<FoundRange> find_date_range(std::string_view line);

// `line` without the range `found`, empty brackets left by it, and separators left dangling
// at either end: "Anna University (2012 - 2016)" -> "Anna University".
std::string without_range(std::string_view line, const FoundRange& found);

// A whole-field range such as LinkedIn's or Resume-Matcher's "Jan 2021 - Present".
std::optional<DateRange> parse_date_range(std::string_view text);

}  // namespace rungs::ingest

#endif  // RUNGS_INGEST_DATES_H_
