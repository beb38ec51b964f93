// The skills a Profile names, each with the strength of its evidence, the cited lines and an
// estimate of the years it was used. Recruiters trust use over lists (the seed's "Recruiter
// Reality"), so evidence says which of the three a skill has.
#ifndef RUNGS_SKILL_EVIDENCE_H_
#define RUNGS_SKILL_EVIDENCE_H_

#include <optional>
#include <string_view>
#include <vector>

#include "rungs/profile.h"
#include "rungs/skill_matcher.h"

namespace rungs {

// How a skill is shown, strongest first.
enum class Evidence {
  kHandsOn,    // named in a position (title or bullet) or a project
  kCertified,  // named by a certification
  kListed,     // only in a skills list, the summary, the headline or elsewhere
};

// "hands-on", "certified", "listed".
const char* evidence_name(Evidence evidence);
std::optional<Evidence> parse_evidence_name(std::string_view name);

// One skill found in a profile.
struct SkillEvidence {
  const Skill* skill = nullptr;  // owned by the matcher's taxonomy
  Evidence evidence = Evidence::kListed;
  double years = 0;              // years of the positions whose text names it, overlaps once
  std::vector<TextLine> lines;   // every line naming it (or a skill it comes via), each once
  std::vector<const Skill*> via; // the more specific skills whose use shows it, when its own
                                 // name does not show it as strongly (Flyway -> database migrations)
};

// Every skill named in `profile`, and every skill those imply (Taxonomy `implies`, followed
// through): a derived skill takes the strongest evidence of the skills it comes via, with their
// lines and years, and lists them in `via`. Strongest evidence first, then more years, then by name.
// Ambiguous names ("Go", "R") count only in a skills list, in a project's keywords or on a line
// that names another skill. Ongoing positions count up to `today`.
std::vector<SkillEvidence> find_skill_evidence(const Profile& profile, const SkillMatcher& matcher,
                                               YearMonth today);

// Sorts as find_skill_evidence returns them: strongest evidence first, then more years, then name.
void sort_skill_evidence(std::vector<SkillEvidence>& skills);

}  // namespace rungs

#endif  // RUNGS_SKILL_EVIDENCE_H_
