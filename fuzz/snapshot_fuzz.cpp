// libFuzzer target: any bytes as a data snapshot must be refused with a reason or read, never
// crash or read out of bounds: the header checks (magic, format, version, size, checksum), and
// the payload reader on its own, past the checksum, so the fuzzer reaches every length and count,
// and then the matcher it read walked over a line, so that damaged trie records are walked too.
#include <cstddef>
#include <cstdint>
#include <string>

#include "snapshot/snapshot_detail.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // A copy, so the bytes sit at an 8-aligned address as a mapped file's do.
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  rungs::snapshot_detail::Opened opened = rungs::snapshot_detail::open_bytes("fuzz.snapshot", bytes, nullptr);
  if (opened.check.state != rungs::SnapshotCheck::State::kFresh && opened.check.why.empty()) __builtin_trap();
  rungs::snapshot_detail::Parts parts;
  if (rungs::snapshot_detail::read_parts(bytes, nullptr, parts)) {
    (void)parts.phrases.find("Built Go and Spring Boot services on AWS; SQL Server, C++, .NET.");
  }
  return 0;
}
