// A plain-text table whose columns wrap to fit a terminal width.
#ifndef RUNGS_REPORT_TEXT_TABLE_H_
#define RUNGS_REPORT_TEXT_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

namespace rungs {

// The number of terminal columns `text` takes (UTF-8 code points; all counted as one column).
std::size_t display_width(std::string_view text);

// Wraps `text` into lines of at most `width` columns at spaces; longer words are cut.
// A '\n' in the text starts a new line.
std::vector<std::string> wrap_text(std::string_view text, std::size_t width);

// A fraction as a whole percentage: 0.426 -> "43%".
std::string percent_text(double fraction);

// A section title underlined with '=', with a blank line before it.
std::string section_heading(const std::string& text);

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> headers);

  // Adds a row; missing cells are empty, extra cells are an error the caller avoids.
  void add_row(std::vector<std::string> cells);

  // The table with a header rule, columns two spaces apart, wrapped to at most `width` columns
  // (each column keeps at least a narrow minimum, so very small widths may overflow).
  std::string render(std::size_t width) const;

 private:
  std::vector<std::size_t> column_widths(std::size_t width) const;

  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace rungs

#endif  // RUNGS_REPORT_TEXT_TABLE_H_
