// The JSON parts several reports share: cited resume lines and skill entries, written with the
// reports' JsonWriter.
#ifndef RUNGS_REPORT_JSON_LINES_H_
#define RUNGS_REPORT_JSON_LINES_H_

#include <vector>

#include "report/json_writer.h"
#include "rungs/profile.h"
#include "rungs/skill_evidence.h"

namespace rungs {

// [{text, section, line}, ...]
void write_cited_lines(JsonWriter& w, const std::vector<TextLine>& lines);

// The report's skill entries: [{id, name, category, origin, evidence, years, lines[, via]}, ...].
void write_skills(JsonWriter& w, const std::vector<SkillEvidence>& skills);

}  // namespace rungs

#endif  // RUNGS_REPORT_JSON_LINES_H_
