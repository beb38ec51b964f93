// One CSV row per person (RFC 4180: fields with a comma, quote or line break are quoted, quotes
// doubled; CRLF line ends).

#include "common/text.h"
#include "rungs/batch.h"

namespace rungs {
namespace {

std::string field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string batch_csv_header() {
  return "file,name,years,role,confidence,readiness,yes,coverage,match_score,top_gaps,findings\r\n";
}

std::string batch_csv_row(const Report& r, const std::string& file) {
  std::string gaps;
  for (std::size_t i = 0; i < r.gaps.missing.size() && i < 3; ++i) gaps += (i ? "; " : "") + r.gaps.missing[i].name;
  std::string readiness = r.readiness.to.empty() ? "" : std::string(verdict_name(r.readiness.verdict));
  return field(file) + "," + field(r.person.name) + "," + decimal_text(r.experience_years, 1) + "," + field(r.placement.role) +
         "," + decimal_text(r.placement.confidence, 2) + "," + readiness + "," + std::to_string(r.readiness.yes) + "," +
         decimal_text(r.gaps.coverage, 2) + "," + (r.match ? std::to_string(r.match->score) : "") + "," + field(gaps) + "," +
         std::to_string(r.findings.size()) + "\r\n";
}

}  // namespace rungs
