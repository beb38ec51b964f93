// What changed between two stored reports, and the history's renderings, on reports written by
// hand so each change is known.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rungs/history.h"

namespace rungs::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct ReportParts {
  std::string role = "senior-backend-developer", title = "Senior Backend Developer";
  double confidence = 0.7;
  std::string verdict = "almost";
  int yes = 2;
  std::string visibility = "partly";
  std::string k8s = "listed";
  bool documentation_finding = true;
  double coverage = 0.3;
  int path_months = 30;
};

std::string report_json(const ReportParts& p) {
  std::string findings = p.documentation_finding
                             ? R"([{"id": "no-documentation", "severity": "high", "message": "No documentation is mentioned.",
                                   "lines": []}])"
                             : "[]";
  return R"({"schema": "rungs.report/1", "placement": {"role": ")" + p.role + R"(", "title": ")" + p.title +
         R"(", "confidence": )" + std::to_string(p.confidence) +
         R"(}, "readiness": {"to": "technical-lead", "verdict": ")" + p.verdict + R"(", "yes": )" + std::to_string(p.yes) +
         R"(, "criteria": [{"id": "visibility", "question": "Are you visible?", "answer": ")" + p.visibility +
         R"(", "evidence": [{"text": "Spoke at the Bengaluru Go meetup", "section": "experience", "line": 14}]}]},
         "gaps": {"target": "technical-lead", "coverage": )" + std::to_string(p.coverage) +
         R"(, "missing": [{"skill": "system-design", "name": "System design"}]},
         "skills": [{"id": "kubernetes", "name": "Kubernetes", "evidence": ")" + p.k8s +
         R"(", "lines": [{"text": "Ran Kubernetes clusters", "section": "experience", "line": 12},
                         {"text": "Kubernetes", "section": "skills", "line": 3}]}],
         "findings": )" + findings + R"(, "path": {"to": "technical-lead", "total_months": )" +
         std::to_string(p.path_months) + "}}";
}

StoredAssessment stored(std::int64_t id, const ReportParts& p) {
  StoredAssessment a;
  a.id = id;
  a.saved.person = "asha";
  a.saved.person_name = "Asha Rao";
  a.saved.at = "2026-0" + std::to_string(id) + "-01T10:00:00Z";
  a.saved.report_json = report_json(p);
  a.saved.summary = {p.role, p.title, p.confidence, "technical-lead", p.verdict, p.yes, p.coverage, 1, p.path_months};
  return a;
}

const HistoryChange* find(const HistoryDiff& diff, const std::string& kind) {
  for (const HistoryChange& c : diff.changes) {
    if (c.kind == kind) return &c;
  }
  return nullptr;
}

TEST(HistoryDiff, SaysWhatMovedWithTheLinesThatShowIt) {
  ReportParts before;
  ReportParts after = before;
  after.verdict = "ready";
  after.yes = 4;
  after.visibility = "yes";
  after.k8s = "hands-on";
  after.documentation_finding = false;
  after.coverage = 0.45;
  after.path_months = 18;
  Result<HistoryDiff> diff = diff_assessments(stored(1, before), stored(2, after), Ladder{});
  ASSERT_TRUE(diff) << diff.error().to_string();
  EXPECT_EQ(diff->from, 1);
  EXPECT_EQ(diff->to, 2);
  ASSERT_TRUE(find(*diff, "readiness"));
  EXPECT_EQ(find(*diff, "readiness")->sentence, "Readiness for technical-lead went from almost (2 yes) to ready (4 yes).");
  const HistoryChange* answer = find(*diff, "answer");
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->before, "partly");
  EXPECT_EQ(answer->after, "yes");
  ASSERT_EQ(answer->lines.size(), 1u);
  EXPECT_EQ(answer->lines[0].line, 14);
  EXPECT_EQ(find(*diff, "path")->sentence, "The path to technical-lead shrank from 30 to 18 months.");
  EXPECT_EQ(find(*diff, "coverage")->sentence, "Coverage of technical-lead's skills went from 30% to 45%.");
  const HistoryChange* skill = find(*diff, "skill");
  ASSERT_TRUE(skill);
  EXPECT_EQ(skill->sentence, "Kubernetes moved from listed to hands-on:");
  ASSERT_EQ(skill->lines.size(), 2u);
  EXPECT_EQ(skill->lines[0].line, 3);  // in line order
  const HistoryChange* finding = find(*diff, "finding");
  ASSERT_TRUE(finding);
  EXPECT_EQ(finding->sentence, "Fixed: No documentation is mentioned.");
  EXPECT_FALSE(find(*diff, "placement"));  // same role, confidence within 0.1
}

TEST(HistoryDiff, RolesAreNamedByTheLadderAndAPlacementChangeComesFirst) {
  Ladder ladder;
  ladder.roles.push_back(Role{.id = "technical-lead", .title = "Technical Lead"});
  ReportParts before;
  ReportParts after = before;
  after.role = "technical-lead";
  after.title = "Technical Lead";
  Result<HistoryDiff> diff = diff_assessments(stored(1, before), stored(2, after), ladder);
  ASSERT_TRUE(diff);
  ASSERT_FALSE(diff->changes.empty());
  EXPECT_EQ(diff->changes[0].kind, "placement");
  EXPECT_EQ(diff->changes[0].sentence,
            "Placed as Technical Lead, where the earlier resume placed you as Senior Backend Developer.");
}

TEST(HistoryDiff, TheSameReportTwiceChangesNothing) {
  Result<HistoryDiff> diff = diff_assessments(stored(1, {}), stored(2, {}), Ladder{});
  ASSERT_TRUE(diff);
  EXPECT_TRUE(diff->changes.empty());
  std::string text = render_history_text({stored(1, {}), stored(2, {})}, &*diff, 100);
  EXPECT_THAT(text, HasSubstr("Nothing that the reports show."));
}

TEST(HistoryDiff, AReportThatIsNotRungsJsonIsInvalidInputNamingTheAssessment) {
  StoredAssessment broken = stored(7, {});
  broken.saved.report_json = "{\"schema\": \"something/else\"}";
  Result<HistoryDiff> diff = diff_assessments(stored(1, {}), broken, Ladder{});
  ASSERT_FALSE(diff);
  EXPECT_EQ(diff.error().kind, ErrorKind::kInvalidInput);
  EXPECT_THAT(diff.error().message, HasSubstr("assessment 7"));
  broken.saved.report_json = R"({"schema": "rungs.report/1", "placement": {"role": 5}, "skills": "no"})";
  EXPECT_TRUE(diff_assessments(stored(1, {}), broken, Ladder{}));  // odd fields are skipped, not trusted
}

TEST(HistoryRender, JsonTextAndHtml) {
  ReportParts after;
  after.coverage = 0.6;
  std::vector<StoredAssessment> history = {stored(1, {}), stored(2, after)};
  Result<HistoryDiff> diff = diff_assessments(history[0], history[1], Ladder{});
  ASSERT_TRUE(diff);
  std::string json = render_history_json(history, &*diff);
  EXPECT_THAT(json, HasSubstr("\"schema\": \"rungs.history/1\""));
  EXPECT_THAT(json, HasSubstr("\"person\": \"asha\""));
  EXPECT_THAT(json, HasSubstr("\"kind\": \"coverage\""));
  EXPECT_THAT(render_history_json(history, nullptr), HasSubstr("\"diff\": null"));
  std::string text = render_history_text(history, nullptr, 100);
  EXPECT_THAT(text, HasSubstr("Asha Rao (asha): 2 assessments"));
  EXPECT_THAT(text, HasSubstr("--diff"));
  Result<std::string> html = render_history_html(history, &*diff, Ladder{});
  ASSERT_TRUE(html);
  EXPECT_THAT(*html, HasSubstr("<svg"));
  EXPECT_THAT(*html, HasSubstr("60% of technical-lead"));
  EXPECT_THAT(*html, HasSubstr("What changed from #1 to #2"));
  EXPECT_THAT(*html, HasSubstr("Spoke at the Bengaluru Go meetup"));  // the latest report's lines
  EXPECT_THAT(*html, Not(HasSubstr("<script")));
}

TEST(HistoryRender, PeopleListing) {
  PersonEntry p{"asha", "Asha Rao", 3, stored(2, {})};
  std::string text = render_people_text({p}, "SQLite store x.db", 100);
  EXPECT_THAT(text, HasSubstr("1 person in SQLite store x.db"));
  EXPECT_THAT(text, HasSubstr("Senior Backend Developer"));
  EXPECT_THAT(render_people_text({}, "SQLite store x.db", 100), HasSubstr("No one is stored"));
  std::string json = render_people_json({p});
  EXPECT_THAT(json, HasSubstr("\"schema\": \"rungs.people/1\""));
  EXPECT_THAT(json, HasSubstr("\"assessments\": 3"));
}

TEST(HistoryExport, EmbedsTheReportAsAnObject) {
  StoredAssessment a = stored(1, {});
  a.saved.profile_json = "{\"person\": {}}";
  a.saved.resume_sha256 = "abc";
  a.saved.resume_text = "the resume";
  Result<std::string> json = render_export_json({a});
  ASSERT_TRUE(json) << json.error().to_string();
  EXPECT_THAT(*json, HasSubstr("\"schema\": \"rungs.export/1\""));
  EXPECT_THAT(*json, HasSubstr("\"report\": {"));
  EXPECT_THAT(*json, HasSubstr("\"text\": \"the resume\""));
  a.saved.profile_json = "not json";
  EXPECT_FALSE(render_export_json({a}));
}

}  // namespace
}  // namespace rungs::testing
