// The rules behind the findings on a resume (data/findings.yaml, schema rungs.findings/1): how
// each is detected, what it says, how to fix it, and how severe it is at each level.
#ifndef RUNGS_FINDING_RULES_H_
#define RUNGS_FINDING_RULES_H_

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rungs/error.h"
#include "rungs/ladder.h"
#include "rungs/report.h"

namespace rungs {

// How a finding is detected (see the comment at the top of data/findings.yaml).
enum class FindingRuleKind {
  kAbsent,
  kVaguePhrases,
  kNoNumbers,
  kListedOnly,
  kTitleAboveEvidence,
  kNoValuedCertification,
};

struct FindingRule {
  std::string id;
  FindingRuleKind kind = FindingRuleKind::kAbsent;
  std::vector<std::string> signals;  // ladder signal ids that satisfy an `absent` rule
  std::vector<std::string> skills;   // taxonomy skill ids that satisfy it when hands-on
  std::vector<std::string> links;    // link labels that satisfy it
  std::vector<std::string> phrases;  // for vague-phrases
  std::vector<Severity> severity;    // by role order 1, 2, ...; the last holds above
  std::optional<Severity> core_severity;
  std::string message;  // may hold {placeholders} the rule fills in
  std::string fix;
  int line = 0;

  // The severity for a role of `order` (1-based).
  Severity severity_at(int order) const;
};

// The finding ids of DESIGN.md, the report's contract, in the order the design lists them.
const std::vector<std::string>& finding_ids();

// Parses and validates finding rules: known rule names and finding ids (DESIGN.md), each once;
// skill ids known to the taxonomy (`skill_ids`); severities high, medium or low. Every problem
// is listed as FILE:LINE: field: message. Signal ids that `ladder` does not define are left
// out, so the bundled rules serve any ladder.
Result<std::vector<FindingRule>> parse_finding_rules(std::string_view yaml_text, const std::string& file,
                                                     const Ladder& ladder,
                                                     const std::vector<std::string>& skill_ids);

Result<std::vector<FindingRule>> load_finding_rules(const std::filesystem::path& file,
                                                    const Ladder& ladder,
                                                    const std::vector<std::string>& skill_ids);

}  // namespace rungs

#endif  // RUNGS_FINDING_RULES_H_
