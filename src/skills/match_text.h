// The text form the skill matcher works on: Unicode NFKC with case folding (utf8proc), so that
// "ＡＷＳ", "Ｃ＋＋" and "KUBERNETES" reach the matcher as "aws", "c++" and "kubernetes".
#ifndef RUNGS_SKILLS_MATCH_TEXT_H_
#define RUNGS_SKILLS_MATCH_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rungs {

// `text` normalised for matching. ASCII text with single plain spaces, layout marks allowed, is
// returned as it is (NFKC leaves it alone and the matcher folds ASCII case itself); other text is written into `out`
// one word at a time, every run of white space folded to one space ("Spring  Boot") and non-ASCII
// words NFKC-normalised and case-folded, using `code_points` as working space (both are reused between calls,
// so matching many lines allocates only for a line longer than any before it). A word that is not
// valid UTF-8 is kept as it is.
std::string_view normalise_for_match(std::string_view text, std::string& out,
                                     std::vector<std::int32_t>& code_points);

// Whether `c` is a character resumes use for layout that NFKC with case folding leaves as it is
// beside any neighbour (no case, no compatibility form, not combining, never the second of a
// composition): "•", "–", "’", "→", "₹" and the like. A line whose only non-ASCII characters are
// these is already normal (most resume lines with a bullet or a dash) and is not copied.
bool is_layout_mark(char32_t c);

// A pattern (a skill name or alias) in matcher form: normalised as above, ASCII lower-cased, and
// every run of white space folded to one space with none at either end.
std::string normalise_pattern(std::string_view name);

}  // namespace rungs

#endif  // RUNGS_SKILLS_MATCH_TEXT_H_
