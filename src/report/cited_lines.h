// Cited resume lines, as every text report shows them.
#ifndef RUNGS_REPORT_CITED_LINES_H_
#define RUNGS_REPORT_CITED_LINES_H_

#include <string>
#include <vector>

#include "rungs/profile.h"

namespace rungs {

// "L12", or "" when the line is unknown.
std::string line_ref(int line);

// The lines as a two-column table (line reference, text) without a header, each row prefixed
// with `indent`, wrapped to `width`. Empty for no lines.
std::string cited_lines_table(const std::vector<TextLine>& lines, std::size_t width,
                              const std::string& indent);

}  // namespace rungs

#endif  // RUNGS_REPORT_CITED_LINES_H_
