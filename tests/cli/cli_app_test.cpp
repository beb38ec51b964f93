// The command line's contract: version, help, usage errors (exit 2).
#include <gtest/gtest.h>

#include "cli/run_rungs.h"

namespace rungs {
namespace {

using testing::run_rungs;
using testing::RunResult;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(CliApp, PrintsTheVersion) {
  RunResult r = run_rungs({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "rungs 0.1.0\n");
}

TEST(CliApp, HelpListsTheCommands) {
  for (auto args : std::vector<std::vector<std::string>>{{"help"}, {"--help"}}) {
    RunResult r = run_rungs(args);
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_TRUE(contains(r.out, "ladder")) << r.out;
    EXPECT_TRUE(contains(r.out, "Exit codes")) << r.out;
  }
}

TEST(CliApp, HelpForOneCommand) {
  RunResult r = run_rungs({"help", "ladder", "validate"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(contains(r.out, "FILE:LINE")) << r.out;
  RunResult unknown = run_rungs({"help", "frobnicate"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_TRUE(contains(unknown.err, "no command 'frobnicate'")) << unknown.err;
}

TEST(CliApp, NoCommandIsAUsageError) {
  RunResult r = run_rungs({});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "a command is needed")) << r.err;
}

TEST(CliApp, UnknownCommandIsAUsageError) {
  RunResult r = run_rungs({"frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "frobnicate")) << r.err;
  EXPECT_TRUE(contains(r.err, "rungs help")) << r.err;
}

TEST(CliApp, LadderNeedsASubcommand) {
  RunResult r = run_rungs({"ladder"});
  EXPECT_EQ(r.exit_code, 2);
}

TEST(CliApp, BadOptionValuesAreUsageErrors) {
  RunResult r = run_rungs({"ladder", "show", "--format", "xml"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "xml")) << r.err;
  RunResult extra = run_rungs({"ladder", "roles", "a.yaml", "b.yaml"});
  EXPECT_EQ(extra.exit_code, 2);
  RunResult unknown_flag = run_rungs({"ladder", "roles", "--colour"});
  EXPECT_EQ(unknown_flag.exit_code, 2);
}

}  // namespace
}  // namespace rungs
