// Cited resume lines, as every text report shows them.
#ifndef RUNGS_REPORT_CITED_LINES_H_
#define RUNGS_REPORT_CITED_LINES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "rungs/profile.h"

namespace rungs {

// "L12", or "" when the line is unknown.
std::string line_ref(int line);

// The most of a cited line any report shows, in bytes.
inline constexpr std::size_t kCitedLineMax = 300;

// The line's text as reports cite it: whole when short, else its first kCitedLineMax bytes (cut
// at a word where one is near, never inside a UTF-8 character) and "…". Every format cites
// through this, so a one-line 5 MB resume gives a report of kilobytes, not megabytes.
std::string cited_text(const std::string& text);

// The lines as a two-column table (line reference, text) without a header, each row prefixed
// with `indent`, wrapped to `width`. Empty for no lines.
std::string cited_lines_table(const std::vector<TextLine>& lines, std::size_t width,
                              const std::string& indent);

}  // namespace rungs

#endif  // RUNGS_REPORT_CITED_LINES_H_
