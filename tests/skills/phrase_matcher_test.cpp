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

// Leftmost-longest: the phrase that begins first wins, the longest of those; after it the search
// goes on where it ends, so a later phrase that the overlapping one would have hidden is found.
TEST(PhraseMatcher, TakesTheLeftmostLongestThenGoesOnAfterIt) {
  PhraseMatcher m({{"Apache Kafka", 1}, {"Kafka Streams", 2}, {"Streams", 3}, {"Kafka", 4}});
  std::vector<PhraseHit> hits = m.find("Apache Kafka Streams; Kafka Streams");
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].id, 1u);
  EXPECT_EQ(hits[1].id, 3u);  // "Kafka Streams" overlaps "Apache Kafka"; "Streams" does not
  EXPECT_EQ(hits[2].id, 2u);
  EXPECT_EQ(hits[2].begin, 22u);
  EXPECT_EQ(hits[2].end, 35u);
}

TEST(PhraseMatcher, NamesBeginOnlyWhereAWordMayBegin) {
  PhraseMatcher m({{"Java", 1}, {".NET", 2}, {"Script", 3}, {"C++", 4}, {"Go", 5, true}});
  std::vector<PhraseHit> hits = m.find("JavaScript, ASP.NET, C++17, Góogle, déGo, Go");
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].id, 2u);  // ".NET" inside "ASP.NET" (punctuation needs no boundary)
  EXPECT_EQ(hits[1].id, 4u);
  EXPECT_EQ(hits[2].id, 5u);  // not inside "déGo": é is a letter
}

}  // namespace
}  // namespace rungs
