#include "ingest/csv.h"

#include <gtest/gtest.h>

namespace rungs::ingest {
namespace {

TEST(ParseCsv, QuotedFieldsWithCommasQuotesAndLineBreaks) {
  auto rows = parse_csv("Name,Description\r\nA,\"one, \"\"two\"\"\nthree\"\r\nB,plain\r\n", "t.csv");
  ASSERT_TRUE(rows) << rows.error().message;
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[1].fields[1], "one, \"two\"\nthree");
  EXPECT_EQ((*rows)[1].line, 2);
  EXPECT_EQ((*rows)[2].line, 4);
}

TEST(ParseCsv, UnterminatedQuoteNamesTheLine) {
  auto rows = parse_csv("Name\n\"open\nstill open", "t.csv");
  ASSERT_FALSE(rows);
  EXPECT_EQ(rows.error().message, "t.csv:2: a quoted field never ends (truncated file?)");
}

TEST(CsvTable, SkipsANotesPreambleToTheHeader) {
  auto rows = parse_csv(
      "Notes:\n\"When exporting your data, some fields may be empty.\"\n\nFirst Name,Last Name\nAsha,Rao\n", "p.csv");
  ASSERT_TRUE(rows);
  auto table = CsvTable::find(std::move(*rows), {"First Name", "Last Name"}, "p.csv");
  ASSERT_TRUE(table) << table.error().message;
  ASSERT_EQ(table->rows().size(), 1u);
  EXPECT_EQ(table->get(table->rows()[0], "last name"), "Rao");
  EXPECT_EQ(table->get(table->rows()[0], "Missing"), "");
}

TEST(CsvTable, NoHeaderIsAnError) {
  auto rows = parse_csv("a,b\n1,2\n", "x.csv");
  auto table = CsvTable::find(std::move(*rows), {"Company Name", "Title"}, "x.csv");
  ASSERT_FALSE(table);
  EXPECT_NE(table.error().message.find("x.csv: no header row with the columns Company Name, Title"), std::string::npos);
}

}  // namespace
}  // namespace rungs::ingest
