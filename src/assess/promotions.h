// Recognition the positions show by themselves: a promotion at one employer.
#ifndef RUNGS_ASSESS_PROMOTIONS_H_
#define RUNGS_ASSESS_PROMOTIONS_H_

#include <vector>

#include "assess/evidence.h"

namespace rungs::assess {

// The positions that are promotions: each held at the employer of the position before it in
// time, under another title ("Software Engineer" then "Senior Software Engineer" at Medisys).
// Staying on after an internship or a traineeship is not one (nearly every intern who stays makes
// that move), nor a move into a title that names a role of `placed`'s track above it (the title
// outruns the evidence: a "Senior Software Engineer" made "Architect" with no architecture work).
std::vector<const Position*> promotions(const Profile& profile, const Ladder& ladder, const Role& placed);

// Files each promotion's title line under the ladder's "recognition" signal, as work
// (RUBRIC.md: visibility counts promotions). Nothing when the ladder has no such signal.
void add_promotions(const Profile& profile, const Ladder& ladder, const Role& placed, std::vector<SignalLines>& signals);

}  // namespace rungs::assess

#endif  // RUNGS_ASSESS_PROMOTIONS_H_
