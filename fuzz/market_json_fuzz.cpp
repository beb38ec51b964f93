// libFuzzer target: any bytes as a market file (`rungs assess --market FILE`) must be refused with
// a reason or read, and a report's gaps ordered by what was read, never crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rungs/market.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  rungs::Result<rungs::Market> market = rungs::read_market_json(text, "fuzz.json");
  if (!market) {
    if (market.error().message.empty()) __builtin_trap();
    return 0;
  }
  rungs::Report report;
  for (const rungs::LevelDemand& l : market->levels) report.gaps.target = l.role;
  report.gaps.missing = {{"kubernetes", "Kubernetes", rungs::Weight::kCore, "Core."}};
  rungs::order_gaps_by_demand(report, *market);
  return 0;
}
