// Resume-Matcher's resume JSON (github.com/srbhr/Resume-Matcher) into a Profile.
#include "ingest/dates.h"
#include "ingest/json_shapes.h"

namespace rungs::ingest {
namespace {

// "Jan 2021 - Present" -> a range; a note when the text is not a range.
DateRange years(JsonFields& f, const Json& item, const std::string& path, Profile& profile) {
  std::string text = f.text(item, "years", path);
  if (text.empty()) return {};
  if (std::optional<DateRange> range = parse_date_range(text)) return *range;
  profile.notes.push_back(path + ".years: '" + text + "' is not a date range; left out");
  return {};
}

// A description that is either one string or a list of strings, as cited lines.
std::vector<TextLine> description(JsonFields& f, const Json& item, const std::string& path,
                                  Section section) {
  std::vector<TextLine> lines;
  auto it = item.find("description");
  if (it != item.end() && it->is_string()) {
    lines.push_back(f.cite(it->get<std::string>(), section));
  } else {
    for (const std::string& s : f.strings(item, "description", path)) lines.push_back(f.cite(s, section));
  }
  return lines;
}

}  // namespace

Result<Profile> read_resume_matcher(const Json& doc, JsonFields& f, const std::string& name) {
  Profile profile;
  profile.source = {name, "resume-matcher-json"};
  const Json& info = f.object(doc, "personalInfo", "");
  Person& person = profile.person;
  person.name = f.text(info, "name", "personalInfo");
  person.headline = f.text(info, "title", "personalInfo");
  if (!person.headline.empty()) person.headline_line = f.cite(person.headline, Section::kHeader).line;
  person.email = f.text(info, "email", "personalInfo");
  person.phone = f.text(info, "phone", "personalInfo");
  person.location = f.text(info, "location", "personalInfo");
  for (auto [key, label] : {std::pair{"linkedin", "LinkedIn"}, {"github", "GitHub"}, {"website", "Website"}}) {
    std::string url = f.text(info, key, "personalInfo");
    if (!url.empty()) person.links.push_back({label, url});
  }
  std::string summary = f.text(doc, "summary", "");
  if (!summary.empty()) profile.summary.push_back(f.cite(summary, Section::kSummary));

  f.for_each_object(doc, "workExperience", [&](const Json& item, const std::string& path) {
    Position p;
    p.title = f.text(item, "title", path);
    p.company = f.text(item, "company", path);
    p.location = f.text(item, "location", path);
    p.line = f.cite(p.title, Section::kExperience).line;
    p.dates = years(f, item, path, profile);
    p.lines = description(f, item, path, Section::kExperience);
    profile.positions.push_back(std::move(p));
  });
  f.for_each_object(doc, "education", [&](const Json& item, const std::string& path) {
    Education e;
    e.institution = f.text(item, "institution", path);
    e.line = f.cite(e.institution, Section::kEducation).line;
    e.degree = f.text(item, "degree", path);
    e.dates = years(f, item, path, profile);
    (void)description(f, item, path, Section::kEducation);
    profile.education.push_back(std::move(e));
  });
  f.for_each_object(doc, "personalProjects", [&](const Json& item, const std::string& path) {
    Project p;
    p.name = f.text(item, "name", path);
    p.line = f.cite(p.name, Section::kProjects).line;
    p.dates = years(f, item, path, profile);
    std::string role = f.text(item, "role", path);
    if (!role.empty()) p.lines.push_back(f.cite(role, Section::kProjects));
    for (TextLine& line : description(f, item, path, Section::kProjects)) p.lines.push_back(std::move(line));
    profile.projects.push_back(std::move(p));
  });

  const Json& extra = f.object(doc, "additional", "");
  SkillGroup technical{"Technical Skills", {}};
  for (const std::string& s : f.strings(extra, "technicalSkills", "additional")) {
    technical.entries.push_back(f.cite(s, Section::kSkills));
  }
  if (!technical.entries.empty()) profile.skills.push_back(std::move(technical));
  for (const std::string& s : f.strings(extra, "languages", "additional")) {
    profile.other.push_back(f.cite(s, Section::kOther));
  }
  for (const std::string& s : f.strings(extra, "certificationsTraining", "additional")) {
    profile.certifications.push_back({s, "", std::nullopt, f.cite(s, Section::kCertifications).line});
  }
  for (const std::string& s : f.strings(extra, "awards", "additional")) {
    profile.achievements.push_back(f.cite(s, Section::kAchievements));
  }
  if (!f.ok()) return std::unexpected(f.error("Resume-Matcher resume"));
  return profile;
}

}  // namespace rungs::ingest
