#include "skills/aho_corasick.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <tuple>

namespace rungs {
namespace {

using Match = std::tuple<std::size_t, std::size_t, std::uint32_t>;  // begin, end, value

// Every (begin, end, value) the automaton reports.
std::set<Match> scan_all(const AhoCorasick& ac, std::string_view text) {
  std::set<Match> out;
  ac.scan(text, [&](std::size_t end, std::uint32_t state) {
    for (std::uint32_t s = ac.longest_at(state); s != 0; s = ac.next_shorter(s)) {
      out.emplace(end - ac.length(s), end, ac.value(s));
    }
  });
  return out;
}

// The same by brute force: every occurrence of every pattern, ASCII case ignored.
std::set<Match> naive(const std::vector<std::string>& patterns, std::string_view text) {
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  std::string t = lower(std::string(text));
  std::set<Match> out;
  std::set<std::string> seen;
  for (std::size_t v = 0; v < patterns.size(); ++v) {
    std::string p = lower(patterns[v]);
    if (p.empty() || !seen.insert(p).second) continue;
    for (std::size_t at = t.find(p); at != std::string::npos; at = t.find(p, at + 1)) {
      out.emplace(at, at + p.size(), static_cast<std::uint32_t>(v));
    }
  }
  return out;
}

AhoCorasick build(const std::vector<std::string>& patterns) {
  AhoCorasick::Builder b;
  for (std::size_t i = 0; i < patterns.size(); ++i) b.add(patterns[i], static_cast<std::uint32_t>(i));
  return b.build();
}

TEST(AhoCorasick, FindsOverlappingPatternsLongestFirst) {
  std::vector<std::string> patterns = {"he", "she", "his", "hers"};
  AhoCorasick ac = build(patterns);
  EXPECT_EQ(scan_all(ac, "ushers"),
            (std::set<Match>{{1, 4, 1}, {2, 4, 0}, {2, 6, 3}}));
  std::vector<std::uint32_t> at_four;
  ac.scan("ushers", [&](std::size_t end, std::uint32_t state) {
    if (end != 4) return;
    for (std::uint32_t s = ac.longest_at(state); s != 0; s = ac.next_shorter(s)) {
      at_four.push_back(ac.value(s));
    }
  });
  EXPECT_EQ(at_four, (std::vector<std::uint32_t>{1, 0}));  // "she" before "he"
}

TEST(AhoCorasick, IgnoresAsciiCaseOnly) {
  AhoCorasick ac = build({"kubernetes", "é"});
  EXPECT_EQ(scan_all(ac, "KUBERNETES").size(), 1u);
  EXPECT_EQ(scan_all(ac, "É").size(), 0u);  // callers case-fold the rest (match_text.h)
  EXPECT_EQ(scan_all(ac, "é").size(), 1u);
}

TEST(AhoCorasick, RepeatedPatternKeepsItsFirstValueAndEmptyIsIgnored) {
  AhoCorasick ac = build({"kafka", "", "Kafka"});
  EXPECT_EQ(ac.pattern_count(), 1u);
  EXPECT_EQ(scan_all(ac, "kafka"), (std::set<Match>{{0, 5, 0}}));
  EXPECT_TRUE(scan_all(AhoCorasick(), "anything").empty());
  EXPECT_TRUE(scan_all(build({}), "anything").empty());
}

TEST(AhoCorasick, LongPatternsCrossFromFullRowsToCompactStates) {
  std::vector<std::string> patterns = {"microsoft sql server management studio", "sql server",
                                       "server management", "management studio", "studio"};
  AhoCorasick ac = build(patterns);
  std::string text = "used Microsoft SQL Server Management Studio and SQL Server daily";
  EXPECT_EQ(scan_all(ac, text), naive(patterns, text));
  EXPECT_EQ(ac.max_pattern_length(), patterns[0].size());
}

TEST(AhoCorasick, AgreesWithBruteForceOnRandomDictionaries) {
  std::mt19937 random(7);
  const std::string alphabet = "abcAB .+#-";
  auto word = [&](std::size_t max_length) {
    std::string w(1 + random() % max_length, ' ');
    for (char& c : w) c = alphabet[random() % alphabet.size()];
    return w;
  };
  for (int round = 0; round < 40; ++round) {
    std::vector<std::string> patterns;
    for (int i = 0; i < 1 + static_cast<int>(random() % 60); ++i) patterns.push_back(word(9));
    AhoCorasick ac = build(patterns);
    for (int t = 0; t < 5; ++t) {
      std::string text = word(300);
      ASSERT_EQ(scan_all(ac, text), naive(patterns, text)) << "round " << round << ": " << text;
    }
  }
}

}  // namespace
}  // namespace rungs
