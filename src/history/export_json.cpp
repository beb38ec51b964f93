// Everything stored about one person as one JSON document (rungs.export/1), for the right to
// access one's data: the stored report and profile are embedded as the objects they are.
#include <nlohmann/json.hpp>

#include "rungs/history.h"

namespace rungs {

Result<std::string> render_export_json(const std::vector<StoredAssessment>& history) {
  using nlohmann::ordered_json;
  if (history.empty()) return invalid_input("no assessments to export");
  const AssessmentToSave& latest = history.back().saved;
  ordered_json doc = {{"schema", "rungs.export/1"},
                      {"person", {{"id", latest.person}, {"name", latest.person_name}, {"email", latest.person_email}}}};
  ordered_json documents = ordered_json::object();
  ordered_json assessments = ordered_json::array();
  for (const StoredAssessment& a : history) {
    const AssessmentToSave& s = a.saved;
    documents[s.resume_sha256] = {{"sha256", s.resume_sha256},
                                  {"file", s.resume_file},
                                  {"format", s.resume_format},
                                  {"text", s.resume_text ? ordered_json(*s.resume_text) : ordered_json(nullptr)}};
    ordered_json report = ordered_json::parse(s.report_json, nullptr, false);
    ordered_json profile = ordered_json::parse(s.profile_json, nullptr, false);
    if (report.is_discarded() || profile.is_discarded()) {
      return invalid_input("assessment " + std::to_string(a.id) + ": its stored report or profile is not JSON");
    }
    assessments.push_back({{"id", a.id},
                           {"at", s.at},
                           {"resume_sha256", s.resume_sha256},
                           {"ladder", {{"id", s.ladder_id}, {"version", s.ladder_version}}},
                           {"asked_target", s.asked_target},
                           {"rungs_version", s.rungs_version},
                           {"report", std::move(report)},
                           {"profile", std::move(profile)}});
  }
  ordered_json list = ordered_json::array();
  for (auto& [sha, document] : documents.items()) list.push_back(std::move(document));
  doc["documents"] = std::move(list);
  doc["assessments"] = std::move(assessments);
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace rungs
