// The store under abuse, on SQLite and PostgreSQL: processes killed with SIGKILL in the middle of
// saving, and four processes saving at once. Saves come from tests/store/store_saver.cpp.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "cli/run_rungs.h"
#include "rungs/store.h"
#include "support/each_store.h"
#include "support/test_stores.h"

namespace rungs::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct Reported {
  std::int64_t id = 0;
  int n = 0;
};

// Starts store_saver with stdout and stderr to files; its pid.
pid_t spawn_saver(const std::string& location, const std::string& person, int first, int count,
                  const std::filesystem::path& out, const std::filesystem::path& err) {
  pid_t pid = ::fork();
  if (pid == 0) {
    if (!std::freopen(out.c_str(), "w", stdout) || !std::freopen(err.c_str(), "w", stderr)) ::_exit(127);
    std::string first_text = std::to_string(first), count_text = std::to_string(count);
    ::execl(RUNGS_STORE_SAVER, "store_saver", location.c_str(), person.c_str(), first_text.c_str(), count_text.c_str(),
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return pid;
}

std::vector<Reported> reported_saves(const std::filesystem::path& out) {
  std::vector<Reported> saves;
  std::istringstream in(read_text(out));
  std::string word;
  Reported r;
  while (in >> word >> r.id >> r.n) {
    if (word == "saved") saves.push_back(r);
  }
  return saves;
}

int wait_for(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

class StoreReliability : public EachStore {};

// 100 savers, each killed with SIGKILL at a random moment (in its start, during or between saves).
// After each: `rungs store check` passes, and every save the saver reported is there, whole.
TEST_P(StoreReliability, KilledWhileSavingAHundredTimesTheStoreStaysSound) {
  std::mt19937 random(20261201);
  std::uniform_int_distribution<int> micros(0, 20000);
  int reported_total = 0, killed_mid_run = 0;
  ASSERT_TRUE(open_store(location_, StoreOpen::kCreate));  // a kill before the first save leaves none
  for (int round = 0; round < 100; ++round) {
    const std::string person = "k" + std::to_string(round);
    // Files of its own: a saver killed before it opens them must not inherit the last one's.
    const auto out = dir_.path() / (person + ".out"), err = dir_.path() / (person + ".err");
    pid_t pid = spawn_saver(location_, person, 1, 0, out, err);
    ASSERT_GT(pid, 0);
    // Odd rounds wait for the first save, so the kill lands among saves however slow the start
    // (a sanitizer build, a PostgreSQL connection); even rounds may land in the start itself.
    if (round % 2 == 1) {
      for (int waited = 0; waited < 10000 && reported_saves(out).empty(); ++waited) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
    }
    std::this_thread::sleep_for(std::chrono::microseconds(micros(random)));
    ::kill(pid, SIGKILL);
    killed_mid_run += wait_for(pid) == 128 + SIGKILL;
    RunResult check = run_rungs({"store", "check", "--store", location_});
    ASSERT_EQ(check.exit_code, 0) << "round " << round << ":\n" << check.out << check.err;
    EXPECT_THAT(check.out, HasSubstr("ok"));
    std::vector<Reported> saves = reported_saves(out);
    reported_total += static_cast<int>(saves.size());
    if (saves.empty()) continue;
    Result<std::unique_ptr<Store>> store = open_store(location_, StoreOpen::kExisting);
    ASSERT_TRUE(store) << store.error().to_string();
    Result<std::vector<StoredAssessment>> history = (*store)->history(person);
    ASSERT_TRUE(history) << "round " << round << ": " << history.error().to_string();
    ASSERT_GE(history->size(), saves.size());  // the save under way when killed may be there too
    for (const Reported& r : saves) {
      auto it = std::find_if(history->begin(), history->end(), [&](const StoredAssessment& a) { return a.id == r.id; });
      ASSERT_NE(it, history->end()) << "round " << round << ": reported save " << r.id << " is missing";
      AssessmentToSave want = sample_assessment(person, r.n);
      EXPECT_EQ(it->saved.report_json, want.report_json);
      EXPECT_EQ(it->saved.profile_json, want.profile_json);
      EXPECT_EQ(it->saved.resume_text, want.resume_text);
    }
  }
  EXPECT_EQ(killed_mid_run, 100);
  EXPECT_GT(reported_total, 100);  // the kills landed among saves, not only before the first
  std::printf("[ figures  ] %s: 100 kills, %d saves reported before them, all there and whole\n", GetParam().c_str(),
              reported_total);
}

// Four processes, 200 saves each, at once: no "database is locked", none lost or doubled.
TEST_P(StoreReliability, FourProcessesSavingAtOnceLoseNothing) {
  constexpr int kProcesses = 4, kSaves = 200;
  std::vector<pid_t> pids;
  for (int p = 0; p < kProcesses; ++p) {
    std::string name = "w" + std::to_string(p);
    pids.push_back(spawn_saver(location_, name, 1, kSaves, dir_.path() / (name + ".out"), dir_.path() / (name + ".err")));
  }
  for (int p = 0; p < kProcesses; ++p) {
    std::string name = "w" + std::to_string(p);
    EXPECT_EQ(wait_for(pids[static_cast<std::size_t>(p)]), 0) << read_text(dir_.path() / (name + ".err"));
    EXPECT_THAT(read_text(dir_.path() / (name + ".err")), Not(HasSubstr("locked")));
    EXPECT_EQ(reported_saves(dir_.path() / (name + ".out")).size(), static_cast<std::size_t>(kSaves));
  }
  Result<std::unique_ptr<Store>> store = open_store(location_, StoreOpen::kExisting);
  ASSERT_TRUE(store);
  std::set<std::int64_t> ids;
  for (int p = 0; p < kProcesses; ++p) {
    Result<std::vector<StoredAssessment>> history = (*store)->history("w" + std::to_string(p));
    ASSERT_TRUE(history);
    EXPECT_EQ(history->size(), static_cast<std::size_t>(kSaves));
    for (const StoredAssessment& a : *history) ids.insert(a.id);
  }
  EXPECT_EQ(ids.size(), static_cast<std::size_t>(kProcesses * kSaves));
  Result<StoreCheck> check = (*store)->check();
  ASSERT_TRUE(check);
  EXPECT_TRUE(check->problems.empty());
  EXPECT_EQ(check->counts.assessments, kProcesses * kSaves);
}

INSTANTIATE_EACH_STORE(StoreReliability);

}  // namespace
}  // namespace rungs::testing
