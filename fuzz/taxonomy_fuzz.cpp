// libFuzzer target: any bytes as a taxonomy file must give a Taxonomy or an Error, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rungs/taxonomy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto taxonomy = rungs::parse_taxonomy(text, "fuzz.yaml");
  if (!taxonomy && taxonomy.error().details.empty()) __builtin_trap();  // every refusal says why
  return 0;
}
