// Cited lines are capped in every format, so one huge line cannot blow up a report.
#include "report/cited_lines.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/utf8.h"
#include "report/html_page.h"
#include "report/json_lines.h"
#include "report/json_writer.h"

namespace rungs {
namespace {

using ::testing::EndsWith;
using ::testing::HasSubstr;

TEST(CitedText, ShortLinesAreWholeLongOnesCutWithAnEllipsis) {
  EXPECT_EQ(cited_text("Built the ledger in Go."), "Built the ledger in Go.");
  std::string exact(kCitedLineMax, 'a');
  EXPECT_EQ(cited_text(exact), exact);
  std::string words;
  while (words.size() < 5000) words += "payments ";
  std::string cut = cited_text(words);
  EXPECT_LE(cut.size(), kCitedLineMax + 3);
  EXPECT_THAT(cut, EndsWith("payments\u2026"));  // at a word
  std::string devanagari;
  while (devanagari.size() < 1000) devanagari += "\u0915";  // three bytes each, no spaces
  std::string cut_utf8 = cited_text(devanagari);
  EXPECT_FALSE(first_invalid_utf8(cut_utf8).has_value());  // never inside a character
  EXPECT_THAT(cut_utf8, EndsWith("\u2026"));
}

TEST(CitedText, EveryFormatCitesTheCappedLine) {
  std::vector<TextLine> lines = {{std::string(1u << 20, 'x'), Section::kExperience, 7}};
  JsonWriter w;
  write_cited_lines(w, lines);
  std::string json = std::move(w).finish();
  EXPECT_LT(json.size(), 1000u);
  EXPECT_THAT(json, HasSubstr("\"line\": 7"));
  EXPECT_LT(cited_lines_table(lines, 100, "  ").size(), 2000u);
  EXPECT_LT(cited_lines_html(lines).size(), 1000u);
}

}  // namespace
}  // namespace rungs
