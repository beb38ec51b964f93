// The full skill dictionary the benchmarks use (the bundled taxonomy joined with O*NET), and
// matching a corpus with it.
#ifndef RUNGS_BENCH_SKILL_DICTIONARY_H_
#define RUNGS_BENCH_SKILL_DICTIONARY_H_

#include <string>
#include <vector>

#include "rungs/skill_matcher.h"
#include "rungs/taxonomy.h"

namespace rungs::bench {

// The bundled taxonomy plus O*NET; exits with a message when the data does not load.
Taxonomy full_dictionary();

// Every name and alias of every skill, for building a corpus that names them.
std::vector<std::string> all_names(const Taxonomy& taxonomy);

// Matches `text` line by line, as rungs reads a resume; returns the number of hits.
std::size_t match_by_line(const SkillMatcher& matcher, std::string_view text);

}  // namespace rungs::bench

#endif  // RUNGS_BENCH_SKILL_DICTIONARY_H_
