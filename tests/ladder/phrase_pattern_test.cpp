// The phrase syntax of ladder signals and hedges (rungs/phrase_pattern.h).
#include "rungs/phrase_pattern.h"

#include <gtest/gtest.h>

namespace rungs {
namespace {

bool holds(std::string_view phrase, std::string_view line) {
  Result<PhrasePattern> p = parse_phrase_pattern(phrase);
  EXPECT_TRUE(p) << phrase;
  return p && matches(*p, pattern_text(line));
}

TEST(PhrasePattern, WordsFormsPrefixesAndAlternatives) {
  EXPECT_TRUE(holds("code review*", "Ran code-reviews for the team"));  // hyphens and spaces alike
  EXPECT_TRUE(holds("lead/led a/the team", "Led the team of five"));
  EXPECT_TRUE(holds("pull request|PR|code", "reviewed every PR"));
  EXPECT_FALSE(holds("code review*", "wrote code; reviewed designs"));
}

TEST(PhrasePattern, LaterPartsStayInTheClauseAndWithinEightWords) {
  EXPECT_TRUE(holds("review* ... pull request*", "Review dbt and DAG pull requests for the team"));
  EXPECT_FALSE(holds("review* ... pull request*", "Reviewed designs. Opened pull requests"));
  EXPECT_FALSE(holds("review* ... pull request*", "Reviewed one two three four five six seven eight nine pull requests"));
  EXPECT_TRUE(holds("moved|migrated ... from ... to", "Moved the app from Create React App to Next.js"));
}

TEST(PhrasePattern, NumbersAndPercent) {
  EXPECT_TRUE(holds("# percent", "cut costs by 31%"));
  EXPECT_TRUE(holds("# x/times", "3 times faster"));
  EXPECT_TRUE(holds("from # ... to #", "p95 from 900 ms to 140 ms"));
}

// "Struts 1.x" is a version, not "1 times": the wildcard stays in the number's word.
TEST(PhrasePattern, AVersionWildcardIsNoMultiplier) {
  EXPECT_FALSE(holds("# x/times", "Migrated the module from Struts 1.x / EJB to Spring MVC"));
  EXPECT_FALSE(holds("# x/times", "Upgraded Hibernate 3.X"));
  EXPECT_EQ(pattern_text("Struts 1.x").words, (std::vector<std::string>{"struts", "1.x"}));
  EXPECT_EQ(pattern_text("1.xml files").words, (std::vector<std::string>{"1", "xml", "files"}));
}

TEST(PhrasePattern, MalformedPhrasesAreRefused) {
  EXPECT_FALSE(parse_phrase_pattern("*"));
  EXPECT_FALSE(parse_phrase_pattern("re*view"));
  EXPECT_FALSE(parse_phrase_pattern("a ... "));
}

}  // namespace
}  // namespace rungs
