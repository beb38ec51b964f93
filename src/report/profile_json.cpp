// The Profile as JSON, schema rungs.profile/1.
#include <cmath>
#include "report/json_lines.h"
#include "rungs/profile_view.h"

namespace rungs {
namespace {

Json month(const std::optional<YearMonth>& date) {
  return date ? Json(format_month(*date)) : Json(nullptr);
}

Json dates(const DateRange& range) {
  return {{"start", month(range.start)}, {"end", month(range.end)}, {"present", range.present}};
}

}  // namespace

std::string render_profile_json(const Profile& profile, YearMonth today) {
  const Person& p = profile.person;
  Json links = Json::array();
  for (const Link& l : p.links) links.push_back({{"label", l.label}, {"url", l.url}});
  Json positions = Json::array();
  for (const Position& x : profile.positions) {
    positions.push_back({{"title", x.title}, {"company", x.company}, {"location", x.location},
                         {"dates", dates(x.dates)}, {"volunteer", x.volunteer}, {"line", x.line},
                         {"lines", cited_lines_json(x.lines)}});
  }
  Json projects = Json::array();
  for (const Project& x : profile.projects) {
    projects.push_back({{"name", x.name}, {"dates", dates(x.dates)}, {"keywords", x.keywords},
                        {"line", x.line}, {"lines", cited_lines_json(x.lines)}});
  }
  Json education = Json::array();
  for (const Education& x : profile.education) {
    education.push_back({{"institution", x.institution}, {"degree", x.degree}, {"dates", dates(x.dates)}, {"line", x.line}});
  }
  Json certifications = Json::array();
  for (const Credential& x : profile.certifications) {
    certifications.push_back({{"name", x.name}, {"issuer", x.issuer}, {"date", month(x.date)}, {"line", x.line}});
  }
  Json skills = Json::array();
  for (const SkillGroup& g : profile.skills) skills.push_back({{"group", g.name}, {"entries", cited_lines_json(g.entries)}});
  const double years = std::round(experience_years(profile, today) * 10) / 10;
  Json doc = {
      {"schema", "rungs.profile/1"},
      {"source", {{"file", profile.source.file}, {"format", profile.source.format}}},
      {"person", {{"name", p.name}, {"headline", p.headline}, {"location", p.location},
                  {"email", p.email}, {"phone", p.phone}, {"links", links}}},
      {"experience_years", years},
      {"summary", cited_lines_json(profile.summary)},
      {"positions", positions},
      {"projects", projects},
      {"education", education},
      {"certifications", certifications},
      {"skills", skills},
      {"achievements", cited_lines_json(profile.achievements)},
      {"other", cited_lines_json(profile.other)},
      {"notes", profile.notes},
  };
  return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace rungs
