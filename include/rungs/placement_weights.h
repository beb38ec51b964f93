// How placement weighs the evidence: data (data/placement.yaml, schema rungs.placement/1),
// validated when loaded, fitted on the dev half of the labelled corpus by
// scripts/fit-placement.py (which records the corpus' hash beside the figures).
//
// A main-track role's support is
//   years_fit x (skills x skills_fit + signals x signals_fit) + (title names the role ? title : 0)
// where years_fit counts backend years only (positions that name no technical skill, such as a
// mechanical design job, are left out) and falls to 0 at `years_shortfall` years below the role's
// minimum. The placed main-track role is the highest whose support reaches `threshold`, no higher
// than junior while `assigned_share` of the recent work lines are assigned or hedged ("under
// guidance", "as per the design"). An off-track role wins when its own work (its signals and
// skills that no main-track role asks for) fills `off_track_share` of the recent work lines
// (`full_stack_share` for full stack, whose work is half the back end) and its support reaches
// `off_track_support`, and its skills are shown (coverage `off_track_skills`: a senior backend
// engineer on call for incidents is not a DevOps engineer without its tools) or the current
// title names it; a current title that names the role also adds `off_track_title` to its share.
// From `scope_order` up the main track (technical lead, architect), an off-track role no higher
// than the placed one overrides it only when the title names it: their role owns that work.
#ifndef RUNGS_ASSESS_PLACEMENT_WEIGHTS_H_
#define RUNGS_ASSESS_PLACEMENT_WEIGHTS_H_

#include <filesystem>
#include <string>
#include <string_view>

#include "rungs/error.h"

namespace rungs {

struct PlacementWeights {
  double skills = 0.5;             // coverage of the role's skills (core twice useful)
  double signals = 0.5;            // the role's evidence signals shown in work lines
  double title = 0.1;              // the current title names the role
  double threshold = 0.55;         // support a main-track role needs
  double years_shortfall = 1.5;    // years below a role's minimum at which years_fit reaches 0
  double signals_enough = 0.6;     // this share of a role's signals counts as all of them
  double weak_signal = 0.5;        // a signal only claimed (summary, hedged line) counts this much
  double assigned_share = 0.4;     // recent lines assigned or hedged: no higher than junior
  double off_track_share = 0.4;    // recent lines of an off-track role's own work
  double full_stack_share = 0.25;  // the same for full stack
  double off_track_support = 0.4;  // support an off-track role needs
  double off_track_skills = 0.3;   // coverage of its own skills an off-track role needs
  double off_track_title = 0.15;   // added to an off-track role's share when the title names it
  double scope_order = 4;          // main-track roles from this ladder order up (lead, architect)
                                   // absorb off-track work no higher than theirs
  double recent_years = 3;         // positions ongoing or ended this recently are "recent"
};

// Parses and validates the weights (every field a number in its range; unknown fields refused),
// with FILE:LINE: field: message errors.
Result<PlacementWeights> parse_placement_weights(std::string_view yaml_text, const std::string& file);
Result<PlacementWeights> load_placement_weights(const std::filesystem::path& file);

}  // namespace rungs

#endif  // RUNGS_ASSESS_PLACEMENT_WEIGHTS_H_
