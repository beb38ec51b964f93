#include "rungs/report.h"

namespace rungs {

std::string_view answer_name(Answer answer) {
  switch (answer) {
    case Answer::kYes: return "yes";
    case Answer::kPartly: return "partly";
    case Answer::kNo: return "no";
  }
  return "no";
}

std::string_view verdict_name(Verdict verdict) {
  switch (verdict) {
    case Verdict::kReady: return "ready";
    case Verdict::kAlmost: return "almost";
    case Verdict::kNotYet: return "not-yet";
  }
  return "not-yet";
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::kHigh: return "high";
    case Severity::kMedium: return "medium";
    case Severity::kLow: return "low";
  }
  return "low";
}

}  // namespace rungs
