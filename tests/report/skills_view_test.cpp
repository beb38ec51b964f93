#include "rungs/skills_view.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace rungs {
namespace {

using ::testing::HasSubstr;

const Taxonomy& taxonomy() {
  static const Taxonomy t = *parse_taxonomy(R"(schema: rungs.taxonomy/1
categories:
  - {id: language, name: Programming languages}
  - {id: cloud, name: Cloud platforms}
  - {id: other, name: Other tools}
skills:
  - {id: java, name: Java, category: language}
  - {id: haskell, name: Haskell, category: language}
  - {id: aws, name: Amazon Web Services, category: cloud}
)", "t.yaml");
  return t;
}

std::vector<SkillEvidence> sample() {
  static Skill minitab{"onet-minitab", "Minitab", "other", {}, {}, "Minitab", SkillOrigin::kOnet, 9};
  const Taxonomy& t = taxonomy();
  std::vector<SkillEvidence> out;
  out.push_back({t.find("java"), Evidence::kHandsOn, 6.94,
                 {{"Built payment APIs in Java.", Section::kExperience, 12},
                  {"Java services on Kubernetes.", Section::kExperience, 14},
                  {"Ran Java batch jobs.", Section::kExperience, 15},
                  {"Java, Haskell", Section::kSkills, 30}}});
  out.push_back({t.find("aws"), Evidence::kCertified, 0,
                 {{"AWS Certified Developer", Section::kCertifications, 40}}});
  out.push_back({t.find("haskell"), Evidence::kListed, 0, {{"Java, Haskell", Section::kSkills, 30}}});
  out.push_back({&minitab, Evidence::kListed, 0, {{"Minitab", Section::kSkills, 31}}});
  return out;
}

TEST(SkillsText, GroupsByCategoryWithEvidenceYearsAndLines) {
  std::string text = render_skills_text(sample(), taxonomy(), "cv.md", 100);
  EXPECT_THAT(text, HasSubstr("Skills in cv.md: 4 skills: 1 hands-on, 1 certified, 2 listed only"));
  EXPECT_THAT(text, HasSubstr("Programming languages\n====================="));
  EXPECT_THAT(text, HasSubstr("Java: hands-on, 6.9 years\n  L12   Built payment APIs in Java."));
  EXPECT_THAT(text, HasSubstr("  ... and 1 more line\n"));
  EXPECT_THAT(text, HasSubstr("Haskell: listed\n  L30   Java, Haskell"));
  EXPECT_THAT(text, HasSubstr("Amazon Web Services: certified\n  L40   AWS Certified Developer"));
  EXPECT_THAT(text, HasSubstr("Minitab (O*NET): listed"));
  // Categories in the taxonomy's order.
  EXPECT_LT(text.find("Programming languages"), text.find("Cloud platforms"));
  EXPECT_LT(text.find("Cloud platforms"), text.find("Other tools"));
}

TEST(SkillsText, SaysWhenNothingIsFound) {
  EXPECT_THAT(render_skills_text({}, taxonomy(), "cv.md", 80),
              HasSubstr("No known skill is named in this resume."));
}

TEST(SkillsJson, CarriesEveryFieldOfTheReportEntries) {
  nlohmann::json doc = nlohmann::json::parse(render_skills_json(sample()));
  ASSERT_EQ(doc["skills"].size(), 4u);
  const nlohmann::json& java = doc["skills"][0];
  EXPECT_EQ(java["id"], "java");
  EXPECT_EQ(java["name"], "Java");
  EXPECT_EQ(java["category"], "language");
  EXPECT_EQ(java["origin"], "taxonomy");
  EXPECT_EQ(java["evidence"], "hands-on");
  EXPECT_DOUBLE_EQ(java["years"].get<double>(), 6.9);
  ASSERT_EQ(java["lines"].size(), 4u);  // all of them, unlike the text view
  EXPECT_EQ(java["lines"][0]["section"], "experience");
  EXPECT_EQ(java["lines"][0]["line"], 12);
  EXPECT_EQ(java["lines"][0]["text"], "Built payment APIs in Java.");
  EXPECT_EQ(doc["skills"][3]["origin"], "onet");
  EXPECT_EQ(nlohmann::json::parse(render_skills_json({}))["skills"].size(), 0u);
}

}  // namespace
}  // namespace rungs
