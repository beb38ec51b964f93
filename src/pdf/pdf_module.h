// The C interface of the PDF module (librungs_pdf.so), the one part of rungs that links poppler.
// rungs loads it with dlopen only when it reads a PDF: poppler and the libraries it pulls in
// (NSS, freetype, ...) are linked with BIND_NOW, and resolving their symbols at every start was
// most of what `rungs --version` cost.
#ifndef RUNGS_PDF_PDF_MODULE_H_
#define RUNGS_PDF_PDF_MODULE_H_

#include <stddef.h>

extern "C" {

// One word on a page, in points from the top left.
struct RungsPdfWord {
  double x0, y0, x1, y1;
  const char* text;  // UTF-8, not NUL-terminated
  size_t text_size;
  int space_after;
};

// Called once per page in order; return nonzero to stop reading (a deadline passed).
typedef int (*RungsPdfPageFn)(void* user, int page, double width, double height, const RungsPdfWord* words,
                              size_t count);

enum RungsPdfStatus {
  kRungsPdfOk = 0,
  kRungsPdfCannotOpen = 1,
  kRungsPdfLocked = 2,
  kRungsPdfNoPages = 3,
  kRungsPdfTooManyPages = 4,  // *pages holds the count
  kRungsPdfStopped = 5,       // the callback asked to stop
};

// Reads the words of every page of the PDF in `bytes`. `*pages` receives the page count.
int rungs_pdf_read(const char* bytes, size_t size, int max_pages, int* pages, RungsPdfPageFn on_page, void* user);

// The symbol rungs looks up, and its type.
#define RUNGS_PDF_READ_SYMBOL "rungs_pdf_read"
typedef int (*RungsPdfReadFn)(const char*, size_t, int, int*, RungsPdfPageFn, void*);
}

#endif  // RUNGS_PDF_PDF_MODULE_H_
