// How long loading the bundled data takes: every CLI call and server start pays it once.
#include <benchmark/benchmark.h>

#include "common/file.h"
#include "rungs/data_paths.h"
#include "rungs/ladder_loader.h"
#include "rungs/ladder_view.h"

namespace {

std::string read_or_die(const std::filesystem::path& p) {
  auto text = rungs::read_file(p, 16 << 20);
  if (!text) throw std::runtime_error(text.error().to_string());
  return *text;
}

void BM_ParseTaxonomy(benchmark::State& state) {
  std::string text = read_or_die(rungs::default_taxonomy_path());
  for (auto _ : state) benchmark::DoNotOptimize(rungs::parse_taxonomy(text, "taxonomy.yaml"));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ParseTaxonomy)->Unit(benchmark::kMillisecond);

void BM_ParseAndValidateLadder(benchmark::State& state) {
  auto taxonomy = rungs::load_taxonomy(rungs::default_taxonomy_path());
  std::string text = read_or_die(rungs::default_ladder_path());
  for (auto _ : state) benchmark::DoNotOptimize(rungs::parse_ladder(text, "ladder.yaml", *taxonomy));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ParseAndValidateLadder)->Unit(benchmark::kMillisecond);

void BM_RenderLadderText(benchmark::State& state) {
  auto taxonomy = rungs::load_taxonomy(rungs::default_taxonomy_path());
  auto ladder = rungs::load_ladder(rungs::default_ladder_path(), *taxonomy);
  for (auto _ : state) benchmark::DoNotOptimize(rungs::render_ladder_text(*ladder, *taxonomy, 120));
}
BENCHMARK(BM_RenderLadderText)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
