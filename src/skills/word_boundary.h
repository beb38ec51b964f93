// Word boundaries for skill names. A name must not start or end inside a word: "Java" is not in
// "JavaScript" and "Go" is not in "Google". Where a name begins or ends with punctuation ("C++",
// ".NET", "C#") that end needs no boundary, so "C++11" and "ASP.NET" still name them.
#ifndef RUNGS_SKILLS_WORD_BOUNDARY_H_
#define RUNGS_SKILLS_WORD_BOUNDARY_H_

#include <cstddef>
#include <string_view>

namespace rungs {

// True when bytes [begin, end) of `text` are a whole word or phrase. A letter or digit in any
// script (and "_") is part of a word; punctuation, symbols and spaces are not. `strict` names
// (ambiguous ones, such as "Go" or "R") must also not be joined to a neighbouring word by "-",
// "&" or ".": "go-to", "R&D" and "make.com" do not name them. No name stands alone made an
// adjective of comparison: "Kafka-esque", "Redis-like", "Jira-ish".
bool stands_alone(std::string_view text, std::size_t begin, std::size_t end, bool strict);

// An ASCII letter, digit or "_" (a byte of a word, for stands_alone).
inline bool ascii_word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return static_cast<unsigned char>((b | 0x20) - 'a') < 26 || static_cast<unsigned char>(b - '0') < 10 || b == '_';
}

}  // namespace rungs

#endif  // RUNGS_SKILLS_WORD_BOUNDARY_H_
