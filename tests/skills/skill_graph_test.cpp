// The skills graph (issue 13): tools are skills under their own names, `implies` carries their
// evidence to broader skills with a `via`, and the relations are validated when loaded.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rungs/ingest.h"
#include "rungs/skill_evidence.h"
#include "skills/bundled_matcher.h"

namespace rungs {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<SkillEvidence> skills_in(const std::string& text) {
  auto profile = read_profile_bytes(text, "resume.md");
  EXPECT_TRUE(profile) << profile.error().to_string();
  return profile ? find_skill_evidence(*profile, testing::bundled_matcher(), {2026, 11}) : std::vector<SkillEvidence>{};
}

const SkillEvidence* find(const std::vector<SkillEvidence>& skills, const std::string& id) {
  for (const SkillEvidence& s : skills) {
    if (s.skill->id == id) return &s;
  }
  return nullptr;
}

std::vector<std::string> via_ids(const SkillEvidence* s) {
  std::vector<std::string> out;
  if (s != nullptr) {
    for (const Skill* v : s->via) out.push_back(v->id);
  }
  return out;
}

const char* kResume = R"(# Nisha Rao

## Experience
### Backend Developer - Acme, Pune (Jan 2021 - Present)
- Maintained a Java 8 batch application and its Flyway migrations.
- Wrote tests with Mockito and Testcontainers; consumer checks with Pact.
- Deployed the services to Amazon EKS with Argo CD; secrets in HashiCorp Vault.
- Tuned PostgreSQL queries; moved tracing to OpenTelemetry; streamed changes with Debezium.

## Skills
Java, SQL, Spring Boot
)";

TEST(SkillGraph, ToolsAreFoundUnderTheirOwnNames) {
  auto skills = skills_in(kResume);
  for (const char* id : {"flyway", "mockito", "testcontainers", "pact", "aws-eks", "argo-cd", "hashicorp-vault",
                         "opentelemetry", "debezium", "postgresql"}) {
    const SkillEvidence* s = find(skills, id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->evidence, Evidence::kHandsOn) << id;
    EXPECT_TRUE(s->via.empty()) << id;
  }
}

TEST(SkillGraph, EvidenceFlowsAlongImpliesWithItsVia) {
  auto skills = skills_in(kResume);
  struct Case {
    const char* id;
    std::vector<std::string> via;
  };
  for (const Case& c : std::vector<Case>{{"database-migrations", {"flyway"}},
                                         {"unit-testing", {"mockito"}},
                                         {"integration-testing", {"testcontainers"}},
                                         {"contract-testing", {"pact"}},
                                         {"gitops", {"argo-cd"}},
                                         {"secrets-management", {"hashicorp-vault"}},
                                         {"distributed-tracing", {"opentelemetry"}},
                                         {"change-data-capture", {"debezium"}},
                                         {"kubernetes", {"aws-eks"}},
                                         {"aws", {"aws-eks"}}}) {
    const SkillEvidence* s = find(skills, c.id);
    ASSERT_NE(s, nullptr) << c.id;
    EXPECT_EQ(s->evidence, Evidence::kHandsOn) << c.id;
    EXPECT_EQ(via_ids(s), c.via) << c.id;
    EXPECT_FALSE(s->lines.empty()) << c.id;  // the lines of the skill it comes via
  }
}

TEST(SkillGraph, ASkillOnlyListedIsShownHandsOnThroughAMoreSpecificOne) {
  auto skills = skills_in(kResume);
  // "Java" and "SQL" are only in the skills list; Java 8 and PostgreSQL are used in work.
  const SkillEvidence* java = find(skills, "java");
  ASSERT_NE(java, nullptr);
  EXPECT_EQ(java->evidence, Evidence::kHandsOn);
  EXPECT_THAT(via_ids(java), ElementsAre("java-8"));
  const SkillEvidence* sql = find(skills, "sql");
  ASSERT_NE(sql, nullptr);
  EXPECT_EQ(sql->evidence, Evidence::kHandsOn);
  EXPECT_THAT(via_ids(sql), ElementsAre("postgresql"));
  // Spring Boot implies the Spring Framework, never Java (Kotlin uses it too): Spring Boot is
  // only listed here, so the framework is listed through it.
  const SkillEvidence* spring = find(skills, "spring-framework");
  ASSERT_NE(spring, nullptr);
  EXPECT_EQ(spring->evidence, Evidence::kListed);
}

TEST(SkillGraph, AmbiguousNamesCountWhereUsedAsTechnology) {
  auto skills = skills_in(R"(Ravi

## Experience
### Engineer - Zoho, Chennai (Jan 2022 - Present)
- Wrote the billing services in Go; moved cron jobs to Celery.
- Ran SQL on Oracle 19c for the reports.
- The go-to person for an Oracle customer; make sure the swift rollback works; R&D with the C-suite.
)");
  for (const char* id : {"go", "celery", "oracle-database"}) {
    const SkillEvidence* s = find(skills, id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_EQ(s->evidence, Evidence::kHandsOn) << id;
    EXPECT_EQ(s->lines.size(), 1u) << id;  // the ordinary-word line does not count
  }
  for (const char* id : {"swift", "make", "r-language", "c"}) EXPECT_EQ(find(skills, id), nullptr) << id;
}

TEST(SkillGraph, ManagedServicesImplyTheirEngineAndCloud) {
  // Amazon MSK is Kafka on AWS; Phoenix is Elixir's framework.
  auto skills = skills_in(R"(# Arjun

## Experience
### Architect - Acme, Chennai (Jan 2021 - Present)
- Moved payments onto Spring Boot services on EKS with Amazon MSK.
- Rewrote the notification fan-out as an Elixir/Phoenix service.
)");
  ASSERT_NE(find(skills, "aws-msk"), nullptr);
  EXPECT_EQ(find(skills, "aws-msk")->evidence, Evidence::kHandsOn);
  EXPECT_THAT(via_ids(find(skills, "kafka")), ElementsAre("aws-msk"));
  ASSERT_NE(find(skills, "phoenix"), nullptr);
  EXPECT_EQ(find(skills, "phoenix")->evidence, Evidence::kHandsOn);
}

// An engine-compatible managed database is its engine ("Aurora PostgreSQL" is PostgreSQL), a
// distribution is Linux, and a verb made of a tool ("Dockerised") is the tool used.
TEST(SkillGraph, EnginesDistributionsAndVerbsOfATool) {
  auto skills = skills_in(R"(# Prakash

## Experience
### DevOps Engineer - Acme, Pune (Jan 2021 - Present)
- Moved 38 applications from Oracle to Aurora PostgreSQL with AWS DMS.
- Administered 400 RHEL servers: patching, users, LVM.
- Dockerised the monolith and wrote its first Helm chart.
)");
  for (const char* id : {"postgresql", "aws-aurora", "linux", "docker"}) {
    ASSERT_NE(find(skills, id), nullptr) << id;
    EXPECT_EQ(find(skills, id)->evidence, Evidence::kHandsOn) << id;
  }
  EXPECT_THAT(via_ids(find(skills, "postgresql")), ElementsAre("aurora-postgresql"));
}

TEST(SkillGraph, ImpliesIsValidated) {
  auto t = parse_taxonomy(R"(schema: rungs.taxonomy/1
categories:
  - {id: tool, name: Tools}
skills:
  - {id: a, name: A, category: tool, implies: [b]}
  - {id: b, name: B, category: tool, implies: [c]}
  - {id: c, name: C tool, category: tool, implies: [a]}
  - {id: d, name: D, category: tool, implies: [d, nope]}
)",
                          "t.yaml");
  ASSERT_FALSE(t);
  const std::string text = t.error().to_string();
  EXPECT_THAT(text, HasSubstr("implies 'a', which leads back to it (a cycle)"));
  EXPECT_THAT(text, HasSubstr("t.yaml:8: skills[d].implies: a skill cannot imply itself"));
  EXPECT_THAT(text, HasSubstr("t.yaml:8: skills[d].implies: unknown skill 'nope'"));
}

}  // namespace
}  // namespace rungs
