// The skills found in a resume as text, grouped by category, for `rungs skills`.
#include <cstdio>
#include <map>

#include "report/cited_lines.h"
#include "report/text_table.h"
#include "rungs/skills_view.h"

namespace rungs {

std::string via_text(const SkillEvidence& skill) {
  std::string out;
  for (const Skill* s : skill.via) out += (out.empty() ? " via " : ", ") + s->name;
  return out;
}

namespace {

std::string skill_heading(const SkillEvidence& e) {
  std::string out = e.skill->name;
  if (e.skill->origin == SkillOrigin::kOnet) out += " (O*NET)";
  out += ": ";
  out += evidence_name(e.evidence);
  out += via_text(e);
  if (e.years > 0) {
    char years[32];
    std::snprintf(years, sizeof years, ", %.1f years", e.years);
    out += years;
  }
  return out;
}

std::string counts_line(const std::vector<SkillEvidence>& skills) {
  std::size_t counts[3] = {0, 0, 0};
  for (const SkillEvidence& e : skills) ++counts[static_cast<int>(e.evidence)];
  return std::to_string(skills.size()) + " skills: " + std::to_string(counts[0]) + " hands-on, " +
         std::to_string(counts[1]) + " certified, " + std::to_string(counts[2]) + " listed only";
}

}  // namespace

std::string render_skills_text(const std::vector<SkillEvidence>& skills, const Taxonomy& taxonomy,
                               const std::string& source, std::size_t width,
                               std::size_t max_lines) {
  std::string out = "Skills in " + source + ": " + counts_line(skills) + "\n";
  out += "hands-on = named in a position or project; certified = named by a certification; "
         "listed = only in a skills list, summary or headline (claim it with a project or drop it)\n";
  if (skills.empty()) return out + "\nNo known skill is named in this resume.\n";
  std::map<std::string, std::vector<const SkillEvidence*>> by_category;
  for (const SkillEvidence& e : skills) by_category[e.skill->category].push_back(&e);
  for (const SkillCategory& category : taxonomy.categories()) {
    auto found = by_category.find(category.id);
    if (found == by_category.end()) continue;
    out += section_heading(category.name);
    for (const SkillEvidence* e : found->second) {
      out += "\n" + skill_heading(*e) + "\n";
      std::vector<TextLine> shown(e->lines.begin(),
                                  e->lines.begin() + std::min(e->lines.size(), max_lines));
      out += cited_lines_table(shown, width, "  ");
      if (e->lines.size() > shown.size()) {
        std::size_t more = e->lines.size() - shown.size();
        out += "  ... and " + std::to_string(more) + (more == 1 ? " more line\n" : " more lines\n");
      }
    }
  }
  return out;
}

}  // namespace rungs
