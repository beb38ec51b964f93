#include "rungs/report_view.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "rungs/ladder_loader.h"
#include "test_paths.h"

namespace rungs {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const Ladder& ladder() {
  static const Ladder l = [] {
    Taxonomy t = *load_taxonomy(testing::data_dir() / "skills" / "taxonomy.yaml");
    return *load_ladder(testing::data_dir() / "ladders" / "india-backend.yaml", t);
  }();
  return l;
}

Report sample() {
  Report r;
  r.generated_at = "2026-11-30T07:00:00Z";
  r.source = {"cv.md", "text"};
  r.person.name = "Asha Rao";
  r.experience_years = 6.04;
  r.current_title = "Senior Software Engineer";
  r.ladder_id = "india-backend";
  r.ladder_name = "Backend career ladder (India)";
  r.ladder_version = 1;
  r.placement = {"backend-developer", "Backend Developer", 0.61,
                 {"6.0 years of experience; Backend Developer is typically 2-5 years"},
                 "senior-backend-developer",
                 {{"backend-developer", 0.8, 1, 0.6, 1, false}}};
  r.readiness.from = "backend-developer";
  r.readiness.to = "senior-backend-developer";
  r.readiness.verdict = Verdict::kAlmost;
  r.readiness.yes = 2;
  r.readiness.criteria = {
      {"skill-mastery", "Are you a go-to expert?", Answer::kYes, {{"Designed the *ledger* API", Section::kExperience, 12}}, ""},
      {"visibility", "Do leads recognise you?", Answer::kNo, {}, "Add a bullet that shows recognition."}};
  r.readiness.transition = {{"mentor-new-joiners", "Mentor new joiners", false, {}}};
  r.gaps = {"senior-backend-developer", 0.42, {{"architecture", "Architecture and design", 0.2}},
            {{"system-design", "System design", Weight::kCore, "A core skill for Senior Backend Developer."}},
            {{"docker", "Docker", Weight::kUseful, "Listed but never used."}}};
  r.checkpoints = {{"design-document-reviewed", "Write a design document and get it reviewed", {"system-design"}}};
  r.certifications = {{"aws-developer-associate", "AWS Certified Developer - Associate", "Valued for Senior."}};
  r.findings = {{"title-evidence-mismatch", Severity::kHigh, "Your title says Senior Backend Developer.",
                 "Show the work of a senior.", {{"Senior Software Engineer", Section::kExperience, 10}}},
                {"no-visibility", Severity::kLow, "Nothing makes your work visible.", "Add links.", {}}};
  return r;
}

TEST(ReportJson, FollowsTheSchema) {
  nlohmann::json doc = nlohmann::json::parse(render_report_json(sample()));
  EXPECT_EQ(doc["schema"], "rungs.report/1");
  EXPECT_EQ(doc["generated_at"], "2026-11-30T07:00:00Z");
  EXPECT_EQ(doc["source"]["file"], "cv.md");
  EXPECT_EQ(doc["person"]["name"], "Asha Rao");
  EXPECT_DOUBLE_EQ(doc["person"]["experience_years"].get<double>(), 6.0);
  EXPECT_EQ(doc["person"]["current_title"], "Senior Software Engineer");
  EXPECT_EQ(doc["ladder"]["id"], "india-backend");
  EXPECT_EQ(doc["placement"]["role"], "backend-developer");
  EXPECT_DOUBLE_EQ(doc["placement"]["confidence"].get<double>(), 0.61);
  EXPECT_EQ(doc["placement"]["title_suggests"], "senior-backend-developer");
  EXPECT_EQ(doc["readiness"]["verdict"], "almost");
  EXPECT_EQ(doc["readiness"]["yes"], 2);
  EXPECT_EQ(doc["readiness"]["criteria"][0]["answer"], "yes");
  EXPECT_EQ(doc["readiness"]["criteria"][0]["evidence"][0]["line"], 12);
  EXPECT_TRUE(doc["readiness"]["criteria"][0]["next_step"].is_null());
  EXPECT_EQ(doc["readiness"]["criteria"][1]["next_step"], "Add a bullet that shows recognition.");
  EXPECT_EQ(doc["gaps"]["missing"][0]["weight"], "core");
  EXPECT_EQ(doc["gaps"]["categories"][0]["name"], "Architecture and design");
  EXPECT_DOUBLE_EQ(doc["gaps"]["categories"][0]["coverage"].get<double>(), 0.2);
  EXPECT_EQ(doc["gaps"]["unproven"][0]["skill"], "docker");
  EXPECT_EQ(doc["checkpoints"][0]["closes"][0], "system-design");
  EXPECT_EQ(doc["certifications"][0]["id"], "aws-developer-associate");
  EXPECT_TRUE(doc["path"].is_null());
  EXPECT_EQ(doc["findings"][0]["severity"], "high");
  EXPECT_EQ(doc["findings"][0]["lines"][0]["section"], "experience");
  EXPECT_TRUE(doc["skills"].is_array());
}

TEST(ReportText, VerdictFirstThenWhyThenWhatToDo) {
  std::string text = render_report_text(sample(), ladder(), {100, false});
  EXPECT_TRUE(text.starts_with("Asha Rao: Backend Developer (confidence 0.61)\n"
                               "Ready for Senior Backend Developer? ALMOST (2 of 2 promotion questions answered yes)\n"));
  EXPECT_THAT(text, HasSubstr("Your title suggests Senior Backend Developer; the evidence supports Backend Developer."));
  std::size_t why = text.find("Why this placement"), ready = text.find("Promotion readiness"),
              gaps = text.find("Gaps to Senior Backend Developer: skills coverage 42%"),
              next = text.find("What to do next"), findings = text.find("What a recruiter will hold");
  EXPECT_LT(why, ready);
  EXPECT_LT(ready, gaps);
  EXPECT_LT(gaps, next);
  EXPECT_LT(next, findings);
  EXPECT_NE(findings, std::string::npos);
  EXPECT_THAT(text, HasSubstr("[yes]    Are you a go-to expert?"));
  EXPECT_THAT(text, HasSubstr("L12   Designed the *ledger* API"));
  EXPECT_THAT(text, HasSubstr("Next: Add a bullet that shows recognition."));
  EXPECT_THAT(text, HasSubstr("[not met] Mentor new joiners"));
  EXPECT_THAT(text, HasSubstr("HIGH   Your title says Senior Backend Developer. [title-evidence-mismatch]"));
  EXPECT_THAT(text, Not(HasSubstr("\x1b[")));
}

TEST(ReportText, ColourOnlyWhenAsked) {
  std::string text = render_report_text(sample(), ladder(), {100, true});
  EXPECT_THAT(text, HasSubstr("\x1b[33mALMOST\x1b[0m"));
  EXPECT_THAT(text, HasSubstr("\x1b[31mHIGH  \x1b[0m"));
}

TEST(ReportMarkdown, HeadingsListsAndEscapedResumeText) {
  std::string md = render_report_markdown(sample(), ladder());
  EXPECT_TRUE(md.starts_with("# Asha Rao: Backend Developer\n"));
  EXPECT_THAT(md, HasSubstr("- Ready for Senior Backend Developer: **almost** (2 of 2 yes)"));
  EXPECT_THAT(md, HasSubstr("## Promotion readiness"));
  EXPECT_THAT(md, HasSubstr("  - L12: Designed the \\*ledger\\* API"));
  EXPECT_THAT(md, HasSubstr("- [ ] Mentor new joiners"));
  EXPECT_THAT(md, HasSubstr("- Missing: **System design** (core)"));
  EXPECT_THAT(md, HasSubstr("1. Write a design document and get it reviewed"));
  EXPECT_THAT(md, HasSubstr("- **high** `title-evidence-mismatch`"));
}

}  // namespace
}  // namespace rungs
