// History: assessments saved over time (rungs/store.h), what changed between two of them, and
// their renderings: text, JSON (rungs.history/1, rungs.people/1, rungs.export/1) and one
// self-contained HTML page with a timeline.
#ifndef RUNGS_HISTORY_H_
#define RUNGS_HISTORY_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "rungs/error.h"
#include "rungs/ladder.h"
#include "rungs/profile.h"
#include "rungs/report.h"
#include "rungs/store.h"

namespace rungs {

// Where the assessed resume came from and how to file it.
struct SaveRequest {
  std::string person;         // the id (person_id_for)
  std::string resume_bytes;   // the file as read, for its SHA-256 (and its text with keep_text)
  std::string resume_file;
  std::string asked_target;   // --target as given
  bool keep_text = false;     // store the resume's text too
};

// The assessment as the store keeps it: the report and profile as JSON, the summary a history
// listing shows, the resume's SHA-256, the ladder and the rungs version.
AssessmentToSave assessment_to_save(const Report& report, const Profile& profile, const SaveRequest& request,
                                    YearMonth today);

// One thing that changed between two assessments, said in a sentence, with the resume lines that
// show it (the later resume's, or the earlier one's for what went away).
struct HistoryChange {
  std::string kind;     // placement, readiness, answer, path, coverage, skill, finding, target
  std::string subject;  // what changed: a role, question, skill or finding id
  std::string before;   // its value before ("" when it was not there)
  std::string after;    // and after ("" when it went away)
  std::string sentence;
  std::vector<TextLine> lines;
};

struct HistoryDiff {
  std::int64_t from = 0;  // assessment ids
  std::int64_t to = 0;
  std::vector<HistoryChange> changes;  // placement first, then readiness, path, coverage, skills, findings
};

// What changed from `before` to `after`, read from their stored reports; roles are named by their
// titles on `ladder` (by id when it lacks them). kInvalidInput when a report is not rungs.report/1.
Result<HistoryDiff> diff_assessments(const StoredAssessment& before, const StoredAssessment& after,
                                     const Ladder& ladder);

// The people stored, each with their latest placement and its date.
std::string render_people_text(const std::vector<PersonEntry>& people, const std::string& store, std::size_t width);
std::string render_people_json(const std::vector<PersonEntry>& people);  // rungs.people/1

// One person's assessments over time, oldest first, and what changed (when `diff` is given).
std::string render_history_text(const std::vector<StoredAssessment>& history, const HistoryDiff* diff,
                                std::size_t width);
std::string render_history_json(const std::vector<StoredAssessment>& history, const HistoryDiff* diff);
// A self-contained page: an SVG timeline of placement (on `ladder`'s levels) and coverage, the
// table, what changed, and the latest report's verdicts with their lines.
Result<std::string> render_history_html(const std::vector<StoredAssessment>& history, const HistoryDiff* diff,
                                        const Ladder& ladder);

// Everything stored about a person (rungs.export/1): who they are, every assessment whole with
// its report and profile as JSON objects, and any resume text kept.
Result<std::string> render_export_json(const std::vector<StoredAssessment>& history);

}  // namespace rungs

#endif  // RUNGS_HISTORY_H_
