// `rungs path` through the real binary, on the default ladder and another organisation's.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/run_rungs.h"

namespace rungs::testing {
namespace {

using ::testing::HasSubstr;

TEST(PathCommand, RouteWithMonthsCheckpointsAndAlternatives) {
  RunResult r = run_rungs({"path", "--from", "senior-backend-developer", "--to", "solutions-architect"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("Path: Senior Backend Developer -> Solutions Architect, 54 months\n")) << r.out;
  EXPECT_THAT(r.out, HasSubstr("  1. DevOps Engineer: 18 months\n"));
  EXPECT_THAT(r.out, HasSubstr("Checkpoints: Implement CI/CD for a backend system"));
  // The seed's own route (Senior -> Technical Lead -> Solutions Architect) is always offered.
  EXPECT_THAT(r.out, HasSubstr("Alternative, the usual route up the main track: Senior Backend Developer -> "
                               "Solutions Architect, 84 months"));
}

TEST(PathCommand, TheMainTrackRouteIsOfferedHoweverLong) {
  RunResult r = run_rungs({"path", "--from", "backend-developer", "--to", "solutions-architect", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json doc = nlohmann::json::parse(r.out);
  bool usual = doc["path"]["usual"].get<bool>();
  std::vector<std::string> roles;
  for (const auto& alt : doc["path"]["alternatives"]) {
    if (!alt["usual"].get<bool>()) continue;
    usual = true;
    for (const auto& s : alt["steps"]) roles.push_back(s["role"]);
  }
  EXPECT_TRUE(usual);
  EXPECT_EQ(roles, (std::vector<std::string>{"senior-backend-developer", "technical-lead", "solutions-architect"}));
}

TEST(PathCommand, JsonFromAResume) {
  RunResult r = run_rungs({"path", "--to", "technical-lead", "--resume", "tests/data/personas/03-mid-sneha.json",
                           "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["path"]["from"], "backend-developer");  // her placed role
  EXPECT_EQ(doc["path"]["to"], "technical-lead");
  ASSERT_EQ(doc["path"]["steps"].size(), 2u);
  EXPECT_EQ(doc["path"]["steps"][0]["typical_months"], 36);
  EXPECT_NE(doc["path"]["steps"][0]["months"], 36);  // scaled by what she shows
  EXPECT_TRUE(doc["path"]["alternatives"].is_array());
}

TEST(PathCommand, AnotherLadder) {
  RunResult r = run_rungs({"path", "--from", "l3-engineer", "--to", "l6-staff", "--ladder",
                           "examples/ladders/product-company.yaml", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["path"]["total_months"], 84);
}

TEST(PathCommand, ClearErrors) {
  struct Case {
    std::vector<std::string> args;
    int exit_code;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {{"path", "--from", "technical-lead", "--to", "backend-developer"}, 3, "you are already past Backend Developer"},
           {{"path", "--from", "data-engineer", "--to", "technical-lead"}, 3, "you can reach: no other role"},
           {{"path", "--from", "cto", "--to", "technical-lead"}, 3, "the roles of ladder 'india-backend' are: "},
           {{"path", "--to", "technical-lead"}, 2, "path needs --from ROLE, or --resume FILE"},
           {{"path", "--from", "l3-engineer"}, 2, "--to is required"},
       }) {
    RunResult r = run_rungs(c.args);
    EXPECT_EQ(r.exit_code, c.exit_code) << c.args[2] << ": " << r.err;
    EXPECT_THAT(r.err, HasSubstr(c.message));
    EXPECT_TRUE(r.out.empty());
  }
}

TEST(PathCommand, PathInTheAssessReport) {
  RunResult r = run_rungs({"assess", "tests/data/resumes/priya-senior.md", "--target", "solutions-architect"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Path to Solutions Architect\n"));
  RunResult md = run_rungs({"assess", "tests/data/resumes/priya-senior.md", "--target", "solutions-architect",
                            "--format", "markdown"});
  EXPECT_THAT(md.out, HasSubstr("## Path to Solutions Architect: "));
  RunResult json = run_rungs({"assess", "tests/data/resumes/priya-senior.md", "--target", "solutions-architect",
                              "--format", "json"});
  nlohmann::json doc = nlohmann::json::parse(json.out);
  EXPECT_EQ(doc["path"]["to"], "solutions-architect");
}

}  // namespace
}  // namespace rungs::testing
