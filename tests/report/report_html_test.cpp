#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "rungs/assess.h"
#include "rungs/ingest.h"
#include "rungs/report_view.h"
#include "test_paths.h"

namespace rungs {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct Rendered {
  std::string html;
  Report report;
};

const Rendered& rendered() {
  static const Rendered r = [] {
    AssessData data;
    data.taxonomy = testing::data_dir() / "skills" / "taxonomy.yaml";
    data.onet = testing::data_dir() / "skills" / "onet.yaml";
    data.ladder = testing::data_dir() / "ladders" / "india-backend.yaml";
    data.findings = testing::data_dir() / "findings.yaml";
    Assessor a = std::move(*load_assessor(data));
    Profile p = *read_profile(testing::test_data_dir() / "resumes" / "priya-senior.md");
    p.person.name = "Priya <Sharma> & \"Co\"";  // resume text must be escaped
    JobDescription job = *read_job(testing::test_data_dir() / "fixtures" / "public" / "rm_backend-eng.txt");
    Report report = *a.assess(p, {"solutions-architect", {2026, 11}, &job});
    return Rendered{render_report_html(report, a.ladder()), report};
  }();
  return r;
}

TEST(ReportHtml, WellFormedAndSelfContained) {
  const std::string& html = rendered().html;
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_string(html.c_str(), pugi::parse_default | pugi::parse_doctype);
  ASSERT_TRUE(parsed) << parsed.description() << " at byte " << parsed.offset;
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("<link")));
  EXPECT_THAT(html, Not(HasSubstr("src=")));
  EXPECT_THAT(html, Not(HasSubstr("url(")));
  EXPECT_THAT(html, HasSubstr("@media print"));
  EXPECT_THAT(html, HasSubstr("name=\"viewport\""));
  EXPECT_THAT(html, HasSubstr("Priya &lt;Sharma&gt; &amp; &quot;Co&quot;"));
}

TEST(ReportHtml, CarriesTheFiguresOfTheReport) {
  const Report& r = rendered().report;
  pugi::xml_document doc;
  doc.load_string(rendered().html.c_str(), pugi::parse_default | pugi::parse_doctype);
  EXPECT_EQ(std::string(doc.select_node("//*[@id='placed-role']").node().child_value()), r.placement.title);
  char confidence[16];
  std::snprintf(confidence, sizeof confidence, "%.2f", r.placement.confidence);
  EXPECT_EQ(std::string(doc.select_node("//*[@id='confidence']").node().child_value()), confidence);
  EXPECT_EQ(std::string(doc.select_node("//*[@id='verdict']").node().child_value()),
            std::string(verdict_name(r.readiness.verdict)));
  EXPECT_EQ(doc.select_nodes("//*[@id='questions']/li").size(), r.readiness.criteria.size());
  EXPECT_EQ(doc.select_nodes("//*[@id='findings']/div").size(), r.findings.size());
  ASSERT_TRUE(r.path.has_value());
  EXPECT_EQ(doc.select_nodes("//*[name()='svg' and contains(@class,'timeline')]/*[name()='rect']").size(),
            r.path->best.steps.size());
  EXPECT_EQ(doc.select_nodes("//*[name()='svg']").size(), 3u);  // radar, evidence, timeline
  // One radar axis per category of the JSON report, each labelled with its coverage.
  ASSERT_GE(r.gaps.categories.size(), 3u);
  for (const CategoryCoverage& c : r.gaps.categories) {
    char label[128];
    std::snprintf(label, sizeof label, "%s %.0f%%", c.name.c_str(), c.coverage * 100);
    EXPECT_THAT(rendered().html, HasSubstr(label)) << c.category;
  }
  EXPECT_THAT(rendered().html, HasSubstr("Job match: " + std::to_string(r.match->score) + " / 100"));
  // The path's steps with their months, checkpoints and certifications.
  for (const PathStep& s : r.path->best.steps) {
    EXPECT_THAT(rendered().html, HasSubstr("<b>" + s.title + "</b>, " + std::to_string(s.months) + " months"));
  }
  EXPECT_THAT(rendered().html, HasSubstr("<li>Certification: AWS Certified Solutions Architect - Professional</li>"));
}

}  // namespace
}  // namespace rungs
