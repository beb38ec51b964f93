// Builders for the documents the tests and benchmarks make themselves: zips (LinkedIn
// exports, DOCX files) and small PDFs with text placed where a one- or two-column resume
// would put it.
#ifndef RUNGS_TESTS_SUPPORT_DOCUMENTS_H_
#define RUNGS_TESTS_SUPPORT_DOCUMENTS_H_

#include <string>
#include <utility>
#include <vector>

namespace rungs::testing {

// A zip holding `members` (name, content) in order, deflated.
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& members);

// A minimal DOCX whose word/document.xml body is `body_xml` (WordprocessingML, w: prefix).
std::string make_docx(const std::string& body_xml);

// WordprocessingML helpers for make_docx: a paragraph, a heading, a list item, a table.
std::string docx_paragraph(const std::string& text);
std::string docx_heading(const std::string& text, int level);
std::string docx_list_item(const std::string& text);
std::string docx_table(const std::vector<std::vector<std::string>>& rows);

// A piece of text placed on a PDF page: x, y from the top-left, in points.
struct PdfText {
  double x = 0;
  double y = 0;
  double size = 10;
  std::string text;  // ASCII
};

// A PDF (US Letter, Helvetica) with one page per element of `pages`.
std::string make_pdf(const std::vector<std::vector<PdfText>>& pages);

// A page of `left` lines in a column at x=50 and `right` lines in a column at x=320.
std::vector<PdfText> two_column_page(const std::vector<std::string>& left,
                                     const std::vector<std::string>& right);

// A page of lines in one column at x=50.
std::vector<PdfText> one_column_page(const std::vector<std::string>& lines);

}  // namespace rungs::testing

#endif  // RUNGS_TESTS_SUPPORT_DOCUMENTS_H_
