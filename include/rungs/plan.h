// Paths through the role graph: the ladder's transitions (main track and adjacent moves alike)
// as edges weighted by the months each move typically takes. The shortest route by effort, not
// by hops, and the close alternatives with what each asks.
#ifndef RUNGS_PLAN_H_
#define RUNGS_PLAN_H_

#include <functional>
#include <string>
#include <vector>

#include "rungs/error.h"
#include "rungs/ladder.h"

namespace rungs {

// One move of a path: to `role`, in `months`.
struct PathStep {
  std::string role;
  std::string title;
  int months = 0;
  int typical_months = 0;                    // the ladder's figure, before personalisation
  std::vector<std::string> focus;            // the role's focus areas
  std::vector<std::string> checkpoints;      // checkpoint ids of the move
  std::vector<std::string> certifications;   // certification ids the role values
};

struct Path {
  std::string from;
  std::string to;
  int total_months = 0;
  bool usual = false;  // every step is on the main track: the ladder's own route
  std::vector<PathStep> steps;  // excludes the start: from == to gives no steps
};

// The best route and the close alternatives (at most two, each within kCloseRatio of the best).
// The main-track route, when there is one, is always offered: as the best, or as an alternative
// marked `usual` however long it is (the seed's route Senior -> Lead -> Architect is never hidden
// behind shorter detours through DevOps or Cloud).
struct Route {
  Path best;
  std::vector<Path> alternatives;
};

// Scales the typical months of the move into `to` for one person (1.0 = as typical).
using StepScale = std::function<double(const Role& to)>;

// The route from -> to. Errors (kInvalidInput): a role the ladder lacks (naming the closest and
// listing the roles), a target the person is already past (on the main track below `from`), and
// a target no chain of moves reaches (listing the roles `from` can reach).
Result<Route> find_route(const Ladder& ladder, const std::string& from, const std::string& to,
                         const StepScale& scale = {});

}  // namespace rungs

#endif  // RUNGS_PLAN_H_
