// The skills found in a resume as JSON: the report's `skills` entries (DESIGN.md).
#include "report/json_lines.h"
#include "rungs/skills_view.h"

namespace rungs {

std::string render_skills_json(const std::vector<SkillEvidence>& skills) {
  JsonWriter w;
  w.object([&] {
    w.key("skills");
    write_skills(w, skills);
  });
  return std::move(w).finish();
}

}  // namespace rungs
