// rungs assess FILE [--target ROLE] [--jd FILE] [--ladder FILE] [--format text|json|markdown|html] [--format-in F] [-o OUT]
//                   [--save [--person ID] [--keep-text] [--store URL]]
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <unistd.h>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/resume_options.h"
#include "common/file.h"
#include "rungs/assess.h"
#include "rungs/history.h"
#include "rungs/ingest.h"
#include "rungs/market.h"
#include "rungs/profile_view.h"
#include "rungs/report_view.h"
#include "rungs/store.h"

namespace rungs::cli {
namespace {

struct AssessOptionsCli {
  ResumeOptions resume;
  std::string target;
  std::string jd;
  std::string ladder;
  std::string taxonomy;
  bool curated_only = false;
  bool save = false;
  std::string person;
  bool keep_text = false;
  std::string store;
  std::string market;
};

// Colour on a terminal, none when piped, written to a file, or NO_COLOR is set.
bool use_colour(const ResumeOptions& o) {
  const char* no_colour = std::getenv("NO_COLOR");
  return o.out.empty() && (no_colour == nullptr || *no_colour == '\0') && isatty(STDOUT_FILENO) != 0;
}

// Saves the assessment (--save) and says so on stderr, so a report on stdout stays clean.
int save_assessment(const AssessOptionsCli& o, const Report& report, const Profile& profile) {
  Result<std::string> person = person_id_for(o.person, report.person.email, report.person.name);
  if (!person) return report_error(person.error());
  SaveRequest request{*person, {}, o.resume.file, o.target, o.keep_text};
  std::error_code ec;
  if (std::filesystem::is_regular_file(o.resume.file, ec)) {
    Result<std::string> bytes = read_file(o.resume.file, IngestLimits{}.max_document_bytes);
    if (!bytes) return report_error(bytes.error());
    request.resume_bytes = std::move(*bytes);
  } else {
    // A LinkedIn export folder: its identity is what rungs read from it.
    request.resume_bytes = render_profile_json(profile, current_month());
  }
  Result<std::unique_ptr<Store>> store = open_store(o.store, StoreOpen::kCreate);
  if (!store) return report_error(store.error());
  Result<SaveOutcome> saved = (*store)->save(assessment_to_save(report, profile, request, current_month()));
  if (!saved) return report_error(saved.error());
  if (saved->created) {
    std::cerr << "rungs: saved as assessment " << saved->id << " of " << *person << " in " << (*store)->name() << "\n";
  } else {
    std::cerr << "rungs: not saved again: assessment " << saved->id << " of " << *person
              << " is this resume on this ladder already (" << (*store)->name() << ")\n";
  }
  return 0;
}

int run_assess(const AssessOptionsCli& o) {
  if (!o.save && (!o.person.empty() || o.keep_text)) {
    return report_error(Error{ErrorKind::kUsage, "--person and --keep-text only go with --save", {}});
  }
  if (!o.person.empty()) {
    if (Result<std::string> person = person_id_for(o.person, "", ""); !person) return report_error(person.error());
  }
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
  if (!o.market.empty()) {
    Result<std::string> text = read_file(o.market, IngestLimits{}.max_document_bytes);
    if (!text) return report_error(text.error());
    Result<Market> market = read_market_json(*text, o.market);
    if (!market) return report_error(market.error());
    order_gaps_by_demand(*report, *market);
  }
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
  if (int written = write_report(text, o.resume.out); written != 0) return written;
  return o.save ? save_assessment(o, *report, *profile) : 0;
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
  cmd->add_option("--market", o->market,
                  "A market file (rungs market JOBS... --format json): gaps ordered by how often the target level's postings ask for them");
  cmd->add_flag("--save", o->save, "Keep this assessment in the store, for `rungs history`");
  cmd->add_option("--person", o->person, "With --save: the id to file it under (default: the resume's e-mail, else its name)");
  cmd->add_flag("--keep-text", o->keep_text, "With --save: keep the resume's text too (by default only its SHA-256)");
  cmd->add_option("--store", o->store,
                  "With --save: a SQLite file or postgresql:// URL (default: $RUNGS_STORE, else "
                  "$XDG_DATA_HOME/rungs/rungs.db)");
  cmd->callback([&action, o] { action = [o] { return run_assess(*o); }; });
}

}  // namespace rungs::cli
