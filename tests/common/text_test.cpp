#include "common/text.h"

#include <gtest/gtest.h>

namespace rungs {
namespace {

TEST(NormalizeKey, FoldsCaseAndPunctuation) {
  EXPECT_EQ(normalize_key("SDE-1"), "sde 1");
  EXPECT_EQ(normalize_key("  Senior   Software Engineer "), "senior software engineer");
  EXPECT_EQ(normalize_key("Full-Stack Developer"), normalize_key("full stack developer"));
  EXPECT_EQ(normalize_key("--"), "");
}

TEST(NormalizeKey, KeepsNonAsciiLetters) { EXPECT_EQ(normalize_key("Café Lead"), "café lead"); }

TEST(EditDistance, CountsEditsAndSwaps) {
  EXPECT_EQ(edit_distance("", ""), 0);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3);
  EXPECT_EQ(edit_distance("titels", "titles"), 1);  // one swap
  EXPECT_EQ(edit_distance("abc", ""), 3);
}

TEST(ClosestMatch, SuggestsOnlyLikelyTypos) {
  std::vector<std::string> ids{"kubernetes", "kafka", "java"};
  EXPECT_EQ(closest_match("kubernets", ids), "kubernetes");
  EXPECT_EQ(closest_match("jav", ids), "java");
  EXPECT_EQ(closest_match("terraform", ids), "");
}

TEST(Join, JoinsWithSeparator) {
  EXPECT_EQ(join({}, ", "), "");
  EXPECT_EQ(join({"a"}, ", "), "a");
  EXPECT_EQ(join({"a", "b", "c"}, " -> "), "a -> b -> c");
}

}  // namespace
}  // namespace rungs

namespace rungs {
namespace {

TEST(Text, HoldsWordsOnlyAsWholeWords) {
  EXPECT_TRUE(holds_words("senior software engineer payments", "software engineer"));
  EXPECT_TRUE(holds_words("infosys", "infosys"));
  EXPECT_FALSE(holds_words("senior software engineer", "soft"));
  EXPECT_FALSE(holds_words("senior software engineer", ""));
}

}  // namespace
}  // namespace rungs
