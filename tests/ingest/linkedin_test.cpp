// LinkedIn data exports, as a zip and as a folder, built the way LinkedIn writes them.
#include <gtest/gtest.h>

#include "rungs/ingest.h"
#include "support/documents.h"
#include "test_paths.h"

namespace rungs {
namespace {

const char* kProfile =
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,"
    "Twitter Handles,Websites,Instant Messengers\r\n"
    "Ananya,Iyer,,,,Backend Engineer at Swiggy,\"Go and Kafka engineer.\nI build order pipelines.\","
    "Software Development,,\"Bengaluru, Karnataka, India\",,[PORTFOLIO:https://ananya.dev],\r\n";
// Some export files start with notes before the header.
const char* kPositions =
    "Notes:\r\n\"This file lists positions; some may be empty.\"\r\n\r\n"
    "Company Name,Title,Description,Location,Started On,Finished On\r\n"
    "Swiggy,SDE 2,\"- Built the order-routing service in Go.\n- Led the Kafka upgrade, with zero downtime.\","
    "\"Bengaluru, Karnataka, India\",Mar 2021,\r\n"
    "Wipro,Project Engineer,Maintained Java services.,Hyderabad,Jul 2017,Feb 2021\r\n";
const char* kSkills = "Name\r\nGo\r\nApache Kafka\r\nKubernetes\r\n";
const char* kCertifications = "Name,Url,Authority,Started On,Finished On,License Number\r\n"
                              "Certified Kubernetes Administrator (CKA),,The Linux Foundation,Jan 2023,,LF-123\r\n";
const char* kEducation = "School Name,Start Date,End Date,Notes,Degree Name,Activities\r\n"
                         "Anna University,2013,2017,,Bachelor of Engineering - BE,\r\n";
const char* kProjects = "Title,Description,Url,Started On,Finished On\r\n"
                        "kafka-lag-exporter,Prometheus exporter for consumer lag.,,Jun 2022,Aug 2022\r\n";
// Other people's data: must never be read. Malformed on purpose, so reading it would fail.
const char* kConnections = "Notes:\r\n\"unterminated";

std::vector<std::pair<std::string, std::string>> export_files() {
  return {{"Connections.csv", kConnections}, {"Profile.csv", kProfile}, {"Positions.csv", kPositions},
          {"Skills.csv", kSkills},           {"Certifications.csv", kCertifications},
          {"Education.csv", kEducation},     {"Projects.csv", kProjects},
          {"messages.csv", "CONVERSATION ID,FROM,TO\r\n1,Someone,Ananya\r\n"}};
}

void expect_ananya(const Profile& p) {
  EXPECT_EQ(p.source.format, "linkedin");
  EXPECT_EQ(p.person.name, "Ananya Iyer");
  EXPECT_EQ(p.person.headline, "Backend Engineer at Swiggy");
  EXPECT_EQ(p.person.location, "Bengaluru, Karnataka, India");
  ASSERT_EQ(p.summary.size(), 2u);
  EXPECT_EQ(p.summary[1].text, "I build order pipelines.");
  ASSERT_EQ(p.positions.size(), 2u);
  EXPECT_EQ(p.positions[0].company, "Swiggy");
  EXPECT_EQ(p.positions[0].title, "SDE 2");
  EXPECT_EQ(p.positions[0].dates.start, (YearMonth{2021, 3}));
  EXPECT_TRUE(p.positions[0].dates.present);
  ASSERT_EQ(p.positions[0].lines.size(), 2u);
  EXPECT_EQ(p.positions[0].lines[1].text, "Led the Kafka upgrade, with zero downtime.");
  EXPECT_EQ(p.positions[0].line, 5);  // the notes preamble counts in line numbers
  EXPECT_EQ(p.positions[1].dates.end, (YearMonth{2021, 2}));
  ASSERT_EQ(p.skills.size(), 1u);
  EXPECT_EQ(p.skills[0].entries.size(), 3u);
  ASSERT_EQ(p.certifications.size(), 1u);
  EXPECT_EQ(p.certifications[0].issuer, "The Linux Foundation");
  EXPECT_EQ(p.certifications[0].date, (YearMonth{2023, 1}));
  ASSERT_EQ(p.education.size(), 1u);
  EXPECT_EQ(p.education[0].institution, "Anna University");
  EXPECT_EQ(p.education[0].dates.end, (YearMonth{2017, 0}));
  ASSERT_EQ(p.projects.size(), 1u);
  EXPECT_EQ(p.projects[0].name, "kafka-lag-exporter");
  // Jul 2017 - Feb 2021 and Mar 2021 - Nov 2026: 9 years 5 months.
  EXPECT_NEAR(experience_years(p, {2026, 11}), 9 + 5 / 12.0, 1e-9);
}

TEST(LinkedInExport, ZipAsDownloaded) {
  std::string zip = testing::make_zip(export_files());
  Result<Profile> p = read_profile_bytes(zip, "Basic_LinkedInDataExport.zip");
  ASSERT_TRUE(p) << p.error().to_string();
  expect_ananya(*p);
}

TEST(LinkedInExport, UnzippedFolder) {
  testing::TempDir dir;
  for (const auto& [name, content] : export_files()) dir.write(name, content);
  Result<Profile> p = read_profile(dir.path());
  ASSERT_TRUE(p) << p.error().to_string();
  expect_ananya(*p);
}

TEST(LinkedInExport, ZipWithAFolderInside) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& [name, content] : export_files()) files.emplace_back("export/" + name, content);
  Result<Profile> p = read_profile_bytes(testing::make_zip(files), "export.zip");
  ASSERT_TRUE(p) << p.error().to_string();
  expect_ananya(*p);
}

TEST(LinkedInExport, FolderWithoutExportFiles) {
  testing::TempDir dir;
  dir.write("Connections.csv", kConnections);
  Result<Profile> p = read_profile(dir.path());
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().message, dir.path().string() +
                                   ": a folder without LinkedIn export files (Profile.csv, Positions.csv, ...); "
                                   "give a resume file or a LinkedIn export");
}

TEST(LinkedInExport, BrokenCsvNamesTheMember) {
  std::string zip = testing::make_zip({{"Positions.csv", "Company Name,Title\r\n\"Swiggy,SDE\r\n"}});
  Result<Profile> p = read_profile_bytes(zip, "e.zip");
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().message, "e.zip: Positions.csv:2: a quoted field never ends (truncated file?)");
}

TEST(LinkedInExport, NonUtf8CsvNamesTheMemberAndLine) {
  std::string zip = testing::make_zip({{"Skills.csv", "Name\r\nGo\r\nK\xF6ln\r\n"}});
  Result<Profile> p = read_profile_bytes(zip, "e.zip");
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().message,
            "e.zip: Skills.csv:3: not UTF-8 text; LinkedIn exports are UTF-8, so the file was changed since");
}

}  // namespace
}  // namespace rungs
