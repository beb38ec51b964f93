// What the assessment steps share: the profile, the ladder, the skills found with their
// evidence, and the ladder signals the resume shows, with the lines that show them.
#ifndef RUNGS_ASSESS_EVIDENCE_H_
#define RUNGS_ASSESS_EVIDENCE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rungs/ladder.h"
#include "rungs/profile.h"
#include "rungs/skill_evidence.h"

namespace rungs::assess {

// The lines showing one ladder signal. Strong lines are work (positions, projects,
// achievements); weak lines are claims (headline, summary, certifications); hedged lines are
// work that a hedge lowers (assigned work counts toward a level, not toward a promotion answer).
struct SignalLines {
  std::vector<TextLine> strong;
  std::vector<TextLine> weak;    // claims: headline, summary, certifications
  std::vector<TextLine> hedged;  // work lines a hedge lowers ("under guidance", an internship)
};

// One sentence of a position's line as the signal finder read it: which signals it shows, and
// whether a hedge lowers it. Placement weighs the recent positions' work through these (a
// LinkedIn paragraph is several sentences of work, not one line).
struct WorkLine {
  std::size_t position = 0;  // index in Profile::positions
  const TextLine* line = nullptr;
  std::string text;          // the sentence
  bool hedged = false;
  std::vector<std::uint32_t> signals;  // ladder signal indices
};

// Finds the ladder's signal phrases in a profile (rungs/phrase_pattern.h). Built once per ladder.
// A work line that holds a hedge ("under guidance", "involved in"), or belongs to a position whose
// title does (an internship), shows its signals only weakly.
class SignalFinder {
 public:
  explicit SignalFinder(const Ladder& ladder);
  ~SignalFinder();
  // One entry per ladder signal, in the ladder's order; with `work`, also every position line.
  std::vector<SignalLines> find(const Profile& profile, std::vector<WorkLine>* work = nullptr) const;

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
  std::size_t signal_count_;
  std::size_t learning_signal_;  // proactive-learning's index, or signal_count_ when the ladder lacks it
};

// Everything known about one resume.
struct ResumeEvidence {
  const Profile& profile;
  const Ladder& ladder;
  const Taxonomy& taxonomy;
  const std::vector<SkillEvidence>& skills;
  const std::vector<SignalLines>& signals;  // by ladder signal index
  double years = 0;                         // of experience
  const std::vector<WorkLine>& work;        // the positions' lines, in profile order
  YearMonth today;
  // Lookups by id, built by index() once the fields above are set.
  std::unordered_map<std::string_view, const SkillEvidence*> skill_by_id = {};
  std::unordered_map<std::string_view, std::size_t> signal_by_id = {};

  void index();

  // The skill's evidence, or nullptr when the resume does not name it.
  const SkillEvidence* skill(std::string_view id) const;
  // The skill's display name from the taxonomy (the id when unknown).
  std::string skill_name(std::string_view id) const;
  // What meets a role's skill: the skill's evidence, or a group's best member's (the strongest
  // evidence, then the most years); nullptr when none is named.
  const SkillEvidence* role_skill(const RoleSkill& rs) const;
  // "Spring Boot", or a group's name ("A backend framework").
  std::string role_skill_name(const RoleSkill& rs) const;
  // The lines showing the signal with this id (empty lists when unknown or not shown).
  const SignalLines& signal(std::string_view id) const;
  // True when work lines show the signal.
  bool shows(std::string_view signal_id) const { return !signal(signal_id).strong.empty(); }
  // Whether any work line names the signal, hedged or not ("under guidance" work is still
  // mentioned): what a finding that says "no ... is mentioned" must check.
  bool mentions_in_work(std::string_view signal_id) const {
    const SignalLines& s = signal(signal_id);
    return !s.strong.empty() || !s.hedged.empty();
  }
};

// How much a skill's evidence counts: hands-on 1, certified 0.7, listed 0.3, absent 0.
double evidence_value(const SkillEvidence* e);

// Core skills weigh twice useful ones.
double weight_value(Weight weight);

}  // namespace rungs::assess

#endif  // RUNGS_ASSESS_EVIDENCE_H_
