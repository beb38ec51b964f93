// `rungs assess` through the real binary.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/run_rungs.h"

namespace rungs::testing {
namespace {

using ::testing::HasSubstr;

TEST(AssessCommand, TextReportWithoutColourWhenPiped) {
  RunResult r = run_rungs({"assess", "tests/data/resumes/priya-senior.md"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("Priya Sharma: Senior Backend Developer (confidence ")) << r.out;
  EXPECT_THAT(r.out, HasSubstr("Ready for Technical Lead? "));
  EXPECT_THAT(r.out, HasSubstr("What a recruiter will hold against the resume"));
  EXPECT_THAT(r.out, ::testing::Not(HasSubstr("\x1b[")));
}

TEST(AssessCommand, JsonReportOfEachPersonaFormat) {
  for (const char* file : {"tests/data/personas/03-mid-sneha.json", "tests/data/personas/05-lead-suresh.txt",
                           "tests/data/fixtures/public/rm_bruce_wayne_fullstack.pdf"}) {
    RunResult r = run_rungs({"assess", file, "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << file << ": " << r.err;
    nlohmann::json doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["schema"], "rungs.report/1");
    EXPECT_EQ(doc["readiness"]["criteria"].size(), 5u) << file;
    EXPECT_FALSE(doc["placement"]["reasons"].empty()) << file;
  }
}

TEST(AssessCommand, TargetAndMarkdownToAFile) {
  TempDir dir;
  std::string out = (dir.path() / "report.md").string();
  RunResult r = run_rungs({"assess", "tests/data/personas/06-devops-karan.md", "--target", "devops-engineer",
                           "--format", "markdown", "-o", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string md = read_text(out);
  EXPECT_TRUE(md.starts_with("# Karan Mehta: Backend Developer") || md.starts_with("# Karan Mehta: DevOps Engineer")) << md;
  EXPECT_THAT(md, HasSubstr("## Gaps to DevOps Engineer"));
}

TEST(AssessCommand, BadInputsExitThree) {
  TempDir dir;
  std::string bad_ladder = dir.write("ladder.yaml", "schema: rungs.ladder/1\n").string();
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {{"assess", "tests/data/resumes/priya-senior.md", "--target", "cto"}, "unknown target role 'cto'"},
           {{"assess", "/nonexistent/cv.pdf"}, "/nonexistent/cv.pdf: no such file"},
           {{"assess", "tests/data/resumes/priya-senior.md", "--ladder", bad_ladder}, bad_ladder},
       }) {
    RunResult r = run_rungs(c.args);
    EXPECT_EQ(r.exit_code, 3) << c.args[1] << ": " << r.err;
    EXPECT_THAT(r.err, HasSubstr(c.message));
    EXPECT_TRUE(r.out.empty());
  }
  RunResult usage = run_rungs({"assess", "tests/data/resumes/priya-senior.md", "--format", "pdf"});
  EXPECT_EQ(usage.exit_code, 2);
}

}  // namespace
}  // namespace rungs::testing

namespace rungs::testing {
namespace {

TEST(MatchCommand, TextAndJson) {
  RunResult text = run_rungs({"match", "tests/data/personas/04-senior-vikram.md",
                              "tests/data/fixtures/public/rm_backend-eng.txt"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_THAT(text.out, ::testing::HasSubstr(" / 100\nMatched:\n"));
  RunResult json = run_rungs({"match", "tests/data/personas/03-mid-sneha.json",
                              "tests/data/fixtures/public/jsonresume_sample.job.json", "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  nlohmann::json doc = nlohmann::json::parse(json.out);
  EXPECT_EQ(doc["job"]["title"], "Web Developer");
  EXPECT_TRUE(doc["score"].is_number_integer());
  EXPECT_TRUE(doc["missing"].is_array());
}

TEST(MatchCommand, JobDescriptionInTheReport) {
  RunResult r = run_rungs({"assess", "tests/data/resumes/priya-senior.md", "--jd",
                           "tests/data/fixtures/public/rm_backend-eng.txt", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json doc = nlohmann::json::parse(r.out);
  ASSERT_TRUE(doc.contains("match"));
  EXPECT_GT(doc["match"]["score"].get<int>(), 0);
  RunResult bad = run_rungs({"match", "tests/data/resumes/priya-senior.md", "/nonexistent/jd.txt"});
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_THAT(bad.err, ::testing::HasSubstr("/nonexistent/jd.txt: no such file"));
}

}  // namespace
}  // namespace rungs::testing

namespace rungs::testing {
namespace {

TEST(AssessCommand, AnOffTrackPlacementSaysSoInItsHeader) {
  RunResult r = run_rungs({"assess", "tests/data/eval/test/a06-platform-devops-linkedin.zip"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("Nikhil Menon: DevOps Engineer (confidence ")) << r.out;
  EXPECT_THAT(r.out, ::testing::HasSubstr("\nOff the main ladder (Operations): "));
}

}  // namespace
}  // namespace rungs::testing
