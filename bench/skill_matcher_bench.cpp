// Skill matcher throughput with the full dictionary (curated taxonomy plus O*NET, about 9,500
// skills and 11,000 names) over 4 MB of resume-like text the benchmark builds itself, the time
// to build that matcher, and the time to find the skills with evidence in one resume.
// Run: make bench. The comparison with ripgrep is scripts/compare-ripgrep.sh.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>

#include "resume_corpus.h"
#include "rungs/ingest.h"
#include "rungs/skill_evidence.h"
#include "rungs/skill_matcher.h"
#include "skill_dictionary.h"

namespace {

const rungs::Taxonomy& dictionary() {
  static const rungs::Taxonomy taxonomy = rungs::bench::full_dictionary();
  return taxonomy;
}

const rungs::SkillMatcher& matcher() {
  static const rungs::SkillMatcher m(dictionary());
  return m;
}

void BM_BuildMatcher(benchmark::State& state) {
  for (auto _ : state) {
    rungs::SkillMatcher m(dictionary());
    benchmark::DoNotOptimize(m);
  }
  state.counters["names"] = static_cast<double>(matcher().name_count());
  state.counters["MB"] = static_cast<double>(matcher().memory_bytes()) / 1e6;
}
BENCHMARK(BM_BuildMatcher)->Unit(benchmark::kMillisecond);

// Matching every occurrence, line by line as rungs reads a resume.
void BM_MatchCorpus(benchmark::State& state) {
  static const std::string corpus =
      rungs::bench::resume_corpus(rungs::bench::all_names(dictionary()), 4 << 20);
  std::size_t found = 0;
  for (auto _ : state) {
    found = rungs::bench::match_by_line(matcher(), corpus);
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.size()));
  state.counters["hits"] = static_cast<double>(found);
}
BENCHMARK(BM_MatchCorpus)->Unit(benchmark::kMillisecond);

void BM_SkillEvidence(benchmark::State& state) {
  auto profile = rungs::read_profile(std::filesystem::path(RUNGS_SOURCE_DIR) /
                                     "examples/resumes/priya-senior.md");
  if (!profile) {
    state.SkipWithError(profile.error().message.c_str());
    return;
  }
  const rungs::SkillMatcher& m = matcher();  // built before timing: the first call is no outlier
  for (auto _ : state) {
    auto skills = rungs::find_skill_evidence(*profile, m, {2026, 11});
    benchmark::DoNotOptimize(skills);
  }
}
BENCHMARK(BM_SkillEvidence)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
