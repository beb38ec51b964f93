// libFuzzer target: any bytes as an evaluation labels file or an evaluation floor must give
// Labels / an EvalFloor or an Error that says why, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rungs/data_paths.h"
#include "rungs/eval.h"
#include "rungs/ladder_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const rungs::Ladder ladder = [] {
    auto taxonomy = rungs::load_taxonomy(rungs::default_taxonomy_path());
    if (!taxonomy) __builtin_trap();  // the fuzzer needs the real data
    auto l = rungs::load_ladder(rungs::default_ladder_path(), *taxonomy);
    if (!l) __builtin_trap();
    return std::move(*l);
  }();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto labels = rungs::parse_labels(text, "fuzz.labels.yaml", ladder);
  if (!labels && labels.error().details.empty()) __builtin_trap();  // every refusal says why
  auto floor = rungs::parse_eval_floor(text, "fuzz.floor.yaml");
  if (!floor && floor.error().details.empty()) __builtin_trap();
  return 0;
}
