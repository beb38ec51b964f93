#include "report/json_lines.h"

#include <cmath>

namespace rungs {

Json cited_lines_json(const std::vector<TextLine>& lines) {
  Json out = Json::array();
  for (const TextLine& l : lines) {
    out.push_back({{"text", l.text}, {"section", section_name(l.section)}, {"line", l.line}});
  }
  return out;
}

Json skills_json(const std::vector<SkillEvidence>& skills) {
  Json out = Json::array();
  for (const SkillEvidence& e : skills) {
    Json entry = {{"id", e.skill->id},
                  {"name", e.skill->name},
                  {"category", e.skill->category},
                  {"origin", e.skill->origin == SkillOrigin::kOnet ? "onet" : "taxonomy"},
                  {"evidence", evidence_name(e.evidence)},
                  {"years", std::round(e.years * 10) / 10},
                  {"lines", cited_lines_json(e.lines)}};
    if (!e.via.empty()) {
      Json via = Json::array();
      for (const Skill* s : e.via) via.push_back(s->id);
      entry["via"] = via;
    }
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace rungs
