#include "rungs/plan.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rungs/ladder_loader.h"
#include "test_paths.h"

namespace rungs {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

Ladder load(const std::filesystem::path& file) {
  static const Taxonomy taxonomy = *load_taxonomy(testing::data_dir() / "skills" / "taxonomy.yaml");
  auto ladder = load_ladder(file, taxonomy);
  EXPECT_TRUE(ladder) << ladder.error().to_string();
  return *ladder;
}

const Ladder& india() {
  static const Ladder l = load(testing::data_dir() / "ladders" / "india-backend.yaml");
  return l;
}

const Ladder& product() {
  static const Ladder l = load(testing::source_dir() / "examples" / "ladders" / "product-company.yaml");
  return l;
}

std::vector<std::string> roles(const Path& p) {
  std::vector<std::string> out;
  for (const PathStep& s : p.steps) out.push_back(s.role);
  return out;
}

TEST(Route, ShortestByMonthsNotByHops) {
  auto r = find_route(india(), "junior-backend-developer", "technical-lead");
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_THAT(roles(r->best), ElementsAre("backend-developer", "senior-backend-developer", "technical-lead"));
  EXPECT_EQ(r->best.total_months, 24 + 36 + 36);
  EXPECT_EQ(r->best.steps[0].months, 24);
  EXPECT_EQ(r->best.steps[0].typical_months, 24);
  EXPECT_FALSE(r->best.steps[0].checkpoints.empty());
  EXPECT_FALSE(r->best.steps[1].focus.empty());
}

TEST(Route, CloseAlternativesWithWhatEachAsks) {
  auto r = find_route(india(), "senior-backend-developer", "solutions-architect");
  ASSERT_TRUE(r) << r.error().to_string();
  // Through DevOps (18 + 36) beats the main ladder through Technical Lead (36 + 48) ...
  EXPECT_THAT(roles(r->best), ElementsAre("devops-engineer", "solutions-architect"));
  EXPECT_EQ(r->best.total_months, 54);
  // ... and both that and DevOps then Cloud are shown as alternatives.
  ASSERT_EQ(r->alternatives.size(), 2u);
  EXPECT_THAT(roles(r->alternatives[0]), ElementsAre("devops-engineer", "cloud-engineer", "solutions-architect"));
  EXPECT_THAT(roles(r->alternatives[1]), ElementsAre("technical-lead", "solutions-architect"));
  EXPECT_FALSE(r->alternatives[1].steps[0].certifications.empty());
}

TEST(Route, PersonalScaleShrinksOrGrowsEachStep) {
  auto r = find_route(india(), "backend-developer", "technical-lead",
                      [](const Role& role) { return role.id == "technical-lead" ? 1.25 : 0.5; });
  ASSERT_TRUE(r);
  EXPECT_EQ(r->best.steps[0].months, 18);  // 36 x 0.5
  EXPECT_EQ(r->best.steps[1].months, 45);  // 36 x 1.25
  EXPECT_EQ(r->best.total_months, 63);
}

TEST(Route, SameRoleHasNoSteps) {
  auto r = find_route(india(), "technical-lead", "technical-lead");
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->best.steps.empty());
  EXPECT_EQ(r->best.total_months, 0);
}

TEST(Route, ClearErrorsWithTheNearestUsefulAnswer) {
  auto unknown = find_route(india(), "senior-backend-developer", "cto");
  ASSERT_FALSE(unknown);
  EXPECT_THAT(unknown.error().message, HasSubstr("unknown target role 'cto'"));
  EXPECT_THAT(unknown.error().message, HasSubstr("technical-lead"));
  auto typo = find_route(india(), "senior-backend-develper", "technical-lead");
  EXPECT_THAT(typo.error().message, HasSubstr("(did you mean 'senior-backend-developer'?)"));
  auto past = find_route(india(), "technical-lead", "backend-developer");
  ASSERT_FALSE(past);
  EXPECT_EQ(past.error().message,
            "you are already past Backend Developer: Technical Lead is above it on the Backend engineering track");
  auto unreachable = find_route(india(), "data-engineer", "technical-lead");
  ASSERT_FALSE(unreachable);
  EXPECT_EQ(unreachable.error().kind, ErrorKind::kInvalidInput);
  EXPECT_THAT(unreachable.error().message, HasSubstr("no route from Data Engineer to Technical Lead"));
  auto some = find_route(india(), "devops-engineer", "technical-lead");
  EXPECT_THAT(some.error().message, HasSubstr("you can reach: cloud-engineer, solutions-architect"));
}

TEST(Route, AnotherOrganisationsLadder) {
  auto r = find_route(product(), "l3-engineer", "l6-staff");
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_THAT(roles(r->best), ElementsAre("l4-engineer", "l5-senior", "l6-staff"));
  EXPECT_EQ(r->best.total_months, 18 + 30 + 36);
  auto em = find_route(product(), "l4-engineer", "em");
  ASSERT_TRUE(em);
  EXPECT_THAT(roles(em->best), ElementsAre("l5-senior", "em"));
  EXPECT_TRUE(em->alternatives.empty());
  EXPECT_FALSE(find_route(product(), "l3-engineer", "solutions-architect"));
}

}  // namespace
}  // namespace rungs
