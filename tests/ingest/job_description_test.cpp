#include "rungs/job.h"

#include <gtest/gtest.h>

#include "test_paths.h"

namespace rungs {
namespace {

TEST(JobDescription, TextHeadingsTellMustFromNice) {
  auto job = read_job_bytes(R"(Senior Backend Engineer - Razorpay

About the role
We build payment APIs.

Requirements:
- 5+ years with Java and Spring Boot
- PostgreSQL and Kafka

NICE TO HAVE
- Kubernetes
- Go (bonus)

Skills: Java, Go, Redis
)", "jd.txt");
  ASSERT_TRUE(job) << job.error().to_string();
  EXPECT_EQ(job->title, "Senior Backend Engineer - Razorpay");
  EXPECT_EQ(job->source.format, "text");
  ASSERT_EQ(job->lines.size(), 8u);  // headings ("Requirements:", "NICE TO HAVE") are not lines
  EXPECT_EQ(job->lines[0].text, "Senior Backend Engineer - Razorpay");
  EXPECT_EQ(job->lines[3].text, "5+ years with Java and Spring Boot");
  EXPECT_EQ(job->lines[3].line, 7);
  EXPECT_FALSE(job->lines[3].nice);
  EXPECT_TRUE(job->lines[5].nice);   // Kubernetes, under NICE TO HAVE
  EXPECT_TRUE(job->lines[6].nice);
  EXPECT_TRUE(job->lines[7].list);   // "Skills: ..."
  EXPECT_FALSE(job->lines[7].nice);
}

TEST(JobDescription, JsonResumeJobSchema) {
  auto job = read_job(testing::test_data_dir() / "fixtures" / "public" / "jsonresume_sample.job.json");
  ASSERT_TRUE(job) << job.error().to_string();
  EXPECT_EQ(job->title, "Web Developer");
  EXPECT_EQ(job->source.format, "json-resume-job");
  bool has_list = false;
  for (const JobLine& l : job->lines) has_list |= l.list && l.text == "HTML";
  EXPECT_TRUE(has_list);
  for (const JobLine& l : job->lines) EXPECT_GT(l.line, 0) << l.text;
}

TEST(JobDescription, PdfText) {
  auto job = read_job(testing::test_data_dir() / "fixtures" / "public" / "rm_job_desc_java_developer.pdf");
  ASSERT_TRUE(job) << job.error().to_string();
  EXPECT_EQ(job->source.format, "pdf");
  EXPECT_GT(job->lines.size(), 10u);
}

TEST(JobDescription, BadInputsAreNamed) {
  EXPECT_EQ(read_job_bytes("", "jd.txt").error().message, "jd.txt: the job description is empty");
  EXPECT_EQ(read_job_bytes("Java \xFF\n", "jd.txt").error().message,
            "jd.txt: not UTF-8 (invalid byte at line 1); save the file as UTF-8");
  EXPECT_EQ(read_job_bytes("{\"title\": ", "jd.json").error().message.substr(0, 33),
            "jd.json: invalid JSON at line 1: ");
  EXPECT_EQ(read_job_bytes("{\"colour\": \"red\"}", "jd.json").error().message,
            "jd.json: JSON without a title, description, qualifications or skills; expected the JSON "
            "Resume job schema");
  auto shape = read_job_bytes("{\"title\": \"Dev\", \"skills\": [\"Java\"]}", "jd.json");
  ASSERT_FALSE(shape);
  EXPECT_EQ(shape.error().message, "jd.json: not a valid job description");
  ASSERT_EQ(shape.error().details.size(), 1u);
  EXPECT_EQ(shape.error().details[0].to_string(), "jd.json: skills[0]: expected an object, found a string");
  EXPECT_EQ(read_job("/nonexistent/jd.txt").error().message, "/nonexistent/jd.txt: no such file");
}

}  // namespace
}  // namespace rungs
