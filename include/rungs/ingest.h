// Ingest: any resume document into one Profile. The format is found from the content (magic
// bytes, JSON shape, zip members), not from the file name, unless the caller forces one.
#ifndef RUNGS_INGEST_H_
#define RUNGS_INGEST_H_

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "rungs/error.h"
#include "rungs/profile.h"

namespace rungs {

enum class DocumentFormat {
  kAuto,               // detect from the content
  kJsonResume,         // jsonresume.org schema
  kResumeMatcherJson,  // Resume-Matcher's resume JSON (personalInfo, workExperience, ...)
  kLinkedIn,           // LinkedIn data export: the zip, or its unzipped folder
  kPdf,
  kDocx,
  kText,               // plain text and Markdown
};

// The name used on the command line and in Source::format ("json-resume", "pdf", ...).
const char* format_name(DocumentFormat format);

// The format with this name ("auto" included), or a kUsage error listing the names.
Result<DocumentFormat> parse_format_name(std::string_view name);

// Every format name, "auto" first.
std::vector<std::string> format_names();

// Bounds that keep a hostile document from taking unbounded time or memory.
struct IngestLimits {
  std::size_t max_document_bytes = 10u << 20;  // the file as given
  std::size_t max_unzipped_bytes = 50u << 20;  // all members of a zip together, once inflated
  std::size_t max_zip_entries = 5000;
  int max_json_depth = 64;
  int max_pdf_pages = 100;
  double max_pdf_seconds = 20.0;  // text extraction stops with an error past this
};

// Reads the resume at `path` (a file, or a LinkedIn export folder). Errors are kInvalidInput
// and their message names the file and the problem.
Result<Profile> read_profile(const std::filesystem::path& path,
                             DocumentFormat format = DocumentFormat::kAuto,
                             const IngestLimits& limits = {});

// Reads a resume held in memory; `name` is used in messages and Source::file.
Result<Profile> read_profile_bytes(std::string_view bytes, const std::string& name,
                                   DocumentFormat format = DocumentFormat::kAuto,
                                   const IngestLimits& limits = {});

}  // namespace rungs

#endif  // RUNGS_INGEST_H_
