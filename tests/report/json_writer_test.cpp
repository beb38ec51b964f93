#include "report/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

namespace rungs {
namespace {

using nlohmann::ordered_json;

// A document with every kind of value, as the reports write them.
std::string sample() {
  JsonWriter w;
  w.object([&] {
    w.field("schema", "rungs.report/1");
    w.field("count", 3);
    w.field("share", 0.25);
    w.field("whole", 3.0);
    w.field("ok", true);
    w.field("none", std::optional<std::string>());
    w.field_or_null("to", "");
    w.field("tags", std::vector<std::string>{"a", "b"});
    w.field("empty", std::vector<std::string>{});
    w.key("nested");
    w.object([] {});
    w.key("rows");
    w.array_of(std::vector<int>{1, 2}, [&](int i) {
      w.object([&] { w.field("i", i); });
    });
  });
  return std::move(w).finish();
}

TEST(JsonWriter, WritesWhatNlohmannDump2Writes) {
  // The reports' layout stays what readers and diffs saw before the writer replaced the tree.
  const std::string written = sample();
  const ordered_json parsed = ordered_json::parse(written);
  EXPECT_EQ(written, parsed.dump(2) + "\n");
  EXPECT_EQ(parsed["whole"].dump(), "3.0");
  EXPECT_TRUE(parsed["none"].is_null());
  EXPECT_TRUE(parsed["to"].is_null());
  EXPECT_EQ(parsed["rows"][1]["i"], 2);
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControlCharacters) {
  JsonWriter w;
  w.value(std::string_view("say \"hi\"\\\n\t\x01 \xE2\x80\x94 ok"));
  const std::string written = std::move(w).finish();
  EXPECT_EQ(written, "\"say \\\"hi\\\"\\\\\\n\\t\\u0001 \xE2\x80\x94 ok\"\n");
  EXPECT_EQ(ordered_json::parse(written), "say \"hi\"\\\n\t\x01 \xE2\x80\x94 ok");
}

TEST(JsonWriter, ReplacesBytesThatAreNotUtf8SoTheOutputAlwaysParses) {
  for (std::string_view bad : {std::string_view("a\xFFz"), std::string_view("\xC3"), std::string_view("\xE2\x80"),
                               std::string_view("\xED\xA0\x80"), std::string_view("\xF0\x8F\xBF\xBF")}) {
    JsonWriter w;
    w.value(bad);
    const std::string written = std::move(w).finish();
    ASSERT_NO_THROW(ordered_json::parse(written)) << written;
    EXPECT_NE(written.find("\xEF\xBF\xBD"), std::string::npos) << written;
  }
}

TEST(JsonWriter, NumbersReadBackTheSameAndNonFiniteIsNull) {
  for (double d : {0.1, 1.0 / 3, 0.55, -0.0, 12345.678, 1e-7, 1e21}) {
    JsonWriter w;
    w.value(d);
    EXPECT_EQ(ordered_json::parse(std::move(w).finish()).get<double>(), d);
  }
  JsonWriter w;
  w.array([&] {
    w.value(std::numeric_limits<double>::quiet_NaN());
    w.value(std::numeric_limits<double>::infinity());
    w.value(-42);
  });
  EXPECT_EQ(ordered_json::parse(std::move(w).finish()).dump(), "[null,null,-42]");
}

}  // namespace
}  // namespace rungs
