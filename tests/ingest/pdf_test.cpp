// PDFs: the real LaTeX resume from the public fixtures, and one- and two-column pages the
// test builds itself.
#include <gtest/gtest.h>

#include "ingest/readers.h"
#include "rungs/ingest.h"
#include "support/documents.h"
#include "test_paths.h"

namespace rungs {
namespace {

using testing::make_pdf;

TEST(PdfResume, ModerncvFixtureWithDatesInTheMargin) {
  Result<Profile> p = read_profile(testing::test_data_dir() / "fixtures" / "public" /
                                   "rm_bruce_wayne_fullstack.pdf");
  ASSERT_TRUE(p) << p.error().to_string();
  EXPECT_EQ(p->source.format, "pdf");
  EXPECT_EQ(p->person.name, "Bruce Wayne");
  EXPECT_EQ(p->person.email, "bwayne@email.com");
  ASSERT_EQ(p->positions.size(), 3u);
  EXPECT_EQ(p->positions[0].title, "MERN Stack Developer");
  EXPECT_EQ(p->positions[0].company, "OpenAI");
  EXPECT_EQ(p->positions[0].dates.start, (YearMonth{2020, 6}));
  EXPECT_TRUE(p->positions[0].dates.present);
  EXPECT_EQ(p->positions[1].company, "Uber");
  EXPECT_EQ(p->positions[1].dates.end, (YearMonth{2020, 5}));
  EXPECT_EQ(p->positions[2].company, "Facebook");
  EXPECT_GE(p->positions[1].lines.size(), 5u);
  EXPECT_EQ(p->education.size(), 3u);
  ASSERT_FALSE(p->skills.empty());
  EXPECT_GE(p->skills[0].entries.size(), 8u);
  ASSERT_EQ(p->projects.size(), 1u);
  EXPECT_EQ(p->projects[0].name, "Personal Project: Gotham Event Planner");
}

TEST(PdfResume, TwoColumnsReadLeftColumnFirst) {
  std::vector<std::string> left = {"Meera Nair", "Site Reliability Engineer", "meera@example.com", "",
                                   "SKILLS", "Terraform, Kubernetes, Prometheus", "Python, Go", "",
                                   "EDUCATION", "B.Tech, IIT Madras, 2012 - 2016", "", "CERTIFICATIONS",
                                   "CKA, 2022"};
  std::vector<std::string> right = {"EXPERIENCE", "SRE - PhonePe, Bengaluru (May 2020 - Present)",
                                    "- Ran incident command for payment outages.",
                                    "- Wrote postmortems and SLO dashboards.",
                                    "- Moved 40 services to Kubernetes with Terraform.",
                                    "DevOps Engineer - Mindtree (Jul 2016 - Apr 2020)",
                                    "- Built Jenkins pipelines for 30 teams.", "- Automated AWS accounts.",
                                    "", "PROJECTS", "slo-kit | Go, Prometheus", "- SLO calculator used by 5 teams."};
  std::string pdf = make_pdf({testing::two_column_page(left, right)});
  Result<std::string> text = ingest::pdf_to_text(pdf, "two.pdf", {});
  ASSERT_TRUE(text) << text.error().message;
  // Left column whole, then the right: no line mixes the two.
  EXPECT_LT(text->find("CKA, 2022"), text->find("EXPERIENCE"));
  EXPECT_EQ(text->find("Meera Nair EXPERIENCE"), std::string::npos);

  Result<Profile> p = read_profile_bytes(pdf, "two.pdf");
  ASSERT_TRUE(p) << p.error().to_string();
  EXPECT_EQ(p->person.name, "Meera Nair");
  EXPECT_EQ(p->person.headline, "Site Reliability Engineer");
  ASSERT_EQ(p->positions.size(), 2u);
  EXPECT_EQ(p->positions[0].title, "SRE");
  EXPECT_EQ(p->positions[0].company, "PhonePe");
  EXPECT_EQ(p->positions[0].lines.size(), 3u);
  EXPECT_EQ(p->positions[1].company, "Mindtree");
  ASSERT_EQ(p->skills.size(), 1u);
  EXPECT_EQ(p->skills[0].entries.size(), 5u);
  ASSERT_EQ(p->certifications.size(), 1u);
  EXPECT_EQ(p->projects.size(), 1u);
}

TEST(PdfResume, OneColumnWithAPageNumber) {
  std::string pdf = make_pdf({testing::one_column_page({"Arjun Rao", "Backend Developer", "", "EXPERIENCE",
                                                        "Backend Developer at Zoho (Jan 2022 - Present)",
                                                        "- Built billing APIs in Java.", "", "1/1"})});
  Result<Profile> p = read_profile_bytes(pdf, "one.pdf");
  ASSERT_TRUE(p) << p.error().to_string();
  ASSERT_EQ(p->positions.size(), 1u);
  EXPECT_EQ(p->positions[0].company, "Zoho");
  ASSERT_EQ(p->positions[0].lines.size(), 1u);  // the page number is not a line of the job
}

}  // namespace
}  // namespace rungs
