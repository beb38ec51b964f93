// `rungs batch` through the real binary: one report a line, a broken document reported with the
// batch going on (exit 3), CSV and the team page written to files.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "cli/run_rungs.h"

namespace rungs::testing {
namespace {

using ::testing::HasSubstr;

TEST(BatchCommand, ReportsEveryDocumentAndGoesOnPastABrokenOne) {
  TempDir dir;
  std::filesystem::copy(source_dir() / "examples" / "resumes", dir.path() / "team");
  RunResult clean = run_rungs({"batch", (dir.path() / "team").string()});
  ASSERT_EQ(clean.exit_code, 0) << clean.err;
  std::istringstream lines(clean.out);
  std::string line;
  int reports = 0;
  while (std::getline(lines, line)) {
    nlohmann::json j = nlohmann::json::parse(line);
    EXPECT_EQ(j["schema"], "rungs.report/1");
    ++reports;
  }
  EXPECT_EQ(reports, 2);
  EXPECT_THAT(clean.err, HasSubstr("2 assessed, 0 not readable"));

  dir.write("team/zz-broken.json", "{\"basics\": ");
  RunResult broken = run_rungs({"batch", (dir.path() / "team").string(), "--jobs", "2"});
  EXPECT_EQ(broken.exit_code, 3);
  EXPECT_THAT(broken.err, HasSubstr("zz-broken.json: invalid JSON"));
  EXPECT_THAT(broken.err, HasSubstr("2 assessed, 1 not readable"));
  EXPECT_THAT(broken.out, HasSubstr("\"error\": "));

  const std::string csv = (dir.path() / "team.csv").string(), html = (dir.path() / "team.html").string();
  EXPECT_EQ(run_rungs({"batch", (dir.path() / "team").string(), "--format", "csv", "-o", csv}).exit_code, 3);
  EXPECT_THAT(read_text(csv), ::testing::StartsWith("file,name,years,role"));
  RunResult page = run_rungs({"batch", (dir.path() / "team").string(), "--format", "html", "-o", html, "--jd",
                              "tests/data/fixtures/public/rm_backend-eng.txt"});
  EXPECT_EQ(page.exit_code, 3);
  EXPECT_THAT(read_text(html), HasSubstr("Shortlist for the job"));
  EXPECT_EQ(run_rungs({"batch", "/no/such/folder"}).exit_code, 3);
}

TEST(BatchCommand, SaveKeepsEachAssessmentInTheStore) {
  TempDir dir;
  const std::string store = (dir.path() / "team.db").string();
  RunResult saved = run_rungs({"batch", "examples/resumes", "--save", "--store", store, "--quiet"});
  ASSERT_EQ(saved.exit_code, 0) << saved.err;
  EXPECT_THAT(saved.err, HasSubstr("2 saved in SQLite store"));
  RunResult people = run_rungs({"history", "--store", store});
  EXPECT_THAT(people.out, HasSubstr("priya.sharma@example.in"));
  EXPECT_THAT(people.out, HasSubstr("2 "));  // two assessments of the same person (before and after the edit)
}

TEST(MarketCommand, DemandPerLevelAndGapsOrderedByIt) {
  TempDir dir;
  const std::string market = (dir.path() / "market.json").string();
  RunResult made = run_rungs({"market", "tests/data/market", "--format", "json", "-o", market});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  EXPECT_EQ(nlohmann::json::parse(read_text(market))["schema"], "rungs.market/1");
  EXPECT_THAT(run_rungs({"market", "tests/data/market"}).out, HasSubstr("Asked more than at the level below"));
  RunResult assessed = run_rungs({"assess", "examples/resumes/priya-senior.md", "--target", "senior-backend-developer",
                                  "--market", market, "--format", "json"});
  ASSERT_EQ(assessed.exit_code, 0) << assessed.err;
  EXPECT_THAT(assessed.out, HasSubstr("of Senior Backend Developer postings"));
  RunResult wrong = run_rungs({"assess", "examples/resumes/priya-senior.md", "--market", "examples/resumes/priya-senior.md"});
  EXPECT_EQ(wrong.exit_code, 3);
  EXPECT_THAT(wrong.err, HasSubstr("not a rungs.market/1 document"));
}

TEST(OutputFiles, ADeviceIsWrittenInPlaceNeverReplaced) {
  // Root may rename over /dev/null: -o must write into it, not through a temporary file.
  for (std::vector<std::string> args : std::vector<std::vector<std::string>>{
           {"assess", "examples/resumes/priya-senior.md", "-o", "/dev/null"},
           {"batch", "examples/resumes", "--quiet", "-o", "/dev/null"}}) {
    EXPECT_EQ(run_rungs(args).exit_code, 0) << args[0];
    EXPECT_TRUE(std::filesystem::is_character_file("/dev/null")) << args[0];
  }
}

}  // namespace
}  // namespace rungs::testing
