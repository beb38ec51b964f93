// A resume's skills against a job description's, read through the same skill matcher.
#ifndef RUNGS_ASSESS_JOB_MATCH_H_
#define RUNGS_ASSESS_JOB_MATCH_H_

#include "rungs/job.h"
#include "rungs/report.h"
#include "rungs/skill_matcher.h"

namespace rungs::assess {

JobMatch match_job(const JobDescription& job, const std::vector<SkillEvidence>& resume_skills,
                   const SkillMatcher& matcher);

}  // namespace rungs::assess

#endif  // RUNGS_ASSESS_JOB_MATCH_H_
