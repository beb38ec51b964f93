// Findings on the resume: the recruiter's view and the candidate mistakes of the guide, by the
// rules of data/findings.yaml, each with its severity at the level the resume is judged for.
#ifndef RUNGS_ASSESS_FINDINGS_H_
#define RUNGS_ASSESS_FINDINGS_H_

#include "assess/evidence.h"
#include "rungs/finding_rules.h"
#include "rungs/report.h"

namespace rungs::assess {

// What the findings need besides the evidence.
struct FindingContext {
  const Placement& placement;
  const Role& target;  // severities are those of the target's level
};

// Every finding that fires, high severity first (then in the rules' order).
std::vector<Finding> find_findings(const ResumeEvidence& evidence, const std::vector<FindingRule>& rules,
                                   const FindingContext& context);

}  // namespace rungs::assess

#endif  // RUNGS_ASSESS_FINDINGS_H_
