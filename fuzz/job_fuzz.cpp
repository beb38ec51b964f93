// libFuzzer target: any bytes as a job description (text, JSON job schema, PDF or DOCX) give a
// JobDescription or an Error that says why, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rungs/job.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  rungs::IngestLimits limits;
  limits.max_pdf_seconds = 2;
  auto job = rungs::read_job_bytes(bytes, "fuzz", limits);
  if (!job && job.error().message.empty()) __builtin_trap();
  return 0;
}
