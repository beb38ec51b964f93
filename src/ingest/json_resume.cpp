// The jsonresume.org schema into a Profile.
#include "ingest/dates.h"
#include "ingest/json_shapes.h"

namespace rungs::ingest {
namespace {

struct Reader {
  JsonFields& f;
  Profile& profile;

  DateRange dates(const Json& item, const std::string& path, const char* start = "startDate",
                  const char* end = "endDate") {
    DateRange range;
    range.start = f.date(item, start, path, profile.notes);
    std::string end_text = f.text(item, end, path);
    if (end_text.empty() || is_present_word(end_text)) {
      range.present = range.start.has_value();
    } else {
      range.end = f.date(item, end, path, profile.notes);
    }
    return range;
  }

  void basics(const Json& doc) {
    const Json& b = f.object(doc, "basics", "");
    Person& p = profile.person;
    p.name = f.text(b, "name", "basics");
    p.headline = f.text(b, "label", "basics");
    if (!p.headline.empty()) p.headline_line = f.cite(p.headline, Section::kHeader).line;
    p.email = f.text(b, "email", "basics");
    p.phone = f.text(b, "phone", "basics");
    if (std::string url = f.text(b, "url", "basics"); !url.empty()) p.links.push_back({"Website", url});
    const Json& loc = f.object(b, "location", "basics");
    std::string place;
    for (const char* key : {"city", "region", "countryCode"}) {
      std::string part = f.text(loc, key, "basics.location");
      if (!part.empty()) place += (place.empty() ? "" : ", ") + part;
    }
    p.location = place;
    std::string summary = f.text(b, "summary", "basics");
    if (!summary.empty()) profile.summary.push_back(f.cite(summary, Section::kSummary));
    const Json& profiles = f.list(b, "profiles", "basics");
    for (std::size_t i = 0; i < profiles.size(); ++i) {
      std::string path = element("basics.profiles", i);
      if (!profiles[i].is_object()) {
        f.problem(path, "expected an object, found " + json_type_name(profiles[i]));
        continue;
      }
      std::string network = f.text(profiles[i], "network", path);
      std::string url = f.text(profiles[i], "url", path);
      if (url.empty()) url = f.text(profiles[i], "username", path);
      if (!url.empty()) p.links.push_back({network.empty() ? "Profile" : network, url});
    }
  }

  void positions(const Json& doc, const char* key, bool volunteer) {
    f.for_each_object(doc, key, [&](const Json& item, const std::string& path) {
      Position p;
      p.volunteer = volunteer;
      p.company = f.text(item, volunteer ? "organization" : "name", path);
      if (p.company.empty()) p.company = f.text(item, "company", path);  // schema before 1.0
      p.title = f.text(item, "position", path);
      p.location = f.text(item, "location", path);
      p.dates = dates(item, path);
      p.line = f.cite(p.title.empty() ? p.company : p.title, Section::kExperience).line;
      for (const char* text_key : {"description", "summary"}) {
        std::string text = f.text(item, text_key, path);
        if (!text.empty()) p.lines.push_back(f.cite(text, Section::kExperience));
      }
      for (const std::string& h : f.strings(item, "highlights", path)) {
        p.lines.push_back(f.cite(h, Section::kExperience));
      }
      profile.positions.push_back(std::move(p));
    });
  }

  void projects(const Json& doc) {
    f.for_each_object(doc, "projects", [&](const Json& item, const std::string& path) {
      Project p;
      p.name = f.text(item, "name", path);
      p.line = f.cite(p.name, Section::kProjects).line;
      p.dates = dates(item, path);
      std::string description = f.text(item, "description", path);
      if (!description.empty()) p.lines.push_back(f.cite(description, Section::kProjects));
      for (const std::string& h : f.strings(item, "highlights", path)) {
        p.lines.push_back(f.cite(h, Section::kProjects));
      }
      p.keywords = f.strings(item, "keywords", path);
      for (const std::string& k : p.keywords) p.lines.push_back(f.cite(k, Section::kProjects));
      (void)f.strings(item, "roles", path);
      profile.projects.push_back(std::move(p));
    });
  }

  void education(const Json& doc) {
    f.for_each_object(doc, "education", [&](const Json& item, const std::string& path) {
      Education e;
      e.institution = f.text(item, "institution", path);
      e.line = f.cite(e.institution, Section::kEducation).line;
      std::string type = f.text(item, "studyType", path);
      std::string area = f.text(item, "area", path);
      e.degree = type.empty() ? area : area.empty() ? type : type + " " + area;
      e.dates = dates(item, path);
      (void)f.strings(item, "courses", path);
      profile.education.push_back(std::move(e));
    });
  }

  void certificates(const Json& doc) {
    f.for_each_object(doc, "certificates", [&](const Json& item, const std::string& path) {
      Credential c;
      c.name = f.text(item, "name", path);
      c.issuer = f.text(item, "issuer", path);
      c.date = f.date(item, "date", path, profile.notes);
      c.line = f.cite(c.name, Section::kCertifications).line;
      if (!c.name.empty()) profile.certifications.push_back(std::move(c));
    });
  }

  void skills(const Json& doc) {
    f.for_each_object(doc, "skills", [&](const Json& item, const std::string& path) {
      SkillGroup g;
      g.name = f.text(item, "name", path);
      for (const std::string& k : f.strings(item, "keywords", path)) {
        g.entries.push_back(f.cite(k, Section::kSkills));
      }
      profile.skills.push_back(std::move(g));
    });
  }

  void achievements(const Json& doc) {
    f.for_each_object(doc, "awards", [&](const Json& item, const std::string& path) {
      std::string title = f.text(item, "title", path);
      std::string summary = f.text(item, "summary", path);
      if (!title.empty()) profile.achievements.push_back(f.cite(title, Section::kAchievements));
      if (!summary.empty()) profile.achievements.push_back(f.cite(summary, Section::kAchievements));
    });
    f.for_each_object(doc, "publications", [&](const Json& item, const std::string& path) {
      std::string title = f.text(item, "name", path);
      std::string summary = f.text(item, "summary", path);
      if (!title.empty()) profile.achievements.push_back(f.cite(title, Section::kAchievements));
      if (!summary.empty()) profile.achievements.push_back(f.cite(summary, Section::kAchievements));
    });
    f.for_each_object(doc, "languages", [&](const Json& item, const std::string& path) {
      std::string language = f.text(item, "language", path);
      std::string fluency = f.text(item, "fluency", path);
      if (!language.empty()) {
        profile.other.push_back(f.cite(language, Section::kOther));
        if (!fluency.empty()) profile.other.back().text += " (" + fluency + ")";
      }
    });
    f.for_each_object(doc, "interests", [&](const Json& item, const std::string& path) {
      std::string interest = f.text(item, "name", path);
      if (!interest.empty()) profile.other.push_back(f.cite(interest, Section::kOther));
      (void)f.strings(item, "keywords", path);
    });
  }
};

}  // namespace

Result<Profile> read_json_resume(const Json& doc, JsonFields& fields, const std::string& name) {
  Profile profile;
  profile.source = {name, "json-resume"};
  Reader reader{fields, profile};
  reader.basics(doc);
  reader.positions(doc, "work", false);
  reader.positions(doc, "volunteer", true);
  reader.projects(doc);
  reader.education(doc);
  reader.certificates(doc);
  reader.skills(doc);
  reader.achievements(doc);
  if (!fields.ok()) return std::unexpected(fields.error("JSON Resume"));
  return profile;
}

}  // namespace rungs::ingest
