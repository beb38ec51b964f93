// The report as Markdown: the same order as the text report, for a mentor or a wiki.
#include <cstdio>

#include "report/cited_lines.h"
#include "report/text_table.h"
#include "rungs/report_view.h"

namespace rungs {
namespace {

// Markdown special characters in resume text are escaped so a line cannot reshape the page.
std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string cited(const std::vector<TextLine>& lines, const std::string& indent) {
  std::string out;
  for (const TextLine& l : lines) out += indent + "- " + line_ref(l.line) + ": " + escape(cited_text(l.text)) + "\n";
  return out;
}

}  // namespace

std::string render_report_markdown(const Report& r, const Ladder& ladder) {
  char number[32];
  std::snprintf(number, sizeof number, "%.2f", r.placement.confidence);
  std::string out = "# " + escape(r.person.name.empty() ? "Assessment" : r.person.name) + ": " +
                    r.placement.title + "\n\n";
  out += "- Confidence: " + std::string(number) + "\n";
  if (!r.readiness.to.empty()) {
    out += "- Ready for " + ladder.role_title(r.readiness.to) + ": **" +
           std::string(verdict_name(r.readiness.verdict)) + "** (" + std::to_string(r.readiness.yes) +
           " of " + std::to_string(r.readiness.criteria.size()) + " yes)\n";
  }
  if (r.placement.title_suggests && *r.placement.title_suggests != r.placement.role) {
    out += "- The title suggests " + ladder.role_title(*r.placement.title_suggests) +
           "; the evidence supports " + r.placement.title + ".\n";
  }
  out += "\n## Why this placement\n\n";
  for (const std::string& reason : r.placement.reasons) out += "- " + escape(reason) + "\n";

  out += "\n## Promotion readiness\n\n";
  for (const CriterionAnswer& c : r.readiness.criteria) {
    out += "- **" + std::string(answer_name(c.answer)) + "**: " + escape(c.question) + "\n";
    out += cited(c.evidence, "  ");
    if (!c.next_step.empty()) out += "  - Next: " + escape(c.next_step) + "\n";
  }
  if (!r.readiness.transition.empty()) {
    out += "\nCriteria of the move:\n\n";
    for (const TransitionCheck& t : r.readiness.transition) {
      out += "- [" + std::string(t.met ? "x" : " ") + "] " + escape(t.text) + "\n";
    }
  }

  out += "\n## Gaps to " + ladder.role_title(r.gaps.target) + " (skills coverage " + percent_text(r.gaps.coverage) + ")\n\n";
  for (const SkillGap& g : r.gaps.missing) {
    out += "- Missing: **" + escape(g.name) + "** (" + std::string(weight_name(g.weight)) + "): " + escape(g.why) + "\n";
  }
  for (const SkillGap& g : r.gaps.unproven) {
    out += "- Unproven: **" + escape(g.name) + "** (" + std::string(weight_name(g.weight)) + "): " + escape(g.why) + "\n";
  }

  out += "\n## What to do next\n\n";
  for (std::size_t i = 0; i < r.checkpoints.size(); ++i) {
    out += std::to_string(i + 1) + ". " + escape(r.checkpoints[i].title) + "\n";
  }
  for (const CertificationAdvice& c : r.certifications) out += "- Certification: " + escape(c.name) + ". " + escape(c.why) + "\n";

  out += "\n## Findings\n\n";
  if (r.findings.empty()) out += "None.\n";
  for (const Finding& f : r.findings) {
    out += "- **" + std::string(severity_name(f.severity)) + "** `" + f.id + "`: " + escape(f.message) + "\n";
    out += "  - Fix: " + escape(f.fix) + "\n";
    out += cited(f.lines, "  ");
  }
  if (r.path) {
    out += "\n## Path to " + ladder.role_title(r.path->best.to) + ": " +
           std::to_string(r.path->best.total_months) + " months\n\n";
    for (std::size_t i = 0; i < r.path->best.steps.size(); ++i) {
      const PathStep& s = r.path->best.steps[i];
      out += std::to_string(i + 1) + ". " + s.title + ": " + std::to_string(s.months) + " months\n";
    }
    for (const Path& p : r.path->alternatives) {
      std::string via;
      for (const PathStep& s : p.steps) via += (via.empty() ? "" : " -> ") + s.title;
      out += std::string(p.usual ? "- Alternative, the usual route: " : "- Alternative: ") + via + ", " +
             std::to_string(p.total_months) + " months\n";
    }
  } else if (!r.path_note.empty()) {
    out += "\n## Path\n\n" + escape(r.path_note) + "\n";
  }
  if (r.match) {
    out += "\n## Job match: " + std::to_string(r.match->score) + " / 100\n\n";
    for (const JobSkill& s : r.match->matched) {
      out += "- Matched: " + escape(s.name) + (s.must ? " (must-have, " : " (nice-to-have, ") +
             std::string(evidence_name(*s.evidence)) + escape(s.via_text()) + ")\n";
    }
    for (const JobSkill& s : r.match->missing) {
      out += "- Missing: **" + escape(s.name) + "**" + (s.must ? " (must-have)" : " (nice-to-have)") + "\n";
    }
  }
  return out;
}

}  // namespace rungs
