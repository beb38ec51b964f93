// rungs batch PATH... [--jd JOB] [--target ROLE] [--jobs N] [--format ndjson|csv|html] [-o OUT]
//                     [--keep-going] [--quiet]
#include <CLI/CLI.hpp>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "common/file.h"
#include "report/json_writer.h"
#include "rungs/batch.h"
#include "rungs/history.h"
#include "rungs/store.h"
#include "rungs/ingest.h"
#include "rungs/report_view.h"

namespace rungs::cli {
namespace {

struct BatchCli {
  std::vector<std::string> paths;
  std::string jd;
  std::string target;
  int jobs = 0;
  std::string format = "ndjson";
  std::string out;
  bool keep_going = true;  // the default: a document that cannot be read never stops the batch
  bool quiet = false;
  bool save = false;
  std::string store;
};

std::atomic<bool> g_stop{false};
extern "C" void on_interrupt(int) { g_stop = true; }

// The report on one line: the pretty JSON's line breaks and indents dropped (a line break inside
// a string is written as \n, so every real one is layout).
std::string one_line(const std::string& pretty) {
  std::string out;
  out.reserve(pretty.size());
  for (std::size_t i = 0; i < pretty.size(); ++i) {
    if (pretty[i] != '\n') {
      out += pretty[i];
      continue;
    }
    while (i + 1 < pretty.size() && pretty[i + 1] == ' ') ++i;
  }
  return out;
}

// done/total, rate, ETA and failures on one line of stderr, redrawn at most ten times a second.
class ProgressBar {
 public:
  ProgressBar(std::size_t total, bool shown) : total_(total), shown_(shown), start_(std::chrono::steady_clock::now()) {}
  void update(std::size_t done, std::size_t failed) {
    if (!shown_) return;
    auto now = std::chrono::steady_clock::now();
    if (done < total_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? done / seconds : 0;
    const double eta = rate > 0 ? (total_ - done) / rate : 0;
    const int width = 30, filled = total_ ? static_cast<int>(width * done / total_) : width;
    std::fprintf(stderr, "\r[%s%s] %zu/%zu  %.0f/s  ETA %.0fs  %zu failed ", std::string(filled, '#').c_str(),
                 std::string(width - filled, '.').c_str(), done, total_, rate, eta, failed);
    if (done == total_) std::fputc('\n', stderr);
  }

 private:
  std::size_t total_;
  bool shown_;
  std::chrono::steady_clock::time_point start_, last_{};
};

int run_batch_command(const BatchCli& o) {
  Result<std::vector<std::filesystem::path>> files = batch_documents(o.paths);
  if (!files) return report_error(files.error());
  Result<const Assessor*> engine = load_engine(AssessData{});
  if (!engine) return report_error(engine.error());
  const Assessor& assessor = **engine;
  if (!o.target.empty() && assessor.ladder().role(o.target) == nullptr) {
    return report_error(Error{ErrorKind::kInvalidInput, unknown_role_message(assessor.ladder(), o.target, "--target"), {}});
  }
  std::optional<JobDescription> job;
  if (!o.jd.empty()) {
    Result<JobDescription> read = read_job(o.jd);
    if (!read) return report_error(read.error());
    job = std::move(*read);
  }
  // Written as it goes, to a temporary file renamed at the end (stdout when no -o).
  const bool in_place = !o.out.empty() && writes_in_place(o.out);
  const std::string temp = o.out.empty() ? "" : in_place ? o.out : o.out + ".rungs-tmp-" + std::to_string(::getpid());
  std::ofstream file_out;
  if (!temp.empty()) {
    file_out.open(temp, std::ios::binary | (in_place ? std::ios::openmode{} : std::ios::trunc));
    if (!file_out) return report_error(Error{ErrorKind::kInvalidInput, o.out + ": cannot be written", {}});
  }
  std::ostream& out = temp.empty() ? std::cout : file_out;
  if (o.format == "csv") out << batch_csv_header();
  TeamView team(assessor.ladder(), assessor.skills().taxonomy(), /*keep_rows=*/o.format == "html");
  team.set_target(o.target);
  // --save: each assessment kept in the store, filed by the resume's e-mail, else its name.
  std::unique_ptr<Store> store;
  if (o.save) {
    Result<std::unique_ptr<Store>> opened = open_store(o.store, StoreOpen::kCreate);
    if (!opened) return report_error(opened.error());
    store = std::move(*opened);
  }
  std::size_t saved = 0, not_saved = 0;
  auto save = [&](const BatchItem& item) {
    Result<Profile> profile = read_profile(item.file);
    Result<std::string> person = person_id_for("", item.report->person.email, item.report->person.name);
    Result<std::string> bytes = read_file(item.file, IngestLimits{}.max_document_bytes);
    if (!profile || !person || !bytes) {
      ++not_saved;
      if (!o.quiet) std::cerr << "\nrungs: " << item.file << ": not saved: no e-mail or name to file it under\n";
      return;
    }
    Result<SaveOutcome> outcome =
        store->save(assessment_to_save(*item.report, *profile, {*person, *bytes, item.file, o.target, false}, current_month()));
    if (outcome) {
      ++saved;
    } else {
      ++not_saved;
      std::cerr << "\nrungs: " << outcome.error().message << "\n";
    }
  };
  std::size_t failures_reported = 0;
  auto emit = [&](const BatchItem& item) {
    if (!item.report) {
      ++failures_reported;
      std::string reason = item.error.message;
      if (!o.quiet) std::cerr << "\nrungs: " << reason << "\n";
      if (o.format == "ndjson") out << "{\"file\": " << json_quoted(item.file) << ", \"error\": " << json_quoted(reason) << "}\n";
      team.add_failure(item.file, reason);
      return;
    }
    if (o.format == "ndjson") out << one_line(render_report_json(*item.report)) << "\n";
    if (o.format == "csv") out << batch_csv_row(*item.report, item.file);
    team.add(*item.report, item.file);
    if (store) save(item);
  };
  const char* no_colour = std::getenv("NO_COLOR");
  ProgressBar bar(files->size(), !o.quiet && isatty(STDERR_FILENO) && (no_colour == nullptr || *no_colour == '\0'));
  signal(SIGINT, on_interrupt);
  BatchOptions options{o.target, job ? &*job : nullptr, o.jobs};
  BatchCounts counts = run_batch(assessor, *files, options, emit, [&](std::size_t d, std::size_t f) { bar.update(d, f); }, g_stop);
  if (o.format == "html") out << team.render_html();
  out.flush();
  if (!temp.empty()) {
    file_out.close();
    std::error_code ec;
    if (!in_place) std::filesystem::rename(temp, o.out, ec);
    if (ec) return report_error(Error{ErrorKind::kInvalidInput, o.out + ": cannot be written: " + ec.message(), {}});
  }
  std::cerr << "rungs batch: " << counts.assessed << " assessed, " << counts.failed << " not readable"
            << (counts.stopped ? ", stopped before the end (Ctrl-C): what was done is written" : "") << "\n";
  if (o.save) std::cerr << "rungs batch: " << saved << " saved in " << store->name() << (not_saved ? ", " + std::to_string(not_saved) + " not saved" : "") << "\n";
  if (!o.quiet && o.format != "html") std::cerr << team.render_summary();
  if (not_saved > 0 && !counts.stopped) return 4;
  if (counts.stopped) return 130;
  return counts.failed > 0 ? 3 : 0;
}

}  // namespace

void add_batch_command(CLI::App& app, Action& action) {
  auto o = std::make_shared<BatchCli>();
  CLI::App* cmd = app.add_subcommand("batch", "Many resumes at once, on every core, answered in input order: one report "
                                              "per line, a CSV row per person, or the team page");
  cmd->add_option("PATH", o->paths, "Resume files or folders (read recursively)")->required();
  cmd->add_option("--jd", o->jd, "A job description to match everyone against (the shortlist in the team page)");
  cmd->add_option("--target", o->target, "Target role id (default: each person's next role)");
  cmd->add_option("--jobs", o->jobs, "Threads (default: one per core)")->check(CLI::Range(1, 256));
  cmd->add_option("--format", o->format, "ndjson (one rungs.report/1 a line), csv, or html (the team page)")
      ->check(CLI::IsMember({"ndjson", "csv", "html"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", o->out, "Write to this file instead of standard output");
  cmd->add_flag("--quiet", o->quiet, "No progress bar, no per-document errors on stderr");
  cmd->add_flag("--keep-going", o->keep_going, "Go on past documents that cannot be read (always so; exit 3 at the end if any)");
  cmd->add_flag("--save", o->save, "Keep each assessment in the store (filed by the resume's e-mail, else its name)");
  cmd->add_option("--store", o->store, "With --save: a SQLite file or postgresql:// URL (default: $RUNGS_STORE, else $XDG_DATA_HOME/rungs/rungs.db)");
  cmd->callback([&action, o] { action = [o] { return run_batch_command(*o); }; });
}

}  // namespace rungs::cli
