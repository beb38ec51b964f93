// The report as one self-contained HTML page: no network, no external files. The verdict and the
// five questions first, then the charts (coverage radar, path timeline, skills by evidence), the
// gaps, the findings with their fixes and lines, and the job match. Accessible (real text,
// headings, labelled charts), printable, readable in grey and at phone width.
#include <cstdio>

#include "report/svg_charts.h"
#include "report/text_table.h"
#include "rungs/report_view.h"

namespace rungs {
namespace {

constexpr const char* kStyle = R"CSS(
:root{--ink:#1d232b;--muted:#5b6572;--line:#d5dae1;--paper:#fff;--good:#1f6f43;--mid:#8a5a00;--bad:#a4262c;--accent:#2357a5;--soft:#eef2f8}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--paper)}
main{max-width:960px;margin:0 auto;padding:16px}
h1{font-size:1.6rem;margin:.2em 0}h2{font-size:1.25rem;margin:1.6em 0 .5em;border-bottom:2px solid var(--line);padding-bottom:.2em}
.verdict{display:flex;flex-wrap:wrap;gap:12px}
.card{flex:1 1 220px;border:1px solid var(--line);border-radius:8px;padding:12px;min-width:0}
.big{font-size:1.4rem;font-weight:700}
.badge{display:inline-block;min-width:4.5em;text-align:center;font-weight:700;border-radius:4px;padding:0 .4em;border:2px solid}
.yes,.ready,.low{color:var(--good)}.partly,.almost,.medium{color:var(--mid)}.no,.not-yet,.high{color:var(--bad)}
.yes{border-style:solid}.partly{border-style:dashed}.no{border-style:dotted}
ul{padding-left:1.2em}li{margin:.3em 0}
.cite{color:var(--muted);font-size:.9rem;overflow-wrap:anywhere}
.cite b{font-weight:600;color:var(--ink)}
.charts{display:flex;flex-wrap:wrap;gap:16px}
figure{flex:1 1 300px;margin:0;min-width:0}figcaption{font-weight:600;margin-bottom:4px}
svg.chart{width:100%;height:auto;display:block;overflow:hidden}
svg text{font-size:13px;fill:var(--ink)}svg .tick{font-size:11px;fill:var(--muted)}
svg .ring{fill:none;stroke:var(--line)}svg .target{fill:none;stroke:var(--ink);stroke-dasharray:4 3}
svg .axis{stroke:var(--line)}svg polygon.value{fill:rgba(35,87,165,.35);stroke:var(--accent);stroke-width:2}
svg .track{fill:var(--soft)}svg rect.value{fill:var(--accent)}
svg .step0{fill:#2357a5}svg .step1{fill:#6a8fc7}svg .step2{fill:#a9bfe0}svg .months{fill:#fff;font-weight:700}
svg .hands-on{fill:#1d232b}svg .certified{fill:#6b7480}svg .listed{fill:#c9ced6}
table{border-collapse:collapse;width:100%;table-layout:fixed}td,th{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}th:nth-child(2),th:nth-child(3){width:5.5em}
.finding{border-left:4px solid var(--line);padding:4px 10px;margin:10px 0}
.finding.high{border-left-color:var(--bad)}.finding.medium{border-left-color:var(--mid)}
.finding p{margin:.2em 0;color:var(--ink)}
footer{margin-top:2em;color:var(--muted);font-size:.85rem}
@media (max-width:600px){table,thead,tbody,tr,td,th{display:block}thead{display:none}tr{border-bottom:1px solid var(--line);padding:6px 0}td,th{border:0;padding:0 4px;width:auto}}
@media print{body{font-size:11pt}main{max-width:none;padding:0}.charts{break-inside:avoid}h2{break-after:avoid}.finding,.card,figure{break-inside:avoid}a{color:inherit}}
)CSS";

std::string fixed(double v, const char* format) {
  char b[32];
  std::snprintf(b, sizeof b, format, v);
  return b;
}

std::string cites(const std::vector<TextLine>& lines) {
  if (lines.empty()) return "";
  std::string out = "<ul class=\"cite\">";
  for (const TextLine& l : lines) {
    out += "<li><b>L" + std::to_string(l.line) + "</b> " + escape_html(l.text) + "</li>";
  }
  return out + "</ul>";
}

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
         fixed(r.placement.confidence, "%.2f") + "</span></div></div>";
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
    out += "<li><span class=\"badge " + a + "\">" + a + "</span> " + escape_html(c.question) + cites(c.evidence);
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
           escape_html(f.message) + "</p><p>Fix: " + escape_html(f.fix) + "</p>" + cites(f.lines) + "</div>";
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
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" +
                    escape_html(title) + "</title><style>" + kStyle + "</style></head><body><main>";
  out += verdict_html(r, ladder);
  out += charts_html(r, ladder);
  out += gaps_and_findings_html(r, ladder);
  out += "<footer>Made by rungs from " + escape_html(r.source.file) + " on " + escape_html(r.generated_at) +
         " against the ladder " + escape_html(r.ladder_name) + ". O*NET data: U.S. Department of Labor, "
         "Employment and Training Administration, CC BY 4.0.</footer></main></body></html>\n";
  return out;
}

}  // namespace rungs
