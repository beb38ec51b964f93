// librungs_pdf.so: the words of a PDF's pages through poppler-cpp (pdf_module.h). Layout (lines,
// columns, page numbers) is rungs' own, in src/ingest/pdf_text.cpp.
#include "pdf/pdf_module.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <string>
#include <vector>

namespace {

// poppler reports damaged files on stderr; the caller gets one clear message instead.
void quiet(const std::string&, void*) {}

std::string utf8_of(const poppler::ustring& s) {
  poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int rungs_pdf_read(const char* bytes, size_t size, int max_pages,
                                                                     int* pages, RungsPdfPageFn on_page, void* user) {
  poppler::set_debug_error_function(quiet, nullptr);
  *pages = 0;
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes, static_cast<int>(size)));
  if (!doc) return kRungsPdfCannotOpen;
  if (doc->is_locked()) return kRungsPdfLocked;
  *pages = doc->pages();
  if (*pages <= 0) return kRungsPdfNoPages;
  if (*pages > max_pages) return kRungsPdfTooManyPages;
  std::vector<std::string> texts;
  std::vector<RungsPdfWord> words;
  for (int i = 0; i < *pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    texts.clear();
    words.clear();
    for (const poppler::text_box& box : page->text_list()) {
      std::string t = utf8_of(box.text());
      if (t.empty()) continue;
      const poppler::rectf r = box.bbox();
      texts.push_back(std::move(t));
      words.push_back({r.left(), r.top(), r.right(), r.bottom(), nullptr, 0, box.has_space_after() ? 1 : 0});
    }
    for (std::size_t k = 0; k < words.size(); ++k) {
      words[k].text = texts[k].data();
      words[k].text_size = texts[k].size();
    }
    const poppler::rectf box = page->page_rect();
    if (on_page(user, i, box.width(), box.height(), words.data(), words.size()) != 0) return kRungsPdfStopped;
  }
  return kRungsPdfOk;
}
