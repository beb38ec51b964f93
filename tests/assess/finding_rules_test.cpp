#include "rungs/finding_rules.h"

#include <gtest/gtest.h>

#include "assess/assessor_fixture.h"
#include "rungs/ladder_loader.h"

namespace rungs {
namespace {

const Ladder& ladder() { return testing::bundled_assessor().ladder(); }

std::vector<std::string> skill_ids() {
  std::vector<std::string> ids;
  for (const Skill& s : testing::bundled_assessor().skills().taxonomy().skills()) ids.push_back(s.id);
  return ids;
}

TEST(FindingRules, BundledRulesCoverEveryFindingOfTheReport) {
  auto rules = load_finding_rules(testing::data_dir() / "findings.yaml", ladder(), skill_ids());
  ASSERT_TRUE(rules) << rules.error().to_string();
  EXPECT_EQ(rules->size(), 11u);
  for (const FindingRule& r : *rules) {
    EXPECT_FALSE(r.severity.empty()) << r.id;
    EXPECT_FALSE(r.fix.empty()) << r.id;
  }
}

TEST(FindingRules, BundledSignalsAreAllTheDefaultLaddersAndOtherLaddersLoadToo) {
  // A typo in data/findings.yaml would silently drop a signal: the bundled rules must keep every one.
  auto rules = load_finding_rules(testing::data_dir() / "findings.yaml", ladder(), skill_ids());
  ASSERT_TRUE(rules);
  std::size_t kept = 0;
  for (const FindingRule& r : *rules) kept += r.signals.size();
  EXPECT_EQ(kept, 11u);  // as many as the file names
  auto taxonomy = load_taxonomy(testing::data_dir() / "skills" / "taxonomy.yaml");
  auto other = load_ladder(testing::source_dir() / "examples" / "ladders" / "product-company.yaml", *taxonomy);
  ASSERT_TRUE(other) << other.error().to_string();
  EXPECT_TRUE(load_finding_rules(testing::data_dir() / "findings.yaml", *other, skill_ids()));
}

TEST(FindingRules, SeverityByLevelHoldsTheLastValueAbove) {
  FindingRule r;
  r.severity = {Severity::kLow, Severity::kLow, Severity::kHigh};
  EXPECT_EQ(r.severity_at(1), Severity::kLow);
  EXPECT_EQ(r.severity_at(2), Severity::kLow);
  EXPECT_EQ(r.severity_at(3), Severity::kHigh);
  EXPECT_EQ(r.severity_at(9), Severity::kHigh);
  EXPECT_EQ(r.severity_at(0), Severity::kLow);
}

TEST(FindingRules, ListsEveryProblem) {
  auto r = parse_finding_rules(R"(schema: rungs.findings/1
findings:
  - {id: no-testing, rule: absent, severity: [high], message: m, fix: f}
  - {id: no-tests, rule: absent, signals: [testing-practise], severity: [urgent], message: m, fix: f}
  - {id: vague-bullets, rule: vague, severity: [low], message: m, fix: f}
  - {id: no-migrations, rule: absent, skills: [kubernets], severity: [low], message: m, fix: f, colour: red}
  - {id: no-testing, rule: absent, signals: [testing-practice], severity: [low], message: m, fix: f}
)", "f.yaml", ladder(), skill_ids());
  ASSERT_FALSE(r);
  std::vector<std::string> problems;
  for (const Diagnostic& d : r.error().details) problems.push_back(d.to_string());
  EXPECT_EQ(problems, (std::vector<std::string>{
                          "f.yaml:3: findings[no-testing]: an 'absent' rule needs signals, skills or links",
                          "f.yaml:4: findings[no-tests].id: unknown finding id 'no-tests'",
                          "f.yaml:4: findings[no-tests].severity[0]: severity must be high, medium or low, not 'urgent'",
                          "f.yaml:5: findings[vague-bullets].rule: unknown rule 'vague'",
                          "f.yaml:6: findings[no-migrations].colour: unknown field",
                          "f.yaml:6: findings[no-migrations].skills[0]: unknown skill 'kubernets' (did you mean 'kubernetes'?)",
                          "f.yaml:7: findings[no-testing].id: repeated finding id 'no-testing'",
                      }));
}

}  // namespace
}  // namespace rungs
