#include "common/binary_archive.h"

#include <gtest/gtest.h>

#include <array>

namespace rungs {
namespace {

TEST(BinaryArchive, ValuesStringsOptionalsAndArraysRoundTrip) {
  BinaryWriter w;
  w.field(std::int32_t{-7});
  w.field(std::string("Spring Boot"));
  w.field(std::optional<int>(3));
  w.field(std::optional<int>());
  const std::array<std::uint32_t, 3> table = {1, 2, 0xFFFFFFFFu};
  w.array<std::uint32_t>(table);
  const std::string bytes = std::move(w).take();  // heap memory: 8-aligned, as a mapping is

  BinaryReader r(bytes);
  std::int32_t i = 0;
  std::string s;
  std::optional<int> some, none = 9;
  r.field(i);
  r.field(s);
  r.field(some);
  r.field(none);
  std::span<const std::uint32_t> read_table = r.array<std::uint32_t>();
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.at_end());
  EXPECT_EQ(i, -7);
  EXPECT_EQ(s, "Spring Boot");
  EXPECT_EQ(some, 3);
  EXPECT_FALSE(none);
  ASSERT_EQ(read_table.size(), 3u);
  EXPECT_EQ(read_table[2], 0xFFFFFFFFu);
  EXPECT_EQ(static_cast<const void*>(read_table.data()) >= static_cast<const void*>(bytes.data()), true);
}

TEST(BinaryArchive, ARunOutReaderStopsAndSaysSo) {
  BinaryWriter w;
  w.field(std::string("a long enough string"));
  const std::string bytes = w.bytes().substr(0, 10);
  BinaryReader r(bytes);
  std::string s = "left over";
  r.field(s);
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(s.empty());
  std::uint64_t n = 5;
  r.field(n);
  EXPECT_EQ(n, 0u);  // every read after the failure gives an empty value
}

TEST(BinaryArchive, ACountLargerThanTheBytesLeftIsRefused) {
  BinaryWriter w;
  w.field(std::uint32_t{4000000000u});
  const std::string bytes = w.bytes();
  BinaryReader r(bytes);
  EXPECT_EQ(r.count(), 0u);
  EXPECT_FALSE(r.ok());
  BinaryWriter huge;
  huge.field(std::uint64_t{1} << 60);
  const std::string array_bytes = huge.bytes() + std::string(64, '\0');
  BinaryReader ra(array_bytes);
  EXPECT_TRUE(ra.array<std::uint32_t>().empty());
  EXPECT_FALSE(ra.ok());
}

}  // namespace
}  // namespace rungs
