#include "skills/match_text.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <cstdlib>

namespace rungs {
namespace {

std::string normal(std::string_view text) {
  std::string out;
  std::vector<std::int32_t> points;
  return std::string(normalise_for_match(text, out, points));
}

TEST(MatchText, AsciiComesBackUntouched) {
  std::string out = "stale";
  std::vector<std::int32_t> points;
  std::string_view text = "Built APIs in Java";
  std::string_view result = normalise_for_match(text, out, points);
  EXPECT_EQ(result.data(), text.data());  // no copy: the matcher folds ASCII case itself
}

TEST(MatchText, FoldsCaseAndCompatibilityForms) {
  EXPECT_EQ(normal("ＡＷＳ and Ｃ＋＋"), "aws and c++");              // full-width forms
  EXPECT_EQ(normal("ﬁnance ÉCOLE Straße"), "finance école strasse");  // ligature, accents, ß
  EXPECT_EQ(normal("• Kafka – Go"), "• Kafka – Go");  // only the words that need it change
  EXPECT_EQ(normal("e\xCC\x81t\xC3\xA9"), "\xC3\xA9t\xC3\xA9");  // e + combining acute composes
}

TEST(MatchText, LinesWithOnlyLayoutMarksComeBackUntouched) {
  std::string out;
  std::vector<std::int32_t> points;
  std::string_view text = "• Built APIs – 40% faster → ₹2 Cr saved ✓";
  EXPECT_EQ(normalise_for_match(text, out, points).data(), text.data());
  EXPECT_EQ(normal("•  Kafka"), "• Kafka");       // a double space still takes the copy
  EXPECT_EQ(normal("• ÉCOLE"), "• école");        // and so does any other character
  EXPECT_EQ(normal("•\xCC\x81"), "•\xCC\x81");  // a combining mark after a mark stays apart
}

// Every layout mark is one that utf8proc's NFKC with case folding leaves alone, before and after
// a letter, a digit and a combining mark, so skipping the normalisation for it changes nothing.
TEST(MatchText, LayoutMarksAreStableUnderNormalisation) {
  int marks = 0;
  for (char32_t c = 0x80; c < 0x10000; ++c) {
    if (!is_layout_mark(c)) continue;
    ++marks;
    std::string mark(4, '\0');
    mark.resize(static_cast<std::size_t>(utf8proc_encode_char(static_cast<utf8proc_int32_t>(c),
                                                               reinterpret_cast<utf8proc_uint8_t*>(mark.data()))));
    EXPECT_EQ(utf8proc_get_property(static_cast<utf8proc_int32_t>(c))->combining_class, 0) << std::hex << static_cast<unsigned>(c);
    for (std::string text : {mark, "a" + mark + "b", "1" + mark + "2", mark + "\xCC\x81", "e" + mark + "e"}) {
      utf8proc_uint8_t* folded = utf8proc_NFKC_Casefold(reinterpret_cast<const utf8proc_uint8_t*>(text.c_str()));
      ASSERT_NE(folded, nullptr);
      EXPECT_EQ(std::string(reinterpret_cast<char*>(folded)), text) << "U+" << std::hex << static_cast<unsigned>(c);
      std::free(folded);
    }
  }
  EXPECT_GE(marks, 30);
}

TEST(MatchText, KeepsWordsThatAreNotUtf8) {
  EXPECT_EQ(normal("Java \xFF\xFE café"), "Java \xFF\xFE café");
}

TEST(MatchText, PatternsAreLowerCaseWithSingleSpaces) {
  EXPECT_EQ(normalise_pattern("  Spring   Boot "), "spring boot");
  EXPECT_EQ(normalise_pattern("Node.JS"), "node.js");
  EXPECT_EQ(normalise_pattern("Ｃ＃"), "c#");
  EXPECT_EQ(normalise_pattern(""), "");
}

}  // namespace
}  // namespace rungs
