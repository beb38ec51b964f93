// The documents a request carries: the resume as the raw body or a multipart `resume` field,
// a job description as a multipart `job` field.
#ifndef RUNGS_SERVER_REQUEST_DOCUMENTS_H_
#define RUNGS_SERVER_REQUEST_DOCUMENTS_H_

#include <httplib.h>

#include <optional>
#include <string>

#include "rungs/error.h"
#include "rungs/job.h"
#include "rungs/profile.h"
#include "server/metrics.h"

namespace rungs::server {

// The resume, read as the CLI reads a file (any format, found from the content); a request with
// no resume is kUsage (400), an unreadable one kInvalidInput (422) or kUnsupportedFormat (415).
Result<Profile> request_resume(const httplib::Request& req, Metrics& metrics, std::string* bytes = nullptr);

// The multipart field `job`, read as a job description; nullopt when the request has none.
Result<std::optional<JobDescription>> request_job(const httplib::Request& req, Metrics& metrics, bool required);

}  // namespace rungs::server

#endif  // RUNGS_SERVER_REQUEST_DOCUMENTS_H_
