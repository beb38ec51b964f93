// Scoring one assessed resume against labels, and the floor check.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "assess/assessor_fixture.h"
#include "rungs/eval.h"

namespace rungs {
namespace {

using ::testing::HasSubstr;

EvalResult score(const std::string& resume, const std::string& labels_yaml) {
  auto profile = read_profile_bytes(resume, "r.md");
  EXPECT_TRUE(profile);
  auto labels = parse_labels("schema: rungs.labels/1\nas_of: 2026-11\n" + labels_yaml, "r.labels.yaml",
                             testing::bundled_assessor().ladder());
  EXPECT_TRUE(labels) << labels.error().to_string();
  auto report = testing::bundled_assessor().assess(*profile, {"", labels->as_of});
  EvalResult result;
  score_resume(*labels, *profile, *report, testing::bundled_assessor().skills(), result);
  return result;
}

const char* kResume = R"(# Asha Rao
Backend Developer | Pune

## Experience
### Backend Developer - Acme Payments, Pune (Jan 2022 - Present)
- Built REST APIs in Java and Spring Boot for the refunds service.
- Wrote unit tests with JUnit.

## Skills
Java, Spring Boot, PostgreSQL, Kubernetes
)";

TEST(Score, SkillsCountOnlyInTheirEvidenceClass) {
  EvalResult r = score(kResume, "hands_on: [Java, [Spring Boot, springboot], Kubernetes]\nlisted: [[Postgres, PostgreSQL]]\n");
  EXPECT_EQ(r.hands_on.total, 3);
  EXPECT_EQ(r.hands_on.correct, 2);  // Kubernetes is only listed
  EXPECT_EQ(r.listed.correct, 1);    // "Postgres" names PostgreSQL through its alias
  ASSERT_FALSE(r.misses.empty());
  EXPECT_EQ(r.misses[0].kind, "hands-on");
  EXPECT_THAT(r.misses[0].message, HasSubstr("Kubernetes: listed"));
  EXPECT_FALSE(r.misses[0].lines.empty());  // the line that lists it
}

TEST(Score, UnknownSkillIsAMissThatShowsWhereItIsWritten) {
  EvalResult r = score(kResume, "hands_on: [Frobnicator]\nnot_skills: [Rust]\n");
  EXPECT_EQ(r.hands_on.correct, 0);
  EXPECT_THAT(r.misses[0].message, HasSubstr("Frobnicator: not found"));
  EXPECT_EQ(r.not_skills, 1);
  EXPECT_EQ(r.false_ambiguous, 0);
}

TEST(Score, PlacementConfusionPositionsAndYears) {
  EvalResult right = score(kResume, "placement: [backend-developer, junior-backend-developer]\npositions: 1\nexperience_years: [4.5, 5.2]\n");
  EXPECT_EQ(right.positions.correct, 1);
  EXPECT_EQ(right.experience.correct, 1);
  EXPECT_EQ(right.placement.total, 1);
  const std::string placed = right.cases.at(0).placed;
  if (right.placement.correct == 1) {
    EXPECT_EQ(right.confusion.at(placed).at(placed), 1);
  }
  EvalResult wrong = score(kResume, "placement: [solutions-architect]\npositions: [2, 3]\nexperience_years: [10, 12]\n");
  EXPECT_EQ(wrong.placement.correct, 0);
  EXPECT_EQ(wrong.confusion.at("solutions-architect").at(wrong.cases.at(0).placed), 1);
  EXPECT_EQ(wrong.positions.correct, 0);
  EXPECT_EQ(wrong.experience.correct, 0);
  EXPECT_EQ(wrong.cases.at(0).misses, 3);
}

TEST(Score, FindingsArePrecisionAndRecall) {
  EvalResult r = score(kResume, "findings: [no-visibility, no-migrations]\nfindings_not: [no-testing, no-code-review]\n");
  EXPECT_EQ(r.findings.true_positive + r.findings.false_negative, 2);
  // "Wrote unit tests with JUnit": no-testing would contradict the resume.
  EXPECT_EQ(r.per_finding["no-testing"].false_positive, 0);
}

TEST(Floor, FiguresBelowItAreNamed) {
  EvalResult r;
  r.placement = {3, 4};
  r.readiness = {4, 4};
  r.false_ambiguous = 2;
  auto floor = parse_eval_floor("schema: rungs.eval-floor/1\nplacement: 0.8\nreadiness: 0.75\nfalse_ambiguous_max: 1\n", "floor.yaml");
  ASSERT_TRUE(floor) << floor.error().to_string();
  std::vector<std::string> below = below_floor(r, *floor);
  ASSERT_EQ(below.size(), 2u);
  EXPECT_THAT(below[0], HasSubstr("placement is 0.750, below the floor of 0.800"));
  EXPECT_THAT(below[1], HasSubstr("2 ordinary words"));
  EXPECT_FALSE(parse_eval_floor("schema: rungs.eval-floor/1\nplacement: 80\n", "f.yaml"));
  EXPECT_FALSE(parse_eval_floor("schema: rungs.eval-floor/1\nplacment: 0.8\n", "f.yaml"));
}

}  // namespace
}  // namespace rungs
