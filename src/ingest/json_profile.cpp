// JSON documents: parse with a depth limit, then read by shape (JSON Resume or Resume-Matcher).
#include <string>

#include "common/utf8.h"
#include "ingest/json_fields.h"
#include "ingest/json_shapes.h"
#include "ingest/readers.h"

namespace rungs::ingest {
namespace {

// The deepest nesting of arrays and objects, counted without parsing (strings skipped), so a
// hostile document is refused before the parser recurses into it.
int nesting_depth(std::string_view text, int stop_at) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
      if (deepest > stop_at) return deepest;
    } else if (c == ']' || c == '}') --depth;
  }
  return deepest;
}

bool has_any(const Json& doc, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    if (doc.contains(key)) return true;
  }
  return false;
}

}  // namespace

Result<Json> parse_json_document(std::string_view bytes, const std::string& name,
                                 const IngestLimits& limits, const char* what) {
  bytes = strip_utf8_bom(bytes);
  if (std::optional<std::size_t> bad = first_invalid_utf8(bytes)) {
    return invalid_input(name + ": not UTF-8 (invalid byte at line " +
                         std::to_string(line_at(bytes, *bad)) + "); save the file as UTF-8");
  }
  if (nesting_depth(bytes, limits.max_json_depth) > limits.max_json_depth) {
    return invalid_input(name + ": JSON nested deeper than " + std::to_string(limits.max_json_depth) +
                         " levels; not " + what);
  }
  Json doc;
  try {
    doc = Json::parse(bytes);
  } catch (const Json::parse_error& e) {
    // e.what() reads "[json.exception.parse_error.101] parse error at line 3, column 5: ..."
    std::string message = e.what();
    std::size_t detail = message.find(": ");
    return invalid_input(name + ": invalid JSON at line " +
                         std::to_string(line_at(bytes, e.byte > 0 ? e.byte - 1 : 0)) + ": " +
                         (detail == std::string::npos ? message : message.substr(detail + 2)));
  }
  if (!doc.is_object()) {
    return invalid_input(name + ": " + what + " must be a JSON object, found " + json_type_name(doc));
  }
  return doc;
}

Result<Profile> read_json_profile(std::string_view bytes, const std::string& name,
                                  DocumentFormat format, const IngestLimits& limits) {
  Result<Json> parsed = parse_json_document(bytes, name, limits, "a resume");
  if (!parsed) return std::unexpected(parsed.error());
  const Json& doc = *parsed;
  bytes = strip_utf8_bom(bytes);
  bool matcher_shape = has_any(doc, {"personalInfo", "workExperience", "personalProjects"});
  bool resume_shape = has_any(doc, {"basics", "work", "education", "skills", "projects",
                                    "volunteer", "certificates", "awards", "publications"});
  if (format == DocumentFormat::kAuto) {
    if (matcher_shape) {
      format = DocumentFormat::kResumeMatcherJson;
    } else if (resume_shape) {
      format = DocumentFormat::kJsonResume;
    } else {
      return invalid_input(name + ": JSON of an unknown shape: expected a JSON Resume (basics, "
                           "work, education, skills, ...) or a Resume-Matcher resume "
                           "(personalInfo, workExperience, ...)");
    }
  }
  JsonFields fields(name, bytes);
  return format == DocumentFormat::kResumeMatcherJson ? read_resume_matcher(doc, fields, name)
                                                      : read_json_resume(doc, fields, name);
}

}  // namespace rungs::ingest
