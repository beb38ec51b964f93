#include "common/file.h"

#include <gtest/gtest.h>

#include "test_paths.h"

namespace rungs {
namespace {

using testing::TempDir;

TEST(ReadFile, ReadsBytes) {
  TempDir dir;
  std::string bytes("a\0b\nc", 5);
  auto p = dir.write("x.bin", bytes);
  auto r = read_file(p, 100);
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(*r, bytes);
}

TEST(ReadFile, NamesTheFileWhenMissing) {
  auto r = read_file("/nonexistent/ladder.yaml", 100);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kInvalidInput);
  EXPECT_EQ(r.error().message, "/nonexistent/ladder.yaml: no such file");
}

TEST(ReadFile, RefusesDirectories) {
  TempDir dir;
  auto r = read_file(dir.path(), 100);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("is a directory"), std::string::npos);
}

TEST(ReadFile, RefusesFilesOverTheLimit) {
  TempDir dir;
  auto p = dir.write("big.txt", std::string(200000, 'x'));
  auto r = read_file(p, 1000);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("larger than the limit of 1000 bytes"), std::string::npos);
}

TEST(Diagnostic, FormatsFileLineFieldMessage) {
  EXPECT_EQ((Diagnostic{"l.yaml", 12, "roles[a].order", "bad"}).to_string(),
            "l.yaml:12: roles[a].order: bad");
  EXPECT_EQ((Diagnostic{"l.yaml", 0, "", "the file is empty"}).to_string(),
            "l.yaml: the file is empty");
}

TEST(ErrorKind, MapsToDesignExitCodes) {
  EXPECT_EQ(exit_code_for(ErrorKind::kInvalidInput), 3);
  EXPECT_EQ(exit_code_for(ErrorKind::kUsage), 2);
  EXPECT_EQ(exit_code_for(ErrorKind::kStorage), 4);
  EXPECT_EQ(exit_code_for(ErrorKind::kInternal), 1);
}

}  // namespace
}  // namespace rungs
