#include "report/json_lines.h"

#include <cmath>

#include "report/cited_lines.h"

namespace rungs {

void write_cited_lines(JsonWriter& w, const std::vector<TextLine>& lines) {
  w.array_of(lines, [&](const TextLine& l) {
    w.object([&] {
      if (l.text.size() <= kCitedLineMax) {
        w.field("text", l.text);  // most lines: no copy
      } else {
        w.field("text", cited_text(l.text));
      }
      w.field("section", section_name(l.section));
      w.field("line", l.line);
      if (l.about) w.field("about", true);
    });
  });
}

void write_skills(JsonWriter& w, const std::vector<SkillEvidence>& skills) {
  w.array_of(skills, [&](const SkillEvidence& e) {
    w.object([&] {
      w.field("id", e.skill->id);
      w.field("name", e.skill->name);
      w.field("category", e.skill->category);
      w.field("origin", e.skill->origin == SkillOrigin::kOnet ? "onet" : "taxonomy");
      w.field("evidence", evidence_name(e.evidence));
      w.field("years", std::round(e.years * 10) / 10);
      w.key("lines");
      write_cited_lines(w, e.lines);
      if (!e.via.empty()) {
        w.key("via");
        w.array_of(e.via, [&](const Skill* s) { w.value(s->id); });
      }
    });
  });
}

}  // namespace rungs
