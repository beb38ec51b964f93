// read_profile: find the format from the content, then hand the document to its reader.
#include <array>
#include <filesystem>

#include "common/file.h"
#include "common/text.h"
#include "common/utf8.h"
#include "ingest/readers.h"
#include "ingest/text_lines.h"
#include "ingest/zip_archive.h"
#include "rungs/ingest.h"

namespace rungs {
namespace {

struct FormatName {
  DocumentFormat format;
  const char* name;
};

constexpr std::array<FormatName, 7> kFormats = {{
    {DocumentFormat::kAuto, "auto"},
    {DocumentFormat::kJsonResume, "json-resume"},
    {DocumentFormat::kResumeMatcherJson, "resume-matcher-json"},
    {DocumentFormat::kLinkedIn, "linkedin"},
    {DocumentFormat::kPdf, "pdf"},
    {DocumentFormat::kDocx, "docx"},
    {DocumentFormat::kText, "text"},
}};

// The format the bytes are in, judged by their content; an error for content rungs knows it
// cannot read (old Word files, UTF-16, RTF, zips of something else).
Result<DocumentFormat> detect(std::string_view bytes, const std::string& name, const IngestLimits& limits) {
  std::string_view head = bytes.substr(0, 1024);
  if (head.find("%PDF-") != std::string_view::npos) return DocumentFormat::kPdf;
  if (bytes.starts_with("\xD0\xCF\x11\xE0")) {
    return unsupported_format(name + ": an old Word (.doc) file or a password-protected Office document; "
                         "save it as DOCX without a password, or as PDF");
  }
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    return unsupported_format(name + ": UTF-16 text; save it as UTF-8");
  }
  if (ingest::looks_like_zip(bytes)) {
    Result<ingest::ZipArchive> zip = ingest::ZipArchive::open(bytes, name, limits);
    if (!zip) return std::unexpected(zip.error());
    if (zip->has("word/document.xml")) return DocumentFormat::kDocx;
    for (const std::string& member : zip->names()) {
      if (ingest::is_linkedin_profile_file(ingest::member_base_name(member))) {
        return DocumentFormat::kLinkedIn;
      }
    }
    return unsupported_format(name + ": a zip that is neither a DOCX nor a LinkedIn data export");
  }
  std::string_view text = ingest::trim_view(strip_utf8_bom(bytes));
  if (text.empty()) return invalid_input(name + ": the document is empty");
  if (text.starts_with("{\\rtf")) return unsupported_format(name + ": an RTF document; save it as DOCX, PDF or text");
  if (text.front() == '{' || text.front() == '[') return DocumentFormat::kJsonResume;
  return DocumentFormat::kText;
}

Result<Profile> from_extracted_text(Result<std::string> text, const std::string& name, const char* format) {
  if (!text) return std::unexpected(text.error());
  Result<Profile> profile = ingest::read_text_profile(*text, name);
  if (profile) profile->source.format = format;
  return profile;
}

}  // namespace

const char* format_name(DocumentFormat format) {
  for (const FormatName& f : kFormats) {
    if (f.format == format) return f.name;
  }
  return "auto";
}

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const FormatName& f : kFormats) names.emplace_back(f.name);
  return names;
}

Result<DocumentFormat> parse_format_name(std::string_view name) {
  for (const FormatName& f : kFormats) {
    if (name == f.name) return f.format;
  }
  return std::unexpected(Error{ErrorKind::kUsage, "unknown document format '" + std::string(name) +
                                                      "'; use one of: " + join(format_names(), ", ")});
}

namespace {

Result<Profile> read_any(std::string_view bytes, const std::string& name, DocumentFormat format,
                         const IngestLimits& limits) {
  if (bytes.size() > limits.max_document_bytes) {
    return invalid_input(name + ": larger than the limit of " + std::to_string(limits.max_document_bytes) + " bytes");
  }
  if (format == DocumentFormat::kAuto) {
    Result<DocumentFormat> detected = detect(bytes, name, limits);
    if (!detected) return std::unexpected(detected.error());
    if (*detected == DocumentFormat::kJsonResume) {
      return ingest::read_json_profile(bytes, name, DocumentFormat::kAuto, limits);
    }
    format = *detected;
  }
  switch (format) {
    case DocumentFormat::kJsonResume:
    case DocumentFormat::kResumeMatcherJson:
      return ingest::read_json_profile(bytes, name, format, limits);
    case DocumentFormat::kLinkedIn: {
      Result<ingest::ExportFiles> files = ingest::linkedin_files_from_zip(bytes, name, limits);
      if (!files) return std::unexpected(files.error());
      return ingest::read_linkedin(*files, name);
    }
    case DocumentFormat::kPdf:
      return from_extracted_text(ingest::pdf_to_text(bytes, name, limits), name, "pdf");
    case DocumentFormat::kDocx:
      return from_extracted_text(ingest::docx_to_text(bytes, name, limits), name, "docx");
    case DocumentFormat::kText:
    case DocumentFormat::kAuto:
      return ingest::read_text_profile(bytes, name);
  }
  return internal_error("unhandled document format");
}

// What every reader's profile goes through.
Result<Profile> finished(Result<Profile> profile) {
  if (profile) {
    ingest::set_aside_career_breaks(*profile);
    ingest::merge_repeated_positions(*profile);
    ingest::mark_academic_projects(*profile);
  }
  return profile;
}

}  // namespace

Result<Profile> read_profile_bytes(std::string_view bytes, const std::string& name,
                                   DocumentFormat format, const IngestLimits& limits) {
  return finished(read_any(bytes, name, format, limits));
}

Result<Profile> read_profile(const std::filesystem::path& path, DocumentFormat format,
                             const IngestLimits& limits) {
  const std::string name = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    if (format != DocumentFormat::kAuto && format != DocumentFormat::kLinkedIn) {
      return invalid_input(name + ": is a folder; only a LinkedIn export can be read from a folder");
    }
    Result<ingest::ExportFiles> files = ingest::linkedin_files_from_folder(name, limits);
    if (!files) return std::unexpected(files.error());
    return finished(ingest::read_linkedin(*files, name));
  }
  Result<std::string> bytes = read_file(path, limits.max_document_bytes);
  if (!bytes) return std::unexpected(bytes.error());
  return read_profile_bytes(*bytes, name, format, limits);
}

}  // namespace rungs
