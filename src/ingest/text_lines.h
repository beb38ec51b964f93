// Line-level helpers the text-based readers share: splitting, trimming, bullets.
#ifndef RUNGS_INGEST_TEXT_LINES_H_
#define RUNGS_INGEST_TEXT_LINES_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "rungs/profile.h"

namespace rungs::ingest {

// `s` without spaces, tabs and line ends at either end.
std::string_view trim_view(std::string_view s);

// Whether `text` starts with a lower-case word (a wrapped line, a sentence going on). A name
// written in lower case then capitals is a name, not a lower-case word: "iGATE", "eBay", "iOS".
inline bool starts_lower(std::string_view text) {
  if (text.empty() || text.front() < 'a' || text.front() > 'z') return false;
  for (std::size_t i = 1; i < text.size() && text[i] != ' '; ++i) {
    if (text[i] >= 'A' && text[i] <= 'Z') return false;
  }
  return true;
}

// The number of words in `text` (runs of characters between spaces and tabs).
int word_count(std::string_view text);

// The parts of `text` between any of `separators` (tried in order at each position), trimmed,
// empty parts left out: split_at_any("a | b, c", {" | ", ", "}) -> {"a", "b", "c"}.
std::vector<std::string> split_at_any(std::string_view text, std::initializer_list<std::string_view> separators);

// The lines of `text` (LF, CRLF or CR), without their line ends.
std::vector<std::string_view> split_lines(std::string_view text);

// The length of a bullet marker at the start of `line` (after indentation): "-", "*", "+",
// "•", "▪", "◦", "●", "■", "►", "➢", "✓", "–", or a number or letter with "." or ")"; 0 if none.
std::size_t bullet_length(std::string_view line);

// `line` trimmed and without its bullet marker.
std::string strip_bullet(std::string_view line);

// A block of text (a LinkedIn description, say) as cited lines: one per non-blank line,
// bullets stripped, numbered from `first_line`.
std::vector<TextLine> block_lines(std::string_view block, Section section, int first_line);

}  // namespace rungs::ingest

#endif  // RUNGS_INGEST_TEXT_LINES_H_
