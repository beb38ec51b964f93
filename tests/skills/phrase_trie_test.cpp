#include "skills/phrase_trie.h"

#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <set>
#include <string>
#include <utility>

#include "common/binary_archive.h"

namespace rungs {
namespace {

using Prefix = std::pair<std::size_t, std::uint32_t>;  // length, value

// Every (length, value) the trie reports at the start of `text`, in the order reported.
std::vector<Prefix> prefixes(const PhraseTrie& trie, std::string_view text) {
  std::vector<Prefix> out;
  trie.prefixes(text, [&](std::size_t length, std::uint32_t value) { out.emplace_back(length, value); });
  return out;
}

// The same by brute force: every pattern `text` begins with, ASCII case ignored, shortest first;
// a repeated pattern keeps its first value.
std::vector<Prefix> naive(const std::vector<std::string>& patterns, std::string_view text) {
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s;
  };
  const std::string t = lower(std::string(text));
  std::set<std::string> seen;
  std::set<Prefix> found;
  for (std::size_t v = 0; v < patterns.size(); ++v) {
    const std::string p = lower(patterns[v]);
    if (p.empty() || !seen.insert(p).second) continue;
    if (t.starts_with(p)) found.emplace(p.size(), static_cast<std::uint32_t>(v));
  }
  return {found.begin(), found.end()};
}

PhraseTrie build(const std::vector<std::string>& patterns) {
  PhraseTrie::Builder b;
  for (std::size_t i = 0; i < patterns.size(); ++i) b.add(patterns[i], static_cast<std::uint32_t>(i));
  return b.build();
}

TEST(PhraseTrie, ReportsEveryPatternTheTextBeginsWithShortestFirst) {
  PhraseTrie trie = build({"sql", "sql server", "sql server management studio", "sqlite", "server"});
  EXPECT_EQ(prefixes(trie, "SQL Server Management Studio 2019"),
            (std::vector<Prefix>{{3, 0}, {10, 1}, {28, 2}}));
  EXPECT_EQ(prefixes(trie, "sql server manage"), (std::vector<Prefix>{{3, 0}, {10, 1}}));
  EXPECT_EQ(prefixes(trie, "sqlit"), (std::vector<Prefix>{{3, 0}}));
  EXPECT_TRUE(prefixes(trie, "my sql").empty());  // only what the text begins with
  EXPECT_TRUE(trie.may_begin_with('S'));
  EXPECT_FALSE(trie.may_begin_with('x'));
}

TEST(PhraseTrie, IgnoresAsciiCaseOnly) {
  PhraseTrie trie = build({"kubernetes", "é"});
  EXPECT_EQ(prefixes(trie, "KUBERNETES").size(), 1u);
  EXPECT_TRUE(prefixes(trie, "É").empty());  // callers case-fold the rest (match_text.h)
  EXPECT_EQ(prefixes(trie, "é").size(), 1u);
}

TEST(PhraseTrie, RepeatedPatternKeepsItsFirstValueAndEmptyIsIgnored) {
  PhraseTrie trie = build({"kafka", "", "Kafka"});
  EXPECT_EQ(trie.pattern_count(), 1u);
  EXPECT_EQ(prefixes(trie, "kafka"), (std::vector<Prefix>{{5, 0}}));
  EXPECT_TRUE(prefixes(PhraseTrie(), "anything").empty());
  EXPECT_TRUE(prefixes(build({}), "anything").empty());
  EXPECT_TRUE(prefixes(trie, "").empty());
}

TEST(PhraseTrie, AgreesWithBruteForceOnRandomDictionaries) {
  std::mt19937 random(7);
  const std::string alphabet = "abcAB .+#-\xC3\xA9";
  auto word = [&](std::size_t max_length) {
    std::string w(1 + random() % max_length, ' ');
    for (char& c : w) c = alphabet[random() % alphabet.size()];
    return w;
  };
  for (int round = 0; round < 60; ++round) {
    std::vector<std::string> patterns;
    for (int i = 0; i < 1 + static_cast<int>(random() % 80); ++i) patterns.push_back(word(12));
    PhraseTrie trie = build(patterns);
    for (int t = 0; t < 40; ++t) {
      std::string text = word(16);
      ASSERT_EQ(prefixes(trie, text), naive(patterns, text)) << "round " << round << ": " << text;
    }
  }
}

TEST(PhraseTrie, ReadsBackFromItsBytesAndStaysInsideDamagedTables) {
  std::vector<std::string> patterns = {"spring", "spring boot", "spring batch", "go", "golang"};
  BinaryWriter out;
  build(patterns).write(out);
  std::string bytes = std::move(out).take();
  {
    BinaryReader in(bytes);
    PhraseTrie read;
    ASSERT_TRUE(PhraseTrie::read(in, nullptr, read));
    EXPECT_EQ(prefixes(read, "Spring Boot 3"), naive(patterns, "Spring Boot 3"));
    EXPECT_EQ(prefixes(read, "golang"), naive(patterns, "golang"));
  }
  // Every byte of the node table overwritten in turn: each walk ends inside the tables.
  std::mt19937 random(11);
  for (std::size_t at = 256 * 4 + 24; at < bytes.size(); ++at) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(random());
    BinaryReader in(damaged);
    PhraseTrie read;
    if (!PhraseTrie::read(in, nullptr, read)) continue;
    for (std::string_view text : {"spring boot", "spring batch", "golang", "go"}) (void)prefixes(read, text);
  }
  // Cut short: refused.
  BinaryReader in(std::string_view(bytes).substr(0, bytes.size() - 4));
  PhraseTrie read;
  EXPECT_FALSE(PhraseTrie::read(in, nullptr, read));
}

}  // namespace
}  // namespace rungs
