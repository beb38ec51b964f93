// libFuzzer target: any bytes as a stored report (what the store gives back to history) must be
// refused with a reason or read, never crash: the digest reader, the diff against a sound report
// (both ways), and the history page over it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rungs/history.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rungs::StoredAssessment fuzzed, sound;
  fuzzed.id = 2;
  fuzzed.saved.report_json.assign(reinterpret_cast<const char*>(data), size);
  sound.id = 1;
  sound.saved.report_json =
      R"({"schema": "rungs.report/1", "placement": {"role": "senior-backend-developer", "title": "Senior",
          "confidence": 0.7}, "readiness": {"to": "technical-lead", "verdict": "almost", "yes": 2, "criteria":
          [{"id": "visibility", "question": "Visible?", "answer": "partly", "evidence": []}]}, "gaps":
          {"target": "technical-lead", "coverage": 0.3, "missing": [{"name": "System design"}]}, "skills":
          [{"id": "go", "name": "Go", "evidence": "listed", "lines": [{"text": "Go", "section": "skills",
          "line": 9}]}], "findings": [], "path": null})";
  const rungs::Ladder ladder;
  for (auto [a, b] : {std::pair{&sound, &fuzzed}, std::pair{&fuzzed, &sound}}) {
    rungs::Result<rungs::HistoryDiff> diff = rungs::diff_assessments(*a, *b, ladder);
    if (!diff && diff.error().message.empty()) __builtin_trap();
  }
  rungs::Result<std::string> page = rungs::render_history_html({sound, fuzzed}, nullptr, ladder);
  if (!page && page.error().message.empty()) __builtin_trap();
  return 0;
}
