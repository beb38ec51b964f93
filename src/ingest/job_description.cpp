// Job descriptions: the JSON Resume job schema, or text whose headings say what is required and
// what is only nice to have.
#include "common/file.h"
#include "common/text.h"
#include "common/utf8.h"
#include "ingest/json_fields.h"
#include "ingest/readers.h"
#include "ingest/text_lines.h"
#include "ingest/zip_archive.h"
#include "rungs/job.h"

namespace rungs {
namespace {

using ingest::Json;

bool mentions_nice(const std::string& key) {
  for (const char* words : {"nice to have", "good to have", "preferred", "bonus", "plus", "desirable",
                            "optional", "added advantage", "an advantage"}) {
    if ((" " + key + " ").find(std::string(" ") + words + " ") != std::string::npos) return true;
  }
  return false;
}

// A heading: a Markdown heading, or a short line that ends with ':' or is all upper case.
bool is_heading(std::string_view line) {
  std::string_view t = ingest::trim_view(line);
  if (t.empty()) return false;
  if (t.front() == '#') return true;
  if (ingest::word_count(t) > 6) return false;
  if (t.back() == ':') return true;
  bool letters = false;
  for (char c : t) {
    if (c >= 'a' && c <= 'z') return false;
    letters = letters || (c >= 'A' && c <= 'Z');
  }
  return letters;
}

JobDescription from_text(std::string_view text, const std::string& name, const char* format) {
  JobDescription job;
  job.source = {name, format};
  std::vector<std::string_view> lines = ingest::split_lines(text);
  bool nice = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = ingest::trim_view(lines[i]);
    if (line.empty()) continue;
    std::string key = normalize_key(line);
    if (job.title.empty()) {  // the first line, when it is short enough to be a title
      job.title = ingest::word_count(line) <= 12 ? ingest::strip_bullet(line) : name;
    }
    if (is_heading(line)) {
      nice = mentions_nice(key);
      continue;
    }
    std::string body = ingest::strip_bullet(line);
    // "Nice to have: Kubernetes" or "Skills: Java, Go": a short label decides for its own line.
    std::size_t colon = body.find(':');
    bool labelled = colon != std::string::npos && colon > 0 && ingest::word_count(body.substr(0, colon)) <= 4;
    bool line_nice = labelled ? mentions_nice(normalize_key(body.substr(0, colon)))
                              : nice || mentions_nice(key);
    bool list = key.starts_with("skills") || key.starts_with("tech stack") || key.starts_with("technologies");
    job.lines.push_back({std::move(body), static_cast<int>(i + 1), line_nice, list});
  }
  return job;
}

Result<JobDescription> from_json(std::string_view bytes, const std::string& name, const IngestLimits& limits) {
  Result<Json> parsed = ingest::parse_json_document(bytes, name, limits, "a job description");
  if (!parsed) return std::unexpected(parsed.error());
  const Json& doc = *parsed;
  ingest::JsonFields fields(name, strip_utf8_bom(bytes));
  JobDescription job;
  job.source = {name, "json-resume-job"};
  job.title = fields.text(doc, "title", "title");
  job.company = fields.text(doc, "company", "company");
  auto add = [&](const std::string& text, bool nice, bool list) {
    if (ingest::trim_view(text).empty()) return;
    TextLine cited = fields.cite(text, Section::kOther);
    job.lines.push_back({text, cited.line, nice, list});
  };
  add(fields.text(doc, "description", "description"), false, false);
  for (const std::string& s : fields.strings(doc, "responsibilities", "responsibilities")) add(s, false, false);
  for (const std::string& s : fields.strings(doc, "qualifications", "qualifications")) add(s, false, false);
  fields.for_each_object(doc, "skills", [&](const Json& skill, const std::string& path) {
    add(fields.text(skill, "name", path + ".name"), false, true);
    for (const std::string& k : fields.strings(skill, "keywords", path + ".keywords")) add(k, false, true);
  });
  if (!fields.ok()) return std::unexpected(fields.error("job description"));
  if (job.title.empty() && job.lines.empty()) {
    return invalid_input(name + ": JSON without a title, description, qualifications or skills; "
                         "expected the JSON Resume job schema");
  }
  return job;
}

}  // namespace

Result<JobDescription> read_job_bytes(std::string_view bytes, const std::string& name,
                                      const IngestLimits& limits) {
  if (bytes.size() > limits.max_document_bytes) {
    return invalid_input(name + ": larger than the limit of " + std::to_string(limits.max_document_bytes) + " bytes");
  }
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) {
    Result<std::string> text = ingest::pdf_to_text(bytes, name, limits);
    if (!text) return std::unexpected(text.error());
    return from_text(*text, name, "pdf");
  }
  if (ingest::looks_like_zip(bytes)) {
    Result<std::string> text = ingest::docx_to_text(bytes, name, limits);
    if (!text) return std::unexpected(text.error());
    return from_text(*text, name, "docx");
  }
  std::string_view text = strip_utf8_bom(bytes);
  if (ingest::trim_view(text).empty()) return invalid_input(name + ": the job description is empty");
  if (std::optional<std::size_t> bad = first_invalid_utf8(text)) {
    return invalid_input(name + ": not UTF-8 (invalid byte at line " + std::to_string(line_at(text, *bad)) +
                         "); save the file as UTF-8");
  }
  if (ingest::trim_view(text).front() == '{') return from_json(bytes, name, limits);
  return from_text(text, name, "text");
}

Result<JobDescription> read_job(const std::filesystem::path& path, const IngestLimits& limits) {
  Result<std::string> bytes = read_file(path, limits.max_document_bytes);
  if (!bytes) return std::unexpected(bytes.error());
  return read_job_bytes(*bytes, path.string(), limits);
}

}  // namespace rungs
