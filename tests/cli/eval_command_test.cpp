// `rungs eval` through the real binary, on corpora made in a temporary folder.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/run_rungs.h"

namespace rungs::testing {
namespace {

using ::testing::HasSubstr;

const char* kResume = R"(# Ravi Kumar
Software Engineer | Chennai

## Experience
### Software Engineer - Zoho, Chennai (Jun 2023 - Present)
- Built REST APIs in Go for the billing service; p99 latency down from 400 ms to 90 ms.
- Reviewed pull requests for two teammates.

## Skills
Go, PostgreSQL, Docker
)";

const char* kLabels = R"(schema: rungs.labels/1
as_of: 2026-11
positions: 1
experience_years: [3.2, 3.6]
placement: [backend-developer]
hands_on: [Go, [PostgreSQL, Postgres]]
listed: [Docker]
findings_not: [no-quantified-impact]
)";

TEST(EvalCommand, JsonFiguresOfACorpus) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "half");
  dir.write("half/ravi.md", kResume);
  dir.write("half/ravi.labels.yaml", kLabels);
  RunResult r = run_rungs({"eval", dir.path().string(), "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["schema"], "rungs.eval/1");
  EXPECT_EQ(doc["resumes"], 1);
  EXPECT_EQ(doc["positions"]["correct"], 1);
  EXPECT_EQ(doc["experience"]["correct"], 1);
  EXPECT_EQ(doc["placement"]["total"], 1);
  EXPECT_EQ(doc["skills"]["hands_on"]["total"], 2);
  EXPECT_EQ(doc["skills"]["listed"]["total"], 1);
  EXPECT_TRUE(doc["placement"]["confusion"].is_object());
  EXPECT_TRUE(doc["misses"].is_array());
  EXPECT_EQ(doc["cases"][0]["labels"], (dir.path() / "half" / "ravi.labels.yaml").string());
}

TEST(EvalCommand, TextReportAndTheFloor) {
  TempDir dir;
  dir.write("ravi.md", kResume);
  dir.write("ravi.labels.yaml", std::string(kLabels) + "criteria:\n  visibility: [yes]\n");
  dir.write("floor.yaml", "schema: rungs.eval-floor/1\ncriteria: 1.0\npositions: 1.0\n");
  RunResult r = run_rungs({"eval", dir.path().string(), "--floor", (dir.path() / "floor.yaml").string()});
  EXPECT_THAT(r.out, HasSubstr("rungs eval: 1 labelled resumes"));
  EXPECT_THAT(r.out, HasSubstr("labelled \\ placed"));
  EXPECT_THAT(r.out, HasSubstr("criteria: visibility"));  // a GitHub-less resume is not visible
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_THAT(r.err, HasSubstr("criteria is 0.000, below the floor of 1.000"));
}

TEST(EvalCommand, BadLabelsExitThreeNamingFileAndLine) {
  TempDir dir;
  dir.write("ravi.md", kResume);
  dir.write("ravi.labels.yaml", "schema: rungs.labels/1\nas_of: 2026-11\nplacement: [staff-engineer]\n");
  RunResult r = run_rungs({"eval", dir.path().string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(r.err, HasSubstr("ravi.labels.yaml:3: placement[0]: unknown role 'staff-engineer'"));
}

TEST(EvalCommand, MissingDocumentsAndEmptyFoldersExitThree) {
  TempDir dir;
  RunResult empty = run_rungs({"eval", dir.path().string()});
  EXPECT_EQ(empty.exit_code, 3);
  EXPECT_THAT(empty.err, HasSubstr("holds no NAME.labels.yaml files"));
  dir.write("ghost.labels.yaml", kLabels);
  RunResult ghost = run_rungs({"eval", dir.path().string()});
  EXPECT_EQ(ghost.exit_code, 3);
  EXPECT_THAT(ghost.err, HasSubstr("ghost.labels.yaml: no document ghost.* beside it"));
  dir.write("ghost.txt", kResume);
  dir.write("ghost.md", kResume);
  RunResult twice = run_rungs({"eval", dir.path().string()});
  EXPECT_EQ(twice.exit_code, 3);
  EXPECT_THAT(twice.err, HasSubstr("more than one document"));
  RunResult nowhere = run_rungs({"eval", (dir.path() / "nowhere").string()});
  EXPECT_EQ(nowhere.exit_code, 3);
}

}  // namespace
}  // namespace rungs::testing
