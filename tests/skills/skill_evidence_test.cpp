#include "rungs/skill_evidence.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "skills/bundled_matcher.h"

namespace rungs {
namespace {

const SkillEvidence* find(const std::vector<SkillEvidence>& skills, std::string_view id) {
  for (const SkillEvidence& e : skills) {
    if (e.skill->id == id) return &e;
  }
  return nullptr;
}

std::vector<int> cited(const SkillEvidence& e) {
  std::vector<int> lines;
  for (const TextLine& l : e.lines) lines.push_back(l.line);
  return lines;
}

Position position(std::string title, YearMonth start, std::optional<YearMonth> end,
                  std::vector<TextLine> lines, int line) {
  Position p;
  p.title = std::move(title);
  p.company = "Acme";
  p.dates.start = start;
  p.dates.end = end;
  p.dates.present = !end;
  p.lines = std::move(lines);
  p.line = line;
  return p;
}

Profile sample() {
  Profile p;
  p.person.headline = "Backend engineer (Java, Kafka)";
  p.person.headline_line = 2;
  p.summary = {{"Seven years of Java and Go.", Section::kSummary, 4}};
  p.positions.push_back(position("Senior Java Developer", {2022, 1}, std::nullopt,
                                 {{"Moved services to Kubernetes and Kafka.", Section::kExperience, 8}},
                                 7));
  p.positions.push_back(position("Java Developer", {2019, 1}, YearMonth{2022, 6},
                                 {{"Ran Kafka consumers; on-call twice a month.", Section::kExperience, 11},
                                  {"Volunteer Kafka meetups.", Section::kExperience, 12}},
                                 10));
  Project project;
  project.name = "ledger";
  project.keywords = {"Go", "PostgreSQL"};
  project.lines = {{"A double-entry ledger.", Section::kProjects, 15}};
  project.line = 14;
  p.projects.push_back(project);
  p.skills.push_back({"Languages", {{"Java, Go, Haskell", Section::kSkills, 18}}});
  p.skills.push_back({"Cloud", {{"AWS, Terraform", Section::kSkills, 19}}});
  p.certifications.push_back({"HashiCorp Certified: Terraform Associate", "HashiCorp", YearMonth{2023, 1}, 21});
  return p;
}

TEST(SkillEvidence, HandsOnCertifiedOrListedWithCitedLines) {
  auto skills = find_skill_evidence(sample(), testing::bundled_matcher(), {2026, 11});
  const SkillEvidence* java = find(skills, "java");
  ASSERT_NE(java, nullptr);
  EXPECT_EQ(java->evidence, Evidence::kHandsOn);          // position titles name it
  EXPECT_THAT(cited(*java), ::testing::ElementsAre(2, 4, 7, 10, 18));
  EXPECT_EQ(java->lines[0].section, Section::kHeader);
  EXPECT_EQ(java->lines[2].section, Section::kExperience);

  const SkillEvidence* terraform = find(skills, "terraform");
  ASSERT_NE(terraform, nullptr);
  EXPECT_EQ(terraform->evidence, Evidence::kCertified);
  EXPECT_THAT(cited(*terraform), ::testing::ElementsAre(19, 21));

  const SkillEvidence* haskell = find(skills, "haskell");
  ASSERT_NE(haskell, nullptr);
  EXPECT_EQ(haskell->evidence, Evidence::kListed);  // listed, never used
  EXPECT_EQ(haskell->years, 0);

  const SkillEvidence* go = find(skills, "go");
  ASSERT_NE(go, nullptr);
  EXPECT_EQ(go->evidence, Evidence::kHandsOn);  // a project's keywords
  EXPECT_THAT(cited(*go), ::testing::ElementsAre(4, 14, 18));
  EXPECT_NE(find(skills, "on-call"), nullptr);
}

TEST(SkillEvidence, YearsComeFromThePositionsThatNameTheSkill) {
  auto skills = find_skill_evidence(sample(), testing::bundled_matcher(), {2026, 11});
  // Java: 2019-01..2022-06 and 2022-01..now overlap; counted once: 2019-01..2026-11.
  EXPECT_NEAR(find(skills, "java")->years, 95 / 12.0, 1e-9);
  EXPECT_NEAR(find(skills, "kubernetes")->years, 59 / 12.0, 1e-9);
  EXPECT_NEAR(find(skills, "kafka")->years, 95 / 12.0, 1e-9);
  EXPECT_EQ(find(skills, "go")->years, 0);  // only in a project and the summary
}

TEST(SkillEvidence, StrongestEvidenceFirstThenYears) {
  auto skills = find_skill_evidence(sample(), testing::bundled_matcher(), {2026, 11});
  ASSERT_FALSE(skills.empty());
  for (std::size_t i = 1; i < skills.size(); ++i) {
    const SkillEvidence& a = skills[i - 1];
    const SkillEvidence& b = skills[i];
    EXPECT_TRUE(a.evidence < b.evidence || (a.evidence == b.evidence && a.years >= b.years))
        << a.skill->id << " before " << b.skill->id;
  }
}

TEST(SkillEvidence, EmptyProfileHasNoSkills) {
  EXPECT_TRUE(find_skill_evidence(Profile{}, testing::bundled_matcher(), {2026, 11}).empty());
}

TEST(SkillEvidence, EvidenceNamesRoundTrip) {
  for (Evidence e : {Evidence::kHandsOn, Evidence::kCertified, Evidence::kListed}) {
    EXPECT_EQ(parse_evidence_name(evidence_name(e)), e);
  }
  EXPECT_EQ(parse_evidence_name("used"), std::nullopt);
}

}  // namespace
}  // namespace rungs
