// The history as one self-contained page: a timeline of placement and coverage drawn as inline
// SVG, the assessments, what changed, and the latest report's verdicts with their lines.
#include <algorithm>
#include <map>
#include <string>

#include "common/text.h"
#include "history/report_digest.h"
#include "report/html_page.h"
#include "report/svg_charts.h"
#include "report/text_table.h"
#include "rungs/history.h"

namespace rungs {
namespace {

// Two charts over the same x axis (one point per assessment, oldest left): the rung each was
// placed on, by the ladder's levels, and the coverage of its target's skills.
std::string timeline_svg(const std::vector<StoredAssessment>& history, const Ladder& ladder) {
  constexpr double kWidth = 640, kLeft = 170, kRight = 45, kRungTop = 20, kRungHeight = 150, kCoverTop = 210,
                   kCoverHeight = 100;
  std::size_t n = history.size();
  auto x_of = [&](std::size_t i) {
    return n == 1 ? (kLeft + kWidth - kRight) / 2 : kLeft + (kWidth - kLeft - kRight) * static_cast<double>(i) / static_cast<double>(n - 1);
  };
  // Levels: the ladder's order of each role placed; a role the ladder lacks goes at the bottom.
  std::map<int, std::string> levels;
  auto level_of = [&](const AssessmentSummary& s) {
    const Role* role = ladder.role(s.role);
    int level = role != nullptr ? role->order : 0;
    levels.emplace(level, role != nullptr ? role->title : s.title);
    return level;
  };
  std::vector<int> placed;
  for (const StoredAssessment& a : history) placed.push_back(level_of(a.saved.summary));
  int low = levels.begin()->first, high = levels.rbegin()->first;
  auto y_of_level = [&](int level) {
    return high == low ? kRungTop + kRungHeight / 2
                       : kRungTop + kRungHeight * (1.0 - static_cast<double>(level - low) / static_cast<double>(high - low));
  };
  auto y_of_cover = [&](double c) { return kCoverTop + kCoverHeight * (1.0 - std::clamp(c, 0.0, 1.0)); };

  std::string svg = "<svg class=\"chart\" viewBox=\"0 0 " + decimal_text(kWidth, 1) +
                    " 350\" role=\"img\" aria-labelledby=\"timeline-title\"><title id=\"timeline-title\">Placement and "
                    "coverage of the target's skills, assessment by assessment</title>";
  for (const auto& [level, title] : levels) {
    double y = y_of_level(level);
    svg += "<line class=\"axis\" x1=\"" + decimal_text(kLeft, 1) + "\" x2=\"" + decimal_text(kWidth - kRight, 1) + "\" y1=\"" + decimal_text(y, 1) + "\" y2=\"" + decimal_text(y, 1) +
           "\"/><text class=\"tick\" x=\"" + decimal_text(kLeft - 8, 1) + "\" y=\"" + decimal_text(y + 4, 1) + "\" text-anchor=\"end\">" +
           escape_html(title) + "</text>";
  }
  for (double c : {0.0, 0.5, 1.0}) {
    double y = y_of_cover(c);
    svg += "<line class=\"axis\" x1=\"" + decimal_text(kLeft, 1) + "\" x2=\"" + decimal_text(kWidth - kRight, 1) + "\" y1=\"" + decimal_text(y, 1) + "\" y2=\"" + decimal_text(y, 1) +
           "\"/><text class=\"tick\" x=\"" + decimal_text(kLeft - 8, 1) + "\" y=\"" + decimal_text(y + 4, 1) + "\" text-anchor=\"end\">" +
           percent_text(c) + " coverage</text>";
  }
  std::string rungs_line, cover_line;
  for (std::size_t i = 0; i < n; ++i) {
    const AssessmentSummary& s = history[i].saved.summary;
    double x = x_of(i), ry = y_of_level(placed[i]), cy = y_of_cover(s.coverage);
    rungs_line += (i == 0 ? "" : " ") + decimal_text(x, 1) + "," + decimal_text(ry, 1);
    cover_line += (i == 0 ? "" : " ") + decimal_text(x, 1) + "," + decimal_text(cy, 1);
    svg += "<circle class=\"placed\" cx=\"" + decimal_text(x, 1) + "\" cy=\"" + decimal_text(ry, 1) + "\" r=\"6\"><title>#" + std::to_string(history[i].id) +
           " " + escape_html(history[i].saved.at.substr(0, 10)) + ": " + escape_html(s.title) + "</title></circle>";
    svg += "<circle class=\"covered\" cx=\"" + decimal_text(x, 1) + "\" cy=\"" + decimal_text(cy, 1) + "\" r=\"5\"><title>#" + std::to_string(history[i].id) +
           ": " + percent_text(s.coverage) + " of " + escape_html(s.target) + "</title></circle>";
    svg += "<text class=\"tick\" x=\"" + decimal_text(x, 1) + "\" y=\"345\" text-anchor=\"middle\">" +
           escape_html(history[i].saved.at.substr(0, 10)) + "</text>";
  }
  svg += "<polyline class=\"placed\" fill=\"none\" points=\"" + rungs_line + "\"/><polyline class=\"covered\" fill=\"none\" points=\"" +
         cover_line + "\"/></svg>";
  return svg;
}

std::string table_html(const std::vector<StoredAssessment>& history) {
  std::string out =
      "<table id=\"assessments\"><thead><tr><th>#</th><th>date</th><th>placed as</th><th>readiness</th><th>yes</th>"
      "<th>coverage</th><th>findings</th></tr></thead><tbody>";
  for (const StoredAssessment& a : history) {
    const AssessmentSummary& s = a.saved.summary;
    std::string verdict = s.verdict.empty() ? "top" : s.verdict;
    out += "<tr><td>" + std::to_string(a.id) + "</td><td>" + escape_html(a.saved.at.substr(0, 10)) + "</td><td>" +
           escape_html(s.title) + "</td><td class=\"" + escape_html(verdict) + "\">" + escape_html(verdict) + "</td><td>" +
           std::to_string(s.yes) + "</td><td>" + percent_text(s.coverage) + "</td><td>" + std::to_string(s.findings) +
           "</td></tr>";
  }
  return out + "</tbody></table>";
}

std::string diff_html(const HistoryDiff& diff) {
  std::string out = "<h2>What changed from #" + std::to_string(diff.from) + " to #" + std::to_string(diff.to) +
                    "</h2><ul id=\"changes\">";
  if (diff.changes.empty()) out += "<li>Nothing that the reports show.</li>";
  for (const HistoryChange& c : diff.changes) {
    out += "<li class=\"change " + escape_html(c.kind) + "\">" + escape_html(c.sentence) + cited_lines_html(c.lines) + "</li>";
  }
  return out + "</ul>";
}

std::string latest_html(const history::ReportDigest& d, const StoredAssessment& a) {
  std::string out = "<h2>The latest report (#" + std::to_string(a.id) + ", " + escape_html(a.saved.at.substr(0, 10)) +
                    ")</h2><section class=\"verdict\"><div class=\"card\"><div>Placed as</div><div class=\"big\">" +
                    escape_html(d.title) + "</div><div>confidence " + decimal_text(d.confidence, 1) + "</div></div>";
  if (!d.verdict.empty()) {
    out += "<div class=\"card\"><div>Ready for the next role?</div><div class=\"big " + escape_html(d.verdict) + "\">" +
           escape_html(d.verdict) + "</div><div>" + std::to_string(d.yes) + " of " + std::to_string(d.answers.size()) +
           " yes</div></div>";
  }
  out += "</section><ul>";
  for (const history::DigestAnswer& c : d.answers) {
    out += "<li><span class=\"badge " + escape_html(c.answer) + "\">" + escape_html(c.answer) + "</span> " +
           escape_html(c.question) + cited_lines_html(c.evidence);
    if (!c.next_step.empty()) out += "<div>Next: " + escape_html(c.next_step) + "</div>";
    out += "</li>";
  }
  out += "</ul>";
  if (!d.missing.empty()) {
    out += "<h2>Missing for the target</h2><p>";
    for (std::size_t i = 0; i < d.missing.size(); ++i) out += (i ? ", " : "") + escape_html(d.missing[i]);
    out += "</p>";
  }
  if (!d.findings.empty()) {
    out += "<h2>What a recruiter will hold against it</h2>";
    for (const history::DigestFinding& f : d.findings) {
      out += "<div class=\"finding " + escape_html(f.severity) + "\"><p>" + escape_html(f.message) + "</p>" +
             cited_lines_html(f.lines) + "</div>";
    }
  }
  return out;
}

}  // namespace

Result<std::string> render_history_html(const std::vector<StoredAssessment>& history, const HistoryDiff* diff,
                                        const Ladder& ladder) {
  if (history.empty()) return invalid_input("no assessments to show");
  const StoredAssessment& latest = history.back();
  Result<history::ReportDigest> digest =
      history::read_report_digest(latest.saved.report_json, "assessment " + std::to_string(latest.id));
  if (!digest) return std::unexpected(digest.error());
  std::string name = latest.saved.person_name.empty() ? latest.saved.person : latest.saved.person_name;
  std::string body = "<header><h1>" + escape_html(name) + "</h1><p>" + std::to_string(history.size()) +
                     (history.size() == 1 ? " assessment, " : " assessments, from ") +
                     escape_html(history.front().saved.at.substr(0, 10)) +
                     (history.size() == 1 ? "" : " to " + escape_html(latest.saved.at.substr(0, 10))) + "</p></header>";
  body += "<figure><figcaption>Placement and coverage over time</figcaption>" + timeline_svg(history, ladder) + "</figure>";
  body += "<h2>Assessments</h2>" + table_html(history);
  if (diff != nullptr) body += diff_html(*diff);
  body += latest_html(*digest, latest);
  body += "<footer>Made by rungs from the store's saved assessments. O*NET data: U.S. Department of Labor, "
          "Employment and Training Administration, CC BY 4.0.</footer>";
  return html_page("rungs: history of " + name, body);
}

}  // namespace rungs
