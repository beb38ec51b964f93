// `rungs profile` through the real binary: every format, and exit 3 with one clear message for
// every kind of bad document.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/run_rungs.h"
#include "support/documents.h"

namespace rungs::testing {
namespace {

using ::testing::HasSubstr;

std::string fixture(const char* name) { return (test_data_dir() / "fixtures" / "public" / name).string(); }

TEST(ProfileCommand, TextReportOfAMarkdownResume) {
  RunResult r = run_rungs({"profile", "tests/data/resumes/priya-senior.md"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Priya Sharma - Senior Backend Engineer"));
  EXPECT_THAT(r.out, HasSubstr("Senior Software Engineer at Razorpay, Bengaluru (2021-04 - present)  L12"));
  EXPECT_THAT(r.out, HasSubstr("L15   Mentored 4 engineers"));
  EXPECT_THAT(r.out, HasSubstr("as text; "));
}

TEST(ProfileCommand, JsonOfEachFormat) {
  TempDir dir;
  std::string docx = dir.write("cv.docx", make_docx(docx_heading("Asha Rao", 1) + docx_heading("Experience", 2) +
                                                    docx_paragraph("Backend Developer at Zoho (2020 - Present)") +
                                                    docx_list_item("Built billing APIs."))).string();
  std::string zip = dir.write("export.zip", make_zip({{"Profile.csv", "First Name,Last Name\nAsha,Rao\n"},
                                                      {"Connections.csv", "\"broken"}})).string();
  struct Case {
    std::string file, format, name;
  };
  for (const Case& c : std::vector<Case>{{fixture("jsonresume_sample.resume.json"), "json-resume", "Richard Hendriks"},
                                         {fixture("rm_master.json"), "resume-matcher-json", "Jane Doe"},
                                         {fixture("rm_bruce_wayne_fullstack.pdf"), "pdf", "Bruce Wayne"},
                                         {docx, "docx", "Asha Rao"},
                                         {zip, "linkedin", "Asha Rao"},
                                         {"tests/data/resumes/rahul-service.txt", "text", "RAHUL VERMA"}}) {
    RunResult r = run_rungs({"profile", c.file, "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << c.file << ": " << r.err;
    nlohmann::json doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["schema"], "rungs.profile/1");
    EXPECT_EQ(doc["source"]["format"], c.format) << c.file;
    EXPECT_EQ(doc["person"]["name"], c.name) << c.file;
  }
}

TEST(ProfileCommand, FormatInForcesTheReader) {
  RunResult r = run_rungs({"profile", fixture("rm_master.json"), "--format-in", "json-resume", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["source"]["format"], "json-resume");
  r = run_rungs({"profile", fixture("rm_master.json"), "--format-in", "word"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--format-in"));
}

TEST(ProfileCommand, OutputFileIsWrittenWhole) {
  TempDir dir;
  std::string out = (dir.path() / "profile.json").string();
  RunResult r = run_rungs({"profile", "tests/data/resumes/rahul-service.txt", "--format", "json", "-o", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(read_text(out))["person"]["email"], "rahul.verma@example.com");
  // A failed run leaves the earlier output as it was.
  r = run_rungs({"profile", "/no/such.pdf", "-o", out});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(nlohmann::json::parse(read_text(out))["person"]["email"], "rahul.verma@example.com");
}

TEST(ProfileCommand, BadDocumentsExitThreeWithOneMessage) {
  TempDir dir;
  std::string pdf = read_text(fixture("rm_bruce_wayne_fullstack.pdf"));
  struct Case {
    std::string name, content, message;
  };
  std::vector<Case> cases = {
      {"empty.txt", "", "empty.txt: the document is empty"},
      {"cut.pdf", pdf.substr(0, pdf.size() / 2), "cut.pdf: truncated PDF (no %%EOF at the end)"},
      {"bad.json", "{\"basics\": ", "bad.json: invalid JSON at line 1"},
      {"shape.json", "{\"work\": {\"name\": \"x\"}}", "shape.json: not a valid JSON Resume"},
      {"deep.json", std::string(5000, '[') + std::string(5000, ']'), "deep.json: JSON nested deeper than 64 levels"},
      {"latin1.txt", "R\xE9sum\xE9\n", "latin1.txt: not UTF-8 text (invalid byte at line 1)"},
      {"huge.txt", std::string((10u << 20) + 1, 'a'), "huge.txt: larger than the limit of 10485760 bytes"},
      {"bomb.zip", make_zip({{"Skills.csv", std::string(12u << 20, 'x')}}), "bomb.zip: Skills.csv: inflates past the limit"},
      {"slip.zip", make_zip({{"../Profile.csv", "x"}}), "slip.zip: the zip entry '../Profile.csv' escapes its folder"},
      {"broken.docx", make_zip({{"word/document.xml", "<w:document>"}}), "broken.docx: damaged DOCX"},
  };
  for (const Case& c : cases) {
    std::string path = dir.write(c.name, c.content).string();
    RunResult r = run_rungs({"profile", path});
    EXPECT_EQ(r.exit_code, 3) << c.name;
    EXPECT_THAT(r.err, HasSubstr(c.message)) << c.name;
    EXPECT_THAT(r.err, ::testing::StartsWith("rungs: " + dir.path().string())) << c.name;
    EXPECT_EQ(r.out, "") << c.name;
  }
}

}  // namespace
}  // namespace rungs::testing
