// The report as one self-contained HTML page: no network, no external files. The verdict and the
// five questions first, then the charts (coverage radar, path timeline, skills by evidence), the
// gaps, the findings with their fixes and lines, and the job match. Accessible (real text,
// headings, labelled charts), printable, readable in grey and at phone width.

#include "common/text.h"
#include "report/html_page.h"
#include "report/svg_charts.h"
#include "report/text_table.h"
#include "rungs/report_view.h"

namespace rungs {
namespace {


std::vector<RadarAxis> radar_axes(const Gaps& gaps) {
  std::vector<RadarAxis> axes;
  for (const CategoryCoverage& c : gaps.categories) axes.push_back({c.name, c.coverage});
  return axes;
}

std::string verdict_html(const Report& r, const Ladder& ladder) {
  std::string out = "<header><h1>" + escape_html(r.person.name.empty() ? "Assessment" : r.person.name) + "</h1>";
  if (!r.person.headline.empty()) out += "<p>" + escape_html(r.person.headline) + "</p>";
  out += "</header><section class=\"verdict\" aria-label=\"Verdict\">";
  out += "<div class=\"card\"><div>Placed as</div><div class=\"big\" id=\"placed-role\">" +
         escape_html(r.placement.title) + "</div><div>confidence <span id=\"confidence\">" +
         decimal_text(r.placement.confidence, 2) + "</span></div></div>";
  if (!r.readiness.to.empty()) {
    std::string verdict(verdict_name(r.readiness.verdict));
    out += "<div class=\"card\"><div>Ready for " + escape_html(ladder.role_title(r.readiness.to)) +
           "?</div><div class=\"big " + verdict + "\" id=\"verdict\">" + verdict + "</div><div>" +
           std::to_string(r.readiness.yes) + " of " + std::to_string(r.readiness.criteria.size()) + " yes</div></div>";
  }
  if (r.placement.title_suggests && *r.placement.title_suggests != r.placement.role) {
    out += "<div class=\"card\"><div>Your title suggests</div><div class=\"big\">" +
           escape_html(ladder.role_title(*r.placement.title_suggests)) + "</div><div>the evidence supports " +
           escape_html(r.placement.title) + "</div></div>";
  }
  out += "</section><h2>Promotion readiness</h2><ul id=\"questions\">";
  for (const CriterionAnswer& c : r.readiness.criteria) {
    std::string a(answer_name(c.answer));
    out += "<li><span class=\"badge " + a + "\">" + a + "</span> " + escape_html(c.question) + cited_lines_html(c.evidence);
    if (!c.next_step.empty()) out += "<div>Next: " + escape_html(c.next_step) + "</div>";
    out += "</li>";
  }
  out += "</ul><h2>Why this placement</h2><ul>";
  for (const std::string& reason : r.placement.reasons) out += "<li>" + escape_html(reason) + "</li>";
  return out + "</ul>";
}

std::string charts_html(const Report& r, const Ladder& ladder) {
  int counts[3] = {0, 0, 0};
  for (const SkillEvidence& e : r.skills) ++counts[static_cast<int>(e.evidence)];
  std::string target = ladder.role_title(r.gaps.target);
  std::string out = "<h2>Charts</h2><div class=\"charts\">";
  out += "<figure><figcaption>Coverage of " + escape_html(target) + " skills by category (" +
         percent_text(r.gaps.coverage) + ")</figcaption>" +
         radar_svg(radar_axes(r.gaps), "Coverage per skill category against " + target) + "</figure>";
  out += "<figure><figcaption>Skills by evidence</figcaption>" + evidence_svg(counts[0], counts[1], counts[2]) +
         "</figure>";
  out += "</div>";
  if (r.path) {
    out += "<figure><figcaption>Path to " + escape_html(ladder.role_title(r.path->best.to)) + ": " +
           std::to_string(r.path->best.total_months) + " months</figcaption>" +
           path_svg(r.path->best, ladder.role_title(r.path->best.from)) + "</figure><ol>";
    for (const PathStep& s : r.path->best.steps) {
      out += "<li><b>" + escape_html(s.title) + "</b>, " + std::to_string(s.months) + " months";
      std::string checkpoints;
      for (const std::string& id : s.checkpoints) {
        const Checkpoint* c = ladder.checkpoint(id);
        checkpoints += "<li>" + escape_html(c ? c->title : id) + "</li>";
      }
      for (const std::string& id : s.certifications) {
        const Certification* c = ladder.certification(id);
        checkpoints += "<li>Certification: " + escape_html(c ? c->name : id) + "</li>";
      }
      if (!checkpoints.empty()) out += "<ul>" + checkpoints + "</ul>";
      out += "</li>";
    }
    out += "</ol>";
  } else if (!r.path_note.empty()) {
    out += "<p>" + escape_html(r.path_note) + "</p>";
  }
  return out;
}

std::string gaps_and_findings_html(const Report& r, const Ladder& ladder) {
  std::string out = "<h2>Gaps to " + escape_html(ladder.role_title(r.gaps.target)) + "</h2><table><thead><tr>"
                    "<th>Skill</th><th>Weight</th><th>State</th><th>Why</th></tr></thead><tbody>";
  for (const auto* list : {&r.gaps.missing, &r.gaps.unproven}) {
    for (const SkillGap& g : *list) {
      out += "<tr><td>" + escape_html(g.name) + "</td><td>" + std::string(weight_name(g.weight)) + "</td><td>" +
             (list == &r.gaps.missing ? "missing" : "unproven") + "</td><td>" + escape_html(g.why) + "</td></tr>";
    }
  }
  out += "</tbody></table><h2>What to do next</h2><ol>";
  for (const CheckpointAdvice& c : r.checkpoints) out += "<li>" + escape_html(c.title) + "</li>";
  out += "</ol>";
  if (!r.certifications.empty()) {
    out += "<ul>";
    for (const CertificationAdvice& c : r.certifications) {
      out += "<li>Certification: <b>" + escape_html(c.name) + "</b>. " + escape_html(c.why) + "</li>";
    }
    out += "</ul>";
  }
  out += "<h2>What a recruiter will hold against the resume</h2><div id=\"findings\">";
  for (const Finding& f : r.findings) {
    std::string s(severity_name(f.severity));
    out += "<div class=\"finding " + s + "\"><p><span class=\"badge " + s + "\">" + s + "</span> " +
           escape_html(f.message) + "</p><p>Fix: " + escape_html(f.fix) + "</p>" + cited_lines_html(f.lines) + "</div>";
  }
  out += "</div>";
  if (r.match) {
    out += "<h2>Job match: " + std::to_string(r.match->score) + " / 100</h2><ul>";
    for (const JobSkill& s : r.match->matched) {
      out += "<li>" + escape_html(s.name) + (s.must ? " (must-have, " : " (nice-to-have, ") +
             std::string(evidence_name(*s.evidence)) + escape_html(s.via_text()) + ")</li>";
    }
    for (const JobSkill& s : r.match->missing) {
      out += "<li><b>Missing:</b> " + escape_html(s.name) + (s.must ? " (must-have)" : " (nice-to-have)") + "</li>";
    }
    out += "</ul>";
  }
  return out;
}

}  // namespace

std::string render_report_html(const Report& r, const Ladder& ladder) {
  std::string title = "rungs: " + (r.person.name.empty() ? std::string("assessment") : r.person.name) + ", " +
                      r.placement.title;
  std::string out = verdict_html(r, ladder);
  out += charts_html(r, ladder);
  out += gaps_and_findings_html(r, ladder);
  out += "<footer>Made by rungs from " + escape_html(r.source.file) + " on " + escape_html(r.generated_at) +
         " against the ladder " + escape_html(r.ladder_name) + ". O*NET data: U.S. Department of Labor, "
         "Employment and Training Administration, CC BY 4.0.</footer>";
  return html_page(title, out);
}

}  // namespace rungs
