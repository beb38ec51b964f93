// `rungs assess --save`, `rungs history`, `rungs forget`, `rungs export` and `rungs store check`
// through the real binary, on a real SQLite file and (under scripts/with-postgres.sh) a real
// PostgreSQL server.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "cli/run_rungs.h"
#include "support/each_store.h"
#include "support/test_stores.h"

namespace rungs::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::string kResume = "examples/resumes/priya-senior.md";
const std::string kPerson = "priya.sharma@example.in";

// The bundled resume after a year's work: a design document, runbooks and a talk, Terraform.
const std::string kLater = "examples/resumes/priya-senior-a-year-later.md";

class HistoryCommand : public EachStore {
 protected:
  RunResult rungs(std::vector<std::string> args) {
    args.insert(args.end(), {"--store", location_});
    return run_rungs(args);
  }
};

TEST_P(HistoryCommand, TwoSavesThenTheHistoryAndWhatChanged) {
  RunResult first = rungs({"assess", kResume, "--save", "--format", "json"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_THAT(first.err, HasSubstr("saved as assessment 1 of " + kPerson));
  EXPECT_EQ(nlohmann::json::parse(first.out)["schema"], "rungs.report/1");  // stdout stays the report
  RunResult again = rungs({"assess", kResume, "--save"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.err, HasSubstr("not saved again: assessment 1"));
  RunResult later = rungs({"assess", kLater, "--save"});
  ASSERT_EQ(later.exit_code, 0) << later.err;
  EXPECT_THAT(later.err, HasSubstr("saved as assessment 2"));

  RunResult people = rungs({"history"});
  ASSERT_EQ(people.exit_code, 0) << people.err;
  EXPECT_THAT(people.out, HasSubstr(kPerson));
  EXPECT_THAT(people.out, HasSubstr("Senior Backend Developer"));

  RunResult text = rungs({"history", kPerson, "--diff"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_THAT(text.out, HasSubstr("2 assessments"));
  EXPECT_THAT(text.out, HasSubstr("What changed from #1 to #2"));
  EXPECT_THAT(text.out, HasSubstr("Terraform was added (hands-on)"));
  EXPECT_THAT(text.out, HasSubstr("Fixed: No documentation"));
  EXPECT_THAT(text.out, HasSubstr("went from partly to yes"));
  EXPECT_THAT(text.out, HasSubstr("Wrote the design document"));  // the line that shows it

  RunResult json = rungs({"history", kPerson, "--diff", "1", "2", "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  nlohmann::json h = nlohmann::json::parse(json.out);
  EXPECT_EQ(h["schema"], "rungs.history/1");
  EXPECT_EQ(h["person"], kPerson);
  ASSERT_EQ(h["assessments"].size(), 2u);
  for (const char* key : {"id", "at", "role", "confidence", "verdict", "yes", "coverage", "findings"}) {
    EXPECT_TRUE(h["assessments"][0].contains(key)) << key;
  }
  EXPECT_LT(h["assessments"][1]["findings"].get<int>(), h["assessments"][0]["findings"].get<int>());
  EXPECT_EQ(h["diff"]["from"], 1);
  EXPECT_EQ(h["diff"]["to"], 2);
  bool answer_moved = false, skill_added = false;
  for (const auto& c : h["diff"]["changes"]) {
    answer_moved |= c["kind"] == "answer" && c["before"] == "partly" && c["after"] == "yes" && !c["lines"].empty();
    skill_added |= c["kind"] == "skill" && c["subject"] == "terraform" && c["before"].is_null();
  }
  EXPECT_TRUE(answer_moved);
  EXPECT_TRUE(skill_added);
  EXPECT_TRUE(rungs({"history", kPerson, "--format", "json"}).out.find("\"diff\": null") != std::string::npos);

  const std::string page = (dir_.path() / "history.html").string();
  RunResult html = rungs({"history", kPerson, "--diff", "--format", "html", "-o", page});
  ASSERT_EQ(html.exit_code, 0) << html.err;
  std::string body = read_text(page);
  EXPECT_THAT(body, HasSubstr("<svg"));
  EXPECT_THAT(body, HasSubstr("What changed from #1 to #2"));
  EXPECT_THAT(body, HasSubstr("The latest report (#2"));
  EXPECT_THAT(body, Not(HasSubstr("http")));  // self-contained: nothing to fetch
}

TEST_P(HistoryCommand, ExportThenForgetEverything) {
  ASSERT_EQ(rungs({"assess", kResume, "--save", "--person", "asha-k", "--keep-text"}).exit_code, 0);
  ASSERT_EQ(rungs({"assess", kResume, "--save", "--person", "someone-else"}).exit_code, 0);
  RunResult exported = rungs({"export", "asha-k"});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  nlohmann::json e = nlohmann::json::parse(exported.out);
  EXPECT_EQ(e["schema"], "rungs.export/1");
  EXPECT_EQ(e["person"]["id"], "asha-k");
  ASSERT_EQ(e["assessments"].size(), 1u);
  EXPECT_EQ(e["assessments"][0]["report"]["schema"], "rungs.report/1");
  EXPECT_TRUE(e["assessments"][0]["profile"].is_object());
  EXPECT_EQ(e["documents"][0]["text"], read_text(source_dir() / kResume));  // kept with --keep-text

  RunResult forgot = rungs({"forget", "asha-k"});
  ASSERT_EQ(forgot.exit_code, 0) << forgot.err;
  EXPECT_THAT(forgot.out, HasSubstr("Forgot asha-k: 3 rows (1 person, 1 document, 1 assessment)"));
  RunResult gone = rungs({"history", "asha-k"});
  EXPECT_EQ(gone.exit_code, 3);
  EXPECT_THAT(gone.err, HasSubstr("no one is stored as 'asha-k'"));
  EXPECT_EQ(rungs({"forget", "asha-k"}).exit_code, 3);
  RunResult check = rungs({"store", "check"});
  ASSERT_EQ(check.exit_code, 0) << check.err;
  EXPECT_THAT(check.out, HasSubstr("1 person, 1 document, 1 assessment"));
  EXPECT_THAT(check.out, HasSubstr("ok"));
}

TEST_P(HistoryCommand, WrongRequestsAreUsageOrInputErrors) {
  ASSERT_EQ(rungs({"assess", kResume, "--save"}).exit_code, 0);
  RunResult one = rungs({"history", kPerson, "--diff"});
  EXPECT_EQ(one.exit_code, 2);
  EXPECT_THAT(one.err, HasSubstr("--diff needs two assessments"));
  EXPECT_EQ(rungs({"history", kPerson, "--diff", "1"}).exit_code, 2);
  RunResult unknown = rungs({"history", kPerson, "--diff", "1", "7"});
  EXPECT_EQ(unknown.exit_code, 3);
  EXPECT_THAT(unknown.err, HasSubstr("no assessment 7"));
  EXPECT_EQ(rungs({"assess", kResume, "--person", "x"}).exit_code, 2);  // --person without --save
  RunResult bad_id = rungs({"assess", kResume, "--save", "--person", "two words"});
  EXPECT_EQ(bad_id.exit_code, 2);
  EXPECT_TRUE(bad_id.out.empty());  // refused before any work
}

INSTANTIATE_EACH_STORE(HistoryCommand);

TEST(StoreErrors, AMissingStoreIsExit4NamingIt) {
  TempDir dir;
  const std::string store = (dir.path() / "none.db").string();
  for (std::vector<std::string> args : std::vector<std::vector<std::string>>{
           {"history"}, {"history", kPerson}, {"export", kPerson}, {"forget", kPerson}, {"store", "check"}}) {
    args.insert(args.end(), {"--store", store});
    RunResult r = run_rungs(args);
    EXPECT_EQ(r.exit_code, 4) << args[0];
    EXPECT_THAT(r.err, HasSubstr(store));
  }
  EXPECT_FALSE(std::filesystem::exists(store));
}

TEST(StoreErrors, ADamagedStoreIsExit4AndIsNotChanged) {
  TempDir dir;
  const std::string store = (dir.path() / "r.db").string();
  ASSERT_EQ(run_rungs({"assess", kResume, "--save", "--store", store}).exit_code, 0);
  ASSERT_EQ(run_sql(store, "PRAGMA wal_checkpoint(TRUNCATE)"), "");
  std::string bytes = read_text(store);
  for (std::size_t i = 0; i < 100; ++i) bytes[i] = static_cast<char>(0xA5);  // the header gone
  dir.write("r.db", bytes);
  RunResult r = run_rungs({"assess", kResume, "--save", "--store", store});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_THAT(r.err, HasSubstr(store));
  EXPECT_EQ(read_text(store), bytes);
  EXPECT_EQ(run_rungs({"store", "check", "--store", store}).exit_code, 4);
}

TEST(StoreErrors, ANewerStoreIsExit4) {
  TempDir dir;
  const std::string store = (dir.path() / "r.db").string();
  ASSERT_EQ(run_rungs({"assess", kResume, "--save", "--store", store}).exit_code, 0);
  ASSERT_EQ(run_sql(store, "UPDATE rungs_schema SET version = " + std::to_string(kStoreSchemaVersion + 1)), "");
  RunResult r = run_rungs({"history", "--store", store});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_THAT(r.err, HasSubstr("schema version " + std::to_string(kStoreSchemaVersion + 1) +
                               ", newer than this rungs knows (" + std::to_string(kStoreSchemaVersion) + ")"));
}

TEST(StoreErrors, AReadOnlyStoreIsExit4AndKeepsWhatItHad) {
  TempDir dir;
  const std::string store = (dir.path() / "r.db").string();
  ASSERT_EQ(run_rungs({"assess", kResume, "--save", "--store", store}).exit_code, 0);
  // Root writes anything, so as root the save runs as nobody; otherwise the file is made read-only.
  // nobody may not reach the build or the source tree (a clone in a private folder), so it runs
  // a copy of the binary, its data and the resume from the test's own folder.
  std::string as_other, binary = RUNGS_BINARY, resume = kLater;
  std::vector<std::string> env = {"XDG_CACHE_HOME=/tmp"};
  if (::geteuid() == 0) {
    namespace fs = std::filesystem;
    fs::copy_file(RUNGS_BINARY, dir.path() / "rungs");
    fs::copy(source_dir() / "data", dir.path() / "data", fs::copy_options::recursive);
    fs::copy_file(source_dir() / kLater, dir.path() / "later.md");
    for (const fs::directory_entry& e : fs::recursive_directory_iterator(dir.path())) {
      fs::permissions(e.path(), fs::perms::others_read | (e.is_directory() || e.path() == dir.path() / "rungs" ? fs::perms::others_exec : fs::perms::none),
                      fs::perm_options::add);
    }
    as_other = "setpriv --reuid=65534 --regid=65534 --clear-groups";
    binary = (dir.path() / "rungs").string();
    resume = (dir.path() / "later.md").string();
    env.push_back("RUNGS_DATA_DIR=" + (dir.path() / "data").string());
  } else {
    std::filesystem::permissions(store, std::filesystem::perms::owner_read);
  }
  RunResult r = run_binary(binary, {"assess", resume, "--save", "--store", store}, env, as_other);
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_THAT(r.err, HasSubstr(store));
  EXPECT_THAT(r.err, HasSubstr("read-only"));
  std::filesystem::permissions(store, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  RunResult check = run_rungs({"store", "check", "--store", store});
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_THAT(check.out, HasSubstr("1 assessment"));
}

TEST(StoreErrors, AFullDiskIsExit4AndKeepsWhatItHad) {
  TempDir dir;
  const std::string store = (dir.path() / "r.db").string();
  ASSERT_EQ(run_rungs({"assess", kResume, "--save", "--store", store}).exit_code, 0);
  // Files may grow to 16 KiB, less than one more assessment: the write fails as on a full disk
  // (EFBIG; the signal a shell would get instead is ignored).
  RunResult r = run_rungs({"assess", kLater, "--save", "--store", store}, {}, "trap '' XFSZ; ulimit -f 16;");
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_THAT(r.err, HasSubstr(store));
  EXPECT_THAT(r.err, HasSubstr("full"));
  RunResult check = run_rungs({"store", "check", "--store", store});
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_THAT(check.out, HasSubstr("1 assessment"));
  EXPECT_EQ(run_rungs({"history", kPerson, "--store", store}).exit_code, 0);
}

}  // namespace
}  // namespace rungs::testing
