// Small text helpers shared by the loaders and renderers.
#ifndef RUNGS_COMMON_TEXT_H_
#define RUNGS_COMMON_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace rungs {

// A comparison key for names and titles: ASCII letters lower-cased, every run of characters that
// are not letters or digits (Unicode dashes, quotes, bullets and no-break spaces included) folded
// to one space, no space at either end.
// "SDE-1" -> "sde 1", "  Senior  Software Engineer " -> "senior software engineer".
std::string normalize_key(std::string_view text);

// Whether `key` (a normalize_key result) holds `words` (another) as whole words:
// "senior software engineer payments" holds "software engineer", not "soft".
bool holds_words(std::string_view key, std::string_view words);

// A key without its words that are all digits: "oracle certified professional java se 11
// developer" -> "oracle certified professional java se developer", so versions and years do not
// hide a name.
std::string without_number_words(std::string_view key);

// The edit distance between two byte strings, counting a swap of neighbours as one edit.
int edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo
// (at most a third of the word's length, and at least 1); empty otherwise.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// `value` with `digits` decimals, as printf's "%.Nf" writes it: 0.755 -> "0.76" with 2.
std::string decimal_text(double value, int digits);

// `items` joined with `separator`.
std::string join(const std::vector<std::string>& items, std::string_view separator);

}  // namespace rungs

#endif  // RUNGS_COMMON_TEXT_H_
