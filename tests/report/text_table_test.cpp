#include "report/text_table.h"

#include <gtest/gtest.h>

#include <sstream>

namespace rungs {
namespace {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

TEST(WrapText, WrapsAtSpacesAndKeepsNewlines) {
  EXPECT_EQ(wrap_text("one two three", 7), (std::vector<std::string>{"one two", "three"}));
  EXPECT_EQ(wrap_text("a\nb c", 10), (std::vector<std::string>{"a", "b c"}));
  EXPECT_EQ(wrap_text("", 5), std::vector<std::string>{""});
}

TEST(WrapText, CutsWordsLongerThanTheWidth) {
  EXPECT_EQ(wrap_text("abcdefgh xy", 3), (std::vector<std::string>{"abc", "def", "gh", "xy"}));
}

TEST(DisplayWidth, CountsCodePoints) {
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("→ é"), 3u);
}

TEST(TextTable, AlignsColumnsUnderARule) {
  TextTable t({"Id", "Title"});
  t.add_row({"a", "Alpha"});
  t.add_row({"bb", "B"});
  EXPECT_EQ(t.render(80), "Id  Title\n--  -----\na   Alpha\nbb  B\n");
}

TEST(TextTable, FitsTheWidthByWrappingTheLongestColumn) {
  TextTable t({"Level", "Titles"});
  t.add_row({"1", "Junior Backend Developer, Backend Intern, Trainee, Software Engineer Trainee"});
  std::string out = t.render(40);
  for (const std::string& line : lines(out)) EXPECT_LE(display_width(line), 40u) << line;
  EXPECT_NE(out.find("Junior Backend Developer"), std::string::npos);  // words stay whole
  EXPECT_GT(lines(out).size(), 3u);
}

TEST(TextTable, MissingCellsAreEmpty) {
  TextTable t({"A", "B", "C"});
  t.add_row({"x"});
  EXPECT_EQ(lines(t.render(80)).back(), "x");
}

}  // namespace
}  // namespace rungs
