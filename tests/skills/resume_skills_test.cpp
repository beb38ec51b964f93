// Skills and evidence on real text: the public fixtures and the resumes written for the tests.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "rungs/ingest.h"
#include "rungs/skill_evidence.h"
#include "skills/bundled_matcher.h"

namespace rungs {
namespace {

using ::testing::IsSupersetOf;
using ::testing::Not;
using ::testing::Contains;

// id -> "evidence years" ("hands-on 6.9"), for the skills found in a file.
std::map<std::string, std::string> skills_of(const std::filesystem::path& file) {
  auto profile = read_profile(file);
  EXPECT_TRUE(profile) << profile.error().to_string();
  std::map<std::string, std::string> out;
  if (!profile) return out;
  for (const SkillEvidence& e : find_skill_evidence(*profile, testing::bundled_matcher(), {2026, 11})) {
    char years[16];
    std::snprintf(years, sizeof years, "%.1f", e.years);
    out[e.skill->id] = std::string(evidence_name(e.evidence)) + " " + years;
  }
  return out;
}

std::vector<std::string> ids(const std::map<std::string, std::string>& skills) {
  std::vector<std::string> out;
  for (const auto& [id, evidence] : skills) out.push_back(id);
  return out;
}

TEST(ResumeSkills, PunctuatedAliasedAndAmbiguousNamesInAWrittenResume) {
  auto skills = skills_of(testing::test_data_dir() / "resumes" / "arjun-polyglot.txt");
  std::map<std::string, std::string> expected = {
      // punctuated names, used in positions (Jan 2020 - now, Jun 2016 - Dec 2019)
      {"cpp", "hands-on 6.9"}, {"csharp", "hands-on 6.9"}, {"dotnet", "hands-on 10.5"},
      {"nodejs", "hands-on 6.9"}, {"ci-cd", "hands-on 10.5"},  // CI/CD, and Jenkins (which implies it) before
      // aliases: springboot, Spring-Boot, k8s, K8S, EKS, postgres, psql, golang, JS, TS, GCP ...
      {"spring-boot", "hands-on 10.5"}, {"kubernetes", "hands-on 10.5"}, {"postgresql", "hands-on 6.9"},
      {"go", "hands-on 6.9"}, {"javascript", "hands-on 3.6"}, {"typescript", "hands-on 6.9"},
      {"gcp", "hands-on 3.6"}, {"aws-ec2", "hands-on 3.6"}, {"aws-s3", "hands-on 3.6"},
      {"aws-rds", "hands-on 3.6"}, {"aws-lambda", "hands-on 3.6"}, {"rest-api-design", "hands-on 6.9"},
      // ambiguous names listed beside other skills in a bullet
      {"chef", "hands-on 3.6"}, {"puppet", "hands-on 3.6"}, {"make", "hands-on 3.6"},
      {"ant", "hands-on 3.6"}, {"jenkins", "hands-on 3.6"}, {"ansible", "hands-on 3.6"},
      // certified, and listed but never used
      {"azure", "certified 0.0"}, {"terraform", "certified 0.0"},
      {"rust", "listed 0.0"}, {"r-language", "listed 0.0"}, {"haskell", "listed 0.0"},
      {"java", "listed 0.0"}, {"express", "listed 0.0"}, {"flask", "listed 0.0"},
      // implied: "Spring" is only listed, but Spring Boot in work shows it (via spring-boot);
      // ASP.NET Core's years count for .NET too
      {"spring-framework", "hands-on 10.5"},
  };
  for (const auto& [id, evidence] : expected) {
    auto found = skills.find(id);
    ASSERT_NE(found, skills.end()) << id;
    EXPECT_EQ(found->second, evidence) << id;
  }
  // The summary's "go-to", "R&D", "swift delivery" and "make things simple" name nothing.
  EXPECT_THAT(ids(skills), Not(Contains("swift")));
}

TEST(ResumeSkills, MarkdownResumeOfASeniorEngineer) {
  auto skills = skills_of(testing::test_data_dir() / "resumes" / "priya-senior.md");
  EXPECT_EQ(skills["spring-boot"], "hands-on 5.7");
  EXPECT_EQ(skills["kubernetes"], "hands-on 5.7");
  EXPECT_EQ(skills["kafka"], "hands-on 2.8");
  EXPECT_EQ(skills["java"], "hands-on 2.8");
  EXPECT_EQ(skills["go"], "hands-on 0.0");            // a project, not a position
  EXPECT_EQ(skills["aws"], "certified 0.0");
  EXPECT_EQ(skills["docker"], "listed 0.0");           // only in the skills list
  EXPECT_EQ(skills["python"], "listed 0.0");
  EXPECT_EQ(skills["code-review"], "hands-on 5.7");
  EXPECT_EQ(skills["on-call"], "hands-on 1.1");
}

TEST(ResumeSkills, ServiceCompanyResumeInPlainText) {
  auto skills = skills_of(testing::test_data_dir() / "resumes" / "rahul-service.txt");
  EXPECT_THAT(ids(skills), IsSupersetOf({"java", "spring-framework", "hibernate", "junit", "jenkins",
                                         "git", "postgresql", "incident-response"}));
}

TEST(ResumeSkills, ResumeMatcherMasterJson) {
  auto skills = skills_of(testing::test_data_dir() / "fixtures" / "public" / "rm_master.json");
  EXPECT_EQ(skills["python"], "hands-on 5.9");
  EXPECT_EQ(skills["fastapi"], "hands-on 5.9");
  EXPECT_EQ(skills["microservices"], "listed 0.0");
  EXPECT_EQ(skills["aws"], "certified 0.0");
  EXPECT_EQ(skills["docker"], "listed 0.0");
  EXPECT_EQ(skills["integration-testing"], "hands-on 2.6");
}

TEST(ResumeSkills, FullStackPdf) {
  auto skills = skills_of(testing::test_data_dir() / "fixtures" / "public" / "rm_bruce_wayne_fullstack.pdf");
  EXPECT_THAT(ids(skills), IsSupersetOf({"react", "nodejs", "mongodb", "express", "docker",
                                         "kubernetes", "full-stack", "typescript", "python"}));
  EXPECT_EQ(skills["typescript"], "listed 0.0");
  EXPECT_EQ(skills["mongodb"].substr(0, 8), "hands-on");
  // "UC San Diego" is not a storage area network.
  EXPECT_THAT(ids(skills), Not(Contains("storage")));
}

TEST(ResumeSkills, JsonResumeSampleIgnoresGoInProse) {
  auto skills = skills_of(testing::test_data_dir() / "fixtures" / "public" / "jsonresume_sample.resume.json");
  EXPECT_EQ(skills["javascript"], "hands-on 0.0");
  EXPECT_THAT(ids(skills), Not(Contains("go")));  // "(Go Sooners and Cardinal!)"
}

TEST(ResumeSkills, JavaJobDescriptionPdf) {
  auto skills = skills_of(testing::test_data_dir() / "fixtures" / "public" / "rm_job_desc_java_developer.pdf");
  EXPECT_THAT(ids(skills), IsSupersetOf({"java", "sql", "hibernate", "spring-framework",
                                         "design-patterns", "unit-testing", "relational-databases"}));
  EXPECT_THAT(ids(skills), Not(Contains("insurance-domain")));  // "vision insurance" is a benefit
}

}  // namespace
}  // namespace rungs
