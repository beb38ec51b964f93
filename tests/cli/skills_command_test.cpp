// `rungs skills` through the real binary.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/run_rungs.h"

namespace rungs::testing {
namespace {

using ::testing::HasSubstr;

const nlohmann::json* skill(const nlohmann::json& doc, const std::string& id) {
  for (const nlohmann::json& s : doc["skills"]) {
    if (s["id"] == id) return &s;
  }
  return nullptr;
}

TEST(SkillsCommand, TextGroupedByCategory) {
  RunResult r = run_rungs({"skills", "tests/data/resumes/priya-senior.md"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Skills in tests/data/resumes/priya-senior.md: "));
  EXPECT_THAT(r.out, HasSubstr("Programming languages\n====================="));
  EXPECT_THAT(r.out, HasSubstr("Spring Boot: hands-on, "));
  EXPECT_THAT(r.out, HasSubstr("Docker: listed\n  L37   Docker\n"));
  EXPECT_THAT(r.out, HasSubstr("Amazon Web Services: certified\n  L37   AWS (EC2, S3, EKS)\n  L41   AWS Certified"));
  EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(SkillsCommand, JsonOfAPdfWithEvidenceAndLines) {
  RunResult r = run_rungs({"skills", "tests/data/fixtures/public/rm_bruce_wayne_fullstack.pdf",
                           "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json doc = nlohmann::json::parse(r.out);
  const nlohmann::json* react = skill(doc, "react");
  ASSERT_NE(react, nullptr);
  EXPECT_EQ((*react)["evidence"], "hands-on");
  EXPECT_GT((*react)["years"].get<double>(), 0);
  bool in_experience = false;
  for (const nlohmann::json& line : (*react)["lines"]) in_experience |= line["section"] == "experience";
  EXPECT_TRUE(in_experience);
  const nlohmann::json* typescript = skill(doc, "typescript");
  ASSERT_NE(typescript, nullptr);
  EXPECT_EQ((*typescript)["evidence"], "listed");
}

TEST(SkillsCommand, OnetNamesUnlessToldNotTo) {
  TempDir dir;
  std::string cv = dir.write("cv.md", "# Meera Iyer\n\n## Skills\n\n- Minitab, Java\n").string();
  RunResult all = run_rungs({"skills", cv, "--format", "json"});
  ASSERT_EQ(all.exit_code, 0) << all.err;
  nlohmann::json doc = nlohmann::json::parse(all.out);
  ASSERT_NE(skill(doc, "onet-minitab"), nullptr);
  EXPECT_EQ((*skill(doc, "onet-minitab"))["origin"], "onet");
  RunResult curated = run_rungs({"skills", cv, "--format", "json", "--no-onet"});
  ASSERT_EQ(curated.exit_code, 0) << curated.err;
  doc = nlohmann::json::parse(curated.out);
  EXPECT_EQ(skill(doc, "onet-minitab"), nullptr);
  EXPECT_NE(skill(doc, "java"), nullptr);
}

TEST(SkillsCommand, BadInputsExitThreeWithOneMessage) {
  TempDir dir;
  std::string empty = dir.write("empty.txt", "").string();
  std::string bad_taxonomy = dir.write("taxonomy.yaml", "schema: rungs.taxonomy/1\ncategories: [\n").string();
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {{"skills", "/nonexistent/cv.pdf"}, "rungs: /nonexistent/cv.pdf: no such file"},
           {{"skills", empty}, empty + ": the document is empty"},
           {{"skills", "tests/data/resumes/priya-senior.md", "--taxonomy", bad_taxonomy}, bad_taxonomy},
       }) {
    RunResult r = run_rungs(c.args);
    EXPECT_EQ(r.exit_code, 3) << c.args[1] << ": " << r.err;
    EXPECT_THAT(r.err, HasSubstr(c.message));
    EXPECT_TRUE(r.out.empty());
  }
}

TEST(SkillsCommand, BrokenOnetDataIsNamed) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "skills");
  std::filesystem::copy(data_dir() / "skills" / "taxonomy.yaml", dir.path() / "skills" / "taxonomy.yaml");
  dir.write("skills/onet.yaml", "schema: rungs.onet/1\nsource: ../onet/list.txt\ndefault_category: other\n");
  RunResult r = run_rungs({"skills", "tests/data/resumes/priya-senior.md"},
                          {"RUNGS_DATA_DIR=" + dir.path().string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(r.err, HasSubstr("onet/list.txt: no such file"));
}

TEST(SkillsCommand, WritesTheReportToAFile) {
  TempDir dir;
  std::string out = (dir.path() / "skills.json").string();
  RunResult r = run_rungs({"skills", "tests/data/resumes/rahul-service.txt", "--format", "json", "-o", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(skill(nlohmann::json::parse(read_text(out)), "java"), nullptr);
}

}  // namespace
}  // namespace rungs::testing
