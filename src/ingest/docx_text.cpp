// The text of a DOCX (libzip + pugixml): paragraphs in document order, headings as Markdown
// headings, list items as "- " bullets, tables row by row. The result goes the text path.
#include <pugixml.hpp>

#include <algorithm>
#include <cstring>
#include <vector>

#include "common/utf8.h"
#include "ingest/readers.h"
#include "ingest/zip_archive.h"

namespace rungs::ingest {
namespace {

bool is(const pugi::xml_node& node, const char* name) { return std::strcmp(node.name(), name) == 0; }

// The text of one paragraph: its runs' text, tabs and breaks, deleted text left out.
std::string paragraph_text(const pugi::xml_node& p) {
  std::string out;
  struct Walker : pugi::xml_tree_walker {
    std::string* out;
    bool for_each(pugi::xml_node& n) override {
      if (is(n, "w:t")) *out += n.text().get();
      else if (is(n, "w:tab")) *out += '\t';
      else if (is(n, "w:br") || is(n, "w:cr")) *out += ' ';
      return true;
    }
  } walker;
  walker.out = &out;
  pugi::xml_node node = p;
  node.traverse(walker);
  return out;
}

// "# " for headings (by style), "- " for list items, "" otherwise.
std::string paragraph_prefix(const pugi::xml_node& p) {
  pugi::xml_node props = p.child("w:pPr");
  std::string style = props.child("w:pStyle").attribute("w:val").as_string();
  if (style == "Title") return "# ";
  if (style.starts_with("Heading") && style.size() > 7) {
    int level = std::clamp(style[7] - '0', 1, 6);
    return std::string(static_cast<std::size_t>(level), '#') + " ";
  }
  if (props.child("w:numPr") || style.starts_with("List")) return "- ";
  return "";
}

class DocxWalker {
 public:
  explicit DocxWalker(std::string& out) : out_(out) {}

  void block(const pugi::xml_node& parent) {
    for (pugi::xml_node child : parent.children()) {
      if (is(child, "w:p")) {
        paragraph(child);
      } else if (is(child, "w:tbl")) {
        table(child);
      } else if (!is(child, "w:sectPr")) {
        block(child);  // content controls (w:sdt), custom XML, ...
      }
    }
  }

 private:
  void paragraph(const pugi::xml_node& p) {
    std::string text = paragraph_text(p);
    if (text.find_first_not_of(" \t") == std::string::npos) {
      out_ += '\n';
      return;
    }
    out_ += paragraph_prefix(p) + text + '\n';
  }

  // A row whose cells hold a paragraph each reads as one line, "a | b | c"; a layout table
  // (cells holding whole sections) reads cell by cell.
  void table(const pugi::xml_node& tbl) {
    for (pugi::xml_node row : tbl.children("w:tr")) {
      bool simple = true;
      std::vector<std::string> cells;
      for (pugi::xml_node cell : row.children("w:tc")) {
        int paragraphs = 0;
        std::string text;
        for (pugi::xml_node p : cell.children("w:p")) {
          std::string t = paragraph_text(p);
          if (t.find_first_not_of(" \t") == std::string::npos) continue;
          ++paragraphs;
          text = t;
        }
        if (paragraphs > 1 || cell.child("w:tbl")) simple = false;
        cells.push_back(text);
      }
      if (simple) {
        std::string line;
        for (const std::string& c : cells) {
          if (c.empty()) continue;
          line += (line.empty() ? "" : " | ") + c;
        }
        out_ += line + '\n';
      } else {
        for (pugi::xml_node cell : row.children("w:tc")) {
          block(cell);
          out_ += '\n';
        }
      }
    }
    out_ += '\n';
  }

  std::string& out_;
};

}  // namespace

Result<std::string> docx_to_text(std::string_view bytes, const std::string& name,
                                 const IngestLimits& limits) {
  Result<ZipArchive> zip = ZipArchive::open(bytes, name, limits);
  if (!zip) return std::unexpected(zip.error());
  if (!zip->has("word/document.xml")) {
    return invalid_input(name + ": not a DOCX (the zip has no word/document.xml)");
  }
  Result<std::string> xml = zip->read("word/document.xml");
  if (!xml) return std::unexpected(xml.error());
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(xml->data(), xml->size(),
                                                  // a run holding only a space ("<w:t> </w:t>") is text too
                                                  pugi::parse_default | pugi::parse_ws_pcdata_single,
                                                  pugi::encoding_utf8);
  if (!parsed) {
    return invalid_input(name + ": damaged DOCX (word/document.xml: " + parsed.description() + " at byte " +
                         std::to_string(parsed.offset) + ")");
  }
  pugi::xml_node body = doc.child("w:document").child("w:body");
  if (!body) return invalid_input(name + ": damaged DOCX (word/document.xml has no w:body)");
  std::string text;
  DocxWalker(text).block(body);
  if (text.find_first_not_of(" \t\n") == std::string::npos) return invalid_input(name + ": the DOCX has no text");
  return repair_utf8(text);
}

}  // namespace rungs::ingest
