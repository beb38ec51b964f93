// The career ladder as data: roles, the skills and signals that show each, the moves between
// them with their criteria and checkpoints, the promotion questions and the certifications.
// Loaded from data/ladders/*.yaml (schema rungs.ladder/1); nothing here is specific to one ladder.
#ifndef RUNGS_LADDER_H_
#define RUNGS_LADDER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rungs {

// How much a role needs a skill.
enum class Weight { kCore, kUseful };

// "core" or "useful".
std::string_view weight_name(Weight weight);

// A line of roles: the main ladder, a branch, or the adjacent roles.
struct Track {
  std::string id;
  std::string name;
  std::string description;
  bool main = false;  // exactly one track is the main ladder
  int line = 0;
};

// A kind of evidence that shows a level, recognised by its phrases.
struct Signal {
  std::string id;
  std::string name;
  std::vector<std::string> phrases;
  int line = 0;
};

// A skill a role asks for.
// A skill a role asks for, or a group of skills any one of which meets it ("A backend
// language": Java, Kotlin, Go, Python, ...), since the seed's tools are examples of a kind.
struct RoleSkill {
  std::string skill;  // a taxonomy skill id, or the group's own id
  Weight weight = Weight::kUseful;
  std::string name;                 // the group's name ("A backend language"); empty for a skill
  std::vector<std::string> any_of;  // the group's members, taxonomy skill ids; empty for a skill

  bool is_group() const { return !any_of.empty(); }
  // The skill ids that meet it: the members of a group, else the skill itself.
  std::vector<std::string> members() const { return is_group() ? any_of : std::vector<std::string>{skill}; }
};

// A company-specific grade that maps to a role (e.g. Infosys "Technology Analyst").
struct Grade {
  std::string company;
  std::string title;
};

// Typical years of experience; no max for the open-ended top roles.
struct YearsRange {
  int min = 0;
  std::optional<int> max;
};

struct Role {
  std::string id;
  std::string title;
  std::string track;  // a Track id
  int order = 0;      // level on the common scale; strictly rising along the main track
  YearsRange years;
  std::string summary;
  std::vector<std::string> focus;    // main focus areas, as prose
  std::vector<std::string> tools;    // typical tools, taxonomy skill ids
  std::vector<std::string> titles;   // job titles that place a person here
  std::vector<Grade> grades;         // company grades that place a person here
  std::vector<RoleSkill> skills;     // required skills with weights
  std::vector<std::string> signals;  // Signal ids that show the level
  int line = 0;
};

// A milestone a developer can finish and show; it closes the listed skill gaps.
struct Checkpoint {
  std::string id;
  std::string title;
  std::string done_when;
  std::vector<std::string> closes;  // taxonomy skill ids
  int line = 0;
};

// One criterion of a transition ("Mentor new joiners"), shown by its signals.
struct Criterion {
  std::string id;
  std::string text;
  std::vector<std::string> signals;
};

// A move from one role to another.
struct Transition {
  std::string from;
  std::string to;
  int months = 0;  // typical time the move takes
  std::vector<Criterion> criteria;
  std::vector<std::string> checkpoints;  // Checkpoint ids
  int line = 0;
};

// A long-term track after a role (technical specialisation, technical leadership).
struct GrowthTrack {
  std::string id;
  std::string name;
  std::string from;                // a role id
  std::vector<std::string> roles;  // role ids along the track
  std::string description;
  int line = 0;
};

// One question of the promotion framework, answered by its signals.
struct PromotionQuestion {
  std::string id;
  std::string question;
  std::vector<std::string> signals;
  int yes_at = 2;  // how many of its signals work lines must show for a clear yes
  std::vector<std::string> checkpoints;  // milestones that build what a "no" lacks
  std::vector<std::string> required;  // `requires`: a clear yes also needs one of these shown (empty: none)
  int line = 0;
};

struct Certification {
  std::string id;
  std::string name;
  std::string issuer;
  std::vector<std::string> aliases;
  std::vector<std::string> roles;   // role ids that value it
  std::vector<std::string> skills;  // taxonomy skill ids it shows
  int line = 0;
  std::vector<std::string> keys;    // its name and aliases as normalize_key writes them (filled on load)
  // Those keys without their number words, where two words or more are left ("java se 11
  // developer" -> "java se developer"); filled on load.
  std::vector<std::string> bare_keys;
};

// A whole, validated ladder. Lookups are linear: ladders hold tens of entries.
struct Ladder {
  std::string id;
  std::string name;
  std::string description;
  int version = 0;
  std::string file;  // where it was loaded from

  std::vector<Track> tracks;
  std::vector<Signal> signals;
  std::vector<Role> roles;
  std::vector<Checkpoint> checkpoints;
  std::vector<Transition> transitions;
  std::vector<GrowthTrack> growth_tracks;
  std::vector<PromotionQuestion> promotion_questions;
  std::vector<Certification> certifications;
  // Phrases that lower a work line to a claim ("under guidance", "assisted", "involved in",
  // "as part of the internship"), in the phrase syntax of rungs/phrase_pattern.h; a position
  // whose title holds one (an internship) lowers all its lines.
  std::vector<std::string> hedges;

  // Lookups by id; nullptr when absent.
  const Role* role(std::string_view id) const;
  const Track* track(std::string_view id) const;
  const Signal* signal(std::string_view id) const;
  const Checkpoint* checkpoint(std::string_view id) const;
  const Certification* certification(std::string_view id) const;
  // The title of the role with this id, or the id itself when the ladder has no such role.
  std::string role_title(std::string_view id) const;
  // The transition from -> to, or nullptr.
  const Transition* transition(std::string_view from, std::string_view to) const;

  // The main track (validation guarantees there is one).
  const Track* main_track() const;
  // The roles of the main track, lowest order first.
  std::vector<const Role*> main_roles() const;
  // Roles ordered by track (main first, in file order of tracks) then by order.
  std::vector<const Role*> roles_by_track() const;
};

// "unknown target role 'cto' (did you mean ...?); the roles of ladder 'x' are: a, b, c", where
// `which` says which role it was meant to be ("target", "starting").
std::string unknown_role_message(const Ladder& ladder, std::string_view id, std::string_view which);

}  // namespace rungs

#endif  // RUNGS_LADDER_H_
