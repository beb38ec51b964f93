#include "skills/word_boundary.h"

#include <gtest/gtest.h>

namespace rungs {
namespace {

// Whether `name` stands alone at its first occurrence in `text`.
bool alone(std::string_view text, std::string_view name, bool strict = false) {
  std::size_t at = text.find(name);
  return at != std::string_view::npos && stands_alone(text, at, at + name.size(), strict);
}

TEST(WordBoundary, NamesMustNotSitInsideWords) {
  EXPECT_TRUE(alone("Java, Go", "Java"));
  EXPECT_FALSE(alone("JavaScript", "Java"));
  EXPECT_FALSE(alone("Google", "Go"));
  EXPECT_FALSE(alone("ago", "go"));
  EXPECT_TRUE(alone("(Kafka)", "Kafka"));
  EXPECT_TRUE(alone("Java-based services", "Java"));
  EXPECT_FALSE(alone("Java_8", "Java"));
}

TEST(WordBoundary, PunctuationAtAnEndNeedsNoBoundary) {
  EXPECT_TRUE(alone("C++11", "C++"));
  EXPECT_TRUE(alone("ASP.NET", ".NET"));
  EXPECT_TRUE(alone("C#/.NET", "C#"));
  EXPECT_FALSE(alone("ABC++", "C++"));  // the name starts with a letter that continues a word
}

TEST(WordBoundary, LettersOfAnyScriptJoinWords) {
  EXPECT_FALSE(alone("Javaé", "Java"));
  EXPECT_TRUE(alone("•Java", "Java"));     // a bullet is not a letter
  EXPECT_TRUE(alone("Java—Go", "Java"));   // nor is a dash
  EXPECT_FALSE(alone("日本Java", "Java"));
}

TEST(WordBoundary, StrictNamesMustNotBeJoinedByHyphenAmpersandOrDot) {
  EXPECT_FALSE(alone("the go-to person", "go", true));
  EXPECT_FALSE(alone("R&D team", "R", true));
  EXPECT_FALSE(alone("Objective-C code", "C", true));
  EXPECT_FALSE(alone("make.com", "make", true));
  EXPECT_TRUE(alone("Go. Then", "Go", true));
  EXPECT_TRUE(alone("C/C++", "C", true));
  EXPECT_TRUE(alone("the go-to person", "go", false));  // a hyphen alone is a boundary
}

TEST(WordBoundary, RefusesRangesOutsideTheText) {
  EXPECT_FALSE(stands_alone("Go", 1, 5, false));
  EXPECT_FALSE(stands_alone("Go", 1, 1, false));
}

}  // namespace
}  // namespace rungs
