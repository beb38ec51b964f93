// The Store contract, one suite run against both implementations: SQLite (a file) and PostgreSQL
// (the server scripts/with-postgres.sh starts; `make test` runs the tests under it).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rungs/store.h"
#include "support/each_store.h"
#include "support/test_stores.h"
#include "test_paths.h"

namespace rungs::testing {
namespace {

using ::testing::HasSubstr;

class StoreContract : public EachStore {
 protected:
  std::unique_ptr<Store> open() {
    Result<std::unique_ptr<Store>> store = open_store(location_, StoreOpen::kCreate);
    EXPECT_TRUE(store) << store.error().to_string();
    return store ? std::move(*store) : nullptr;
  }
};

void expect_same(const AssessmentToSave& got, const AssessmentToSave& want) {
  EXPECT_EQ(got.person, want.person);
  EXPECT_EQ(got.person_name, want.person_name);
  EXPECT_EQ(got.person_email, want.person_email);
  EXPECT_EQ(got.at, want.at);
  EXPECT_EQ(got.resume_sha256, want.resume_sha256);
  EXPECT_EQ(got.resume_file, want.resume_file);
  EXPECT_EQ(got.resume_format, want.resume_format);
  EXPECT_EQ(got.resume_text, want.resume_text);
  EXPECT_EQ(got.ladder_id, want.ladder_id);
  EXPECT_EQ(got.ladder_version, want.ladder_version);
  EXPECT_EQ(got.asked_target, want.asked_target);
  EXPECT_EQ(got.rungs_version, want.rungs_version);
  EXPECT_EQ(got.summary.role, want.summary.role);
  EXPECT_EQ(got.summary.title, want.summary.title);
  EXPECT_DOUBLE_EQ(got.summary.confidence, want.summary.confidence);
  EXPECT_EQ(got.summary.target, want.summary.target);
  EXPECT_EQ(got.summary.verdict, want.summary.verdict);
  EXPECT_EQ(got.summary.yes, want.summary.yes);
  EXPECT_DOUBLE_EQ(got.summary.coverage, want.summary.coverage);
  EXPECT_EQ(got.summary.findings, want.summary.findings);
  EXPECT_EQ(got.summary.path_months, want.summary.path_months);
  EXPECT_EQ(got.report_json, want.report_json);
  EXPECT_EQ(got.profile_json, want.profile_json);
}

TEST_P(StoreContract, AnAssessmentComesBackWhole) {
  auto store = open();
  ASSERT_TRUE(store);
  for (int n : {3, 5}) {  // with and without kept text and path months
    AssessmentToSave a = sample_assessment("asha", n);
    Result<SaveOutcome> saved = store->save(a);
    ASSERT_TRUE(saved) << saved.error().to_string();
    EXPECT_TRUE(saved->created);
  }
  Result<std::vector<StoredAssessment>> history = store->history("asha");
  ASSERT_TRUE(history) << history.error().to_string();
  ASSERT_EQ(history->size(), 2u);
  expect_same((*history)[0].saved, sample_assessment("asha", 3));
  expect_same((*history)[1].saved, sample_assessment("asha", 5));
  EXPECT_LT((*history)[0].id, (*history)[1].id);
}

TEST_P(StoreContract, TheSameResumeLadderAndTargetIsNotSavedTwice) {
  auto store = open();
  ASSERT_TRUE(store);
  AssessmentToSave a = sample_assessment("ravi", 1);
  Result<SaveOutcome> first = store->save(a);
  ASSERT_TRUE(first);
  a.at = "2027-01-01T00:00:00Z";  // later, same resume, ladder and target
  Result<SaveOutcome> again = store->save(a);
  ASSERT_TRUE(again) << again.error().to_string();
  EXPECT_FALSE(again->created);
  EXPECT_EQ(again->id, first->id);
  a.asked_target = "solutions-architect";  // another question asked of the same resume
  Result<SaveOutcome> other = store->save(a);
  ASSERT_TRUE(other);
  EXPECT_TRUE(other->created);
  a.ladder_version = 2;  // the ladder changed
  EXPECT_TRUE(store->save(a)->created);
  EXPECT_EQ(store->history("ravi")->size(), 3u);
}

TEST_P(StoreContract, HistoryIsOldestFirstAndPeopleShowTheirLatest) {
  auto store = open();
  ASSERT_TRUE(store);
  for (int n : {7, 2, 9}) ASSERT_TRUE(store->save(sample_assessment("meera", n)));  // saved out of date order
  ASSERT_TRUE(store->save(sample_assessment("arjun", 4)));
  Result<std::vector<StoredAssessment>> history = store->history("meera");
  ASSERT_TRUE(history);
  ASSERT_EQ(history->size(), 3u);
  EXPECT_EQ((*history)[0].saved.at, sample_assessment("meera", 2).at);
  EXPECT_EQ((*history)[2].saved.at, sample_assessment("meera", 9).at);
  Result<std::vector<PersonEntry>> people = store->people();
  ASSERT_TRUE(people);
  ASSERT_EQ(people->size(), 2u);
  EXPECT_EQ((*people)[0].id, "arjun");
  EXPECT_EQ((*people)[1].id, "meera");
  EXPECT_EQ((*people)[1].assessments, 3);
  EXPECT_EQ((*people)[1].latest.saved.resume_file, "resume-9.md");  // the last saved
  EXPECT_EQ((*people)[1].name, "Name of meera");
}

TEST_P(StoreContract, AnUnknownPersonIsInvalidInputNamingThem) {
  auto store = open();
  ASSERT_TRUE(store);
  Result<std::vector<StoredAssessment>> history = store->history("nobody");
  ASSERT_FALSE(history);
  EXPECT_EQ(history.error().kind, ErrorKind::kNotFound);
  EXPECT_THAT(history.error().message, HasSubstr("'nobody'"));
  Result<StoreCounts> forgot = store->forget("nobody");
  ASSERT_FALSE(forgot);
  EXPECT_EQ(forgot.error().kind, ErrorKind::kNotFound);
  EXPECT_TRUE(store->people()->empty());
}

TEST_P(StoreContract, ForgetDeletesEverythingAboutOnePersonAndCountsIt) {
  auto store = open();
  ASSERT_TRUE(store);
  for (int n = 1; n <= 3; ++n) ASSERT_TRUE(store->save(sample_assessment("kiran", n)));
  ASSERT_TRUE(store->save(sample_assessment("lata", 1)));
  Result<StoreCounts> gone = store->forget("kiran");
  ASSERT_TRUE(gone) << gone.error().to_string();
  EXPECT_EQ(gone->people, 1);
  EXPECT_EQ(gone->documents, 3);
  EXPECT_EQ(gone->assessments, 3);
  EXPECT_FALSE(store->history("kiran"));
  EXPECT_EQ(store->history("lata")->size(), 1u);
  Result<StoreCheck> check = store->check();
  ASSERT_TRUE(check);
  EXPECT_TRUE(check->problems.empty());
  EXPECT_EQ(check->counts.people, 1);
  EXPECT_EQ(check->counts.assessments, 1);
  EXPECT_EQ(check->counts.documents, 1);
}

TEST_P(StoreContract, CheckFindsAReportChangedBehindItsBack) {
  auto store = open();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->save(sample_assessment("dev", 1)));
  ASSERT_TRUE(store->save(sample_assessment("dev", 2)));
  EXPECT_TRUE(store->check()->problems.empty());
  ASSERT_EQ(run_sql(location_, "UPDATE rungs_assessments SET report_json = 'x' WHERE id = (SELECT MIN(id) FROM rungs_assessments)"), "");
  Result<StoreCheck> check = store->check();
  ASSERT_TRUE(check);
  ASSERT_EQ(check->problems.size(), 1u);
  EXPECT_THAT(check->problems[0], HasSubstr("not what was saved"));
  EXPECT_EQ(check->schema_version, kStoreSchemaVersion);
}

TEST_P(StoreContract, AStoreWithANewerSchemaIsRefusedAndLeftAlone) {
  {
    auto store = open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->save(sample_assessment("neha", 1)));
  }
  ASSERT_EQ(run_sql(location_, "UPDATE rungs_schema SET version = 99"), "");
  Result<std::unique_ptr<Store>> newer = open_store(location_, StoreOpen::kCreate);
  ASSERT_FALSE(newer);
  EXPECT_EQ(newer.error().kind, ErrorKind::kStorage);
  EXPECT_THAT(newer.error().message,
              HasSubstr("schema version 99, newer than this rungs knows (" + std::to_string(kStoreSchemaVersion) + ")"));
  ASSERT_EQ(run_sql(location_, "UPDATE rungs_schema SET version = " + std::to_string(kStoreSchemaVersion)), "");
  auto again = open();
  ASSERT_TRUE(again);
  EXPECT_EQ(again->history("neha")->size(), 1u);
}

TEST_P(StoreContract, OpeningMigratesOnceAndReopeningKeepsEverything) {
  {
    auto store = open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->save(sample_assessment("om", 1)));
  }
  auto store = open();
  ASSERT_TRUE(store);
  Result<StoreCheck> check = store->check();
  ASSERT_TRUE(check);
  EXPECT_EQ(check->schema_version, kStoreSchemaVersion);
  EXPECT_EQ(check->counts.assessments, 1);
  EXPECT_EQ(run_sql(location_, "SELECT COUNT(*) FROM rungs_schema"), "");
}

TEST_P(StoreContract, TokensAreAddedFoundByHashListedAndRevoked) {
  auto store = open();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->add_token("team-a", std::string(64, 'a'), "2026-12-01T00:00:00Z"));
  ASSERT_TRUE(store->add_token("team-b", std::string(64, 'b'), "2026-12-01T00:00:01Z"));
  Result<void> again = store->add_token("team-a", std::string(64, 'c'), "2026-12-01T00:00:02Z");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::kInvalidInput);
  EXPECT_EQ(store->token_named(std::string(64, 'b'))->value_or(""), "team-b");
  EXPECT_FALSE(store->token_named(std::string(64, 'c'))->has_value());
  ASSERT_EQ(store->tokens()->size(), 2u);
  ASSERT_TRUE(store->revoke_token("team-a"));
  EXPECT_FALSE(store->token_named(std::string(64, 'a'))->has_value());
  Result<void> unknown = store->revoke_token("team-a");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().kind, ErrorKind::kNotFound);
}

TEST_P(StoreContract, AVersionOneStoreIsMigratedForwardKeepingItsAssessments) {
  {
    auto store = open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->save(sample_assessment("old", 1)));
  }
  // As a store written by the first schema: no token table, version 1.
  ASSERT_EQ(run_sql(location_, "DROP TABLE rungs_tokens"), "");
  ASSERT_EQ(run_sql(location_, "UPDATE rungs_schema SET version = 1"), "");
  auto store = open();
  ASSERT_TRUE(store);
  EXPECT_EQ(store->check()->schema_version, kStoreSchemaVersion);
  EXPECT_EQ(store->history("old")->size(), 1u);
  EXPECT_TRUE(store->add_token("new", std::string(64, 'n'), "2026-12-01T00:00:00Z"));
}

INSTANTIATE_EACH_STORE(StoreContract);

TEST(SqliteStore, AMissingStoreIsAStorageErrorWhenOnlyRead) {
  TempDir dir;
  std::string path = (dir.path() / "none.db").string();
  Result<std::unique_ptr<Store>> store = open_store(path, StoreOpen::kExisting);
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().kind, ErrorKind::kStorage);
  EXPECT_THAT(store.error().message, HasSubstr(path));
  EXPECT_FALSE(std::filesystem::exists(path));  // reading never creates it
}

TEST(SqliteStore, AFileThatIsNotADatabaseIsAStorageErrorAndIsNotTouched) {
  TempDir dir;
  std::filesystem::path path = dir.write("notes.db", "these are my notes, not a database\n");
  Result<std::unique_ptr<Store>> store = open_store(path.string(), StoreOpen::kCreate);
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().kind, ErrorKind::kStorage);
  EXPECT_THAT(store.error().message, HasSubstr(path.string()));
  EXPECT_THAT(store.error().message, HasSubstr("not a database"));
  EXPECT_EQ(read_text(path), "these are my notes, not a database\n");
}

TEST(SqliteStore, AnotherStoresFolderIsNotMadeButTheDefaultOneIs) {
  TempDir dir;
  std::string nested = (dir.path() / "no" / "such" / "folder" / "r.db").string();
  Result<std::unique_ptr<Store>> store = open_store(nested, StoreOpen::kCreate);
  ASSERT_FALSE(store);
  EXPECT_THAT(store.error().message, HasSubstr("does not exist"));
  ::setenv("RUNGS_STORE", "", 1);
  ::setenv("XDG_DATA_HOME", (dir.path() / "data").c_str(), 1);
  EXPECT_EQ(default_store_location(), (dir.path() / "data" / "rungs" / "rungs.db").string());
  Result<std::unique_ptr<Store>> made = open_store("", StoreOpen::kCreate);
  ASSERT_TRUE(made) << made.error().to_string();
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "data" / "rungs" / "rungs.db"));
  ::setenv("RUNGS_STORE", nested.c_str(), 1);
  EXPECT_EQ(default_store_location(), nested);
  ::unsetenv("RUNGS_STORE");
  ::unsetenv("XDG_DATA_HOME");
}

TEST(PersonId, GivenThenEmailThenName) {
  EXPECT_EQ(*person_id_for("priya-2", "p@x.in", "Priya"), "priya-2");
  EXPECT_EQ(*person_id_for("", "Priya.Sharma@Example.IN", "Priya Sharma"), "priya.sharma@example.in");
  EXPECT_EQ(*person_id_for("", "", "Priya  Sharma"), "priya-sharma");
  EXPECT_EQ(*person_id_for("", "not an email", "Ana Lúcia"), "ana-lúcia");
  Result<std::string> none = person_id_for("", "", "");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().kind, ErrorKind::kUsage);
  EXPECT_THAT(none.error().message, HasSubstr("--person"));
  for (const char* bad : {"a b", "a/b", "tab\there", "\xff\xfe"}) {
    Result<std::string> r = person_id_for(bad, "", "");
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().kind, ErrorKind::kUsage);
  }
  EXPECT_FALSE(person_id_for(std::string(129, 'a'), "", ""));
}

}  // namespace
}  // namespace rungs::testing
