#include "server/request_documents.h"

#include "rungs/ingest.h"

namespace rungs::server {
namespace {

std::string kind_label(ErrorKind kind) {
  return kind == ErrorKind::kUnsupportedFormat ? "unsupported" : kind == ErrorKind::kInvalidInput ? "invalid" : "other";
}

// A multipart field (a file or a plain value): its bytes and the file name it came with.
std::optional<std::pair<std::string, std::string>> field(const httplib::Request& req, const char* name) {
  if (!req.is_multipart_form_data() || !req.has_file(name)) return std::nullopt;
  httplib::MultipartFormData f = req.get_file_value(name);
  return std::make_pair(std::move(f.content), f.filename.empty() ? std::string(name) : f.filename);
}

}  // namespace

Result<Profile> request_resume(const httplib::Request& req, Metrics& metrics, std::string* bytes_out) {
  std::optional<std::pair<std::string, std::string>> upload = field(req, "resume");
  if (!upload && req.is_multipart_form_data()) {
    return std::unexpected(Error{ErrorKind::kUsage, "the multipart request has no 'resume' field", {}});
  }
  if (!upload) upload = std::make_pair(req.body, std::string("resume"));
  if (upload->first.empty()) {
    return std::unexpected(
        Error{ErrorKind::kUsage, "no resume: send it as the request body or as a multipart 'resume' field", {}});
  }
  Result<Profile> profile = read_profile_bytes(upload->first, upload->second);
  if (!profile) {
    metrics.ingest_error(kind_label(profile.error().kind));
    return profile;
  }
  if (bytes_out != nullptr) *bytes_out = std::move(upload->first);
  return profile;
}

Result<std::optional<JobDescription>> request_job(const httplib::Request& req, Metrics& metrics, bool required) {
  std::optional<std::pair<std::string, std::string>> upload = field(req, "job");
  if (!upload || upload->first.empty()) {
    if (required) return std::unexpected(Error{ErrorKind::kUsage, "no job description: send a multipart 'job' field", {}});
    return std::optional<JobDescription>();
  }
  Result<JobDescription> job = read_job_bytes(upload->first, upload->second);
  if (!job) {
    metrics.ingest_error(kind_label(job.error().kind));
    return std::unexpected(job.error());
  }
  return std::optional<JobDescription>(std::move(*job));
}

}  // namespace rungs::server
