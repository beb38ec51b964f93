// Broken ladders, one kind of error each: every file in tests/data/ladders/broken/ states the
// diagnostics it must produce in its leading `# expect: LINE: field: message` comments.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "rungs/ladder_loader.h"
#include "test_paths.h"

namespace rungs {
namespace {

std::filesystem::path broken_dir() { return testing::test_data_dir() / "ladders" / "broken"; }

std::vector<std::string> broken_files() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(broken_dir())) {
    names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> expectations(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line) && line.rfind("# expect: ", 0) == 0) out.push_back(line.substr(10));
  return out;
}

const Taxonomy& taxonomy() {
  static const Taxonomy t = *load_taxonomy(testing::data_dir() / "skills" / "taxonomy.yaml");
  return t;
}

class BrokenLadder : public ::testing::TestWithParam<std::string> {};

TEST_P(BrokenLadder, IsRefusedWithLocatedErrors) {
  std::filesystem::path file = broken_dir() / (GetParam() + ".yaml");
  std::vector<std::string> expected = expectations(testing::read_text(file));
  ASSERT_FALSE(expected.empty()) << file << " states no expectation";

  auto result = load_ladder(file, taxonomy());
  ASSERT_FALSE(result) << file << " was accepted";
  EXPECT_EQ(result.error().kind, ErrorKind::kInvalidInput);
  std::vector<std::string> got;
  for (const Diagnostic& d : result.error().details) {
    EXPECT_EQ(d.file, file.string());
    std::string text = d.to_string().substr(file.string().size());
    got.push_back(text.substr(text[0] == ':' && text[1] == ' ' ? 2 : 1));
  }
  for (const std::string& e : expected) {
    EXPECT_NE(std::find(got.begin(), got.end(), e), got.end())
        << "missing: " << e << "\ngot:\n" << ::testing::PrintToString(got);
  }
}

INSTANTIATE_TEST_SUITE_P(AllKinds, BrokenLadder, ::testing::ValuesIn(broken_files()),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(BrokenLadders, CoverEveryKindOfError) { EXPECT_GE(broken_files().size(), 20u); }

TEST(LadderValidation, TheMinimalLadderIsValid) {
  auto r = load_ladder(testing::test_data_dir() / "ladders" / "minimal.yaml", taxonomy());
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->roles.size(), 3u);
}

TEST(LadderValidation, ReportsEveryErrorNotJustTheFirst) {
  std::string text = testing::read_text(testing::test_data_dir() / "ladders" / "minimal.yaml");
  auto replace = [&](const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
  };
  replace("{skill: java, weight: core}", "{skill: jawa, weight: key}");
  replace("    to: senior\n", "    to: nowhere\n");
  replace("years: {min: 2, max: 6}", "years: {min: 2, max: 1}");
  auto r = parse_ladder(text, "multi.yaml", taxonomy());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().details.size(), 4u) << r.error().to_string();
  EXPECT_EQ(r.error().message, "multi.yaml: invalid ladder (4 problems)");
}

TEST(LadderValidation, MissingFileNamesIt) {
  auto r = load_ladder("/nonexistent/l.yaml", taxonomy());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "/nonexistent/l.yaml: no such file");
}

}  // namespace
}  // namespace rungs
