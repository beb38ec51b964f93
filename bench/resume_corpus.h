// A corpus of resume-like text for the matcher benchmarks, built the same way every time:
// experience bullets that name skills among ordinary words, skills lists, summaries, bullets as
// "•" and date ranges with "–" (so that part of the text takes the Unicode path), and words that
// look like skill names but are not ("go-to", "R&D", "JavaScripts").
#ifndef RUNGS_BENCH_RESUME_CORPUS_H_
#define RUNGS_BENCH_RESUME_CORPUS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace rungs::bench {

// About `bytes` bytes of text, whole lines, naming skills drawn from `names`.
std::string resume_corpus(const std::vector<std::string>& names, std::size_t bytes);

}  // namespace rungs::bench

#endif  // RUNGS_BENCH_RESUME_CORPUS_H_
