#include "rungs/assess.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "assess/assessor_fixture.h"
#include "assess/readiness.h"

namespace rungs {
namespace {

using ::testing::HasSubstr;

TEST(Assessor, VerdictFollowsTheYesToMostRule) {
  using assess::verdict_for;
  EXPECT_EQ(verdict_for(3, 0), Verdict::kReady);
  EXPECT_EQ(verdict_for(5, 0), Verdict::kReady);
  EXPECT_EQ(verdict_for(2, 0), Verdict::kAlmost);
  EXPECT_EQ(verdict_for(1, 2), Verdict::kAlmost);
  EXPECT_EQ(verdict_for(1, 3), Verdict::kAlmost);
  EXPECT_EQ(verdict_for(0, 3), Verdict::kNotYet);  // RUBRIC.md: partly answers alone are not almost
  EXPECT_EQ(verdict_for(1, 1), Verdict::kNotYet);
  EXPECT_EQ(verdict_for(0, 0), Verdict::kNotYet);
}

TEST(Assessor, EveryVerdictCitesItsLines) {
  Report r = testing::assess_file(testing::test_data_dir() / "resumes" / "priya-senior.md");
  EXPECT_EQ(r.placement.role, "senior-backend-developer");
  EXPECT_FALSE(r.placement.reasons.empty());
  ASSERT_EQ(r.readiness.criteria.size(), 5u);
  std::vector<std::string> ids;
  for (const CriterionAnswer& c : r.readiness.criteria) {
    ids.push_back(c.id);
    if (c.answer != Answer::kNo) {
      EXPECT_FALSE(c.evidence.empty()) << c.id;
    }
    if (c.answer != Answer::kYes) {
      EXPECT_FALSE(c.next_step.empty()) << c.id;
    }
    for (const TextLine& l : c.evidence) EXPECT_GT(l.line, 0) << c.id;
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"skill-mastery", "impact-projects", "collaboration",
                                           "visibility", "continuous-improvement"}));
  EXPECT_EQ(r.person.name, "Priya Sharma");
  EXPECT_EQ(r.current_title, "Senior Software Engineer");
  EXPECT_EQ(r.ladder_id, "india-backend");
}

TEST(Assessor, TargetRoleDrivesGapsAndCertifications) {
  Report r = testing::assess_file(testing::test_data_dir() / "resumes" / "priya-senior.md", "solutions-architect");
  EXPECT_EQ(r.gaps.target, "solutions-architect");
  EXPECT_GT(r.gaps.coverage, 0);
  EXPECT_LT(r.gaps.coverage, 1);
  ASSERT_FALSE(r.gaps.missing.empty());
  EXPECT_EQ(r.gaps.missing.front().weight, Weight::kCore);  // core gaps first
  EXPECT_FALSE(r.checkpoints.empty());
  EXPECT_FALSE(r.checkpoints.front().closes.empty());
  // Readiness stays with the next step of the ladder: there is no direct move to architect.
  EXPECT_EQ(r.readiness.to, "technical-lead");
  for (const CertificationAdvice& c : r.certifications) {
    EXPECT_NE(c.id, "aws-solutions-architect-associate");  // she holds it ("–" or "-")
  }
}

TEST(Assessor, UnknownTargetNamesTheRolesThatExist) {
  Profile p;
  auto r = testing::bundled_assessor().assess(p, {"senior-backend-devloper", {2026, 11}});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalidInput);
  EXPECT_THAT(r.error().message, HasSubstr("unknown target role 'senior-backend-devloper' (did you mean "
                                           "'senior-backend-developer'?)"));
  EXPECT_THAT(r.error().message, HasSubstr("technical-lead"));
}

TEST(Assessor, EmptyProfileIsPlacedAtTheBottomWithoutCrashing) {
  Profile p;
  auto r = testing::bundled_assessor().assess(p, {"", {2026, 11}});
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->placement.role, "junior-backend-developer");
  EXPECT_EQ(r->readiness.verdict, Verdict::kNotYet);
  EXPECT_TRUE(r->skills.empty());
}

TEST(Assessor, MissingDataFileIsNamed) {
  AssessData data;
  data.findings = "/nonexistent/findings.yaml";
  auto a = load_assessor(data);
  ASSERT_FALSE(a);
  EXPECT_EQ(a.error().message, "/nonexistent/findings.yaml: no such file");
}

}  // namespace
}  // namespace rungs

namespace rungs {
namespace {

TEST(AssessorPath, TargetGivesAPersonalPath) {
  Report r = testing::assess_file(testing::test_data_dir() / "resumes" / "priya-senior.md", "solutions-architect");
  ASSERT_TRUE(r.path.has_value()) << r.path_note;
  EXPECT_EQ(r.path->best.from, "senior-backend-developer");
  EXPECT_EQ(r.path->best.to, "solutions-architect");
  ASSERT_FALSE(r.path->best.steps.empty());
  int total = 0;
  for (const PathStep& s : r.path->best.steps) {
    total += s.months;
    // Her evidence changes each step: more than half, at most a quarter over the typical months.
    EXPECT_GE(s.months * 2, s.typical_months) << s.role;
    EXPECT_LE(s.months * 4, s.typical_months * 5) << s.role;
  }
  EXPECT_EQ(total, r.path->best.total_months);
  EXPECT_FALSE(r.path->alternatives.empty());
}

TEST(AssessorPath, TargetBelowThePlacedRoleSaysSo) {
  Report r = testing::assess_file(testing::test_data_dir() / "personas" / "05-lead-suresh.txt", "backend-developer");
  EXPECT_FALSE(r.path.has_value());
  EXPECT_EQ(r.path_note,
            "you are already past Backend Developer: Technical Lead is above it on the Backend engineering track");
}

TEST(AssessorPath, NoTargetNoPath) {
  Report r = testing::assess_file(testing::test_data_dir() / "resumes" / "priya-senior.md");
  EXPECT_FALSE(r.path.has_value());
  EXPECT_TRUE(r.path_note.empty());
}

}  // namespace
}  // namespace rungs
