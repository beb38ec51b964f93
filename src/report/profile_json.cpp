// The Profile as JSON, schema rungs.profile/1.
#include <cmath>

#include "report/json_lines.h"
#include "rungs/profile_view.h"

namespace rungs {
namespace {

void write_month(JsonWriter& w, const std::optional<YearMonth>& date) {
  if (date) w.value(format_month(*date)); else w.null();
}

void write_dates(JsonWriter& w, const DateRange& range) {
  w.object([&] {
    w.key("start");
    write_month(w, range.start);
    w.key("end");
    write_month(w, range.end);
    w.field("present", range.present);
  });
}

}  // namespace

std::string render_profile_json(const Profile& profile, YearMonth today) {
  const Person& p = profile.person;
  JsonWriter w;
  w.object([&] {
    w.field("schema", "rungs.profile/1");
    w.key("source");
    w.object([&] {
      w.field("file", profile.source.file);
      w.field("format", profile.source.format);
    });
    w.key("person");
    w.object([&] {
      w.field("name", p.name);
      w.field("headline", p.headline);
      w.field("location", p.location);
      w.field("email", p.email);
      w.field("phone", p.phone);
      w.key("links");
      w.array_of(p.links, [&](const Link& l) {
        w.object([&] {
          w.field("label", l.label);
          w.field("url", l.url);
        });
      });
    });
    w.field("experience_years", std::round(experience_years(profile, today) * 10) / 10);
    w.key("summary");
    write_cited_lines(w, profile.summary);
    w.key("positions");
    w.array_of(profile.positions, [&](const Position& x) {
      w.object([&] {
        w.field("title", x.title);
        w.field("company", x.company);
        w.field("location", x.location);
        w.key("dates");
        write_dates(w, x.dates);
        w.field("volunteer", x.volunteer);
        w.field("line", x.line);
        w.key("lines");
        write_cited_lines(w, x.lines);
      });
    });
    w.key("projects");
    w.array_of(profile.projects, [&](const Project& x) {
      w.object([&] {
        w.field("name", x.name);
        w.key("dates");
        write_dates(w, x.dates);
        w.field("keywords", x.keywords);
        w.field("line", x.line);
        w.key("lines");
        write_cited_lines(w, x.lines);
      });
    });
    w.key("education");
    w.array_of(profile.education, [&](const Education& x) {
      w.object([&] {
        w.field("institution", x.institution);
        w.field("degree", x.degree);
        w.key("dates");
        write_dates(w, x.dates);
        w.field("line", x.line);
      });
    });
    w.key("certifications");
    w.array_of(profile.certifications, [&](const Credential& x) {
      w.object([&] {
        w.field("name", x.name);
        w.field("issuer", x.issuer);
        w.key("date");
        write_month(w, x.date);
        w.field("line", x.line);
      });
    });
    w.key("skills");
    w.array_of(profile.skills, [&](const SkillGroup& g) {
      w.object([&] {
        w.field("group", g.name);
        w.key("entries");
        write_cited_lines(w, g.entries);
      });
    });
    w.key("achievements");
    write_cited_lines(w, profile.achievements);
    w.key("other");
    write_cited_lines(w, profile.other);
    w.field("notes", profile.notes);
  });
  return std::move(w).finish();
}

}  // namespace rungs
