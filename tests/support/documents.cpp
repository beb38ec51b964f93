#include "support/documents.h"

#include <zip.h>

#include <cstdio>
#include <stdexcept>

namespace rungs::testing {

std::string make_zip(const std::vector<std::pair<std::string, std::string>>& members) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) throw std::runtime_error("make_zip: cannot create");
  for (const auto& [name, content] : members) {
    zip_source_t* data = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (zip_file_add(archive, name.c_str(), data, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
      zip_source_free(data);
      throw std::runtime_error("make_zip: cannot add " + name);
    }
  }
  if (zip_close(archive) != 0) throw std::runtime_error("make_zip: cannot write");
  std::string out;
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  char chunk[4096];
  for (zip_int64_t n; (n = zip_source_read(buffer, chunk, sizeof chunk)) > 0;) out.append(chunk, static_cast<std::size_t>(n));
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return out;
}

namespace {

std::string xml_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else out += c;
  }
  return out;
}

std::string run(const std::string& text) {
  return "<w:r><w:t xml:space=\"preserve\">" + xml_escape(text) + "</w:t></w:r>";
}

}  // namespace

std::string docx_paragraph(const std::string& text) { return "<w:p>" + run(text) + "</w:p>"; }

std::string docx_heading(const std::string& text, int level) {
  return "<w:p><w:pPr><w:pStyle w:val=\"Heading" + std::to_string(level) + "\"/></w:pPr>" + run(text) + "</w:p>";
}

std::string docx_list_item(const std::string& text) {
  return "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
         "</w:numPr></w:pPr>" + run(text) + "</w:p>";
}

std::string docx_table(const std::vector<std::vector<std::string>>& rows) {
  std::string out = "<w:tbl>";
  for (const auto& row : rows) {
    out += "<w:tr>";
    for (const std::string& cell : row) out += "<w:tc>" + docx_paragraph(cell) + "</w:tc>";
    out += "</w:tr>";
  }
  return out + "</w:tbl>";
}

std::string make_docx(const std::string& body_xml) {
  const std::string content_types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  const std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
  const std::string document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
      body_xml + "<w:sectPr/></w:body></w:document>";
  return make_zip({{"[Content_Types].xml", content_types}, {"_rels/.rels", rels}, {"word/document.xml", document}});
}

namespace {

std::string pdf_string(const std::string& text) {
  std::string out = "(";
  for (char c : text) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}

}  // namespace

std::string make_pdf(const std::vector<std::vector<PdfText>>& pages) {
  const double height = 792;
  std::vector<std::string> objects;  // object i+1
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("");  // the page tree, filled in below
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  std::string kids;
  for (const auto& page : pages) {
    std::string stream;
    for (const PdfText& t : page) {
      char pos[96];
      std::snprintf(pos, sizeof pos, "BT /F1 %.1f Tf %.1f %.1f Td ", t.size, t.x, height - t.y);
      stream += pos + pdf_string(t.text) + " Tj ET\n";
    }
    objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "endstream");
    std::size_t content = objects.size();
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + std::to_string(content) +
                      " 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
    kids += std::to_string(objects.size()) + " 0 R ";
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  std::string out = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t off : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", off);
    out += entry;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

std::vector<PdfText> two_column_page(const std::vector<std::string>& left, const std::vector<std::string>& right) {
  std::vector<PdfText> page;
  for (std::size_t i = 0; i < left.size(); ++i) page.push_back({50, 60 + 14.0 * static_cast<double>(i), 10, left[i]});
  for (std::size_t i = 0; i < right.size(); ++i) page.push_back({320, 60 + 14.0 * static_cast<double>(i), 10, right[i]});
  return page;
}

std::vector<PdfText> one_column_page(const std::vector<std::string>& lines) {
  std::vector<PdfText> page;
  for (std::size_t i = 0; i < lines.size(); ++i) page.push_back({50, 60 + 14.0 * static_cast<double>(i), 10, lines[i]});
  return page;
}

}  // namespace rungs::testing
