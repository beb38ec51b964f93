// What `rungs assess --save` hands the store, made from the report and profile.
#include <string>

#include "common/sha256.h"
#include "common/utf8.h"
#include "rungs/history.h"
#include "rungs/profile_view.h"
#include "rungs/report_view.h"
#include "rungs/version.h"

namespace rungs {
namespace {

// The resume's text: the file itself when it is text, else the lines rungs read from it (a PDF's
// or DOCX's words), one a line.
std::string resume_text(const Profile& profile, const std::string& bytes) {
  if (!first_invalid_utf8(bytes) && bytes.find('\0') == std::string::npos) return bytes;
  std::string text;
  for (const TextLine& line : all_lines(profile)) text += line.text + "\n";
  return text;
}

AssessmentSummary summarise(const Report& report) {
  AssessmentSummary s;
  s.role = report.placement.role;
  s.title = report.placement.title;
  s.confidence = report.placement.confidence;
  s.target = report.gaps.target;
  if (!report.readiness.to.empty()) s.verdict = std::string(verdict_name(report.readiness.verdict));
  s.yes = report.readiness.yes;
  s.coverage = report.gaps.coverage;
  s.findings = static_cast<int>(report.findings.size());
  if (report.path) s.path_months = report.path->best.total_months;
  return s;
}

}  // namespace

AssessmentToSave assessment_to_save(const Report& report, const Profile& profile, const SaveRequest& request,
                                    YearMonth today) {
  AssessmentToSave a;
  a.person = request.person;
  a.person_name = report.person.name;
  a.person_email = report.person.email;
  a.at = report.generated_at;
  a.resume_sha256 = sha256_hex(request.resume_bytes);
  a.resume_file = request.resume_file;
  a.resume_format = report.source.format;
  if (request.keep_text) a.resume_text = resume_text(profile, request.resume_bytes);
  a.ladder_id = report.ladder_id;
  a.ladder_version = report.ladder_version;
  a.asked_target = request.asked_target;
  a.rungs_version = kVersion;
  a.summary = summarise(report);
  a.report_json = render_report_json(report);
  a.profile_json = render_profile_json(profile, today);
  return a;
}

}  // namespace rungs
