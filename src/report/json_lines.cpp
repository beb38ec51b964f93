#include "report/json_lines.h"

namespace rungs {

Json cited_lines_json(const std::vector<TextLine>& lines) {
  Json out = Json::array();
  for (const TextLine& l : lines) {
    out.push_back({{"text", l.text}, {"section", section_name(l.section)}, {"line", l.line}});
  }
  return out;
}

}  // namespace rungs
