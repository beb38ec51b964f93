// Cited resume lines, as every JSON report shows them. Included only by the report's JSON
// renderers, which use nlohmann::json anyway.
#ifndef RUNGS_REPORT_JSON_LINES_H_
#define RUNGS_REPORT_JSON_LINES_H_

#include <nlohmann/json.hpp>
#include <vector>

#include "rungs/profile.h"

namespace rungs {

using Json = nlohmann::ordered_json;

// [{text, section, line}, ...]
Json cited_lines_json(const std::vector<TextLine>& lines);

}  // namespace rungs

#endif  // RUNGS_REPORT_JSON_LINES_H_
