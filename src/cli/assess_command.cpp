// rungs assess FILE [--target ROLE] [--jd FILE] [--ladder FILE] [--format text|json|markdown|html] [--format-in F] [-o OUT]
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <memory>
#include <unistd.h>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/resume_options.h"
#include "rungs/assess.h"
#include "rungs/report_view.h"

namespace rungs::cli {
namespace {

struct AssessOptionsCli {
  ResumeOptions resume;
  std::string target;
  std::string jd;
  std::string ladder;
  std::string taxonomy;
  bool curated_only = false;
};

// Colour on a terminal, none when piped, written to a file, or NO_COLOR is set.
bool use_colour(const ResumeOptions& o) {
  const char* no_colour = std::getenv("NO_COLOR");
  return o.out.empty() && (no_colour == nullptr || *no_colour == '\0') && isatty(STDOUT_FILENO) != 0;
}

int run_assess(const AssessOptionsCli& o) {
  AssessData data;
  data.ladder = o.ladder;
  data.taxonomy = o.taxonomy;
  data.use_onet = !o.curated_only;
  Result<const Assessor*> engine = load_engine(data);
  if (!engine) return report_error(engine.error());
  const Assessor& assessor = **engine;
  Result<Profile> profile = read_resume(o.resume);
  if (!profile) return report_error(profile.error());
  std::optional<JobDescription> job;
  if (!o.jd.empty()) {
    Result<JobDescription> read = read_job(o.jd);
    if (!read) return report_error(read.error());
    job = std::move(*read);
  }
  Result<Report> report = assessor.assess(*profile, {o.target, current_month(), job ? &*job : nullptr});
  if (!report) return report_error(report.error());
  const Ladder& ladder = assessor.ladder();
  std::string text;
  if (o.resume.format == "json") {
    text = render_report_json(*report);
  } else if (o.resume.format == "html") {
    text = render_report_html(*report, ladder);
  } else if (o.resume.format == "markdown") {
    text = render_report_markdown(*report, ladder);
  } else {
    text = render_report_text(*report, ladder, {report_width(o.resume), use_colour(o.resume)});
  }
  return write_report(text, o.resume.out);
}

}  // namespace

void add_assess_command(CLI::App& app, Action& action) {
  auto o = std::make_shared<AssessOptionsCli>();
  CLI::App* cmd = app.add_subcommand(
      "assess", "Where the resume places you on the ladder, whether you are ready for the next role, "
                "what you lack for a target role, what to do next, and what a recruiter will hold "
                "against the resume; every verdict cites its lines");
  add_resume_options(*cmd, o->resume, {"text", "json", "markdown", "html"});
  cmd->add_option("--target", o->target, "Target role id (default: the next role on the main ladder)");
  cmd->add_option("--jd", o->jd, "A job description (text, PDF, DOCX or JSON Resume job) to match against");
  cmd->add_option("--ladder", o->ladder, "Career ladder file (default: the bundled india-backend ladder)");
  cmd->add_option("--taxonomy", o->taxonomy, "Skill taxonomy (default: the bundled one)");
  cmd->add_flag("--no-onet", o->curated_only, "Match only the curated taxonomy, not the O*NET list");
  cmd->callback([&action, o] { action = [o] { return run_assess(*o); }; });
}

}  // namespace rungs::cli
