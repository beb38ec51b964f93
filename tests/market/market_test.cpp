// The market view on the postings of tests/data/market: placed by title or asked experience,
// the demand per level, what rises, the JSON read back, and gaps ordered by demand.
#include "rungs/market.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rungs/batch.h"
#include "assess/assessor_fixture.h"
#include "test_paths.h"

namespace rungs {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;

const Market& market() {
  static const Market m = [] {
    Result<std::vector<std::filesystem::path>> files = batch_documents({(testing::test_data_dir() / "market").string()});
    Result<Market> built = build_market(testing::bundled_assessor(), *files);
    if (!built) std::abort();
    return *built;
  }();
  return m;
}

const LevelDemand* level(const std::string& role) {
  for (const LevelDemand& l : market().levels) {
    if (l.role == role) return &l;
  }
  return nullptr;
}

double share(const LevelDemand& l, const std::string& skill) {
  for (const SkillDemand& s : l.skills) {
    if (s.skill == skill) return s.share;
  }
  return 0;
}

TEST(Market, PostingsArePlacedByTitleElseByTheExperienceTheyAsk) {
  int placed = 0;
  for (const MarketPosting& p : market().postings) {
    placed += p.role.empty() ? 0 : 1;
    if (p.file.ends_with("platform-1.txt")) {
      EXPECT_EQ(p.placed_by, "experience");  // "Engineer, Platform" names no role; 4-6 years does
      EXPECT_EQ(p.years, 4);
      EXPECT_EQ(p.role, "backend-developer");
    }
    if (p.file.ends_with("senior-python-1.txt")) {
      EXPECT_EQ(p.years, 6);  // "6+ years"
    }
    if (p.file.ends_with("mid-go-1.txt")) {
      EXPECT_EQ(p.years, 3);  // "3 to 5 years"
    }
  }
  EXPECT_EQ(placed, 12);  // every posting (the folder's README is read too, and placed nowhere)
}

TEST(Market, DemandPerLevelAndWhatRises) {
  ASSERT_TRUE(level("junior-backend-developer"));
  EXPECT_EQ(level("junior-backend-developer")->postings, 3);
  ASSERT_TRUE(level("senior-backend-developer"));
  EXPECT_DOUBLE_EQ(share(*level("senior-backend-developer"), "kubernetes"), 1.0);
  EXPECT_DOUBLE_EQ(share(*level("junior-backend-developer"), "kubernetes"), 0.0);
  EXPECT_THAT(level("backend-developer")->rising, Contains("Kubernetes"));
  for (const SkillDemand& s : level("backend-developer")->skills) EXPECT_LE(s.must, s.postings);
}

TEST(Market, TheJsonReadsBackAndOrdersGaps) {
  Result<Market> read = read_market_json(render_market_json(market()), "m.json");
  ASSERT_TRUE(read) << read.error().to_string();
  ASSERT_EQ(read->levels.size(), market().levels.size());
  EXPECT_FALSE(read_market_json("{\"schema\": \"other\"}", "x.json"));
  Report report;
  report.gaps.target = "senior-backend-developer";
  report.gaps.missing = {{"incident-response", "Incident response", Weight::kCore, "Core."},
                         {"kubernetes", "Kubernetes", Weight::kCore, "Core."}};
  order_gaps_by_demand(report, *read);
  EXPECT_EQ(report.gaps.missing[0].skill, "kubernetes");
  EXPECT_THAT(report.gaps.missing[0].why, HasSubstr("Asked by 100% of Senior Backend Developer postings"));
  EXPECT_EQ(report.gaps.missing[1].why, "Core.");
  EXPECT_THAT(render_market_text(market(), 100), HasSubstr("Senior Backend Developer: 3 postings"));
  EXPECT_THAT(render_market_html(market()), HasSubstr("What the market asks"));
}

}  // namespace
}  // namespace rungs
