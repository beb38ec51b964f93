// Gaps to a target role: coverage of its skills, the missing and the unproven ones, the
// checkpoints that close the largest gaps first, and the certifications it values that the
// person lacks.
#ifndef RUNGS_ASSESS_GAPS_H_
#define RUNGS_ASSESS_GAPS_H_

#include "assess/evidence.h"
#include "rungs/report.h"

namespace rungs::assess {

Gaps gaps_to(const ResumeEvidence& evidence, const Role& target);

// At most `limit` checkpoints, the ones closing the most (core-weighted) gaps first; the
// checkpoints of the move from -> target when no checkpoint closes a gap.
std::vector<CheckpointAdvice> checkpoints_for(const ResumeEvidence& evidence, const Gaps& gaps,
                                              const Role& from, const Role& target,
                                              std::size_t limit = 5);

// The ladder certifications the target role values that the resume does not hold.
std::vector<CertificationAdvice> certifications_for(const ResumeEvidence& evidence, const Role& target);

// True when the resume holds the certification (its name or an alias among its credentials).
bool holds(const Profile& profile, const Certification& certification);

// A held certification certifies the skill it is about (its first skill): it becomes `certified`
// unless the resume shows it hands-on, citing the credential's line ("SAA-C03" certifies AWS).
void certify_held(const Profile& profile, const Ladder& ladder, const Taxonomy& taxonomy,
                  std::vector<SkillEvidence>& skills);

}  // namespace rungs::assess

#endif  // RUNGS_ASSESS_GAPS_H_
