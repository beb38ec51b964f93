// The data snapshot (issue 15): the same answers as the YAML sources, and never trusted when it
// is damaged, truncated, of another version or stale.
#include "rungs/snapshot.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "rungs/ingest.h"
#include "rungs/report_view.h"
#include "rungs/version.h"
#include "test_paths.h"

namespace rungs {
namespace {

using ::testing::HasSubstr;
using testing::TempDir;

// The bundled data's sources, copied, so a test may change them.
AssessData copied_data(const TempDir& dir) {
  std::filesystem::copy(testing::data_dir(), dir.path() / "data", std::filesystem::copy_options::recursive);
  AssessData d;
  d.taxonomy = dir.path() / "data/skills/taxonomy.yaml";
  d.onet = dir.path() / "data/skills/onet.yaml";
  d.ladder = dir.path() / "data/ladders/india-backend.yaml";
  d.findings = dir.path() / "data/findings.yaml";
  d.placement = dir.path() / "data/placement.yaml";
  return d;
}

std::string compiled(const AssessData& data) {
  Result<std::string> bytes = compile_snapshot(data);
  EXPECT_TRUE(bytes) << (bytes ? "" : bytes.error().to_string());
  return bytes ? *bytes : std::string();
}

void write_bytes(const std::filesystem::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << bytes;
}

std::string report_json(const Assessor& a, const Profile& p) {
  Result<Report> r = a.assess(p, {"", {2026, 11}});
  if (!r) return r.error().to_string();
  r->generated_at.clear();
  return render_report_json(*r);
}

TEST(Snapshot, AnswersEqualTheYamlSourcesOnEveryLabelledResume) {
  TempDir dir;
  const std::filesystem::path file = dir.path() / "bundled.snapshot";
  ASSERT_TRUE(write_snapshot(file, compiled({})));
  Result<Assessor> from_snapshot = load_snapshot(file);
  ASSERT_TRUE(from_snapshot) << from_snapshot.error().to_string();
  Result<Assessor> from_yaml = load_assessor({});
  ASSERT_TRUE(from_yaml);
  int compared = 0;
  for (const char* half : {"dev", "test"}) {
    for (const auto& entry : std::filesystem::directory_iterator(testing::test_data_dir() / "eval" / half)) {
      const std::string name = entry.path().filename().string();
      if (name.ends_with(".labels.yaml") || !entry.is_regular_file()) continue;
      Result<Profile> profile = read_profile(entry.path());
      ASSERT_TRUE(profile) << name;
      EXPECT_EQ(report_json(*from_snapshot, *profile), report_json(*from_yaml, *profile)) << name;
      ++compared;
    }
  }
  EXPECT_GT(compared, 60);
}

TEST(Snapshot, DamagedTruncatedAndForeignFilesAreNeverTrusted) {
  TempDir dir;
  const std::string good = compiled({});
  ASSERT_GT(good.size(), 1000u);
  const std::filesystem::path file = dir.path() / "s.snapshot";
  auto state_of = [&](const std::string& bytes) {
    write_bytes(file, bytes);
    return check_snapshot(file);
  };
  EXPECT_EQ(state_of(good).state, SnapshotCheck::State::kFresh);

  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x20;
  SnapshotCheck c = state_of(flipped);
  EXPECT_EQ(c.state, SnapshotCheck::State::kDamaged);
  EXPECT_THAT(c.why, HasSubstr("checksum"));
  EXPECT_THAT(c.why, HasSubstr(file.string()));
  EXPECT_FALSE(load_snapshot(file));

  c = state_of(good.substr(0, good.size() - 100));
  EXPECT_EQ(c.state, SnapshotCheck::State::kDamaged);
  EXPECT_THAT(c.why, HasSubstr("truncated"));
  EXPECT_EQ(state_of(good.substr(0, 50)).state, SnapshotCheck::State::kDamaged);
  EXPECT_EQ(state_of("").state, SnapshotCheck::State::kDamaged);
  EXPECT_THAT(state_of("schema: rungs.ladder/1\n").why, HasSubstr("not a rungs data snapshot"));

  std::string other_version = good;
  other_version[32] = '9';  // the version field starts at byte 32: "0.1.0" -> "9.1.0"
  c = state_of(other_version);
  EXPECT_EQ(c.state, SnapshotCheck::State::kDamaged);
  EXPECT_THAT(c.why, HasSubstr(std::string("this is rungs ") + kVersion));

  std::string other_format = good;
  other_format[8] = 7;  // the format number follows the magic
  EXPECT_THAT(state_of(other_format).why, HasSubstr("format 7"));
}

TEST(Snapshot, StaleWhenASourceChangesAndRebuiltByTheFastLoad) {
  TempDir dir;
  const AssessData data = copied_data(dir);
  ::setenv("XDG_CACHE_HOME", (dir.path() / "cache").c_str(), 1);
  const std::filesystem::path cached = snapshot_cache_path(data);
  EXPECT_EQ(cached.parent_path(), dir.path() / "cache" / "rungs");
  ASSERT_TRUE(load_assessor_fast(data));  // first use compiles it
  EXPECT_EQ(check_snapshot(cached).state, SnapshotCheck::State::kFresh);

  // Touched but not changed: the contents' hash still matches.
  std::filesystem::last_write_time(data.findings, std::filesystem::file_time_type::clock::now() + std::chrono::hours(1));
  EXPECT_EQ(check_snapshot(cached).state, SnapshotCheck::State::kFresh);

  // Changed: stale, and the next fast load compiles it again with the change.
  std::string ladder = testing::read_text(data.ladder);
  const std::string from = "title: Technical Lead";
  ASSERT_NE(ladder.find(from), std::string::npos);
  ladder.replace(ladder.find(from), from.size(), "title: Tech Lead");
  write_bytes(data.ladder, ladder);
  SnapshotCheck c = check_snapshot(cached);
  EXPECT_EQ(c.state, SnapshotCheck::State::kStale);
  EXPECT_THAT(c.why, HasSubstr("sources changed"));
  Result<Assessor> again = load_assessor_fast(data);
  ASSERT_TRUE(again);
  EXPECT_EQ(check_snapshot(cached).state, SnapshotCheck::State::kFresh);

  // A bad source is reported as the YAML path reports it, naming the file.
  write_bytes(data.ladder, "schema: rungs.ladder/1\nroles: 3\n");
  Result<Assessor> bad = load_assessor_fast(data);
  ASSERT_FALSE(bad);
  EXPECT_THAT(bad.error().to_string(), HasSubstr("india-backend.yaml"));
  ::unsetenv("XDG_CACHE_HOME");
}

TEST(Snapshot, TheAutomatonIsUsedInPlaceAndFindsTheSameSkills) {
  TempDir dir;
  const std::filesystem::path file = dir.path() / "s.snapshot";
  ASSERT_TRUE(write_snapshot(file, compiled({})));
  Result<Assessor> a = load_snapshot(file);
  ASSERT_TRUE(a);
  Result<Assessor> b = load_assessor({});
  ASSERT_TRUE(b);
  EXPECT_EQ(a->skills().memory_bytes(), b->skills().memory_bytes());
  EXPECT_EQ(a->skills().name_count(), b->skills().name_count());
  const char* line = "Built Spring Boot services on Amazon EKS with Kafka, Terraform and Argo CD; Go and PostgreSQL";
  std::vector<std::string> ids_a, ids_b;
  for (const SkillHit& h : a->skills().find(line)) ids_a.push_back(a->skills().skill(h).id);
  for (const SkillHit& h : b->skills().find(line)) ids_b.push_back(b->skills().skill(h).id);
  EXPECT_EQ(ids_a, ids_b);
  EXPECT_GE(ids_a.size(), 6u);
}

}  // namespace
}  // namespace rungs
