// Word boundaries for skill names. A name must not start or end inside a word: "Java" is not in
// "JavaScript" and "Go" is not in "Google". Where a name begins or ends with punctuation ("C++",
// ".NET", "C#") that end needs no boundary, so "C++11" and "ASP.NET" still name them.
#ifndef RUNGS_SKILLS_WORD_BOUNDARY_H_
#define RUNGS_SKILLS_WORD_BOUNDARY_H_

#include <array>
#include <cstddef>
#include <string_view>

namespace rungs {

// True when bytes [begin, end) of `text` are a whole word or phrase. A letter or digit in any
// script (and "_") is part of a word; punctuation, symbols and spaces are not. `strict` names
// (ambiguous ones, such as "Go" or "R") must also not be joined to a neighbouring word by "-",
// "&" or ".": "go-to", "R&D" and "make.com" do not name them. No name stands alone made an
// adjective of comparison: "Kafka-esque", "Redis-like", "Jira-ish".
bool stands_alone(std::string_view text, std::size_t begin, std::size_t end, bool strict);

namespace word_boundary_detail {
// 1 for the ASCII letters, digits and "_"; a table, as the matcher asks at nearly every byte.
inline constexpr std::array<bool, 256> kAsciiWordByte = [] {
  std::array<bool, 256> word{};
  for (int b = 0; b < 128; ++b) word[b] = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_';
  return word;
}();
}  // namespace word_boundary_detail

// An ASCII letter, digit or "_" (a byte of a word, for stands_alone).
inline bool ascii_word_byte(char c) { return word_boundary_detail::kAsciiWordByte[static_cast<unsigned char>(c)]; }

// Whether a name may begin at byte `at` of `text`: not between two characters of one word (the
// first test stands_alone makes). Asked at nearly every byte, so ASCII is answered inline.
bool may_begin_name_slow(std::string_view text, std::size_t at);
inline bool may_begin_name(std::string_view text, std::size_t at) {
  if (at == 0) return true;
  const auto here = static_cast<unsigned char>(text[at]);
  const auto before = static_cast<unsigned char>(text[at - 1]);
  if ((here | before) < 0x80) return !(ascii_word_byte(static_cast<char>(here)) && ascii_word_byte(static_cast<char>(before)));
  return may_begin_name_slow(text, at);
}

}  // namespace rungs

#endif  // RUNGS_SKILLS_WORD_BOUNDARY_H_
