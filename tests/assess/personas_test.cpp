// The calibration personas of tests/data/personas (see its README): placement, readiness and
// findings as a hiring manager expects them, written down before the assessment was tuned.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "assess/assessor_fixture.h"

namespace rungs {
namespace {

using ::testing::Contains;
using ::testing::Not;

std::filesystem::path persona(const char* name) { return testing::test_data_dir() / "personas" / name; }

std::vector<std::string> finding_ids(const Report& r) {
  std::vector<std::string> ids;
  for (const Finding& f : r.findings) ids.push_back(f.id);
  return ids;
}

const Finding* finding(const Report& r, std::string_view id) {
  for (const Finding& f : r.findings) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

std::vector<std::string> missing_ids(const Report& r) {
  std::vector<std::string> ids;
  for (const SkillGap& g : r.gaps.missing) ids.push_back(g.skill);
  return ids;
}

TEST(Personas, FresherWithOneInternship) {
  Report r = testing::assess_file(persona("01-fresher-ananya.txt"));
  EXPECT_EQ(r.placement.role, "junior-backend-developer");
  EXPECT_EQ(r.readiness.to, "backend-developer");
  EXPECT_EQ(r.readiness.verdict, Verdict::kNotYet);
  EXPECT_THAT(finding_ids(r), Contains("no-quantified-impact"));
  ASSERT_NE(finding(r, "no-production-incidents"), nullptr);
  EXPECT_EQ(finding(r, "no-production-incidents")->severity, Severity::kLow);  // little for a junior
}

TEST(Personas, JuniorWithALongSkillsListAndLittleToShow) {
  Report r = testing::assess_file(persona("02-junior-rohit.md"));
  EXPECT_EQ(r.placement.role, "junior-backend-developer");
  EXPECT_EQ(r.readiness.verdict, Verdict::kNotYet);
  EXPECT_THAT(finding_ids(r), Contains("vague-bullets"));
  EXPECT_THAT(finding_ids(r), Contains("no-testing"));
  bool spring_boot_high = false;
  for (const Finding& f : r.findings) {
    if (f.id == "overstated-skill" && f.message.starts_with("Spring Boot ")) spring_boot_high = f.severity == Severity::kHigh;
  }
  EXPECT_TRUE(spring_boot_high);  // a core skill of Backend Developer, only listed
  ASSERT_NE(finding(r, "vague-bullets"), nullptr);
  EXPECT_EQ(finding(r, "vague-bullets")->lines.size(), 3u);  // cites "Worked on", "Responsible for", "Involved in"
}

TEST(Personas, SolidMidLevelDeveloperInJsonResume) {
  Report r = testing::assess_file(persona("03-mid-sneha.json"));
  EXPECT_EQ(r.placement.role, "backend-developer");
  EXPECT_EQ(r.readiness.to, "senior-backend-developer");
  EXPECT_NE(r.readiness.verdict, Verdict::kReady);
  ASSERT_NE(finding(r, "no-production-incidents"), nullptr);
  EXPECT_EQ(finding(r, "no-production-incidents")->severity, Severity::kHigh);  // a lot for a senior
  EXPECT_THAT(finding_ids(r), Not(Contains("no-testing")));
}

TEST(Personas, StrongSenior) {
  Report r = testing::assess_file(persona("04-senior-vikram.md"));
  EXPECT_EQ(r.placement.role, "senior-backend-developer");
  EXPECT_EQ(r.readiness.to, "technical-lead");
  EXPECT_NE(r.readiness.verdict, Verdict::kNotYet);
  for (const char* id : {"title-evidence-mismatch", "no-testing", "no-code-review", "no-production-incidents"}) {
    EXPECT_THAT(finding_ids(r), Not(Contains(id)));
  }
  EXPECT_GE(r.placement.confidence, 0.6);
}

TEST(Personas, TechLeadAtAServiceCompany) {
  Report r = testing::assess_file(persona("05-lead-suresh.txt"));
  EXPECT_EQ(r.placement.role, "technical-lead");
  EXPECT_EQ(r.placement.title_suggests, "technical-lead");  // Infosys "Technology Lead" grade
  EXPECT_EQ(r.readiness.to, "solutions-architect");
  EXPECT_FALSE(r.readiness.transition.empty());
  EXPECT_THAT(finding_ids(r), Not(Contains("title-evidence-mismatch")));
}

TEST(Personas, BackendDeveloperMovingToDevOps) {
  Report r = testing::assess_file(persona("06-devops-karan.md"), "devops-engineer");
  // Four of the five lines of the current position are CI/CD, Terraform, Kubernetes and on-call
  // work: by the rubric the DevOps work dominates, so either role is a fair reading.
  EXPECT_THAT(r.placement.role, ::testing::AnyOf("backend-developer", "devops-engineer"));
  if (r.placement.role == "backend-developer") {
    EXPECT_EQ(r.readiness.to, "devops-engineer");
    EXPECT_NE(r.readiness.verdict, Verdict::kNotYet);
  }
  EXPECT_EQ(r.gaps.target, "devops-engineer");
  EXPECT_GE(r.gaps.coverage, 0.6);
}

TEST(Personas, GoAndPythonDeveloperAtAProductCompany) {
  Report r = testing::assess_file(persona("07-gopy-meera.md"));
  EXPECT_EQ(r.placement.role, "senior-backend-developer");
  EXPECT_EQ(r.readiness.to, "technical-lead");
  // The seed's Java tools are examples of a kind: Go and Python meet "a backend language", and
  // their frameworks "a backend framework", so Java and Spring Boot are never gaps.
  Report senior = testing::assess_file(persona("07-gopy-meera.md"), "senior-backend-developer");
  for (const char* id : {"java", "spring-boot", "backend-language", "backend-framework"}) {
    EXPECT_THAT(missing_ids(senior), Not(Contains(id)));
  }
}

TEST(Personas, SeniorByTitleOnly) {
  Report r = testing::assess_file(persona("08-title-only-amit.txt"));
  EXPECT_THAT(r.placement.role, ::testing::AnyOf("junior-backend-developer", "backend-developer"));
  EXPECT_EQ(r.placement.title_suggests, "senior-backend-developer");
  EXPECT_EQ(r.readiness.verdict, Verdict::kNotYet);
  ASSERT_NE(finding(r, "title-evidence-mismatch"), nullptr);
  EXPECT_EQ(finding(r, "title-evidence-mismatch")->severity, Severity::kHigh);
  EXPECT_FALSE(finding(r, "title-evidence-mismatch")->lines.empty());
  EXPECT_THAT(finding_ids(r), Contains("vague-bullets"));
  EXPECT_THAT(finding_ids(r), Contains("overstated-skill"));
}

}  // namespace
}  // namespace rungs
