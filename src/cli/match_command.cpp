// rungs match RESUME JOB [--format text|json] [--format-in FORMAT] [-o OUT]
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/resume_options.h"
#include "rungs/assess.h"
#include "rungs/report_view.h"

namespace rungs::cli {
namespace {

struct MatchOptions {
  ResumeOptions resume;
  std::string job;
  bool curated_only = false;
};

int run_match(const MatchOptions& o) {
  AssessData data;
  data.use_onet = !o.curated_only;
  Result<const Assessor*> engine = load_engine(data);
  if (!engine) return report_error(engine.error());
  const Assessor& assessor = **engine;
  Result<Profile> profile = read_resume(o.resume);
  if (!profile) return report_error(profile.error());
  Result<JobDescription> job = read_job(o.job);
  if (!job) return report_error(job.error());
  JobMatch match = assessor.match(*profile, *job, current_month());
  std::string text = o.resume.format == "json" ? render_match_json(match)
                                               : render_match_text(match, report_width(o.resume));
  return write_report(text, o.resume.out);
}

}  // namespace

void add_match_command(CLI::App& app, Action& action) {
  auto o = std::make_shared<MatchOptions>();
  CLI::App* cmd = app.add_subcommand(
      "match", "A resume against a job description: a score from 0 to 100, the matched skills "
               "and the missing ones, must-haves first");
  add_resume_options(*cmd, o->resume);
  cmd->add_option("JOB", o->job, "Job description: text, PDF, DOCX or the JSON Resume job schema")->required();
  cmd->add_flag("--no-onet", o->curated_only, "Match only the curated taxonomy, not the O*NET list");
  cmd->callback([&action, o] { action = [o] { return run_match(*o); }; });
}

}  // namespace rungs::cli
