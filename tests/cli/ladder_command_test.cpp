// `rungs ladder ...` end to end through the real binary.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/run_rungs.h"

namespace rungs {
namespace {

using testing::run_rungs;
using testing::RunResult;
using testing::TempDir;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(LadderCommand, ShowPrintsTheDefaultLadder) {
  RunResult r = run_rungs({"ladder", "show"}, {"COLUMNS=120"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  for (const char* s : {"Roles", "Junior Backend Developer", "Solutions Architect", "DevOps Engineer",
                        "Typical tools", "Job titles", "Transitions", "Certifications"}) {
    EXPECT_TRUE(contains(r.out, s)) << s;
  }
}

TEST(LadderCommand, ShowJsonIsTheWholeModel) {
  RunResult r = run_rungs({"ladder", "show", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["id"], "india-backend");
  EXPECT_EQ(j["roles"].size(), 10u);
}

TEST(LadderCommand, RolesListsIdsTitlesAndTracks) {
  RunResult r = run_rungs({"ladder", "roles"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* id : {"junior-backend-developer", "backend-developer", "senior-backend-developer",
                         "technical-lead", "solutions-architect", "devops-engineer", "cloud-engineer",
                         "data-engineer", "full-stack-developer", "engineering-manager"}) {
    EXPECT_TRUE(contains(r.out, id)) << id;
  }
  RunResult j = run_rungs({"ladder", "roles", "--format", "json"});
  ASSERT_EQ(j.exit_code, 0) << j.err;
  EXPECT_EQ(nlohmann::json::parse(j.out)["roles"].size(), 10u);
}

TEST(LadderCommand, ValidateAcceptsTheBundledAndExampleLadders) {
  RunResult r = run_rungs({"ladder", "validate", "data/ladders/india-backend.yaml"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "valid ladder 'india-backend'")) << r.out;
  RunResult other = run_rungs({"ladder", "validate", "examples/ladders/product-company.yaml"});
  EXPECT_EQ(other.exit_code, 0) << other.err;
  EXPECT_TRUE(contains(other.out, "valid ladder 'product-company'")) << other.out;
}

TEST(LadderCommand, AnotherLadderShowsTheSameWay) {
  RunResult r = run_rungs({"ladder", "show", "examples/ladders/product-company.yaml"}, {"COLUMNS=200"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Product company engineering levels"));
  EXPECT_TRUE(contains(r.out, "Staff Engineer (L6)"));
  EXPECT_FALSE(contains(r.out, "Junior Backend Developer"));
}

TEST(LadderCommand, ValidateRefusesEveryBrokenLadderWithExit3) {
  std::filesystem::path dir = testing::test_data_dir() / "ladders" / "broken";
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string rel = "tests/data/ladders/broken/" + entry.path().filename().string();
    SCOPED_TRACE(rel);
    RunResult r = run_rungs({"ladder", "validate", rel});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_TRUE(r.out.empty());
    std::istringstream header(testing::read_text(entry.path()));
    std::string line;
    while (std::getline(header, line) && line.rfind("# expect: ", 0) == 0) {
      std::string expected = line.substr(10);
      bool has_line = !expected.empty() && std::isdigit(static_cast<unsigned char>(expected[0]));
      EXPECT_TRUE(contains(r.err, rel + (has_line ? ":" : ": ") + expected)) << r.err;
    }
    ++files;
  }
  EXPECT_GE(files, 20);
}

TEST(LadderCommand, MissingLadderFileIsExit3NamingIt) {
  RunResult r = run_rungs({"ladder", "show", "no/such/ladder.yaml"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err, "rungs: no/such/ladder.yaml: no such file\n");
}

TEST(LadderCommand, MissingDataFolderIsExit3NamingTheFile) {
  TempDir empty;
  RunResult r = run_rungs({"ladder", "roles"}, {"RUNGS_DATA_DIR=" + empty.path().string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, (empty.path() / "skills" / "taxonomy.yaml").string() + ": no such file"))
      << r.err;
}

TEST(LadderCommand, BrokenTaxonomyIsExit3) {
  TempDir dir;
  auto taxonomy = dir.write("t.yaml", "schema: rungs.taxonomy/1\ncategories: []\nskills: 7\n");
  RunResult r = run_rungs({"ladder", "validate", "--taxonomy", taxonomy.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(contains(r.err, taxonomy.string() + ":3: skills: expected a list")) << r.err;
}

TEST(LadderCommand, OutputFileIsWrittenWhole) {
  TempDir dir;
  std::string out = (dir.path() / "ladder.json").string();
  RunResult r = run_rungs({"ladder", "show", "--format", "json", "-o", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(nlohmann::json::parse(testing::read_text(out))["id"], "india-backend");
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    EXPECT_EQ(entry.path().filename(), "ladder.json");  // no temporary file left behind
  }
}

TEST(LadderCommand, FailedOutputLeavesExistingFileUntouched) {
  TempDir dir;
  auto existing = dir.write("keep.txt", "precious");
  RunResult bad_ladder = run_rungs({"ladder", "show", "nope.yaml", "-o", existing.string()});
  EXPECT_EQ(bad_ladder.exit_code, 3);
  EXPECT_EQ(testing::read_text(existing), "precious");
  RunResult bad_dir = run_rungs({"ladder", "show", "-o", (dir.path() / "missing" / "x.txt").string()});
  EXPECT_EQ(bad_dir.exit_code, 3);
  EXPECT_TRUE(contains(bad_dir.err, "cannot be written")) << bad_dir.err;
}

}  // namespace
}  // namespace rungs
