#include "cli/resume_options.h"

#include <CLI/CLI.hpp>

#include "cli/cli_support.h"
#include "rungs/ingest.h"

namespace rungs::cli {

void add_resume_options(CLI::App& cmd, ResumeOptions& o, const std::vector<std::string>& formats) {
  cmd.add_option("FILE", o.file,
                 "Resume: JSON Resume, PDF, DOCX, Markdown or text, or a LinkedIn export (zip or folder)")
      ->required();
  cmd.add_option("--format", o.format, "Output format")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
  cmd.add_option("--format-in", o.format_in,
                 "Read the document as this format instead of detecting it from the content")
      ->check(CLI::IsMember(format_names()))
      ->capture_default_str();
  cmd.add_option("-o,--output", o.out, "Write to this file instead of standard output");
}

Result<Profile> read_resume(const ResumeOptions& o) {
  Result<DocumentFormat> format_in = parse_format_name(o.format_in);
  if (!format_in) return std::unexpected(format_in.error());
  return read_profile(o.file, *format_in);
}

std::size_t report_width(const ResumeOptions& o) { return o.out.empty() ? output_width() : 100; }

}  // namespace rungs::cli
