#include "skills/match_text.h"

#include <gtest/gtest.h>

namespace rungs {
namespace {

std::string normal(std::string_view text) {
  std::string out;
  std::vector<std::int32_t> points;
  return std::string(normalise_for_match(text, out, points));
}

TEST(MatchText, AsciiComesBackUntouched) {
  std::string out = "stale";
  std::vector<std::int32_t> points;
  std::string_view text = "Built APIs in Java";
  std::string_view result = normalise_for_match(text, out, points);
  EXPECT_EQ(result.data(), text.data());  // no copy: the automaton folds ASCII case itself
}

TEST(MatchText, FoldsCaseAndCompatibilityForms) {
  EXPECT_EQ(normal("ＡＷＳ and Ｃ＋＋"), "aws and c++");              // full-width forms
  EXPECT_EQ(normal("ﬁnance ÉCOLE Straße"), "finance école strasse");  // ligature, accents, ß
  EXPECT_EQ(normal("• Kafka – Go"), "• Kafka – Go");  // only the words that need it change
  EXPECT_EQ(normal("e\xCC\x81t\xC3\xA9"), "\xC3\xA9t\xC3\xA9");  // e + combining acute composes
}

TEST(MatchText, KeepsWordsThatAreNotUtf8) {
  EXPECT_EQ(normal("Java \xFF\xFE café"), "Java \xFF\xFE café");
}

TEST(MatchText, PatternsAreLowerCaseWithSingleSpaces) {
  EXPECT_EQ(normalise_pattern("  Spring   Boot "), "spring boot");
  EXPECT_EQ(normalise_pattern("Node.JS"), "node.js");
  EXPECT_EQ(normalise_pattern("Ｃ＃"), "c#");
  EXPECT_EQ(normalise_pattern(""), "");
}

}  // namespace
}  // namespace rungs
