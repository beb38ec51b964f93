// The Profile as text for `rungs profile`: what rungs understood, section by section, with
// the line each piece came from.
#include <cmath>
#include <cstdio>

#include "common/text.h"
#include "report/cited_lines.h"
#include "report/text_table.h"
#include "rungs/profile_view.h"

namespace rungs {
namespace {

std::string titled(const std::string& title, const std::string& body) {
  return body.empty() ? "" : section_heading(title) + body;
}

std::string or_dash(const std::string& s) { return s.empty() ? "-" : s; }

}  // namespace

std::string render_profile_text(const Profile& profile, YearMonth today, std::size_t width) {
  const Person& p = profile.person;
  char years[32];
  std::snprintf(years, sizeof years, "%.1f", experience_years(profile, today));
  std::string out = or_dash(p.name);
  if (!p.headline.empty()) out += " - " + p.headline;
  out += "\n";
  std::vector<std::string> facts;
  if (!p.location.empty()) facts.push_back(p.location);
  if (!p.email.empty()) facts.push_back(p.email);
  if (!p.phone.empty()) facts.push_back(p.phone);
  for (const Link& l : p.links) facts.push_back(l.label + ": " + l.url);
  if (!facts.empty()) out += join(facts, " | ") + "\n";
  out += "Read from " + profile.source.file + " as " + profile.source.format + "; " + years +
         " years of experience from " + std::to_string(profile.positions.size()) + " positions\n";

  out += titled("Summary", cited_lines_table(profile.summary, width, "  "));

  std::string positions;
  for (const Position& x : profile.positions) {
    positions += "\n" + or_dash(x.title) + " at " + or_dash(x.company);
    if (!x.location.empty()) positions += ", " + x.location;
    std::string range = format_range(x.dates);
    positions += " (" + (range.empty() ? std::string("no dates") : range) + ")";
    if (x.volunteer) positions += " [volunteer]";
    if (x.line > 0) positions += "  " + line_ref(x.line);
    positions += "\n" + cited_lines_table(x.lines, width, "  ");
  }
  out += titled("Experience", positions);

  std::string projects;
  for (const Project& x : profile.projects) {
    projects += "\n" + or_dash(x.name);
    if (std::string range = format_range(x.dates); !range.empty()) projects += " (" + range + ")";
    if (!x.keywords.empty()) projects += " [" + join(x.keywords, ", ") + "]";
    if (x.line > 0) projects += "  " + line_ref(x.line);
    projects += "\n" + cited_lines_table(x.lines, width, "  ");
  }
  out += titled("Projects", projects);

  std::string skills;
  for (const SkillGroup& g : profile.skills) {
    std::vector<std::string> entries;
    for (const TextLine& e : g.entries) entries.push_back(e.text);
    skills += join(wrap_text((g.name.empty() ? "" : g.name + ": ") + join(entries, ", "), width), "\n") + "\n";
  }
  out += titled("Skills", skills);

  std::string certifications;
  for (const Credential& c : profile.certifications) {
    certifications += c.name + (c.issuer.empty() ? "" : " (" + c.issuer + ")") +
                      (c.date ? ", " + format_month(*c.date) : "") +
                      (c.line > 0 ? "  " + line_ref(c.line) : "") + "\n";
  }
  out += titled("Certifications", certifications);

  std::string education;
  for (const Education& e : profile.education) {
    std::string range = format_range(e.dates);
    education += or_dash(e.degree) + ", " + or_dash(e.institution) + (range.empty() ? "" : " (" + range + ")") +
                 (e.line > 0 ? "  " + line_ref(e.line) : "") + "\n";
  }
  out += titled("Education", education);
  out += titled("Achievements", cited_lines_table(profile.achievements, width, "  "));
  out += titled("Other", cited_lines_table(profile.other, width, "  "));
  std::string notes;
  for (const std::string& n : profile.notes) notes += "- " + n + "\n";
  out += titled("Notes", notes);
  return out;
}

}  // namespace rungs
