// Recognising section headings in text resumes: Markdown headings, upper-case lines and the
// names resumes give their sections ("Work History", "Technical Skills", "Career Objective").
#ifndef RUNGS_INGEST_SECTION_HEADINGS_H_
#define RUNGS_INGEST_SECTION_HEADINGS_H_

#include <optional>
#include <string>
#include <string_view>

#include "rungs/profile.h"

namespace rungs::ingest {

// A line seen as a heading: the section it opens and its text without marks.
struct Heading {
  Section section = Section::kOther;
  std::string text;
  bool known = false;  // the text names a known section (not just looks like a heading)
  bool exact = false;  // the text is a section's name itself ("Projects"), not a phrase with one
                       // ("Key projects at Ledgerline:")
  // The employer an experience heading names after a dash: "CAREER PROGRESSION - COGNIZANT
  // TECHNOLOGY SOLUTIONS, CHENNAI" (the positions under it are all there).
  std::string employer;
};

// The heading `line` is, if any. `markdown_level` is the count of leading '#' (0 for none),
// already removed from `line`. Known section names count whether upper-case, title-case,
// bold or followed by ':'; an unknown upper-case line counts only when `in_entries` is false
// (inside experience an upper-case line is more likely a company name). A `sub_heading` (a
// Markdown heading below the one that opened the entry section: "### Acme Technologies") is a
// heading only when its whole text is a known section name, not when one word is ("Technologies").
std::optional<Heading> heading_of(std::string_view line, int markdown_level, bool in_entries,
                                  bool sub_heading = false);

// The section a heading text names, by its words; nullopt when it names none.
std::optional<Section> section_for_name(std::string_view text);

}  // namespace rungs::ingest

#endif  // RUNGS_INGEST_SECTION_HEADINGS_H_
