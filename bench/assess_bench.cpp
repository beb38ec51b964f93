// One whole assessment of a text resume, ingest to report (engine built once): the figure that
// says how many resumes one core assesses per second. Also the engine's build time.
// Run: make bench.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>

#include "rungs/assess.h"
#include "rungs/ingest.h"
#include "rungs/report_view.h"

namespace {

std::filesystem::path source(const char* relative) { return std::filesystem::path(RUNGS_SOURCE_DIR) / relative; }

rungs::AssessData bundled() {
  rungs::AssessData data;
  data.taxonomy = source("data/skills/taxonomy.yaml");
  data.onet = source("data/skills/onet.yaml");
  data.ladder = source("data/ladders/india-backend.yaml");
  data.findings = source("data/findings.yaml");
  return data;
}

const rungs::Assessor& assessor() {
  static const rungs::Assessor a = std::move(*rungs::load_assessor(bundled()));
  return a;
}

std::string read(const char* relative) {
  std::ifstream in(source(relative), std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void BM_LoadAssessor(benchmark::State& state) {
  for (auto _ : state) {
    auto a = rungs::load_assessor(bundled());
    if (!a) state.SkipWithError(a.error().message.c_str());
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_LoadAssessor)->Unit(benchmark::kMillisecond);

// Bytes of a text resume -> Profile -> Report -> JSON.
void assess(benchmark::State& state, const char* file) {
  const std::string bytes = read(file);
  const rungs::Assessor& a = assessor();
  for (auto _ : state) {
    auto profile = rungs::read_profile_bytes(bytes, file);
    if (!profile) {
      state.SkipWithError(profile.error().message.c_str());
      return;
    }
    auto report = a.assess(*profile, {"", {2026, 11}});
    std::string json = rungs::render_report_json(*report);
    benchmark::DoNotOptimize(json);
  }
  state.counters["resumes/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK_CAPTURE(assess, senior_markdown, "tests/data/personas/04-senior-vikram.md")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(assess, lead_text, "tests/data/personas/05-lead-suresh.txt")->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
