// The evaluation figures as text: the headline rates, the placement confusion matrix, answers per
// promotion question, findings per id, and every miss with the lines that led to it.
#include <set>

#include "report/cited_lines.h"
#include "report/text_table.h"
#include "rungs/eval.h"
#include "rungs/finding_rules.h"

namespace rungs {
namespace {

std::string fraction(const Tally& t) {
  return std::to_string(t.correct) + "/" + std::to_string(t.total) + "  " + percent_text(t.rate());
}

std::string two_decimals(double v) {
  std::string s = std::to_string(v);
  return s.substr(0, s.find('.') + 3);
}

// Rows and columns are the roles that occur, in the ladder's order (then any others by name).
std::string confusion_table(const EvalResult& r, std::size_t width) {
  std::set<std::string> roles;
  for (const auto& [label, row] : r.confusion) {
    roles.insert(label);
    for (const auto& [placed, n] : row) roles.insert(placed);
  }
  std::vector<std::string> order;
  for (const std::string& id : r.roles) {
    if (roles.erase(id) > 0) order.push_back(id);
  }
  order.insert(order.end(), roles.begin(), roles.end());
  std::vector<std::string> headers = {"labelled \\ placed"};
  for (std::size_t i = 0; i < order.size(); ++i) headers.push_back(std::to_string(i + 1));
  TextTable table(headers);
  for (std::size_t i = 0; i < order.size(); ++i) {
    std::vector<std::string> row = {std::to_string(i + 1) + " " + order[i]};
    auto it = r.confusion.find(order[i]);
    for (const std::string& placed : order) {
      int n = 0;
      if (it != r.confusion.end() && it->second.contains(placed)) n = it->second.at(placed);
      row.push_back(n == 0 ? "." : std::to_string(n));
    }
    table.add_row(row);
  }
  return table.render(width);
}

}  // namespace

std::string render_eval_text(const EvalResult& r, std::size_t width, bool brief) {
  std::string out = "rungs eval: " + std::to_string(r.resumes) + " labelled resumes\n";
  TextTable figures({"figure", "right", ""});
  figures.add_row({"placement", fraction(r.placement)});
  figures.add_row({"readiness", fraction(r.readiness)});
  figures.add_row({"promotion answers", fraction(r.criteria)});
  figures.add_row({"positions", fraction(r.positions)});
  figures.add_row({"experience years", fraction(r.experience)});
  figures.add_row({"skills hands-on", fraction(r.hands_on)});
  figures.add_row({"skills listed", fraction(r.listed)});
  figures.add_row({"skills certified", fraction(r.certified)});
  figures.add_row({"ordinary words taken for skills", std::to_string(r.false_ambiguous) + " of " + std::to_string(r.not_skills)});
  figures.add_row({"findings", "precision " + two_decimals(r.findings.precision()),
                   "recall " + two_decimals(r.findings.recall())});
  out += figures.render(width);

  out += section_heading("Placement (rows: labelled, columns: placed)");
  out += confusion_table(r, width);

  out += section_heading("Promotion answers");
  TextTable questions({"question", "right"});
  for (const auto& [id, t] : r.per_question) questions.add_row({id, fraction(t)});
  out += questions.render(width);

  out += section_heading("Findings");
  TextTable findings({"finding", "given right", "given wrongly", "missed"});
  for (const std::string& id : finding_ids()) {
    auto it = r.per_finding.find(id);
    if (it == r.per_finding.end()) continue;
    findings.add_row({id, std::to_string(it->second.true_positive), std::to_string(it->second.false_positive),
                      std::to_string(it->second.false_negative)});
  }
  out += findings.render(width);

  if (brief) return out;
  out += section_heading("Resumes");
  TextTable cases({"resume", "placed", "labelled", "readiness", "misses"});
  for (const EvalCase& c : r.cases) {
    std::string expected;
    for (const std::string& e : c.expected) expected += (expected.empty() ? "" : " or ") + e;
    cases.add_row({c.resume, c.placed, expected, c.verdict, std::to_string(c.misses)});
  }
  out += cases.render(width);

  if (!r.misses.empty()) out += section_heading("Misses");
  std::string resume;
  for (const EvalMiss& m : r.misses) {
    if (m.resume != resume) {
      resume = m.resume;
      out += "\n" + resume + "\n";
    }
    for (const std::string& line : wrap_text(m.kind + ": " + m.message, width > 4 ? width - 2 : width)) {
      out += "  " + line + "\n";
    }
    out += cited_lines_table(m.lines, width, "    ");
  }
  return out;
}

}  // namespace rungs
