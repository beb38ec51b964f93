// DOCX files built by the test: headings, list items, tables.
#include <gtest/gtest.h>

#include "ingest/readers.h"
#include "rungs/ingest.h"
#include "support/documents.h"

namespace rungs {
namespace {

using namespace testing;

std::string resume_docx() {
  return make_docx(docx_heading("Karthik Menon", 1) + docx_paragraph("Senior Java Developer") +
                   docx_paragraph("karthik@example.com | +91 90000 11111") + docx_heading("Experience", 2) +
                   docx_table({{"Senior Java Developer", "Accenture", "Aug 2019 - Present"}}) +
                   docx_list_item("Led the move of 12 services to AWS EKS.") +
                   docx_list_item("Reviewed every pull request of a team of 6.") +
                   docx_table({{"Java Developer", "HCLTech", "Jun 2016 - Jul 2019"}}) +
                   docx_list_item("Wrote Spring Boot services & JUnit tests.") + docx_heading("Skills", 2) +
                   docx_table({{"Languages", "Java, Kotlin"}, {"Cloud", "AWS, EKS, Terraform"}}) +
                   docx_heading("Education", 2) + docx_paragraph("B.E., Computer Science - Anna University (2012 - 2016)"));
}

TEST(DocxResume, HeadingsListsAndTables) {
  Result<std::string> text = ingest::docx_to_text(resume_docx(), "k.docx", {});
  ASSERT_TRUE(text) << text.error().message;
  EXPECT_NE(text->find("# Karthik Menon\n"), std::string::npos);
  EXPECT_NE(text->find("## Experience\n"), std::string::npos);
  EXPECT_NE(text->find("Senior Java Developer | Accenture | Aug 2019 - Present\n"), std::string::npos);
  EXPECT_NE(text->find("- Led the move of 12 services to AWS EKS.\n"), std::string::npos);
  EXPECT_NE(text->find("Wrote Spring Boot services & JUnit tests."), std::string::npos);  // entity decoded

  Result<Profile> p = read_profile_bytes(resume_docx(), "k.docx");
  ASSERT_TRUE(p) << p.error().to_string();
  EXPECT_EQ(p->source.format, "docx");
  EXPECT_EQ(p->person.name, "Karthik Menon");
  EXPECT_EQ(p->person.headline, "Senior Java Developer");
  EXPECT_EQ(p->person.email, "karthik@example.com");
  ASSERT_EQ(p->positions.size(), 2u);
  EXPECT_EQ(p->positions[0].company, "Accenture");
  EXPECT_EQ(p->positions[0].lines.size(), 2u);
  EXPECT_EQ(p->positions[1].title, "Java Developer");
  EXPECT_EQ(p->positions[1].dates.end, (YearMonth{2019, 7}));
  ASSERT_EQ(p->skills.size(), 2u);
  EXPECT_EQ(p->skills[1].name, "Cloud");
  EXPECT_EQ(p->skills[1].entries.size(), 3u);
  ASSERT_EQ(p->education.size(), 1u);
  EXPECT_EQ(p->education[0].institution, "Anna University");
}

TEST(DocxResume, ForcedTextFormatOnADocxFails) {
  Result<Profile> p = read_profile_bytes(resume_docx(), "k.docx", DocumentFormat::kText);
  ASSERT_FALSE(p);
  EXPECT_NE(p.error().message.find("k.docx: not UTF-8 text"), std::string::npos);
}

}  // namespace
}  // namespace rungs
