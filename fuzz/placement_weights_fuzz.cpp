// libFuzzer target: any bytes as placement weights (data/placement.yaml) give PlacementWeights or
// an Error that says why, never a crash; any bytes as an evidence phrase parse or are refused.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rungs/phrase_pattern.h"
#include "rungs/placement_weights.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto weights = rungs::parse_placement_weights(text, "fuzz.yaml");
  if (!weights && weights.error().details.empty()) __builtin_trap();  // every refusal says why
  if (auto pattern = rungs::parse_phrase_pattern(text)) {
    (void)rungs::matches(*pattern, rungs::pattern_text(text));
  }
  return 0;
}
