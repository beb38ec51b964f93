// Verdict quality on a labelled corpus (docs/eval-labels.md, docs/RUBRIC.md): every resume under
// a folder that has a NAME.labels.yaml beside it is read and assessed by the whole engine, and
// rungs' verdicts are compared with the labels: placement, readiness, the five promotion
// answers, positions, experience years, skills by evidence class and findings.
#ifndef RUNGS_EVAL_H_
#define RUNGS_EVAL_H_

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rungs/assess.h"
#include "rungs/error.h"
#include "rungs/ladder.h"
#include "rungs/profile.h"
#include "rungs/report.h"

namespace rungs {

// One labelled skill: the spellings it may be reported under.
struct SkillLabel {
  std::vector<std::string> spellings;
  int line = 0;
};

// An inclusive range of acceptable values.
struct LabelRange {
  double low = 0;
  double high = 0;
};

// The right answers for one resume (schema rungs.labels/1). Empty or missing fields are not scored.
struct Labels {
  std::string file;
  YearMonth as_of;  // the month "Present" means
  std::string why;
  std::optional<LabelRange> positions;
  std::optional<LabelRange> experience_years;
  std::vector<std::string> placement;                         // role ids
  std::vector<std::string> readiness;                         // verdict names
  std::map<std::string, std::vector<std::string>> criteria;   // question id -> answer names
  std::vector<SkillLabel> hands_on;
  std::vector<SkillLabel> listed;
  std::vector<SkillLabel> certified;
  std::vector<SkillLabel> not_skills;
  std::vector<std::string> findings;      // finding ids the resume deserves
  std::vector<std::string> findings_not;  // finding ids that would contradict it
};

// Parses and validates labels; every problem is reported as FILE:LINE: field: message
// (kInvalidInput): unknown role, verdict, question, answer or finding ids, ranges upside down,
// wrong types, unknown fields.
Result<Labels> parse_labels(std::string_view yaml_text, const std::string& file, const Ladder& ladder);
Result<Labels> load_labels(const std::filesystem::path& file, const Ladder& ladder);

// A count of right answers out of those scored.
struct Tally {
  int correct = 0;
  int total = 0;
  // correct / total, or 1 when nothing was scored.
  double rate() const { return total == 0 ? 1.0 : static_cast<double>(correct) / total; }
  void add(bool right) {
    ++total;
    if (right) ++correct;
  }
};

struct FindingTally {
  int true_positive = 0;   // labelled as deserved, and given
  int false_positive = 0;  // labelled as contradicting the resume, and given
  int false_negative = 0;  // labelled as deserved, not given
  double precision() const;  // 1 when nothing was given
  double recall() const;     // 1 when nothing was labelled
};

// One wrong answer, with the resume lines that led to it.
struct EvalMiss {
  std::string resume;  // the document's path as given
  std::string kind;    // placement, readiness, criteria, positions, experience, hands-on, listed,
                       // certified, not-skill, finding-missed, finding-wrong
  std::string message;
  std::vector<TextLine> lines;
};

// What rungs said of one resume, beside the labels.
struct EvalCase {
  std::string resume;
  std::string labels;
  std::string placed;
  std::vector<std::string> expected;  // the labelled placement
  std::string verdict;
  int misses = 0;
};

// The figures over a whole corpus.
struct EvalResult {
  std::vector<std::string> roles;  // the ladder's role ids in its order, for the confusion matrix
  int resumes = 0;
  Tally placement;
  std::map<std::string, std::map<std::string, int>> confusion;  // labelled role -> placed -> count
  Tally readiness;
  Tally criteria;
  std::map<std::string, Tally> per_question;
  Tally positions;
  Tally experience;
  Tally hands_on;
  Tally listed;
  Tally certified;
  int not_skills = 0;        // ordinary words labelled
  int false_ambiguous = 0;   // of them, taken for skills
  FindingTally findings;
  std::map<std::string, FindingTally> per_finding;
  std::vector<EvalCase> cases;
  std::vector<EvalMiss> misses;
};

// Scores one assessed resume against its labels, adding to `into`.
void score_resume(const Labels& labels, const Profile& profile, const Report& report,
                  const SkillMatcher& matcher, EvalResult& into);

// Every NAME.labels.yaml under `dir` (recursively, in name order) with the one document beside it
// named NAME.* (or a LinkedIn export folder NAME), assessed as of the labels' month. Fails
// (kInvalidInput, naming the file) for invalid labels, a missing or doubled document, an
// unreadable document, or a folder that holds no labels.
Result<EvalResult> evaluate_corpus(const std::filesystem::path& dir, const Assessor& assessor);

// The least figures a corpus must reach (tests/data/eval/floor.yaml, schema rungs.eval-floor/1):
// rates 0..1, and the most ordinary words that may be taken for skills.
struct EvalFloor {
  std::map<std::string, double> rates;  // figure name (placement, readiness, ...) -> least rate
  std::optional<int> false_ambiguous_max;
};

Result<EvalFloor> parse_eval_floor(std::string_view yaml_text, const std::string& file);
Result<EvalFloor> load_eval_floor(const std::filesystem::path& file);

// The figures by name as the floor names them: placement, readiness, criteria, positions,
// experience, hands_on, listed, certified, findings_precision, findings_recall.
std::map<std::string, double> eval_rates(const EvalResult& result);

// One sentence per figure below the floor; empty when the corpus reaches it.
std::vector<std::string> below_floor(const EvalResult& result, const EvalFloor& floor);

// The figures as a text report wrapped to `width` (`brief`: without the per-resume table and
// the misses), and as JSON (schema rungs.eval/1).
std::string render_eval_text(const EvalResult& result, std::size_t width, bool brief = false);
std::string render_eval_json(const EvalResult& result);

}  // namespace rungs

#endif  // RUNGS_EVAL_H_
