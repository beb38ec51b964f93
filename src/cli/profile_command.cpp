// rungs profile FILE [--format text|json] [--format-in FORMAT] [-o OUT]
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "rungs/ingest.h"
#include "rungs/profile_view.h"

namespace rungs::cli {
namespace {

struct ProfileOptions {
  std::string file;
  std::string format = "text";
  std::string format_in = "auto";
  std::string out;
};

int show_profile(const ProfileOptions& o) {
  Result<DocumentFormat> format_in = parse_format_name(o.format_in);
  if (!format_in) return report_error(format_in.error());
  Result<Profile> profile = read_profile(o.file, *format_in);
  if (!profile) return report_error(profile.error());
  const YearMonth today = current_month();
  std::size_t width = o.out.empty() ? output_width() : 100;
  std::string text = o.format == "json" ? render_profile_json(*profile, today)
                                        : render_profile_text(*profile, today, width);
  Result<void> written = write_output(text, o.out);
  return written ? 0 : report_error(written.error());
}

}  // namespace

void add_document_format_option(CLI::App& cmd, std::string& format_in) {
  cmd.add_option("--format-in", format_in,
                 "Read the document as this format instead of detecting it from the content")
      ->check(CLI::IsMember(format_names()))
      ->capture_default_str();
}

void add_profile_command(CLI::App& app, Action& action) {
  auto o = std::make_shared<ProfileOptions>();
  CLI::App* cmd = app.add_subcommand(
      "profile", "The resume as rungs read it: person, positions, projects, skills, education, "
                 "certifications, each line cited");
  cmd->add_option("FILE", o->file,
                  "Resume: JSON Resume, PDF, DOCX, Markdown or text, or a LinkedIn export (zip or folder)")
      ->required();
  cmd->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  add_document_format_option(*cmd, o->format_in);
  cmd->add_option("-o,--output", o->out, "Write to this file instead of standard output");
  cmd->callback([&action, o] { action = [o] { return show_profile(*o); }; });
}

}  // namespace rungs::cli
