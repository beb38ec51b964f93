#include <gtest/gtest.h>

#include "rungs/profile.h"

namespace rungs {
namespace {

Position job(YearMonth start, std::optional<YearMonth> end, bool present = false) {
  Position p;
  p.dates.start = start;
  p.dates.end = end;
  p.dates.present = present;
  return p;
}

TEST(ExperienceYears, OverlappingPositionsCountOnce) {
  Profile profile;
  profile.positions.push_back(job({2018, 1}, YearMonth{2019, 12}));  // 24 months
  profile.positions.push_back(job({2019, 7}, YearMonth{2020, 6}));   // 6 of them new
  EXPECT_DOUBLE_EQ(experience_years(profile, {2026, 11}), 2.5);
}

TEST(ExperienceYears, PresentRunsToToday) {
  Profile profile;
  profile.positions.push_back(job({2024, 12}, std::nullopt, true));
  EXPECT_DOUBLE_EQ(experience_years(profile, {2026, 11}), 2.0);
}

TEST(ExperienceYears, YearsAloneAndVolunteerWork) {
  Profile profile;
  profile.positions.push_back(job({2015, 0}, YearMonth{2016, 0}));  // Jan 2015 - Dec 2016
  Position volunteer = job({2010, 1}, YearMonth{2014, 12});
  volunteer.volunteer = true;
  profile.positions.push_back(volunteer);
  profile.positions.push_back(Position{});  // no dates: skipped
  EXPECT_DOUBLE_EQ(experience_years(profile, {2026, 11}), 2.0);
}

TEST(FormatRange, Forms) {
  EXPECT_EQ(format_range({YearMonth{2019, 6}, std::nullopt, true}), "2019-06 - present");
  EXPECT_EQ(format_range({YearMonth{2017, 0}, YearMonth{2019, 8}, false}), "2017 - 2019-08");
  EXPECT_EQ(format_range({}), "");
}

TEST(AllLines, CitesEverySection) {
  Profile profile;
  profile.person.headline = "Backend Engineer";
  profile.summary.push_back({"Builds APIs", Section::kSummary, 3});
  Position p;
  p.lines.push_back({"Led the Kafka migration", Section::kExperience, 9});
  profile.positions.push_back(p);
  profile.skills.push_back({"Languages", {{"Java", Section::kSkills, 20}}});
  profile.certifications.push_back({"AWS Certified Developer", "Amazon", std::nullopt, 25});
  std::vector<TextLine> lines = all_lines(profile);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].section, Section::kHeader);
  EXPECT_EQ(lines[2].text, "Led the Kafka migration");
  EXPECT_EQ(lines[4].section, Section::kCertifications);
}

}  // namespace
}  // namespace rungs
