// Readiness for the next role: the five promotion questions answered from evidence, the verdict
// by DESIGN.md's rule, and the criteria of the move itself, met or not.
#ifndef RUNGS_ASSESS_READINESS_H_
#define RUNGS_ASSESS_READINESS_H_

#include "assess/evidence.h"
#include "rungs/report.h"

namespace rungs::assess {

// The role after `from` on the main track, or nullptr at the top.
const Role* next_main_role(const Ladder& ladder, const Role& from);

// Readiness to move from `from` to `to` (`to` may be nullptr at the top of the ladder).
Readiness readiness(const ResumeEvidence& evidence, const Role& from, const Role* to);

// ready: three or more yes; almost: two yes, or yes and partly together three or more.
Verdict verdict_for(int yes, int partly);

}  // namespace rungs::assess

#endif  // RUNGS_ASSESS_READINESS_H_
