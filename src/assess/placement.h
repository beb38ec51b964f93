// Placement: which role the evidence supports, with a confidence and the reasons; the role the
// current title names, which is one signal among several and never the verdict.
#ifndef RUNGS_ASSESS_PLACEMENT_H_
#define RUNGS_ASSESS_PLACEMENT_H_

#include <optional>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "assess/evidence.h"
#include "rungs/placement_weights.h"
#include "rungs/report.h"

namespace rungs::assess {

// The current position: the ongoing one, else the one that started last, else the first listed.
const Position* current_position(const Profile& profile);

// Whether `title` names an internship or a traineeship ("Backend Developer Intern", "Graduate
// Engineer Trainee", "Apprentice").
bool is_internship_title(const std::string& title);

// The role whose titles (or, at that company, grades) name `title`; the longest name wins. An
// internship or a traineeship names the first main-track rung whatever else the title says.
const Role* role_for_title(const Ladder& ladder, const std::string& title, const std::string& company);

// What placement reads off a ladder once: the signals of each main-track role, and each off-track
// role's own work (its signals no main-track role shows, its core skills no main-track role has as core).
struct PlacementModel {
  struct OffTrack {
    const Role* role = nullptr;
    std::vector<std::uint32_t> signals;
    std::unordered_set<std::string> skills;
  };
  explicit PlacementModel(const Ladder& ladder);
  std::vector<std::pair<const Role*, std::vector<std::uint32_t>>> main_signals;
  std::vector<OffTrack> off_track;
  std::uint32_t assigned_signal = UINT32_MAX;
  std::uint32_t api_signal = UINT32_MAX;
};

// The role of the whole ladder the evidence supports (placement_weights.h says how), with every
// role's fit, a confidence that says how far the winner is ahead, and reasons with cited lines.
Placement place(const ResumeEvidence& evidence, const PlacementWeights& weights, const PlacementModel& model);

}  // namespace rungs::assess

#endif  // RUNGS_ASSESS_PLACEMENT_H_
