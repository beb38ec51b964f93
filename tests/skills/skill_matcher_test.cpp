#include "rungs/skill_matcher.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <thread>

#include "skills/bundled_matcher.h"

namespace rungs {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::skill_ids;

SkillMatcher small_matcher() {
  auto t = parse_taxonomy(R"(schema: rungs.taxonomy/1
categories:
  - {id: x, name: X}
skills:
  - {id: spring-boot, name: Spring Boot, category: x}
  - {id: spring, name: Spring, category: x, ambiguous: [Spring]}
  - {id: kafka, name: Apache Kafka, category: x, aliases: [Kafka]}
  - {id: kafka-streams, name: Kafka Streams, category: x}
  - {id: java, name: Java, category: x}
)", "t.yaml");
  EXPECT_TRUE(t) << t.error().to_string();
  return SkillMatcher(std::move(*t));
}

std::vector<std::string> ids(const SkillMatcher& m, std::string_view text) {
  std::vector<std::string> out;
  for (const SkillHit& h : m.find(text)) out.push_back(m.skill(h).id);
  return out;
}

TEST(SkillMatcher, LongestNameWins) {
  SkillMatcher m = small_matcher();
  EXPECT_THAT(ids(m, "Spring Boot and Spring"), ElementsAre("spring-boot", "spring"));
  EXPECT_THAT(ids(m, "Apache Kafka, Kafka"), ElementsAre("kafka", "kafka"));
  EXPECT_THAT(ids(m, "Apache Kafka Streams"), ElementsAre("kafka")) <<
      "leftmost first: 'Apache Kafka' starts before 'Kafka Streams' and overlaps it";
  EXPECT_THAT(ids(m, "Kafka Streams"), ElementsAre("kafka-streams"));
}

TEST(SkillMatcher, ReportsOffsetsAndAmbiguityInTheMatchedText) {
  SkillMatcher m = small_matcher();
  MatchScratch scratch;
  std::vector<SkillHit> hits = {{}};  // find() appends
  std::string_view text = m.find("• Ｊａｖａ and Spring", scratch, hits);
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(text.substr(hits[1].begin, hits[1].end - hits[1].begin), "java");
  EXPECT_FALSE(hits[1].ambiguous);
  EXPECT_EQ(text.substr(hits[2].begin, hits[2].end - hits[2].begin), "Spring");
  EXPECT_TRUE(hits[2].ambiguous);
  EXPECT_GT(m.name_count(), 0u);
}

TEST(SkillMatcher, PunctuatedNamesMatchWithTheirPunctuation) {
  EXPECT_THAT(skill_ids("C++, C#, .NET, Node.js and CI/CD"),
              ElementsAre("cpp", "csharp", "dotnet", "nodejs", "ci-cd"));
  EXPECT_THAT(skill_ids("Modern C++17 services on ASP.NET Core"), ElementsAre("cpp", "aspnet-core"));
  EXPECT_THAT(skill_ids("Objective-C"), ElementsAre("objective-c"));
}

TEST(SkillMatcher, AliasesAsPeopleWriteThem) {
  // Amazon EKS is a tool of its own (implying Kubernetes and AWS), not another name of Kubernetes.
  EXPECT_THAT(skill_ids("k8s K8S kubernetes EKS"),
              ElementsAre("kubernetes", "kubernetes", "kubernetes", "aws-eks"));
  EXPECT_THAT(skill_ids("springboot Spring-Boot SpringBoot"),
              ElementsAre("spring-boot", "spring-boot", "spring-boot"));
  EXPECT_THAT(skill_ids("postgres, psql, PostgreSQL"),
              ElementsAre("postgresql", "postgresql", "postgresql"));
  EXPECT_THAT(skill_ids("golang NodeJS JS TS"), ElementsAre("go", "nodejs", "javascript", "typescript"));
  EXPECT_THAT(skill_ids("GCP, Google Cloud"), ElementsAre("gcp", "gcp"));
  EXPECT_THAT(skill_ids("EC2, S3, RDS, Lambda"), ElementsAre("aws-ec2", "aws-s3", "aws-rds", "aws-lambda"));
  EXPECT_THAT(skill_ids("CI-CD pipelines, RESTful APIs and REST APIs"),
              ElementsAre("ci-cd", "rest-api-design", "rest-api-design"));
}

TEST(SkillMatcher, AmbiguousNamesNeedASkillsListOrAnotherSkillBesideThem) {
  EXPECT_THAT(skill_ids("Go Sooners and Cardinal!"), IsEmpty());
  EXPECT_THAT(skill_ids("the go-to person for R&D"), IsEmpty());
  EXPECT_THAT(skill_ids("swift delivery; make it simple; rust on the gates"), IsEmpty());
  EXPECT_THAT(skill_ids("Go, R, Rust, Swift, C", true), ElementsAre("go", "r-language", "rust", "swift", "c"));
  EXPECT_THAT(skill_ids("services in Java and Go"), ElementsAre("java", "go"));
  EXPECT_THAT(skill_ids("Go (Gin, GORM)"), ElementsAre("go", "gin", "gorm"));
  EXPECT_THAT(skill_ids("Chef, Puppet and Ansible; built with Make and Ant with Jenkins"),
              ElementsAre("chef", "puppet", "ansible", "make", "ant", "jenkins"));
  // Another skill on the line is not enough when the name is not listed beside it.
  EXPECT_THAT(skill_ids("expected to make sound decisions around microservices"),
              ElementsAre("microservices"));
  // Ordinary words in lower case are words: a spark of an idea, the office's 4 pm elixir.
  EXPECT_THAT(skill_ids("It started as a small spark at a hack-day; now the office's 4 pm elixir"), IsEmpty());
  EXPECT_THAT(skill_ids("Apache Spark, Elixir, PySpark", true), ElementsAre("spark", "elixir", "spark"));
  // A tool written as a command line tool or script is used: "a small Rust CLI".
  EXPECT_THAT(skill_ids("Built envctl, a small Rust CLI for preview environments"), ElementsAre("rust"));
}

TEST(SkillMatcher, ASemicolonEndsAClauseNotAList) {
  // "; " joins clauses in prose: what follows is not listed beside the skill before it.
  EXPECT_THAT(skill_ids("Ran the release with Jira; swift decisions in the Omicron wave"), ElementsAre("jira"));
  EXPECT_THAT(skill_ids("services in Java, Go"), ElementsAre("java", "go"));
  EXPECT_THAT(skill_ids("Java; Go; Rust", true), ElementsAre("java", "go", "rust"));  // a skills list still counts
}

TEST(SkillMatcher, NamesThatArePeoplesOrCompaniesOrWordsNeedATechnologyUse) {
  // Athena, Helm and Snowflake are also a name, a word and a data-modelling term.
  EXPECT_THAT(skill_ids("Athena Life Insurance: moved claims to AWS Lambda and DynamoDB"),
              ::testing::Not(::testing::Contains("aws-athena")));
  EXPECT_THAT(skill_ids("Was at the helm of the readiness war-room"), IsEmpty());
  EXPECT_THAT(skill_ids("dbt models on a star/snowflake schema"), ::testing::Not(::testing::Contains("snowflake")));
  EXPECT_THAT(skill_ids("queried the S3 logs with Athena"), Contains("aws-athena"));
  EXPECT_THAT(skill_ids("loaded the marts into Snowflake"), Contains("snowflake"));
  EXPECT_THAT(skill_ids("maintain the Helm chart library"), Contains("helm"));
}

TEST(SkillMatcher, AnAmbiguousNameThatBeginsAProperNounIsNotTheTool) {
  EXPECT_THAT(skill_ids("integration with two hospital EHRs (one of them on Oracle Health, formerly Cerner)"),
              ::testing::Not(Contains("oracle-database")));
  EXPECT_THAT(skill_ids("Built the new Express Checkout flow on the front end"), ::testing::Not(Contains("express")));
  EXPECT_THAT(skill_ids("migrated the ledger on Oracle 19c"), Contains("oracle-database"));
  EXPECT_THAT(skill_ids("reports in Oracle SQL"), Contains("oracle-database"));
  EXPECT_THAT(skill_ids("REST APIs in Express and MongoDB"), Contains("express"));
}

// A number joined to its unit after an ambiguous name is a measure, not the tool's version.
TEST(SkillMatcher, AMeasureAfterAnAmbiguousNameIsNoVersion) {
  EXPECT_THAT(skill_ids("synthetic checks for the Zestmart Express 10-minute promise"), ::testing::Not(Contains("express")));
  EXPECT_THAT(skill_ids("upgraded Express 4.18 to 5"), Contains("express"));
  EXPECT_THAT(skill_ids("moved to Go 1.22 for the new router"), Contains("go"));
}

TEST(SkillMatcher, DeltaLakeIsATableFormatNotDatabricks) {
  EXPECT_THAT(skill_ids("wrote the marts as Delta Lake tables on S3"), ElementsAre("delta-lake", "aws-s3"));
  EXPECT_THAT(skill_ids("ran the jobs on Databricks"), ElementsAre("databricks"));
}

// A sentence that gives a tool to someone else: the names before "owned/maintained by" another,
// and after "the <team>, who built"; what the writer or their own team did stays theirs.
TEST(SkillMatcher, ToolsOwnedByOthersAreNotOnesOwn) {
  EXPECT_THAT(skill_ids("The UPI feed on Kafka is owned by the integration team; our pipelines in Spark read its extracts."),
              ElementsAre("spark"));
  EXPECT_THAT(skill_ids("The Java-based adapters are maintained by the vendor."), ::testing::IsEmpty());
  EXPECT_THAT(skill_ids("Documented the endpoints for the mobile team, who built the Flutter app on top of them."),
              ::testing::IsEmpty());
  EXPECT_THAT(skill_ids("The order service in Go is owned by me."), ElementsAre("go"));
  EXPECT_THAT(skill_ids("Kafka consumers built by our team handle 2M events a day."), ElementsAre("kafka"));
}

TEST(SkillMatcher, ThroughANamedToolIsUsingIt) {
  EXPECT_THAT(skill_ids("Terraform modules applied through Atlantis;"), Contains("atlantis"));
  EXPECT_THAT(skill_ids("a team offsite at the Atlantis resort"), ::testing::Not(Contains("atlantis")));
}

TEST(SkillMatcher, OtherTeamsToolsAndTheOptionNotTakenAreNotUse) {
  EXPECT_THAT(skill_ids("agreed API versioning rules with the Android (Kotlin) and iOS (Swift) teams"),
              ElementsAre("api-versioning"));  // the rules are theirs; the platforms are the other teams'

  EXPECT_THAT(skill_ids("Ops and the Android team come to me for anything on slots"), IsEmpty());
  EXPECT_THAT(skill_ids("Chose Kafka over SQS for the event bus"), ElementsAre("kafka"));
  EXPECT_THAT(skill_ids("Ktor services talking over Kafka events"), Contains("kafka"));  // transport, no choice
  EXPECT_THAT(skill_ids("Built Kotlin services for the payments team"), Contains("kotlin"));
}

TEST(SkillMatcher, ANameMadeAnAdjectiveOfComparisonIsNotTheTool) {
  // "Kafka-esque" and "Redis-like" describe something else; any name, ambiguous or not.
  EXPECT_THAT(skill_ids("Replaced a Kafka-esque 14-step approval workflow with a state machine"), IsEmpty());
  EXPECT_THAT(skill_ids("a Redis-like cache in front of PostgreSQL"), ::testing::Not(::testing::Contains("redis")));
  EXPECT_THAT(skill_ids("moved events to Kafka-based pipelines"), ElementsAre("kafka"));
}

TEST(SkillMatcher, KnowsTheOnetListToo) {
  EXPECT_THAT(skill_ids("Flows in Microsoft Power Automate, code in Apache Subversion SVN"),
              ElementsAre("onet-microsoft-power-automate", "svn"));
  std::vector<std::string> found = skill_ids("Analysed data in Minitab and GanttProject");
  EXPECT_THAT(found, ElementsAre("onet-minitab", "onet-ganttproject"));
}

TEST(SkillMatcher, SharedAcrossThreads) {
  const SkillMatcher& m = testing::bundled_matcher();
  std::vector<std::size_t> counts(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < counts.size(); ++t) {
    threads.emplace_back([&, t] {
      MatchScratch scratch;
      std::vector<SkillHit> hits;
      for (int i = 0; i < 200; ++i) m.find("Java, Kafka, Kubernetes – ＡＷＳ", scratch, hits);
      counts[t] = hits.size();
    });
  }
  for (std::thread& t : threads) t.join();
  for (std::size_t c : counts) EXPECT_EQ(c, 800u);
}

}  // namespace
}  // namespace rungs
