// Batch: many documents through one shared Assessor on N threads, answered in input order, and
// the views of the whole: a CSV row per person and the team page (DESIGN.md, `rungs batch`).
#ifndef RUNGS_BATCH_H_
#define RUNGS_BATCH_H_

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rungs/assess.h"
#include "rungs/error.h"
#include "rungs/job.h"
#include "rungs/report.h"
#include "rungs/taxonomy.h"

namespace rungs {

// Every document under `paths` (files as given, folders recursively, sorted; hidden files and
// folders left out); kInvalidInput naming a path that does not exist.
Result<std::vector<std::filesystem::path>> batch_documents(const std::vector<std::string>& paths);

struct BatchOptions {
  std::string target;                   // a role id, or "" for the next role
  const JobDescription* job = nullptr;  // with --jd: each report has a match
  int jobs = 0;                         // threads; 0: one per core
  std::size_t window = 256;             // documents assessed ahead of the one answered next
};

// One document's answer: its report, or the reason it could not be read.
struct BatchItem {
  std::size_t index = 0;
  std::string file;
  std::optional<Report> report;
  Error error;
};

struct BatchCounts {
  std::size_t assessed = 0;
  std::size_t failed = 0;
  bool stopped = false;  // `stop` was raised before every document was done
};

// Assesses `files` on `options.jobs` threads and calls `emit` once per document in input order
// (from one thread at a time); memory stays within `window` documents whatever their number.
// `progress(done, failed)` is called after each document; raising `stop` ends the run after the
// documents in hand, which are still emitted in order up to the first one not done.
BatchCounts run_batch(const Assessor& assessor, const std::vector<std::filesystem::path>& files,
                      const BatchOptions& options, const std::function<void(const BatchItem&)>& emit,
                      const std::function<void(std::size_t done, std::size_t failed)>& progress,
                      const std::atomic<bool>& stop);

// The CSV header and one RFC 4180 row per assessed document: file, name, years, placed role,
// confidence, readiness, yes count, coverage, match score, top 3 gaps, findings count.
std::string batch_csv_header();
std::string batch_csv_row(const Report& report, const std::string& file);

// The team page: placement distribution, who is ready, a skills x people heatmap of the target's
// skills, the gaps the team shares with the checkpoints that close them, and with a job
// description the shortlist by match score. Built from rows kept while the batch runs.
class TeamView {
 public:
  // Without `keep_rows` only the summary's counts are kept: memory stays flat in a long batch.
  TeamView(const Ladder& ladder, const Taxonomy& taxonomy, bool keep_rows = true)
      : ladder_(ladder), taxonomy_(taxonomy), keep_rows_(keep_rows) {}
  // Counts the report for the summary, and keeps its row for the page when `keep_rows`.
  void add(const Report& report, const std::string& file);
  void add_failure(const std::string& file, const std::string& reason);
  std::string render_html() const;
  // The summary a terminal shows at the end: placements and readiness counts.
  std::string render_summary() const;

 private:
  struct Row {
    std::string file, name, role, title, verdict, ready_for;
    int yes = 0;
    std::vector<std::string> yes_answers;  // the promotion questions answered yes
    double coverage = 0;
    std::optional<int> score;
    std::vector<std::string> missing_must;  // the job's must-haves not shown
    std::map<std::string, std::string> evidence;  // skill id -> hands-on, certified or listed
    std::vector<std::string> gaps;          // missing skill ids
    std::vector<std::string> gap_names;
  };
  const Ladder& ladder_;
  const Taxonomy& taxonomy_;
  bool keep_rows_;
  std::vector<Row> rows_;
  std::size_t assessed_ = 0, ready_ = 0, almost_ = 0;
  std::map<std::string, int> placed_;  // people by the role placed, by role id
  std::vector<std::pair<std::string, std::string>> failures_;  // (file, reason), kept for the page
  std::size_t failed_ = 0;
  std::string target_;  // the --target every report was judged against, or ""
 public:
  // The one target of the batch (--target); the heatmap uses it, else the most common next role.
  void set_target(const std::string& role) { target_ = role; }
};

}  // namespace rungs

#endif  // RUNGS_BATCH_H_
