// The parts of a stored report (rungs.report/1 JSON) that history compares and shows.
#ifndef RUNGS_HISTORY_REPORT_DIGEST_H_
#define RUNGS_HISTORY_REPORT_DIGEST_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rungs/error.h"
#include "rungs/profile.h"

namespace rungs::history {

struct DigestSkill {
  std::string id;
  std::string name;
  std::string evidence;  // hands-on, certified, listed
  std::vector<TextLine> lines;
};

struct DigestAnswer {
  std::string id;
  std::string question;
  std::string answer;  // yes, partly, no
  std::vector<TextLine> evidence;
  std::string next_step;
};

struct DigestFinding {
  std::string id;
  std::string severity;
  std::string message;
  std::vector<TextLine> lines;
};

struct ReportDigest {
  std::string role;
  std::string title;
  double confidence = 0;
  std::string ready_for;  // readiness.to, "" at the top of the ladder
  std::string verdict;
  int yes = 0;
  std::string target;  // gaps.target
  double coverage = 0;
  std::vector<std::string> missing;  // names of the target's skills the resume never names
  std::vector<DigestSkill> skills;
  std::vector<DigestAnswer> answers;
  std::vector<DigestFinding> findings;
  std::string path_to;
  std::optional<int> path_months;
};

// The digest of one stored report; kInvalidInput naming `what` when it is not rungs.report/1.
Result<ReportDigest> read_report_digest(std::string_view json, const std::string& what);

}  // namespace rungs::history

#endif  // RUNGS_HISTORY_REPORT_DIGEST_H_
