// Labels files: every field read, every wrong id refused with its file and line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "assess/assessor_fixture.h"
#include "rungs/eval.h"

namespace rungs {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const Ladder& ladder() { return testing::bundled_assessor().ladder(); }

TEST(Labels, ReadsEveryField) {
  auto labels = parse_labels(R"(schema: rungs.labels/1
as_of: 2026-11
why: Six years, designs the ledger.
positions: 3
experience_years: [5.5, 6.2]
placement: [senior-backend-developer, technical-lead]
readiness: almost
criteria:
  skill-mastery: [yes]
  visibility: [no, partly]
hands_on: [Java, [PostgreSQL, Postgres]]
listed: [Kubernetes]
certified: []
not_skills: [Go]
findings: [no-visibility]
findings_not: [no-testing, no-code-review]
)",
                             "x.labels.yaml", ladder());
  ASSERT_TRUE(labels) << labels.error().to_string();
  EXPECT_EQ(labels->as_of, (YearMonth{2026, 11}));
  EXPECT_DOUBLE_EQ(labels->positions->low, 3);
  EXPECT_DOUBLE_EQ(labels->positions->high, 3);
  EXPECT_DOUBLE_EQ(labels->experience_years->high, 6.2);
  EXPECT_THAT(labels->placement, ElementsAre("senior-backend-developer", "technical-lead"));
  EXPECT_THAT(labels->readiness, ElementsAre("almost"));
  EXPECT_THAT(labels->criteria.at("visibility"), ElementsAre("no", "partly"));
  ASSERT_EQ(labels->hands_on.size(), 2u);
  EXPECT_THAT(labels->hands_on[1].spellings, ElementsAre("PostgreSQL", "Postgres"));
  EXPECT_EQ(labels->hands_on[1].line, 11);
  EXPECT_TRUE(labels->certified.empty());
  EXPECT_THAT(labels->findings_not, ElementsAre("no-testing", "no-code-review"));
}

TEST(Labels, UnknownIdsAreRefusedWithTheirLines) {
  auto labels = parse_labels(R"(schema: rungs.labels/1
as_of: 2026-11
placement: [senior-developer]
readiness: [maybe]
criteria:
  leadership: [yes]
  visibility: [sometimes]
findings: [no-tests]
)",
                             "bad.labels.yaml", ladder());
  ASSERT_FALSE(labels);
  EXPECT_EQ(labels.error().kind, ErrorKind::kInvalidInput);
  const std::string text = labels.error().to_string();
  EXPECT_THAT(text, HasSubstr("bad.labels.yaml:3: placement[0]: unknown role 'senior-developer'"));
  EXPECT_THAT(text, HasSubstr("bad.labels.yaml:4: readiness[0]: unknown verdict 'maybe'"));
  EXPECT_THAT(text, HasSubstr("bad.labels.yaml:6: criteria.leadership: unknown promotion question"));
  EXPECT_THAT(text, HasSubstr("bad.labels.yaml:7: criteria.visibility[0]: unknown answer 'sometimes'"));
  EXPECT_THAT(text, HasSubstr("bad.labels.yaml:8: findings[0]: unknown finding 'no-tests'"));
}

TEST(Labels, RangesTypesAndContradictionsAreChecked) {
  auto labels = parse_labels(R"(schema: rungs.labels/1
as_of: last year
experience_years: [6, 4]
positions: many
hands_on: [{name: Java}]
findings: [no-testing]
findings_not: [no-testing]
colour: blue
)",
                             "odd.labels.yaml", ladder());
  ASSERT_FALSE(labels);
  const std::string text = labels.error().to_string();
  EXPECT_THAT(text, HasSubstr("as_of: must be a month"));
  EXPECT_THAT(text, HasSubstr("experience_years: the range is upside down"));
  EXPECT_THAT(text, HasSubstr("positions: must be a number"));
  EXPECT_THAT(text, HasSubstr("hands_on[0]: must be a skill name or a list of spellings"));
  EXPECT_THAT(text, HasSubstr("'no-testing' is in both findings and findings_not"));
  EXPECT_THAT(text, HasSubstr("colour"));
}

TEST(Labels, NotYamlOrWrongSchema) {
  EXPECT_FALSE(parse_labels("placement: [", "a.labels.yaml", ladder()));
  auto wrong = parse_labels("schema: rungs.ladder/1\nas_of: 2026-11\n", "b.labels.yaml", ladder());
  ASSERT_FALSE(wrong);
  EXPECT_THAT(wrong.error().to_string(), HasSubstr("unsupported schema"));
}

}  // namespace
}  // namespace rungs
