// The history as JSON: rungs.people/1 (everyone stored) and rungs.history/1 (one person).
#include "report/json_lines.h"
#include "report/json_writer.h"
#include "rungs/history.h"

namespace rungs {
namespace {

void write_summary(JsonWriter& w, const StoredAssessment& a) {
  const AssessmentSummary& s = a.saved.summary;
  w.field("id", a.id);
  w.field("at", a.saved.at);
  w.field("role", s.role);
  w.field("title", s.title);
  w.field("confidence", s.confidence);
  w.field_or_null("verdict", s.verdict);
  w.field("yes", s.yes);
  w.field("target", s.target);
  w.field("coverage", s.coverage);
  w.field("path_months", s.path_months);
  w.field("findings", s.findings);
  w.field("resume_sha256", a.saved.resume_sha256);
  w.field("ladder", a.saved.ladder_id + "@" + std::to_string(a.saved.ladder_version));
  w.field("rungs_version", a.saved.rungs_version);
}

void write_diff(JsonWriter& w, const HistoryDiff& diff) {
  w.object([&] {
    w.field("from", diff.from);
    w.field("to", diff.to);
    w.key("changes");
    w.array_of(diff.changes, [&](const HistoryChange& c) {
      w.object([&] {
        w.field("kind", c.kind);
        w.field("subject", c.subject);
        w.field_or_null("before", c.before);
        w.field_or_null("after", c.after);
        w.field("sentence", c.sentence);
        w.key("lines");
        write_cited_lines(w, c.lines);
      });
    });
  });
}

}  // namespace

std::string render_people_json(const std::vector<PersonEntry>& people) {
  JsonWriter w;
  w.object([&] {
    w.field("schema", "rungs.people/1");
    w.key("people");
    w.array_of(people, [&](const PersonEntry& p) {
      w.object([&] {
        w.field("id", p.id);
        w.field("name", p.name);
        w.field("assessments", p.assessments);
        w.key("latest");
        w.object([&] { write_summary(w, p.latest); });
      });
    });
  });
  return std::move(w).finish();
}

std::string render_history_json(const std::vector<StoredAssessment>& history, const HistoryDiff* diff) {
  JsonWriter w;
  w.object([&] {
    w.field("schema", "rungs.history/1");
    w.field("person", history.empty() ? std::string() : history.back().saved.person);
    w.field("name", history.empty() ? std::string() : history.back().saved.person_name);
    w.key("assessments");
    w.array_of(history, [&](const StoredAssessment& a) { w.object([&] { write_summary(w, a); }); });
    w.key("diff");
    if (diff != nullptr) {
      write_diff(w, *diff);
    } else {
      w.null();
    }
  });
  return std::move(w).finish();
}

}  // namespace rungs
