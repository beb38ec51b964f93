// The text path on resumes written the ways people write them: Markdown and plain text,
// Indian service-company and product-company layouts.
#include <gtest/gtest.h>

#include "rungs/ingest.h"
#include "test_paths.h"

namespace rungs {
namespace {

using testing::test_data_dir;

Profile read(const std::string& file) {
  Result<Profile> p = read_profile(test_data_dir() / "resumes" / file);
  EXPECT_TRUE(p) << (p ? "" : p.error().to_string());
  return p ? *p : Profile{};
}

TEST(MarkdownResume, PersonAndLinks) {
  Profile p = read("priya-senior.md");
  EXPECT_EQ(p.source.format, "text");
  EXPECT_EQ(p.person.name, "Priya Sharma");
  EXPECT_EQ(p.person.headline, "Senior Backend Engineer | Bengaluru, India");
  EXPECT_EQ(p.person.email, "priya.sharma@example.in");
  EXPECT_EQ(p.person.phone, "+91 98450 12345");
  ASSERT_EQ(p.person.links.size(), 2u);
  EXPECT_EQ(p.person.links[0].label, "LinkedIn");
  EXPECT_EQ(p.person.links[1].url, "https://github.com/priyasharma");
  ASSERT_EQ(p.summary.size(), 1u);
  EXPECT_EQ(p.summary[0].line, 8);
}

TEST(MarkdownResume, PositionsInThreeHeaderStyles) {
  Profile p = read("priya-senior.md");
  ASSERT_EQ(p.positions.size(), 3u);
  const Position& razorpay = p.positions[0];
  EXPECT_EQ(razorpay.title, "Senior Software Engineer");
  EXPECT_EQ(razorpay.company, "Razorpay");
  EXPECT_EQ(razorpay.location, "Bengaluru");
  EXPECT_EQ(razorpay.dates.start, (YearMonth{2021, 4}));
  EXPECT_TRUE(razorpay.dates.present);
  ASSERT_EQ(razorpay.lines.size(), 3u);
  EXPECT_EQ(razorpay.lines[1].text, "Mentored 4 engineers and ran weekly code reviews for the payments team.");
  EXPECT_EQ(razorpay.lines[1].line, 15);
  EXPECT_EQ(razorpay.lines[1].section, Section::kExperience);

  EXPECT_EQ(p.positions[1].title, "Software Engineer");
  EXPECT_EQ(p.positions[1].company, "Flipkart");
  EXPECT_EQ(p.positions[1].dates.end, (YearMonth{2021, 3}));
  EXPECT_EQ(p.positions[1].lines.size(), 2u);

  EXPECT_EQ(p.positions[2].title, "Associate Software Engineer");
  EXPECT_EQ(p.positions[2].company, "Infosys");
  EXPECT_EQ(p.positions[2].location, "Mysuru");
  ASSERT_EQ(p.positions[2].lines.size(), 2u);
  EXPECT_EQ(p.positions[2].lines[0].text, "Maintained REST services for a banking client.");
  // Jun 2017 - Present, the three overlap nowhere: 9.5 years to Nov 2026.
  EXPECT_DOUBLE_EQ(experience_years(p, {2026, 11}), 9.5);
}

TEST(MarkdownResume, ProjectsSkillsCertificationsEducation) {
  Profile p = read("priya-senior.md");
  ASSERT_EQ(p.projects.size(), 1u);
  EXPECT_EQ(p.projects[0].name, "ledger-lite");
  EXPECT_EQ(p.projects[0].keywords, (std::vector<std::string>{"Go", "PostgreSQL", "gRPC"}));
  ASSERT_EQ(p.skills.size(), 4u);
  EXPECT_EQ(p.skills[0].name, "Languages");
  EXPECT_EQ(p.skills[0].entries.size(), 4u);
  EXPECT_EQ(p.skills[3].name, "Cloud & DevOps");
  // Brackets keep their commas: "AWS (EC2, S3, EKS)" is one entry; "CI/CD" is not split.
  ASSERT_EQ(p.skills[3].entries.size(), 4u);
  EXPECT_EQ(p.skills[3].entries[0].text, "AWS (EC2, S3, EKS)");
  EXPECT_EQ(p.skills[3].entries[3].text, "CI/CD");
  ASSERT_EQ(p.certifications.size(), 2u);
  EXPECT_EQ(p.certifications[0].date, (YearMonth{2022, 3}));
  EXPECT_EQ(p.certifications[1].name, "Certified Kubernetes Application Developer (CKAD)");
  ASSERT_EQ(p.education.size(), 1u);
  EXPECT_EQ(p.education[0].dates.end, (YearMonth{2017, 0}));
}

TEST(PlainTextResume, UpperCaseHeadingsAndTwoLineHeaders) {
  Profile p = read("rahul-service.txt");
  EXPECT_EQ(p.person.name, "RAHUL VERMA");
  EXPECT_EQ(p.person.headline, "Technology Lead");
  EXPECT_EQ(p.person.location, "Pune, Maharashtra");
  EXPECT_EQ(p.person.email, "rahul.verma@example.com");
  EXPECT_EQ(p.person.phone, "+91-9822012345");
  ASSERT_EQ(p.person.links.size(), 1u);
  EXPECT_EQ(p.person.links[0].label, "GitHub");
  ASSERT_EQ(p.positions.size(), 3u);
  EXPECT_EQ(p.positions[0].title, "Technology Lead");
  EXPECT_EQ(p.positions[0].company, "Infosys Limited");
  EXPECT_EQ(p.positions[0].location, "Pune");
  EXPECT_EQ(p.positions[0].dates.start, (YearMonth{2019, 1}));
  EXPECT_TRUE(p.positions[0].dates.present);
  EXPECT_EQ(p.positions[0].lines.size(), 3u);
  EXPECT_EQ(p.positions[1].title, "Senior Systems Engineer");
  EXPECT_EQ(p.positions[1].company, "Tata Consultancy Services Ltd");
  EXPECT_EQ(p.positions[1].dates.end, (YearMonth{2018, 12}));
  EXPECT_EQ(p.positions[2].title, "Programmer Analyst");
  EXPECT_EQ(p.positions[2].company, "Cognizant");
  ASSERT_EQ(p.skills.size(), 1u);
  EXPECT_EQ(p.skills[0].entries.size(), 9u);
  ASSERT_EQ(p.certifications.size(), 1u);
  EXPECT_EQ(p.certifications[0].date, (YearMonth{2015, 0}));
  ASSERT_EQ(p.education.size(), 1u);
  EXPECT_EQ(p.education[0].institution, "University of Pune");
  ASSERT_EQ(p.other.size(), 1u);  // DECLARATION is a known heading of an "other" section
  EXPECT_EQ(p.other[0].text, "I hereby declare that the above information is true.");
}

TEST(TextResume, NotesWhenNothingLooksLikeAResume) {
  Result<Profile> p = read_profile_bytes("Dear hiring manager,\nI would like to apply.\n", "letter.txt");
  ASSERT_TRUE(p);
  ASSERT_EQ(p->notes.size(), 1u);
  EXPECT_NE(p->notes[0].find("no experience, projects or skills"), std::string::npos);
}

}  // namespace
}  // namespace rungs
