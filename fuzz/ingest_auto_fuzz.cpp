// Fuzzes ingest's format detection and every reader: any bytes must give a Profile or an Error, never a crash,
// a hang or a leak.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rungs/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rungs::IngestLimits limits;
  limits.max_pdf_seconds = 2;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)rungs::read_profile_bytes(bytes, "fuzz", rungs::DocumentFormat::kAuto, limits);
  return 0;
}
