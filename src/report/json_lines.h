// The JSON parts several reports share: cited resume lines and skill entries. Included only by
// the report's JSON renderers, which use nlohmann::json anyway.
#ifndef RUNGS_REPORT_JSON_LINES_H_
#define RUNGS_REPORT_JSON_LINES_H_

#include <nlohmann/json.hpp>
#include <vector>

#include "rungs/profile.h"
#include "rungs/skill_evidence.h"

namespace rungs {

using Json = nlohmann::ordered_json;

// [{text, section, line}, ...]
Json cited_lines_json(const std::vector<TextLine>& lines);

// The report's skill entries: [{id, name, category, origin, evidence, years, lines}, ...].
Json skills_json(const std::vector<SkillEvidence>& skills);

}  // namespace rungs

#endif  // RUNGS_REPORT_JSON_LINES_H_
