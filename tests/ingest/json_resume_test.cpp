// JSON Resume (the real sample from jsonresume/resume-schema) and Resume-Matcher JSON.
#include <gtest/gtest.h>

#include "rungs/ingest.h"
#include "test_paths.h"

namespace rungs {
namespace {

std::filesystem::path fixture(const char* name) {
  return testing::test_data_dir() / "fixtures" / "public" / name;
}

TEST(JsonResume, ThePublicSample) {
  Result<Profile> p = read_profile(fixture("jsonresume_sample.resume.json"));
  ASSERT_TRUE(p) << p.error().to_string();
  EXPECT_EQ(p->source.format, "json-resume");
  EXPECT_EQ(p->person.name, "Richard Hendriks");
  EXPECT_EQ(p->person.headline, "Programmer");
  EXPECT_EQ(p->person.location, "San Francisco, California, US");
  ASSERT_EQ(p->person.links.size(), 3u);  // url + Twitter + SoundCloud
  ASSERT_EQ(p->positions.size(), 2u);     // work + volunteer
  EXPECT_EQ(p->positions[0].company, "Pied Piper");
  EXPECT_EQ(p->positions[0].title, "CEO/President");
  EXPECT_EQ(p->positions[0].dates.start, (YearMonth{2013, 12}));
  EXPECT_EQ(p->positions[0].dates.end, (YearMonth{2014, 12}));
  EXPECT_EQ(p->positions[0].lines.size(), 5u);  // description, summary, 3 highlights
  EXPECT_EQ(p->positions[0].lines[2].line, 42);  // cited at its line in the JSON file
  EXPECT_TRUE(p->positions[1].volunteer);
  EXPECT_DOUBLE_EQ(experience_years(*p, {2026, 11}), 13.0 / 12);  // volunteer work left out
  ASSERT_EQ(p->projects.size(), 1u);
  EXPECT_EQ(p->projects[0].keywords.size(), 3u);
  ASSERT_EQ(p->skills.size(), 2u);
  EXPECT_EQ(p->skills[0].name, "Web Development");
  EXPECT_EQ(p->skills[0].entries.size(), 3u);
  EXPECT_EQ(p->education.size(), 1u);
  EXPECT_FALSE(p->achievements.empty());  // awards and publications
  EXPECT_TRUE(p->notes.empty());
}

TEST(JsonResume, DateFormsAndOngoingWork) {
  Result<Profile> p = read_profile_bytes(R"({"basics": {"name": "A"},
    "work": [{"name": "X", "position": "SDE", "startDate": "2021"},
             {"name": "Y", "position": "SDE", "startDate": "2019-02-10", "endDate": "2020-07"},
             {"name": "Z", "position": "SDE", "startDate": "whenever"}],
    "certificates": [{"name": "CKA", "issuer": "CNCF", "date": "2023-05"}]})", "mem.json");
  ASSERT_TRUE(p) << p.error().to_string();
  EXPECT_TRUE(p->positions[0].dates.present);
  EXPECT_EQ(p->positions[1].dates.start, (YearMonth{2019, 2}));
  EXPECT_EQ(p->positions[1].dates.end, (YearMonth{2020, 7}));
  ASSERT_EQ(p->notes.size(), 1u);
  EXPECT_EQ(p->notes[0], "work[2].startDate: 'whenever' is not a date; left out");
  ASSERT_EQ(p->certifications.size(), 1u);
  EXPECT_EQ(p->certifications[0].issuer, "CNCF");
}

TEST(JsonResume, WrongShapeNamesEveryField) {
  Result<Profile> p = read_profile_bytes(
      R"({"basics": "me", "work": [{"name": 5, "highlights": "one"}, 7]})", "bad.json");
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().kind, ErrorKind::kInvalidInput);
  EXPECT_EQ(p.error().to_string(),
            "bad.json: not a valid JSON Resume\n"
            "  bad.json: basics: expected an object, found a string\n"
            "  bad.json: work[0].highlights: expected a list, found a string\n"
            "  bad.json: work[1]: expected an object, found a number");
}

TEST(ResumeMatcherJson, ThePublicMasterResume) {
  Result<Profile> p = read_profile(fixture("rm_master.json"));
  ASSERT_TRUE(p) << p.error().to_string();
  EXPECT_EQ(p->source.format, "resume-matcher-json");
  EXPECT_EQ(p->person.name, "Jane Doe");
  EXPECT_EQ(p->person.links.size(), 3u);
  ASSERT_EQ(p->positions.size(), 2u);
  EXPECT_EQ(p->positions[0].dates.start, (YearMonth{2021, 1}));
  EXPECT_TRUE(p->positions[0].dates.present);
  EXPECT_EQ(p->positions[0].lines[1].text, "Led migration from monolith to microservices architecture");
  EXPECT_EQ(p->positions[0].lines[1].line, 22);
  EXPECT_EQ(p->skills.at(0).entries.size(), 6u);
  EXPECT_EQ(p->certifications.at(0).name, "AWS Solutions Architect Associate");
  EXPECT_EQ(p->projects.at(0).name, "OpenAPI Generator");
}

TEST(JsonResume, ForcedFormatOverridesShape) {
  Result<Profile> p = read_profile(fixture("rm_master.json"), DocumentFormat::kJsonResume);
  ASSERT_TRUE(p);  // read as JSON Resume, it has only the education section
  EXPECT_EQ(p->source.format, "json-resume");
  EXPECT_TRUE(p->positions.empty());
}

}  // namespace
}  // namespace rungs
