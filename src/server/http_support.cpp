#include "server/http_support.h"

#include <cstdio>

#include "report/json_writer.h"

namespace rungs::server {

void send_json(httplib::Response& res, int status, std::string body) {
  res.status = status;
  res.set_content(std::move(body), "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, int status, std::string_view code, const std::string& message) {
  send_json(res, status, "{\"error\": " + json_quoted(code) + ", \"message\": " + json_quoted(message) + "}\n");
}

void send_error(httplib::Response& res, const Error& error) {
  switch (error.kind) {
    case ErrorKind::kInvalidInput: return send_error(res, 422, "invalid_document", error.message);
    case ErrorKind::kNotFound: return send_error(res, 404, "not_found", error.message);
    case ErrorKind::kUnsupportedFormat: return send_error(res, 415, "unsupported_format", error.message);
    case ErrorKind::kUsage: return send_error(res, 400, "bad_request", error.message);
    case ErrorKind::kStorage: return send_error(res, 500, "storage_error", "the store failed; nothing was changed");
    case ErrorKind::kInternal: return send_error(res, 500, "internal_error", "an internal error");
  }
}

}  // namespace rungs::server
