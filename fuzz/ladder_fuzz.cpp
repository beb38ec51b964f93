// libFuzzer target: any bytes as a ladder file must give a Ladder or an Error, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rungs/data_paths.h"
#include "rungs/ladder_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const rungs::Taxonomy taxonomy = [] {
    auto t = rungs::load_taxonomy(rungs::default_taxonomy_path());
    if (!t) __builtin_trap();  // the fuzzer needs the real taxonomy
    return std::move(*t);
  }();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto ladder = rungs::parse_ladder(text, "fuzz.yaml", taxonomy);
  if (!ladder && ladder.error().details.empty()) __builtin_trap();  // every refusal says why
  return 0;
}
