#include "report/cited_lines.h"

#include "report/text_table.h"

namespace rungs {

std::string line_ref(int line) { return line > 0 ? "L" + std::to_string(line) : ""; }

std::string cited_text(const std::string& text) {
  if (text.size() <= kCitedLineMax) return text;
  std::size_t cut = kCitedLineMax;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  if (std::size_t space = text.rfind(' ', cut); space != std::string::npos && space > kCitedLineMax * 4 / 5) cut = space;
  return text.substr(0, cut) + "\u2026";
}

std::string cited_lines_table(const std::vector<TextLine>& lines, std::size_t width,
                              const std::string& indent) {
  if (lines.empty()) return "";
  TextTable table({"Line", "Text"});
  for (const TextLine& l : lines) table.add_row({line_ref(l.line), cited_text(l.text)});
  std::string out;
  std::string rendered = table.render(width > indent.size() + 20 ? width - indent.size() : 20);
  // Drop the header and its rule: the context says what the columns are.
  std::size_t start = rendered.find('\n', rendered.find('\n') + 1);
  for (std::size_t i = start + 1; i < rendered.size();) {
    std::size_t end = rendered.find('\n', i);
    if (end == std::string::npos) end = rendered.size();
    out += indent + rendered.substr(i, end - i) + "\n";
    i = end + 1;
  }
  return out;
}

}  // namespace rungs
