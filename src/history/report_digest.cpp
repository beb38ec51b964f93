#include "history/report_digest.h"

#include <nlohmann/json.hpp>

namespace rungs::history {
namespace {

using nlohmann::json;

std::string text_of(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A whole number field, clamped to int's range (a stored number may be anything); 0 when absent.
int int_of(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_number()) return 0;
  double x = it->get<double>();
  if (!(x > -2e9)) return x != x ? 0 : -2000000000;
  return x < 2e9 ? static_cast<int>(x) : 2000000000;
}

double real_of(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_number() ? it->get<double>() : 0.0;
}

Section section_named(const std::string& name) {
  for (int s = 0; s <= static_cast<int>(Section::kOther); ++s) {
    if (name == section_name(static_cast<Section>(s))) return static_cast<Section>(s);
  }
  return Section::kOther;
}

std::vector<TextLine> lines_of(const json& object, const char* key) {
  std::vector<TextLine> out;
  auto it = object.find(key);
  if (it == object.end() || !it->is_array()) return out;
  for (const json& line : *it) {
    if (!line.is_object()) continue;
    out.push_back({text_of(line, "text"), section_named(text_of(line, "section")), int_of(line, "line")});
  }
  return out;
}

const json& member(const json& object, const char* key) {
  static const json kNull;
  auto it = object.find(key);
  return it != object.end() ? *it : kNull;
}

template <class F>
void each(const json& array, F&& f) {
  if (!array.is_array()) return;
  for (const json& item : array) {
    if (item.is_object()) f(item);
  }
}

}  // namespace

Result<ReportDigest> read_report_digest(std::string_view text, const std::string& what) {
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object() || text_of(doc, "schema") != "rungs.report/1") {
    return invalid_input(what + ": the stored report is not rungs.report/1 JSON");
  }
  ReportDigest d;
  try {
    const json& placement = member(doc, "placement");
    if (placement.is_object()) {
      d.role = text_of(placement, "role");
      d.title = text_of(placement, "title");
      d.confidence = real_of(placement, "confidence");
    }
    const json& readiness = member(doc, "readiness");
    if (readiness.is_object()) {
      d.ready_for = text_of(readiness, "to");
      d.verdict = text_of(readiness, "verdict");
      d.yes = int_of(readiness, "yes");
      each(member(readiness, "criteria"), [&](const json& c) {
        d.answers.push_back({text_of(c, "id"), text_of(c, "question"), text_of(c, "answer"), lines_of(c, "evidence"),
                             text_of(c, "next_step")});
      });
    }
    const json& gaps = member(doc, "gaps");
    if (gaps.is_object()) {
      d.target = text_of(gaps, "target");
      d.coverage = real_of(gaps, "coverage");
      each(member(gaps, "missing"), [&](const json& g) { d.missing.push_back(text_of(g, "name")); });
    }
    each(member(doc, "skills"), [&](const json& s) {
      d.skills.push_back({text_of(s, "id"), text_of(s, "name"), text_of(s, "evidence"), lines_of(s, "lines")});
    });
    each(member(doc, "findings"), [&](const json& f) {
      d.findings.push_back({text_of(f, "id"), text_of(f, "severity"), text_of(f, "message"), lines_of(f, "lines")});
    });
    const json& path = member(doc, "path");
    if (path.is_object()) {
      d.path_to = text_of(path, "to");
      if (path.contains("total_months") && path["total_months"].is_number()) d.path_months = int_of(path, "total_months");
    }
  } catch (const json::exception& e) {
    return invalid_input(what + ": the stored report has a field of the wrong type: " + e.what());
  }
  return d;
}

}  // namespace rungs::history
