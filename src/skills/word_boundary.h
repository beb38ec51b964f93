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

}  // namespace rungs

#endif  // RUNGS_SKILLS_WORD_BOUNDARY_H_
