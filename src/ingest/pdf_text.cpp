// The text of a PDF in reading order: the words of each page (from the PDF module, which alone
// links poppler and is loaded on first use, src/pdf/pdf_module.h) grouped into lines by
// position, and two-column pages read left column first. A narrow margin column (dates beside
// entries, as LaTeX moderncv sets them) stays on the lines it sits beside.

#include <algorithm>
#include <chrono>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <vector>

#include "common/module_loader.h"
#include "common/utf8.h"
#include "ingest/readers.h"
#include "pdf/pdf_module.h"

namespace rungs::ingest {
namespace {

struct Word {
  double x0, y0, x1, y1;
  std::string text;
  bool space_after;
  double height() const { return y1 - y0; }
  double middle() const { return (y0 + y1) / 2; }
};

// Words into lines: words whose vertical middles are close share a line, left to right.
// With `name_first`, the line of the tallest word in the top third of the page (a resume's
// name, set large) comes first, even when an address sits above it.
std::string lines_of(std::vector<Word> words, bool name_first = false, double page_height = 0) {
  std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) {
    return a.middle() != b.middle() ? a.middle() < b.middle() : a.x0 < b.x0;
  });
  std::vector<std::vector<Word>> lines;
  for (Word& w : words) {
    if (!lines.empty()) {
      const Word& first = lines.back().front();
      double tolerance = std::max(1.0, 0.45 * std::min(first.height(), w.height()));
      if (std::abs(first.middle() - w.middle()) <= tolerance) {
        lines.back().push_back(std::move(w));
        continue;
      }
    }
    lines.push_back({std::move(w)});
  }
  if (name_first && lines.size() > 1) {
    std::size_t tallest = 0;
    double height = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].front().y0 > page_height / 3) break;
      for (const Word& w : lines[i]) {
        if (w.height() > height * 1.2) {
          height = w.height();
          tallest = i;
        }
      }
    }
    std::rotate(lines.begin(), lines.begin() + static_cast<long>(tallest), lines.begin() + static_cast<long>(tallest) + 1);
  }
  std::string out;
  double last_bottom = -1, last_height = 0;
  for (std::vector<Word>& line : lines) {
    std::sort(line.begin(), line.end(), [](const Word& a, const Word& b) { return a.x0 < b.x0; });
    double top = line.front().y0, height = line.front().height();
    if (last_bottom >= 0 && top - last_bottom > 0.9 * std::max(height, last_height)) out += '\n';  // paragraph gap
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (i > 0) {
        double gap = line[i].x0 - line[i - 1].x1;
        double em = std::max(1.0, line[i].height());
        if (gap > 1.5 * em) out += "  ";  // a wide gap: a tab stop, a right-aligned date
        else if (gap > 0.12 * em || line[i - 1].space_after) out += ' ';
      }
      out += line[i].text;
    }
    out += '\n';
    last_bottom = line.front().y1;
    last_height = height;
  }
  return out;
}

// The x of a gutter between two columns, if the page has one: a band at least 12 pt wide between
// a fifth and three quarters of the page's width that at most one word in a hundred crosses (a
// long URL spilling out of a sidebar), with a twelfth of the words (and at least 15) on each side,
// since a sidebar holds few, and at least eight text rows that have words on both sides.
std::optional<double> find_gutter(const std::vector<Word>& words, double width) {
  constexpr double kBand = 12.0;
  if (words.size() < 40 || width <= 0) return std::nullopt;
  const std::size_t may_cross = words.size() / 100;
  for (double x = 0.2 * width; x <= 0.75 * width; x += 2.0) {
    std::size_t left = 0, right = 0, crossing = 0;
    for (const Word& w : words) {
      if (w.x0 < x + kBand && w.x1 > x) {
        if (++crossing > may_cross) break;
        continue;
      }
      (w.x1 <= x ? left : right) += 1;
    }
    const std::size_t least = std::max<std::size_t>(15, words.size() / 12);
    if (crossing > may_cross || left < least || right < least) continue;
    std::vector<double> left_rows, right_rows;
    for (const Word& w : words) (w.x1 <= x ? left_rows : right_rows).push_back(std::round(w.middle()));
    std::sort(left_rows.begin(), left_rows.end());
    left_rows.erase(std::unique(left_rows.begin(), left_rows.end()), left_rows.end());
    std::size_t shared = 0;
    for (double row : right_rows) {
      auto at = std::lower_bound(left_rows.begin(), left_rows.end(), row - 2);
      if (at != left_rows.end() && *at <= row + 2) ++shared;
    }
    if (shared >= 8) return x + kBand / 2;
  }
  return std::nullopt;
}

// A page-number line: "1/2", "2 / 3", "Page 1 of 2", "- 1 -".
bool is_page_number(std::string_view line) {
  std::string key;
  for (char c : line) {
    if (c != ' ' && c != '-') key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (key.starts_with("page")) key = key.substr(4);
  std::size_t digits = 0;
  for (char c : key) digits += std::isdigit(static_cast<unsigned char>(c)) ? 1 : 0;
  bool shape = std::all_of(key.begin(), key.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == '/' || c == 'o' || c == 'f';
  });
  return !key.empty() && digits > 0 && digits <= 4 && shape;
}

// The PDF module's reader, loaded on first use (common/module_loader.h). Null when none loads.
RungsPdfReadFn pdf_reader(std::string& tried) {
  static const ModuleSymbol loaded =
      load_module_symbol("RUNGS_PDF_MODULE", "librungs_pdf.so", RUNGS_PDF_MODULE_BUILT, RUNGS_PDF_READ_SYMBOL);
  tried = loaded.tried;
  return reinterpret_cast<RungsPdfReadFn>(loaded.address);
}

// What the page callback collects, and the deadline it checks.
struct PageReader {
  std::chrono::steady_clock::time_point deadline;
  std::string text;
  int stopped_at = -1;
};

int read_page(void* user, int page, double width, double height, const RungsPdfWord* found, size_t count) {
  auto& r = *static_cast<PageReader*>(user);
  if (std::chrono::steady_clock::now() > r.deadline) {
    r.stopped_at = page;
    return 1;
  }
  std::vector<Word> words;
  words.reserve(count);
  for (std::size_t k = 0; k < count; ++k) {
    const RungsPdfWord& w = found[k];
    words.push_back({w.x0, w.y0, w.x1, w.y1, std::string(w.text, w.text_size), w.space_after != 0});
  }
  if (std::optional<double> gutter = find_gutter(words, width)) {
    std::vector<Word> left, right;
    for (Word& w : words) (w.x0 < *gutter ? left : right).push_back(std::move(w));
    r.text += lines_of(std::move(left), page == 0, height);
    r.text += '\n';
    r.text += lines_of(std::move(right));
  } else {
    r.text += lines_of(std::move(words), page == 0, height);
  }
  r.text += '\n';
  return 0;
}

}  // namespace

Result<std::string> pdf_to_text(std::string_view bytes, const std::string& name,
                                const IngestLimits& limits) {
  if (!bytes.starts_with("%PDF-")) return invalid_input(name + ": not a PDF (no %PDF- header)");
  if (bytes.find("%%EOF", bytes.size() > 2048 ? bytes.size() - 2048 : 0) == std::string_view::npos) {
    return invalid_input(name + ": truncated PDF (no %%EOF at the end); download it again");
  }
  std::string tried;
  RungsPdfReadFn read = pdf_reader(tried);
  if (read == nullptr) return internal_error("cannot read PDFs: the PDF module librungs_pdf.so did not load (looked at " + tried + ")");
  PageReader reader;
  reader.deadline = std::chrono::steady_clock::now() +
                    std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                        std::chrono::duration<double>(limits.max_pdf_seconds));
  int pages = 0;
  switch (read(bytes.data(), bytes.size(), limits.max_pdf_pages, &pages, read_page, &reader)) {
    case kRungsPdfOk: break;
    case kRungsPdfCannotOpen: return invalid_input(name + ": damaged PDF that cannot be opened");
    case kRungsPdfLocked: return invalid_input(name + ": the PDF is encrypted with a password; save a copy without one");
    case kRungsPdfNoPages: return invalid_input(name + ": the PDF has no pages");
    case kRungsPdfTooManyPages:
      return invalid_input(name + ": the PDF has " + std::to_string(pages) + " pages, more than the limit of " +
                           std::to_string(limits.max_pdf_pages) + " for a resume");
    default:
      return invalid_input(name + ": reading the PDF's text took longer than " +
                           std::to_string(static_cast<int>(limits.max_pdf_seconds)) + " s; stopped at page " +
                           std::to_string(reader.stopped_at + 1));
  }
  std::string text = std::move(reader.text);
  std::string kept;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    if (!is_page_number(line)) kept.append(line).push_back('\n');
    start = end + 1;
  }
  text = std::move(kept);
  if (text.find_first_not_of(" \n") == std::string::npos) {
    return invalid_input(name + ": the PDF has no text (a scanned image?); rungs reads text PDFs only");
  }
  return repair_utf8(text);
}

}  // namespace rungs::ingest
