#include "rungs/phrase_matcher.h"

#include <gtest/gtest.h>

namespace rungs {
namespace {

TEST(PhraseMatcher, ReportsTheIdsOfWholePhrasesLongestFirst) {
  PhraseMatcher m({{"code review", 7}, {"code reviews", 8}, {"on-call", 9}, {"CODE REVIEW", 10},
                   {"Go", 11, true}, {"", 12}});
  EXPECT_EQ(m.phrase_count(), 4u);  // "CODE REVIEW" repeats "code review"; "" is dropped
  std::vector<PhraseHit> hits = m.find("Ran code reviews; on-call weekly; the go-to person; Go.");
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].id, 8u);
  EXPECT_EQ(hits[1].id, 9u);
  EXPECT_EQ(hits[2].id, 11u);
  EXPECT_TRUE(hits[2].ambiguous);
  EXPECT_TRUE(PhraseMatcher().find("anything").empty());
}

}  // namespace
}  // namespace rungs
