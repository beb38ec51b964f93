// The loader on the real, bundled ladder and on the second example ladder.
#include "rungs/ladder_loader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "test_paths.h"

namespace rungs {
namespace {

class DefaultLadder : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto t = load_taxonomy(testing::data_dir() / "skills" / "taxonomy.yaml");
    ASSERT_TRUE(t) << t.error().to_string();
    taxonomy_ = new Taxonomy(std::move(*t));
    auto l = load_ladder(testing::data_dir() / "ladders" / "india-backend.yaml", *taxonomy_);
    ASSERT_TRUE(l) << l.error().to_string();
    ladder_ = new Ladder(std::move(*l));
  }
  static void TearDownTestSuite() {
    delete ladder_;
    delete taxonomy_;
  }
  static Taxonomy* taxonomy_;
  static Ladder* ladder_;
};
Taxonomy* DefaultLadder::taxonomy_ = nullptr;
Ladder* DefaultLadder::ladder_ = nullptr;

TEST_F(DefaultLadder, HasTheTenRolesOfTheDesign) {
  std::vector<std::string> ids;
  for (const Role& r : ladder_->roles) ids.push_back(r.id);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"backend-developer", "cloud-engineer", "data-engineer",
                                           "devops-engineer", "engineering-manager",
                                           "full-stack-developer", "junior-backend-developer",
                                           "senior-backend-developer", "solutions-architect",
                                           "technical-lead"}));
  EXPECT_EQ(ladder_->id, "india-backend");
}

TEST_F(DefaultLadder, MainTrackIsTheSeedLadder) {
  std::vector<std::string> main;
  for (const Role* r : ladder_->main_roles()) main.push_back(r->id);
  EXPECT_EQ(main, (std::vector<std::string>{"junior-backend-developer", "backend-developer",
                                            "senior-backend-developer", "technical-lead",
                                            "solutions-architect"}));
  EXPECT_EQ(ladder_->role("devops-engineer")->track, "operations");
  for (const char* id : {"cloud-engineer", "data-engineer", "full-stack-developer", "engineering-manager"}) {
    EXPECT_EQ(ladder_->role(id)->track, "adjacent") << id;
  }
}

TEST_F(DefaultLadder, CarriesTheSeedCareerPathTable) {
  const Role* junior = ladder_->role("junior-backend-developer");
  EXPECT_EQ(junior->focus, (std::vector<std::string>{"Coding", "Testing", "Documentation"}));
  EXPECT_EQ(junior->tools, (std::vector<std::string>{"git", "java", "intellij-idea", "postman"}));
  const Role* senior = ladder_->role("senior-backend-developer");
  EXPECT_EQ(senior->tools, (std::vector<std::string>{"microservices", "maven", "gradle"}));
  EXPECT_NE(std::find(senior->titles.begin(), senior->titles.end(), "Senior Software Engineer"),
            senior->titles.end());
  const Role* lead = ladder_->role("technical-lead");
  EXPECT_NE(std::find(lead->titles.begin(), lead->titles.end(), "Team Lead"), lead->titles.end());
}

TEST_F(DefaultLadder, EveryRoleIsComplete) {
  for (const Role& r : ladder_->roles) {
    SCOPED_TRACE(r.id);
    EXPECT_FALSE(r.summary.empty());
    EXPECT_FALSE(r.focus.empty());
    EXPECT_FALSE(r.tools.empty());
    EXPECT_FALSE(r.titles.empty());
    EXPECT_FALSE(r.signals.empty());
    EXPECT_GE(std::count_if(r.skills.begin(), r.skills.end(),
                            [](const RoleSkill& s) { return s.weight == Weight::kCore; }),
              3);
  }
}

TEST_F(DefaultLadder, MapsIndianServiceCompanyGrades) {
  auto grade_role = [&](const std::string& company, const std::string& title) -> std::string {
    for (const Role& r : ladder_->roles) {
      for (const Grade& g : r.grades) {
        if (g.company == company && g.title == title) return r.id;
      }
    }
    return "";
  };
  EXPECT_EQ(grade_role("TCS", "Assistant System Engineer"), "junior-backend-developer");
  EXPECT_EQ(grade_role("TCS", "IT Analyst"), "backend-developer");
  EXPECT_EQ(grade_role("TCS", "Assistant Consultant"), "senior-backend-developer");
  EXPECT_EQ(grade_role("Infosys", "Senior Systems Engineer"), "backend-developer");
  EXPECT_EQ(grade_role("Infosys", "Technology Analyst"), "senior-backend-developer");
  EXPECT_EQ(grade_role("Infosys", "Technology Lead"), "technical-lead");
  EXPECT_EQ(grade_role("Infosys", "Technology Architect"), "solutions-architect");
  std::set<std::string> companies;
  for (const Role& r : ladder_->roles) {
    for (const Grade& g : r.grades) companies.insert(g.company);
  }
  for (const char* c : {"TCS", "Infosys", "Wipro", "HCLTech", "Cognizant", "Tech Mahindra", "Accenture"}) {
    EXPECT_TRUE(companies.contains(c)) << c;
  }
}

TEST_F(DefaultLadder, SeedTransitionsCarryTheirCriteria) {
  const Transition* t = ladder_->transition("junior-backend-developer", "backend-developer");
  ASSERT_NE(t, nullptr);
  std::vector<std::string> ids;
  for (const Criterion& c : t->criteria) ids.push_back(c.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"coding-mastery", "consistent-delivery",
                                           "proactive-learning", "reliable-ticket-completion"}));
  ASSERT_NE(ladder_->transition("backend-developer", "senior-backend-developer"), nullptr);
  ASSERT_NE(ladder_->transition("senior-backend-developer", "technical-lead"), nullptr);
  ASSERT_NE(ladder_->transition("technical-lead", "solutions-architect"), nullptr);
  ASSERT_NE(ladder_->transition("technical-lead", "engineering-manager"), nullptr);
}

TEST_F(DefaultLadder, EveryTransitionHasThreeCheckpointsThatCloseSkills) {
  for (const Transition& t : ladder_->transitions) {
    SCOPED_TRACE(t.from + " -> " + t.to);
    EXPECT_GE(t.checkpoints.size(), 3u);
    for (const std::string& id : t.checkpoints) {
      const Checkpoint* c = ladder_->checkpoint(id);
      ASSERT_NE(c, nullptr);
      EXPECT_FALSE(c->closes.empty());
      EXPECT_FALSE(c->done_when.empty());
    }
  }
  EXPECT_NE(ladder_->checkpoint("design-restful-api"), nullptr);
  EXPECT_NE(ladder_->checkpoint("implement-ci-cd"), nullptr);
}

TEST_F(DefaultLadder, EveryRoleCanBeReachedOrIsTheStart) {
  for (const Role& r : ladder_->roles) {
    if (r.id == "junior-backend-developer") continue;
    bool reached = std::any_of(ladder_->transitions.begin(), ladder_->transitions.end(),
                               [&](const Transition& t) { return t.to == r.id; });
    EXPECT_TRUE(reached) << r.id;
  }
}

TEST_F(DefaultLadder, HasTheFivePromotionQuestions) {
  std::vector<std::string> ids;
  for (const PromotionQuestion& q : ladder_->promotion_questions) ids.push_back(q.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"skill-mastery", "impact-projects", "collaboration",
                                           "visibility", "continuous-improvement"}));
}

TEST_F(DefaultLadder, HasTheSeedCertificationsAndMore) {
  for (const char* id : {"oracle-ocp-java", "aws-developer-associate", "azure-developer-associate",
                         "cka", "terraform-associate", "aws-solutions-architect-professional"}) {
    EXPECT_NE(ladder_->certification(id), nullptr) << id;
  }
  for (const char* role : {"devops-engineer", "cloud-engineer", "solutions-architect"}) {
    bool valued = std::any_of(ladder_->certifications.begin(), ladder_->certifications.end(),
                              [&](const Certification& c) {
                                return std::find(c.roles.begin(), c.roles.end(), role) != c.roles.end();
                              });
    EXPECT_TRUE(valued) << role;
  }
}

TEST_F(DefaultLadder, HasBothGrowthTracksFromSenior) {
  ASSERT_EQ(ladder_->growth_tracks.size(), 2u);
  for (const GrowthTrack& g : ladder_->growth_tracks) EXPECT_EQ(g.from, "senior-backend-developer");
}

TEST_F(DefaultLadder, AnotherOrganisationsLadderLoadsTheSameWay) {
  auto other = load_ladder(testing::source_dir() / "examples" / "ladders" / "product-company.yaml",
                           *taxonomy_);
  ASSERT_TRUE(other) << other.error().to_string();
  EXPECT_NE(other->id, ladder_->id);
  EXPECT_FALSE(other->main_roles().empty());
  EXPECT_NE(other->main_roles().size(), ladder_->main_roles().size());
}

}  // namespace
}  // namespace rungs
