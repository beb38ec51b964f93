// The frame every HTML page of rungs shares: one self-contained document (no network, no
// external files) with the house style, and cited lines as the pages show them.
#ifndef RUNGS_REPORT_HTML_PAGE_H_
#define RUNGS_REPORT_HTML_PAGE_H_

#include <string>
#include <vector>

#include "rungs/profile.h"

namespace rungs {

// <!DOCTYPE html> ... <main>body</main>, with `title` (escaped here) and the style inline.
std::string html_page(const std::string& title, const std::string& body);

// The lines as a list: "L12 text" each, or "" for none.
std::string cited_lines_html(const std::vector<TextLine>& lines);

}  // namespace rungs

#endif  // RUNGS_REPORT_HTML_PAGE_H_
