#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "assess/assessor_fixture.h"

namespace rungs {
namespace {

std::vector<std::string> ids(const std::vector<JobSkill>& skills) {
  std::vector<std::string> out;
  for (const JobSkill& s : skills) out.push_back(s.skill);
  return out;
}

JobDescription job() {
  return *read_job_bytes(R"(Backend Engineer
Requirements:
- Java, Spring Boot and PostgreSQL
- Kafka
Nice to have:
- Kubernetes, Terraform
)", "jd.txt");
}

TEST(JobMatch, HandsOnCountsFullyListedLessMustHavesFirst) {
  Profile profile = *read_profile(testing::test_data_dir() / "resumes" / "priya-senior.md");
  JobMatch m = testing::bundled_assessor().match(profile, job(), {2026, 11});
  // Priya: Java, Spring Boot, Kafka, Kubernetes hands-on, PostgreSQL hands-on (a project);
  // Terraform never named.
  EXPECT_THAT(ids(m.matched), ::testing::ElementsAre("java", "spring-boot", "postgresql", "kafka", "kubernetes"));
  EXPECT_THAT(ids(m.missing), ::testing::ElementsAre("terraform"));
  EXPECT_TRUE(m.matched.front().must);
  EXPECT_FALSE(m.matched.back().must);
  EXPECT_EQ(m.missing.front().job_line, 6);
  // must-haves 4 x 2, nice-to-haves 2 x 1: (8 + 1) / 10.
  EXPECT_EQ(m.score, 90);
  EXPECT_EQ(m.job_title, "Backend Engineer");
}

TEST(JobMatch, ListedSkillsCountLess) {
  Profile listed;
  listed.skills.push_back({"Skills", {{"Java, Spring Boot, PostgreSQL, Kafka", Section::kSkills, 3}}});
  JobMatch m = testing::bundled_assessor().match(listed, job(), {2026, 11});
  EXPECT_EQ(m.matched.size(), 4u);
  EXPECT_EQ(m.score, 32);  // 8 x 0.4 / 10
  EXPECT_EQ(*m.matched.front().evidence, Evidence::kListed);
}

TEST(JobMatch, PartOfTheReportWhenAJobIsGiven) {
  Profile profile = *read_profile(testing::test_data_dir() / "resumes" / "priya-senior.md");
  JobDescription j = job();
  auto r = testing::bundled_assessor().assess(profile, {"", {2026, 11}, &j});
  ASSERT_TRUE(r);
  ASSERT_TRUE(r->match.has_value());
  EXPECT_EQ(r->match->score, 90);
  auto without = testing::bundled_assessor().assess(profile, {"", {2026, 11}});
  EXPECT_FALSE(without->match.has_value());
}

}  // namespace
}  // namespace rungs

namespace rungs {
namespace {

TEST(JobMatch, TheGraphMeetsBroaderAsksThroughSpecificSkills) {
  // A job's "SQL" is met by hands-on PostgreSQL, its "Spring" by Spring Boot: never missing.
  Profile profile = *read_profile(testing::test_data_dir() / "personas" / "04-senior-vikram.md");
  JobDescription jd = *read_job_bytes("Backend Engineer\nRequirements:\n- Strong SQL and Spring\n", "jd.txt");
  JobMatch m = testing::bundled_assessor().match(profile, jd, {2026, 11});
  EXPECT_TRUE(m.missing.empty());
  bool sql = false;
  for (const JobSkill& s : m.matched) {
    if (s.skill != "sql") continue;
    sql = true;
    EXPECT_EQ(s.evidence, Evidence::kHandsOn);
    EXPECT_THAT(s.via, ::testing::Contains("PostgreSQL"));
    EXPECT_NE(s.via_text().find(" via PostgreSQL"), std::string::npos);
  }
  EXPECT_TRUE(sql);
}

}  // namespace
}  // namespace rungs
