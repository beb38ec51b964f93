// The one place that says how placement weighs the evidence. A role's support is
//   years_fit x (kSkills x skills_fit + kSignals x signals_fit) + (title names the role ? kTitle : 0)
// so years gate the rest (seven years of assigned tasks do not make a senior), the title is one
// small signal among several, and the placed role is the highest main-track role whose support
// reaches kThreshold.
#ifndef RUNGS_ASSESS_PLACEMENT_WEIGHTS_H_
#define RUNGS_ASSESS_PLACEMENT_WEIGHTS_H_

namespace rungs::assess::placement {

constexpr double kSkills = 0.5;    // coverage of the role's skills (core twice useful)
constexpr double kSignals = 0.5;   // the role's evidence signals shown in work lines
constexpr double kTitle = 0.1;     // the current title names the role
constexpr double kThreshold = 0.55;
// Years below the role's minimum lower the fit linearly to 0 at this many years short.
constexpr double kYearsShortfall = 3.0;
// Showing this share of a role's signals counts as showing them all.
constexpr double kSignalsEnough = 0.6;
// A signal claimed only in the summary or headline counts this much.
constexpr double kWeakSignal = 0.5;

}  // namespace rungs::assess::placement

#endif  // RUNGS_ASSESS_PLACEMENT_WEIGHTS_H_
