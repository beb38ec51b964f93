// The line that opens a position in a text resume, in its common Indian and international
// forms: "Senior Software Engineer - Infosys, Bengaluru (Jun 2019 - Present)",
// "Infosys Ltd | Systems Engineer | 2017 – 2019", "Backend Developer at Razorpay",
// "SDE-2 @ Swiggy  Jan'21 - Present".
#ifndef RUNGS_INGEST_ENTRY_HEADER_H_
#define RUNGS_INGEST_ENTRY_HEADER_H_

#include <optional>
#include <string>
#include <string_view>

#include "rungs/profile.h"

namespace rungs::ingest {

struct EntryHeader {
  std::string title;
  std::string company;
  std::string location;
  std::optional<DateRange> dates;
};

// Splits `line` into title, company, location and dates. The part holding a role word
// (engineer, developer, lead, SDE, intern, ...) is the title, whatever the order.
EntryHeader parse_entry_header(std::string_view line);

// True when `text` names a job title (holds a role word).
bool has_role_word(std::string_view text);

// True when `line` could open an entry: short, not a sentence, not a bullet.
bool looks_like_entry_line(std::string_view line);

}  // namespace rungs::ingest

#endif  // RUNGS_INGEST_ENTRY_HEADER_H_
