// The report of one assessment (DESIGN.md, schema rungs.report/1): where the evidence places a
// person, whether they are ready for the next role, what they lack for a target role, what to do
// next, and what a recruiter will hold against the resume. Every verdict carries the resume
// lines behind it. Renderers turn one Report into text, JSON or Markdown.
#ifndef RUNGS_REPORT_H_
#define RUNGS_REPORT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rungs/ladder.h"
#include "rungs/plan.h"
#include "rungs/profile.h"
#include "rungs/skill_evidence.h"

namespace rungs {

// How well the evidence supports one role, each part 0..1.
struct RoleFit {
  std::string role;
  double support = 0;  // the weighted whole (placement_weights.h)
  double years = 0;
  double skills = 0;
  double signals = 0;
  bool title = false;  // the current title names this role
  double share = 0;    // off-track roles: the share of recent work lines that are their own work
};

struct Placement {
  std::string role;   // a role id
  std::string title;  // its title
  double confidence = 0;
  std::vector<std::string> reasons;
  std::optional<std::string> title_suggests;  // the role the current title names, if any
  std::vector<RoleFit> fits;                  // every role: the main track lowest first, then the others
};

enum class Answer { kYes, kPartly, kNo };
enum class Verdict { kReady, kAlmost, kNotYet };

// "yes", "partly", "no"; "ready", "almost", "not-yet".
std::string_view answer_name(Answer answer);
std::string_view verdict_name(Verdict verdict);

// One promotion question answered from evidence.
struct CriterionAnswer {
  std::string id;
  std::string question;
  Answer answer = Answer::kNo;
  std::vector<TextLine> evidence;
  std::string next_step;  // empty when the answer is yes
};

// One criterion of the move from -> to, met or not.
struct TransitionCheck {
  std::string id;
  std::string text;
  bool met = false;
  std::vector<TextLine> evidence;
};

struct Readiness {
  std::string from;
  std::string to;  // empty at the top of the ladder
  Verdict verdict = Verdict::kNotYet;
  int yes = 0;
  std::vector<CriterionAnswer> criteria;
  std::vector<TransitionCheck> transition;
};

struct SkillGap {
  std::string skill;
  std::string name;
  Weight weight = Weight::kUseful;
  std::string why;
};

// Coverage of the target's skills in one skill category (the HTML report's radar).
struct CategoryCoverage {
  std::string category;  // a taxonomy category id
  std::string name;
  double coverage = 0;  // 0..1
};

struct Gaps {
  std::string target;
  double coverage = 0;  // 0..1, core skills weigh twice
  std::vector<CategoryCoverage> categories;  // the same, per category, in the role's order
  std::vector<SkillGap> missing;
  std::vector<SkillGap> unproven;  // listed, never used
};

struct CheckpointAdvice {
  std::string id;
  std::string title;
  std::vector<std::string> closes;  // the gaps it closes
};

struct CertificationAdvice {
  std::string id;
  std::string name;
  std::string why;
};

enum class Severity { kHigh, kMedium, kLow };
std::string_view severity_name(Severity severity);

struct Finding {
  std::string id;
  Severity severity = Severity::kLow;
  std::string message;
  std::string fix;
  std::vector<TextLine> lines;
};

// One skill a job description asks for.
struct JobSkill {
  std::string skill;
  std::string name;
  bool must = true;                 // must-have, not nice-to-have
  std::optional<Evidence> evidence;  // what the resume shows; nullopt when it never names it
  int job_line = 0;                 // where the job description asks for it
  std::vector<std::string> via;     // the more specific skills that show it ("SQL" via PostgreSQL)

  // " via PostgreSQL, MySQL", or "".
  std::string via_text() const;
};

// A resume against a job description.
struct JobMatch {
  std::string job_title;
  std::string job_file;
  int score = 0;                  // 0..100: hands-on counts fully, certified 0.7, listed 0.4;
                                  // must-haves weigh twice nice-to-haves
  std::vector<JobSkill> matched;  // must-haves first, stronger evidence first
  std::vector<JobSkill> missing;  // must-haves first
};

struct Report {
  std::string generated_at;  // ISO 8601, UTC
  Source source;
  Person person;
  double experience_years = 0;
  std::string current_title;
  std::string ladder_id;
  std::string ladder_name;
  int ladder_version = 0;
  Placement placement;
  std::vector<SkillEvidence> skills;
  Readiness readiness;
  Gaps gaps;
  std::vector<CheckpointAdvice> checkpoints;
  std::vector<CertificationAdvice> certifications;
  std::vector<Finding> findings;
  std::optional<JobMatch> match;  // only when a job description is given
  std::optional<Route> path;      // only when a target is given and a route reaches it
  std::string path_note;          // why there is no path for the target ("already past it")
};

}  // namespace rungs

#endif  // RUNGS_REPORT_H_
