// "The language does not set the level" (RUBRIC.md): the same work written in Java, Go, .NET or
// Node.js is placed the same, with the same figures, and the ladder's groups ("A backend
// language", "A backend framework") are met by each stack's own tools (issue 13).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "assess/assessor_fixture.h"

namespace rungs {
namespace {

using ::testing::Contains;
using ::testing::Not;

struct Stack {
  const char* language;
  const char* framework;
  const char* database;
  const char* test_tool;
};

std::string resume(const Stack& s) {
  std::string r = R"(# Kavya Menon
Backend Engineer | Bengaluru

## Experience

### Software Engineer - Cartwheel Commerce, Bengaluru (Jun 2022 - Present)
- Built the order and refund REST APIs in LANG with FRAMEWORK on DATABASE; 4k requests a second at peak.
- Designed the schema and indexes for the refunds tables; p95 latency from 300 ms to 80 ms.
- Wrote unit tests with TEST_TOOL and integration tests for every endpoint.
- Delivered the payment-retry feature end to end and documented it on the team wiki.

### Associate Software Engineer - Zeta Labs, Pune (Jul 2020 - May 2022)
- Developed REST endpoints in LANG for the onboarding service and fixed production bugs.
- Reviewed pull requests of two interns.

## Skills
LANG, FRAMEWORK, DATABASE, Git, Docker
)";
  auto put = [&](const std::string& key, const std::string& value) {
    for (std::size_t at = r.find(key); at != std::string::npos; at = r.find(key, at + value.size())) {
      r.replace(at, key.size(), value);
    }
  };
  put("FRAMEWORK", s.framework);
  put("DATABASE", s.database);
  put("TEST_TOOL", s.test_tool);
  put("LANG", s.language);
  return r;
}

using testing::assess_text;

std::vector<std::string> missing_ids(const Report& r) {
  std::vector<std::string> ids;
  for (const SkillGap& g : r.gaps.missing) ids.push_back(g.skill);
  return ids;
}

TEST(StackNeutral, SameWorkInFourStacksIsPlacedTheSame) {
  const std::vector<Stack> stacks = {{"Java", "Spring Boot", "PostgreSQL", "JUnit"},
                                     {"Go", "Gin", "PostgreSQL", "testify"},
                                     {"C#", "ASP.NET Core", "SQL Server", "xUnit"},
                                     {"TypeScript", "NestJS", "MySQL", "Jest"}};
  Report java = assess_text(resume(stacks[0]));
  EXPECT_EQ(java.placement.role, "backend-developer");
  for (const Stack& s : stacks) {
    Report r = assess_text(resume(s));
    EXPECT_EQ(r.placement.role, java.placement.role) << s.language;
    EXPECT_NEAR(r.placement.confidence, java.placement.confidence, 0.02) << s.language;
    EXPECT_EQ(r.readiness.verdict, java.readiness.verdict) << s.language;
    EXPECT_NEAR(r.gaps.coverage, java.gaps.coverage, 0.02) << s.language;
    for (const char* id : {"backend-language", "backend-framework", "java", "spring-boot", "sql", "unit-testing"}) {
      EXPECT_THAT(missing_ids(r), Not(Contains(id))) << s.language << ": " << id;
    }
  }
}

TEST(StackNeutral, AGroupNoMemberMeetsIsNamedWithSuggestions) {
  Report r = assess_text(R"(# Asha
## Experience
### Support Engineer - Acme, Pune (Jan 2024 - Present)
- Answered customer tickets and wrote SQL reports.
)");
  const SkillGap* framework = nullptr;
  for (const SkillGap& g : r.gaps.missing) {
    if (g.skill == "backend-framework") framework = &g;
  }
  ASSERT_NE(framework, nullptr);
  EXPECT_EQ(framework->name, "A backend framework");
  EXPECT_NE(framework->why.find("none shown hands-on (for example "), std::string::npos) << framework->why;
}

TEST(Certifications, HeldInAnySpellingRuleOutTheFindingAndCertifyTheirSkill) {
  for (const char* held : {"AWS Certified Developer – Associate (DVA-C02), 2024",
                           "Oracle Certified Professional, Java SE 11 Developer (1Z0-819)",
                           "Oracle Certified Associate, Java SE 8 Programmer",
                           "SAA-C03", "Microsoft Certified: Azure Developer Associate (AZ-204)", "CKAD"}) {
    Report r = assess_text(std::string(R"(# Ravi
## Experience
### Backend Developer - Acme, Pune (Jan 2022 - Present)
- Built REST APIs.

## Certifications
- )") + held + "\n");
    for (const Finding& f : r.findings) EXPECT_NE(f.id, "no-certification") << held;
  }
  Report aws = assess_text(R"(# Ravi
## Experience
### Backend Developer - Acme, Pune (Jan 2022 - Present)
- Built REST APIs.

## Certifications
- SAA-C03 (2023)
)");
  const SkillEvidence* found = nullptr;
  for (const SkillEvidence& s : aws.skills) {
    if (s.skill->id == "aws") found = &s;
  }
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->evidence, Evidence::kCertified);
}

TEST(Certifications, NoneHeldIsAFindingButTheTargetsOwnAreAdvice) {
  Report r = assess_text(R"(# Ravi
## Experience
### Backend Developer - Acme, Pune (Jan 2022 - Present)
- Built REST APIs.

## Certifications
- Certified ScrumMaster (CSM)
)");
  bool finding = false;
  for (const Finding& f : r.findings) finding |= f.id == "no-certification";
  EXPECT_TRUE(finding);  // a Scrum certificate is not a backend one
  EXPECT_FALSE(r.certifications.empty());
}

}  // namespace
}  // namespace rungs
