// Evidence phrases as people write them (ladder signals and hedges). A phrase is a sequence of
// words compared case-insensitively, hyphens and spaces alike ("code-review" = "code review"),
// with a small pattern syntax:
//   review*                 a word that starts with "review" (reviews, reviewed, reviewing)
//   lead/led/leading a/the team/pod   one of the forms for that one word
//   # ms                    "#" is any number ("800 ms", "40k rps", "31%" reads "31 percent")
//   pull request|PR|code    one of the alternatives, each one or more words
//   review* ... pull request|PR   the second part later in the same clause (at most 8 words on;
//                           clauses end at ";" and at the end of a sentence)
// "introduc*|add*|brought in ... testing|tracing|CI" reads "introduced contract testing".
#ifndef RUNGS_PHRASE_PATTERN_H_
#define RUNGS_PHRASE_PATTERN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rungs/error.h"

namespace rungs {

// One form of a word of a pattern: lower-case, `prefix` when it ended in '*'.
struct PatternForm {
  std::string text;
  bool prefix = false;
  bool number = false;  // "#": any word that starts with a digit
};

// One word of a pattern: any of its forms ("lead/led/leading").
struct PatternWord {
  std::vector<PatternForm> forms;
};

// A parsed phrase: parts in order, each a list of alternatives, each a run of words.
struct PhrasePattern {
  std::vector<std::vector<std::vector<PatternWord>>> parts;
};

// Parses `phrase`; the error (kInvalidInput) says what is wrong: an empty part or alternative,
// a lone '*', or a '*' inside a word.
Result<PhrasePattern> parse_phrase_pattern(std::string_view phrase);

// A line as words for pattern matching: lower-case ASCII, hyphens and punctuation as word
// breaks, with the index of the clause each word is in.
struct PatternText {
  std::vector<std::string> words;
  std::vector<std::uint16_t> clause;
};
PatternText pattern_text(std::string_view line);

// Whether `text` holds the pattern.
bool matches(const PhrasePattern& pattern, const PatternText& text);

}  // namespace rungs

#endif  // RUNGS_PHRASE_PATTERN_H_
