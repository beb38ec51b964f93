// `rungs data compile|check` and the snapshot cache through the real binary.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "cli/run_rungs.h"

namespace rungs::testing {
namespace {

using ::testing::HasSubstr;

TEST(DataCommand, CompileThenCheck) {
  TempDir dir;
  const std::string file = (dir.path() / "bundled.snapshot").string();
  RunResult compiled = run_rungs({"data", "compile", "-o", file});
  ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  EXPECT_THAT(compiled.out, HasSubstr("compiled " + file));
  RunResult checked = run_rungs({"data", "check", file});
  EXPECT_EQ(checked.exit_code, 0) << checked.err;
  EXPECT_THAT(checked.out, HasSubstr("fresh"));
  EXPECT_THAT(checked.out, HasSubstr("india-backend.yaml"));
  EXPECT_THAT(checked.out, HasSubstr("Technology Skills.txt"));
}

TEST(DataCommand, ADamagedSnapshotIsExit3NamingTheFile) {
  TempDir dir;
  const std::filesystem::path file = dir.path() / "s.snapshot";
  ASSERT_EQ(run_rungs({"data", "compile", "-o", file.string()}).exit_code, 0);
  std::string bytes = read_text(file);
  bytes[bytes.size() - 10] ^= 1;
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  RunResult r = run_rungs({"data", "check", file.string()});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(r.err, HasSubstr(file.string()));
  EXPECT_THAT(r.err, HasSubstr("checksum"));
  RunResult missing = run_rungs({"data", "check", (dir.path() / "none.snapshot").string()});
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_THAT(missing.err, HasSubstr("no such snapshot"));
}

TEST(DataCommand, TwoProcessesCompilingTheSameSnapshotBothSucceed) {
  TempDir dir;
  const std::string file = (dir.path() / "same.snapshot").string();
  const std::string rungs = shell_quote(RUNGS_BINARY);
  std::string script = "cd " + shell_quote(source_dir().string()) + " && (";
  for (int i = 0; i < 2; ++i) {
    script += rungs + " data compile -o " + shell_quote(file) + " >/dev/null 2>&1; echo $? > " +
              shell_quote((dir.path() / ("rc" + std::to_string(i))).string()) + ") & (";
  }
  script += "true) ; wait";
  ASSERT_EQ(std::system(("bash -c " + shell_quote(script)).c_str()), 0);
  EXPECT_EQ(read_text(dir.path() / "rc0"), "0\n");
  EXPECT_EQ(read_text(dir.path() / "rc1"), "0\n");
  EXPECT_EQ(run_rungs({"data", "check", file}).exit_code, 0);
  // No temporary file is left behind.
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) files += e.path().extension() == ".snapshot";
  EXPECT_EQ(files, 1);
}

TEST(DataCommand, ACustomLadderIsCompiledIntoTheCacheAndRecompiledWhenItChanges) {
  TempDir dir;
  const std::filesystem::path ladder = dir.path() / "ladder.yaml";
  std::filesystem::copy_file(data_dir() / "ladders" / "india-backend.yaml", ladder);
  const std::vector<std::string> env = {"XDG_CACHE_HOME=" + (dir.path() / "cache").string()};
  const std::string resume = (test_data_dir() / "personas" / "05-lead-suresh.txt").string();
  RunResult first = run_rungs({"assess", resume, "--ladder", ladder.string()}, env);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_THAT(first.out, HasSubstr("Technical Lead"));
  int cached = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path() / "cache" / "rungs")) {
    cached += e.path().extension() == ".snapshot";
  }
  EXPECT_EQ(cached, 1);
  std::string text = read_text(ladder);
  for (std::size_t at = text.find("title: Technical Lead"); at != std::string::npos; at = text.find("title: Technical Lead")) {
    text.replace(at, 21, "title: Tech Lead Engineer");
  }
  std::ofstream(ladder, std::ios::binary | std::ios::trunc) << text;
  RunResult second = run_rungs({"assess", resume, "--ladder", ladder.string()}, env);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_THAT(second.out, HasSubstr("Tech Lead Engineer"));
}

}  // namespace
}  // namespace rungs::testing
