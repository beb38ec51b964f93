// The skills found in a resume as JSON: the report's `skills` entries (DESIGN.md).
#include <cmath>

#include "report/json_lines.h"
#include "rungs/skills_view.h"

namespace rungs {

std::string render_skills_json(const std::vector<SkillEvidence>& skills) {
  Json list = Json::array();
  for (const SkillEvidence& e : skills) {
    list.push_back({{"id", e.skill->id},
                    {"name", e.skill->name},
                    {"category", e.skill->category},
                    {"origin", e.skill->origin == SkillOrigin::kOnet ? "onet" : "taxonomy"},
                    {"evidence", evidence_name(e.evidence)},
                    {"years", std::round(e.years * 10) / 10},
                    {"lines", cited_lines_json(e.lines)}});
  }
  return Json{{"skills", std::move(list)}}.dump(2) + "\n";
}

}  // namespace rungs
