// The main job of rungs: assess a Profile against a career ladder. Built once (taxonomy and
// O*NET, the ladder, the finding rules, the skill matcher), then shared by every thread.
#ifndef RUNGS_ASSESS_H_
#define RUNGS_ASSESS_H_

#include <filesystem>
#include <memory>
#include <string>

#include "rungs/error.h"
#include "rungs/finding_rules.h"
#include "rungs/job.h"
#include "rungs/ladder.h"
#include "rungs/placement_weights.h"
#include "rungs/report.h"
#include "rungs/skill_matcher.h"

namespace rungs {

namespace assess {
class SignalFinder;
struct PlacementModel;
}

struct AssessOptions {
  std::string target;                  // a role id; empty: the next role on the main track
  YearMonth today;                     // ongoing positions count up to this month
  const JobDescription* job = nullptr;  // when given, the report has a job match
};

// Where the engine's data comes from; empty paths mean the bundled files.
struct AssessData {
  std::filesystem::path taxonomy;
  std::filesystem::path onet;  // the O*NET configuration (data/skills/onet.yaml)
  std::filesystem::path ladder;
  std::filesystem::path findings;
  std::filesystem::path placement;  // the placement weights (data/placement.yaml)
  bool use_onet = true;

  // The same data with every empty path replaced by the bundled file's (rungs/data_paths.h).
  AssessData with_defaults() const;
  // Whether this is the bundled data: no path given, and the O*NET list used.
  bool bundled() const;
};

class Assessor {
 public:
  Assessor(SkillMatcher skills, Ladder ladder, std::vector<FindingRule> rules,
           PlacementWeights weights = {});
  ~Assessor();
  Assessor(Assessor&&) noexcept;
  Assessor& operator=(Assessor&&) noexcept;

  // The report for one profile. Fails (kInvalidInput) only for a target role the ladder lacks;
  // the message lists the roles that exist.
  Result<Report> assess(const Profile& profile, const AssessOptions& options) const;

  // The route from -> to through the ladder. With a profile the start defaults to the placed
  // role and each step's months scale with what the person already shows for that role
  // (half the typical time with every skill shown, a quarter more with none).
  Result<Route> route(std::string from, const std::string& to, const Profile* profile, YearMonth today) const;

  // The resume against a job description alone (`rungs match`).
  JobMatch match(const Profile& profile, const JobDescription& job, YearMonth today) const;

  const Ladder& ladder() const { return ladder_; }
  const SkillMatcher& skills() const { return skills_; }
  const std::vector<FindingRule>& rules() const { return rules_; }
  const PlacementWeights& weights() const { return weights_; }

 private:
  SkillMatcher skills_;
  Ladder ladder_;
  std::vector<FindingRule> rules_;
  PlacementWeights weights_;
  std::unique_ptr<assess::SignalFinder> signals_;
  std::unique_ptr<assess::PlacementModel> placement_;
};

// Loads every data file and builds the engine; the first file that fails is the error.
Result<Assessor> load_assessor(const AssessData& data = {});

// The role whose job titles (or, at `company`, grades) name `title`, the longest name winning;
// nullptr when none does. Placement reads a resume's current title with it, the market a
// posting's title.
const Role* role_named_by_title(const Ladder& ladder, const std::string& title, const std::string& company);

}  // namespace rungs

#endif  // RUNGS_ASSESS_H_
