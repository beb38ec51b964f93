// The ladder as text tables for `rungs ladder show` and `rungs ladder roles`.
#include <map>

#include "common/text.h"
#include "report/text_table.h"
#include "rungs/ladder_view.h"

namespace rungs {
namespace {

std::string years_text(const YearsRange& years) {
  if (!years.max) return std::to_string(years.min) + "+";
  return std::to_string(years.min) + "-" + std::to_string(*years.max);
}

std::string skill_names(const std::vector<std::string>& ids, const Taxonomy& taxonomy) {
  std::vector<std::string> names;
  for (const std::string& id : ids) {
    const Skill* s = taxonomy.find(id);
    names.push_back(s ? s->name : id);
  }
  return join(names, ", ");
}

std::string roles_section(const Ladder& ladder, const Taxonomy& taxonomy, std::size_t width) {
  TextTable table({"Level", "Role", "Years", "Main focus", "Typical tools", "Job titles"});
  for (const Role* r : ladder.roles_by_track()) {
    const Track* track = ladder.track(r->track);
    std::string role = r->title + "\n(" + r->id + ")";
    if (track && !track->main) role += "\n" + track->name;
    table.add_row({std::to_string(r->order), role, years_text(r->years), join(r->focus, ", "),
                   skill_names(r->tools, taxonomy), join(r->titles, ", ")});
  }
  return section_heading("Roles") + table.render(width);
}

// Each role's required skills, core first; a group reads "A backend language: Java | Kotlin | Go".
std::string skills_section(const Ladder& ladder, const Taxonomy& taxonomy, std::size_t width) {
  TextTable table({"Role", "Core skills", "Useful skills"});
  for (const Role* r : ladder.roles_by_track()) {
    std::vector<std::string> core, useful;
    for (const RoleSkill& s : r->skills) {
      std::string text = skill_names({s.skill}, taxonomy);
      if (s.is_group()) {
        std::vector<std::string> names;
        for (const std::string& id : s.any_of) names.push_back(skill_names({id}, taxonomy));
        text = s.name + " (any of " + join(names, " | ") + ")";
      }
      (s.weight == Weight::kCore ? core : useful).push_back(text);
    }
    table.add_row({r->title, join(core, "; "), join(useful, "; ")});
  }
  return section_heading("Skills per role") + table.render(width);
}

// Companies down the side, roles across: where each company's grades sit on this ladder.
std::string grades_section(const Ladder& ladder, std::size_t width) {
  std::vector<const Role*> columns;
  std::map<std::string, std::map<std::string, std::vector<std::string>>> by_company;
  for (const Role* r : ladder.roles_by_track()) {
    if (r->grades.empty()) continue;
    columns.push_back(r);
    for (const Grade& g : r->grades) by_company[g.company][r->id].push_back(g.title);
  }
  if (columns.empty()) return "";
  std::vector<std::string> headers{"Company"};
  for (const Role* r : columns) headers.push_back(r->title);
  TextTable table(headers);
  for (const auto& [company, grades] : by_company) {
    std::vector<std::string> row{company};
    for (const Role* r : columns) {
      auto it = grades.find(r->id);
      row.push_back(it == grades.end() ? "" : join(it->second, ", "));
    }
    table.add_row(std::move(row));
  }
  return section_heading("Company grades") + table.render(width);
}

std::string transitions_section(const Ladder& ladder, std::size_t width) {
  TextTable table({"From", "To", "Months", "Criteria", "Checkpoints"});
  for (const Transition& t : ladder.transitions) {
    std::vector<std::string> criteria;
    for (const Criterion& c : t.criteria) criteria.push_back("- " + c.text);
    std::vector<std::string> checkpoints;
    for (const std::string& id : t.checkpoints) {
      const Checkpoint* c = ladder.checkpoint(id);
      checkpoints.push_back("- " + (c ? c->title : id));
    }
    table.add_row({ladder.role_title(t.from), ladder.role_title(t.to), std::to_string(t.months),
                   join(criteria, "\n"), join(checkpoints, "\n")});
  }
  return section_heading("Transitions") + table.render(width);
}

std::string growth_section(const Ladder& ladder, std::size_t width) {
  if (ladder.growth_tracks.empty()) return "";
  TextTable table({"Growth track", "From", "Towards", "What it means"});
  for (const GrowthTrack& g : ladder.growth_tracks) {
    std::vector<std::string> roles;
    for (const std::string& id : g.roles) roles.push_back(ladder.role_title(id));
    table.add_row({g.name, ladder.role_title(g.from), join(roles, " -> "), g.description});
  }
  return section_heading("Growth tracks") + table.render(width);
}

std::string questions_section(const Ladder& ladder, std::size_t width) {
  TextTable table({"Promotion question", "Answered by"});
  for (const PromotionQuestion& q : ladder.promotion_questions) {
    std::vector<std::string> signals;
    for (const std::string& id : q.signals) {
      const Signal* s = ladder.signal(id);
      signals.push_back(s ? s->name : id);
    }
    table.add_row({q.question + "\n(" + q.id + ")", join(signals, ", ")});
  }
  return section_heading("Promotion questions") + table.render(width);
}

std::string certifications_section(const Ladder& ladder, const Taxonomy& taxonomy,
                                   std::size_t width) {
  if (ladder.certifications.empty()) return "";
  TextTable table({"Certification", "Issuer", "Valued for", "Shows"});
  for (const Certification& c : ladder.certifications) {
    std::vector<std::string> roles;
    for (const std::string& id : c.roles) roles.push_back(ladder.role_title(id));
    table.add_row({c.name, c.issuer, join(roles, ", "), skill_names(c.skills, taxonomy)});
  }
  return section_heading("Certifications") + table.render(width);
}

}  // namespace

std::string render_ladder_text(const Ladder& ladder, const Taxonomy& taxonomy, std::size_t width) {
  std::string out = ladder.name + " (" + ladder.id + ", version " + std::to_string(ladder.version) + ")\n";
  if (!ladder.description.empty()) {
    for (const std::string& line : wrap_text(ladder.description, width)) out += line + "\n";
  }
  out += roles_section(ladder, taxonomy, width);
  out += skills_section(ladder, taxonomy, width);
  out += grades_section(ladder, width);
  out += transitions_section(ladder, width);
  out += growth_section(ladder, width);
  out += questions_section(ladder, width);
  out += certifications_section(ladder, taxonomy, width);
  return out;
}

std::string render_roles_text(const Ladder& ladder, std::size_t width) {
  TextTable table({"Role id", "Title", "Track", "Level", "Years"});
  for (const Role* r : ladder.roles_by_track()) {
    const Track* track = ladder.track(r->track);
    table.add_row({r->id, r->title, track ? track->name : r->track, std::to_string(r->order),
                   years_text(r->years)});
  }
  return table.render(width);
}

}  // namespace rungs
