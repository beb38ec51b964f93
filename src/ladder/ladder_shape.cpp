// Whole-ladder checks: the main track is one rising chain of roles with a way up from each.
#include <algorithm>
#include <map>

#include "ladder/ladder_reading.h"

namespace rungs {
namespace {

std::string transition_field(const Transition& t) {
  return "transitions[" + t.from + " -> " + t.to + "]";
}

// Reports each cycle among the transitions in `edges` once, at the transition that closes it.
class CycleFinder {
 public:
  CycleFinder(YamlReader& in, const std::vector<const Transition*>& edges) : in_(in) {
    for (const Transition* t : edges) out_[t->from].push_back(t);
  }

  void run() {
    for (const auto& [role, _] : out_) {
      if (state_[role] == kNew) visit(role);
    }
  }

 private:
  enum State { kNew = 0, kOnPath, kDone };

  void visit(const std::string& role) {
    state_[role] = kOnPath;
    path_.push_back(role);
    for (const Transition* t : out_[role]) {
      State next = state_[t->to];
      if (next == kOnPath) {
        auto start = std::find(path_.begin(), path_.end(), t->to);
        std::string cycle;
        for (auto it = start; it != path_.end(); ++it) cycle += *it + " -> ";
        cycle += t->to;
        in_.error_at(t->line, transition_field(*t), "cycle in the main track: " + cycle);
      } else if (next == kNew) {
        visit(t->to);
      }
    }
    path_.pop_back();
    state_[role] = kDone;
  }

  YamlReader& in_;
  std::map<std::string, std::vector<const Transition*>> out_;
  std::map<std::string, State> state_;
  std::vector<std::string> path_;
};

const Track* check_one_main_track(YamlReader& in, const Ladder& ladder) {
  const Track* main = nullptr;
  for (const Track& t : ladder.tracks) {
    if (!t.main) continue;
    if (main) {
      in.error_at(t.line, "tracks[" + t.id + "].main",
                  "only one track can be the main track; '" + main->id + "' already is");
      continue;
    }
    main = &t;
  }
  if (!main && !ladder.tracks.empty()) {
    in.error_at(ladder.tracks.front().line, "tracks", "no track is marked 'main: true'");
  }
  return main;
}

}  // namespace

void check_ladder_shape(YamlReader& in, const Ladder& ladder) {
  const Track* main = check_one_main_track(in, ladder);
  if (!main) return;

  // A role whose order could not be read (0) was reported already; leave it out here.
  std::map<int, const Role*> by_order;
  for (const Role* r : ladder.main_roles()) {
    if (r->order == 0) continue;
    auto [it, inserted] = by_order.emplace(r->order, r);
    if (!inserted) {
      in.error_at(r->line, "roles[" + r->id + "].order",
                  "order " + std::to_string(r->order) + " is already the order of '" +
                      it->second->id + "' on the main track");
    }
  }
  if (by_order.empty()) {
    in.error_at(main->line, "tracks[" + main->id + "]", "the main track has no roles");
    return;
  }

  std::vector<const Transition*> main_edges;
  for (const Transition& t : ladder.transitions) {
    const Role* from = ladder.role(t.from);
    const Role* to = ladder.role(t.to);
    if (!from || !to || from->track != main->id || to->track != main->id) continue;
    if (from->order == 0 || to->order == 0) continue;
    main_edges.push_back(&t);
    if (to->order <= from->order) {
      in.error_at(t.line, transition_field(t),
                  "goes from order " + std::to_string(from->order) + " down to order " +
                      std::to_string(to->order) + "; the main track must rise");
    }
  }
  CycleFinder(in, main_edges).run();

  const Role* top = by_order.rbegin()->second;
  for (const auto& [order, role] : by_order) {
    if (role == top) continue;
    bool has_way_up = std::any_of(ladder.transitions.begin(), ladder.transitions.end(),
                                  [&](const Transition& t) { return t.from == role->id; });
    if (!has_way_up) {
      in.error_at(role->line, "roles[" + role->id + "]",
                  "no transition leads up from this main-track role");
    }
  }
}

}  // namespace rungs
