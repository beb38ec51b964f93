#include <algorithm>
#include <cmath>

#include "common/text.h"
#include "rungs/plan.h"

namespace rungs {
namespace {

// An alternative is shown when it takes at most this many times the best route's months.
constexpr double kCloseRatio = 1.6;
constexpr std::size_t kMaxAlternatives = 2;

// Every simple chain of moves from -> to (ladders hold tens of roles, so enumerating is cheap).
void walk(const Ladder& ladder, const std::string& at, const std::string& to,
          std::vector<const Transition*>& chain, std::vector<std::vector<const Transition*>>& out) {
  if (at == to) {
    out.push_back(chain);
    return;
  }
  for (const Transition& t : ladder.transitions) {
    if (t.from != at) continue;
    bool visited = t.to == chain.front()->from ||
                   std::any_of(chain.begin(), chain.end(), [&](const Transition* c) { return c->to == t.to; });
    if (visited) continue;
    chain.push_back(&t);
    walk(ladder, t.to, to, chain, out);
    chain.pop_back();
  }
}

std::vector<std::string> reachable_from(const Ladder& ladder, const std::string& from) {
  std::vector<std::string> seen{from};
  for (std::size_t i = 0; i < seen.size(); ++i) {
    for (const Transition& t : ladder.transitions) {
      if (t.from == seen[i] && std::find(seen.begin(), seen.end(), t.to) == seen.end()) seen.push_back(t.to);
    }
  }
  seen.erase(seen.begin());
  return seen;
}

Path path_of(const Ladder& ladder, const std::string& from, const std::string& to,
             const std::vector<const Transition*>& chain, const StepScale& scale) {
  Path p;
  p.from = from;
  p.to = to;
  const Track* main = ladder.main_track();
  p.usual = main != nullptr && std::all_of(chain.begin(), chain.end(), [&](const Transition* t) {
              const Role* a = ladder.role(t->from);
              const Role* b = ladder.role(t->to);
              return a && b && a->track == main->id && b->track == main->id;
            });
  for (const Transition* t : chain) {
    const Role* role = ladder.role(t->to);
    PathStep s;
    s.role = t->to;
    s.title = role ? role->title : t->to;
    s.typical_months = t->months;
    double factor = scale && role ? scale(*role) : 1.0;
    s.months = std::max(1, static_cast<int>(std::lround(t->months * factor)));
    if (role) s.focus = role->focus;
    s.checkpoints = t->checkpoints;
    for (const Certification& c : ladder.certifications) {
      if (std::find(c.roles.begin(), c.roles.end(), t->to) != c.roles.end()) s.certifications.push_back(c.id);
    }
    p.total_months += s.months;
    p.steps.push_back(std::move(s));
  }
  return p;
}

}  // namespace

Result<Route> find_route(const Ladder& ladder, const std::string& from, const std::string& to,
                         const StepScale& scale) {
  const Role* start = ladder.role(from);
  if (start == nullptr) return invalid_input(unknown_role_message(ladder, from, "starting"));
  const Role* target = ladder.role(to);
  if (target == nullptr) return invalid_input(unknown_role_message(ladder, to, "target"));
  Route route;
  route.best.from = from;
  route.best.to = to;
  if (from == to) return route;

  std::vector<std::vector<const Transition*>> chains;
  for (const Transition& t : ladder.transitions) {
    if (t.from != from) continue;
    std::vector<const Transition*> chain{&t};
    walk(ladder, t.to, to, chain, chains);
  }
  if (chains.empty()) {
    if (target->track == start->track && target->order < start->order) {
      return invalid_input("you are already past " + target->title + ": " + start->title + " is above it on the " +
                           (ladder.track(start->track) ? ladder.track(start->track)->name : start->track) +
                           " track");
    }
    std::vector<std::string> reachable = reachable_from(ladder, from);
    return invalid_input("no route from " + start->title + " to " + target->title + " in ladder '" + ladder.id +
                         "'; from " + start->title + " you can reach: " +
                         (reachable.empty() ? std::string("no other role") : join(reachable, ", ")));
  }
  std::vector<Path> paths;
  for (const auto& chain : chains) paths.push_back(path_of(ladder, from, to, chain, scale));
  std::stable_sort(paths.begin(), paths.end(), [](const Path& a, const Path& b) {
    if (a.total_months != b.total_months) return a.total_months < b.total_months;
    return a.steps.size() < b.steps.size();
  });
  route.best = paths.front();
  for (std::size_t i = 1; i < paths.size() && route.alternatives.size() < kMaxAlternatives; ++i) {
    if (paths[i].total_months <= route.best.total_months * kCloseRatio) route.alternatives.push_back(paths[i]);
  }
  auto usual = std::find_if(paths.begin(), paths.end(), [](const Path& p) { return p.usual; });
  const bool offered = route.best.usual || std::any_of(route.alternatives.begin(), route.alternatives.end(),
                                                       [](const Path& p) { return p.usual; });
  if (usual != paths.end() && !offered) {
    if (route.alternatives.size() >= kMaxAlternatives) route.alternatives.pop_back();
    route.alternatives.push_back(*usual);
  }
  return route;
}

}  // namespace rungs
