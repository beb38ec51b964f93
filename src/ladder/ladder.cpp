#include "rungs/ladder.h"

#include <algorithm>

#include "common/text.h"

namespace rungs {
namespace {

template <class T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  for (const T& item : items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

}  // namespace

std::string_view weight_name(Weight weight) {
  return weight == Weight::kCore ? "core" : "useful";
}

const Role* Ladder::role(std::string_view id) const { return find_by_id(roles, id); }
const Track* Ladder::track(std::string_view id) const { return find_by_id(tracks, id); }
const Signal* Ladder::signal(std::string_view id) const { return find_by_id(signals, id); }
const Checkpoint* Ladder::checkpoint(std::string_view id) const {
  return find_by_id(checkpoints, id);
}
const Certification* Ladder::certification(std::string_view id) const {
  return find_by_id(certifications, id);
}

std::string Ladder::role_title(std::string_view id) const {
  const Role* r = role(id);
  return r ? r->title : std::string(id);
}

std::string unknown_role_message(const Ladder& ladder, std::string_view id, std::string_view which) {
  std::vector<std::string> ids;
  for (const Role& r : ladder.roles) ids.push_back(r.id);
  std::string hint = closest_match(id, ids);
  return "unknown " + std::string(which) + " role '" + std::string(id) + "'" +
         (hint.empty() ? "" : " (did you mean '" + hint + "'?)") + "; the roles of ladder '" + ladder.id +
         "' are: " + join(ids, ", ");
}

const Transition* Ladder::transition(std::string_view from, std::string_view to) const {
  for (const Transition& t : transitions) {
    if (t.from == from && t.to == to) return &t;
  }
  return nullptr;
}

const Track* Ladder::main_track() const {
  for (const Track& t : tracks) {
    if (t.main) return &t;
  }
  return nullptr;
}

std::vector<const Role*> Ladder::main_roles() const {
  std::vector<const Role*> out;
  const Track* main = main_track();
  for (const Role& r : roles) {
    if (main && r.track == main->id) out.push_back(&r);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Role* a, const Role* b) { return a->order < b->order; });
  return out;
}

std::vector<const Role*> Ladder::roles_by_track() const {
  std::vector<const Track*> order;
  if (const Track* main = main_track()) order.push_back(main);
  for (const Track& t : tracks) {
    if (!t.main) order.push_back(&t);
  }
  std::vector<const Role*> out;
  for (const Track* t : order) {
    std::vector<const Role*> in_track;
    for (const Role& r : roles) {
      if (r.track == t->id) in_track.push_back(&r);
    }
    std::stable_sort(in_track.begin(), in_track.end(),
                     [](const Role* a, const Role* b) { return a->order < b->order; });
    out.insert(out.end(), in_track.begin(), in_track.end());
  }
  return out;
}

}  // namespace rungs
