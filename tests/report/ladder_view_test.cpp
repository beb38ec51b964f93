#include "rungs/ladder_view.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/text_table.h"
#include "rungs/ladder_loader.h"
#include "test_paths.h"

namespace rungs {
namespace {

struct Loaded {
  Taxonomy taxonomy;
  Ladder ladder;
};

const Loaded& loaded() {
  static const Loaded l = [] {
    Taxonomy t = *load_taxonomy(testing::data_dir() / "skills" / "taxonomy.yaml");
    Ladder ladder = *load_ladder(testing::data_dir() / "ladders" / "india-backend.yaml", t);
    return Loaded{std::move(t), std::move(ladder)};
  }();
  return l;
}

TEST(LadderText, ShowsRolesFocusToolsAndTitles) {
  std::string text = render_ladder_text(loaded().ladder, loaded().taxonomy, 1000);
  for (const char* s : {"Backend career ladder (India)", "Junior Backend Developer",
                        "(junior-backend-developer)", "Documentation", "IntelliJ IDEA", "Postman",
                        "Backend Intern", "Company grades", "Assistant System Engineer",
                        "Transitions", "Design a RESTful API from scratch", "Growth tracks",
                        "Promotion questions", "Certifications",
                        "Oracle Certified Professional, Java SE Developer"}) {
    EXPECT_NE(text.find(s), std::string::npos) << s;
  }
}

TEST(LadderText, StaysWithinTheWidth) {
  for (std::size_t width : {80u, 120u}) {
    std::string text = render_ladder_text(loaded().ladder, loaded().taxonomy, width);
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      std::string line = text.substr(start, end - start);
      EXPECT_LE(display_width(line), width) << line;
      start = end + 1;
    }
  }
}

TEST(RolesText, OneLinePerRole) {
  std::string text = render_roles_text(loaded().ladder, 100);
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2 + 10);
  EXPECT_NE(text.find("devops-engineer"), std::string::npos);
  EXPECT_NE(text.find("Operations"), std::string::npos);
}

TEST(LadderJson, CarriesTheWholeModel) {
  auto j = nlohmann::json::parse(render_ladder_json(loaded().ladder));
  EXPECT_EQ(j["schema"], "rungs.ladder/1");
  EXPECT_EQ(j["id"], "india-backend");
  EXPECT_EQ(j["roles"].size(), loaded().ladder.roles.size());
  EXPECT_EQ(j["transitions"].size(), loaded().ladder.transitions.size());
  EXPECT_EQ(j["checkpoints"].size(), loaded().ladder.checkpoints.size());
  EXPECT_EQ(j["certifications"].size(), loaded().ladder.certifications.size());
  EXPECT_EQ(j["promotion_questions"].size(), 5u);
  const auto& junior = j["roles"][0];
  EXPECT_EQ(junior["id"], "junior-backend-developer");
  EXPECT_EQ(junior["years"]["min"], 0);
  EXPECT_EQ(junior["skills"][0]["weight"], "core");
  auto architect = std::find_if(j["roles"].begin(), j["roles"].end(),
                                [](const auto& r) { return r["id"] == "solutions-architect"; });
  EXPECT_TRUE((*architect)["years"]["max"].is_null());
}

TEST(RolesJson, ListsIdsTitlesTracks) {
  auto j = nlohmann::json::parse(render_roles_json(loaded().ladder));
  EXPECT_EQ(j["ladder"]["id"], "india-backend");
  ASSERT_EQ(j["roles"].size(), 10u);
  EXPECT_EQ(j["roles"][0]["id"], "junior-backend-developer");
  EXPECT_EQ(j["roles"][0]["track"], "main");
}

}  // namespace
}  // namespace rungs
