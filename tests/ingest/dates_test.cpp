#include "ingest/dates.h"

#include <gtest/gtest.h>

namespace rungs::ingest {
namespace {

TEST(ParseDate, JsonResumeForms) {
  EXPECT_EQ(parse_date("2020"), (YearMonth{2020, 0}));
  EXPECT_EQ(parse_date("2020-03"), (YearMonth{2020, 3}));
  EXPECT_EQ(parse_date("2013-12-01"), (YearMonth{2013, 12}));
}

TEST(ParseDate, WrittenForms) {
  EXPECT_EQ(parse_date("Mar 2020"), (YearMonth{2020, 3}));
  EXPECT_EQ(parse_date("March 2020"), (YearMonth{2020, 3}));
  EXPECT_EQ(parse_date("Sept. 2019"), (YearMonth{2019, 9}));
  EXPECT_EQ(parse_date("03/2020"), (YearMonth{2020, 3}));
  EXPECT_EQ(parse_date("Jan'21"), (YearMonth{2021, 1}));
  EXPECT_EQ(parse_date("Jan-19"), (YearMonth{2019, 1}));
}

TEST(ParseDate, RejectsWhatIsNotADate) {
  EXPECT_FALSE(parse_date("soon"));
  EXPECT_FALSE(parse_date("13/2020"));
  EXPECT_FALSE(parse_date("20200"));
  EXPECT_FALSE(parse_date("Mar 2020 and more"));
  EXPECT_FALSE(parse_date(""));
}

TEST(FindDateRange, RangesInsideLines) {
  auto r = find_date_range("Senior Engineer - Infosys (Jun 2019 - Present)");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->range.start, (YearMonth{2019, 6}));
  EXPECT_TRUE(r->range.present);
  EXPECT_FALSE(r->range.end);

  r = find_date_range("TCS | 2015 \xE2\x80\x93 2018");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->range.start, (YearMonth{2015, 0}));
  EXPECT_EQ(r->range.end, (YearMonth{2018, 0}));

  r = find_date_range("06/2018 to 12/2020");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->range.end, (YearMonth{2020, 12}));

  r = find_date_range("Wipro, Jan'17 - Till Date");
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->range.present);
  EXPECT_EQ(std::string_view("Wipro, Jan'17 - Till Date").substr(r->begin, r->end - r->begin), "Jan'17 - Till Date");

  r = find_date_range("Since Aug 2021");
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->range.present);
}

TEST(FindDateRange, NoDateInPlainText) {
  EXPECT_FALSE(find_date_range("Built REST APIs serving 50K requests a day"));
  EXPECT_FALSE(find_date_range("Reduced p99 latency by 300 ms"));
}

TEST(PresentWords, KnownForms) {
  for (const char* w : {"Present", "current", "Till Date", "NOW", "ongoing"}) EXPECT_TRUE(is_present_word(w)) << w;
  EXPECT_FALSE(is_present_word("Pune"));
}

}  // namespace
}  // namespace rungs::ingest
