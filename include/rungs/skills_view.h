// Showing the skills found in a resume (`rungs skills`): text for a person, JSON for a program.
#ifndef RUNGS_SKILLS_VIEW_H_
#define RUNGS_SKILLS_VIEW_H_

#include <cstddef>
#include <string>
#include <vector>

#include "rungs/skill_evidence.h"

namespace rungs {

// The skills grouped by category in the taxonomy's order, each with its evidence, years and up
// to `max_lines` cited lines ("L12"), wrapped to `width`. `source` names the resume.
// " via Flyway, Liquibase" for a skill shown through more specific ones; "" otherwise.
std::string via_text(const SkillEvidence& skill);

std::string render_skills_text(const std::vector<SkillEvidence>& skills, const Taxonomy& taxonomy,
                               const std::string& source, std::size_t width,
                               std::size_t max_lines = 3);

// {"skills": [{id, name, category, origin, evidence, years, lines: [{text, section, line}]}]}
// in the order given (strongest evidence first), pretty-printed, ending in a newline.
std::string render_skills_json(const std::vector<SkillEvidence>& skills);

}  // namespace rungs

#endif  // RUNGS_SKILLS_VIEW_H_
