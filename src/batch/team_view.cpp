// The team page of a batch: one self-contained HTML page with inline SVG.
#include <algorithm>
#include <cstdio>
#include <map>

#include "report/html_page.h"
#include "report/svg_charts.h"
#include "report/text_table.h"
#include "rungs/batch.h"

namespace rungs {
namespace {

const char* evidence_class(const std::string& evidence) {
  return evidence == "hands-on" ? "hands-on" : evidence == "certified" ? "certified" : evidence == "listed" ? "listed" : "none";
}

}  // namespace

void TeamView::add(const Report& r, const std::string& file) {
  ++assessed_;
  ++placed_[r.placement.role];
  if (!r.readiness.to.empty()) {
    ready_ += r.readiness.verdict == Verdict::kReady;
    almost_ += r.readiness.verdict == Verdict::kAlmost;
  }
  if (!keep_rows_) return;
  Row row;
  row.file = file;
  row.name = r.person.name.empty() ? file : r.person.name;
  row.role = r.placement.role;
  row.title = r.placement.title;
  row.ready_for = r.readiness.to;
  row.verdict = r.readiness.to.empty() ? "" : std::string(verdict_name(r.readiness.verdict));
  row.yes = r.readiness.yes;
  for (const CriterionAnswer& a : r.readiness.criteria) {
    if (a.answer == Answer::kYes) row.yes_answers.push_back(a.id);
  }
  row.coverage = r.gaps.coverage;

  if (r.match) {
    row.score = r.match->score;
    for (const JobSkill& s : r.match->missing) {
      if (s.must) row.missing_must.push_back(s.name);
    }
  }
  for (const SkillEvidence& e : r.skills) row.evidence[e.skill->id] = evidence_name(e.evidence);
  for (const SkillGap& g : r.gaps.missing) {
    row.gaps.push_back(g.skill);
    row.gap_names.push_back(g.name);
  }
  rows_.push_back(std::move(row));
}

void TeamView::add_failure(const std::string& file, const std::string& reason) {
  ++failed_;
  if (keep_rows_) failures_.emplace_back(file, reason);
}

std::string TeamView::render_summary() const {
  std::string out = "Team: " + std::to_string(assessed_) + " assessed";
  if (failed_ > 0) out += ", " + std::to_string(failed_) + " not readable";
  out += "; " + std::to_string(ready_) + " ready and " + std::to_string(almost_) + " almost ready for their next role\n";
  for (const Role& role : ladder_.roles) {
    if (auto it = placed_.find(role.id); it != placed_.end()) out += "  " + std::to_string(it->second) + "  " + role.title + "\n";
  }
  return out;
}

std::string TeamView::render_html() const {
  std::string body = "<h1>Team view</h1><p>" + std::to_string(rows_.size()) + " people assessed" +
                     (failures_.empty() ? "" : ", " + std::to_string(failures_.size()) + " documents not readable") + ".</p>";
  // Placement distribution: one bar per role of the ladder.
  int most = 1;
  for (const auto& [role, n] : placed_) most = std::max(most, n);
  const int bar_height = 22;
  std::string svg = "<svg class=\"chart placements\" viewBox=\"0 0 640 " + std::to_string(bar_height * static_cast<int>(ladder_.roles.size()) + 10) +
                    "\" role=\"img\" aria-labelledby=\"placements-title\"><title id=\"placements-title\">How many people each role has</title>";
  int y = 5;
  for (const Role& role : ladder_.roles) {
    const int n = placed_.contains(role.id) ? placed_.at(role.id) : 0;
    const double width = 380.0 * n / most;
    char geometry[160];
    std::snprintf(geometry, sizeof geometry, "<rect class=\"value\" x=\"220\" y=\"%d\" width=\"%.1f\" height=\"%d\"/>", y, width, bar_height - 6);
    svg += "<text class=\"tick\" x=\"212\" y=\"" + std::to_string(y + 13) + "\" text-anchor=\"end\">" + escape_html(role.title) + "</text>" +
           geometry + "<text x=\"" + std::to_string(226 + static_cast<int>(width)) + "\" y=\"" + std::to_string(y + 13) + "\">" +
           std::to_string(n) + "</text>";
    y += bar_height;
  }
  body += "<h2>Where the team stands</h2><figure>" + svg + "</svg></figure>";

  body += "<h2>Ready or almost ready for the next role</h2><table id=\"ready\"><thead><tr><th>person</th><th>placed as</th>"
          "<th>next role</th><th>readiness</th><th>yes</th><th>answered yes</th></tr></thead><tbody>";
  std::vector<const Row*> ready;
  for (const Row& r : rows_) {
    if (r.verdict == "ready" || r.verdict == "almost") ready.push_back(&r);
  }
  std::stable_sort(ready.begin(), ready.end(), [](const Row* a, const Row* b) { return a->yes > b->yes; });
  for (const Row* r : ready) {
    body += "<tr><td>" + escape_html(r->name) + "</td><td>" + escape_html(r->title) + "</td><td>" +
            escape_html(ladder_.role_title(r->ready_for)) + "</td><td class=\"" + r->verdict + "\">" + r->verdict + "</td><td>" +
            std::to_string(r->yes) + "</td><td>";
    for (std::size_t q = 0; q < r->yes_answers.size(); ++q) body += (q ? ", " : "") + escape_html(r->yes_answers[q]);
    body += "</td></tr>";
  }
  body += "</tbody></table>";

  // Skills x people for the target most of the team is judged against (--target makes it one).
  std::map<std::string, int> targets;
  for (const Row& r : rows_) ++targets[r.ready_for.empty() ? r.role : r.ready_for];
  std::string common;
  for (const auto& [role, n] : targets) {
    if (common.empty() || n > targets[common]) common = role;
  }
  if (!target_.empty()) common = target_;
  if (const Role* target = ladder_.role(common); target != nullptr && !rows_.empty()) {
    body += "<h2>" + escape_html(target->title) + "'s skills, person by person</h2><div class=\"heatmap\"><table id=\"heatmap\"><thead><tr><th>skill</th>";
    for (const Row& r : rows_) body += "<th>" + escape_html(r.name) + "</th>";
    body += "</tr></thead><tbody>";
    for (const RoleSkill& need : target->skills) {
      const Skill* skill = need.is_group() ? nullptr : taxonomy_.find(need.skill);
      body += "<tr><th>" + escape_html(need.is_group() ? need.name : skill != nullptr ? skill->name : need.skill) + "</th>";
      for (const Row& r : rows_) {
        std::string ev;  // the best evidence among the skill (or the group's members)
        for (const std::string& member : need.members()) {
          auto it = r.evidence.find(member);
          if (it == r.evidence.end()) continue;
          if (ev.empty() || it->second == "hands-on" || (it->second == "certified" && ev == "listed")) ev = it->second;
        }
        body += "<td class=\"cell " + std::string(evidence_class(ev)) + "\" title=\"" + escape_html(ev.empty() ? "not shown" : ev) +
                "\">" + (ev.empty() ? "·" : ev == "hands-on" ? "H" : ev == "certified" ? "C" : "L") + "</td>";
      }
      body += "</tr>";
    }
    body += "</tbody></table></div><p class=\"cite\">H hands-on, C certified, L listed only, · not shown.</p>";
  }

  // The gaps the team shares most, with the checkpoints that close them.
  std::map<std::string, std::pair<int, std::string>> shared;
  for (const Row& r : rows_) {
    for (std::size_t g = 0; g < r.gaps.size(); ++g) {
      auto& entry = shared[r.gaps[g]];
      ++entry.first;
      entry.second = r.gap_names[g];
    }
  }
  std::vector<std::pair<std::string, std::pair<int, std::string>>> gaps(shared.begin(), shared.end());
  std::stable_sort(gaps.begin(), gaps.end(), [](const auto& a, const auto& b) { return a.second.first > b.second.first; });
  body += "<h2>Gaps the team shares</h2><ul id=\"shared-gaps\">";
  for (std::size_t i = 0; i < gaps.size() && i < 10; ++i) {
    std::string closes;
    for (const Checkpoint& c : ladder_.checkpoints) {
      if (std::find(c.closes.begin(), c.closes.end(), gaps[i].first) != c.closes.end()) closes += (closes.empty() ? "" : "; ") + c.title;
    }
    body += "<li><b>" + escape_html(gaps[i].second.second) + "</b>: " + std::to_string(gaps[i].second.first) + " of " +
            std::to_string(rows_.size()) + (closes.empty() ? "" : ". Closed by: " + escape_html(closes)) + "</li>";
  }
  body += "</ul>";

  // With a job description: the shortlist by match score.
  std::vector<const Row*> scored;
  for (const Row& r : rows_) {
    if (r.score) scored.push_back(&r);
  }
  if (!scored.empty()) {
    std::stable_sort(scored.begin(), scored.end(), [](const Row* a, const Row* b) {
      return a->missing_must.size() != b->missing_must.size() ? a->missing_must.size() < b->missing_must.size() : *a->score > *b->score;
    });
    body += "<h2>Shortlist for the job</h2><table id=\"shortlist\"><thead><tr><th>person</th><th>score</th><th>must-haves missing</th>"
            "</tr></thead><tbody>";
    for (const Row* r : scored) {
      std::string missing;
      for (std::size_t m = 0; m < r->missing_must.size() && m < 6; ++m) missing += (m ? ", " : "") + r->missing_must[m];
      if (r->missing_must.size() > 6) missing += " and " + std::to_string(r->missing_must.size() - 6) + " more";
      body += "<tr><td>" + escape_html(r->name) + "</td><td>" + std::to_string(*r->score) + "</td><td>" +
              escape_html(missing.empty() ? "none" : missing) + "</td></tr>";
    }
    body += "</tbody></table>";
  }
  if (!failures_.empty()) {
    body += "<h2>Not readable</h2><ul>";
    for (const auto& [file, reason] : failures_) body += "<li>" + escape_html(reason) + "</li>";
    body += "</ul>";
  }
  body += "<footer>Made by rungs batch. O*NET data: U.S. Department of Labor, Employment and Training Administration, CC BY 4.0.</footer>";
  return html_page("rungs: team view", body);
}

}  // namespace rungs
