// Batch: answers in input order whatever the threads, failures reported and the batch going
// on, a stop honoured, CSV quoting, and the team page's parts.
#include "rungs/batch.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "assess/assessor_fixture.h"
#include "test_paths.h"

namespace rungs {
namespace {

using ::testing::HasSubstr;
using testing::TempDir;

std::string resume(int n) {
  return "Person " + std::to_string(n) + "\n\nExperience\nSoftware Engineer - Acme (Jan 20" + std::to_string(10 + n % 10) +
         " - Present)\n- Built REST APIs in Java and Spring Boot for " + std::to_string(n) + " clients.\n";
}

TEST(Batch, AnswersComeInInputOrderWithAnyNumberOfThreads) {
  TempDir dir;
  for (int n = 0; n < 30; ++n) dir.write("r" + std::to_string(100 + n) + ".txt", resume(n));
  dir.write("broken.json", "{\"basics\": ");
  Result<std::vector<std::filesystem::path>> files = batch_documents({dir.path().string()});
  ASSERT_TRUE(files);
  ASSERT_EQ(files->size(), 31u);
  for (int jobs : {1, 4}) {
    std::vector<std::size_t> order;
    std::vector<std::string> names;
    std::atomic<bool> stop{false};
    BatchOptions options;
    options.jobs = jobs;
    options.window = 4;  // small, so the window is exercised
    BatchCounts counts = run_batch(testing::bundled_assessor(), *files, options, [&](const BatchItem& item) {
      order.push_back(item.index);
      names.push_back(item.report ? item.report->person.name : "error: " + item.error.message);
    }, [](std::size_t, std::size_t) {}, stop);
    EXPECT_EQ(counts.assessed, 30u);
    EXPECT_EQ(counts.failed, 1u);
    EXPECT_FALSE(counts.stopped);
    ASSERT_EQ(order.size(), 31u);
    for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], i);
    EXPECT_THAT(names[0], HasSubstr("broken.json"));  // sorted first, reported, the rest assessed
    EXPECT_EQ(names[1], "Person 0");
    EXPECT_EQ(names[30], "Person 29");
  }
}

TEST(Batch, AStopEndsTheRunWithWhatIsDoneInOrder) {
  TempDir dir;
  for (int n = 0; n < 40; ++n) dir.write("r" + std::to_string(100 + n) + ".txt", resume(n));
  std::vector<std::filesystem::path> files = *batch_documents({dir.path().string()});
  std::atomic<bool> stop{false};
  std::vector<std::size_t> order;
  BatchOptions options;
  options.jobs = 2;
  BatchCounts counts = run_batch(testing::bundled_assessor(), files, options, [&](const BatchItem& item) {
    order.push_back(item.index);
    if (order.size() == 5) stop = true;
  }, [](std::size_t, std::size_t) {}, stop);
  EXPECT_TRUE(counts.stopped);
  EXPECT_LT(order.size(), 40u);
  for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], i);
}

TEST(Batch, MissingPathsAreNamed) {
  Result<std::vector<std::filesystem::path>> files = batch_documents({"/no/such/folder"});
  ASSERT_FALSE(files);
  EXPECT_THAT(files.error().message, HasSubstr("/no/such/folder"));
}

TEST(BatchViews, CsvQuotesAndTheTeamPageHasItsParts) {
  TempDir dir;
  dir.write("a.txt", "Rao, Asha \"AR\"\n\nExperience\nSenior Engineer - Acme (2016 - Present)\n- Designed the ledger in Go; mentored 3 engineers.\n");
  dir.write("b.txt", resume(3));
  std::vector<std::filesystem::path> files = *batch_documents({dir.path().string()});
  std::vector<Report> reports;
  std::atomic<bool> stop{false};
  run_batch(testing::bundled_assessor(), files, {}, [&](const BatchItem& item) { reports.push_back(*item.report); }, [](std::size_t, std::size_t) {}, stop);
  ASSERT_EQ(reports.size(), 2u);
  std::string row = batch_csv_row(reports[0], "a,b.txt");
  EXPECT_THAT(row, ::testing::StartsWith("\"a,b.txt\",\"Rao, Asha \"\"AR\"\"\","));
  EXPECT_THAT(row, ::testing::EndsWith("\r\n"));
  EXPECT_THAT(batch_csv_header(), HasSubstr("match_score,top_gaps,findings"));
  TeamView team(testing::bundled_assessor().ladder(), testing::bundled_assessor().skills().taxonomy());
  for (const Report& r : reports) team.add(r, r.source.file);
  team.add_failure("c.doc", "c.doc: an old Word (.doc) file");
  std::string html = team.render_html();
  EXPECT_THAT(html, HasSubstr("class=\"chart placements\""));
  EXPECT_THAT(html, HasSubstr("id=\"heatmap\""));
  EXPECT_THAT(html, HasSubstr("id=\"shared-gaps\""));
  EXPECT_THAT(html, HasSubstr("Not readable"));
  EXPECT_THAT(team.render_summary(), HasSubstr("2 assessed, 1 not readable"));
}

}  // namespace
}  // namespace rungs
