// The lines of a text or Markdown resume (and of the text of a PDF or DOCX) made ready for
// reading: Markdown marks taken off with the heading level kept, underlined (setext) headings
// found, date ranges that wrapped joined, and a bullet's wrapped continuation lines joined to it.
#ifndef RUNGS_INGEST_RESUME_LINES_H_
#define RUNGS_INGEST_RESUME_LINES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rungs::ingest {

// One line after Markdown marks are taken off.
struct ResumeLine {
  std::string text;  // without heading marks, emphasis, link syntax; continuations joined
  int number = 0;    // 1-based line in the document (the first line of a joined bullet)
  int heading = 0;   // Markdown heading level (ATX "##" or an underline), 0 for none
  bool bullet = false;
};

// Every line of `text` (already checked to be UTF-8), blank ones included, in order.
std::vector<ResumeLine> resume_lines(std::string_view text);

// The first non-blank line after line `i`, or nullptr.
const ResumeLine* next_nonblank(const std::vector<ResumeLine>& lines, std::size_t i);

}  // namespace rungs::ingest

#endif  // RUNGS_INGEST_RESUME_LINES_H_
