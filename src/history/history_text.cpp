// The history as text: the people stored, or one person's assessments and what changed.
#include <string>

#include "common/text.h"
#include "report/cited_lines.h"
#include "report/text_table.h"
#include "rungs/history.h"

namespace rungs {
namespace {

std::string date_of(const std::string& at) { return at.substr(0, 10); }

std::string readiness_cell(const AssessmentSummary& s) {
  return s.verdict.empty() ? "top of the ladder" : s.verdict;
}

}  // namespace

std::string render_people_text(const std::vector<PersonEntry>& people, const std::string& store, std::size_t width) {
  if (people.empty()) return "No one is stored in " + store + " yet: `rungs assess FILE --save` saves an assessment.\n";
  std::string out = std::to_string(people.size()) + (people.size() == 1 ? " person" : " people") + " in " + store + "\n\n";
  TextTable table({"person", "name", "assessments", "latest", "placed as", "readiness"});
  for (const PersonEntry& p : people) {
    const AssessmentSummary& s = p.latest.saved.summary;
    table.add_row({p.id, p.name, std::to_string(p.assessments), date_of(p.latest.saved.at), s.title, readiness_cell(s)});
  }
  return out + table.render(width) + "\n`rungs history PERSON` shows one person's assessments over time.\n";
}

std::string render_history_text(const std::vector<StoredAssessment>& history, const HistoryDiff* diff,
                                std::size_t width) {
  if (history.empty()) return "";
  const AssessmentToSave& latest = history.back().saved;
  std::string out = latest.person_name.empty() ? latest.person : latest.person_name + " (" + latest.person + ")";
  out += ": " + std::to_string(history.size()) + (history.size() == 1 ? " assessment" : " assessments") + "\n\n";
  TextTable table({"#", "date", "placed as", "confidence", "readiness", "yes", "target", "coverage", "path", "findings"});
  for (const StoredAssessment& a : history) {
    const AssessmentSummary& s = a.saved.summary;
    table.add_row({std::to_string(a.id), date_of(a.saved.at), s.title, decimal_text(s.confidence, 2), readiness_cell(s),
                   std::to_string(s.yes), s.target, percent_text(s.coverage),
                   s.path_months ? std::to_string(*s.path_months) + " months" : "-", std::to_string(s.findings)});
  }
  out += table.render(width);
  if (diff == nullptr) {
    if (history.size() >= 2) out += "\n`rungs history " + latest.person + " --diff` says what changed since the one before.\n";
    return out;
  }
  out += section_heading("What changed from #" + std::to_string(diff->from) + " to #" + std::to_string(diff->to));
  if (diff->changes.empty()) return out + "Nothing that the reports show.\n";
  for (const HistoryChange& c : diff->changes) {
    std::vector<std::string> wrapped = wrap_text(c.sentence, width > 4 ? width - 4 : width);
    for (std::size_t i = 0; i < wrapped.size(); ++i) out += (i == 0 ? "  - " : "    ") + wrapped[i] + "\n";
    out += cited_lines_table(c.lines, width, "      ");
  }
  return out;
}

}  // namespace rungs
