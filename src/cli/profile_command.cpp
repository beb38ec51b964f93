// rungs profile FILE [--format text|json] [--format-in FORMAT] [-o OUT]
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/resume_options.h"
#include "rungs/profile_view.h"

namespace rungs::cli {
namespace {

int show_profile(const ResumeOptions& o) {
  Result<Profile> profile = read_resume(o);
  if (!profile) return report_error(profile.error());
  const YearMonth today = current_month();
  std::string text = o.format == "json" ? render_profile_json(*profile, today)
                                        : render_profile_text(*profile, today, report_width(o));
  return write_report(text, o.out);
}

}  // namespace

void add_profile_command(CLI::App& app, Action& action) {
  auto o = std::make_shared<ResumeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "profile", "The resume as rungs read it: person, positions, projects, skills, education, "
                 "certifications, each line cited");
  add_resume_options(*cmd, *o);
  cmd->callback([&action, o] { action = [o] { return show_profile(*o); }; });
}

}  // namespace rungs::cli
